"""Another program writing to a database while the app works on it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks


@contextmanager
def write_lock(db: Path, *, release_after: float | None = None, commit: bool = False) -> Iterator[None]:
    """Another program writing to `db`: a connection of its own holds the write lock with a row written — until the
    block ends, or for `release_after` seconds and then commits (`commit`) or rolls back."""
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False, timeout=30)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO local_meta (key, value) VALUES ('another program', 'was here')")
            held.set()
            done.wait(release_after)
            conn.execute("COMMIT" if commit else "ROLLBACK")
        finally:
            conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait()
    try:
        yield
    finally:
        if release_after is None:
            done.set()
        thread.join()
