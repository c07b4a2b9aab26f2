"""«Protected means everything» (issue 13): after a day of work on a protected database — receptions typed with a
name, an IIN and a phone, a correction, a sealed photo, a draft left open, a journal printed, a package exported —
no byte of the database, its WAL, its key file, the logs or anything else in the data folder holds a typed name, IIN
or phone, in any of the encodings SQLite or a log could use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.config import app_paths
from fieldapp.domain.iin import make_iin
from fieldapp.services import campaigns, drafts, photos, places, receptions, tours
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.workspace import open_workspace

NAME, PHONE = "Сапарова Айгүл Нұрланқызы", "+7 701 555 12 34"
IIN = make_iin(date(1984, 5, 17), male=False, serial=4321)
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00" + b"Photo of the meeting " * 40 + b"\xff\xd9"


def _forms(text: str) -> list[bytes]:
    """The ways a text can sit in a file: UTF-8, UTF-16 (both orders), and a phone's digits run together."""
    out = [text.encode(), text.encode("utf-16-le"), text.encode("utf-16-be")]
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 10:
        out.append(digits.encode())
    return out


def test_a_protected_day_leaves_no_typed_personal_data_in_clear(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = app_paths().data
    path = folder / "office.db"
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "boss-pass")
    assert run("init", path).code == 0
    ctx = open_workspace(path, user="boss", password="boss-pass")
    try:
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(ctx, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project")
        tour = tours.create_tour(ctx, campaign, "Выезд", group_ids=[campaigns.create_group(ctx, campaign, "Г1")])
        stop = tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 2))
        saved = receptions.record_reception(ctx, ReceptionDraft(
            stop_id=stop, applicant_name=NAME, applicant_iin=IIN, applicant_phone=PHONE,
            applicant_address="ул. Абая, 12", essence="Нет воды", outcome="explained", consent_given=True))
        receptions.update_reception(ctx, saved.id, ReceptionDraft(
            stop_id=stop, applicant_name=NAME, applicant_iin=IIN, applicant_phone=PHONE,
            applicant_address="ул. Абая, 12", essence="Нет воды", outcome="help provided", help_kind="medical",
            consent_given=True))
        photo = tmp_path / "meeting.jpg"
        photo.write_bytes(JPEG)
        photos.attach_photo(ctx, "stop", stop, photo, caption="Встреча в Аса")
        # A form left half-typed: its draft is kept in the database, so it is sealed with it.
        drafts.save(ctx, "reception", {"applicant_name": NAME, "applicant_phone": PHONE})
    finally:
        ctx.db.close()
    assert run("report", "journal", path, "-o", tmp_path / "journal.pdf", "--id", tour).code == 0
    assert run("sync", "export", path, "-o", tmp_path / "out" / "office.fieldsync", "--plain").code == 0
    assert run("history", path, saved.id).code == 0

    paths = app_paths()
    files = [p for root in (paths.data, paths.config, paths.logs) for p in root.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert "office.db" in names and any(p.parent == paths.logs for p in files)  # the logs are searched too
    assert len(names) > 3, names  # the key file and the sealed photo beside the database
    for secret in (NAME, IIN, PHONE, "Абая"):
        for form in _forms(secret):
            leaking = [str(p) for p in files if form in p.read_bytes()]
            assert not leaking, (secret, form, leaking)
