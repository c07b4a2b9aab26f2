"""File → Import plan from a database made by `fieldapp init`: the plan template saved from the menu, filled in,
previewed with its problems by sheet, row and column, fixed, imported once, and the tours page shows the tour."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from pytestqt.qtbot import QtBot

from fieldapp.services.accounts import init_database
from fieldapp.ui import i18n
from fieldapp.ui.dialogs.plan_preview import PlanPreviewDialog
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.models.rows import RowTableModel
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROUTE: list[list[object]] = [
    ["Мир и согласие", "Группа № 1", "информационно-разъяснительная работа", "Жамбылский район, июль",
     datetime(2026, 7, 1), "Жамбылский район", "Аса", "Дом культуры", "дом культуры"],
    ["Мир и согласие", "Группа № 2", "религия", "Жамбылский район, июль", "02.07.2026", "Жамбылский район",
     "Каракемер", "", ""],
]
MEMBERS: list[list[object]] = [
    ["Группа № 1", "Синтетов Арман", "руководитель отдела", "Акимат Жамбылского района", "", "да"],
    ["Группа № 3", "Примеров Ерлан", "теолог", "", "", "да"],  # a group not on the route: row 3
]


def signed_in(monkeypatch: pytest.MonkeyPatch, user: str, password: str) -> None:
    """The account the window opens the file as (a plain file with accounts opens read-only without one)."""
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", password)


def answer(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    def dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, dialog)


def cells(model: RowTableModel[Any], column: str) -> list[str]:
    index = model.column_of(column)
    return [str(model.index(row, index).data()) for row in range(model.rowCount())]


def open_preview(window: MainWindow, qtbot: QtBot) -> PlanPreviewDialog:
    window.data.preview_dialog = None
    window.ui.actionImportPlan.trigger()
    qtbot.waitUntil(lambda: window.data.preview_dialog is not None, timeout=20_000)
    dialog = window.data.preview_dialog
    assert isinstance(dialog, PlanPreviewDialog)
    return dialog


def test_a_plan_template_filled_previewed_fixed_and_imported_once(
    make_window: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "office.db"
    init_database(db, "coordinator", "first-day-pass", protected=False)
    signed_in(monkeypatch, "coordinator", "first-day-pass")
    window = make_window(db, "ru", runner=Runner())
    assert window.ctx is not None
    plan = tmp_path / "План.xlsx"
    answer(monkeypatch, "getSaveFileName", plan)
    window.ui.actionPlanTemplate.trigger()
    wb = openpyxl.load_workbook(plan)
    assert wb.sheetnames[:2] == ["Маршрут", "Состав групп"]
    for title, rows in (("Маршрут", ROUTE), ("Состав групп", MEMBERS)):
        for row in rows:
            wb[title].append(row)
    wb.save(plan)
    answer(monkeypatch, "getOpenFileName", plan)

    dialog = open_preview(window, qtbot)
    assert not dialog.ui.tourCombo.isVisible() and not dialog.ui.importButton.isEnabled()
    problems = dialog.problems
    assert cells(problems, "sheet") == ["Состав групп"] and cells(problems, "row") == ["3"]
    assert cells(problems, "column") == ["A"] and not dialog.ui.problemsView.isColumnHidden(0)
    assert "Найдено ошибок: 1" in dialog.ui.problemsLabel.text()

    wb = openpyxl.load_workbook(plan)
    wb["Состав групп"]["A3"] = "Группа № 2"
    wb.save(plan)
    dialog.ui.recheckButton.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.ok, timeout=20_000)
    assert cells(dialog.rows, "settlement") == ["Аса", "Каракемер"]
    assert "Будет создано: кампаний 1, рабочих групп 2, выездов 1, остановок 2" in dialog.ui.planLabel.text()
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert "Импорт завершён" in dialog.ui.planLabel.text() and not dialog.ui.importButton.isEnabled()
    with sqlite3.connect(db) as conn:
        stops = conn.execute("SELECT count(*) FROM stop WHERE status = 'planned'").fetchone()[0]
        heads = conn.execute("SELECT count(*) FROM working_group WHERE head_id IS NOT NULL").fetchone()[0]
    assert (stops, heads) == (2, 2)

    # In Kazakh the same dialog speaks Kazakh, the journal's texts included.
    i18n.switch_language("kk")
    qtbot.waitUntil(lambda: "Импорт аяқталды" in dialog.ui.planLabel.text(), timeout=5_000)
    assert dialog.ui.problemsLabel.text() == "Қате жоқ: файлды импорттауға болады."
    assert dialog.windowTitle() == "Науқан жоспарын импорттау"
    i18n.switch_language("ru")
    dialog.ui.closeButton.click()

    again = open_preview(window, qtbot)
    assert again.preview.ok and "уже есть в базе" in again.ui.planLabel.text()
    assert not again.ui.importButton.isEnabled()


def test_a_member_sees_why_the_plan_cannot_be_imported(
    make_window: Any, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    db = tmp_path / "office.db"
    init_database(db, "coordinator", "first-day-pass", protected=False)
    signed_in(monkeypatch, "coordinator", "first-day-pass")
    window = make_window(db, "ru", runner=Runner())
    assert window.ctx is not None
    window.ctx = dataclasses.replace(window.ctx, role="member")
    plan = tmp_path / "План.xlsx"
    from fieldapp.services.plan_workbook import write_template

    write_template(plan, "ru")
    wb = openpyxl.load_workbook(plan)
    wb["Маршрут"].append(ROUTE[0])
    wb["Состав групп"].append(MEMBERS[0])
    wb.save(plan)
    answer(monkeypatch, "getOpenFileName", plan)
    dialog = open_preview(window, qtbot)
    assert dialog.preview.ok and not dialog.ui.importButton.isEnabled()
    assert dialog.ui.importButton.toolTip() == "импортировать план кампании может только руководитель или координатор"
