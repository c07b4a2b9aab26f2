"""The Reports page as a supervisor uses it on the demo: pick the kind and scope, save, wait for the worker, and find
in the file the figures the indicator builder counts; a cancelled build writes nothing; refusals name the field."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from demo_data import copy_demo, pdf_text
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from fieldapp.domain.indicators import Scope, indicator_label
from fieldapp.services import reports as report_service
from fieldapp.services.indicators import build_indicators
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.reports import ReportRequest
from fieldapp.storage.database import open_database
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.reports import ReportsPage
from fieldapp.ui.widgets.common import documents_folder, select_data
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Path:
    return copy_demo(demo_file, tmp_path)


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers `answer` and remembers what it was offered."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.offered: list[str] = []

    def __call__(self, parent: Any, caption: str = "", directory: str = "", filter: str = "", *args: Any,
                 **kwargs: Any) -> tuple[str, str]:
        self.offered.append(directory)
        return (str(self.answer) if self.answer else "", filter)


def reports_page(window: MainWindow, qtbot: QtBot) -> ReportsPage:
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    window.show_page("reports")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def message_boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


def figure(text: str, key: str, lang: str, value: int) -> bool:
    return re.search(rf"{re.escape(indicator_label(key, lang))} {value}(?!\d)", text) is not None


def test_a_campaign_pdf_carries_the_figures_of_the_indicator_builder(
    make_window: WindowFactory, qtbot: QtBot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_db, "ru", runner=Runner())
    page = reports_page(window, qtbot)
    assert page.ui.contentStack.currentWidget() is page.ui.formPage
    assert window.ctx is not None
    ctx = window.ctx
    # The campaign with the most receptions: its report has figures worth checking.
    campaigns = [(page.ui.campaignCombo.itemData(i), page.ui.campaignCombo.itemText(i))
                 for i in range(1, page.ui.campaignCombo.count())]
    campaign_id, title = max(campaigns, key=lambda c: build_indicators(ctx, Scope(campaign_ids={c[0]})).receptions)
    expected = build_indicators(ctx, Scope(campaign_ids={campaign_id}))
    assert expected.receptions > 0 and expected.activities > 0

    select_data(page.ui.kindCombo, "campaign")
    select_data(page.ui.campaignCombo, campaign_id)
    assert not page.ui.tourCombo.isVisibleTo(page) and not page.ui.controlCombo.isVisibleTo(page)
    assert page.ui.languageCombo.currentData() == "ru"
    assert [page.ui.formatCombo.itemData(i) for i in range(page.ui.formatCombo.count())] == ["pdf", "xlsx"]
    save = SaveDialog(tmp_path / "out" / "campaign")  # typed without a suffix: the chosen format adds it
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)

    page.ui.buildButton.click()
    qtbot.waitUntil(lambda: page.last_output is not None and not page.building, timeout=60_000)

    proposed = Path(save.offered[0])
    assert proposed.parent == documents_folder() and proposed.suffix == ".pdf"
    assert proposed.name.startswith("Сводный отчёт о ходе кампании — ") and title[:20] in proposed.name
    output = tmp_path / "out" / "campaign.pdf"
    assert page.last_output == output and output.exists()
    text = pdf_text(output)
    for key in ("receptions", "helped", "activities", "participants"):
        assert figure(text, key, "ru", getattr(expected, key)), key
    assert page.ui.resultFrame.isVisibleTo(page)
    assert str(output) in page.ui.resultLabel.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.ui.openButton.click()
    page.ui.folderButton.click()
    assert [u.toLocalFile() for u in opened] == [str(output), str(output.parent)]
    assert message_boxes("bugDialog") == [] and message_boxes("domainErrorDialog") == []


def test_a_kazakh_journal_workbook_for_one_district(
    make_window: WindowFactory, qtbot: QtBot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_db, "kk", runner=Runner())
    page = reports_page(window, qtbot)
    assert window.ctx is not None
    select_data(page.ui.kindCombo, "journal")
    assert page.ui.kindCombo.currentText() == "Азаматтарды жеке қабылдау журналы"
    assert page.ui.tourCombo.isVisibleTo(page) and page.ui.stopCombo.isVisibleTo(page)
    assert not page.ui.stopCombo.isEnabled()  # no tour chosen yet
    district = page.ui.districtCombo.findText("Жамбыл ауданы")
    assert district > 0
    page.ui.districtCombo.setCurrentIndex(district)
    district_id = page.ui.districtCombo.currentData()
    assert page.ui.languageCombo.currentData() == "kk"  # the interface language by default
    select_data(page.ui.formatCombo, "xlsx")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(tmp_path / "journal.xlsx"))

    page.ui.buildButton.click()
    qtbot.waitUntil(lambda: page.last_output is not None and not page.building, timeout=60_000)

    expected = build_indicators(window.ctx, Scope(district_ids={district_id}))
    assert expected.receptions > 0
    wb = load_workbook(tmp_path / "journal.xlsx")
    summary = {row[0]: row[1] for row in wb.worksheets[0].iter_rows(values_only=True)
               if row and isinstance(row[0], str) and len(row) > 1 and isinstance(row[1], int)}
    assert summary[indicator_label("receptions", "kk")] == expected.receptions
    assert summary[indicator_label("helped", "kk")] == expected.helped
    receptions = wb[wb.sheetnames[1]]
    assert receptions.max_row - 1 == expected.receptions


def test_a_cancelled_build_leaves_no_file(
    make_window: WindowFactory, qtbot: QtBot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, go = threading.Event(), threading.Event()
    real = report_service.build_report

    def gated(ctx: Any, request: ReportRequest, progress: Progress, cancel: CancelToken) -> Path:
        def hold(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if not started.is_set():
                started.set()
                go.wait(10)  # the user clicks Cancel while the report is being collected
        return real(ctx, request, hold, cancel)

    monkeypatch.setattr("fieldapp.ui.pages.reports.build_report", gated)
    window = make_window(demo_db, "ru", runner=Runner())
    page = reports_page(window, qtbot)
    select_data(page.ui.kindCombo, "campaign")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(out / "campaign.pdf"))

    page.ui.buildButton.click()
    assert started.wait(10)
    dialog = window.findChild(QProgressDialog, "progressDialog")
    assert isinstance(dialog, QProgressDialog)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Отмена"
    cancel.click()
    go.set()
    qtbot.waitUntil(lambda: not page.building, timeout=30_000)

    assert list(out.iterdir()) == []  # neither the report nor its temporary part
    assert page.last_output is None
    assert "отменено" in page.ui.resultLabel.text()
    assert not page.ui.openButton.isVisibleTo(page)
    assert page.ui.buildButton.isEnabled()


def test_a_reversed_period_is_refused_naming_the_period(
    make_window: WindowFactory, qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_db, "ru", runner=Runner())
    page = reports_page(window, qtbot)
    save = SaveDialog(None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    page.ui.fromCheck.setChecked(True)
    page.ui.toCheck.setChecked(True)
    page.ui.toEdit.setDate(page.ui.fromEdit.date().addDays(-3))

    page.ui.buildButton.click()

    boxes = message_boxes("domainErrorDialog")
    assert len(boxes) == 1 and "период" in boxes[0].text().lower()
    assert save.offered == []  # refused before asking where to save
    assert page.ui.fromEdit.property("invalid") is True


def test_an_empty_database_says_what_to_do_first(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.db"
    open_database(empty, create=True).close()
    window = make_window(empty, "ru", runner=Runner())
    page = reports_page(window, qtbot)
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
    assert "демо" in page.ui.emptyText.text()
    page.demoRequested.disconnect(window.open_demo)  # the click is what is tested, not the demo build
    with qtbot.waitSignal(page.demoRequested):
        page.ui.demoButton.click()
