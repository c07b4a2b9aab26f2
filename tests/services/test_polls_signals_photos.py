"""Poll tallies per device summed, signals with coordinates and their workflow, photos in the content-addressed
store."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.enums import PhotoRole, SignalStatus
from fieldapp.services import control, people, polls, signals
from fieldapp.services.context import Context
from fieldapp.services.control import Responsible
from fieldapp.services.photos import attach_photo, delete_photo, list_photos, photo_bytes, sniff_mime
from fieldapp.services.signals import SignalDraft
from fieldapp.services.tours import ActivityDraft, add_activity
from fieldapp.storage.tables import Photo, PollTally

DEVICE_A = "0190aaaa-0000-7000-8000-00000000000a"
DEVICE_B = "0190bbbb-0000-7000-8000-00000000000b"

# -- polls ------------------------------------------------------------------------------------------------------------


@pytest.fixture
def poll(ctx: Context, world: Any) -> str:
    return polls.create_poll(
        ctx, "А вы привыкли к новому времени?",
        [("Да", "Иә"), ("Нет", "Жоқ"), ("Частично", "Ішінара"), "Затрудняюсь ответить"],
        question_kk="Жаңа уақытқа үйрендіңіз бе?", campaign_id=world.campaign,
    )


def test_poll_tallies_of_two_devices_are_summed(ctx: Context, world: Any, poll: str, switch_device: Any) -> None:
    yes, no, partly, unsure = (o.id for o in polls.get_poll(ctx, poll).options)
    switch_device(ctx, DEVICE_A)
    for option, n in ((yes, 25), (no, 108), (partly, 40), (unsure, 5)):
        polls.set_tally(ctx, option, n, stop_id=world.stop)
    switch_device(ctx, DEVICE_B)
    for option, n in ((yes, 15), (no, 100), (partly, 20), (unsure, 10)):
        polls.set_tally(ctx, option, n, stop_id=world.stop)
    results = polls.poll_results(ctx, poll)
    assert [o.count for o in results.options] == [40, 208, 60, 15]  # the seed's figures
    assert results.total == 323 and results.stop_total(world.stop) == 323
    assert results.options[1].share(results.total) == pytest.approx(208 / 323)
    assert [o.option.label("kk") for o in results.options][:3] == ["Иә", "Жоқ", "Ішінара"]
    with ctx.db.session() as s:
        rows = s.query(PollTally).filter_by(option_id=no).all()
        assert sorted((r.device_id, r.count) for r in rows) == [(DEVICE_A, 108), (DEVICE_B, 100)]


def test_setting_replaces_only_this_devices_count_and_adding_adds(ctx: Context, world: Any, poll: str,
                                                                   switch_device: Any, refused: Any) -> None:
    yes = polls.get_poll(ctx, poll).options[0].id
    switch_device(ctx, DEVICE_A)
    polls.set_tally(ctx, yes, 10, stop_id=world.stop)
    switch_device(ctx, DEVICE_B)
    polls.set_tally(ctx, yes, 7, stop_id=world.stop)
    assert polls.set_tally(ctx, yes, 8, stop_id=world.stop) == 8
    assert polls.add_to_tally(ctx, yes, stop_id=world.stop) == 9
    assert polls.add_to_tally(ctx, yes, -2, stop_id=world.stop) == 7
    assert polls.poll_results(ctx, poll).options[0].count == 17
    with refused("number.negative", "count"):
        polls.add_to_tally(ctx, yes, -8, stop_id=world.stop)
    with refused("number.negative", "count"):
        polls.set_tally(ctx, yes, -1, stop_id=world.stop)
    assert polls.poll_results(ctx, poll).options[0].count == 17


def test_results_per_stop(ctx: Context, world: Any, poll: str) -> None:
    from fieldapp.services import tours

    second = tours.add_stop(ctx, world.tour, world.karakemer)
    yes = polls.get_poll(ctx, poll).options[0].id
    polls.set_tally(ctx, yes, 4, stop_id=world.stop)
    polls.set_tally(ctx, yes, 6, stop_id=second)
    polls.set_tally(ctx, yes, 1)  # answers gathered outside any stop
    everything = polls.poll_results(ctx, poll)
    assert everything.options[0].count == 11
    assert dict(everything.options[0].by_stop) == {world.stop: 4, second: 6, None: 1}
    assert polls.poll_results(ctx, poll, stop_id=second).total == 6


def test_poll_needs_two_options_and_options_can_be_edited(ctx: Context, poll: str, refused: Any) -> None:
    with refused("poll.options", "option"):
        polls.create_poll(ctx, "Вопрос?", ["Да"])
    with refused("required", "option"):
        polls.create_poll(ctx, "Вопрос?", ["Да", "  "])
    extra = polls.add_option(ctx, poll, ("Не знаю", "Білмеймін"))
    assert polls.get_poll(ctx, poll).options[-1].id == extra and polls.get_poll(ctx, poll).options[-1].seq == 5
    polls.delete_option(ctx, extra)
    assert len(polls.get_poll(ctx, poll).options) == 4


# -- signals --------------------------------------------------------------------------------------------------------


def test_graffiti_needs_coordinates(ctx: Context, refused: Any) -> None:
    with refused("coordinates.required", "coordinates"):
        signals.record_signal(ctx, SignalDraft(kind="drug graffiti", address="ул. Жамбыла, 12"))
    with refused("coordinates.required", "longitude"):
        signals.record_signal(ctx, SignalDraft(kind="drug graffiti", latitude=54.87))
    tip = signals.record_signal(ctx, SignalDraft(kind="граффити с рекламой наркотиков",
                                                 coordinates="https://maps.google.com/?q=54.8730,69.1500"))
    got = signals.get_signal(ctx, tip)
    assert (got.latitude, got.longitude) == (54.873, 69.15) and got.received_at == datetime(2026, 3, 2, 10, 30)
    # other kinds may come without a place
    assert signals.get_signal(ctx, signals.record_signal(ctx, SignalDraft(kind="drug sale"))).latitude is None


@pytest.mark.parametrize("pasted", ["54.8730, 69.1500", "54,8730; 69,1500", "54.8730° N 69.1500° E",
                                    "https://www.google.com/maps/@54.873,69.15,17z"])
def test_coordinates_pasted_from_a_messenger(ctx: Context, pasted: str) -> None:
    tip = signals.record_signal(ctx, SignalDraft(kind="drug graffiti", coordinates=pasted))
    got = signals.get_signal(ctx, tip)
    assert got.latitude == pytest.approx(54.873) and got.longitude == pytest.approx(69.15)


@pytest.mark.parametrize(("lat", "lon", "code", "field"), [(90.5, 69.0, "latitude.range", "latitude"),
                                                            (-90.5, 69.0, "latitude.range", "latitude"),
                                                            (54.0, 181.0, "longitude.range", "longitude"),
                                                            (54.0, -180.5, "longitude.range", "longitude")])
def test_out_of_range_coordinates_are_refused(ctx: Context, refused: Any, lat: float, lon: float, code: str,
                                              field: str) -> None:
    with refused(code, field):
        signals.record_signal(ctx, SignalDraft(kind="drug graffiti", latitude=lat, longitude=lon))
    with refused("coordinates.parse", "coordinates"):
        signals.record_signal(ctx, SignalDraft(kind="drug graffiti", coordinates="где-то у школы"))


def test_signal_workflow(ctx: Context, refused: Any) -> None:
    tip = signals.record_signal(ctx, SignalDraft(kind="drug graffiti", latitude=54.87, longitude=69.15))
    with refused("signal.transition", "status"):
        signals.set_signal_status(ctx, tip, "removed")  # not verified yet
    signals.set_signal_status(ctx, tip, "проверен")
    assert signals.get_signal(ctx, tip).resolved_at is None
    signals.set_signal_status(ctx, tip, SignalStatus.REMOVED, at=datetime(2026, 3, 3, 16, 0))
    got = signals.get_signal(ctx, tip)
    assert got.status is SignalStatus.REMOVED and got.resolved_at == datetime(2026, 3, 3, 16, 0)
    for target in SignalStatus:
        with refused("signal.transition"):
            signals.set_signal_status(ctx, tip, target)

    fake = signals.record_signal(ctx, SignalDraft(kind="drug sale", description="ложный вызов"))
    signals.set_signal_status(ctx, fake, "rejected")
    got = signals.get_signal(ctx, fake)
    assert got.status is SignalStatus.REJECTED and got.resolved_at == datetime(2026, 3, 2, 10, 30)
    assert [s.id for s in signals.list_signals(ctx, status="removed")] == [tip]
    assert [s.id for s in signals.list_signals(ctx, kind="drug sale")] == [fake]
    signals.delete_signal(ctx, fake)
    assert [s.id for s in signals.list_signals(ctx)] == [tip]


# -- photos ------------------------------------------------------------------------------------------------------------

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(64)
PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(32)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + os.urandom(16)
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00" + os.urandom(16)


def blob_files(ctx: Context) -> list[Path]:
    return sorted(p for p in ctx.blobs.rglob("*") if p.is_file())


def test_same_bytes_twice_make_one_blob(ctx: Context, world: Any, tmp_path: Path) -> None:
    source = tmp_path / "IMG_0001.jpg"
    source.write_bytes(JPEG)
    first = attach_photo(ctx, "stop", world.stop, source, caption="Диалоговая площадка", credit="Фото: акимат")
    second = attach_photo(ctx, "stop", world.stop, JPEG, role="после")
    sha = hashlib.sha256(JPEG).hexdigest()
    assert first.sha256 == second.sha256 == sha and first.id != second.id
    assert blob_files(ctx) == [ctx.blobs / sha[:2] / sha[2:]]
    assert first.path == ctx.blobs / sha[:2] / sha[2:] and first.path.read_bytes() == JPEG
    assert (first.mime, first.size, second.role) == ("image/jpeg", len(JPEG), PhotoRole.AFTER)
    assert [p.caption for p in list_photos(ctx, "stop", world.stop)] == ["Диалоговая площадка", ""]
    assert photo_bytes(ctx, first.id) == JPEG


def test_an_existing_blob_is_not_rewritten_and_no_temp_files_stay(ctx: Context) -> None:
    sha = ctx.blob_store.put(PNG)
    path = ctx.blobs / sha[:2] / sha[2:]
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10**9, before - 10**9))
    ctx.blob_store.put(PNG)
    assert path.stat().st_mtime_ns == before - 10**9
    assert [p.name for p in blob_files(ctx)] == [sha[2:]]


def test_a_damaged_blob_is_detected_on_read_and_repaired_by_the_same_bytes(ctx: Context, world: Any,
                                                                           refused: Any) -> None:
    photo = attach_photo(ctx, "stop", world.stop, JPEG)
    photo.path.write_bytes(JPEG[:-1] + b"\x00")
    with refused("photo.corrupt", "photo"):
        photo_bytes(ctx, photo.id)
    attach_photo(ctx, "stop", world.stop, JPEG)
    assert photo_bytes(ctx, photo.id) == JPEG
    photo.path.unlink()
    with refused("photo.missing", "photo"):
        photo_bytes(ctx, photo.id)


def test_mime_is_sniffed_from_the_bytes() -> None:
    assert [sniff_mime(b) for b in (JPEG, PNG, WEBP, HEIC)] == ["image/jpeg", "image/png", "image/webp", "image/heic"]
    assert sniff_mime(b"GIF89a") is None and sniff_mime(b"%PDF-1.7") is None


def test_bad_files_are_refused(ctx: Context, world: Any, tmp_path: Path, refused: Any) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with refused("photo.empty", "photo"):
        attach_photo(ctx, "stop", world.stop, empty)
    with refused("photo.unreadable", "photo"):
        attach_photo(ctx, "stop", world.stop, tmp_path / "missing.jpg")
    with refused("photo.unreadable", "photo"):
        attach_photo(ctx, "stop", world.stop, tmp_path)  # a folder
    text = tmp_path / "notes.jpg"
    text.write_text("не фото", encoding="utf-8")
    with refused("photo.format", "photo"):
        attach_photo(ctx, "stop", world.stop, text)
    # Larger than a package may carry to the other laptops: refused before it is read (a sparse 65 MB file).
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as fh:
        fh.write(JPEG)
        fh.truncate(65 << 20)
    with refused("photo.too_large", "photo"):
        attach_photo(ctx, "stop", world.stop, huge)
    with refused("photo.too_large", "photo"):
        attach_photo(ctx, "stop", world.stop, JPEG + bytes(65 << 20))
    with refused("record.not_found", "stop"):
        attach_photo(ctx, "stop", "no-such-stop", JPEG)
    with refused("photo.owner", "photo"):
        attach_photo(ctx, "reception", world.stop, JPEG)  # type: ignore[arg-type]
    assert blob_files(ctx) == [] and list_photos(ctx, "stop", world.stop) == ()


def test_photos_of_each_kind_of_owner_and_tombstones(ctx: Context, world: Any) -> None:
    activity = add_activity(ctx, world.stop, ActivityDraft(type="flash mob"))
    tip = signals.record_signal(ctx, SignalDraft(kind="drug graffiti", coordinates="54.87, 69.15"))
    item = control.take_under_control(ctx, "Мост", Responsible(org_id=people.create_organization(ctx, "Акимат")))
    before = attach_photo(ctx, "signal", tip, PNG, role="до")
    attach_photo(ctx, "signal", tip, WEBP, role=PhotoRole.AFTER)
    attach_photo(ctx, "activity", activity, HEIC)
    attach_photo(ctx, "control_item", item, JPEG)
    assert [p.role for p in list_photos(ctx, "signal", tip)] == [PhotoRole.BEFORE, PhotoRole.AFTER]
    assert len(list_photos(ctx, "activity", activity)) == len(list_photos(ctx, "control_item", item)) == 1
    delete_photo(ctx, before.id)
    assert [p.role for p in list_photos(ctx, "signal", tip)] == [PhotoRole.AFTER]
    with ctx.db.session() as s:
        row = s.get(Photo, before.id)
        assert row is not None and row.deleted
    assert before.path.exists()  # the blob stays: other rows or a sync may still need it
