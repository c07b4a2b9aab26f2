"""One window per database: the desktop app holds a lock file beside the database it shows, `<db>.lock`.

The lock is an operating-system lock on that file (flock; on Windows a byte-range lock), not the file's existence:
the system drops it the moment its process ends, however it ends, so a killed app leaves no lock that has to be
judged stale by a process id that may since have been reused — the next start simply takes it. The file's content
(process id, computer, since when) only tells the refused second window and the command line who holds the base.
Qt-free on purpose (not QLockFile): the command line, which loads no Qt, must read the same lock.

Within one process the lock is counted, not exclusive: the app re-opening its own database (another account, the
screenshot command's window) must not lock itself out.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import threading
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldapp.domain.errors import StorageError

__all__ = ["AppLock", "Holder", "acquire", "holder", "lock_file"]

log = logging.getLogger(__name__)

SUFFIX = ".lock"
# Windows locks byte ranges and forbids reading a locked one: lock a byte far past the content, which stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_CONTENT = 4096


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a database open: their process id, computer and the time they opened it (their local time)."""

    pid: int | None
    host: str
    since: str

    def params(self) -> dict[str, Any]:
        unknown = "?"
        return {"pid": self.pid if self.pid is not None else unknown, "host": self.host or unknown,
                "since": self.since or unknown}


def lock_file(db: str | Path) -> Path:
    """The lock beside the database `db`: `<db>.lock`."""
    db = Path(db)
    return db.with_name(db.name + SUFFIX)


def _try_lock(fd: int) -> bool:
    """Take the lock on the open file `fd` without waiting; False when another holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> Holder:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, _MAX_CONTENT)
    try:
        data = json.loads(raw.decode("utf-8"))
        pid = data.get("pid")
        return Holder(pid if isinstance(pid, int) else None, str(data.get("host") or ""),
                      str(data.get("since") or ""))
    except (ValueError, AttributeError):
        # Being written this very moment, or not ours: held all the same, by someone we cannot name.
        return Holder(None, "", "")


def holder(db: str | Path) -> Holder | None:
    """Who holds the database `db` open in an app window (this process included), or None when nobody does."""
    try:
        fd = os.open(lock_file(db), os.O_RDONLY)
    except OSError:
        return None  # no lock file (or none we may read): nobody announced holding it
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_holder(fd)
    finally:
        os.close(fd)


class AppLock:
    """A held lock on a database; `release()` (or leaving the `with` block) lets it go."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.released = False

    @property
    def path(self) -> Path:
        return Path(self.key)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        _release(self.key)

    def __enter__(self) -> AppLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


# The locks this process holds: real path of the database -> [open lock file, how many holders here].
_held: dict[str, list[int]] = {}
_guard = threading.Lock()


def _key(db: str | Path) -> str:
    return os.path.realpath(Path(db).expanduser())


def _content() -> bytes:
    since = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    return json.dumps({"app": "fieldapp", "pid": os.getpid(), "host": socket.gethostname(), "since": since},
                      ensure_ascii=False).encode("utf-8")


def acquire(db: str | Path) -> AppLock:
    """Lock the database `db` for this process's window. StorageError "db.open_elsewhere" names who holds it when
    another process does. When the lock file cannot be made at all (a read-only folder), the database opens all
    the same, unlocked: such a file cannot be written by anybody there anyway."""
    key = _key(db)
    target = lock_file(key)
    with _guard:
        entry = _held.get(key)
        if entry is not None:
            entry[1] += 1
            return AppLock(key)
        for _ in range(5):
            try:
                fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                log.warning("no lock beside %s (%s): opened without one", Path(key).name, type(exc).__name__)
                return AppLock(key)
            try:
                if not _try_lock(fd):
                    found = _read_holder(fd)
                    raise StorageError("db.open_elsewhere", path=db, **found.params())
                if not _same_file(fd, target):
                    # Its holder removed the file as we opened it: our lock is on a name nobody sees; take a new one.
                    _unlock(fd)
                    os.close(fd)
                    continue
                previous = _read_holder(fd)
                if previous.pid is not None:
                    log.info("took over the lock of %s left by process %s on %s (no longer running)",
                             Path(key).name, previous.pid, previous.host or "?")
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, _content())
            except BaseException:
                os.close(fd)
                raise
            _held[key] = [fd, 1]
            return AppLock(key)
    raise StorageError("db.locked", path=db)


def _same_file(fd: int, target: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(target))
    except OSError:
        return False


def _release(key: str) -> None:
    with _guard:
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _held[key]
        fd = entry[0]
        if sys.platform != "win32":
            # Removed while still held: whoever opened the old file meanwhile sees it is gone (_same_file).
            _unlink(lock_file(key))
        with suppress(OSError):
            _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            _unlink(lock_file(key))  # Windows removes no open file; a racing opener keeps it, harmlessly


def _unlink(path: Path) -> None:
    with suppress(OSError):  # left behind it is harmless: an unlocked lock file locks nothing
        path.unlink()
