"""The hybrid logical clock of SYNC.md, packed into one 64-bit integer: `(unix_ms << 16) | counter`."""

from __future__ import annotations

import time
from collections.abc import Callable

from fieldapp.domain.errors import ValidationError

COUNTER_BITS = 16
MAX_COUNTER = (1 << COUNTER_BITS) - 1
# A package stamped further ahead of our wall clock than this is applied but flagged, and does not drag our clock.
SUSPICIOUS_AHEAD_MS = 24 * 3600 * 1000
# The largest clock value a change may carry: the largest signed 64-bit integer, what SQLite's INTEGER, PostgreSQL's
# bigint and msgpack's int64 all hold. Its physical part, 2**47 - 1 ms, falls in the year 6429: still a date
# Python's datetime can show. Readers of packages and of the hub refuse anything outside 0..MAX_HLC (is_valid).
MAX_HLC = (1 << 63) - 1

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


def is_valid(hlc: object) -> bool:
    """Whether `hlc` is a clock value a change may carry (an int in 0..MAX_HLC; a bool is not one)."""
    return type(hlc) is int and 0 <= hlc <= MAX_HLC


def ceiling(now_ms: int) -> int:
    """The furthest this device's own clock may run: the wall clock plus the allowed skew."""
    return pack(now_ms + SUSPICIOUS_AHEAD_MS, MAX_COUNTER)


def tick(last: int, now_ms: int, floor: int = 0) -> int:
    """The clock of a local event: after `last` (as far as it lies within the ceiling), after the wall clock, and
    after `floor`, the clock of what the event builds on.

    SYNC.md: "the base of a change may be in the future, the change itself is not". A field's winner is the largest
    (hlc, device, seq) on every replica, so an edit of a value stamped far ahead (a package from a laptop whose
    clock ran years fast) must still sort after that value, or the user's edit would silently lose the merge: that
    one change is stamped floor + 1. It does not move this device's clock there (see kept()), so later changes of
    other records carry the real date. A base at MAX_HLC leaves no room after it: the edit is refused with a
    ValidationError, never an OverflowError from the database.
    """
    stamp = max(pack(now_ms), min(last, ceiling(now_ms)) + 1, floor + 1)
    if stamp > MAX_HLC:
        raise ValidationError("sync.clock_limit")
    return stamp


def kept(last: int, stamp: int, now_ms: int) -> int:
    """The clock this device keeps after stamping a local event `stamp`: the stamp, unless it lies beyond the
    ceiling (an edit of a future-stamped base); then the clock stays where it was, pulled back within the ceiling
    (a database whose clock an older version let run ahead, or a wall clock set back) but never behind the wall."""
    if stamp <= ceiling(now_ms):
        return stamp
    return max(min(last, ceiling(now_ms)), pack(now_ms))


def is_suspicious(remote: int, now_ms: int) -> bool:
    return physical_ms(remote) > now_ms + SUSPICIOUS_AHEAD_MS


def receive(last: int, remote: int, now_ms: int) -> int:
    """The clock after seeing `remote`: advanced to it, unless it is suspiciously far in the future."""
    return last if is_suspicious(remote, now_ms) else max(last, remote)
