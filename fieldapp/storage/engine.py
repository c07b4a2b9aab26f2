"""make_engine(): one SQLite file (SQLCipher-encrypted when given a key) with the pragmas the app relies on."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
KEYRING_SUFFIX = ".keys"
# Execution option of a connection whose transactions begin with the write lock (write_transaction).
IMMEDIATE = "fieldapp_begin_immediate"


def _as_is(value: object) -> object:
    return value


# The driver binds int, float, str and bytearray directly, but sends every None and bytes parameter through its
# adaptation protocol first (about 2 µs a value, measured): that made the change log's executemany,
# a None or a hash in most columns, three times slower. An adapter registered for the two types ends the lookup at
# once; the values are bound exactly as before (NULL, BLOB).
for _type in (type(None), bytes):
    sqlcipher.register_adapter(_type, _as_is)


def is_plain_sqlite(path: Path) -> bool:
    """True when the file starts with SQLite's header (an encrypted file looks like random bytes)."""
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """No SQLite header, yet whole pages (SQLCipher keeps SQLite's page sizes, 512 bytes at the least).

    A heuristic: random bytes of a lucky length pass it too, but a text file, a truncated copy or an empty file do not.
    """
    size = path.stat().st_size
    return size >= 512 and size % 512 == 0 and not is_plain_sqlite(path)


def keyring_path(path: str | Path) -> Path:
    """The key file that sits next to a protected database: `<db>.keys`."""
    path = Path(path)
    return path.with_name(path.name + KEYRING_SUFFIX)


def connect_pragmas(dbapi_conn: Any, key: bytes | None, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """The pragmas every connection needs before its first read: logging, key, busy timeout, foreign keys."""
    cur = dbapi_conn.cursor()
    try:
        # SQLCipher logs a failed HMAC check straight to stderr; the CLI promises one `error:` line there, and the
        # failure reaches us anyway as "file is not a database".
        cur.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            if len(key) != KEY_BYTES:
                raise ValueError(f"a database key has {KEY_BYTES} bytes, got {len(key)}")
            cur.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
    finally:
        cur.close()


def make_engine(
    path: str | Path,
    key: bytes | None = None,
    *,
    readonly: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine on the database file `path`; with `key` (32 raw bytes) the file is opened through SQLCipher.

    Every connection runs in WAL mode with synchronous=FULL (a laptop may lose power mid-write), enforces foreign
    keys and waits up to `busy_timeout_ms` on a lock instead of failing at once. `readonly` opens the file with
    SQLite's `mode=ro`, so no statement (nor a journal-mode switch) can change it.
    """
    path = Path(path)
    # A URI (rather than a URL option) so that any character in the path is escaped for SQLite.
    target = path.resolve().as_uri() + "?mode=ro" if readonly else str(path)

    def _connect() -> Any:
        return sqlcipher.connect(target, uri=readonly, timeout=busy_timeout_ms / 1000, check_same_thread=False)

    # SQLCipher's library is used for plain files too, so that every database sees the same SQLite version.
    # hide_parameters: an error's text must never carry a resident's name or IIN into a log or a dialog.
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher, creator=_connect, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Python's sqlite3 opens transactions lazily and never for pragmas; SQLAlchemy's own BEGIN handling
        # (below) makes SAVEPOINT and transactional DDL behave.
        dbapi_conn.isolation_level = None
        connect_pragmas(dbapi_conn, key, busy_timeout_ms)
        cur = dbapi_conn.cursor()
        try:
            if readonly:
                cur.execute("PRAGMA query_only = ON")
            else:
                cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(IMMEDIATE) else "BEGIN")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction on a connection of its own that takes the write lock at its start (BEGIN IMMEDIATE).

    A plain BEGIN reads first and asks for the lock at the first write: when another process committed meanwhile,
    SQLite refuses that at once ("database is locked") instead of waiting. Taking the lock up front waits up to the
    busy timeout for the other writer, and the reads then see everything it wrote."""
    with engine.connect() as conn:
        conn.execution_options(**{IMMEDIATE: True})
        with conn.begin():
            yield conn


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
