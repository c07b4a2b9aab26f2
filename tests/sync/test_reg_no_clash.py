"""Registration numbers handed out twice (device codes that collide, a copied file) never break an import silently."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sync_helpers import digest, enrol_all, replica

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.ids import device_code
from fieldapp.services import campaigns, places, receptions, sync, tours
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.storage.database import open_database
from fieldapp.storage.local_meta import set_meta


def laptop(path: Path, device: str | None = None) -> str:
    """A laptop with a group coded ЖГ1 and one stop; returns the stop. `device` forces its device id."""
    if device is not None:
        with open_database(path, create=True) as db, db.session() as s:
            set_meta(s, "device_id", device)
    with replica(path) as ctx:
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
        village = places.create_settlement(ctx, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project")
        group = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
        tour = tours.create_tour(ctx, campaign, "Выезд", group_ids=[group])
        return tours.add_stop(ctx, tour, village, venue="Дом культуры", venue_type="дом культуры")


def receive(path: Path, stop: str, name: str) -> receptions.SavedReception:
    with replica(path) as ctx:
        return receptions.record_reception(ctx, ReceptionDraft(stop_id=stop, applicant_name=name))


def export(path: Path, out: Path) -> Path:
    with replica(path) as ctx:
        sync.export_package(ctx, out)
    return out


def twin(device: str) -> str:
    """Another device id with the same short code: the same random low bits, another timestamp."""
    value = uuid.UUID(device).int ^ (1 << 100)
    twin_id = str(uuid.UUID(int=value))
    assert device_code(twin_id) == device_code(device) and twin_id != device
    return twin_id


def test_two_devices_with_one_code_are_refused_naming_both_receptions(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    dev_a = "0190a1b2-0000-7000-8000-00000000a5a5"
    stop_a, stop_b = laptop(a, dev_a), laptop(b, twin(dev_a))
    open_database(c, create=True).close()
    enrol_all([a, b, c], tmp_path)
    first_a, first_b = receive(a, stop_a, "Абаев Нурлан"), receive(b, stop_b, "Бекова Айгуль")
    assert first_a.reg_no == first_b.reg_no  # the collision, forced
    pkg_a, pkg_b = export(a, tmp_path / "a.fieldsync"), export(b, tmp_path / "b.fieldsync")
    before = digest(b)
    with replica(b) as ctx, pytest.raises(ValidationError) as refused:
        sync.import_packages(ctx, [pkg_a])
    err = refused.value
    assert err.code == "sync.reg_no_clash"
    assert (err.params["reg_no"], err.params["here"], err.params["there"]) == (first_a.reg_no, first_b.id, first_a.id)
    text = err.message("en")
    assert first_a.reg_no in text and first_a.id in text and first_b.id in text and device_code(dev_a) in text
    assert "nothing was imported" in text and "Абаев" not in text
    assert digest(b) == before
    # Both arriving at a third database in one import: the clash is among the packages themselves.
    with replica(c) as ctx, pytest.raises(ValidationError) as refused:
        sync.import_packages(ctx, [pkg_a, pkg_b])
    assert refused.value.code == "sync.reg_no_clash"
    assert {refused.value.params["here"], refused.value.params["there"]} == {first_a.id, first_b.id}
    # The Sync page's import (file by file) reports the file as refused instead of failing on the UNIQUE index.
    from fieldapp.services import sync_files

    with replica(b) as ctx:
        outcome = sync_files.import_files(ctx, [pkg_a]).files[0]
    assert outcome.refused is not None and outcome.refused.code == "sync.reg_no_clash"
    assert digest(b) == before


def test_a_copied_file_numbers_its_talons_under_its_own_code(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    stop = laptop(a)
    receive(a, stop, "Абаев Нурлан")
    b.write_bytes(a.read_bytes())
    # The copy's first talon, before any sync operation could notice the copy and give it an id of its own.
    on_a, on_b = receive(a, stop, "Бекова Айгуль"), receive(b, stop, "Сапаров Ержан")
    assert on_a.reg_no != on_b.reg_no
    enrol_all([a, b], tmp_path)
    with replica(b) as ctx:
        code_b = sync.this_device(ctx).code
    assert on_b.reg_no.split("-")[1] == code_b
    with replica(b) as ctx:
        sync.import_packages(ctx, [export(a, tmp_path / "a.fieldsync")])
    with replica(a) as ctx:
        sync.import_packages(ctx, [export(b, tmp_path / "b.fieldsync")])
    assert digest(a) == digest(b)
