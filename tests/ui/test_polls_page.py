"""The polls page worked as a member works it at a stop: a poll defined in the dialog, answers counted with the keys
1–9 (Shift takes one back) and the large buttons, the sums checked against the polls service; the demo's poll."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from demo_data import copy_demo
from pages_data import Field
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.services import polls
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database
from fieldapp.ui.dialogs.poll_dialog import PollDialog, option_lines
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.models.poll_model import PollStopModel
from fieldapp.ui.pages.polls import PollsPage, stop_rows
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_page(qtbot: QtBot, ctx: Context) -> PollsPage:
    page = PollsPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.set_context(ctx)
    return page


@pytest.fixture
def demo_ctx(demo_file: Path, tmp_path: Path) -> Iterator[Context]:
    db = open_database(copy_demo(demo_file, tmp_path))
    yield Context(db=db, blobs=tmp_path / "blobs")
    db.close()


def test_option_lines_carry_the_kazakh_label_after_the_bar() -> None:
    assert option_lines("Да | Иә\n\n  Нет  \n") == [("Да", "Иә"), "Нет"]


def test_a_poll_defined_in_the_dialog_and_counted_with_keys_and_buttons(qtbot: QtBot, field: Field) -> None:
    ctx = field.ctx
    page = open_page(qtbot, ctx)
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage

    # The dialog: two options are the least; the question is required.
    dialog = PollDialog(ctx, page.data.campaigns, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.questionRuEdit.setText("Довольны ли вы приёмом?")  # QTest types Latin only
    dialog.ui.optionsEdit.setPlainText("Да | Иә")
    dialog.save()
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.objectName() == "domainErrorDialog"]
    assert boxes and "двух" in boxes[0].text()
    assert dialog.ui.optionsEdit.property("invalid") is True
    for box in boxes:
        box.close()
    dialog.ui.optionsEdit.setPlainText("Да | Иә\nНет | Жоқ\nЗатрудняюсь ответить | Жауап беру қиын")
    dialog.ui.questionKkEdit.setText("Қабылдауға көңіліңіз толды ма?")
    dialog.save()
    assert dialog.poll_id is not None and dialog.result() == 1
    page._keep_poll = dialog.poll_id
    page.reload()

    assert page.ui.contentStack.currentWidget() is page.ui.pollsPage
    assert page.current_poll_id() == dialog.poll_id
    assert page.current_stop_id() == field.stop_id  # today's stop is proposed
    assert len(page.plus_buttons) == 3
    assert "Shift" in page.ui.keyHint.text()

    # Keys: 1 ×3, 2 ×2, Shift+2 once, 3 once; buttons: + on option 3 twice, − on option 1 once.
    for key, times in ((Qt.Key.Key_1, 3), (Qt.Key.Key_2, 2), (Qt.Key.Key_3, 1)):
        for _ in range(times):
            qtbot.keyClick(page.ui.pollList, key)
    qtbot.keyClick(page.ui.pollList, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(page.plus_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.plus_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.minus_buttons[0], Qt.MouseButton.LeftButton)

    results = polls.poll_results(ctx, dialog.poll_id, stop_id=field.stop_id)
    assert [o.count for o in results.options] == [2, 1, 3]
    assert [label.text() for label in page.count_labels] == ["2", "1", "3"]
    assert page.results is not None and page.results.total == 6
    assert "Всего ответов: 6" in page.ui.totalLabel.text()
    assert page.ui.tallyBox.title().endswith("6")
    assert [page.bar_set.at(i) for i in range(3)] == [3, 1, 2]  # bottom up: option 3 first
    assert page.value_axis.min() == 0
    row = page.model.rows()[page.model.row_of(field.stop_id)]
    assert row.counts == (2, 1, 3) and row.total == 6

    # Taking back more than this laptop counted is refused beside the buttons, without a dialog.
    qtbot.keyClick(page.ui.pollList, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.ui.pollList, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    assert "нечего убирать" in page.ui.feedbackLabel.text()
    assert [b for b in page.findChildren(QMessageBox) if b.isVisible()] == []
    assert [o.count for o in polls.poll_results(ctx, dialog.poll_id).options] == [2, 0, 3]

    # Another stop counts apart; the totals add both.
    page.ui.stopCombo.setCurrentIndex(page.ui.stopCombo.findData(field.done_stop_id))
    assert [label.text() for label in page.count_labels] == ["0", "0", "0"]
    qtbot.keyClick(page.ui.stopCombo, Qt.Key.Key_1)
    assert polls.poll_results(ctx, dialog.poll_id, stop_id=field.done_stop_id).total == 1
    assert page.results.total == 6 and page.model.rowCount() == 2


def test_the_demo_poll_shows_its_323_answers(qtbot: QtBot, demo_ctx: Context, qtmodeltester: ModelTester) -> None:
    page = open_page(qtbot, demo_ctx)
    poll = next(p for p in page.data.polls if p.question_ru == "А вы привыкли к новому времени?")
    page.select_poll(poll.id)
    assert page.results is not None
    assert [o.count for o in page.results.options] == [40, 208, 60, 15]
    assert page.results.total == 323
    assert "Всего ответов: 323" in page.ui.totalLabel.text()
    assert [page.bar_set.at(i) for i in range(4)] == [15, 60, 208, 40]
    assert page.value_axis.min() == 0 and page.value_axis.max() >= 208
    # The per-stop table adds up to the totals, option by option.
    rows = page.model.rows()
    assert [sum(r.counts[i] for r in rows) for i in range(4)] == [40, 208, 60, 15]
    assert all(r.name != "—" for r in rows)
    qtmodeltester.check(page.model, force_py=True)


def test_kazakh_shows_the_kazakh_question_and_options(qtbot: QtBot, demo_ctx: Context) -> None:
    from fieldapp.ui import i18n

    i18n.switch_language("kk")
    page = open_page(qtbot, demo_ctx)
    QApplication.processEvents()
    poll = next(p for p in page.data.polls if p.question_ru == "А вы привыкли к новому времени?")
    page.select_poll(poll.id)
    assert page.ui.questionLabel.text() == "Сіз жаңа уақытқа үйрендіңіз бе?"
    assert page.ui.titleLabel.text() == "Сауалнамалар"
    assert page.category_axis.categories()[-1].startswith("1. Иә")


def test_the_stop_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_ctx: Context) -> None:
    poll = polls.list_polls(demo_ctx)[0]
    results = polls.poll_results(demo_ctx, poll.id)
    model = PollStopModel()
    model.set_results([o.option.label_ru for o in results.options], stop_rows(results, {}))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.set_results((), ())
    assert model.columnCount() == 0
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_total_per_stop_is_in_view_at_1280_by_800(
    make_window: Callable[..., MainWindow], qtbot: QtBot, demo_file: Path, tmp_path: Path, lang: str
) -> None:
    window = make_window(copy_demo(demo_file, tmp_path), lang=lang)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("polls")
    page = window.pages["polls"]
    assert isinstance(page, PollsPage)
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 5, timeout=20_000)
    QApplication.processEvents()
    table = page.ui.stopTable
    total = page.model.total_column()
    assert table.horizontalScrollBar().maximum() == 0  # no scrollbar to hide a column behind
    right = table.columnViewportPosition(total) + table.columnWidth(total)
    assert table.columnViewportPosition(total) > 0 and right <= table.viewport().width()
    header = table.horizontalHeader()
    title = page.proxy.headerData(total, Qt.Orientation.Horizontal)
    # The figures are not cut: every column but the stop's is as wide as its header and figures need.
    assert table.columnWidth(total) >= header.fontMetrics().horizontalAdvance(title)
    # Every header has a tooltip: an elided one stays readable.
    for column in range(page.proxy.columnCount()):
        assert page.proxy.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole), column
    assert page.proxy.headerData(total, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == title
