"""Create and open the app's database file: Alembic owns the schema; the file is copied aside before any upgrade."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fieldapp.domain.errors import StorageError
from fieldapp.storage.engine import make_engine, session_factory, session_scope

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None, script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision(script_location: Path | None = None) -> str:
    head = ScriptDirectory.from_config(alembic_config(script_location=script_location)).get_current_head()
    assert head is not None
    return head


@dataclass
class Database:
    """An open database: its file, engine and session factory. Close it when done (Windows keeps files locked)."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    key: bytes | None = field(default=None, repr=False)
    backup: Path | None = None  # the copy taken before the last upgrade, if any

    def session(self) -> AbstractContextManager[Session]:
        return session_scope(self.sessions)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def translate_sqlite_error(exc: BaseException, path: Path) -> StorageError | None:
    """Sort a SQLite failure into one the user can act on; None means it is a bug."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "file is not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return StorageError("db.not_database", path=path)
    if "database is locked" in msg or "database is busy" in msg:
        return StorageError("db.locked", path=path)
    if "readonly" in msg or "read-only" in msg:
        return StorageError("db.readonly", path=path)
    if "disk is full" in msg or "database or disk is full" in msg:
        return StorageError("db.full", path=path)
    return None


def _current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _known_revisions(script_location: Path | None) -> set[str]:
    script = ScriptDirectory.from_config(alembic_config(script_location=script_location))
    return {rev.revision for rev in script.walk_revisions()}


def _backup_copy(path: Path, engine: Engine, revision: str | None) -> Path:
    """Copy the file aside (after folding the WAL into it) so a failed upgrade can be undone by hand."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'empty'}-{stamp}.bak")
    shutil.copy2(path, target)
    return target


def upgrade(engine: Engine, path: Path, script_location: Path | None = None) -> Path | None:
    """Bring the schema to head; returns the backup copy taken first (None when nothing had to change)."""
    with engine.connect() as conn:
        current = _current_revision(conn)
    head = head_revision(script_location)
    if current == head:
        return None
    if current is not None and current not in _known_revisions(script_location):
        raise StorageError("db.newer", path=path, found=current)
    backup = _backup_copy(path, engine, current) if current is not None else None
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn, script_location), "head")
    log.info("database %s upgraded from %s to %s", path.name, current, head)
    return backup


def open_database(
    path: str | Path,
    key: bytes | None = None,
    *,
    create: bool = False,
    script_location: Path | None = None,
) -> Database:
    """Open (or, with create=True, create) the database at `path`, upgrading its schema to head first."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise StorageError("db.missing", path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
    elif path.stat().st_size == 0 and not create:
        raise StorageError("db.not_database", path=path)
    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            # Touch the schema: a wrong key, a damaged or a foreign file fails here, before anything is written.
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            if not create and _current_revision(conn) is None:
                raise StorageError("db.not_database", path=path)
        backup = upgrade(engine, path, script_location)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        known = translate_sqlite_error(exc, path)
        if known is None:
            raise
        raise known from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, sessions=session_factory(engine), key=key, backup=backup)


def iter_tables(conn: Connection) -> Iterator[str]:
    for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        yield str(name)
