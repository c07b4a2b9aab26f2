"""The File menu's data in and out on the demo: the journal template filled in and imported through its preview
(a bad IIN blocks the import and is named by row and column), KATO from a small made-up classifier, a GeoJSON export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from demo_data import copy_demo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.services.journal import COLUMNS
from fieldapp.ui.dialogs.import_problems import ImportProblemsDialog
from fieldapp.ui.dialogs.journal_preview import JournalPreviewDialog
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.models.rows import RowTableModel
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.workers import Runner

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("as_demo_coordinator")]  # the demo is read-only without an account

WindowFactory = Callable[..., MainWindow]
VALID_IIN = "921029350851"
BAD_IIN = "921029350852"  # the checksum digit is wrong
ROW = ["", "02.03.2026", "Жамбылский район", "Аса", "Синтетикова Айгерим", VALID_IIN, "+7 701 000 00 01",
       "пенсионер", "заявление", "водоснабжение", "Нет воды на улице Школьной", "разъяснено", "", ""]
SECOND = ["", "02.03.2026", "Жамбылский район", "Аса", "Проверочный Ерлан", BAD_IIN, "", "", "жалоба",
          "водоснабжение", "Низкое давление воды", "разъяснено", "", ""]


@pytest.fixture
def window(make_window: WindowFactory, demo_file: Path, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    made = make_window(copy_demo(demo_file, tmp_path), "ru", runner=Runner())
    board = made.pages["dashboard"]
    assert isinstance(board, DashboardPage)
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    return made


def answer(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> None:
    def dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, dialog)


def shown(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def cells(model: RowTableModel[Any], column: str) -> list[str]:
    index = model.column_of(column)
    return [str(model.index(row, index).data()) for row in range(model.rowCount())]


def receptions_named(db: Path, *names: str) -> int:
    with sqlite3.connect(db) as conn:
        marks = ",".join("?" * len(names))
        return int(conn.execute(f"SELECT count(*) FROM reception WHERE applicant_name IN ({marks})",
                                names).fetchone()[0])


def open_preview(window: MainWindow, qtbot: QtBot) -> JournalPreviewDialog:
    window.data.preview_dialog = None
    window.ui.actionImportJournal.trigger()
    qtbot.waitUntil(lambda: window.data.preview_dialog is not None, timeout=20_000)
    dialog = window.data.preview_dialog
    assert dialog is not None
    return dialog


def test_journal_template_filled_in_previewed_fixed_and_imported_once(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "Журнал Аса.xlsx"
    answer(monkeypatch, "getSaveFileName", journal)
    window.ui.actionJournalTemplate.trigger()
    assert journal.exists() and len(shown("templateWrittenDialog")) == 1
    wb = openpyxl.load_workbook(journal)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]][:14] == [c.ru for c in COLUMNS]  # the interface language's headers
    for row, values in ((2, ROW), (3, SECOND)):
        for column, value in enumerate(values, start=1):
            ws.cell(row=row, column=column, value=value or None)
    wb.save(journal)
    answer(monkeypatch, "getOpenFileName", journal)
    board = window.pages["dashboard"]
    assert isinstance(board, DashboardPage) and board.indicators is not None
    before = board.indicators.receptions

    dialog = open_preview(window, qtbot)
    problems = dialog.problems
    assert cells(problems, "row") == ["3"] and cells(problems, "column") == ["F"]
    assert cells(problems, "header") == ["ИИН"]
    tooltip = str(problems.index(0, 0).data(3))  # Qt.ToolTipRole: the whole message
    assert "строка 3, столбец F" in tooltip
    assert not dialog.ui.importButton.isEnabled()
    assert "Найдено ошибок: 1" in dialog.ui.problemsLabel.text()

    # The user fixes the IIN in the spreadsheet and checks again.
    wb = openpyxl.load_workbook(journal)
    wb.worksheets[0]["F3"] = None
    wb.save(journal)
    dialog.ui.recheckButton.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview.ok, timeout=20_000)
    assert cells(dialog.rows, "name") == ["Синтетикова Айгерим", "Проверочный Ерлан"]
    assert dialog.ui.importButton.isEnabled()
    assert "Будет добавлено приёмов: 2" in dialog.ui.planLabel.text()

    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert window.ctx is not None
    db = window.ctx.db.path
    assert receptions_named(db, "Синтетикова Айгерим", "Проверочный Ерлан") == 2
    text = dialog.ui.planLabel.text()
    assert "Добавлено приёмов: 2" in text and "Повторный импорт этого файла ничего не добавит" in text
    assert not dialog.ui.importButton.isEnabled()
    # The open pages follow: the dashboard counts the two new receptions.
    qtbot.waitUntil(lambda: not board.loading and board.indicators is not None
                    and board.indicators.receptions == before + 2, timeout=10_000)
    dialog.ui.closeButton.click()

    again = open_preview(window, qtbot)
    assert again.preview.ok and again.preview.result is not None and again.preview.result.imported == 0
    assert "уже есть в базе" in again.ui.planLabel.text()
    assert not again.ui.importButton.isEnabled()
    assert receptions_named(db, "Синтетикова Айгерим", "Проверочный Ерлан") == 2


def test_a_file_that_is_not_a_workbook_is_listed_as_a_problem(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "journal.xlsx"
    fake.write_text("№;Дата\n", encoding="utf-8")
    answer(monkeypatch, "getOpenFileName", fake)
    dialog = open_preview(window, qtbot)
    assert not dialog.preview.ok and dialog.problems.rowCount() >= 1
    assert not dialog.ui.importButton.isEnabled()


def test_kato_import_of_a_small_classifier(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Region code 99 does not exist: made-up places only.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"])
    for te, kk, ru in (("990000000", "Үлгі облысы", "Образец: область"), ("991000000", "Үлгі ауданы", "Образец: район"),
                       ("991010001", "Ќоңыр ауылы", "село Коныр")):
        ws.append([te, te[0:2], te[2:4], te[4:6], te[6:9], 1, kk, ru, 1])
    path = tmp_path / "kato.xlsx"
    wb.save(path)
    answer(monkeypatch, "getOpenFileName", path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("2024-01-01", True))

    window.ui.actionImportKato.trigger()
    qtbot.waitUntil(lambda: bool(shown("katoResultDialog")), timeout=20_000)

    text = shown("katoResultDialog")[0].text()
    assert "2024-01-01" in text and "населённых пунктов 1" in text
    assert window.ctx is not None
    with sqlite3.connect(window.ctx.db.path) as conn:
        names = conn.execute("SELECT name_ru, name_kk, kato FROM settlement WHERE kato = '991010001'").fetchall()
    assert names == [("село Коныр", "Қоңыр ауылы", "991010001")]  # the look-alike letter fixed


def test_stops_exported_as_geojson(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.ui.actionExport.trigger()
    dialog = window.data.export_dialog
    assert dialog is not None and dialog.redact()  # personal data left out unless asked for
    dialog.select("geojson", "stops")
    answer(monkeypatch, "getSaveFileName", tmp_path / "stops")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(shown("exportResultDialog")), timeout=20_000)

    data = json.loads((tmp_path / "stops.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) > 0
    assert all(f["geometry"]["type"] == "Point" for f in data["features"])
    assert str(len(data["features"])) in shown("exportResultDialog")[0].text()


def test_the_preview_models_pass_the_model_tester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([c.ru for c in COLUMNS])
    ws.append(ROW)
    ws.append(SECOND)
    wb.save(journal)
    answer(monkeypatch, "getOpenFileName", journal)
    dialog = open_preview(window, qtbot)
    assert dialog.problems.rowCount() == 1 and dialog.rows.rowCount() == 1
    qtmodeltester.check(dialog.problems)
    qtmodeltester.check(dialog.rows)


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_refused_kato_file_lists_each_problem_by_row_and_column(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"])
    ws.append(["990000000", "99", "00", "00", "000", 1, "Үлгі облысы", "Образец: область", 1])
    ws.append(["99100000X", "99", "10", "00", "000", 1, "Үлгі ауданы", "Образец: район", 1])  # not a code
    ws.append(["991010001", "99", "10", "10", "001", 1, "", "", 1])  # no name at all
    path = tmp_path / "kato_bad.xlsx"
    wb.save(path)
    answer(monkeypatch, "getOpenFileName", path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("2024-01-01", True))
    assert window.ctx is not None
    before = _count(window.ctx.db.path, "settlement"), _count(window.ctx.db.path, "district")

    window.ui.actionImportKato.trigger()

    def dialogs() -> list[ImportProblemsDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ImportProblemsDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(dialogs()), timeout=20_000)
    dialog = dialogs()[0]
    rows = cells(dialog.problems, "row")
    assert rows == ["3", "4"], rows  # the file's own row numbers, header included
    assert all(column != "—" for column in cells(dialog.problems, "column"))
    assert "kato_bad.xlsx" in dialog.ui.fileLabel.text()
    dialog.copy()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 2 and all("kato_bad.xlsx" in line for line in copied)
    assert (_count(window.ctx.db.path, "settlement"), _count(window.ctx.db.path, "district")) == before
    dialog.close()


def test_a_file_that_is_not_a_workbook_is_refused_by_the_kato_import(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kato.xlsx"
    path.write_bytes(b"%PDF-1.4 not a workbook at all")
    answer(monkeypatch, "getOpenFileName", path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", True))
    window.ui.actionImportKato.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, ImportProblemsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportProblemsDialog) and w.isVisible())
    assert dialog.problems.rowCount() == 1
    assert "kato.xlsx" in dialog.ui.messageLabel.text()
    dialog.close()


@pytest.mark.parametrize("redact", [True, False])
def test_receptions_exported_as_csv_that_excel_reads_as_utf8(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, redact: bool
) -> None:
    window.ui.actionExport.trigger()
    dialog = window.data.export_dialog
    assert dialog is not None
    dialog.select("csv", "receptions")
    dialog.ui.redactCheck.setChecked(redact)
    answer(monkeypatch, "getSaveFileName", tmp_path / "receptions")  # the suffix is added
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(shown("exportResultDialog")), timeout=20_000)

    raw = (tmp_path / "receptions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads the Cyrillic as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))  # Excel's separator in ru/kk
    header, body = rows[0], rows[1:]
    assert window.ctx is not None
    assert len(body) == _count(window.ctx.db.path, "reception")
    assert "Тема" in header and "Результат" in header
    assert ("ФИО заявителя" in header) is not redact and ("ИИН" in header) is not redact
    if not redact:
        with sqlite3.connect(window.ctx.db.path) as conn:
            some_name = conn.execute("SELECT applicant_name FROM reception LIMIT 1").fetchone()[0]
        assert some_name in raw.decode("utf-8-sig")
    assert ("Персональные данные не выгружены" in shown("exportResultDialog")[0].text()) is redact
    shown("exportResultDialog")[0].close()


def test_a_template_that_cannot_be_written_names_the_file_and_what_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    target = blocker / "journal.xlsx"  # its "folder" is a file: the write fails
    answer(monkeypatch, "getSaveFileName", target)
    assert window.data.write_template() is None
    boxes = shown("unwritableDialog")
    assert len(boxes) == 1 and boxes[0].icon() == QMessageBox.Icon.Warning
    assert boxes[0].windowTitle() == "Файл не записан"
    assert str(target) in boxes[0].text() and "Выберите другую папку" in boxes[0].text()
    assert not target.exists() and shown("templateWrittenDialog") == []
