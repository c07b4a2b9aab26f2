"""Compact inserts (fieldapp.sync.compact): an insert whose row still holds it is logged without its value, rebuilt
from the row by every reader, and stored again before anything changes the row. Packages, relays and digests are
those of a whole log; a value that would not come back byte for byte is kept as it came.

The suite runs with FIELDAPP_CHECK_COMPACT=1 (tests/conftest.py): every rebuilt value is also compared with the
value that was made compact in this process.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import msgpack
from alembic import command
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_helpers import digest, enrol_all, logged, office_trusting, replica, seed, signed_package

from fieldapp.services import sync, tours
from fieldapp.storage.database import alembic_config, head_revision, open_database
from fieldapp.sync import compact
from fieldapp.sync.changelog import Change, dbapi, unpack_row
from fieldapp.sync.fields import ROW, SCHEMA_VERSION
from fieldapp.sync.hlc import pack

LAPTOP = "0190a1b2-0000-7000-8000-0000000000b1"
SIGN = Ed25519PrivateKey.generate()


def stored_value(path: Path, row_id: str) -> object:
    """The value column of a row's insert as the file holds it (None: compact)."""
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        return dbapi(conn).execute("SELECT value FROM sync_change WHERE row_id = ? AND field = ?",
                                   (row_id, ROW)).fetchone()[0]


def insert_of(path: Path, row_id: str) -> Change:
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        found, = logged(conn, "row_id = ? AND field = ?", (row_id, ROW))
        return found


def compact_inserts(path: Path) -> int:
    with replica(path) as ctx, ctx.db.engine.connect() as conn:
        return compact.compact_count(dbapi(conn).cursor())


def test_inserts_are_logged_compact_and_packages_carry_their_whole_values(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    with replica(b) as ctx:
        sync.this_device(ctx)
    enrol_all([a, b], tmp_path)
    assert stored_value(a, ids["tour1"]) is None and compact_inserts(a) >= 4
    insert = insert_of(a, ids["tour1"])
    assert unpack_row(insert.value)["title"] == "Выезд 1"

    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "a.fieldsync")
    # An insert without its value would be refused whole (sync.bad_row): the package carries whole values.
    with replica(b) as ctx:
        result = sync.import_packages(ctx, [tmp_path / "a.fieldsync"])
    assert result.applied.new_rows["tour"] == 2
    # Taken in from a package, the insert is compact there too, and rebuilds to the bytes that were signed.
    assert stored_value(b, ids["tour1"]) is None
    assert insert_of(b, ids["tour1"]).value == insert.value
    assert digest(b) == digest(a)


def test_an_edit_stores_the_insert_first_and_every_replica_keeps_the_same_insert(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    ids = seed(a)
    for path in (b, c):
        with replica(path) as ctx:
            sync.this_device(ctx)
    enrol_all([a, b, c], tmp_path, office=True)
    original = insert_of(a, ids["tour2"]).value
    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "a1.fieldsync")
    with replica(b) as ctx:
        sync.import_packages(ctx, [tmp_path / "a1.fieldsync"])
    assert stored_value(b, ids["tour2"]) is None

    # A local edit: the insert's value is stored before the row changes, and it is the original one.
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour2"], "Выезд 2, правка", starts_on=date(2026, 4, 1))
        sync.export_package(ctx, tmp_path / "a2.fieldsync")
    assert stored_value(a, ids["tour2"]) == original
    # A merged edit: likewise on the replica that had it compact.
    with replica(b) as ctx:
        sync.import_packages(ctx, [tmp_path / "a2.fieldsync"])
    assert stored_value(b, ids["tour2"]) == original
    assert digest(b) == digest(a)

    # The merged state sent on by b: c gets the insert with its original bytes and the edit after it.
    with replica(b) as ctx:
        sync.export_package(ctx, tmp_path / "b.fieldsync")
    with replica(c) as ctx:
        sync.import_packages(ctx, [tmp_path / "b.fieldsync"])
        # a's own package again, through another road: the same changes, nothing collides.
        sync.import_packages(ctx, [tmp_path / "a1.fieldsync", tmp_path / "a2.fieldsync"])
    assert insert_of(c, ids["tour2"]).value == original
    assert digest(c) == digest(a)


def _package_of(tmp: Path, changes: list[Change]) -> Path:
    return signed_package(tmp, SIGN, LAPTOP, changes)


def _str8(text: str) -> bytes:
    data = text.encode()
    return b"\xd9" + bytes([len(data)]) + data


def test_a_value_that_would_not_come_back_the_same_is_kept_as_it_came(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    ids = seed(office)
    start = pack(int(time.time() * 1000) - 3_600_000)
    tour = unpack_row(insert_of(office, ids["tour1"]).value)
    # The same map, encoded with a longer form of one string than this encoder writes (msgpack allows both).
    fields = {**tour, "title": "Выезд Б"}
    other_form = b"\x80" + b"".join(
        msgpack.packb(k) + (_str8(v) if k == "title" else msgpack.packb(v, use_bin_type=True))
        for k, v in fields.items())
    other_form = bytes([0x80 | len(fields)]) + other_form[1:]
    assert unpack_row(other_form) == fields
    # A whole number in a REAL column: SQLite would give it back as a float.
    signal = {"created_at": "2026-03-02 10:00:00.000000", "deleted": 0, "kind": "graffiti", "description": "надпись",
              "address": "ул. Абая, 1", "latitude": 54, "longitude": 69.5, "channel": "messenger", "reporter": "",
              "received_at": "2026-03-02 10:00:00.000000", "status": "received"}
    tour_id, signal_id = "0191a1b2-0000-7000-8000-0000000000d1", "0191a1b2-0000-7000-8000-0000000000d2"
    changes = [
        Change(LAPTOP, 1, start + 1, "tour", tour_id, ROW, other_form, None, None, SCHEMA_VERSION),
        Change(LAPTOP, 2, start + 2, "signal", signal_id, ROW, msgpack.packb(signal, use_bin_type=True), None, None,
               SCHEMA_VERSION),
    ]
    path = _package_of(tmp_path, changes)
    with office_trusting(office, SIGN, LAPTOP) as ctx:
        sync.import_packages(ctx, [path])
    assert stored_value(office, tour_id) == other_form
    assert stored_value(office, signal_id) == changes[1].value
    assert insert_of(office, ids["tour1"]).value is not None and stored_value(office, ids["tour1"]) is None

    # Sent on, the same bytes arrive: another replica taking the office's merged state stores them as they came.
    other = tmp_path / "other.db"
    with replica(other) as ctx:
        sync.this_device(ctx)
    enrol_all([office, other], tmp_path, office=True)
    with replica(office) as ctx:
        sync.export_package(ctx, tmp_path / "office.fieldsync")
    with replica(other) as ctx:
        sync.import_packages(ctx, [tmp_path / "office.fieldsync"])
    assert stored_value(other, tour_id) == other_form
    assert stored_value(other, signal_id) == changes[1].value
    assert digest(other) == digest(office)


def test_migration_0011_converts_a_whole_log_and_its_downgrade_restores_it(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    with replica(b) as ctx:
        sync.this_device(ctx)
    enrol_all([a, b], tmp_path)
    with replica(a) as ctx:
        tours.update_tour(ctx, ids["tour1"], "Выезд 1, правка", starts_on=date(2026, 3, 2))
    compacted = compact_inserts(a)
    with replica(a) as ctx, ctx.db.engine.connect() as conn:
        whole = logged(conn)
    before = digest(a)
    assert compacted >= 3 and stored_value(a, ids["tour1"]) is not None  # the edited row's insert is stored

    with open_database(a) as db, db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0010")
        assert compact.compact_count(dbapi(conn).cursor()) == 0
    with open_database(a) as db, db.engine.connect() as conn:
        assert db.backup is not None and db.backup.exists()
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        assert compact.compact_count(dbapi(conn).cursor()) == compacted
        assert logged(conn) == whole
    assert digest(a) == before
    # And it still syncs: b takes everything, with the same values.
    with replica(a) as ctx:
        sync.export_package(ctx, tmp_path / "a.fieldsync")
    with replica(b) as ctx:
        sync.import_packages(ctx, [tmp_path / "a.fieldsync"])
    assert digest(b) == before
