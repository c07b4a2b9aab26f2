"""The File menu's Export offers the receptions and the control items as an Excel workbook too: the file type chosen
in the save dialog (or the name's .xlsx) decides, and the workbook keeps every IIN as text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from pages_data import Field
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.iin import make_iin
from fieldapp.services import receptions
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def window(make_window: WindowFactory, field: Field, qtbot: QtBot) -> MainWindow:
    """A field database built through the services, with three receptions whose IINs start with 0 (residents born
    in the 2000s) or not, one without consent (no IIN kept)."""
    for n, (name, iin, consent) in enumerate((
            ("Сапарова Айгүл", make_iin(date(2005, 3, 1), False, 17), True),
            ("Ахметов Ержан", make_iin(date(1984, 11, 23), True, 4), True),
            ("Жители аула", None, False))):
        receptions.record_reception(field.ctx, ReceptionDraft(
            stop_id=field.stop_id, applicant_name=name, applicant_iin=iin, essence=f"Вопрос {n}",
            outcome="explained", consent_given=consent))
    made = make_window(field.db.path, "ru", runner=Runner())
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
