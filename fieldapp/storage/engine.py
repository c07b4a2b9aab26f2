"""make_engine(): one SQLite file (SQLCipher-encrypted when given a key) with the pragmas the app relies on."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header (an encrypted file looks like random bytes)."""
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def make_engine(path: str | Path, key: bytes | None = None, *, readonly: bool = False) -> Engine:
    """An engine on the database file `path`; with `key` (32 raw bytes) the file is opened through SQLCipher.

    Every connection runs in WAL mode with synchronous=FULL (a laptop may lose power mid-write), enforces foreign
    keys and waits on a lock instead of failing at once.
    """
    path = Path(path)
    # SQLCipher's library is used for plain files too, so that every database sees the same SQLite version.
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    hex_key = key.hex() if key else None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Python's sqlite3 opens transactions lazily and never for pragmas; SQLAlchemy's own BEGIN handling
        # (below) makes SAVEPOINT and transactional DDL behave.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if hex_key:
            cur.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        if readonly:
            cur.execute("PRAGMA query_only = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
