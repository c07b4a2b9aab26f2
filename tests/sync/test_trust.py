"""What a validly signed package may do (SYNC.md, "Trust"): the attacks of the security review, each on the real code;
and what an office vouches for when it relays laptops' packages (`sync export --relay`).

An office set up from an empty database through the app's services enrols one laptop's key; the laptop signs
packages built by hand. Every refusal is exit 1 with one `error:` line, and the office's file is byte for byte as
it was.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import msgpack
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sync_helpers import cli, digest, logged, office_with_laptop, replica, rezip, signed_package

from fieldapp.domain.errors import ValidationError
from fieldapp.services import sync, tours
from fieldapp.storage.local_meta import DEVICE_ID
from fieldapp.sync.changelog import Change, dbapi, pack_row
from fieldapp.sync.exchange import enroll, revoke
from fieldapp.sync.fields import ROW, SCHEMA_VERSION
from fieldapp.sync.hlc import pack
from fieldapp.sync.package import Producer, build_package

LAPTOP = "0190a1b2-0000-7000-8000-00000000a001"
OTHER = "0190a1b2-0000-7000-8000-00000000a002"
def start() -> int:
    """A minute ahead of now: the hand-made edits sort after the records the office created a moment ago."""
    return pack(int(time.time() * 1000) + 60_000)


class Office:
    def __init__(self, path: Path, tour: str, device: str) -> None:
        self.path, self.tour, self.device = path, tour, device


@pytest.fixture
def laptop_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def office(tmp_path: Path, laptop_key: Ed25519PrivateKey) -> Iterator[Office]:
    """A coordinator's database built from nothing through the services, that has enrolled one laptop."""
    path = tmp_path / "office.db"
    tour, device = office_with_laptop(path, laptop_key, LAPTOP)
    yield Office(path, tour, device)


def _bytes(path: Path) -> str:
    digest(path)  # settles what opening writes (the device's path), so only the import itself is compared
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(db: Path, pkg: Path, needle: str) -> None:
    before, logical = _bytes(db), digest(db)
    result = cli("sync", "import", db, pkg, "--lang", "en")
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], result.err
    assert digest(db) == logical
    assert _bytes(db) == before


def edit(field: str, value: object, row: str, *, tbl: str = "tour", dev: str = LAPTOP, seq: int = 1) -> Change:
    return Change(dev, seq, start() + seq, tbl, row, field, value, None, None, SCHEMA_VERSION)  # type: ignore[arg-type]


def package(tmp: Path, key: Ed25519PrivateKey, changes: Sequence[Change], producer: str = LAPTOP) -> Path:
    return signed_package(tmp, key, producer, changes)


# --- 1. names and values from outside --------------------------------------------------------------------------


INJECTION = 'title" = ?, updated_at = ? WHERE 1=1 OR id = ? --'


def test_a_field_name_that_is_sql_is_refused_and_nothing_renamed(office: Office, tmp_path: Path,
                                                                 laptop_key: Ed25519PrivateKey) -> None:
    pkg = package(tmp_path, laptop_key, [edit(INJECTION, "взломано", office.tour)])
    refused(office.path, pkg, "unknown field")
    with replica(office.path) as ctx:
        assert [t.title for t in tours.list_tours(ctx)] == ["Выезд 1"]


@pytest.mark.parametrize("tbl", ["sync_key", "local_meta", "sqlite_master", 'tour" SET title = 1 --', "account"])
def test_a_table_outside_the_synced_schema_is_refused(office: Office, tmp_path: Path,
                                                      laptop_key: Ed25519PrivateKey, tbl: str) -> None:
    pkg = package(tmp_path, laptop_key, [edit("value", "x", office.tour, tbl=tbl)])
    refused(office.path, pkg, "unknown table")


def test_an_insert_whose_packed_row_names_an_unknown_column_is_refused(office: Office, tmp_path: Path,
                                                                       laptop_key: Ed25519PrivateKey) -> None:
    row = pack_row([("title", "Новый"), ("campaign_id", "x"), ("deleted", False), ("secret", "x")])
    insert = Change(LAPTOP, 1, start(), "tour", "0190a1b2-0000-7000-8000-0000000000f1", ROW, row, None, None,
                    SCHEMA_VERSION)
    refused(office.path, package(tmp_path, laptop_key, [insert]), "unknown field «secret»")


@pytest.mark.parametrize(("tbl", "field", "value", "expected"), [
    ("reception", "received_at", "not a date", "datetime"),
    ("reception", "received_at", "2026-02-30 10:00:00.000000", "datetime"),
    ("tour", "starts_on", "02.03.2026", "date"),
    ("tour", "title", 42, "text"),
    ("tour", "title", None, "text"),  # NOT NULL
    ("tour", "deleted", 2, "boolean"),
    ("signal", "latitude", float("nan"), "number"),
    ("signal", "latitude", "54.8", "number"),
    ("reception", "applicant_iin", "1234567890123", "text"),  # longer than the column
    ("tour", "title", b"\x00bytes", "text"),
])
def test_a_value_of_the_wrong_type_is_refused(office: Office, tmp_path: Path, laptop_key: Ed25519PrivateKey,
                                              tbl: str, field: str, value: object, expected: str) -> None:
    pkg = package(tmp_path, laptop_key, [edit(field, value, office.tour, tbl=tbl)])
    refused(office.path, pkg, f"expected {expected}")


def test_values_of_every_right_type_go_in(office: Office, tmp_path: Path, laptop_key: Ed25519PrivateKey) -> None:
    changes = [edit("title", "Выезд 1 (изм.)", office.tour, seq=1),
               edit("starts_on", "2026-03-03", office.tour, seq=2),
               edit("notes", "", office.tour, seq=3)]
    result = cli("sync", "import", office.path, package(tmp_path, laptop_key, changes))
    assert result.code == 0, result
    with replica(office.path) as ctx:
        tour = tours.list_tours(ctx)[0]
    assert tour.title == "Выезд 1 (изм.)" and tour.starts_on == date(2026, 3, 3)


# --- 2. impersonation ----------------------------------------------------------------------------------------------


def _office_state(path: Path) -> tuple[str, list[tuple[str, int, int]]]:
    with replica(path) as ctx, ctx.db.session() as s:
        cur = dbapi(s).cursor()
        device = cur.execute("SELECT value FROM local_meta WHERE key = ?", (DEVICE_ID,)).fetchone()[0]
        vector = cur.execute("SELECT dev, contiguous, max_seq FROM sync_device ORDER BY dev").fetchall()
    return device, vector


def test_a_laptop_cannot_sign_as_the_office_itself(office: Office, tmp_path: Path,
                                                   laptop_key: Ed25519PrivateKey) -> None:
    before = _office_state(office.path)
    forged = [edit("title", "от имени офиса", office.tour, dev=office.device, seq=n) for n in range(1, 1000)]
    # As the producer of the package, and as the author of changes inside the laptop's own package.
    refused(office.path, package(tmp_path, laptop_key, forged, producer=office.device), "claims to come from")
    refused(office.path, package(tmp_path, laptop_key, forged), f"made by device {office.device}")
    assert _office_state(office.path) == before  # no new device id, no changes 1-999 "missing"


def test_a_laptop_cannot_author_changes_of_another_device(office: Office, tmp_path: Path,
                                                          laptop_key: Ed25519PrivateKey) -> None:
    other_key = Ed25519PrivateKey.generate()
    with replica(office.path) as ctx, ctx.db.engine.begin() as conn:
        fp = enroll(conn, other_key.public_key().public_bytes_raw(), b"\0" * 32, OTHER, "other")
        revoke(conn, fp)
    forged = [edit("title", "чужая правка", office.tour, dev=OTHER)]
    refused(office.path, package(tmp_path, laptop_key, forged), f"made by device {OTHER}")
    # Nor speak as that (revoked) device with its own key.
    refused(office.path, package(tmp_path, laptop_key, forged, producer=OTHER), "claims to come from")


def test_a_change_the_office_already_holds_may_travel_in_anyones_package(office: Office, tmp_path: Path,
                                                                        laptop_key: Ed25519PrivateKey) -> None:
    """A laptop's export carries everything it holds, the office's setup included: repeating it changes nothing."""
    with replica(office.path) as ctx, ctx.db.session() as s:
        held = logged(s)
    own = edit("title", "правка ноутбука", office.tour)
    result = cli("sync", "import", office.path, package(tmp_path, laptop_key, [*held, own]))
    assert result.code == 0, result
    # Other content under a number the office holds is no way in either: what is held stays as it is.
    before = digest(office.path)
    changed = [c._replace(hlc=c.hlc + 1, value=pack_row([("deleted", True)]) if c.field == ROW else c.value)
               for c in held]
    assert cli("sync", "import", office.path, package(tmp_path, laptop_key, changed)).code == 0
    assert digest(office.path) == before


def test_only_an_office_key_may_vouch_for_a_relayed_package(office: Office, tmp_path: Path,
                                                            laptop_key: Ed25519PrivateKey) -> None:
    stranger = Ed25519PrivateKey.generate()  # enrolled nowhere
    inner = build_package(Producer(OTHER, stranger, "test", SCHEMA_VERSION),
                          [edit("title", "от незнакомца", office.tour, dev=OTHER)], vector={})
    bundle = tmp_path / "bundle.fieldsync"
    bundle.write_bytes(build_package(Producer(LAPTOP, laptop_key, "test", SCHEMA_VERSION), [], vector={},
                                     inner=[inner]))
    refused(office.path, bundle, "not enrolled here")

    # The same bundle from a key enrolled as an office: it vouches for the stranger's key.
    coordinator = Ed25519PrivateKey.generate()
    with replica(office.path) as ctx, ctx.db.engine.begin() as conn:
        enroll(conn, coordinator.public_key().public_bytes_raw(), b"\0" * 32, "district-office", "district",
               relay=True)
    relayed = tmp_path / "relayed.fieldsync"
    relayed.write_bytes(build_package(Producer("district-office", coordinator, "test", SCHEMA_VERSION), [],
                                      vector={}, inner=[inner]))
    assert cli("sync", "import", office.path, relayed).code == 0
    with replica(office.path) as ctx:
        assert [t.title for t in tours.list_tours(ctx)] == ["от незнакомца"]


def test_an_office_cannot_bring_a_revoked_devices_new_changes(office: Office, tmp_path: Path,
                                                              laptop_key: Ed25519PrivateKey) -> None:
    coordinator = Ed25519PrivateKey.generate()
    with replica(office.path) as ctx, ctx.db.engine.begin() as conn:
        enroll(conn, coordinator.public_key().public_bytes_raw(), b"\0" * 32, "district-office", "district",
               relay=True)
        revoke(conn, enroll(conn, laptop_key.public_key().public_bytes_raw(), b"\0" * 32, LAPTOP, "laptop"))
    revoked_edit = edit("title", "после отзыва", office.tour)
    own = edit("notes", "заметка округа", office.tour, dev="district-office")
    merged = tmp_path / "merged.fieldsync"
    merged.write_bytes(build_package(Producer("district-office", coordinator, "test", SCHEMA_VERSION),
                                     [revoked_edit, own], vector={}))
    result = cli("sync", "import", office.path, merged, "--lang", "en")
    assert result.code == 0, result
    assert f"1 changes of revoked device {LAPTOP} were not applied" in result.err
    with replica(office.path) as ctx:
        tour = tours.list_tours(ctx)[0]
    assert tour.title == "Выезд 1" and tour.notes == "заметка округа"
    # Relayed whole inside the office's bundle, the revoked laptop's own package is refused.
    inner = build_package(Producer(LAPTOP, laptop_key, "test", SCHEMA_VERSION), [revoked_edit], vector={})
    bundle = tmp_path / "bundle.fieldsync"
    bundle.write_bytes(build_package(Producer("district-office", coordinator, "test", SCHEMA_VERSION), [],
                                     vector={}, inner=[inner]))
    refused(office.path, bundle, "revoked")


# --- 11. a tampered copy of a package imported before -----------------------------------------------------------


def test_a_tampered_copy_of_an_imported_package_is_refused_not_already_imported(
        office: Office, tmp_path: Path, laptop_key: Ed25519PrivateKey) -> None:
    pkg = package(tmp_path, laptop_key, [edit("title", "правка", office.tour)])
    assert cli("sync", "import", office.path, pkg).code == 0
    data = pkg.read_bytes()
    part = zipfile.ZipFile(io.BytesIO(data)).read("changes/0000.bin")
    tampered = tmp_path / "tampered.fieldsync"
    tampered.write_bytes(rezip(data, replace={"changes/0000.bin": part[:-1] + bytes([part[-1] ^ 1])}))
    refused(office.path, tampered, "checksum")
    extra = tmp_path / "extra.fieldsync"
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(extra, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("changes/9999.bin", msgpack.packb([]))
    refused(office.path, extra, "damaged")
    again = cli("sync", "import", office.path, pkg)
    assert again.code == 0 and "already imported" in again.out


def test_the_service_names_the_file_and_the_field(office: Office, tmp_path: Path,
                                                  laptop_key: Ed25519PrivateKey) -> None:
    pkg = package(tmp_path, laptop_key, [edit("received_at", "not a date", office.tour, tbl="reception")])
    with replica(office.path) as ctx, pytest.raises(ValidationError) as err:
        sync.import_packages(ctx, [pkg])
    text = err.value.message("ru")
    assert pkg.name in text and "reception.received_at" in text


def test_a_typed_resolution_must_be_a_value_of_the_fields_type(tmp_path: Path) -> None:
    """A conflict resolved by typing: the text becomes the field's type, or is refused — a value every peer would
    refuse must never enter this device's log, or all its later packages would be refused with it."""
    from sync_helpers import enrol_all, seed

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    ids = seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    for path, day in ((a, date(2026, 3, 3)), (b, date(2026, 3, 4))):
        with replica(path) as ctx:
            tours.update_tour(ctx, ids["tour1"], "Выезд 1", starts_on=day)
    package = tmp_path / "b.fieldsync"
    with replica(b) as ctx:
        sync.export_package(ctx, package)
    with replica(a) as ctx:
        sync.import_packages(ctx, [package])
        assert [c.field for c in sync.list_conflicts(ctx)] == ["starts_on"]
        before = sync.digest(ctx)
        with pytest.raises(ValidationError) as refused:
            sync.resolve_conflict(ctx, "tour", ids["tour1"], "starts_on", value="пятое марта")
        assert refused.value.code == "sync.bad_value" and sync.digest(ctx) == before
        sync.resolve_conflict(ctx, "tour", ids["tour1"], "starts_on", value="2026-03-05")
        assert tours.get_tour(ctx, ids["tour1"]).starts_on == date(2026, 3, 5)
        assert sync.list_conflicts(ctx) == []


# --- relaying: what `sync export --relay` vouches for ---------------------------------------------------------------
# The export checks every package it relays against this office's enrolments before signing the bundle. A refused
# relay is exit 1 with one `error:` line naming the file, no bundle left behind, the office's data as it was.

TITLE_FIXED = "Выезд 1 (уточнено)"


def relay_refused(office: Office, tmp_path: Path, relay: Path, needle: str) -> None:
    before = digest(office.path)
    out = tmp_path / "bundle.fieldsync"
    result = cli("sync", "export", office.path, "-o", out, "--relay", relay, "--lang", "en")
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert relay.name in lines[0] and needle in lines[0], result.err
    assert not out.exists() and not list(tmp_path.glob("bundle*")), "a refused export leaves no file behind"
    assert digest(office.path) == before


def _inner_count(bundle: Path) -> int:
    with zipfile.ZipFile(bundle) as z:
        return len([n for n in z.namelist() if n.startswith("inner/")])


def test_a_laptops_package_is_relayed_and_reaches_another_laptop(office: Office, tmp_path: Path,
                                                                  laptop_key: Ed25519PrivateKey) -> None:
    """Laptop B trusts the office alone; the bundle brings it the office's records and laptop A's edit of them."""
    relay = package(tmp_path, laptop_key, [edit("title", TITLE_FIXED, office.tour)])
    other = tmp_path / "laptop-b.db"
    office_key, other_key = tmp_path / "office.key", tmp_path / "laptop-b.key"
    with replica(other):
        pass
    assert cli("sync", "device", office.path, "--export-key", office_key).code == 0
    assert cli("sync", "device", other, "--export-key", other_key).code == 0
    with replica(other) as ctx:
        sync.enrol(ctx, office_key, office=True)
    out = tmp_path / "bundle.fieldsync"
    result = cli("sync", "export", office.path, "-o", out, "--relay", relay, "--to", other_key, "--lang", "en")
    assert result.code == 0, result
    assert _inner_count(out) == 1
    imported = cli("sync", "import", other, out, "--lang", "en")
    assert imported.code == 0, imported
    with replica(other) as ctx:
        assert [t.title for t in tours.list_tours(ctx)] == [TITLE_FIXED]


def test_a_tampered_package_is_not_relayed(office: Office, tmp_path: Path, laptop_key: Ed25519PrivateKey) -> None:
    good = package(tmp_path, laptop_key, [edit("title", TITLE_FIXED, office.tour)]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        part = next(n for n in z.namelist() if n.startswith("changes/"))
        data = bytearray(z.read(part))
    data[len(data) // 2] ^= 0xFF
    relay = tmp_path / "tampered.fieldsync"
    relay.write_bytes(rezip(good, replace={part: bytes(data)}))
    relay_refused(office, tmp_path, relay, "does not match its signed checksum")


def test_a_package_from_a_key_not_enrolled_here_is_not_relayed(office: Office, tmp_path: Path) -> None:
    relay = package(tmp_path, Ed25519PrivateKey.generate(), [edit("title", TITLE_FIXED, office.tour, dev=OTHER)],
                    producer=OTHER)
    relay_refused(office, tmp_path, relay, "not enrolled here")


def test_a_file_that_is_not_a_package_is_not_relayed(office: Office, tmp_path: Path) -> None:
    relay = tmp_path / "notes.fieldsync"
    relay.write_bytes(b"PK\x03\x04 not really a zip")
    relay_refused(office, tmp_path, relay, "damaged or truncated")


def _sealed(key: Ed25519PrivateKey, producer: str, change: Change) -> bytes:
    """A package sealed for a reader that is not this office."""
    reader = X25519PrivateKey.generate().public_key().public_bytes_raw()
    return build_package(Producer(producer, key, "laptop", SCHEMA_VERSION), [change], vector={}, recipients=[reader])


def test_a_package_sealed_for_another_laptop_is_relayed_unread(office: Office, tmp_path: Path,
                                                               laptop_key: Ed25519PrivateKey) -> None:
    """The office cannot read it, but checks who signed it and relays it whole."""
    relay = tmp_path / "sealed.fieldsync"
    relay.write_bytes(_sealed(laptop_key, LAPTOP, edit("title", TITLE_FIXED, office.tour)))
    out = tmp_path / "bundle.fieldsync"
    result = cli("sync", "export", office.path, "-o", out, "--relay", relay, "--lang", "en")
    assert result.code == 0, result
    assert _inner_count(out) == 1


def test_a_sealed_package_from_a_stranger_is_still_refused(office: Office, tmp_path: Path) -> None:
    """Not being able to read a package is no reason to trust its signer."""
    relay = tmp_path / "sealed-stranger.fieldsync"
    relay.write_bytes(_sealed(Ed25519PrivateKey.generate(), OTHER, edit("title", TITLE_FIXED, office.tour, dev=OTHER)))
    relay_refused(office, tmp_path, relay, "not enrolled here")
