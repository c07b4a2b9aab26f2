"""The guard against writes to synced tables that change capture never sees (they would never be synced)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, event, insert, text, update
from sync_helpers import digest, enrol_all, replica, seed

from fieldapp.services import sync, tours
from fieldapp.services.demo import build_demo
from fieldapp.storage.tables import Tour
from fieldapp.sync import guard
from fieldapp.sync.guard import UNCAPTURED_OK, UncapturedWrite, synced_target


def test_the_services_package_installs_the_guard() -> None:
    assert event.contains(Engine, "before_cursor_execute", guard._before_cursor_execute)


@pytest.mark.parametrize("statement", [
    update(Tour).values(title="мимо журнала"),
    delete(Tour),
    text("UPDATE tour SET title = 'мимо журнала'"),
    text('DELETE FROM "tour" WHERE 1'),
    text("INSERT OR REPLACE INTO tour (id, title) SELECT id, title FROM tour"),
], ids=["core-update", "core-delete", "text-update", "text-delete", "text-insert"])
def test_a_core_or_raw_write_to_a_synced_table_is_refused_before_it_runs(tmp_path: Path, statement: object) -> None:
    ids = seed(tmp_path / "a.db")
    before = digest(tmp_path / "a.db")
    with replica(tmp_path / "a.db") as ctx:
        with pytest.raises(UncapturedWrite, match=r"'tour'.*never be synced"), ctx.db.engine.begin() as conn:
            conn.execute(statement)  # type: ignore[call-overload]
        # The ORM's own bulk UPDATE skips the flush (and so capture) just the same.
        with pytest.raises(UncapturedWrite), ctx.db.session() as s:
            s.execute(update(Tour).where(Tour.id == ids["tour1"]).values(title="мимо журнала"))
        with pytest.raises(UncapturedWrite), ctx.db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE reception SET essence = ''")
        with pytest.raises(UncapturedWrite), ctx.db.engine.begin() as conn:
            conn.execute(insert(Tour).values(id="x", campaign_id=ids["campaign"], title="x", notes=""))
    assert digest(tmp_path / "a.db") == before


def test_orm_edits_imports_local_tables_and_marked_writes_go_through(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour1"], "правка через ORM", starts_on=date(2026, 3, 2))
        tours.delete_tour(ctx, ids["tour2"])
        sync.export_package(ctx, tmp_path / "a.fieldsync")
    with replica(b) as ctx:
        assert sync.import_packages(ctx, [tmp_path / "a.fieldsync"]).applied.new > 0
        with ctx.db.engine.begin() as conn:
            conn.execute(text("UPDATE local_meta SET value = value WHERE key = 'device_id'"))
            conn.exec_driver_sql("DELETE FROM sync_conflict WHERE 0")
            conn.exec_driver_sql("INSERT INTO reception_fts(reception_fts) VALUES ('rebuild')")
            # A deliberate exception (a data migration every replica runs alike) says so.
            marked = conn.execution_options(**{UNCAPTURED_OK: True})
            marked.execute(update(Tour).where(Tour.id == ids["tour1"]).values(notes=""))
    assert digest(a) == digest(b)


def test_the_demo_bulk_path_still_works(tmp_path: Path) -> None:
    summary = build_demo(tmp_path / "demo.db")
    assert summary.receptions > 0


def test_the_table_a_statement_writes_is_read_exactly() -> None:
    assert synced_target('UPDATE "reception" SET essence = ?') == "reception"
    assert synced_target("update reception_fts set x = 1") == ""  # same prefix, local table
    assert synced_target("INSERT INTO reception_fts(reception_fts) VALUES ('rebuild')") == ""
    assert synced_target("INSERT OR IGNORE INTO photo (id) VALUES (?)") == "photo"
    assert synced_target("WITH x AS (SELECT 1) DELETE FROM stop WHERE id IN x") == "stop"
    assert synced_target("SELECT * FROM tour") == ""
    assert synced_target("UPDATE local_meta SET value = ?") == ""
