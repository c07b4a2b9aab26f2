"""An inserted row is captured with the fields that carry a value; a replica that receives it writes NULL for the
rest, so both hold the same row (equal digests), and a later edit of such a field merges like any other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sync_helpers import digest, enrol_all, logged, replica, seed

from fieldapp.services import sync, tours
from fieldapp.sync.changelog import dbapi, unpack_row
from fieldapp.sync.fields import ROW


def _log(path: Path, row_id: str) -> dict[str, object]:
    """The fields the log sets for a row: its insert's packed fields, then the later changes of single fields."""
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        out: dict[str, object] = {}
        for c in logged(conn, "row_id = ?", (row_id,)):
            out.update(unpack_row(c.value) if c.field == ROW else {c.field: c.value})
        return out


def _row(path: Path, row_id: str) -> tuple[object, ...]:
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        return tuple(dbapi(conn).execute("SELECT title, notes, starts_on, ends_on FROM tour WHERE id = ?",
                                         (row_id,)).fetchone())


def test_null_fields_of_an_insert_have_no_change_and_arrive_as_null(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    with replica(c) as ctx:
        sync.this_device(ctx)
    enrol_all([a, b, c], tmp_path)
    with replica(a) as ctx, ctx.db.engine.connect() as conn:
        # NULL is never a field's value in the log (only a compact insert's, which its row holds).
        assert dbapi(conn).execute(
            "SELECT count(*) FROM sync_change WHERE value IS NULL AND field <> '*'").fetchone() == (0,)
    captured = _log(a, ids["tour2"])
    assert _row(a, ids["tour2"])[1:] == ("", None, None)
    assert {"title", "notes", "deleted", "campaign_id"} <= captured.keys()  # "" carries a value, NULL does not
    assert not {"starts_on", "ends_on"} & captured.keys()

    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "a.fieldsync")
    with replica(c) as ctx:
        result = sync.import_packages(ctx, [tmp_path / "a.fieldsync"])
    assert result.applied.waiting_rows == 0 and result.applied.new_rows["tour"] == 2
    assert _row(c, ids["tour2"]) == _row(a, ids["tour2"]) == ("Выезд 2", "", None, None)
    assert digest(c) == digest(a)

    # Two laptops fill the field nobody had set: two heads without a base, a conflict as for any field.
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour2"], "Выезд 2", starts_on=date(2026, 4, 1))
        sync.export_package(ctx, tmp_path / "a2.fieldsync")
    with replica(b) as ctx:
        tours.update_tour(ctx, ids["tour2"], "Выезд 2", starts_on=date(2026, 4, 2))
        sync.export_package(ctx, tmp_path / "b2.fieldsync")
    with replica(c) as ctx:
        sync.import_packages(ctx, [tmp_path / "b2.fieldsync", tmp_path / "a2.fieldsync"])
        conflicts = sync.list_conflicts(ctx)
        assert [(x.field, sorted(str(h.value) for h in x.heads)) for x in conflicts] == [
            ("starts_on", ["2026-04-01", "2026-04-02"])]
        # Back to NULL is a change like any other: captured, and it reaches the others.
        sync.resolve_conflict(ctx, "tour", ids["tour2"], "starts_on", value=None)
        assert sync.list_conflicts(ctx) == []
        sync.export_package(ctx, tmp_path / "c.fieldsync")
    with replica(a) as ctx:
        sync.import_packages(ctx, [tmp_path / "b2.fieldsync", tmp_path / "c.fieldsync"])
        assert sync.list_conflicts(ctx) == []
    assert _row(a, ids["tour2"]) == _row(c, ids["tour2"]) == ("Выезд 2", "", None, None)
    assert digest(a) == digest(c)
