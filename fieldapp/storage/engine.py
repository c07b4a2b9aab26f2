"""make_engine(): one SQLite file (SQLCipher-encrypted when given a key) with the pragmas the app relies on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
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
# Execution option of a connection whose transactions begin with the write lock (write_transaction, sessions).
IMMEDIATE = "fieldapp_begin_immediate"
# Execution option of a connection whose transactions only read: SQLite refuses any write in them (query_only), so a
# unit of work filed as a read that writes after all fails loudly instead of racing a writer for the lock.
READ_ONLY = "fieldapp_read_only"
# Execution option of a connection whose transactions take the write lock only if it is free now (a draft's autosave
# tries again later rather than hold the window while an import writes).
NO_WAIT = "fieldapp_no_wait"


def transaction_options(*, writing: bool, wait: bool = True) -> dict[str, bool]:
    """The execution options of a connection whose transactions write (taking the write lock at their start, waiting
    for another writer unless `wait` is off) or only read (never waiting, refused any write)."""
    return {IMMEDIATE: True, NO_WAIT: not wait} if writing else {READ_ONLY: True}


class _Connection(sqlcipher.Connection):  # type: ignore[misc]  # the driver ships no type hints
    """A driver connection that runs `after_commit` once its commit has returned.

    SQLAlchemy's commit event comes before SQLite's COMMIT: a page told of a save from there could start reading on
    another thread while the writer is still committing, and see the state before the save (changes.ChangeFeed)."""

    after_commit: Callable[[], None] | None = None
    wait_ms: int = BUSY_TIMEOUT_MS  # the busy timeout as last set (make_engine sets it at connect)
    query_only: bool = False  # as last set by _on_begin or _on_end

    def set_wait(self, ms: int) -> None:
        if self.wait_ms != ms:
            self.execute(f"PRAGMA busy_timeout = {int(ms)}")
            self.wait_ms = ms

    def set_query_only(self, on: bool) -> None:
        if self.query_only != on:
            self.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")
            self.query_only = on

    def commit(self) -> None:
        super().commit()
        then, self.after_commit = self.after_commit, None
        if then is not None:
            then()


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
        return sqlcipher.connect(target, uri=readonly, timeout=busy_timeout_ms / 1000, check_same_thread=False,
                                 factory=_Connection)

    # SQLCipher's library is used for plain files too, so that every database sees the same SQLite version.
    # hide_parameters: an error's text must never carry a resident's name or IIN into a log or a dialog.
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher, creator=_connect, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Python's sqlite3 opens transactions lazily and never for pragmas; SQLAlchemy's own BEGIN handling
        # (below) makes SAVEPOINT and transactional DDL behave.
        dbapi_conn.isolation_level = None
        connect_pragmas(dbapi_conn, key, busy_timeout_ms)
        dbapi_conn.wait_ms = busy_timeout_ms
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
        options = conn.get_execution_options()
        raw = conn.connection.driver_connection
        raw.set_wait(0 if options.get(NO_WAIT) else busy_timeout_ms)
        if not readonly:  # set at every begin, so no transaction inherits a read's flag whatever ended the last one
            raw.set_query_only(bool(options.get(READ_ONLY)))
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(IMMEDIATE) and not readonly else "BEGIN")

    def _on_end(conn: Any) -> None:
        # The flag belongs to the connection, not the transaction: the pool hands it out again, and what runs on it
        # outside a transaction (a checkpoint, a pragma) must not meet a read's flag.
        raw = conn.connection.driver_connection
        if not readonly and raw.query_only:
            with suppress(sqlcipher.Error):  # a broken connection: the pool discards it
                raw.set_query_only(False)

    event.listen(engine, "commit", _on_end)
    event.listen(engine, "rollback", _on_end)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction on a connection of its own that takes the write lock at its start (BEGIN IMMEDIATE).

    A plain BEGIN reads first and asks for the lock at the first write: when another process committed meanwhile,
    SQLite refuses that at once ("database is locked") instead of waiting. Taking the lock up front waits up to the
    busy timeout for the other writer, and the reads then see everything it wrote."""
    with engine.connect() as conn:
        conn.execution_options(**transaction_options(writing=True))
        with conn.begin():
            yield conn


def session_factory(engine: Engine, *, writing: bool, wait: bool = True) -> sessionmaker[Session]:
    """Sessions that take the write lock at their start (`writing`; without `wait` only if it is free now), or that
    only read and never wait for it.

    A session that reads first and writes later cannot wait for the lock: when another connection holds it, or
    committed since the session's first read, SQLite refuses the write at once ("database is locked") — a save typed
    while a background job writes would fail. Taking the lock up front waits up to the busy timeout instead."""
    bind = engine.execution_options(**transaction_options(writing=writing, wait=wait))
    return sessionmaker(bind, expire_on_commit=False)


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
