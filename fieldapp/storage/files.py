"""Files written whole or not at all, and nothing left behind when that fails.

A file is written under a hidden temporary name beside its target, synced and renamed over it; any failure (an
exception, Ctrl+C) removes the temporary file. What a killed process left is known by its name and swept away at
the next write into that folder and when a workspace is opened. Scratch files of libraries (openpyxl's worksheets,
which hold the cells in clear) go beside the target too, never into the system's temporary folder.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from fieldapp.domain.errors import StorageError

__all__ = [
    "SQLITE_SIDECARS",
    "TEMP_MARK",
    "FileUnwritable",
    "atomic_path",
    "atomic_text",
    "atomic_write",
    "is_temp_name",
    "spill_beside",
    "sweep_stale",
    "sweep_store",
    "write_atomic",
]

log = logging.getLogger(__name__)

TEMP_MARK = ".fieldapp-tmp"
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
# `.<target's name>.<pid>-<8 hex digits>.fieldapp-tmp`: hidden, saying what it was for and which process wrote it;
# SQLite adds its sidecars to the name of a database built there.
_TEMP_NAME = re.compile(r"\..*\.(?P<pid>\d+)-[0-9a-f]{8}" + re.escape(TEMP_MARK) + r"(?:-wal|-shm|-journal)?", re.S)
_NAME_KEPT = 100  # characters of the target's name kept in the temporary one (a file name has 255 bytes at most)
# What earlier versions left in the photo store, which is ours alone: `.incoming-…` (photos) and `….part` (sync).
# They carry no process id, so only those older than a minute before this process began are taken for stale.
_LEGACY_IN_STORE = re.compile(r"\.incoming-.*|.*\.part", re.S)
_LEGACY_MARGIN = 60.0
# Every temporary file of this process is made after this module is imported: an older one is another's.
STARTED = time.time()

_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_NO_FOLDER = frozenset({errno.ENOENT, errno.ENOTDIR})
# Raised inside a writer's block, these are failures to write the target whichever call met them; other OSErrors
# there (a photo that cannot be read, say) are the writer's own and pass as they are.
_WRITE_FAILURES = _NO_SPACE | {errno.EROFS, errno.EIO}


class FileUnwritable(StorageError, OSError):
    """A file that cannot be written where it was asked for: no space, no such folder, no permission.

    A StorageError — a refusal naming the file, exit 1 on the command line — and still the OSError it was (errno,
    strerror) for code that shows what the operating system said.
    """

    def __init__(self, path: Path, cause: OSError) -> None:
        code = ("file.no_space" if cause.errno in _NO_SPACE else "file.no_folder" if cause.errno in _NO_FOLDER
                else "file.is_folder" if cause.errno == errno.EISDIR else "file.unwritable")
        StorageError.__init__(self, code, path=str(path))
        self.errno = cause.errno
        self.strerror = cause.strerror
        self.filename = str(path)


# lxml (openpyxl's worksheets) reports a failed write not as an OSError but as SerialisationError("IO_ENOSPC").
_LIBXML_IO = re.compile(r"\bIO_(E[A-Z]+)\b")


def _write_failure(exc: BaseException) -> OSError | None:
    """The failure to write behind `exc`, raised inside a writer's block, or None when `exc` is something else."""
    if isinstance(exc, FileUnwritable):
        return None
    if isinstance(exc, OSError):
        return exc if exc.errno in _WRITE_FAILURES else None
    if type(exc).__name__ == "SerialisationError" and (found := _LIBXML_IO.search(str(exc))):
        code = getattr(errno, found[1], None)
        if isinstance(code, int) and code in _WRITE_FAILURES:
            return OSError(code, os.strerror(code))
    return None


def is_temp_name(name: str) -> bool:
    """True for the name of one of our temporary files (or of a SQLite sidecar of one)."""
    return _TEMP_NAME.fullmatch(name) is not None


def _temp_path(target: Path) -> Path:
    import secrets  # here, not at the top: the window's start reads the settings through this module

    return target.with_name(f".{target.name[:_NAME_KEPT]}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_MARK}")


def _create(target: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside `target`, readable by its owner only (it may hold personal data)."""
    if target.is_dir():
        raise FileUnwritable(target, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = _temp_path(target)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise FileUnwritable(target, exc) from None


def _discard(tmp: Path) -> None:
    for suffix in ("", *SQLITE_SIDECARS):
        with suppress(OSError):
            os.unlink(f"{tmp}{suffix}")


def _sync_folder(folder: Path) -> None:
    """Make a rename durable: without it a power cut may bring the old file back (POSIX only)."""
    if os.name != "posix":
        return
    with suppress(OSError):  # some file systems refuse to sync a folder; the rename happened all the same
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_path(target: str | Path, *, make_folder: bool = False, database: bool = False) -> Iterator[Path]:
    """Yield an empty temporary file beside `target` to be written by name; when the block ends it is synced and
    renamed over `target`. On any exception, KeyboardInterrupt included, it is removed and `target` stays as it was.

    Whatever wrote the file must have closed it by the end of the block. `database`: a SQLite database is built
    there, so its -wal/-shm/-journal go with it on failure, and the target's own are removed before the rename (SQLite
    would replay an old -wal into the new file). Failures to write raise FileUnwritable naming `target`.
    """
    target = Path(target)
    if make_folder:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file stands where a folder on the way should be
            raise FileUnwritable(target, NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))) from None
        except OSError as exc:
            raise FileUnwritable(target, exc) from None
    sweep_stale(target.parent)
    fd, tmp = _create(target)
    os.close(fd)
    try:
        yield tmp
    except BaseException as exc:
        _discard(tmp)
        failure = _write_failure(exc)
        if failure is not None:
            raise FileUnwritable(target, failure) from exc
        raise
    try:
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if database:
            for suffix in SQLITE_SIDECARS:
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, OSError):
            raise FileUnwritable(target, exc) from exc
        raise
    _sync_folder(target.parent)


@contextmanager
def atomic_write(target: str | Path, *, make_folder: bool = False) -> Iterator[BinaryIO]:
    """A binary file object on a temporary file that replaces `target` when the block ends (see atomic_path)."""
    with atomic_path(target, make_folder=make_folder) as tmp, open(tmp, "wb") as fh:
        yield fh


@contextmanager
def atomic_text(target: str | Path, *, encoding: str = "utf-8", newline: str | None = None,
                make_folder: bool = False) -> Iterator[TextIO]:
    """A text file object on a temporary file that replaces `target` when the block ends (see atomic_path)."""
    with atomic_path(target, make_folder=make_folder) as tmp, open(tmp, "w", encoding=encoding,
                                                                    newline=newline) as fh:
        yield fh


def write_atomic(target: str | Path, data: bytes, *, make_folder: bool = False) -> None:
    """Write `data` as the whole content of `target`, atomically."""
    with atomic_write(target, make_folder=make_folder) as fh:
        fh.write(data)


# -- leftovers ----------------------------------------------------------------------------------------------------


def _running(pid: int) -> bool:
    """Whether a process with this id exists (when that cannot be told, it is taken to exist)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists, and is another user's
        try:
            code = ctypes.c_ulong()
            return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # EPERM: another user's process
    return True


def _stale(entry: os.DirEntry[str], legacy: bool) -> bool:
    match = _TEMP_NAME.fullmatch(entry.name)
    if match is None and not (legacy and _LEGACY_IN_STORE.fullmatch(entry.name)):
        return False
    if not entry.is_file(follow_symlinks=False):
        return False
    mtime = entry.stat(follow_symlinks=False).st_mtime
    if match is None:
        return mtime < STARTED - _LEGACY_MARGIN
    if mtime >= STARTED:
        return False
    pid = int(match["pid"])
    # This process's id on a file older than this process: an earlier process had the same id.
    return pid == os.getpid() or not _running(pid)


def sweep_stale(folder: str | Path, *, legacy: bool = False) -> int:
    """Remove what killed writers left in `folder`: our temporary files older than this process whose process is
    gone (`legacy`: also the unmarked ones of earlier versions, in the photo store). Returns how many; never fails."""
    removed = 0
    try:
        with os.scandir(folder) as entries:
            found = list(entries)
    except OSError:
        return 0
    for entry in found:
        try:
            if _stale(entry, legacy):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted write in %s", removed, folder)
    return removed


def sweep_store(blobs: str | Path) -> int:
    """sweep_stale over the photo store: the store itself, its two-character subfolders, and those of the sealed
    stores of protected databases inside it (`sealed-…`, storage.blobs)."""
    removed = sweep_stale(blobs, legacy=True)
    try:
        with os.scandir(blobs) as entries:
            found = [e for e in entries if e.is_dir(follow_symlinks=False)]
    except OSError:
        return removed
    for entry in found:
        if len(entry.name) == 2:
            removed += sweep_stale(entry.path, legacy=True)
        elif entry.name.startswith("sealed-"):
            removed += sweep_store(entry.path)
    return removed


# -- scratch files of libraries -----------------------------------------------------------------------------------

_SPILL: ContextVar[tuple[Path, list[Path]] | None] = ContextVar("fieldapp_spill", default=None)


@contextmanager
def spill_beside(target: str | Path) -> Iterator[None]:
    """Inside the block (in this thread or task), the scratch files openpyxl writes — one per worksheet, holding its
    cells in clear — go beside `target` under a temporary name of ours instead of the system's temporary folder, and
    are removed when the block ends, whatever happens."""
    _hook_openpyxl()
    made: list[Path] = []
    token = _SPILL.set((Path(target), made))
    try:
        yield
    finally:
        _SPILL.reset(token)
        from openpyxl.worksheet import _writer

        for path in made:
            _discard(path)
            with suppress(ValueError):
                _writer.ALL_TEMP_FILES.remove(str(path))


def _hook_openpyxl() -> None:
    """Point openpyxl's one maker of scratch files at spill_beside's folder (installed once; outside the block it
    does what it always did)."""
    from openpyxl.worksheet import _writer

    original: Callable[..., str] = _writer.create_temporary_file
    if getattr(original, "fieldapp_spill", False):
        return

    def create_temporary_file(suffix: str = "") -> str:
        spill = _SPILL.get()
        if spill is None:
            return original(suffix)
        target, made = spill
        fd, path = _create(target)
        os.close(fd)
        made.append(path)
        _writer.ALL_TEMP_FILES.append(str(path))  # openpyxl's cleanup() removes its name from this list
        return str(path)

    hooked: Any = create_temporary_file
    hooked.fieldapp_spill = True
    _writer.create_temporary_file = hooked
