"""File → «Календарь праздников…»: the years known and where each comes from; importing a year's file by clicking,
a refused file changing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fieldapp.services import calendars
from fieldapp.ui.dialogs.holiday_calendars import HolidayCalendarsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def year_2028(transfers: list[dict[str, str]] | None = None) -> dict[str, object]:
    return {
        "year": 2028,
        "holidays": [{"date": "2028-01-01", "name_ru": "Новый год", "name_kk": "Жаңа жыл"},
                     {"date": "2028-01-02", "name_ru": "Новый год", "name_kk": "Жаңа жыл"}],
        "transfers": transfers if transfers is not None else [{"date": "2028-01-03", "kind": "day_off"},
                                                               {"date": "2028-01-04", "kind": "day_off"}],
    }


def rows(dialog: HolidayCalendarsDialog) -> list[tuple[str, str]]:
    table = dialog.ui.yearsTable
    return [(table.item(i, 0).text(), table.item(i, 1).text()) for i in range(table.rowCount())]


def click_import(qtbot, monkeypatch: pytest.MonkeyPatch, dialog: HolidayCalendarsDialog, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)


def test_lists_the_years_and_imports_the_next_one(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = HolidayCalendarsDialog()
    qtbot.addWidget(dialog)
    assert rows(dialog) == [(str(y), "поставляется с программой") for y in range(2019, 2028)]
    assert "2019–2027" in dialog.ui.introLabel.text() and "2028.json" in dialog.ui.introLabel.text()

    # A mistyped transfer is refused with the entry named; the list stays as it was.
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(year_2028([{"date": "2028-01-08", "kind": "day_off"}])), encoding="utf-8")
    click_import(qtbot, monkeypatch, dialog, bad)
    assert "transfers, entry 1 (2028-01-08)" in dialog.ui.resultLabel.text()
    assert dialog.ui.resultLabel.property("state") == "bad" and len(rows(dialog)) == 9
    assert not (calendars.user_dir() / "2028.json").exists()

    good = tmp_path / "календарь 2028.json"
    good.write_text(json.dumps(year_2028(), ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(dialog.imported) as signal:
        click_import(qtbot, monkeypatch, dialog, good)
    assert signal.args == [2028]
    assert rows(dialog)[-1] == ("2028", "импортирован") and dialog.ui.yearsTable.currentRow() == 9
    assert dialog.ui.resultLabel.text().startswith("календарь праздников на 2028 год импортирован")
    assert "2019–2028" in dialog.ui.introLabel.text()
    assert calendars.current_calendar().years[-1] == 2028


def test_file_menu_opens_it_and_an_import_reaches_the_open_database(
    qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldapp.services.accounts import init_database

    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "boss-pass")
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    window = make_window(path)
    assert window.ctx is not None and window.ctx.calendar.years[-1] == 2027
    action = window.ui.actionHolidayCalendars
    assert action in window.ui.menuFile.actions() and action.text() == "Календарь &праздников…"
    action.trigger()
    dialog = window.holiday_calendars_dialog
    assert isinstance(dialog, HolidayCalendarsDialog) and dialog.isVisible()
    good = tmp_path / "2028.json"
    good.write_text(json.dumps(year_2028(), ensure_ascii=False), encoding="utf-8")
    click_import(qtbot, monkeypatch, dialog, good)
    assert window.ctx.calendar.years[-1] == 2028  # deadlines of the open database are counted with it now
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
