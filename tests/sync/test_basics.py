"""Capture, merge, conflicts and the digest on small replicas: the rules of SYNC.md one by one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sync_helpers import digest, enrol_all, replica, seed

from fieldapp.services import sync, tours
from fieldapp.sync import hlc
from fieldapp.sync.changelog import dbapi


def _two(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    return a, b, ids


def _exchange(src: Path, dst: Path, tmp: Path, name: str) -> sync.ImportResult:
    pkg = tmp / f"{name}.fieldsync"
    with replica(src) as ctx:
        sync.export_package(ctx, pkg)
    with replica(dst) as ctx:
        return sync.import_packages(ctx, [pkg])


def test_every_orm_write_is_captured_one_change_per_field(tmp_path: Path) -> None:
    a, _, ids = _two(tmp_path)
    with replica(a) as ctx:
        with ctx.db.session() as s:
            cur = dbapi(s).cursor()
            before = cur.execute("SELECT count(*) FROM sync_change").fetchone()[0]
        tours.update_tour(ctx, ids["tour1"], "Новое название", notes="заметка", starts_on=date(2026, 3, 2))
        with ctx.db.session() as s:
            cur = dbapi(s).cursor()
            rows = cur.execute("SELECT tbl, field, value, bases FROM sync_change ORDER BY seq").fetchall()[before:]
    assert sorted((t, f, v) for t, f, v, _ in rows) == [
        ("tour", "notes", "заметка"), ("tour", "title", "Новое название")]
    assert all(b for *_, b in rows)  # each names the change it replaced


def test_a_copy_gets_a_new_device_and_crosswise_imports_agree(tmp_path: Path) -> None:
    a, b, ids = _two(tmp_path)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour1"], "A", starts_on=date(2026, 3, 2))
        dev_a = sync.this_device(ctx).device
    with replica(b) as ctx:
        tours.update_tour(ctx, ids["tour1"], "B", starts_on=date(2026, 3, 2))
        tours.update_tour(ctx, ids["tour2"], "B2")
        dev_b = sync.this_device(ctx).device
    assert dev_a != dev_b
    r1 = _exchange(a, b, tmp_path, "a1")
    r2 = _exchange(b, a, tmp_path, "b1")
    assert r1.applied.new_conflicts and r2.applied.new_conflicts
    # Each side learns of the one field both edited, named exactly, and only once.
    assert r1.applied.new_conflicts == r2.applied.new_conflicts == [("tour", ids["tour1"], "title")]
    assert digest(a) == digest(b)
    with replica(a) as ctx:
        conflicts = sync.list_conflicts(ctx)
        assert [(c.table, c.field) for c in conflicts] == [("tour", "title")]
        assert sorted(h.value for h in conflicts[0].heads) == ["A", "B"]
        sync.resolve_conflict(ctx, "tour", ids["tour1"], "title", value="A+B")
        assert sync.list_conflicts(ctx) == []
    _exchange(a, b, tmp_path, "a2")
    with replica(b) as ctx:
        assert sync.list_conflicts(ctx) == []
        assert tours.get_tour(ctx, ids["tour1"]).title == "A+B"
    assert digest(a) == digest(b)


def test_an_edit_after_two_laptops_typed_the_same_is_no_conflict_anywhere(tmp_path: Path) -> None:
    """Both typed «Один»; a then changed it to «Два», having seen b's «Один» too. Nobody disagreed, so no replica
    lists a conflict: the edit names both «Один» as its bases (naming only a's own would leave b's standing beside
    «Два» on every other laptop)."""
    a, b, ids = _two(tmp_path)
    for path in (a, b):
        with replica(path) as ctx:
            tours.update_tour(ctx, ids["tour1"], "Один")
    _exchange(b, a, tmp_path, "b1")  # a now has both «Один»: two heads that agree
    with replica(a) as ctx:
        assert sync.list_conflicts(ctx) == []
        tours.update_tour(ctx, ids["tour1"], "Два")
        with ctx.db.session() as s:
            (bases,) = dbapi(s).cursor().execute(
                "SELECT bases FROM sync_change WHERE tbl = 'tour' AND field = 'title' ORDER BY hlc DESC LIMIT 1"
            ).fetchone()
        assert len(bases.split()) == 2  # both «Один» are what the edit replaced
    _exchange(a, b, tmp_path, "a1")
    for path in (a, b):
        with replica(path) as ctx:
            assert sync.list_conflicts(ctx) == []
            assert tours.get_tour(ctx, ids["tour1"]).title == "Два"
    assert digest(a) == digest(b)


def test_reimport_is_a_no_op_and_dry_run_writes_nothing(tmp_path: Path) -> None:
    a, b, ids = _two(tmp_path)
    with replica(a) as ctx:
        tours.create_tour(ctx, ids["campaign"], "Третий")
        sync.export_package(ctx, tmp_path / "p.fieldsync")
    before = digest(b)
    with replica(b) as ctx:
        preview = sync.preview_import(ctx, [tmp_path / "p.fieldsync"])
    assert preview.applied.new_rows == {"tour": 1} and digest(b) == before
    with replica(b) as ctx:
        first = sync.import_packages(ctx, [tmp_path / "p.fieldsync"])
        again = sync.import_packages(ctx, [tmp_path / "p.fieldsync"])
    assert first.applied.new_rows == {"tour": 1}
    assert again.applied.new == 0 and all(p.already_imported for p in again.packages)
    assert digest(a) == digest(b)


def test_a_package_from_the_future_is_flagged_and_does_not_drag_the_clock(tmp_path: Path) -> None:
    a, b, ids = _two(tmp_path)
    hlc.set_wall_clock(str(a.resolve()), lambda: hlc.system_ms() + 3 * 86_400_000)
    try:
        with replica(a) as ctx:
            tours.update_tour(ctx, ids["tour2"], "из будущего")
            sync.export_package(ctx, tmp_path / "f.fieldsync")
    finally:
        hlc.set_wall_clock(str(a.resolve()), None)
    with replica(b) as ctx:
        result = sync.import_packages(ctx, [tmp_path / "f.fieldsync"])
        assert [p.clock_suspicious for p in result.packages] == [True]
        with ctx.db.session() as s:
            last = int(dbapi(s).execute("SELECT value FROM local_meta WHERE key = 'sync.hlc'").fetchone()[0])
        assert hlc.physical_ms(last) < hlc.system_ms() + 60_000
        # An edit made on top of the future value still wins over it: it sorts after its base.
        tours.update_tour(ctx, ids["tour2"], "исправлено")
        sync.export_package(ctx, tmp_path / "g.fieldsync")
    with replica(a) as ctx:
        sync.import_packages(ctx, [tmp_path / "g.fieldsync"])
        assert tours.get_tour(ctx, ids["tour2"]).title == "исправлено"
    assert digest(a) == digest(b)


def test_export_for_a_device_holds_only_what_it_lacks(tmp_path: Path) -> None:
    a, b, ids = _two(tmp_path)
    _exchange(b, a, tmp_path, "hello")  # a learns b's version vector
    with replica(b) as ctx:
        dev_b = sync.this_device(ctx).device
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour2"], "только это")
        full = sync.export_package(ctx, tmp_path / "full.fieldsync")
        delta = sync.export_package(ctx, tmp_path / "delta.fieldsync", for_device=dev_b)
    assert delta.changes == 1 < full.changes
    with replica(b) as ctx:
        sync.import_packages(ctx, [tmp_path / "delta.fieldsync"])
    assert digest(a) == digest(b)


def test_a_database_written_before_sync_is_exportable(tmp_path: Path) -> None:
    a, _, ids = _two(tmp_path)
    with replica(a) as ctx, ctx.db.session() as s:
        cur = dbapi(s).cursor()
        for table in ("sync_change", "sync_winner", "sync_device"):
            cur.execute(f"DELETE FROM {table}")  # as if the rows predated revision 0002
        cur.execute("DELETE FROM local_meta WHERE key = 'sync.genesis'")
    c = tmp_path / "c.db"
    with replica(c) as ctx:
        sync.this_device(ctx)
    enrol_all([a, c], tmp_path)
    with replica(a) as ctx:
        summary = sync.export_package(ctx, tmp_path / "old.fieldsync")
    assert summary.changes > 0
    with replica(c) as ctx:
        sync.import_packages(ctx, [tmp_path / "old.fieldsync"])
        assert tours.get_tour(ctx, ids["tour1"]).title == "Выезд 1"
    assert digest(a) == digest(c)


def test_a_copied_demo_exports_the_changes_captured_in_bulk(tmp_path: Path) -> None:
    """The demo is written through the bulk path under the device id of the file it was built in; a copy of it
    continues under a new id, and its export must still carry the original device's changes."""
    from fieldapp.services.demo import build_demo

    original, copy, fresh = tmp_path / "demo.db", tmp_path / "copy.db", tmp_path / "fresh.db"
    build_demo(original, today=date(2026, 3, 2))
    copy.write_bytes(original.read_bytes())
    with replica(fresh) as ctx:
        sync.this_device(ctx)
    # The copy sends what it holds of another device (the demo's builder): only an office may.
    enrol_all([copy, fresh], tmp_path, office=True)
    result = _exchange(copy, fresh, tmp_path, "copy")
    assert result.applied.new_rows.get("reception") == 478
    assert digest(copy) == digest(fresh)


def test_one_flush_editing_rows_written_before_sync_captures_each_row_first(tmp_path: Path) -> None:
    """Rows that predate capture, edited together: each gets its insert change (its pre-edit values), and the edit
    names that insert as its base, so a peer gets both rows whole with the new values."""
    from fieldapp.storage.tables.tours import Tour

    a, b, ids = _two(tmp_path)
    with replica(a) as ctx, ctx.db.session() as s:
        cur = dbapi(s).cursor()
        for table in ("sync_change", "sync_winner", "sync_device"):
            cur.execute(f"DELETE FROM {table}")  # as if the rows predated revision 0002
        cur.execute("DELETE FROM local_meta WHERE key = 'sync.genesis'")
    with replica(a) as ctx:
        with ctx.db.session() as s:
            for key, title in (("tour1", "Первый"), ("tour2", "Второй")):
                tour = s.get(Tour, ids[key])
                assert tour is not None
                tour.title = title
        with ctx.db.session() as s:
            rows = dbapi(s).cursor().execute(
                "SELECT row_id, field, dev || ':' || seq, bases FROM sync_change WHERE tbl = 'tour' ORDER BY seq"
            ).fetchall()
    inserts = {row_id: change for row_id, field, change, _ in rows if field == "*"}
    edits = {row_id: bases for row_id, field, _, bases in rows if field == "title"}
    assert sorted(inserts) == sorted(edits) == sorted([ids["tour1"], ids["tour2"]])
    assert edits == inserts  # each edit's base is its own row's insert
    b.unlink()
    with replica(b) as ctx:
        sync.this_device(ctx)
    enrol_all([a, b], tmp_path)
    _exchange(a, b, tmp_path, "late")
    with replica(b) as ctx:
        assert tours.get_tour(ctx, ids["tour1"]).title == "Первый"
        assert tours.get_tour(ctx, ids["tour2"]).title == "Второй"
