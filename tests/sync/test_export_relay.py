"""What `sync export --relay` lets into a bundle: a coordinator relays laptops' packages to others, and the export
checks each one against this office's enrolments before it vouches for it with its own signature (SYNC.md, "Trust").

An office set up from an empty database through the services enrols one laptop; that laptop's packages are built by
hand. A refused relay is exit 1 with one `error:` line naming the file, no bundle is written, and the office's data
is as it was.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sync_helpers import cli, digest, office_with_laptop, replica, rezip, signed_package

from fieldapp.services import sync, tours
from fieldapp.sync.changelog import Change
from fieldapp.sync.fields import SCHEMA_VERSION
from fieldapp.sync.hlc import pack
from fieldapp.sync.package import Producer, build_package

LAPTOP = "0190a1b2-0000-7000-8000-00000000b001"
STRANGER = "0190a1b2-0000-7000-8000-00000000b002"


class Office:
    def __init__(self, path: Path, tour: str) -> None:
        self.path, self.tour = path, tour


@pytest.fixture
def laptop_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def office(tmp_path: Path, laptop_key: Ed25519PrivateKey) -> Iterator[Office]:
    path = tmp_path / "office.db"
    tour, _device = office_with_laptop(path, laptop_key, LAPTOP)
    yield Office(path, tour)


def _edit(tour: str, dev: str = LAPTOP) -> Change:
    stamp = pack(int(time.time() * 1000) + 60_000)
    return Change(dev, 1, stamp, "tour", tour, "title", "Выезд 1 (уточнено)", None, None, SCHEMA_VERSION)


def refused(office: Office, tmp_path: Path, relay: Path, needle: str) -> None:
    before = digest(office.path)
    out = tmp_path / "bundle.fieldsync"
    result = cli("sync", "export", office.path, "-o", out, "--relay", relay, "--lang", "en")
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert relay.name in lines[0] and needle in lines[0], result.err
    assert not out.exists() and not list(tmp_path.glob("bundle*")), "a refused export leaves no file behind"
    assert digest(office.path) == before


def test_a_laptops_package_is_relayed_and_reaches_another_laptop(office: Office, tmp_path: Path,
                                                                  laptop_key: Ed25519PrivateKey) -> None:
    """Laptop B trusts the office alone; the bundle brings it the office's records and laptop A's edit of them."""
    relay = signed_package(tmp_path, laptop_key, LAPTOP, [_edit(office.tour)])
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
    with zipfile.ZipFile(out) as bundle:
        assert len([n for n in bundle.namelist() if n.startswith("inner/")]) == 1
    imported = cli("sync", "import", other, out, "--lang", "en")
    assert imported.code == 0, imported
    with replica(other) as ctx:
        assert [t.title for t in tours.list_tours(ctx)] == ["Выезд 1 (уточнено)"]


def test_a_tampered_package_is_not_relayed(office: Office, tmp_path: Path, laptop_key: Ed25519PrivateKey) -> None:
    good = signed_package(tmp_path, laptop_key, LAPTOP, [_edit(office.tour)]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        part = next(n for n in z.namelist() if n.startswith("changes/"))
        data = bytearray(z.read(part))
    data[len(data) // 2] ^= 0xFF
    relay = tmp_path / "tampered.fieldsync"
    relay.write_bytes(rezip(good, replace={part: bytes(data)}))
    refused(office, tmp_path, relay, "does not match its signed checksum")


def test_a_package_from_a_key_not_enrolled_here_is_not_relayed(office: Office, tmp_path: Path) -> None:
    stranger = Ed25519PrivateKey.generate()
    relay = signed_package(tmp_path, stranger, STRANGER, [_edit(office.tour, STRANGER)])
    refused(office, tmp_path, relay, "not enrolled here")


def test_a_package_that_is_not_a_package_is_not_relayed(office: Office, tmp_path: Path) -> None:
    relay = tmp_path / "notes.fieldsync"
    relay.write_bytes(b"PK\x03\x04 not really a zip")
    refused(office, tmp_path, relay, "damaged or truncated")


def test_a_package_encrypted_for_other_devices_is_relayed_unread(office: Office, tmp_path: Path,
                                                                 laptop_key: Ed25519PrivateKey) -> None:
    """The office cannot read a package sealed for another laptop, but checks who signed it and relays it whole."""
    other_reader = X25519PrivateKey.generate().public_key().public_bytes_raw()
    sealed = build_package(Producer(LAPTOP, laptop_key, "laptop", SCHEMA_VERSION), [_edit(office.tour)],
                           vector={}, recipients=[other_reader])
    relay = tmp_path / "sealed.fieldsync"
    relay.write_bytes(sealed)
    out = tmp_path / "bundle.fieldsync"
    result = cli("sync", "export", office.path, "-o", out, "--relay", relay, "--lang", "en")
    assert result.code == 0, result
    with zipfile.ZipFile(out) as bundle:
        assert len([n for n in bundle.namelist() if n.startswith("inner/")]) == 1


def test_a_sealed_package_from_a_stranger_is_still_refused(office: Office, tmp_path: Path) -> None:
    """Not being able to read a package is no reason to trust its signer."""
    stranger = Ed25519PrivateKey.generate()
    other_reader = X25519PrivateKey.generate().public_key().public_bytes_raw()
    relay = tmp_path / "sealed-stranger.fieldsync"
    relay.write_bytes(build_package(Producer(STRANGER, stranger, "x", SCHEMA_VERSION), [_edit(office.tour, STRANGER)],
                                    vector={}, recipients=[other_reader]))
    refused(office, tmp_path, relay, "not enrolled here")
