"""A copied database continues as a new device whose change numbers start at 1, so no peer sees a gap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sync_helpers import enrol_all, replica, seed

from fieldapp.services import sync, tours
from fieldapp.sync.changelog import dbapi


def test_a_copy_numbers_its_changes_from_one_and_peers_see_no_gap(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    with replica(b) as ctx:
        tours.update_tour(ctx, ids["tour1"], "Изменено на копии", starts_on=date(2026, 3, 2))
        me = sync.this_device(ctx).device
        with ctx.db.session() as s:
            seqs = [row[0] for row in dbapi(s).cursor().execute(
                "SELECT seq FROM sync_change WHERE dev = ? ORDER BY seq", (me,)).fetchall()]
        sync.export_package(ctx, tmp_path / "b.fieldsync")
    assert seqs == list(range(1, len(seqs) + 1))
    with replica(a) as ctx:
        result = sync.import_packages(ctx, [tmp_path / "b.fieldsync"])
        assert me not in result.gaps
        assert me not in sync.missing_packages(ctx)
        assert tours.get_tour(ctx, ids["tour1"]).title == "Изменено на копии"
