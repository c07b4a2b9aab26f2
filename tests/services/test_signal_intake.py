"""Signals from photos and chat exports, with real files: JPEGs written by Pillow with real EXIF GPS tags (degrees,
minutes, seconds as rationals, N/S/E/W refs), a Telegram Desktop result.json and a WhatsApp _chat.txt in those
apps' own formats, then the signals written through the services into a database made as `fieldapp init` makes it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from photo_helpers import jpeg
from PIL.TiffImagePlugin import IFDRational

from fieldapp.domain.enums import PhotoRole, SignalKind
from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.services import photos, signals
from fieldapp.services.context import Context
from fieldapp.services.signal_intake import Placement, create_signals, merge, read_facts, scan

NOW = datetime(2026, 12, 8, 9, 0)  # also the clock of the `boss` fixture (tests/conftest.py)


def test_exif_gps_is_read_back_in_every_hemisphere(tmp_path: Path) -> None:
    north = read_facts(jpeg(tmp_path / "n.jpg", 54.873112, 69.152, "2026:12:07 14:03:11"), NOW)
    assert north.latitude == pytest.approx(54.873112, abs=1e-6)
    assert north.longitude == pytest.approx(69.152, abs=1e-6)
    assert north.taken_at == datetime(2026, 12, 7, 14, 3, 11)
    south_west = read_facts(jpeg(tmp_path / "sw.jpg", -33.8688, -70.6693), NOW)
    assert (south_west.latitude, south_west.longitude) == (pytest.approx(-33.8688, abs=1e-6),
                                                           pytest.approx(-70.6693, abs=1e-6))
    assert read_facts(jpeg(tmp_path / "none.jpg"), NOW).latitude is None


def test_a_rounding_carry_of_sixty_seconds_is_read(tmp_path: Path) -> None:
    """42.9° written by a converter that rounds: 42° 53′ 60″ (the same place as 42° 54′ 0″)."""
    carry = (IFDRational(42, 1), IFDRational(53, 1), IFDRational(60000, 1000))
    facts = read_facts(jpeg(tmp_path / "carry.jpg", 42.9, 71.37, raw_lat=carry), NOW)
    assert facts.latitude == pytest.approx(42.9, abs=1e-6)
    beyond = (IFDRational(42, 1), IFDRational(53, 1), IFDRational(61, 1))
    assert read_facts(jpeg(tmp_path / "beyond.jpg", 42.9, 71.37, raw_lat=beyond), NOW).latitude is None


def test_hostile_photos_are_refused_naming_the_file(tmp_path: Path) -> None:
    # Latitude 200° and a date in the future: no position (its problem kept, naming the file), no time.
    absurd = read_facts(jpeg(tmp_path / "absurd.jpg", 10.0, 20.0, "2031:01:01 00:00:00",
                             raw_lat=(IFDRational(200, 1), IFDRational(0, 1), IFDRational(0, 1))), NOW)
    assert absurd.latitude is None and absurd.taken_at is None
    assert absurd.problem is not None and "absurd.jpg" in absurd.problem.message("ru")
    zero_den = read_facts(jpeg(tmp_path / "zero.jpg", 10.0, 20.0,
                               raw_lat=(IFDRational(54, 0), IFDRational(0, 1), IFDRational(0, 1))), NOW)
    assert zero_den.latitude is None and zero_den.problem is not None
    (tmp_path / "notes.jpg").write_text("не фото")
    with pytest.raises(ValidationError) as refused:
        read_facts(tmp_path / "notes.jpg", NOW)
    assert refused.value.code == "photo.format" and "notes.jpg" in refused.value.message("kk")
    (tmp_path / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 10)
    with pytest.raises(ValidationError) as cut:
        read_facts(tmp_path / "cut.jpg", NOW)
    assert cut.value.code == "intake.broken_image"


def telegram_export(folder: Path) -> Path:
    """Telegram Desktop «Export chat history» as JSON, with its photos/ and files/ folders."""
    jpeg(folder / "photos" / "photo_1@07-12-2026_14-03-11.jpg")  # compressed: Telegram strips EXIF
    jpeg(folder / "files" / "IMG_20261207_141500.jpg", 54.8801, 69.1402, "2026:12:07 14:15:00")  # sent as a file
    jpeg(folder / "photos" / "photo_3@07-12-2026_15-00-00.jpg")
    jpeg(folder / "photos" / "photo_4@07-12-2026_16-00-00.jpg")
    data = {
        "name": "Наркограффити СКО", "type": "personal_chat", "id": 5012345678,
        "messages": [
            {"id": 1, "type": "service", "date": "2026-12-07T14:00:00", "actor": "Айгуль", "action": "pin_message"},
            {"id": 2, "type": "message", "date": "2026-12-07T14:03:11", "date_unixtime": "1796637791",
             "from": "Айгуль Н.", "from_id": "user101",
             "photo": "photos/photo_1@07-12-2026_14-03-11.jpg", "width": 1280, "height": 960,
             "text": "Надпись на гараже, ул. Абая 12", "text_entities": [{"type": "plain", "text": "Надпись"}]},
            {"id": 3, "type": "message", "date": "2026-12-07T14:04:02", "from": "Айгуль Н.", "from_id": "user101",
             "location_information": {"latitude": 54.873112, "longitude": 69.152}, "text": ""},
            {"id": 4, "type": "message", "date": "2026-12-07T14:15:00", "from": "Ерлан", "from_id": "user102",
             "file": "files/IMG_20261207_141500.jpg", "mime_type": "image/jpeg", "text": ""},
            {"id": 5, "type": "message", "date": "2026-12-07T15:00:00", "from": "Ерлан", "from_id": "user102",
             "photo": "photos/photo_3@07-12-2026_15-00-00.jpg",
             "text": ["Тут ещё одна ", {"type": "link", "text": "https://2gis.kz/petropavlovsk?m=69.1601,54.8702"}]},
            {"id": 6, "type": "message", "date": "2026-12-07T16:00:00", "from": "Аноним", "from_id": "user103",
             "photo": "photos/photo_4@07-12-2026_16-00-00.jpg", "text": ""},
            {"id": 7, "type": "message", "date": "2026-12-07T16:01:00", "from": "Аноним", "from_id": "user103",
             "photo": "../../etc/passwd", "text": ""},
            {"id": 8, "type": "message", "date": "2026-12-07T16:02:00", "from": "Аноним", "text": ""},
        ],
    }
    path = folder / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_telegram_export_places_each_photo(tmp_path: Path) -> None:
    result = scan([telegram_export(tmp_path / "ChatExport_2026-12-08")], NOW)
    by_name = {p.name: p for p in result.photos}
    assert result.chats == 1 and len(result.photos) == 4
    beside = by_name["photos/photo_1@07-12-2026_14-03-11.jpg"]  # placed by the location sent a minute later
    assert beside.placed_by is Placement.NEARBY
    assert (beside.latitude, beside.longitude) == (54.873112, 69.152)
    assert beside.received_at == datetime(2026, 12, 7, 14, 3, 11)
    assert beside.text == "Надпись на гараже, ул. Абая 12" and beside.reporter == "Айгуль Н."
    exif = by_name["files/IMG_20261207_141500.jpg"]
    assert exif.placed_by is Placement.EXIF and exif.latitude == pytest.approx(54.8801, abs=1e-6)
    linked = by_name["photos/photo_3@07-12-2026_15-00-00.jpg"]  # a 2GIS link: longitude first
    assert linked.placed_by is Placement.MESSAGE and (linked.latitude, linked.longitude) == (54.8702, 69.1601)
    assert by_name["photos/photo_4@07-12-2026_16-00-00.jpg"].placed_by is Placement.NONE
    outside = [p for p in result.problems if p.code == "intake.outside"]
    assert len(outside) == 1 and "../../etc/passwd" in outside[0].message("ru")


def test_malformed_and_huge_chats_are_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "result.json").write_text('{"messages": [{"id": 1,', encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "result.json").write_text('[1, 2, 3]', encoding="utf-8")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "result.json").write_text("[" * 100_000, encoding="utf-8")
    result = scan([tmp_path / "a", tmp_path / "b", tmp_path / "c"], NOW)
    assert not result.photos
    assert [p.code for p in result.problems] == ["intake.chat_malformed"] * 3
    assert all("result.json" in p.message("en") for p in result.problems)
    huge = tmp_path / "d" / "result.json"
    huge.parent.mkdir()
    with huge.open("wb") as out:
        out.truncate((64 << 20) + 1)
    assert [p.code for p in scan([huge], NOW).problems] == ["intake.chat_too_large"]


WHATSAPP = """\
07.12.2026, 13:59 - Сообщения и звонки защищены сквозным шифрованием. Подробнее.
07.12.2026, 14:03 - Айгуль: IMG-20261207-WA0001.jpg (файл добавлен)
Граффити на остановке «Рабочая»
07.12.2026, 14:04 - Айгуль: местоположение: https://maps.google.com/?q=54.873112,69.152000
07.12.2026, 14:10 - Ерлан: IMG-20261207-WA0002.jpg (файл добавлен)
07.12.2026, 14:11 - Ерлан:\u0020
07.12.2026, 14:20 - +7 707 500 96 65: IMG-20261207-WA0003.jpg (файл добавлен)
вот тут 54.8650, 69.1388 возле школы
07.12.2026, 14:30 - Ерлан: <Без медиафайлов>
07.12.2026, 14:31 - Ерлан: ../secret.jpg (файл добавлен)
"""


def test_whatsapp_chat_from_android(tmp_path: Path) -> None:
    folder = tmp_path / "WhatsApp Chat - УПН ДП СКО"
    jpeg(folder / "IMG-20261207-WA0001.jpg")
    jpeg(folder / "IMG-20261207-WA0002.jpg")  # no position anywhere: to be placed by hand
    jpeg(folder / "IMG-20261207-WA0003.jpg")
    (folder / "_chat.txt").write_text(WHATSAPP, encoding="utf-8")
    (tmp_path / "secret.jpg").write_bytes(b"x")
    result = scan([folder], NOW)
    by_name = {p.name: p for p in result.photos}
    assert len(result.photos) == 3
    first = by_name["IMG-20261207-WA0001.jpg"]
    assert first.placed_by is Placement.NEARBY and (first.latitude, first.longitude) == (54.873112, 69.152)
    assert first.text == "Граффити на остановке «Рабочая»" and first.received_at == datetime(2026, 12, 7, 14, 3)
    assert by_name["IMG-20261207-WA0002.jpg"].placed_by is Placement.NONE
    third = by_name["IMG-20261207-WA0003.jpg"]
    assert third.placed_by is Placement.MESSAGE and (third.latitude, third.longitude) == (54.865, 69.1388)
    assert third.reporter == "+7 707 500 96 65"
    assert [p.code for p in result.problems] == ["intake.outside"]


def test_whatsapp_chat_from_iphone_in_english(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    jpeg(folder / "00000012-PHOTO-2026-12-07-14-03-11.jpg")
    (folder / "_chat.txt").write_text(
        "\u200e[12/7/26, 2:03:11\u202fPM] Aliya: \u200e<attached: 00000012-PHOTO-2026-12-07-14-03-11.jpg>\n"
        "[12/7/26, 2:03:40\u202fPM] Aliya: Location: https://maps.google.com/?q=54.8731,69.1520\n",
        encoding="utf-8")
    [photo] = scan([folder], NOW).photos
    assert photo.received_at == datetime(2026, 12, 7, 14, 3, 11)
    assert (photo.latitude, photo.longitude) == (54.8731, 69.152)


def test_signals_created_in_one_transaction_with_photos_before(boss: Context, tmp_path: Path) -> None:
    a = jpeg(tmp_path / "a.jpg", 54.873112, 69.152, "2026:12:07 14:03:11")
    b = jpeg(tmp_path / "b.jpg", 54.8801, 69.1402, "2026:12:07 14:15:00")
    c = jpeg(tmp_path / "c.jpg", 54.8802, 69.1403, "2026:12:07 14:16:00")
    loose = jpeg(tmp_path / "loose.jpg")
    result = scan([a, b, c, loose], NOW)
    first, second, third, unplaced = result.proposals()
    assert not unplaced.placed
    with pytest.raises(ValidationError) as refused:
        create_signals(boss, [first, unplaced])
    assert refused.value.code == "intake.unplaced"
    assert signals.list_signals(boss) == ()
    # A photo gone since it was read: nothing is written, the refusal names it.
    placed = unplaced.placed_at(54.86, 69.13)
    c_gone = tmp_path / "gone.jpg"
    moved = merge([second, third])
    c.rename(c_gone)
    with pytest.raises(DomainError) as gone:
        create_signals(boss, [first, moved, placed])
    assert "c.jpg" in gone.value.message("ru") and signals.list_signals(boss) == ()
    c_gone.rename(c)
    ids = create_signals(boss, [first, moved, placed])
    assert len(ids) == 3 and len(signals.list_signals(boss)) == 3
    made = signals.get_signal(boss, ids[0])
    assert made.kind is SignalKind.DRUG_GRAFFITI and made.received_at == datetime(2026, 12, 7, 14, 3, 11)
    assert (made.latitude, made.longitude) == (pytest.approx(54.873112, abs=1e-6), pytest.approx(69.152, abs=1e-6))
    merged = photos.list_photos(boss, "signal", ids[1])
    assert len(merged) == 2 and {p.role for p in merged} == {PhotoRole.BEFORE}
    assert photos.photo_bytes(boss, merged[0].id) in (b.read_bytes(), c.read_bytes())
    assert signals.get_signal(boss, ids[1]).received_at == datetime(2026, 12, 7, 14, 15)
    by_hand = signals.get_signal(boss, ids[2])
    assert (by_hand.latitude, by_hand.longitude) == (54.86, 69.13) and by_hand.received_at == NOW
    with pytest.raises(ValidationError):
        unplaced.placed_at(200, 69.0)


def test_links_out_of_the_export_and_full_exports(tmp_path: Path) -> None:
    """A full Telegram export (chats.list) whose photo path is a symlink leading out of its folder: skipped by
    name; the photo inside is read."""
    folder = tmp_path / "DataExport_2026-12-08"
    jpeg(folder / "chats" / "chat_01" / "photos" / "photo_1.jpg", 54.87, 69.15)
    secret = jpeg(tmp_path / "elsewhere" / "private.jpg", 43.2, 76.9)
    (folder / "chats" / "chat_01" / "photos").joinpath("link.jpg").symlink_to(secret)
    data = {"about": "…", "chats": {"about": "…", "list": [{"name": "УПН", "type": "personal_chat", "messages": [
        {"id": 1, "type": "message", "date": "2026-12-07T10:00:00", "from": "Ерлан",
         "photo": "chats/chat_01/photos/photo_1.jpg", "text": ""},
        {"id": 2, "type": "message", "date": "2026-12-07T10:01:00", "from": "Ерлан",
         "photo": "chats/chat_01/photos/link.jpg", "text": ""},
        {"id": 3, "type": "message", "date": "2026-12-07T10:02:00", "from": "Ерлан",
         "photo": "/etc/hostname", "text": ""},
    ]}]}}
    (folder / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = scan([folder], NOW)
    assert [p.name for p in result.photos] == ["chats/chat_01/photos/photo_1.jpg"]
    refused = [p.message("ru") for p in result.problems]
    assert len(refused) == 2 and "link.jpg" in refused[0] and "/etc/hostname" in refused[1]


def test_photo_count_is_bounded(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1003):
        (folder / f"IMG_{i:04}.jpg").write_bytes(b"x")
    result = scan([folder], NOW)
    bounded = [p for p in result.problems if p.code == "intake.too_many_photos"]
    assert len(bounded) == 1 and "3" in bounded[0].message("en")
    assert sum(p.code == "photo.format" for p in result.problems) == 1000  # the first 1000 read, each named
