"""Revision 0003 (the compact change log): a database at 0002 holding changes and a conflict upgrades, keeps every
change, winner and conflict, and goes on exporting, importing and merging with laptops already at 0003."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection

from fieldapp.services import campaigns, places, sync, tours
from fieldapp.services.context import Context
from fieldapp.storage.database import MIGRATIONS_DIR, alembic_config, head_revision, open_database
from fieldapp.sync import compact
from fieldapp.sync.changelog import Change, dbapi

CHANGE_COLUMNS = "dev, seq, hlc, tbl, row_id, field, value, bases, author, schema_version"


@contextmanager
def replica(path: Path, script_location: Path | None = None) -> Iterator[Context]:
    db = open_database(path, create=True, script_location=script_location)
    try:
        yield Context(db=db, blobs=path.with_suffix(".blobs"))
    finally:
        db.close()


def whole(conn: Connection, stored: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows of the log as a reader gets them: a compact insert's value rebuilt from its row (0011 and later)."""
    return [tuple(c) for c in compact.fill(dbapi(conn).cursor(), [Change(*r) for r in stored])]


def enrol_all(paths: list[Path], tmp: Path) -> None:
    """Every replica trusts every other, as an office: the office's merged state goes back to the laptops."""
    for p in paths:
        with replica(p) as ctx:
            sync.export_key(ctx, tmp / f"{p.stem}.key")
    for p in paths:
        with replica(p) as ctx:
            for k in paths:
                if k != p:
                    sync.enrol(ctx, tmp / f"{k.stem}.key", office=True)


def export(src: Path, out: Path) -> Path:
    with replica(src) as ctx:
        sync.export_package(ctx, out)
    return out


def import_(dst: Path, *packages: Path) -> sync.ImportResult:
    with replica(dst) as ctx:
        return sync.import_packages(ctx, list(packages))


def state(path: Path) -> tuple[str, list[Any]]:
    """The digest and the conflicts (field, heads and their values) of a replica."""
    with replica(path) as ctx:
        conflicts = [(c.key, sorted((h.change, h.value, h.winning) for h in c.heads))
                     for c in sync.list_conflicts(ctx)]
        return sync.digest(ctx), conflicts


def rows(conn: Connection, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in dbapi(conn).execute(sql).fetchall()]


def layout(conn: Connection, table: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Columns and indexes (name, unique, columns) of a table, as SQLite describes them."""
    columns = rows(conn, f"PRAGMA table_info({table})")
    indexes = [(name, unique, tuple(r[2] for r in rows(conn, f"PRAGMA index_info({name})")))
               for _, name, unique, *_ in rows(conn, f"PRAGMA index_list({table})")]
    return columns, sorted(indexes)


def migrations_until_0002(tmp: Path) -> Path:
    target = tmp / "migrations-0002"
    later = [f"{n:04d}_*" for n in range(3, 100)]  # every revision after 0002
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__", *later))
    return target


def test_a_database_at_0002_with_changes_and_a_conflict_upgrades_and_keeps_syncing(tmp_path: Path) -> None:
    a, b, office = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "office.db"
    with replica(a) as ctx:
        region = places.create_region(ctx, "Карагандинская область")
        campaign = campaigns.create_campaign(ctx, "Караван", region_id=region)
        tour1 = tours.create_tour(ctx, campaign, "Выезд 1", starts_on=date(2026, 3, 2))
        tour2 = tours.create_tour(ctx, campaign, "Выезд 2")
    b.write_bytes(a.read_bytes())  # a copy: it continues as another device
    with replica(office) as ctx:
        sync.this_device(ctx)
    enrol_all([a, b, office], tmp_path)
    with replica(a) as ctx:
        tours.update_tour(ctx, tour1, "A", starts_on=date(2026, 3, 2))
        tours.update_tour(ctx, tour2, "Выезд 2", notes="первая заметка")
        tours.update_tour(ctx, tour2, "Выезд 2", notes="вторая заметка")
    with replica(b) as ctx:
        tours.update_tour(ctx, tour1, "B", starts_on=date(2026, 3, 2))
    first_a, first_b = export(a, tmp_path / "a1.fieldsync"), export(b, tmp_path / "b1.fieldsync")
    import_(office, first_a, first_b)
    before = state(office)
    assert [key for key, _ in before[1]] == [("tour", tour1, "title")]

    # The office file as 0002 left it: the same rows in 0002's layout, with 0002's content hashes.
    with open_database(office) as db, db.engine.connect() as conn:
        changes = whole(conn, rows(conn, f"SELECT {CHANGE_COLUMNS} FROM sync_change ORDER BY dev, seq"))
        with conn.begin():
            command.downgrade(alembic_config(conn), "0002")
        assert rows(conn, "SELECT version_num FROM alembic_version") == [("0002",)]
        old_layout = layout(conn, "sync_change")
        stored = rows(conn, f"SELECT {CHANGE_COLUMNS}, hash FROM sync_change ORDER BY cid")
        tables = {name for (name,) in rows(conn, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    with replica(tmp_path / "fresh-0002.db", migrations_until_0002(tmp_path)) as ctx, ctx.db.engine.connect() as conn:
        assert layout(conn, "sync_change") == old_layout
    assert "sync_history" not in tables
    assert [r[:-1] for r in stored] == changes
    assert [r[-1] for r in stored] == [Change(*r[:7], r[7], *r[8:]).content_hash() for r in changes]

    with open_database(office) as db, db.engine.connect() as conn:
        assert db.backup is not None and db.backup.name.startswith("office.db.before-upgrade-0002-")
        assert rows(conn, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        assert whole(conn, rows(conn, f"SELECT {CHANGE_COLUMNS} FROM sync_change ORDER BY dev, seq")) == changes
        assert {c[1] for c in rows(conn, "PRAGMA table_info(sync_change)")} == set(CHANGE_COLUMNS.split(", "))
        assert rows(conn, "PRAGMA index_list(sync_change)") == [(0, "sqlite_autoindex_sync_change_1", 1, "pk", 0)]
        assert "WITHOUT ROWID" in rows(conn, "SELECT sql FROM sqlite_master WHERE name = 'sync_change'")[0][0]
        # The history holds every change of each field changed more than once, and nothing else.
        several = {k for k, n in Counter((c[3], c[4], c[5]) for c in changes).items() if n > 1}
        assert {(tour1, "title"), (tour2, "notes")} <= {(r, f) for _, r, f in several}
        assert sorted(rows(conn, "SELECT tbl, row_id, field, dev, seq FROM sync_history")) == sorted(
            (c[3], c[4], c[5], c[0], c[1]) for c in changes if (c[3], c[4], c[5]) in several)
    assert state(office) == before

    # Syncing goes on: the laptops (at 0003 already) and the upgraded office merge as before.
    import_(a, first_b)
    with replica(a) as ctx:
        assert [c.key for c in sync.list_conflicts(ctx)] == [("tour", tour1, "title")]
        sync.resolve_conflict(ctx, "tour", tour1, "title", value="A+B")
        tours.update_tour(ctx, tour2, "Выезд 2", notes="третья заметка")
    result = import_(office, export(a, tmp_path / "a2.fieldsync"))
    assert result.applied.updated_fields == {"tour": 2}
    with replica(office) as ctx:
        assert sync.list_conflicts(ctx) == []
        assert tours.get_tour(ctx, tour1).title == "A+B"
        assert tours.get_tour(ctx, tour2).notes == "третья заметка"
        tours.update_tour(ctx, tour2, "Выезд 2, перенесён", notes="третья заметка")
    assert import_(office, first_a, first_b).applied.new == 0
    c = tmp_path / "c.db"
    with replica(c) as ctx:
        sync.this_device(ctx)
    enrol_all([office, c], tmp_path)
    import_(c, export(office, tmp_path / "office.fieldsync"))
    import_(a, export(office, tmp_path / "office2.fieldsync"))
    assert state(c) == state(office) == state(a)
    assert state(office)[1] == []
