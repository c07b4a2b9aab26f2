"""The directions every `init` seeds are made alike on every laptop (same id, creation stamp and no author): an
office and a laptop each set up with `init` hold the same rows, so a merge leaves them as they are and disputes
none (before, each file stamped them with its own creation time and author: the later laptop's won everywhere)."""

from __future__ import annotations

from pathlib import Path

from fieldapp.services import sync
from fieldapp.services.accounts import init_database
from fieldapp.services.workspace import open_workspace
from fieldapp.sync.changelog import dbapi


def _directions(path: Path, user: str) -> list[tuple[object, ...]]:
    ctx = open_workspace(path, user=user, password="pw-" + user)
    try:
        with ctx.db.engine.connect() as conn:
            return [tuple(r) for r in dbapi(conn).execute(
                "SELECT id, code, name_ru, name_kk, name_en, created_at, created_by, deleted FROM direction "
                "ORDER BY id")]
    finally:
        ctx.db.close()


def test_two_files_made_by_init_hold_the_same_directions_and_merging_changes_none(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office.db", tmp_path / "laptop.db"
    init_database(office, "boss", "pw-boss", protected=False)
    init_database(laptop, "member", "pw-member", protected=False)
    seeded = _directions(office, "boss")
    assert len(seeded) >= 8 and seeded == _directions(laptop, "member")
    assert {r[6] for r in seeded} == {None}  # nobody's work

    for path, user in ((office, "boss"), (laptop, "member")):
        ctx = open_workspace(path, user=user, password="pw-" + user)
        try:
            sync.export_key(ctx, tmp_path / f"{path.stem}.key")
        finally:
            ctx.db.close()
    for path, user, other in ((office, "boss", laptop), (laptop, "member", office)):
        ctx = open_workspace(path, user=user, password="pw-" + user)
        try:
            sync.enrol(ctx, tmp_path / f"{other.stem}.key", office=path == laptop)
        finally:
            ctx.db.close()
    ctx = open_workspace(laptop, user="member", password="pw-member")
    try:
        sync.export_package(ctx, tmp_path / "laptop.fieldsync")
    finally:
        ctx.db.close()
    ctx = open_workspace(office, user="boss", password="pw-boss")
    try:
        result = sync.import_packages(ctx, [tmp_path / "laptop.fieldsync"])
        assert not result.applied.new_conflicts
        assert not sync.list_conflicts(ctx)
    finally:
        ctx.db.close()
    assert _directions(office, "boss") == seeded
