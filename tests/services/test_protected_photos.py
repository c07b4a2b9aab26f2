"""A protected database keeps its photos sealed: no plain byte on disk, shown and printed all the same, carried
whole to another laptop by a package and sealed again there when that one is protected too."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from fieldapp.domain.errors import StorageError
from fieldapp.services import campaigns, photos, places, sync, tours
from fieldapp.services.context import Context
from fieldapp.services.reports import ReportRequest, build_report
from fieldapp.storage.blobs import MAGIC
from fieldapp.storage.database import open_database
from fieldapp.storage.protection import create_protected
from fieldapp.storage.tables import Photo

NOW = datetime(2026, 3, 2, 10, 30)


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 200), (60, 110, 160)).save(out, "PNG")
    return out.getvalue()


PNG = png()


def laptop(folder: Path, *, protected: bool) -> Context:
    path = folder / "field.db"
    folder.mkdir(parents=True, exist_ok=True)
    key = create_protected(path, "coordinator", "demo") if protected else None
    db = open_database(path, key, create=True)
    return Context(db=db, blobs=folder / "blobs", clock=lambda: NOW)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    """The coordinator's protected database (the `world` fixture of conftest.py is built in it)."""
    office = laptop(tmp_path / "office", protected=True)
    yield office
    office.db.close()


@pytest.fixture
def office(ctx: Context) -> Context:
    return ctx


def make_stop(ctx: Context) -> str:
    region = places.create_region(ctx, "Жамбылская область")
    district = places.create_district(ctx, region, "Жамбылский район")
    village = places.create_settlement(ctx, district, "Аса")
    tour = tours.create_tour(ctx, campaigns.create_campaign(ctx, "Караван", region_id=region), "Выезд")
    return tours.add_stop(ctx, tour, village, planned_on=date(2026, 3, 2))


def stored_files(ctx: Context) -> list[Path]:
    return sorted(p for p in ctx.blobs.rglob("*") if p.is_file())


def assert_sealed(ctx: Context, content: bytes) -> None:
    digest = hashlib.sha256(content).hexdigest()
    [path] = stored_files(ctx)
    assert path.name == digest[2:]
    raw = path.read_bytes()
    assert raw.startswith(MAGIC)
    assert b"\x89PNG" not in raw and b"IHDR" not in raw and content[:64] not in raw and content[-64:] not in raw


def test_a_protected_databases_photo_is_sealed_on_disk_and_shown_whole(office: Context, world: Any) -> None:
    info = photos.attach_photo(office, "stop", world.stop, PNG, caption="Встреча в Аса")
    assert info.sha256 == hashlib.sha256(PNG).hexdigest()
    assert_sealed(office, PNG)
    assert info.path == stored_files(office)[0]
    assert photos.photo_bytes(office, info.id) == PNG
    again = photos.attach_photo(office, "stop", world.stop, PNG)
    assert again.sha256 == info.sha256 and len(stored_files(office)) == 1


def test_a_report_of_a_protected_database_prints_the_photo(office: Context, world: Any, tmp_path: Path) -> None:
    photos.attach_photo(office, "stop", world.stop, PNG, caption="Диалоговая площадка в Аса",
                        credit="Фото: акимат")
    out = build_report(office, ReportRequest(kind="tour", output=tmp_path / "tour.pdf", record_id=world.tour))
    pages = PdfReader(out).pages
    images = [image for page in pages for image in page.images]
    assert images, "the photo is missing from the report"
    assert images[0].image is not None and images[0].image.size == (320, 200)
    assert "Диалоговая площадка в Аса" in " ".join("".join(page.extract_text() for page in pages).split())


def test_a_tampered_sealed_photo_is_refused_clearly(office: Context, world: Any) -> None:
    info = photos.attach_photo(office, "stop", world.stop, PNG)
    raw = bytearray(info.path.read_bytes())
    raw[-20] ^= 0xFF
    info.path.write_bytes(bytes(raw))
    with pytest.raises(StorageError) as caught:
        photos.photo_bytes(office, info.id)
    assert caught.value.code == "photo.tampered" and str(info.path) in caught.value.message("en")
    assert "fails authentication" in caught.value.message("en")


def test_a_plain_database_keeps_plain_photo_files(tmp_path: Path) -> None:
    plain = laptop(tmp_path / "plain", protected=False)
    try:
        stop = photos.attach_photo(plain, "stop", make_stop(plain), PNG)
        assert stored_files(plain) == [plain.blobs / stop.sha256[:2] / stop.sha256[2:]]
        assert stop.path.read_bytes() == PNG and photos.photo_bytes(plain, stop.id) == PNG
    finally:
        plain.db.close()


def test_photos_of_a_protected_database_made_before_sealing_are_still_read(office: Context, world: Any) -> None:
    info = photos.attach_photo(office, "stop", world.stop, PNG)
    # As an earlier version left it: the plain bytes at the top of the store, no sealed file.
    info.path.unlink()
    legacy = office.blobs / info.sha256[:2] / info.sha256[2:]
    legacy.parent.mkdir(parents=True, exist_ok=True)
    legacy.write_bytes(PNG)
    assert photos.photo_bytes(office, info.id) == PNG
    assert info.path.read_bytes().startswith(MAGIC)  # sealed when first read


@pytest.mark.parametrize("receiver_protected", [True, False], ids=["protected receiver", "plain receiver"])
def test_a_package_carries_the_plain_photo_to_the_receiver(office: Context, world: Any, tmp_path: Path,
                                                           receiver_protected: bool) -> None:
    info = photos.attach_photo(office, "stop", world.stop, PNG, caption="Встреча")
    receiver = laptop(tmp_path / "laptop", protected=receiver_protected)
    try:
        sync.export_key(office, tmp_path / "office.key")
        sync.export_key(receiver, tmp_path / "laptop.key")
        sync.enrol(office, tmp_path / "laptop.key")
        sync.enrol(receiver, tmp_path / "office.key")
        package = tmp_path / "office.fieldsync"
        summary = sync.export_package(office, package, recipients=[tmp_path / "laptop.key"])
        assert summary.blobs == 1 and summary.encrypted_for == 1
        assert PNG[:64] not in package.read_bytes()  # encrypted for the laptop: not even the photo in clear
        result = sync.import_packages(receiver, [package])
        assert result.blobs_written == 1
        with receiver.db.session() as s:
            [row] = [p for p in s.query(Photo).all() if p.id == info.id]
            sha = row.sha256
        content = photos.photo_bytes(receiver, info.id)
        assert hashlib.sha256(content).hexdigest() == sha == info.sha256 and content == PNG
        if receiver_protected:
            assert_sealed(receiver, PNG)
        else:
            assert stored_files(receiver)[0].read_bytes() == PNG
    finally:
        receiver.db.close()
