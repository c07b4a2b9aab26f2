"""The tours page and the stop page worked as a member logs a day: the route, a stop done and one cancelled, the head
count, an activity with its participants, an organisation and photos (file and drag and drop); the database is
checked through the services afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pages_data import Field
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import StopStatus
from fieldapp.services import photos, tours
from fieldapp.ui.pages.stop import StopPage, activity_model
from fieldapp.ui.pages.tours import ToursPage, route_model
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()


@pytest.fixture
def tours_page(qtbot: QtBot, field: Field) -> Iterator[ToursPage]:
    page = ToursPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(field.ctx)
    yield page
    for box in page.findChildren(QMessageBox):
        box.close()


@pytest.fixture
def stop_page(qtbot: QtBot, field: Field) -> Iterator[StopPage]:
    page = StopPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(field.ctx)
    yield page
    for box in page.findChildren(QMessageBox):
        box.close()


def picture(path: Path, colour: str = "#1f6f8b") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")  # type: ignore[call-overload]
    return path


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, field: Field) -> None:
    route = route_model()
    route.set_rows(tours.route(field.ctx, field.tour_id))
    assert route.rowCount() == 3
    qtmodeltester.check(route, force_py=True)
    tours.add_activity(field.ctx, field.stop_id, tours.ActivityDraft(type="lecture", participants=25))
    activities = activity_model()
    activities.set_rows(tours.list_activities(field.ctx, field.stop_id))
    qtmodeltester.check(activities, force_py=True)


def test_the_route_in_order_a_stop_done_and_one_cancelled_with_a_reason(
    qtbot: QtBot, tours_page: ToursPage, field: Field
) -> None:
    ui = tours_page.ui
    assert ui.tourList.count() == 1 and "неделя 1" in ui.tourList.item(0).text()
    model = tours_page.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Орнек", "Аса", "Аса"]
    assert [model.index(r, 2).data() for r in range(3)] == ["01.03.2026", "02.03.2026", "05.03.2026"]
    assert model.index(0, 4).data() == "проведена"

    # Today's stop (second row) done, by keyboard: Down in the route, then the button.
    ui.routeView.setFocus()
    qtbot.keyClick(ui.routeView, Qt.Key.Key_Down)
    assert tours_page.current_stop() is not None and tours_page.current_stop().id == field.stop_id  # type: ignore[union-attr]
    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    assert tours.get_stop(field.ctx, field.stop_id).status is StopStatus.DONE
    assert model.index(1, 4).data() == "проведена"

    # The last one cancelled: the reason is asked; without one refused, naming it; with one, cancelled.
    tours_page.select_stop(tours.route(field.ctx, field.tour_id)[2].id)
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    asked = tours_page.dialog
    assert isinstance(asked, QInputDialog)
    asked.accept()
    boxes = [b for b in tours_page.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "причин" in boxes[0].text()
    boxes[0].close()
    last = tours.route(field.ctx, field.tour_id)[2]
    assert last.status is StopStatus.PLANNED
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    asked = tours_page.dialog
    assert isinstance(asked, QInputDialog)
    asked.setTextValue("Дорогу размыло")
    asked.accept()
    last = tours.get_stop(field.ctx, last.id)
    assert last.status is StopStatus.CANCELLED and last.cancel_reason == "Дорогу размыло"
    assert model.index(2, 4).data() == "отменена"
    assert "Дорогу размыло" in model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "проведено: 2" in ui.tourInfo.text()


def test_enter_on_a_stop_opens_it_on_the_stop_page(
    qtbot: QtBot, make_window: object, field: Field
) -> None:
    window = make_window(field.db.path, runner=Runner(synchronous=True))  # type: ignore[operator]
    window.show()
    qtbot.waitExposed(window)
    window.show_page("tours")
    page = window.pages["tours"]
    assert isinstance(page, ToursPage)
    page.select_stop(field.done_stop_id)
    page.ui.routeView.setFocus()
    qtbot.keyClick(page.ui.routeView, Qt.Key.Key_Return)
    assert window.current_page_key() == "stop"
    stop = window.pages["stop"]
    assert isinstance(stop, StopPage) and stop.current_stop_id() == field.done_stop_id


def test_logging_a_stop_head_count_activity_organisation_photos(
    qtbot: QtBot, stop_page: StopPage, field: Field, tmp_path: Path
) -> None:
    ui = stop_page.ui
    assert stop_page.current_stop_id() == field.stop_id  # today's stop comes first
    assert "Аса" in ui.stopInfo.text()

    # Head count, typed.
    ui.headcountSpin.setFocus()
    ui.headcountSpin.selectAll()
    qtbot.keyClicks(ui.headcountSpin, "600")
    qtbot.keyClick(ui.approximateCheck, Qt.Key.Key_Space)
    qtbot.mouseClick(ui.headcountButton, Qt.MouseButton.LeftButton)
    count = tours.headcount(field.ctx, field.stop_id)
    assert (count.total, count.approximate) == (600, True)
    assert "≈600" in ui.headcountInfo.text()

    # An activity: a lecture for schoolchildren with 180 participants.
    ui.activityTypeCombo.setCurrentIndex(ui.activityTypeCombo.findData("lecture"))
    ui.audienceCombo.setCurrentIndex(ui.audienceCombo.findData("schoolchildren"))
    ui.activityTitleEdit.setFocus()
    qtbot.keyClicks(ui.activityTitleEdit, "Pravovaya gramotnost")
    ui.participantsSpin.setFocus()
    ui.participantsSpin.selectAll()
    qtbot.keyClicks(ui.participantsSpin, "180")
    qtbot.mouseClick(ui.addActivityButton, Qt.MouseButton.LeftButton)
    [activity] = tours.list_activities(field.ctx, field.stop_id)
    assert (activity.type.value, activity.audience.value, activity.participants) == (
        "lecture", "schoolchildren", 180)
    assert stop_page.activities.rowCount() == 1
    assert stop_page.activities.index(0, 0).data() == "лекция"
    assert stop_page.activities.index(0, 3).data() == "180"

    # A participating organisation, chosen from the list, and one typed in that was not there.
    ui.orgCombo.setCurrentIndex(ui.orgCombo.findData(field.org_id))
    qtbot.mouseClick(ui.addOrgButton, Qt.MouseButton.LeftButton)
    ui.orgCombo.setEditText("Общественное объединение «Қамқор»")
    qtbot.mouseClick(ui.addOrgButton, Qt.MouseButton.LeftButton)
    names = {o.name_ru for o in tours.list_stop_organizations(field.ctx, field.stop_id)}
    assert names == {"Акимат Жамбылского района", "Общественное объединение «Қамқор»"}
    assert ui.orgList.count() == 2

    # Photos: one through the same path as the file dialog, one dropped onto the list.
    ui.captionEdit.setText("Встреча в сельском клубе")
    ui.creditEdit.setText("Фото: акимат Жамбылского района")
    assert stop_page.add_photos([picture(tmp_path / "meeting.png")]) == 1
    ui.captionEdit.setText("Лекция для школьников")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture(tmp_path / "lecture.png", "#c62828")))])
    viewport = ui.photoList.viewport()
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only inside a running drag (its drag manager picks the target), which a test cannot start
    # offscreen: the event goes to the filter on the list's viewport, where Qt would hand it.
    assert viewport.acceptDrops()
    assert stop_page.photo_drop.eventFilter(viewport, drop) is True
    stored = photos.list_photos(field.ctx, "stop", field.stop_id)
    assert [p.caption for p in stored] == ["Встреча в сельском клубе", "Лекция для школьников"]
    assert stored[0].credit == "Фото: акимат Жамбылского района"
    assert ui.photoList.count() == 2
    assert not ui.photoList.item(0).icon().isNull()  # a thumbnail, not just a name
    # Each thumbnail under its caption, the credit in its tooltip; the caption field is ready for the next photo.
    assert [ui.photoList.item(i).text() for i in range(2)] == ["Встреча в сельском клубе", "Лекция для школьников"]
    assert "Фото: акимат Жамбылского района" in ui.photoList.item(0).toolTip()
    assert ui.captionEdit.text() == "" and ui.creditEdit.text() == "Фото: акимат Жамбылского района"

    # A file that is not a picture is refused by name; nothing is added.
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a photo", encoding="utf-8")
    assert stop_page.add_photos([text_file]) == 0
    boxes = [b for b in stop_page.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "notes.txt" in boxes[0].text()
    assert len(photos.list_photos(field.ctx, "stop", field.stop_id)) == 2


def test_without_tours_both_pages_say_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    from fieldapp.services.context import Context
    from fieldapp.storage.database import open_database

    db = open_database(tmp_path / "empty.db", create=True)
    try:
        for page in (ToursPage(Runner(synchronous=True)), StopPage(Runner(synchronous=True))):
            qtbot.addWidget(page)
            page.set_context(Context(db=db))
            assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
            # Both say how to make one: Ctrl+N on the tours page.
            assert "Ctrl+N" in page.ui.emptyText.text()
    finally:
        db.close()
