"""The signed-in member is the author of every change they make, edits included, and the conflict review shows it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sync_helpers import enrol_all, replica, seed

from fieldapp.services import people, sync, tours
from fieldapp.services.sync_overview import load_overview
from fieldapp.sync.changelog import dbapi


def test_edits_carry_the_signed_in_member_and_the_conflict_heads_name_them(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    authors: dict[Path, str] = {}
    for path, name, title in ((a, "Ахметова Айгуль", "правка A"), (b, "Иванов Пётр", "правка B")):
        with replica(path) as anonymous:
            member = people.create_member(anonymous, name)
            ctx = replace(anonymous, member_id=member)
            tours.update_tour(ctx, ids["tour1"], title, starts_on=date(2026, 3, 2))
            with ctx.db.session() as s:
                row = dbapi(s).cursor().execute(
                    "SELECT author FROM sync_change WHERE tbl = 'tour' AND field = 'title' "
                    "ORDER BY hlc DESC LIMIT 1").fetchone()
            assert row == (member,)
            authors[path] = member
            sync.export_package(ctx, tmp_path / f"{path.stem}.fieldsync")
    with replica(a) as ctx:
        sync.import_packages(ctx, [tmp_path / "b.fieldsync"])
        [conflict] = sync.list_conflicts(ctx)
        reviews = {r.key[0]: r for r in load_overview(ctx).conflicts}
    assert {h.author for h in conflict.heads} == set(authors.values())
    # The review names the record (by the title it shows now) and both authors, b's member having come with b's
    # package.
    tour = reviews["tour"]
    assert tour.record in {"правка A", "правка B"}
    assert sorted(tour.authors.values()) == ["Ахметова Айгуль", "Иванов Пётр"]
