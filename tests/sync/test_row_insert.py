"""A row's insert is one change of the field ROW with one winner; later edits are per field and name it as base.

The insert sets every field of its row (an absent one to NULL): a field shows the later of its own winner and its
row's insert, whatever order they arrive in, and old per-field inserts (SCHEMA_VERSION 2) keep working beside it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import digest, enrol_all, logged, office_trusting, replica, seed, signed_package

from fieldapp.services import sync, tours
from fieldapp.services.context import Context
from fieldapp.storage.bulk import Rows, bulk_transaction
from fieldapp.sync.changelog import Change, dbapi, pack_row, unpack_row
from fieldapp.sync.exchange import enroll
from fieldapp.sync.fields import ROW, SCHEMA_VERSION, fields
from fieldapp.sync.hlc import pack

LAPTOP = "0190a1b2-0000-7000-8000-0000000000a1"
OTHER = "0190a1b2-0000-7000-8000-0000000000a2"
SIGNAL = "0191a1b2-0000-7000-8000-0000000000c1"
SIGN = Ed25519PrivateKey.generate()
START = pack(int(time.time() * 1000) - 3_600_000)
SIGNAL_ROW = {
    "created_at": "2026-03-02 10:00:00.000000", "deleted": 0, "kind": "graffiti", "description": "надпись",
    "address": "ул. Абая, 1", "latitude": 54.875, "channel": "messenger", "reporter": "",
    "received_at": "2026-03-02 10:00:00.000000", "status": "received",
}


def log_of(path: Path, row_id: str) -> list[tuple[str, object, str | None]]:
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        return [(c.field, c.value, c.bases_text) for c in logged(conn, "row_id = ?", (row_id,))]


def winners_of(path: Path, row_id: str) -> list[tuple[str, str, int]]:
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        return [tuple(r) for r in dbapi(conn).execute(
            "SELECT field, dev, seq FROM sync_winner WHERE row_id = ? ORDER BY field", (row_id,))]


def change_id(path: Path, row_id: str, field: str) -> str:
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        dev, seq = dbapi(conn).execute(
            "SELECT dev, seq FROM sync_change WHERE row_id = ? AND field = ?", (row_id, field)).fetchone()
    return f"{dev}:{seq}"


def test_an_insert_is_one_change_and_one_winner_and_an_edit_names_it(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    ids = seed(a)
    assert [(f, b) for f, _v, b in log_of(a, ids["tour1"])] == [(ROW, None)]
    assert [w[0] for w in winners_of(a, ids["tour1"])] == [ROW]
    (_f, packed, _b), = log_of(a, ids["tour1"])
    # The non-NULL fields, with their types: "" and 0 carry a value, NULL is absent.
    inserted = unpack_row(packed)
    assert inserted["title"] == "Выезд 1" and inserted["notes"] == "" and inserted["deleted"] == 0
    assert inserted["starts_on"] == "2026-03-02" and "ends_on" not in inserted

    star = change_id(a, ids["tour1"], ROW)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour1"], "Выезд 1б", starts_on=date(2026, 3, 2))
        tours.update_tour(ctx, ids["tour1"], "Выезд 1в", starts_on=date(2026, 3, 2))
    edits = [(f, v, b) for f, v, b in log_of(a, ids["tour1"]) if f != ROW]
    assert [(f, v) for f, v, _b in edits] == [("title", "Выезд 1б"), ("title", "Выезд 1в")]
    # The first names the insert; the second, the first.
    assert edits[0][2] == star and edits[1][2] not in (star, None)
    assert [w[0] for w in winners_of(a, ids["tour1"])] == [ROW, "title"]


def test_a_bulk_insert_is_one_change_per_row(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    ids = seed(a)
    with replica(a) as ctx:
        rows = Rows("tour")
        made = [str(uuid.UUID(int=(0x0192 << 112) | (7 << 76) | (2 << 62) | n)) for n in range(3)]
        for n, row_id in enumerate(made):
            rows.add(id=row_id, campaign_id=ids["campaign"], title=f"Выезд {n}", created_at="2026-03-01 00:00:00.0",
                     updated_at="2026-03-01 00:00:00.0", notes="x" * n, created_by=None)
        with bulk_transaction(ctx.db.engine) as writer:
            writer.insert_rows(rows)
    for n, row_id in enumerate(made):
        (field, packed, bases), = log_of(a, row_id)
        assert (field, bases) == (ROW, None)
        assert unpack_row(packed) == {"created_at": "2026-03-01 00:00:00.0", "deleted": 0,
                                      "campaign_id": ids["campaign"], "title": f"Выезд {n}", "notes": "x" * n}
        assert winners_of(a, row_id)[0][0] == ROW and len(winners_of(a, row_id)) == 1


def test_two_laptops_editing_one_inserted_field_make_one_conflict_that_resolves(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    with replica(c) as ctx:
        sync.this_device(ctx)
    enrol_all([a, b, c], tmp_path)
    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "a0.fieldsync")
        tours.update_tour(ctx, ids["tour2"], "Выезд А")
        sync.export_package(ctx, tmp_path / "a1.fieldsync")
    with replica(b) as ctx:
        tours.update_tour(ctx, ids["tour2"], "Выезд Б")
        sync.export_package(ctx, tmp_path / "b1.fieldsync")
    star = change_id(a, ids["tour2"], ROW)
    for order in (["b1", "a1"], ["a0", "a1", "b1"]):
        target = tmp_path / f"c-{order[0]}.db"
        target.write_bytes(c.read_bytes())
        with replica(target) as ctx:
            sync.import_packages(ctx, [tmp_path / f"{n}.fieldsync" for n in order])
            (conflict,) = sync.list_conflicts(ctx)
            assert conflict.key == ("tour", ids["tour2"], "title")
            assert sorted(str(h.value) for h in conflict.heads) == ["Выезд А", "Выезд Б"]
            assert star not in {f"{d}:{s}" for d, s in (h.change for h in conflict.heads)}
    with replica(c) as ctx:
        sync.import_packages(ctx, [tmp_path / "a1.fieldsync", tmp_path / "b1.fieldsync"])
        sync.resolve_conflict(ctx, "tour", ids["tour2"], "title", value="Выезд В")
        assert sync.list_conflicts(ctx) == []
        sync.export_package(ctx, tmp_path / "c1.fieldsync")
    for path in (a, b):
        with replica(path) as ctx:
            sync.import_packages(ctx, [tmp_path / "a1.fieldsync", tmp_path / "b1.fieldsync", tmp_path / "c1.fieldsync"])
            assert sync.list_conflicts(ctx) == []
            assert tours.get_tour(ctx, ids["tour2"]).title == "Выезд В"
    assert digest(a) == digest(b) == digest(c)
    assert digest(tmp_path / "c-b1.db") == digest(tmp_path / "c-a0.db") != digest(c)


# --- changes built by hand: an insert that arrives after edits of its row; old per-field inserts ------------------


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Context]:
    with office_trusting(tmp_path / "office.db", SIGN, LAPTOP, relay=True) as ctx:
        yield ctx


def insert(dev: str, seq: int, hlc: int, **overrides: object) -> Change:
    values = {**SIGNAL_ROW, **overrides}
    return Change(dev, seq, hlc, "signal", SIGNAL, ROW, pack_row(values.items()), None, None, SCHEMA_VERSION)


def edit(dev: str, seq: int, hlc: int, field: str, value: object, bases: str | None) -> Change:
    return Change(dev, seq, hlc, "signal", SIGNAL, field, value, bases, None, SCHEMA_VERSION)  # type: ignore[arg-type]


def package(tmp: Path, *changes: Change, schema: int = SCHEMA_VERSION) -> Path:
    return signed_package(tmp, SIGN, LAPTOP, changes, schema)


def signal_row(ctx: Context) -> dict[str, object] | None:
    names = fields("signal")
    with ctx.db.engine.connect() as conn:
        row = dbapi(conn).execute(
            f"SELECT {', '.join(names)} FROM signal WHERE id = ?", (SIGNAL,)).fetchone()
    return None if row is None else dict(zip(names, row, strict=True))


def conflicts(ctx: Context) -> list[tuple[str, list[str]]]:
    return [(c.field, sorted(str(h.value) for h in c.heads)) for c in sync.list_conflicts(ctx)]


def test_an_insert_arriving_after_edits_of_its_row_keeps_the_later_ones(office: Context, tmp_path: Path) -> None:
    star = insert(LAPTOP, 1, START + 10)
    later = edit(LAPTOP, 2, START + 20, "description", "закрашено", f"{LAPTOP}:1")  # seen the insert: after it
    # Another laptop set the address with a clock behind the insert, never having seen it: the insert wins there.
    earlier = edit(OTHER, 1, START + 5, "address", "ул. Ленина, 2", None)
    edits_first = package(tmp_path, later, earlier)
    insert_last = package(tmp_path, star)

    result = sync.import_packages(office, [edits_first])
    assert result.applied.waiting_rows == 1 and signal_row(office) is None
    result = sync.import_packages(office, [insert_last])
    assert result.applied.new_rows == {"signal": 1} and result.applied.waiting_rows == 0
    row = signal_row(office)
    assert row is not None
    assert row["description"] == "закрашено" and row["address"] == "ул. Абая, 1" and row["latitude"] == 54.875
    assert row["longitude"] is None and row["kind"] == "graffiti"
    # The address has two heads (the insert and an edit that never saw it): a conflict, as for any field.
    assert conflicts(office) == [("address", ["ул. Абая, 1", "ул. Ленина, 2"])]

    # All at once, or in the other order: the same row, the same conflicts.
    for order in ([star, later, earlier], [earlier, star, later]):
        other = tmp_path / f"other-{order[0].dev[-2:]}-{order[0].seq}.db"
        with replica(other) as ctx:
            with ctx.db.engine.begin() as conn:
                enroll(conn, SIGN.public_key().public_bytes_raw(), b"\0" * 32, LAPTOP, "laptop", relay=True)
            for c in order:
                sync.import_packages(ctx, [package(tmp_path, c)])
            assert signal_row(ctx) == row
            assert conflicts(ctx) == conflicts(office)
            assert sync.digest(ctx) == sync.digest(office)


def test_an_insert_arriving_after_an_edit_on_an_existing_row_keeps_each_later_field(office: Context,
                                                                                   tmp_path: Path) -> None:
    """Two inserts of one row (two copies of an old database each captured it): per field, the later change."""
    first = insert(LAPTOP, 1, START + 10)
    fix = edit(LAPTOP, 2, START + 20, "status", "handled", f"{LAPTOP}:1")
    second = insert(OTHER, 1, START + 15, description="другая надпись", reporter="Аскар")
    sync.import_packages(office, [package(tmp_path, first, fix)])
    result = sync.import_packages(office, [package(tmp_path, second)])
    assert result.applied.updated_fields == {"signal": len(fields("signal")) - 1}  # not the later status
    row = signal_row(office)
    assert row is not None
    assert (row["status"], row["description"], row["reporter"]) == ("handled", "другая надпись", "Аскар")
    assert conflicts(office) == [("description", ["другая надпись", "надпись"]), ("reporter", ["", "Аскар"]),
                                 ("status", ["handled", "received"])]


def test_old_per_field_insert_packages_still_import_and_edit(office: Context, tmp_path: Path) -> None:
    old = [edit(LAPTOP, n, START + 1, name, value, None)._replace(schema_version=2)
           for n, (name, value) in enumerate(SIGNAL_ROW.items(), 1)]
    later = edit(LAPTOP, len(old) + 1, START + 2, "address", "ул. Сейфуллина, 3", f"{LAPTOP}:5")._replace(
        schema_version=2)
    result = sync.import_packages(office, [package(tmp_path, *old, later, schema=2)])
    assert result.applied.new_rows == {"signal": 1}
    with office.db.engine.connect() as conn:
        assert dbapi(conn).execute("SELECT count(*) FROM sync_winner").fetchone() == (len(old),)
    row = signal_row(office)
    assert row is not None and row["address"] == "ул. Сейфуллина, 3" and row["latitude"] == 54.875
    assert conflicts(office) == []
    # A local edit names the per-field change it replaced, as before.
    with office.db.engine.begin() as conn:
        from fieldapp.sync.changelog import Edit, record_local

        (made,) = record_local(conn, [Edit("signal", SIGNAL, "kind", "other")], None)
    assert made.bases_text == f"{LAPTOP}:3"


def test_two_inserts_of_one_record_differing_only_in_who_and_when_created_are_no_conflict(
        office: Context, tmp_path: Path) -> None:
    """A record two laptops both created (an import named by what it imports) is not a disagreement because they
    created it at other times or under other accounts; a real field that differs still is."""
    mine = insert(LAPTOP, 1, START + 10, created_by="0190a1b2-0000-7000-8000-00000000aaaa")
    theirs = insert(OTHER, 1, START + 20, created_at="2026-03-05 09:00:00.000000", created_by=None)
    sync.import_packages(office, [package(tmp_path, mine, theirs)])
    assert conflicts(office) == []
    row = signal_row(office)
    assert row is not None and row["created_at"] == "2026-03-05 09:00:00.000000"  # the later creation shows
    differing = insert(OTHER, 2, START + 30, description="другое")
    sync.import_packages(office, [package(tmp_path, differing)])
    assert [field for field, _ in conflicts(office)] == ["description"]
