"""The File menu's Export offers the receptions and the control items as an Excel workbook too: the file type chosen
in the save dialog (or the name's .xlsx) decides, and the workbook keeps every IIN as text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from demo_data import copy_demo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.workers import Runner

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("as_demo_coordinator")]  # the demo is read-only without an account

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def window(make_window: WindowFactory, demo_file: Path, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    made = make_window(copy_demo(demo_file, tmp_path), "ru", runner=Runner())
    board = made.pages["dashboard"]
    assert isinstance(board, DashboardPage)
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    return made


def _shown(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


@pytest.mark.parametrize("typed", ["receptions.xlsx", "receptions"])
def test_receptions_exported_as_a_workbook(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    offered: list[str] = []

    def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(tmp_path / typed), "Книга Excel (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.ui.actionExport.trigger()
    dialog = window.data.export_dialog
    assert dialog is not None
    dialog.select("csv", "receptions")
    dialog.ui.redactCheck.setChecked(False)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(_shown("exportResultDialog")), timeout=20_000)
    assert "Таблица CSV (*.csv)" in offered[0] and "Книга Excel (*.xlsx)" in offered[0]
    path = tmp_path / "receptions.xlsx"
    assert path.is_file() and not (tmp_path / "receptions.csv").exists()
    rows = list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
    column = list(rows[0]).index("ИИН")
    assert window.ctx is not None
    with sqlite3.connect(window.ctx.db.path) as conn:
        iins = {r[0] for r in conn.execute("SELECT applicant_iin FROM reception WHERE deleted = 0") if r[0]}
        count = conn.execute("SELECT count(*) FROM reception WHERE deleted = 0").fetchone()[0]
    assert len(rows) - 1 == count
    assert {r[column] for r in rows[1:] if r[column]} == iins and any(i.startswith("0") for i in iins)
    _shown("exportResultDialog")[0].close()
