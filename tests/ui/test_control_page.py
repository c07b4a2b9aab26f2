"""The control register worked as a supervisor works it, on the demo database: the overdue items first, filters,
an extension within two months and one beyond them, a resolution; the database is checked afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import ControlEventKind, ControlStatus
from fieldapp.domain.workdays import max_extended_deadline, proposed_extension
from fieldapp.services.context import Context
from fieldapp.services.control import get_item, list_control
from fieldapp.services.demo import build_demo
from fieldapp.storage.database import open_database
from fieldapp.ui.models.control_model import ID_ROLE, OVERDUE_ROLE, SORT_ROLE, Column, ControlTableModel
from fieldapp.ui.pages.control import ControlPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DEMO_TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_ctx(demo_file: Path, tmp_path: Path) -> Iterator[Context]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    db = open_database(copy)
    yield Context(db=db, blobs=tmp_path / "blobs", clock=lambda: datetime(2026, 11, 21, 10))
    db.close()


@pytest.fixture
def register(qtbot: QtBot, demo_ctx: Context) -> Iterator[ControlPage]:
    page = ControlPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.set_context(demo_ctx)
    yield page
    for box in page.findChildren(QMessageBox):
        box.close()


def shown_ids(page: ControlPage) -> list[str]:
    return [page.model.index(row, 0).data(ID_ROLE) for row in range(page.model.rowCount())]


def error_boxes(page: QWidget) -> list[QMessageBox]:
    return [b for b in page.findChildren(QMessageBox) if b.objectName() == "domainErrorDialog" and b.isVisible()]


def dismiss(qtbot: QtBot, page: QWidget, box: QMessageBox) -> None:
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_ctx: Context) -> None:
    model = ControlTableModel()
    model.set_rows(list_control(demo_ctx))
    assert model.rowCount() == 15
    qtmodeltester.check(model, force_py=True)
    overdue = model.index(0, Column.DEADLINE)
    assert overdue.data(OVERDUE_ROLE) is True and overdue.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert isinstance(overdue.data(SORT_ROLE), int)  # dates sort as dates, not as dd.mm.yyyy text
    model.set_rows(())
    qtmodeltester.check(model, force_py=True)


def test_the_supervisor_finds_the_overdue_items_first(qtbot: QtBot, register: ControlPage, demo_ctx: Context) -> None:
    expected = list_control(demo_ctx)
    overdue = [r.id for r in expected if r.overdue]
    assert overdue, "the demo has overdue items"
    ids = shown_ids(register)
    assert ids[: len(overdue)] == overdue
    assert all(register.model.index(i, 0).data(OVERDUE_ROLE) for i in range(len(overdue)))
    assert "срок истёк" in register.model.index(0, Column.STATUS).data()
    assert f"просрочено: {len(overdue)}" in register.ui.countLabel.text()
    # The first (most overdue) item is chosen and its history shown.
    assert register.current_id() == overdue[0]
    assert register.detail is not None and register.ui.historyList.count() == len(register.detail.events)
    assert "истёк" in register.ui.detailInfo.text()

    # The overdue filter, by keyboard: Space on the check box.
    register.ui.overdueCheck.setFocus()
    qtbot.keyClick(register.ui.overdueCheck, Qt.Key.Key_Space)
    assert shown_ids(register) == overdue

    # Resolved only.
    qtbot.keyClick(register.ui.overdueCheck, Qt.Key.Key_Space)
    register.ui.statusCombo.setCurrentIndex(register.ui.statusCombo.findData(ControlStatus.RESOLVED.value))
    assert shown_ids(register) == [r.id for r in expected if r.status is ControlStatus.RESOLVED]

    # A responsible body.
    register.ui.statusCombo.setCurrentIndex(0)
    body = next(r for r in expected if r.responsible_org_id)
    register.ui.responsibleCombo.setCurrentIndex(register.ui.responsibleCombo.findData(body.responsible_org_id))
    assert set(shown_ids(register)) == {r.id for r in expected if r.responsible_org_id == body.responsible_org_id}


def test_extend_within_two_months_then_beyond_then_resolve(
    qtbot: QtBot, register: ControlPage, demo_ctx: Context
) -> None:
    today = demo_ctx.today()
    overdue = [r for r in list_control(demo_ctx) if r.overdue]
    # Items whose two-month limit is still ahead: they can be extended past today.
    first, second = [r for r in overdue if max_extended_deadline(r.registered_on) > today][:2]
    ui = register.ui

    # Overdue: a new deadline after the old one but not after today is refused; the form offers one from today.
    register.select(first.id)
    assert ui.deadlineEdit.date().toPython() == proposed_extension(first.registered_on, first.deadline, today)
    ui.noteEdit.setText("Zhdem")
    ui.deadlineEdit.setDate(QDate(today.year, today.month, today.day))
    qtbot.mouseClick(ui.extendButton, Qt.MouseButton.LeftButton)
    boxes = error_boxes(register)
    assert len(boxes) == 1 and "не позже сегодняшнего дня" in boxes[0].text()
    dismiss(qtbot, register, boxes[0])
    assert get_item(demo_ctx, first.id).row.deadline == first.deadline
    ui.noteEdit.setText("")

    # A valid extension: a reason, a date after the deadline and today, within two months of registration.
    limit = max_extended_deadline(first.registered_on)
    new_deadline = min(today + timedelta(days=10), limit)
    ui.noteEdit.setFocus()
    qtbot.keyClicks(ui.noteEdit, "Zhdem podryadchika")
    ui.deadlineEdit.setDate(QDate(new_deadline.year, new_deadline.month, new_deadline.day))
    ui.extendButton.setFocus()
    qtbot.keyClick(ui.extendButton, Qt.Key.Key_Space)
    assert error_boxes(register) == []
    info = get_item(demo_ctx, first.id)
    assert info.row.deadline == new_deadline
    last = info.events[-1]
    assert last.kind is ControlEventKind.EXTENDED and last.new_deadline == new_deadline
    assert last.note == "Zhdem podryadchika"
    assert ui.noteEdit.text() == "" and register.current_id() == first.id  # the item stays chosen
    assert "срок продлён" in ui.historyList.item(ui.historyList.count() - 1).text()

    # Beyond two months: refused by the service, the message says so and the deadline field is marked.
    register.select(second.id)
    too_late = max_extended_deadline(second.registered_on) + timedelta(days=1)
    ui.noteEdit.setFocus()
    qtbot.keyClicks(ui.noteEdit, "Eshche mesyac")
    ui.deadlineEdit.setDate(QDate(too_late.year, too_late.month, too_late.day))
    qtbot.mouseClick(ui.extendButton, Qt.MouseButton.LeftButton)
    boxes = error_boxes(register)
    assert len(boxes) == 1 and "двух месяцев" in boxes[0].text() and "срок" in boxes[0].text()
    dismiss(qtbot, register, boxes[0])
    assert get_item(demo_ctx, second.id).row.deadline == second.deadline
    assert ui.deadlineEdit.property("invalid") is True
    assert ui.noteEdit.text() == "Eshche mesyac"  # what was typed stays

    # An extension without a reason: refused naming the reason.
    ui.noteEdit.setText("")
    ok = max_extended_deadline(second.registered_on)
    ui.deadlineEdit.setDate(QDate(ok.year, ok.month, ok.day))
    qtbot.mouseClick(ui.extendButton, Qt.MouseButton.LeftButton)
    boxes = error_boxes(register)
    assert len(boxes) == 1 and "причин" in boxes[0].text()
    dismiss(qtbot, register, boxes[0])
    assert QApplication.focusWidget() is ui.noteEdit

    # Resolved: the item leaves the overdue ones, its actions are off.
    qtbot.keyClicks(ui.noteEdit, "Voda podana")
    qtbot.mouseClick(ui.resolveButton, Qt.MouseButton.LeftButton)
    info = get_item(demo_ctx, second.id)
    assert info.row.status is ControlStatus.RESOLVED and not info.row.overdue
    assert register.current_id() == second.id and not ui.resolveButton.isEnabled()
    row = register.model.row_of(second.id)
    assert register.model.index(row, Column.STATUS).data() == "решено"


def test_reject_needs_a_reason_and_in_progress_is_recorded(
    qtbot: QtBot, register: ControlPage, demo_ctx: Context
) -> None:
    item = next(r for r in list_control(demo_ctx) if r.status is ControlStatus.OPEN)
    register.select(item.id)
    qtbot.mouseClick(register.ui.rejectButton, Qt.MouseButton.LeftButton)
    boxes = error_boxes(register)
    assert len(boxes) == 1 and "причина" in boxes[0].text().lower()
    dismiss(qtbot, register, boxes[0])
    assert get_item(demo_ctx, item.id).row.status is ControlStatus.OPEN

    qtbot.mouseClick(register.ui.progressButton, Qt.MouseButton.LeftButton)
    assert get_item(demo_ctx, item.id).row.status is ControlStatus.IN_PROGRESS
    register.ui.noteEdit.setText("Вне компетенции акимата")
    qtbot.mouseClick(register.ui.rejectButton, Qt.MouseButton.LeftButton)
    info = get_item(demo_ctx, item.id)
    assert info.row.status is ControlStatus.REJECTED and info.events[-1].note == "Вне компетенции акимата"


def test_an_empty_register_says_how_items_get_there(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.db", create=True)
    page = ControlPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    try:
        page.set_context(Context(db=db))
        assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
        assert "взято на контроль" in page.ui.emptyText.text()
    finally:
        db.close()
