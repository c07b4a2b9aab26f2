"""Redacted reports and exports scrub the free text they keep: a name, an IIN or a phone typed into a reception's
essence (and from there into the control item's title), an activity's description or a photo caption never reaches
the redacted control CSV, the control PDF, a tour PDF or any workbook's sheets, while the full versions still carry
them; a tip's point is given to two decimals."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from fieldapp.domain.iin import make_iin
from fieldapp.services import receptions, signals, tours
from fieldapp.services.context import Context
from fieldapp.services.exports import CSV_DELIMITER, export
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.reports import ReportRequest, build_report
from fieldapp.services.tours import ActivityDraft

IIN = make_iin(date(1985, 1, 1), False, 4001)  # 850101440010
IIN_SPACED = f"{IIN[:6]} {IIN[6:]}"
PHONE = "+7 (701) 234-56-78"
# The item's title is the essence's first 120 characters: the cut falls inside the IIN («… ИИН 850101 44»).
ESSENCE = (f"Сапарова Айгүл, тел. {PHONE}, просит помочь соседке Жумабековой Динаре с ремонтом крыши весной, "
           f"ИИН {IIN_SPACED}. Живёт одна.")
# How the names were typed, and the words they are made of: none may be left in a redacted output, in any case.
NAME_WORDS = ("сапаров", "айгүл", "жумабеков", "динар")
DIGITS = (IIN, IIN[:6], IIN[6:], "7012345678", "2345678")
XLSX_KINDS = ("tour", "campaign", "control", "journal")  # every kind whose workbook has a control sheet


@pytest.fixture
def scene(ctx: Context, world: Any) -> Context:
    """An empty database filled through the services: the applicant, her neighbour (received too), the
    control item opened from the essence, an activity and a photo-less tip that name them."""
    stop = world.stop
    assert len(ESSENCE[:120]) == 120 and ESSENCE[:120].endswith("ИИН 850101 44")
    receptions.record_reception(ctx, ReceptionDraft(
        stop_id=stop, applicant_name="Сапарова Айгүл Нурлановна", applicant_iin=IIN_SPACED,
        applicant_phone="+7 701 111 22 33", consent_given=True, consent_method="oral", topic="housing and utilities",
        essence=ESSENCE, outcome="взято на контроль", responsible_org_name="Акимат Асинского сельского округа"))
    receptions.record_reception(ctx, ReceptionDraft(
        stop_id=stop, applicant_name="Жумабекова Динара Ерлановна", essence="Вопрос о пенсии", outcome="разъяснено"))
    tours.mark_stop_done(ctx, stop, arrived_at=datetime(2026, 3, 2, 9, 0))
    tours.add_activity(ctx, stop, ActivityDraft(
        title="Встреча с жителями", participants=40,
        description=f"Выступили Сапарова Айгүл и Жумабекова Д., вопросы по тел. {PHONE}"))
    signals.record_signal(ctx, signals.SignalDraft(
        kind="drug graffiti", description="Граффити у дома Жумабековой, звонила с 8 701 234 56 78",
        latitude=42.912345, longitude=71.398765, reporter="Жумабекова Динара",
        settlement_id=world.asa, campaign_id=world.campaign))
    return ctx


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _workbook_text(path: Path) -> str:
    wb = load_workbook(path)
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                     if v is not None)


def _found(content: str) -> list[str]:
    """The names (any case, line breaks and spacing) and the IIN and phone digits (any grouping) in `content`."""
    letters = re.sub(r"\s+", "", content).casefold()
    digits = re.sub(r"[\s\-()+]", "", content)
    return [w for w in NAME_WORDS if w in letters] + [d for d in DIGITS if d in digits]


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=CSV_DELIMITER))


def test_the_redacted_control_csv_scrubs_the_title(scene: Context, tmp_path: Path) -> None:
    full, redacted = tmp_path / "full.csv", tmp_path / "redacted.csv"
    export(scene, "csv", "control", full)
    export(scene, "csv", "control", redacted, redact=True)
    assert sorted(_found(full.read_text(encoding="utf-8-sig"))) == sorted(NAME_WORDS + DIGITS)
    assert _found(redacted.read_text(encoding="utf-8-sig")) == []
    rows = _read_csv(redacted)
    title = rows[1][rows[0].index("Вопрос")]
    # What is not personal stays readable; the IIN cut by the title leaves no digits behind.
    assert title == "[скрыто], тел. [скрыто], просит помочь соседке [скрыто] с ремонтом крыши весной, ИИН [скрыто]"
    kk = tmp_path / "kk.csv"
    export(scene, "csv", "control", kk, redact=True, lang="kk")
    assert "[жасырылған]" in kk.read_text(encoding="utf-8-sig") and _found(kk.read_text(encoding="utf-8-sig")) == []


def test_the_redacted_receptions_csv_and_geojson(scene: Context, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    export(scene, "csv", "receptions", out, redact=True)
    assert _found(out.read_text(encoding="utf-8-sig")) == []
    tips, full_tips = tmp_path / "s.geojson", tmp_path / "full.geojson"
    export(scene, "geojson", "signals", tips, redact=True)
    export(scene, "geojson", "signals", full_tips)
    assert _found(tips.read_text(encoding="utf-8")) == []
    assert json.loads(tips.read_text(encoding="utf-8"))["features"][0]["geometry"]["coordinates"] == [71.4, 42.91]
    assert json.loads(full_tips.read_text(encoding="utf-8"))["features"][0]["geometry"]["coordinates"] == [
        71.398765, 42.912345]


def test_the_redacted_control_pdf(scene: Context, tmp_path: Path) -> None:
    full, redacted = tmp_path / "full.pdf", tmp_path / "redacted.pdf"
    build_report(scene, ReportRequest("control", full))
    build_report(scene, ReportRequest("control", redacted, redact=True))
    assert set(_found(_pdf_text(full))) == set(NAME_WORDS + DIGITS)
    text = _pdf_text(redacted)
    assert _found(text) == []
    assert "[скрыто]" in text and "ремонтом крыши" in text


@pytest.mark.parametrize("kind", XLSX_KINDS)
def test_every_redacted_workbook_scrubs_its_sheets(scene: Context, tmp_path: Path, kind: str) -> None:
    full, redacted = tmp_path / "full.xlsx", tmp_path / "redacted.xlsx"
    build_report(scene, ReportRequest(kind, full))
    build_report(scene, ReportRequest(kind, redacted, redact=True))
    assert set(_found(_workbook_text(full))) == set(NAME_WORDS + DIGITS)
    assert _found(_workbook_text(redacted)) == []
    wb = load_workbook(redacted)
    assert "просит помочь соседке [скрыто] с ремонтом крыши весной, ИИН [скрыто]" in _sheet(wb, "Контроль")
    if kind != "control":  # the control register's workbook is the summary and the register
        assert "Выступили [скрыто] и [скрыто] Д., вопросы по тел. [скрыто]" in _sheet(wb, "Мероприятия")
        tips = _sheet(wb, "Сигналы")
        # Latitude and longitude are two numeric columns, each to about a kilometre.
        assert "\n42.91\n71.4\n" in tips and "42.91234" not in tips


def _sheet(wb: Workbook, name: str) -> str:
    return "\n".join(str(v) for row in wb[name].iter_rows(values_only=True) for v in row if v is not None)


def test_a_photo_caption_in_the_redacted_tour_pdf(scene: Context, world: Any, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from fieldapp.services.photos import attach_photo

    picture = io.BytesIO()
    Image.new("RGB", (200, 120), (60, 110, 160)).save(picture, "PNG")
    attach_photo(scene, "stop", world.stop, picture.getvalue(), caption="Сапарова Айгүл у своего дома",
                 credit="Фото: акимат")
    full, redacted = tmp_path / "full.pdf", tmp_path / "redacted.pdf"
    build_report(scene, ReportRequest("tour", full, record_id=world.tour))
    build_report(scene, ReportRequest("tour", redacted, record_id=world.tour, redact=True))
    assert "Сапарова Айгүл у своего дома" in " ".join(_pdf_text(full).split())
    text = " ".join(_pdf_text(redacted).split())
    assert "[скрыто] у своего дома" in text and "Фото: акимат" in text
    assert _found(text) == []
