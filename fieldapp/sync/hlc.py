"""The hybrid logical clock of SYNC.md, packed into one 64-bit integer: `(unix_ms << 16) | counter`."""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
# A package stamped further ahead of our wall clock than this is applied but flagged, and does not drag our clock.
SUSPICIOUS_AHEAD_MS = 24 * 3600 * 1000

WallClock = Callable[[], int]


def system_ms() -> int:
    return time.time_ns() // 1_000_000


# Tests give each replica its own skewed wall clock, keyed by database path; everything else uses the system's.
_wall_clocks: dict[str, WallClock] = {}


def set_wall_clock(path: str, clock: WallClock | None) -> None:
    if clock is None:
        _wall_clocks.pop(path, None)
    else:
        _wall_clocks[path] = clock


def wall_ms(path: str | None) -> int:
    clock = _wall_clocks.get(path or "")
    return clock() if clock is not None else system_ms()


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def tick(last: int, now_ms: int, floor: int = 0) -> int:
    """A local event: after `last`, after the wall clock, and after `floor` (the clock of what the event builds on,
    so a change always sorts after its bases even when they came from a clock-suspicious package)."""
    return max(pack(now_ms), last + 1, floor + 1)


def is_suspicious(remote: int, now_ms: int) -> bool:
    return physical_ms(remote) > now_ms + SUSPICIOUS_AHEAD_MS


def receive(last: int, remote: int, now_ms: int) -> int:
    """The clock after seeing `remote`: advanced to it, unless it is suspiciously far in the future."""
    return last if is_suspicious(remote, now_ms) else max(last, remote)
