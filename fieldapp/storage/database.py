"""Create and open the app's database file: Alembic owns the schema; the file is copied aside before any upgrade."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from fieldapp.domain.errors import StorageError
from fieldapp.storage.changes import ChangeFeed
from fieldapp.storage.engine import (
    BUSY_TIMEOUT_MS,
    KEY_BYTES,
    connect_pragmas,
    is_plain_sqlite,
    keyring_path,
    looks_encrypted,
    make_engine,
    session_factory,
    session_scope,
)
from fieldapp.storage.files import atomic_path
from fieldapp.storage.schema_extras import restore_fts

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None, script_location: Path | None = None) -> Config:
    # Alembic is imported only when a schema must be checked or changed: a database at head opens without it.
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def _script(script_location: Path | None) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location=script_location))


def head_revision(script_location: Path | None = None) -> str:
    head = _script(script_location).get_current_head()
    assert head is not None
    return head


_REVISION_LINE = re.compile(r"""^revision(?:\s*:[^=]+)?\s*=\s*['"]([^'"]+)['"]\s*$""", re.M)
_DOWN_LINE = re.compile(r"""^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|['"]([^'"]+)['"])\s*$""", re.M)


def head_from_files(script_location: Path | None = None) -> str | None:
    """The head revision read from the migration files' `revision = …` and `down_revision = …` lines, without
    Alembic (which takes longer to import than the whole window takes to build). None when the files are not that
    simple (a merge, a computed id, several heads): the caller then asks Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for file in (Path(script_location or MIGRATIONS_DIR) / "versions").glob("*.py"):
        if file.name.startswith("__"):
            continue
        text = file.read_text(encoding="utf-8")
        revision, down = _REVISION_LINE.findall(text), _DOWN_LINE.findall(text)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


# session.info key read by sync's change capture: who made the edits a session flushes (inserts carry created_by).
AUTHOR_INFO = "sync.author"


@dataclass
class Database:
    """An open database: its file, engine and session factory. Close it when done (Windows keeps files locked)."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]  # units of work that may write: each holds the write lock from its start
    readers: sessionmaker[Session]  # units of work that only read: they never wait for a writer
    tries: sessionmaker[Session]  # units of work that write only if no other writer holds the file now
    key: bytes | None = field(default=None, repr=False)
    backup: Path | None = None  # the copy taken before the last upgrade, if any
    author: str | None = None  # the signed-in member: sync records them as the author of every edit
    changes: ChangeFeed = field(default_factory=ChangeFeed, repr=False)  # who hears of each commit that wrote

    def __post_init__(self) -> None:
        self.changes.watch(self.engine)

    @contextmanager
    def session(self, *, wait: bool = True) -> Iterator[Session]:
        """One unit of work that may write. It takes the write lock at its start, waiting up to the busy timeout for
        another writer (without `wait`, refused at once when another holds it); a locked, read-only or full database
        surfaces as a StorageError naming the file."""
        with self._translated(), session_scope(self.sessions if wait else self.tries) as session:
            if self.author is not None:
                session.info[AUTHOR_INFO] = self.author
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One unit of work that only reads: it sees one consistent state and never waits for a writer (WAL), so a
        page can load while an import runs. SQLite refuses any write in it."""
        with self._translated(), session_scope(self.readers) as session:
            yield session

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlcipher.DatabaseError) as exc:
            known = translate_sqlite_error(exc, self.path)
            if known is None:
                raise
            raise known from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# SQLite's primary result codes (sqlite3.h); extended codes keep them in the low byte.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

_CODE_BY_RESULT = {
    _SQLITE_BUSY: "db.locked",
    _SQLITE_LOCKED: "db.locked",
    _SQLITE_READONLY: "db.readonly",
    _SQLITE_CORRUPT: "db.not_database",
    _SQLITE_NOTADB: "db.not_database",
    _SQLITE_FULL: "db.full",
    _SQLITE_IOERR: "db.io_error",
    _SQLITE_CANTOPEN: "db.cannot_open",
    _SQLITE_PERM: "db.cannot_open",
}

# For errors that arrive without a result code (older drivers, wrapped errors): the text SQLite uses.
_CODE_BY_TEXT = [
    ("file is not a database", "db.not_database"),
    ("malformed", "db.not_database"),
    ("file is encrypted", "db.not_database"),
    ("database is locked", "db.locked"),
    ("database is busy", "db.locked"),
    ("readonly", "db.readonly"),
    ("read-only", "db.readonly"),
    ("disk is full", "db.full"),
    ("disk i/o error", "db.io_error"),
    ("unable to open database file", "db.cannot_open"),
]


def translate_sqlite_error(exc: BaseException, path: Path) -> StorageError | None:
    """Sort a SQLite failure into one the user can act on; None means it is a bug."""
    orig = getattr(exc, "orig", None) or exc
    result = getattr(orig, "sqlite_errorcode", None)
    if isinstance(result, int) and (result & 0xFF) in _CODE_BY_RESULT:
        return StorageError(_CODE_BY_RESULT[result & 0xFF], path=path)
    msg = str(orig).lower()
    for needle, code in _CODE_BY_TEXT:
        if needle in msg:
            return StorageError(code, path=path)
    return None


def _raw_execute(conn: Connection, sql: str) -> list[Any]:
    """Run a pragma on the DBAPI connection itself: through SQLAlchemy it would first open a transaction, and
    foreign_keys or wal_checkpoint do nothing (or refuse) inside one."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _known_revisions(script_location: Path | None) -> set[str]:
    return {rev.revision for rev in _script(script_location).walk_revisions()}


def _probe(path: Path, key: bytes | None, busy_timeout_ms: int) -> tuple[list[str], bool]:
    """Read the file's schema revisions (and whether it has any table at all) without writing a byte to it.

    A plain connection with query_only, not the app's engine: the engine would switch a foreign file to WAL (a
    write) before we could tell it is not ours.
    """
    conn = sqlcipher.connect(str(path), timeout=busy_timeout_ms / 1000)
    try:
        conn.isolation_level = None
        connect_pragmas(conn, key, busy_timeout_ms)
        conn.execute("PRAGMA query_only = ON")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if VERSION_TABLE not in tables:
            return [], bool(tables)
        revisions = [str(row[0]) for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
        return revisions, True
    finally:
        conn.close()


def _refusal(exc: BaseException, path: Path, key: bytes | None) -> StorageError | None:
    """The StorageError for a file that failed to open, as specific as the bytes on disk allow."""
    known = translate_sqlite_error(exc, path)
    if known is None or known.code != "db.not_database" or is_plain_sqlite(path):
        return known
    # No SQLite header: SQLCipher cannot tell a wrong key from damage (both fail page 1's HMAC), but whole pages
    # plus a key file (or a key we were given) make "encrypted" the likely story.
    if key is None and keyring_path(path).exists():
        return StorageError("db.encrypted", path=path)
    if key is not None and looks_encrypted(path):
        return StorageError("db.wrong_key", path=path)
    return known


def _check_existing(
    path: Path, key: bytes | None, *, create: bool, script_location: Path | None, busy_timeout_ms: int
) -> list[str]:
    """Refuse, before anything is written, a file that is not ours, cannot be decrypted or is from a newer version.
    Returns the file's schema revisions."""
    if key is not None and is_plain_sqlite(path):
        raise StorageError("db.not_protected", path=path)
    try:
        revisions, has_tables = _probe(path, key, busy_timeout_ms)
    except sqlcipher.DatabaseError as exc:
        refusal = _refusal(exc, path, key)
        if refusal is None:
            raise
        raise refusal from exc
    if not revisions:
        # An SQLite file with no table at all may become ours; one with other tables belongs to another program.
        if has_tables or not create:
            raise StorageError("db.not_database", path=path)
        return revisions
    if revisions == [head_from_files(script_location)]:
        return revisions  # at head: known by definition
    known = _known_revisions(script_location)
    for revision in revisions:
        if revision not in known:
            raise StorageError("db.newer", path=path, found=revision)
    return revisions


def _backup_copy(path: Path, engine: Engine, revision: str | None) -> Path:
    """Copy the file aside (after folding the WAL into it) so a failed upgrade can be undone by hand."""
    with engine.connect() as conn:
        busy, _log_frames, _done = _raw_execute(conn, "PRAGMA wal_checkpoint(TRUNCATE)")[0]
    if busy:
        # Another program is still reading or writing: part of the data would stay in the WAL, not in the copy.
        raise StorageError("db.locked", path=path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'empty'}-{stamp}.bak")
    # Copied under a temporary name and renamed: a copy cut short by a crash must never pass for a backup.
    with atomic_path(target) as tmp:
        shutil.copy2(path, tmp)
    keys = keyring_path(path)
    if keys.exists():
        # An encrypted copy is useless without the key file that unlocks it.
        with atomic_path(keyring_path(target)) as tmp:
            shutil.copy2(keys, tmp)
    return target


def upgrade(engine: Engine, path: Path, script_location: Path | None = None) -> Path | None:
    """Bring the schema to head in one transaction; returns the backup copy taken first (None for a new file)."""
    with engine.connect() as conn:
        current = _current_revision(conn)
    head = head_revision(script_location)
    if current == head:
        return None
    if current is not None and current not in _known_revisions(script_location):
        raise StorageError("db.newer", path=path, found=current)
    backup = _backup_copy(path, engine, current) if current is not None else None
    from alembic import command

    with engine.connect() as conn:
        # Batch migrations rebuild a table by copy-and-drop, and SQLite refuses to drop a table that other rows
        # reference while foreign keys are on; the switch is ignored inside a transaction, so it is flipped here
        # and the references are checked before commit instead.
        _raw_execute(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn, script_location), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade to {head} breaks {len(broken)} references, e.g. {broken[0]}")
                restore_fts(conn)
        finally:
            _raw_execute(conn, "PRAGMA foreign_keys = ON")
    if backup is not None:
        log.info("database %s upgraded from %s to %s; copy kept as %s", path.name, current, head, backup.name)
    return backup


def _is_empty(path: Path) -> bool:
    """A zero-byte file with no WAL beside it: nothing to lose by creating the schema in it."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)


def open_database(
    path: str | Path,
    key: bytes | None = None,
    *,
    create: bool = False,
    script_location: Path | None = None,
    readonly: bool = False,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Database:
    """Open (or, with create=True, create) the database at `path`, upgrading its schema to head first.

    A file that is refused (StorageError) is left byte for byte as it was. `readonly` opens through SQLite's
    read-only mode and never upgrades: a file that would need it is refused with db.readonly.
    """
    path = Path(path)
    if key is not None and len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes, got {len(key)}")
    revisions: list[str] = []
    if not path.exists():
        if not create or readonly:
            raise StorageError("db.missing", path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
    elif _is_empty(path):
        if not create or readonly:
            raise StorageError("db.not_database", path=path)
    else:
        revisions = _check_existing(
            path, key, create=create, script_location=script_location, busy_timeout_ms=busy_timeout_ms
        )
    # The probe read the revision without writing; a file already at head needs neither Alembic nor an upgrade.
    at_head = bool(revisions) and revisions == [head_from_files(script_location)]
    engine = make_engine(path, key, readonly=readonly, busy_timeout_ms=busy_timeout_ms)
    try:
        if at_head:
            backup = None
        elif readonly:
            with engine.connect() as conn:
                if _current_revision(conn) != head_revision(script_location):
                    raise StorageError("db.readonly", path=path)
            backup = None
        else:
            backup = upgrade(engine, path, script_location)
    except (DBAPIError, sqlcipher.DatabaseError) as exc:
        engine.dispose()
        known = translate_sqlite_error(exc, path)
        if known is None:
            raise
        raise known from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, sessions=session_factory(engine, writing=True),
                    readers=session_factory(engine, writing=False),
                    tries=session_factory(engine, writing=True, wait=False), key=key, backup=backup)


def iter_tables(conn: Connection) -> Iterator[str]:
    for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        yield str(name)
