"""What an interrupted run leaves behind, and failures of the database file told apart from bugs: for the starts
of the command line and the desktop app."""

from __future__ import annotations

from pathlib import Path

from fieldapp.config import Paths, app_paths
from fieldapp.domain.errors import StorageError
from fieldapp.storage.database import translate_sqlite_error
from fieldapp.storage.files import sweep_stale, sweep_store

__all__ = ["known_storage_error", "sweep_leftovers"]

_swept: set[Path] = set()


def sweep_leftovers(paths: Paths | None = None) -> None:
    """Remove the temporary files that killed writers left in the user's data folder and photo store; once per
    process and folder (every later write sweeps the folder it writes into)."""
    paths = paths or app_paths()
    if paths.data not in _swept:
        _swept.add(paths.data)
        sweep_stale(paths.data)
    if paths.blobs not in _swept:
        _swept.add(paths.blobs)
        sweep_store(paths.blobs)


def known_storage_error(exc: BaseException, path: str | Path) -> StorageError | None:
    """A SQLite failure the user can act on (locked, read-only, full, damaged) as a refusal naming `path`; None for
    anything else, which is a bug."""
    return translate_sqlite_error(exc, Path(path))
