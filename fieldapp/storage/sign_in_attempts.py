"""Wrong passwords per database file and the wait they impose before the next try: the one rule of the sign-in
dialog and the command line, remembered across starts in a small file beside the database.

Beside the database, not inside it: a protected file cannot be read before the sign-in this guards. Beside it, not
in the user's folders: FIELDAPP_HOME is the caller's to choose, so a wait kept there would be reset by choosing
another; a copy of the database and its key file escapes the wait anyway, and only the cost of the key derivation
(argon2id) stands against such an attack. When the database's folder cannot be written (a read-only stick), the
record goes to the user's data folder instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from fieldapp.config import app_paths
from fieldapp.storage.files import write_atomic

__all__ = ["FREE_ATTEMPTS", "Failures", "clear", "load", "record_failure", "record_file", "retry_delay",
           "wait_left"]

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 2  # a typo or two costs nothing
FIRST_DELAY_S, LONGEST_DELAY_S = 2, 60
# Wrong passwords older than this are forgiven: a slip last month does not cost a minute today.
FORGET_AFTER_S = 24 * 3600
SUFFIX = ".signin"
_MAX_COUNT = 1_000_000


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next attempt after `failures` wrong ones in a row: 0, 0, 2, 4, 8 … at most 60."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(FIRST_DELAY_S * 2 ** min(failures - FREE_ATTEMPTS - 1, 16), LONGEST_DELAY_S))


@dataclass(frozen=True, slots=True)
class Failures:
    count: int  # wrong passwords in a row
    last: float  # when the latest was given (seconds since the epoch)


_NONE = Failures(0, 0.0)


def _now() -> float:
    return time.time()


def record_file(path: str | Path) -> Path:
    """The record of wrong passwords beside the database `path`: `<db>.signin`."""
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def _fallback_file(path: Path) -> Path:
    name = hashlib.sha256(str(path.absolute()).encode()).hexdigest()[:32]
    return app_paths().data / "sign-in" / f"{name}.json"


def _read(file: Path) -> Failures:
    try:
        data = json.loads(file.read_bytes())
    except FileNotFoundError:
        return _NONE
    except (OSError, ValueError) as exc:
        log.warning("sign-in record %s unreadable (%s)", file.name, type(exc).__name__)
        return _NONE
    if not isinstance(data, dict):
        return _NONE
    count, last = data.get("failures"), data.get("last")
    if (type(count) is not int or count < 0 or not isinstance(last, int | float) or isinstance(last, bool)
            or not math.isfinite(last)):
        return _NONE
    return Failures(min(count, _MAX_COUNT), float(last))


def load(path: str | Path, now: float | None = None) -> Failures:
    """The wrong passwords given for the database `path` since its last sign-in (forgotten after a quiet day)."""
    path = Path(path)
    now = _now() if now is None else now
    found = max((_read(record_file(path)), _read(_fallback_file(path))), key=lambda f: (f.count, f.last))
    if found.count and now - found.last > FORGET_AFTER_S:
        return _NONE
    return found


def wait_left(path: str | Path, now: float | None = None) -> float:
    """Seconds before the next attempt on `path` may be made (0: now)."""
    now = _now() if now is None else now
    failures = load(path, now)
    delay = retry_delay(failures.count)
    if not delay:
        return 0.0
    # A wall clock set back does not stretch the wait beyond one delay.
    return max(0.0, min(float(delay), failures.last + delay - now))


def record_failure(path: str | Path, now: float | None = None) -> Failures:
    """Count one more wrong password for `path`; returns the count and time now remembered."""
    path = Path(path)
    now = _now() if now is None else now
    failures = Failures(min(load(path, now).count + 1, _MAX_COUNT), now)
    data = json.dumps({"failures": failures.count, "last": failures.last}).encode()
    for file in (record_file(path), _fallback_file(path)):
        try:
            _write(file, data)
            return failures
        except OSError as exc:
            log.info("sign-in record %s not writable (%s)", file, type(exc).__name__)
    log.warning("wrong passwords for %s cannot be remembered: no writable place", path.name)
    return failures


def clear(path: str | Path) -> None:
    """Forget the wrong passwords of `path`: its account signed in."""
    path = Path(path)
    for file in (record_file(path), _fallback_file(path)):
        with suppress(OSError):
            file.unlink(missing_ok=True)


def _write(file: Path, data: bytes) -> None:
    """Replace `file` whole: a process killed while writing leaves the old record or the new one."""
    write_atomic(file, data, make_folder=True)
