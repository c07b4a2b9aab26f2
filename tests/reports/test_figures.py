"""Every kind of report, in Russian and Kazakh, as PDF and as a workbook, carries the demo's figures exactly as
`fieldapp stats` prints them; the workbook's totals are stored values (readable without recalculation) that equal the
sum of their lines."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from report_helpers import Build, pdf_text

from fieldapp.cli import main
from fieldapp.domain.indicators import INDICATOR_KEYS, indicator_label
from fieldapp.reports.texts import text

KINDS = ("tour", "campaign", "control", "journal")
LANGS = ("ru", "kk")
# The figures each kind prints in its indicator table (the workbook's summary always has all of them).
PDF_KEYS = {
    "tour": ("tours", "stops", "settlements", "activities", "participants", "residents_came", "receptions",
             "explained", "resolved_on_spot", "helped", "referred", "under_control"),
    "campaign": INDICATOR_KEYS,
    "control": ("under_control", "control_open", "control_resolved", "control_overdue"),
    "journal": ("receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control"),
}


@pytest.fixture(scope="module")
def stats(demo_db: Path) -> dict[str, int]:
    return _stats(demo_db)


def _stats(db: Path, *options: str) -> dict[str, int]:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["stats", str(db), "--json", *options]) == 0
    values: dict[str, int] = json.loads(buffer.getvalue())
    return values


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_pdf_figures_equal_stats(build: Build, stats: dict[str, int], kind: str, lang: str) -> None:
    content = pdf_text(build(kind, "pdf", "--lang", lang))
    for key in PDF_KEYS[kind]:
        label = indicator_label(key, lang)
        pattern = rf"(?m)^\s*{re.escape(label)}\s+{stats[key]}\s*$"
        assert re.search(pattern, content), f"{kind}/{lang}: «{label}» should read {stats[key]}"
    assert text("sign.role", lang) in content
    assert re.search(text("page", lang, page=1, pages=r"\d+").replace("(", r"\(").replace(")", r"\)"), content)
    if lang == "kk":
        assert "Қ" in content or "қ" in content
        assert "ә" in content or "і" in content


def _summary_values(ws: Any, lang: str) -> dict[str, int]:
    labels = {indicator_label(k, lang): k for k in INDICATOR_KEYS}
    found: dict[str, int] = {}
    for row in ws.iter_rows(values_only=True):
        if row and isinstance(row[0], str) and row[0] in labels and isinstance(row[1], int):
            found.setdefault(labels[row[0]], row[1])
    return found


def _sheet(wb: Any, key: str, lang: str) -> Any:
    return wb[text(key, lang)]


def _sum_formula(ws: Any, header: str) -> tuple[int, str]:
    """The totals line's value under `header`: a stored number (no formula a non-recalculating reader would see as
    empty) equal to the sum of the data lines above it."""
    head = [c.value for c in ws[1]]
    col = head.index(header) + 1
    last = ws.max_row
    stored = ws.cell(row=last, column=col).value
    assert isinstance(stored, int) and not str(stored).startswith("="), stored
    total = sum(ws.cell(row=r, column=col).value or 0 for r in range(2, last))
    assert total == stored, f"{header}: the lines add up to {total}, the totals line says {stored}"
    return total, str(stored)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_workbook_figures_equal_stats(build: Build, stats: dict[str, int], kind: str, lang: str) -> None:
    wb = load_workbook(build(kind, "xlsx", "--lang", lang))
    names = [ws.title for ws in wb.worksheets]
    if kind == "control":
        # The register's workbook lists the items and their receptions, not the whole journal (test_scopes.py).
        assert names == [text(k, lang) for k in ("sheet.summary", "sheet.control", "sheet.control_receptions")]
        found = _summary_values(wb.worksheets[0], lang)
        for key in PDF_KEYS["control"]:
            assert found[key] == stats[key], key
        return
    expected = [text(k, lang) for k in ("sheet.summary", "sheet.stops", "sheet.activities", "sheet.receptions",
                                        "sheet.control", "sheet.polls", "sheet.signals")]
    assert sorted(names) == sorted(expected)
    assert names[0] == expected[0]
    summary = wb.worksheets[0]
    assert _summary_values(summary, lang) == stats

    stops = _sheet(wb, "sheet.stops", lang)
    for header, key in (("col.activities", "activities"), ("col.participants", "participants"),
                        ("col.headcount", "residents_came"), ("col.receptions", "receptions")):
        total, _ = _sum_formula(stops, text(header, lang))
        assert total == stats[key], (header, total, stats[key])
    for key in ("helped", "under_control", "explained", "referred", "resolved_on_spot"):
        assert _sum_formula(stops, indicator_label(key, lang))[0] == stats[key]

    activities = _sheet(wb, "sheet.activities", lang)
    assert activities.max_row - 2 == stats["activities"]
    assert _sum_formula(activities, text("col.participants", lang))[0] == stats["participants"]
    receptions = _sheet(wb, "sheet.receptions", lang)
    assert receptions.max_row - 1 == stats["receptions"]
    outcome_col = [c.value for c in receptions[1]].index(text("col.outcome", lang))
    helped = sum(1 for row in receptions.iter_rows(min_row=2, values_only=True)
                 if row[outcome_col] == ("көмек көрсетілді" if lang == "kk" else "оказана помощь"))
    assert helped == stats["helped"]
    polls = _sheet(wb, "sheet.polls", lang)
    assert _sum_formula(polls, text("col.answers", lang))[0] == stats["poll_answers"]
    signals = _sheet(wb, "sheet.signals", lang)
    assert signals.max_row - 1 == stats["signals"]


def test_summary_breakdown_totals_are_values_of_the_district_lines(build: Build, stats: dict[str, int]) -> None:
    ws = load_workbook(build("campaign", "xlsx")).worksheets[0]
    rows = list(ws.iter_rows())
    header_at = next(i for i, r in enumerate(rows) if r[0].value == "Район")
    total_at = next(i for i, r in enumerate(rows) if r[0].value == "Итого")
    headers = [c.value for c in rows[header_at]]
    for key in ("activities", "participants", "residents_came", "receptions", "helped", "under_control"):
        col = headers.index(indicator_label(key, "ru"))
        assert rows[total_at][col].value == stats[key]
        assert sum(r[col].value for r in rows[header_at + 1:total_at]) == stats[key]


def test_workbook_structure(build: Build) -> None:
    path = build("journal", "xlsx")
    wb = load_workbook(path)
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2", ws.title
        last = ws.max_row - (1 if ws.cell(row=ws.max_row, column=1).value == "Итого" else 0)
        assert ws.auto_filter.ref == f"A1:{ws.cell(row=1, column=ws.max_column).column_letter}{last}", ws.title
        assert ws.column_dimensions["A"].width and ws.column_dimensions["A"].width > 1
        assert ws.cell(row=1, column=1).font.b, "the header is bold"
    receptions = wb["Приём граждан"]
    head = [c.value for c in receptions[1]]
    when = receptions.cell(row=2, column=head.index("Дата") + 1)
    assert isinstance(when.value, datetime) and when.is_date
    assert when.number_format == "DD.MM.YYYY HH:MM"
    stops = wb["Остановки"]
    day = stops.cell(row=2, column=2)
    assert day.is_date and day.number_format == "DD.MM.YYYY"
    assert isinstance(stops.cell(row=2, column=[c.value for c in stops[1]].index("Мероприятий") + 1).value, int)
    import zipfile

    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts, "the summary sheet carries a chart"
        xml = z.read(charts[0]).decode()
        assert "<barChart>" in xml and '<min val="0"/>' in xml


def test_one_tour_report_adds_up_its_stops(build: Build, demo_db: Path) -> None:
    import sqlcipher3.dbapi2 as sqlite3

    with sqlite3.connect(demo_db) as conn:
        tour_id, = conn.execute("SELECT id FROM tour WHERE title LIKE '%Жамбылский район, неделя 1%'").fetchone()
        came, = conn.execute("SELECT sum(h.count) FROM stop_headcount h JOIN stop s ON s.id = h.stop_id "
                             "WHERE s.tour_id = ? AND s.status = 'done' AND h.deleted = 0", (tour_id,)).fetchone()
    wb = load_workbook(build("tour", "xlsx", "--id", tour_id))
    summary = _summary_values(wb.worksheets[0], "ru")
    assert summary["residents_came"] == came
    stops = wb["Остановки"]
    assert _sum_formula(stops, "Пришло жителей")[0] == came
    content = pdf_text(build("tour", "pdf", "--id", tour_id))
    assert re.search(rf"(?m)^\s*Пришло жителей\s+{came}\s*$", content)
    assert "Отчёт о выезде рабочей группы" in content
    assert "Руководитель рабочей группы" in content
