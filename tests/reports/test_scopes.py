"""Each kind of report carries its own scope, and its workbook reads right in tools that do not recalculate.

The database starts from `fieldapp init` and is filled through the services (scoped_world.py): two tours of one
campaign in two districts a week apart. A tour's workbook must agree with `fieldapp stats --json` computed for that
tour's data (its campaign, its district, its days) — every key — and list only its own control items; the control
workbook lists the items and their receptions, not the journal."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from scoped_world import CAMPAIGN, PASSWORD, USER, Scoped, build_world

from fieldapp.cli import main
from fieldapp.domain.indicators import INDICATOR_KEYS, indicator_label
from fieldapp.reports.texts import text


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Scoped:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_HOME", str(tmp_path_factory.mktemp("home")))
        mp.setenv("FIELDAPP_USER", USER)
        mp.setenv("FIELDAPP_PASSWORD", PASSWORD)
        return build_world(tmp_path_factory.mktemp("scoped") / "scoped.db")


@pytest.fixture(autouse=True)
def signed_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_USER", USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)


def _stats(db: Path, *options: str) -> dict[str, int]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["stats", str(db), "--json", *options]) == 0
    values: dict[str, int] = json.loads(buffer.getvalue())
    return values


def _report(world: Scoped, tmp_path: Path, kind: str, *options: str, lang: str = "ru") -> Path:
    out = tmp_path / f"{kind}-{lang}.xlsx"
    assert main(["report", kind, str(world.db), "-o", str(out), "--lang", lang, *options]) == 0
    return out


def _summary(path: Path, lang: str) -> dict[str, int]:
    """The summary's indicators, read as a tool that does not recalculate reads them (openpyxl data_only)."""
    labels = {indicator_label(k, lang): k for k in INDICATOR_KEYS}
    wb = load_workbook(path, read_only=True, data_only=True)
    found: dict[str, int] = {}
    for row in wb.worksheets[0].iter_rows(values_only=True):
        if len(row) > 1 and isinstance(row[0], str) and row[0] in labels and isinstance(row[1], int):
            found.setdefault(labels[row[0]], row[1])
    return found


def _rows(path: Path, sheet_key: str, lang: str = "ru") -> tuple[list[Any], list[tuple[Any, ...]]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    rows = list(wb[text(sheet_key, lang)].iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_tours_workbook_agrees_with_stats_for_that_tours_data(world: Scoped, tmp_path: Path, lang: str) -> None:
    path = _report(world, tmp_path, "tour", "--id", world.tour1, lang=lang)
    summary = _summary(path, lang)
    # The tour's data: its campaign, its district, its two days.
    expected = _stats(world.db, "--campaign", CAMPAIGN, "--district", "Жамбылский", "--from", "2026-03-02",
                      "--to", "2026-03-03")
    assert summary == expected
    # Not vacuous: the figures the summary used to print as 0 are there, and differ from the whole database's.
    assert summary["campaigns"] == 1 and summary["working_groups"] == 1
    assert summary["poll_answers"] == 23 and summary["polls"] == 1
    assert summary["control_open"] + summary["control_resolved"] == 4 and summary["control_resolved"] == 1
    assert summary["signals"] == 1
    assert _stats(world.db)["poll_answers"] == 35
    head, polls = _rows(path, "sheet.polls", lang)
    assert polls[-1][head.index(text("col.answers", lang))] == summary["poll_answers"]


def test_a_tours_workbook_lists_only_its_control_items_and_tips(world: Scoped, tmp_path: Path) -> None:
    path = _report(world, tmp_path, "tour", "--id", world.tour2)
    head, control = _rows(path, "sheet.control")
    assert len(control) == len(world.items_tour2) == 2
    assert all("Водопровод" in str(r[head.index("Вопрос")]) for r in control)
    summary = _summary(path, "ru")
    assert summary == _stats(world.db, "--campaign", CAMPAIGN, "--district", "Байзак", "--from", "2026-03-10",
                             "--to", "2026-03-10")
    head, tips = _rows(path, "sheet.signals")
    assert len(tips) == 1
    lat, lon = tips[0][head.index("Широта")], tips[0][head.index("Долгота")]
    assert isinstance(lat, float) and isinstance(lon, float) and (lat, lon) == (42.812, 70.993)


def test_the_control_workbook_lists_items_and_their_receptions_only(world: Scoped, tmp_path: Path) -> None:
    path = _report(world, tmp_path, "control")
    wb = load_workbook(path, read_only=True)
    assert [ws.title for ws in wb.worksheets] == ["Сводка", "Контроль", "Обращения"]
    head, items = _rows(path, "sheet.control")
    assert len(items) == len(world.items_tour1 | world.items_tour2) == 6
    days = [r[head.index(text("col.days_left", "ru"))] for r in items]
    assert all(d is None or isinstance(d, int) for d in days) and any(isinstance(d, int) for d in days)
    head, receptions = _rows(path, "sheet.control_receptions")
    regs = {r[head.index(text("col.reg_no", "ru"))] for r in receptions}
    assert regs == world.controlled and len(receptions) == 6
    iins = {r[head.index("ИИН")] for r in receptions}
    assert iins <= world.iins and any(i.startswith("0") for i in iins)
    assert all(isinstance(i, str) and len(i) == 12 for i in iins)
    summary = _summary(path, "ru")
    stats = _stats(world.db)
    assert {k: summary[k] for k in ("control_open", "control_resolved", "control_overdue")} == {
        k: stats[k] for k in ("control_open", "control_resolved", "control_overdue")}
    assert "receptions" not in summary, "the register's summary counts its items, not the journal"


def test_a_redacted_control_workbook_names_nobody(world: Scoped, tmp_path: Path) -> None:
    path = _report(world, tmp_path, "control", "--redact")
    head, receptions = _rows(path, "sheet.control_receptions")
    assert len(receptions) == 6 and "ИИН" not in head
    content = repr(list(load_workbook(path, read_only=True).worksheets[2].iter_rows(values_only=True)))
    assert not any(iin in content for iin in world.iins) and "Тестовой" not in content


def test_poll_shares_are_numbers_and_totals_are_values(world: Scoped, tmp_path: Path) -> None:
    path = _report(world, tmp_path, "campaign")
    head, polls = _rows(path, "sheet.polls")
    shares = [r[head.index("Доля, %")] for r in polls[:-1]]
    assert all(isinstance(s, float) for s in shares) and abs(sum(shares) - 100) < 0.3
    assert polls[-1][head.index("Ответов")] == 35
    # No formula anywhere: a reader that does not recalculate sees every total.
    import zipfile

    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in z.read(n).decode() for n in sheets)


def test_python_calamine_reads_every_total(world: Scoped, tmp_path: Path) -> None:
    calamine = pytest.importorskip("python_calamine")
    path = _report(world, tmp_path, "tour", "--id", world.tour1)
    book = calamine.CalamineWorkbook.from_path(str(path))
    stops = book.get_sheet_by_name("Остановки").to_python()
    head, total = stops[0], stops[-1]
    assert total[0] == "Итого"
    came = head.index("Пришло жителей")
    assert total[came] == 100 == sum(r[came] for r in stops[1:-1])
    summary = book.get_sheet_by_name("Сводка").to_python()
    assert ["Ответы в опросах", 23] in [[r[0], r[1]] for r in summary if len(r) > 1]
