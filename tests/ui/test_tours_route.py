"""The tours page as a coordinator plans the seed's pilot «Мир и согласие» from an empty database (`fieldapp init`):
a tour through Аса, Каракемер, Өрнек, Ерназар, Карасу and Көккайнар typed in by hand, a stop moved up with Alt+Up,
one moved to another day, one cancelled with a reason asked for; then a member logs the route (a stop held on its
day, a future one only after a question, which refused changes nothing) and sees route editing disabled, with the
reason; and the stop page's activities added, corrected and deleted. Checked through the services afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import StopStatus
from fieldapp.services import campaigns, places, roles, sync, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.listing import list_records
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.dialogs.stop_dialog import StopDialog
from fieldapp.ui.dialogs.tour_dialog import TourDialog
from fieldapp.ui.pages.stop import StopPage
from fieldapp.ui.pages.tours import ToursPage
from fieldapp.ui.workers import Runner

# The offscreen platform cannot raise the picker's popup or grab the keyboard for it; a desktop can.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

NOW = datetime(2026, 3, 2, 10, 30)  # a Monday: the tour starts today
VILLAGES = (("Аса", "Аса"), ("Каракемер", "Қаракемер"), ("Орнек", "Өрнек"), ("Ерназар", "Ерназар"),
            ("Карасу", "Қарасу"), ("Коккайнар", "Көккайнар"))


@dataclass
class Office:
    boss: Context  # the coordinator who made the database
    field: Context  # a member
    campaign: str
    group: str
    villages: dict[str, str]  # Kazakh name -> settlement id


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """A database made as `fieldapp init` makes it; the coordinator sets up the campaign, its group and the places
    through the services (those have their own pages); the tour is left to the page."""
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    boss = open_workspace(path, user="boss", password="boss-pass", clock=lambda: NOW)
    add_user(boss, "field", "field-pass", "member")
    field = open_workspace(path, user="field", password="field-pass", clock=lambda: NOW)
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(boss, region, "Жамбылский район", "Жамбыл ауданы")
    villages = {kk: places.create_settlement(boss, district, ru, kk) for ru, kk in VILLAGES}
    campaign = campaigns.create_campaign(boss, "Мир и согласие", title_kk="Бейбітшілік және келісім",
                                         kind="pilot project", starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 31))
    group = campaigns.create_group(boss, campaign, "Информационно-разъяснительная группа", code="ЖГ1")
    yield Office(boss, field, campaign, group, villages)
    for ctx in (boss, field):
        ctx.db.close()


def planned_tour(office: Office) -> str:
    """The tour as the coordinator's page leaves it, made through the services (for the member's tests)."""
    tour = tours.create_tour(office.boss, office.campaign, "Жамбылский район, март", starts_on=date(2026, 3, 2),
                             ends_on=date(2026, 3, 7), group_ids=[office.group])
    for day, (_ru, kk) in enumerate(VILLAGES, start=2):
        tours.add_stop(office.boss, tour, office.villages[kk], planned_on=date(2026, 3, day),
                       venue="Дом культуры", venue_type="house of culture")
    return tour


def tours_page(qtbot: QtBot, ctx: Context) -> ToursPage:
    page = ToursPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.set_context(ctx)
    return page


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` (QTest.keyClicks knows only ASCII: Cyrillic and Kazakh letters go as key events
    carrying their text, as a keyboard layout sends them)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)


def visible_boxes(widget: QWidget) -> list[QMessageBox]:
    return [b for b in widget.findChildren(QMessageBox) if b.isVisible()]


def close_boxes(widget: QWidget) -> None:
    for box in visible_boxes(widget):
        box.close()


def route_names(ctx: Context, tour: str) -> list[str]:
    return [s.settlement_kk for s in tours.route(ctx, tour)]


def shortcut(qtbot: QtBot, page: ToursPage, widget: QWidget, key: Qt.Key,
             modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A page shortcut typed in `widget`; the page's window is made active first (offscreen, a closed dialog does
    not give the activation back), and the button it clicks is given time to be clicked (animateClick)."""
    page.dialog = None
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)
    qtbot.wait(250)


def add_stop_by_keyboard(qtbot: QtBot, page: ToursPage, prefix: str, venue: str) -> None:
    """Insert, the first letters of the name, Down and Enter in the hits, the venue typed, Enter saves."""
    shortcut(qtbot, page, page.ui.routeView, Qt.Key.Key_Insert)
    dialog = page.dialog
    assert isinstance(dialog, StopDialog) and dialog.isVisible()
    picker = dialog.ui.settlementEdit
    picker.setFocus()
    type_into(picker, prefix)
    popup = picker.completer().popup()
    assert popup.isVisible() and picker.hits()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.settlement_id() is not None
    dialog.ui.venueEdit.setFocus()
    type_into(dialog.ui.venueEdit, venue)
    qtbot.keyClick(dialog.ui.venueEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible(), [b.text() for b in visible_boxes(dialog)]


def test_a_coordinator_plans_the_pilot_tour_by_hand(qtbot: QtBot, office: Office) -> None:
    page = tours_page(qtbot, office.boss)
    ui = page.ui
    assert ui.contentStack.currentWidget() is ui.emptyPage
    assert "Создайте выезд: Ctrl+N" in ui.emptyText.text() and ui.emptyNewButton.isEnabled()

    # Ctrl+N: the tour, in the campaign's only group, for the first week of March.
    shortcut(qtbot, page, ui.emptyNewButton, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, TourDialog) and dialog.isVisible()
    assert dialog.ui.campaignCombo.currentText() == "Мир и согласие"
    assert dialog.ui.startEdit.date() == QDate(2026, 3, 1)  # the campaign's period proposed
    dialog.ui.titleEdit.setFocus()
    type_into(dialog.ui.titleEdit, "Жамбылский район, март")
    dialog.ui.startEdit.setDate(QDate(2026, 3, 2))
    dialog.ui.endEdit.setDate(QDate(2026, 3, 9))
    groups = dialog.ui.groupList
    groups.setFocus()
    groups.setCurrentRow(0)
    qtbot.keyClick(groups, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    [tour] = tours.list_tours(office.boss)
    assert (tour.title, tour.starts_on, tour.ends_on, tour.group_ids) == (
        "Жамбылский район, март", date(2026, 3, 2), date(2026, 3, 9), (office.group,))
    assert ui.contentStack.currentWidget() is ui.mainPage and page.current_tour_id() == tour.id
    assert "Insert" in ui.routeHint.text()  # an empty route says how to fill it

    # Six stops, each typed: the first on the tour's first day, each next one a day later.
    for prefix in ("Ас", "Қарак", "Өрн", "Ерн", "Карас", "Көкк"):
        add_stop_by_keyboard(qtbot, page, prefix, "Дом культуры")
    route = tours.route(office.boss, tour.id)
    assert [s.settlement_kk for s in route] == [kk for _ru, kk in VILLAGES]
    assert [s.planned_on for s in route] == [date(2026, 3, d) for d in range(2, 8)]
    assert {s.venue for s in route} == {"Дом культуры"} and page.model.rowCount() == 6

    # Карасу goes before Ерназар: Alt+Up on it, and it stays chosen.
    page.select_stop(route[4].id)
    shortcut(qtbot, page, ui.routeView, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert route_names(office.boss, tour.id) == ["Аса", "Қаракемер", "Өрнек", "Қарасу", "Ерназар", "Көккайнар"]
    assert page.current_stop() is not None and page.current_stop().id == route[4].id  # type: ignore[union-attr]
    assert page.model.index(3, 1).data() == "Карасу"

    # Көккайнар moves to Monday the 9th: the dialog opens on the date, typed over.
    page.select_stop(route[5].id)
    qtbot.mouseClick(ui.moveStopButton, Qt.MouseButton.LeftButton)
    moving = page.dialog
    assert isinstance(moving, StopDialog) and moving.focusWidget() is moving.ui.dateEdit
    moving.ui.dateEdit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(moving.ui.dateEdit, "09")
    assert moving.ui.dateEdit.date() == QDate(2026, 3, 9)
    qtbot.keyClick(moving.ui.dateEdit, Qt.Key.Key_Return)
    moved = tours.get_stop(office.boss, route[5].id)
    assert (moved.planned_on, moved.settlement_kk, moved.venue) == (date(2026, 3, 9), "Көккайнар", "Дом культуры")

    # Ерназар cancelled: the reason is asked; none given is refused and changes nothing.
    page.select_stop(route[3].id)
    before = sync.digest(office.boss)
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    asked = page.dialog
    assert isinstance(asked, QInputDialog) and "Ерназар" in asked.labelText()
    asked.accept()
    [box] = visible_boxes(page.window())
    assert "причин" in box.text()
    box.close()
    assert sync.digest(office.boss) == before
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    asked = page.dialog
    assert isinstance(asked, QInputDialog)
    asked.setTextValue("Дорогу размыло")
    asked.accept()
    cancelled = tours.get_stop(office.boss, route[3].id)
    assert (cancelled.status, cancelled.cancel_reason) == (StopStatus.CANCELLED, "Дорогу размыло")
    row = page.model.row_of(route[3].id)
    assert page.model.index(row, 4).data() == "отменена"
    assert "Дорогу размыло" in page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not ui.cancelButton.isEnabled() and ui.reopenButton.isEnabled()

    # A stop deleted after a question; No first, which keeps it.
    page.select_stop(route[0].id)
    ui.routeView.setFocus()
    qtbot.keyClick(ui.routeView, Qt.Key.Key_Delete)
    question = page.dialog
    assert isinstance(question, QMessageBox) and "Аса" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    assert len(tours.route(office.boss, tour.id)) == 6

    # Ctrl+E: the tour retitled, its group unticked; the route and the stop chosen stay.
    page.select_stop(route[2].id)
    shortcut(qtbot, page, ui.routeView, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editing = page.dialog
    assert isinstance(editing, TourDialog) and not editing.ui.campaignCombo.isEnabled()
    assert editing.ui.titleEdit.text() == "Жамбылский район, март" and editing.group_ids() == [office.group]
    editing.ui.titleEdit.selectAll()
    type_into(editing.ui.titleEdit, "Жамбылский район, 2–9 марта")
    editing.ui.groupList.setFocus()
    editing.ui.groupList.setCurrentRow(0)
    qtbot.keyClick(editing.ui.groupList, Qt.Key.Key_Space)
    qtbot.keyClick(editing.ui.titleEdit, Qt.Key.Key_Return)  # Enter saves
    retitled = tours.get_tour(office.boss, tour.id)
    assert (retitled.title, retitled.group_ids, retitled.starts_on) == (
        "Жамбылский район, 2–9 марта", (), date(2026, 3, 2))
    assert "2–9 марта" in ui.tourList.item(0).text() and ui.tourTitle.text() == retitled.title
    assert page.current_stop() is not None and page.current_stop().id == route[2].id  # type: ignore[union-attr]

    # Deleted after a question: gone from the list and from the stops a desk can pick; its stops stay in history.
    qtbot.mouseClick(ui.deleteTourButton, Qt.MouseButton.LeftButton)
    question = page.dialog
    assert isinstance(question, QMessageBox) and "2–9 марта" in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    assert tours.list_tours(office.boss) == ()
    assert list_records(office.boss, "stops") == []
    assert tours.get_stop(office.boss, route[1].id).settlement_kk == "Қаракемер"  # the record itself is kept
    assert ui.contentStack.currentWidget() is ui.emptyPage
    close_boxes(page.window())


def test_a_member_logs_the_route_but_cannot_change_it(qtbot: QtBot, office: Office) -> None:
    tour = planned_tour(office)
    asa, karakemer = tours.route(office.boss, tour)[:2]
    page = tours_page(qtbot, office.field)
    ui = page.ui
    reason = roles.reason(office.field, "setup", "ru")
    assert reason is not None and "руководитель или координатор" in reason
    page.select_stop(karakemer.id)
    for button in (ui.newTourButton, ui.editTourButton, ui.deleteTourButton, ui.addStopButton, ui.editStopButton,
                   ui.moveStopButton, ui.upButton, ui.downButton, ui.deleteStopButton, ui.cancelButton):
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == reason, button.objectName()
    assert ui.routeHint.isVisible() and ui.routeHint.text().casefold() == reason.casefold()
    shortcut(qtbot, page, ui.routeView, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # of a disabled button
    shortcut(qtbot, page, ui.routeView, Qt.Key.Key_Delete)
    assert [s.id for s in tours.route(office.boss, tour)][:2] == [asa.id, karakemer.id]
    assert page.dialog is None

    # A reload (a save elsewhere in the app) keeps the tour and the stop chosen.
    page.reload()
    assert page.current_stop() is not None and page.current_stop().id == karakemer.id  # type: ignore[union-attr]

    # Аса is today's stop: held at once, no question.
    page.select_stop(asa.id)
    assert ui.doneButton.isEnabled()
    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    held = tours.get_stop(office.boss, asa.id)
    assert held.status is StopStatus.DONE and held.arrived_at == NOW
    assert page.model.index(0, 4).data() == "проведена"

    # Каракемер is tomorrow's: the question names its day; No changes nothing.
    page.select_stop(karakemer.id)
    before = sync.digest(office.boss)
    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    question = page.dialog
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert question.text() == "Остановка запланирована на 03.03.2026 — отметить проведённой раньше срока?"
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.No).click()
    assert tours.get_stop(office.boss, karakemer.id).status is StopStatus.PLANNED
    assert sync.digest(office.boss) == before
    # Yes logs it early, as asked.
    qtbot.mouseClick(ui.doneButton, Qt.MouseButton.LeftButton)
    question = page.dialog
    assert isinstance(question, QMessageBox)
    question.button(QMessageBox.StandardButton.Yes).click()
    assert tours.get_stop(office.boss, karakemer.id).status is StopStatus.DONE
    # A wrong «held» is the member's to undo.
    assert ui.reopenButton.isEnabled()
    qtbot.mouseClick(ui.reopenButton, Qt.MouseButton.LeftButton)
    assert tours.get_stop(office.boss, karakemer.id).status is StopStatus.PLANNED
    assert not visible_boxes(page.window())


def test_without_tours_a_member_is_told_who_creates_them(qtbot: QtBot, office: Office) -> None:
    page = tours_page(qtbot, office.field)
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
    assert "руководитель или координатор" in page.ui.emptyText.text()
    assert not page.ui.emptyNewButton.isEnabled()
    shortcut(qtbot, page, page.ui.emptyText, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is None


def test_activities_added_corrected_and_deleted_on_the_stop_page(qtbot: QtBot, office: Office) -> None:
    tour = planned_tour(office)
    asa = tours.route(office.boss, tour)[0]
    page = StopPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.set_context(office.field)
    ui = page.ui
    assert page.current_stop_id() == asa.id  # today's stop first

    # A lecture for schoolchildren: 180 participants, 200 booklets, 2 publications, what happened.
    ui.activityTypeCombo.setCurrentIndex(ui.activityTypeCombo.findData("lecture"))
    ui.audienceCombo.setCurrentIndex(ui.audienceCombo.findData("schoolchildren"))
    for spin, text in ((ui.participantsSpin, "180"), (ui.handoutsSpin, "200"), (ui.publicationsSpin, "2")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, text)
    ui.descriptionEdit.setFocus()
    type_into(ui.descriptionEdit, "Правовой ликбез в школе")
    ui.activityTitleEdit.setFocus()
    type_into(ui.activityTitleEdit, "Закон и порядок")
    qtbot.keyClick(ui.activityTitleEdit, Qt.Key.Key_Return)  # Enter saves
    [lecture] = tours.list_activities(office.field, asa.id)
    assert (lecture.type.value, lecture.audience.value, lecture.title, lecture.participants, lecture.handouts,
            lecture.publications, lecture.description) == (
        "lecture", "schoolchildren", "Закон и порядок", 180, 200, 2, "Правовой ликбез в школе")
    assert ui.activityTitleEdit.text() == "" and ui.handoutsSpin.value() == 0 and not ui.descriptionEdit.toPlainText()
    assert page.activities.index(0, 4).data() == "200" and page.activities.index(0, 5).data() == "2"
    assert page.activities.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Правовой ликбез в школе"

    # A second one, then the lecture chosen in the table and corrected.
    ui.activityTypeCombo.setCurrentIndex(ui.activityTypeCombo.findData("flash mob"))
    qtbot.mouseClick(ui.addActivityButton, Qt.MouseButton.LeftButton)
    assert len(tours.list_activities(office.field, asa.id)) == 2
    row = page.activities.row_of(lecture.id)
    rect = ui.activityView.visualRect(page.activities.index(row, 0))
    qtbot.mouseClick(ui.activityView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editing == lecture.id and ui.addActivityButton.text() == "Сохранить изменения"
    assert (ui.participantsSpin.value(), ui.handoutsSpin.value(), ui.descriptionEdit.toPlainText()) == (
        180, 200, "Правовой ликбез в школе")
    ui.participantsSpin.setFocus()
    ui.participantsSpin.selectAll()
    qtbot.keyClicks(ui.participantsSpin, "185")
    ui.descriptionEdit.setFocus()
    qtbot.keyClick(ui.descriptionEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_into(ui.descriptionEdit, "; памятки родителям")
    page.reload()  # a save elsewhere in the app: the correction being typed stays
    assert page.editing == lecture.id and ui.participantsSpin.value() == 185
    qtbot.mouseClick(ui.addActivityButton, Qt.MouseButton.LeftButton)
    corrected = {a.id: a for a in tours.list_activities(office.field, asa.id)}[lecture.id]
    assert (corrected.participants, corrected.handouts, corrected.description) == (
        185, 200, "Правовой ликбез в школе; памятки родителям")
    assert len(tours.list_activities(office.field, asa.id)) == 2 and page.editing is None

    # Deleted after a question: No keeps it, Yes (asked again by Delete in the table) deletes it.
    rect = ui.activityView.visualRect(page.activities.index(page.activities.row_of(lecture.id), 0))
    qtbot.mouseClick(ui.activityView.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(ui.removeActivityButton, Qt.MouseButton.LeftButton)
    question = page.question
    assert question is not None and "Закон и порядок" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    assert len(tours.list_activities(office.field, asa.id)) == 2
    ui.activityView.setFocus()
    qtbot.keyClick(ui.activityView, Qt.Key.Key_Delete)
    question = page.question
    assert question is not None and question.isVisible()
    question.button(QMessageBox.StandardButton.Yes).click()
    assert [a.type.value for a in tours.list_activities(office.field, asa.id)] == ["flash mob"]
    assert page.activities.rowCount() == 1 and page.editing is None
    assert ui.addActivityButton.text() == "Добавить мероприятие"


def test_without_a_campaign_the_tour_dialog_says_to_create_one_first(qtbot: QtBot, office: Office) -> None:
    campaigns.delete_campaign(office.boss, office.campaign)
    page = tours_page(qtbot, office.boss)
    qtbot.mouseClick(page.ui.emptyNewButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TourDialog) and dialog.ui.campaignCombo.count() == 0
    assert dialog.ui.groupsHint.isVisible() and "Сначала создайте кампанию" in dialog.ui.groupsHint.text()
    type_into(dialog.ui.titleEdit, "Выезд")
    before = sync.digest(office.boss)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    [box] = visible_boxes(dialog)
    assert "кампания" in box.text()
    box.close()
    assert dialog.isVisible() and sync.digest(office.boss) == before
    dialog.reject()
