"""The schema Alembic builds equals the models; pragmas, foreign keys and the FTS5 index behave."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel
from storage_helpers import search, seed

import fieldapp.storage.tables  # noqa: F401  (registers every table)
from fieldapp.storage.database import Database, head_revision, open_database
from fieldapp.storage.schema_extras import FTS_TABLE, include_object
from fieldapp.storage.tables import LocalMeta, Reception


def test_upgrade_of_an_empty_file_gives_exactly_the_models(tmp_path: Path) -> None:
    with open_database(tmp_path / "new.db", create=True) as db, db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        assert context.get_current_revision() == head_revision()
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        triggers = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert FTS_TABLE in tables
    assert set(SQLModel.metadata.tables) <= tables
    assert triggers == {"reception_fts_ai", "reception_fts_ad", "reception_fts_au"}


def test_a_missing_file_is_created_only_when_asked(tmp_path: Path) -> None:
    from fieldapp.domain.errors import StorageError

    with pytest.raises(StorageError) as err:
        open_database(tmp_path / "nope.db")
    assert err.value.code == "db.missing"
    assert not (tmp_path / "nope.db").exists()
    with open_database(tmp_path / "sub" / "new.db", create=True) as db:
        assert db.backup is None


def test_every_fresh_connection_has_the_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    # A second connection of the pool, opened while the first is busy, gets them too.
    with db.engine.connect() as first, db.engine.connect() as second:
        first.exec_driver_sql("SELECT 1")
        assert second.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert second.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_a_foreign_key_violation_is_refused_and_nothing_is_saved(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(LocalMeta(key="kept?", value="no"))
        s.add(Reception(reg_no="X-1", received_at=datetime(2026, 3, 2), stop_id="no-such-stop", applicant_name="A"))
    with db.session() as s:
        assert s.get(LocalMeta, "kept?") is None
        assert s.query(Reception).count() == 0


def test_fts_follows_inserts_updates_and_deletes(db: Database) -> None:
    seeded = seed(db)
    with db.engine.connect() as conn:
        # Kazakh and Russian letters, either case, as a prefix of any word of the name.
        assert search(conn, "әлі") == {"Әлібеков Нұрлан Серікұлы"}
        assert search(conn, "ӘЛІБЕКОВ") == {"Әлібеков Нұрлан Серікұлы"}
        assert search(conn, "нұр") == {"Әлібеков Нұрлан Серікұлы"}
        assert search(conn, "ҚАСЫМ ғал") == {"Қасымова Ғалия Ержанқызы"}
        assert search(conn, "өмір ұлж") == {"Өмірзақ Ұлжан"}
        assert search(conn, "иван") == {"Иванова Мария Петровна"}
        assert search(conn, "ИВАНОВА мария") == {"Иванова Мария Петровна"}
        assert search(conn, "нұрлан иванова") == set()
        # IIN prefix.
        assert search(conn, "8503") == {"Әлібеков Нұрлан Серікұлы"}
        assert search(conn, "900101400456") == {"Иванова Мария Петровна"}

    with db.session() as s:
        first = s.get(Reception, seeded.reception_ids[1])
        assert first is not None
        first.applicant_name = "Петрова Мария Ивановна"
        first.applicant_iin = "900101400999"
    with db.engine.connect() as conn:
        assert search(conn, "иванова") == set()
        assert search(conn, "петрова") == {"Петрова Мария Ивановна"}
        assert search(conn, "9001014009") == {"Петрова Мария Ивановна"}
        assert search(conn, "900101400456") == set()

    with db.session() as s:
        gone = s.get(Reception, seeded.reception_ids[3])
        assert gone is not None
        s.delete(gone)
    with db.engine.connect() as conn:
        assert search(conn, "өмір") == set()
        # The index and its content table agree row for row.
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")


def test_user_input_never_breaks_the_fts_query(db: Database) -> None:
    seed(db)
    with db.engine.connect() as conn:
        for nasty in ['"', 'Әлі"беков', "AND", "NEAR(", "-", "*", "a OR b", "'; DROP TABLE reception; --"]:
            search(conn, nasty)  # no syntax error
