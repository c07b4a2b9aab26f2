"""A real organisation's first day, end to end in the main window, from a database made as `fieldapp init` makes it
(never the demo): the coordinator sets up the seed's pilot «Мир и согласие» on «Настройка» and in «Учётные записи»,
plans its tour on «Выезды»; the next morning a member marks the first stop held, logs an activity on the stop page
and three residents at the reception desk (one taken under control, one typed twice); the day after, the supervisor
corrects the wrong reception and deletes the duplicate with a reason. After each step the status bar says what was
saved, its count of changes not exported grows, and the dashboard and the control register show it — without
«Обновить»: the window reloads the shown page after a commit and a hidden one when it is shown (ui/data_bus.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import ControlStatus, Outcome, StopStatus
from fieldapp.services import campaigns, control, receptions, tours
from fieldapp.services.accounts import init_database, list_users
from fieldapp.storage.tables import Reception
from fieldapp.ui.dialogs.accounts import AccountsDialog
from fieldapp.ui.dialogs.reception_edit import ReceptionEditDialog
from fieldapp.ui.dialogs.stop_dialog import StopDialog
from fieldapp.ui.dialogs.tour_dialog import TourDialog
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.control import ControlPage
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.pages.reception import ReceptionPage
from fieldapp.ui.pages.reception_list import ReceptionListDialog
from fieldapp.ui.pages.setup import SetupPage
from fieldapp.ui.pages.setup_section import Section
from fieldapp.ui.pages.stop import StopPage
from fieldapp.ui.pages.tours import ToursPage
from fieldapp.ui.workers import Runner

# Offscreen, a shown window or a completer popup makes the platform plugin say what it cannot do; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

SETUP_DAY = datetime(2026, 3, 1, 9, 0)  # a Sunday: the coordinator prepares the week
FIRST_DAY = datetime(2026, 3, 2, 10, 30)  # Monday: the tour's first stop, Аса
NEXT_DAY = datetime(2026, 3, 3, 9, 15)  # Tuesday: the supervisor looks over Monday's receptions
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
SETTLEMENTS = (("Аса", "Аса"), ("Каракемер", "Қаракемер"), ("Орнек", "Өрнек"), ("Ерназар", "Ерназар"),
               ("Карасу", "Қарасу"), ("Коккайнар", "Көккайнар"))
# The picker's search: the first letters of each name, in Russian or Kazakh as a typist would.
PREFIXES = ("Ас", "Қарак", "Өрн", "Ерн", "Карас", "Көкк")
PILOT_DIRECTIONS = ("information", "rural_business", "religion", "public_order", "anti_corruption")
HEADS = ("Ахметова Айгуль Сериковна", "Бекова Динара Ержановна", "Иманов Ерлан Маратович",
         "Сапаров Нурлан Кайратович", "Тулегенова Асель Болатовна")
SECOND = ("Жумабаев Арман", "Омарова Салтанат", "Касымов Данияр", "Ли Ирина", "Нурланов Берик")
AKIMAT = "Акимат Жамбылского района"
WAIT = 20_000  # generous: the machine is shared

P = TypeVar("P", bound=QWidget)


# -- the keyboard and the mouse ----------------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Typed into the focused widget as a keyboard layout sends it (QTest.keyClicks knows ASCII only); a combo box
    searches its labels by what is typed within the keyboard input interval, so the previous search lapses first."""
    if isinstance(focused(), QComboBox) and text:
        qtbot.wait(QApplication.keyboardInputInterval() + 20)
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """`text` typed over what `widget` holds."""
    widget.setFocus()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert focused() is widget, (focused().objectName(), widget.objectName())
    type_text(qtbot, text)


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), (button.objectName(), button.toolTip())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the item shown as `text`, as a click in the popup does (activated is what the user's choice emits)."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def choose_containing(combo: QComboBox, text: str) -> None:
    index = next((i for i in range(combo.count()) if text in combo.itemText(i)), -1)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """The widget's window active again (offscreen there is no window manager to hand the activation back after a
    dialog), so that its shortcuts reach it."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT)


def shortcut(qtbot: QtBot, window: MainWindow, widget: QWidget, k: Qt.Key,
             modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A page's shortcut typed in `widget`; the button it clicks is given time to be clicked (animateClick)."""
    activate(qtbot, window)
    widget.setFocus()
    qtbot.keyClick(widget, k, modifier)
    qtbot.wait(250)


# -- the window and what it shows without a refresh --------------------------------------------------------------------


def open_as(make_window: Callable[..., MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path,
            user: str, now: datetime) -> MainWindow:
    """The app started on `path` signed in as `user` (a plain file with accounts opens read-only otherwise), its
    clock pinned to `now`, shown at the size of a field laptop's screen. The runner is the app's own: pages read on
    worker threads, as they do in the field."""
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORDS[user])
    window = make_window(path, "ru", runner=Runner())
    assert window.ctx is not None and window.ctx.account == user and not window.ctx.read_only
    window.ctx.clock = lambda: now  # every page holds this same context
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def page_of(window: MainWindow, key: str, kind: type[P]) -> P:
    page = window.pages[key]
    assert isinstance(page, kind)
    return page


def go(qtbot: QtBot, window: MainWindow, key: str, kind: type[P]) -> P:
    """View → the page `key`, as the menu (or Ctrl+digit) does; a page that reads on a worker is waited for, as a
    user waits for its list to appear."""
    window.page_actions[key].trigger()
    page = page_of(window, key, kind)
    assert window.ui.pageStack.currentWidget() is page
    qtbot.waitUntil(lambda: not getattr(page, "loading", False), timeout=WAIT)
    return page


class Saves:
    """What the status bar says after a save: «Сохранено HH:MM: <what>», and the count of changes not exported
    growing. `expect` clears the message first, so that only what the next act saves can match."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.pending = window.state.pending_changes or 0

    def expect(self) -> None:
        self.window.ui.statusbar.clearMessage()

    def said(self, *words: str) -> str:
        window = self.window
        assert window.ctx is not None
        stamp = f"Сохранено {window.ctx.clock():%H:%M}: "
        self.qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage().startswith(stamp), timeout=WAIT)
        message = window.ui.statusbar.currentMessage()
        assert all(word in message for word in words), (message, words)
        pending = self.pending
        self.qtbot.waitUntil(lambda: (window.state.pending_changes or 0) > pending, timeout=WAIT)
        self.pending = window.state.pending_changes or 0
        assert str(self.pending) in window.sync_label.text()
        return message


def dashboard_shows(qtbot: QtBot, window: MainWindow, **expected: int) -> None:
    """The overview, shown again, holds the figures of what was just saved (its tiles too)."""
    dashboard = go(qtbot, window, "dashboard", DashboardPage)

    def figures() -> dict[str, int]:
        indicators = dashboard.indicators
        return {} if indicators is None else {k: v for k, v in indicators.as_dict().items() if k in expected}

    qtbot.waitUntil(lambda: figures() == expected, timeout=WAIT)
    assert {k: dashboard.tiles[k].value for k in expected} == expected


def register_shows(qtbot: QtBot, window: MainWindow, titles: set[str]) -> None:
    """The control page's register, shown again, lists exactly these open items."""
    page = go(qtbot, window, "control", ControlPage)

    def listed() -> set[str]:
        model = page.model
        return {model.row_at(r).title for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: listed() == titles, timeout=WAIT)
    assert all(page.model.row_at(r).status is ControlStatus.OPEN for r in range(page.model.rowCount()))


# -- the «Настройка» page ----------------------------------------------------------------------------------------------


def new(qtbot: QtBot, section: Section) -> Any:
    click(qtbot, section.ui.newButton)
    assert section.current_id is None
    return section.form


def saved_with_enter(qtbot: QtBot, section: Section, edit: QLineEdit) -> str:
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not section.dirty and section.current_id is not None
    return section.current_id


def set_up_places(qtbot: QtBot, window: MainWindow, saves: Saves) -> None:
    page = go(qtbot, window, "setup", SetupPage)
    assert page.campaigns.ui.listStack.currentWidget() is page.campaigns.ui.emptyPage  # a fresh file says what to do
    page.show_section("regions")
    f = new(qtbot, page.regions)
    type_into(qtbot, f.nameRuEdit, "Жамбылская область")
    type_into(qtbot, f.nameKkEdit, "Жамбыл облысы")
    saves.expect()
    saved_with_enter(qtbot, page.regions, f.nameKkEdit)
    saves.said("населённые пункты")

    page.show_section("districts")
    f = new(qtbot, page.districts)
    type_into(qtbot, f.nameRuEdit, "Жамбылский район")
    type_into(qtbot, f.nameKkEdit, "Жамбыл ауданы")
    saved_with_enter(qtbot, page.districts, f.nameKkEdit)

    page.show_section("settlements")
    s = page.settlements
    for ru, kk in SETTLEMENTS:
        f = new(qtbot, s)
        assert f.districtCombo.currentText().startswith("Жамбылский район")  # the one district is offered at once
        type_into(qtbot, f.nameRuEdit, ru)
        type_into(qtbot, f.nameKkEdit, kk)
        saves.expect()
        saved_with_enter(qtbot, s, f.nameKkEdit)
        saves.said("населённые пункты")
    lst = s.ui.itemList
    assert sorted(lst.item(i).text() for i in range(lst.count())) == sorted(ru for ru, _kk in SETTLEMENTS)


def set_up_people(qtbot: QtBot, window: MainWindow, saves: Saves) -> None:
    page = go(qtbot, window, "setup", SetupPage)
    page.show_section("organizations")
    f = new(qtbot, page.organizations)
    type_into(qtbot, f.nameRuEdit, AKIMAT)
    type_into(qtbot, f.nameKkEdit, "Жамбыл ауданының әкімдігі")
    choose(f.regionCombo, "Жамбылская область")
    saves.expect()
    saved_with_enter(qtbot, page.organizations, f.nameKkEdit)
    saves.said("организации")

    page.show_section("members")
    for name in HEADS + SECOND:
        f = new(qtbot, page.members)
        type_into(qtbot, f.fullNameEdit, name)
        type_into(qtbot, f.positionEdit, "главный специалист")
        choose(f.organizationCombo, AKIMAT)
        saves.expect()
        saved_with_enter(qtbot, page.members, f.fullNameEdit)
        saves.said("участники")


def set_up_campaign(qtbot: QtBot, window: MainWindow, saves: Saves) -> None:
    page = go(qtbot, window, "setup", SetupPage)
    page.show_section("campaigns")
    f = new(qtbot, page.campaigns)
    type_into(qtbot, f.titleRuEdit, "Мир и согласие")
    type_into(qtbot, f.titleKkEdit, "Бейбітшілік және келісім")
    choose(f.kindCombo, "пилотный проект")
    choose(f.organizerCombo, AKIMAT)
    choose(f.regionCombo, "Жамбылская область")
    f.startsEdit.setDate(QDate(2026, 3, 1))
    f.endsEdit.setDate(QDate(2026, 7, 31))
    type_into(qtbot, f.goalEdit, "Каждый район охвачен всеми направлениями")
    saves.expect()
    click(qtbot, page.campaigns.ui.saveButton)
    assert page.campaigns.ui.statusLabel.text() == "Кампания сохранена."
    saves.said("кампании")

    # Five working groups, one on each of the pilot's five directions (seeded by init), each with its head and one
    # more member.
    page.show_section("groups")
    g = page.groups
    assert window.ctx is not None
    directions = {d.code: d.name_ru for d in campaigns.list_directions(window.ctx)}
    for n, code in enumerate(PILOT_DIRECTIONS):
        f = new(qtbot, g)
        type_into(qtbot, f.nameEdit, f"Рабочая группа № {n + 1}")
        type_into(qtbot, f.codeEdit, f"рг{n + 1}")
        choose(f.directionCombo, directions[code])
        choose(f.headCombo, HEADS[n])
        saves.expect()
        click(qtbot, g.ui.saveButton)
        assert g.current_id is not None
        saves.said("рабочие группы")
        for member, role in ((HEADS[n], "руководитель"), (SECOND[n], "")):
            choose(f.memberCombo, member)
            type_into(qtbot, f.roleEdit, role)
            click(qtbot, f.addMemberButton)
        assert f.membersList.count() == 2
    assert g.ui.itemList.count() == 5


def add_accounts(qtbot: QtBot, window: MainWindow) -> None:
    """File → Учётные записи: the supervisor (the first group's head) and a member (its second), each tied to the
    member the coordinator has just added."""
    assert window.ui.actionAccounts.isEnabled()
    window.ui.actionAccounts.trigger()
    dialog = window.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog)
    for user, role, member in (("chief", "supervisor", "Ахметова"), ("field", "member", "Жумабаев")):
        type_into(qtbot, dialog.ui.userEdit, user)
        dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(role))
        type_into(qtbot, dialog.ui.passwordEdit, PASSWORDS[user])
        type_into(qtbot, dialog.ui.repeatEdit, PASSWORDS[user])
        type_into(qtbot, dialog.ui.memberEdit, member)
        click(qtbot, dialog.ui.addButton)
        assert user in dialog.ui.messageLabel.text(), dialog.ui.messageLabel.text()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: window.accounts_dialog is None, timeout=WAIT)
    assert window.ctx is not None
    assert {(a.username, a.role, a.member) for a in list_users(window.ctx)} >= {
        ("chief", "supervisor", HEADS[0]), ("field", "member", SECOND[0])}


# -- the «Выезды» page -------------------------------------------------------------------------------------------------


def plan_the_tour(qtbot: QtBot, window: MainWindow, saves: Saves) -> str:
    page = go(qtbot, window, "tours", ToursPage)
    ui = page.ui
    assert ui.contentStack.currentWidget() is ui.emptyPage and ui.emptyNewButton.isEnabled()
    shortcut(qtbot, window, ui.emptyNewButton, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, TourDialog) and dialog.isVisible()
    assert dialog.ui.campaignCombo.currentText() == "Мир и согласие"
    type_into(qtbot, dialog.ui.titleEdit, "Жамбылский район, 2–7 марта")
    dialog.ui.startEdit.setDate(QDate(2026, 3, 2))
    dialog.ui.endEdit.setDate(QDate(2026, 3, 7))
    groups = dialog.ui.groupList
    assert groups.count() == 5
    groups.setFocus()
    for row in range(groups.count()):  # the caravan: all five groups travel together
        groups.setCurrentRow(row)
        qtbot.keyClick(groups, Qt.Key.Key_Space)
    saves.expect()
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    saves.said("выезды")
    tour = page.current_tour_id()
    assert tour is not None and ui.contentStack.currentWidget() is ui.mainPage

    for prefix in PREFIXES:  # Insert, the first letters, Down and Enter in the hits, the venue, Enter saves
        shortcut(qtbot, window, ui.routeView, Qt.Key.Key_Insert)
        stop_dialog = page.dialog
        assert isinstance(stop_dialog, StopDialog) and stop_dialog.isVisible()
        picker = stop_dialog.ui.settlementEdit
        picker.setFocus()
        type_text(qtbot, prefix)
        popup = picker.completer().popup()
        assert popup is not None
        qtbot.waitUntil(popup.isVisible, timeout=WAIT)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert picker.settlement_id() is not None
        type_into(qtbot, stop_dialog.ui.venueEdit, "Дом культуры")
        saves.expect()
        qtbot.keyClick(stop_dialog.ui.venueEdit, Qt.Key.Key_Return)
        assert not stop_dialog.isVisible()
        saves.said("остановки")
    assert page.model.rowCount() == 6
    assert window.ctx is not None
    route = tours.route(window.ctx, tour)
    assert [s.settlement_kk for s in route] == [kk for _ru, kk in SETTLEMENTS]
    assert [s.planned_on for s in route] == [date(2026, 3, day) for day in range(2, 8)]
    assert len(tours.get_tour(window.ctx, tour).group_ids) == 5
    return tour


# -- the member's first stop -------------------------------------------------------------------------------------------


def hold_the_first_stop(qtbot: QtBot, window: MainWindow, saves: Saves, tour: str) -> str:
    """Аса, today's stop, marked held from the route (no question: it is its day), then opened with Enter."""
    page = go(qtbot, window, "tours", ToursPage)
    qtbot.waitUntil(lambda: page.current_tour_id() == tour and page.model.rowCount() == 6, timeout=WAIT)
    first = page.model.row_at(0)
    assert first.settlement_ru == "Аса" and first.planned_on == FIRST_DAY.date()
    page.select_stop(first.id)
    assert not page.ui.addStopButton.isEnabled()  # the route is the supervisor's; logging it is the member's
    saves.expect()
    click(qtbot, page.ui.doneButton)
    assert page.dialog is None  # on its own day, no question
    saves.said("остановки")
    assert window.ctx is not None
    held = tours.get_stop(window.ctx, first.id)
    assert held.status is StopStatus.DONE and held.arrived_at == FIRST_DAY
    assert page.model.index(0, 4).data() == "проведена"
    page.select_stop(first.id)
    shortcut(qtbot, window, page.ui.routeView, Qt.Key.Key_Return)  # Enter opens the stop on its page
    stop_page = page_of(window, "stop", StopPage)
    qtbot.waitUntil(lambda: window.ui.pageStack.currentWidget() is stop_page
                    and stop_page.current_stop_id() == first.id and stop_page.detail is not None, timeout=WAIT)
    return first.id


def log_the_stop(qtbot: QtBot, window: MainWindow, saves: Saves, stop: str) -> None:
    """How many came, and a meeting with its participants, handouts and what happened, on the stop page."""
    page = page_of(window, "stop", StopPage)
    ui = page.ui
    assert page.current_stop_id() == stop and "Аса" in ui.stopInfo.text()
    ui.headcountSpin.setFocus()
    ui.headcountSpin.selectAll()
    qtbot.keyClicks(ui.headcountSpin, "350")
    saves.expect()
    click(qtbot, ui.headcountButton)
    saves.said("остановки")

    ui.activityTypeCombo.setCurrentIndex(ui.activityTypeCombo.findData("meeting"))
    for spin, text in ((ui.participantsSpin, "180"), (ui.handoutsSpin, "200")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, text)
    type_into(qtbot, ui.descriptionEdit, "Встреча с жителями в Доме культуры")
    type_into(qtbot, ui.activityTitleEdit, "Мир и согласие — наш общий дом")
    saves.expect()
    qtbot.keyClick(ui.activityTitleEdit, Qt.Key.Key_Return)  # Enter saves
    saves.said("мероприятия")
    qtbot.waitUntil(lambda: page.activities.rowCount() == 1, timeout=WAIT)
    assert window.ctx is not None
    [meeting] = tours.list_activities(window.ctx, stop)
    assert (meeting.type.value, meeting.participants, meeting.handouts, meeting.title) == (
        "meeting", 180, 200, "Мир и согласие — наш общий дом")


def receive(qtbot: QtBot, window: MainWindow, saves: Saves, *, name: str, essence: str, outcome: str,
            topic: str = "", responsible: str = "") -> str:
    """One resident at the desk, typed field by field; Enter saves. Returns the talon the desk announces."""
    desk = page_of(window, "reception", ReceptionPage)
    ui = desk.ui
    type_into(qtbot, ui.nameEdit, name)
    if topic:
        type_into(qtbot, ui.topicCombo, topic)
    type_into(qtbot, ui.essenceEdit, essence)
    type_into(qtbot, ui.outcomeCombo, outcome)
    if responsible:
        assert ui.responsibleEdit.isEnabled()
        type_into(qtbot, ui.responsibleEdit, responsible)
    saves.expect()
    key(qtbot, Qt.Key.Key_Return)
    said = re.search(r"талон (\S+?)\.", ui.feedbackLabel.text())
    assert said is not None, ui.feedbackLabel.text()
    saves.said("приём граждан")
    assert ui.nameEdit.text() == ""  # cleared for the next resident
    return said.group(1)


def receive_three(qtbot: QtBot, window: MainWindow, saves: Saves, stop: str) -> dict[str, str]:
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(100)  # a typist's pause between two searches in a picker, shortened
    try:
        desk = go(qtbot, window, "reception", ReceptionPage)
        qtbot.waitUntil(lambda: desk.current_stop() is not None, timeout=WAIT)
        today = desk.current_stop()
        assert today is not None and today.id == stop  # today's stop, the one just held
        ui = desk.ui
        assert ui.dateEdit.date() == QDate(2026, 3, 2) and ui.whenHint.text() == ""
        talons = {
            "control": receive(qtbot, window, saves, name="Сапарова Айгүл", topic="вод", essence="Нет воды в ауле",
                               outcome="взято", responsible=AKIMAT),
            # Should have been taken under control: the supervisor will correct it.
            "wrong": receive(qtbot, window, saves, name="Омаров Бекзат", topic="дорог",
                             essence="Дорога до кладбища размыта", outcome="разъяс"),
            # The first resident typed a second time.
            "duplicate": receive(qtbot, window, saves, name="Сапарова Айгүл", topic="вод",
                                 essence="Нет воды в ауле", outcome="разъяс"),
        }
        assert [ui.receivedValue.text(), ui.controlValue.text()] == ["3", "1"]
    finally:
        QApplication.setKeyboardInputInterval(interval)
    assert window.ctx is not None
    saved = {r.reg_no: r for r in receptions.list_stop_receptions(window.ctx, stop)}
    assert set(saved) == set(talons.values())
    assert saved[talons["control"]].outcome is Outcome.CONTROL and saved[talons["control"]].control_item_id
    assert saved[talons["wrong"]].outcome is Outcome.EXPLAINED
    return talons


# -- the supervisor, the next day --------------------------------------------------------------------------------------


def open_the_list(qtbot: QtBot, window: MainWindow) -> ReceptionListDialog:
    """Monday's stop chosen at the desk (it opens on Tuesday's), then Ctrl+L: its receptions."""
    desk = go(qtbot, window, "reception", ReceptionPage)
    qtbot.waitUntil(lambda: desk.current_stop() is not None, timeout=WAIT)
    today = desk.current_stop()
    assert today is not None and "Каракемер" in today.title  # today's stop first
    choose_containing(desk.ui.stopCombo, "Аса")
    assert desk.ui.receivedValue.text() == "3"
    activate(qtbot, window)
    desk.ui.iinEdit.setFocus()
    key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    listing = desk.list_dialog
    assert isinstance(listing, ReceptionListDialog) and listing.isVisible()
    qtbot.waitUntil(lambda: listing.ui.table.rowCount() == 3, timeout=WAIT)
    qtbot.waitUntil(listing.ui.searchEdit.hasFocus, timeout=WAIT)
    return listing


def correct_the_wrong_one(qtbot: QtBot, window: MainWindow, saves: Saves, listing: ReceptionListDialog,
                          talon: str) -> None:
    """Found by name, opened with Enter, its outcome corrected to «взято на контроль»: its control item opens."""
    type_into(qtbot, listing.ui.searchEdit, "омаров")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.reg_no for r in listing.rows] == [talon], timeout=WAIT)
    qtbot.waitUntil(listing.ui.table.hasFocus, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Return)
    editor = listing.editor
    assert isinstance(editor, ReceptionEditDialog) and editor.isVisible()
    qtbot.waitUntil(editor.ui.nameEdit.hasFocus, timeout=WAIT)
    assert editor.ui.saveButton.isEnabled() and editor.ui.dateEdit.date() == QDate(2026, 3, 2)
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(100)
    try:
        type_into(qtbot, editor.ui.outcomeCombo, "взято")
    finally:
        QApplication.setKeyboardInputInterval(interval)
    assert editor.ui.responsibleEdit.isEnabled()
    type_into(qtbot, editor.ui.responsibleEdit, AKIMAT)
    saves.expect()
    key(qtbot, Qt.Key.Key_Return)
    assert not editor.isVisible()
    saves.said("приём граждан", "контроль")
    qtbot.waitUntil(lambda: "взят на контроль" in listing.ui.hintLabel.text(), timeout=WAIT)
    assert page_of(window, "reception", ReceptionPage).ui.controlValue.text() == "2"  # the desk's counters follow


def delete_the_duplicate(qtbot: QtBot, window: MainWindow, saves: Saves, listing: ReceptionListDialog,
                         talon: str) -> None:
    """Found by its talon; Delete asks why, and «OK» waits for a reason."""
    qtbot.waitUntil(listing.ui.table.hasFocus, timeout=WAIT)
    type_into(qtbot, listing.ui.searchEdit, talon)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.reg_no for r in listing.rows] == [talon], timeout=WAIT)
    qtbot.waitUntil(listing.ui.table.hasFocus, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Delete)
    asking = listing.asking
    assert asking is not None and asking.isVisible() and talon in asking.labelText()
    buttons = asking.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    reason = asking.findChild(QLineEdit)
    assert reason is not None
    qtbot.waitUntil(reason.hasFocus, timeout=WAIT)
    type_text(qtbot, "дубликат: житель записан дважды")
    saves.expect()
    click(qtbot, ok)
    saves.said("приём граждан")
    qtbot.waitUntil(lambda: listing.rows == [] and "удалён" in listing.ui.hintLabel.text(), timeout=WAIT)
    assert page_of(window, "reception", ReceptionPage).ui.receivedValue.text() == "2"


# -- the story ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """An empty database as `fieldapp init --unprotected` makes it: the coordinator's account and the seeded list of
    directions, nothing else."""
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    return path


def test_the_first_day_of_an_organisation_from_an_empty_database(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, office: Path
) -> None:
    # Sunday: the coordinator sets the campaign up and plans the week's tour.
    window = open_as(make_window, qtbot, monkeypatch, office, "boss", SETUP_DAY)
    dashboard_shows(qtbot, window, campaigns=0, working_groups=0, tours=0, receptions=0)
    saves = Saves(qtbot, window)
    set_up_places(qtbot, window, saves)
    set_up_people(qtbot, window, saves)
    set_up_campaign(qtbot, window, saves)
    dashboard_shows(qtbot, window, campaigns=1, working_groups=5, tours=0, stops=0)
    add_accounts(qtbot, window)
    tour = plan_the_tour(qtbot, window, saves)
    dashboard_shows(qtbot, window, campaigns=1, working_groups=5, tours=1, stops=0, receptions=0)
    register_shows(qtbot, window, set())
    pending = saves.pending
    window.close()

    # Monday: the member, at Аса.
    window = open_as(make_window, qtbot, monkeypatch, office, "field", FIRST_DAY)
    saves = Saves(qtbot, window)
    assert saves.pending == pending  # nothing exported meanwhile: the same count on the same file
    assert window.member_label.text() == f"Участник: {SECOND[0]}"
    stop = hold_the_first_stop(qtbot, window, saves, tour)
    dashboard_shows(qtbot, window, stops=1, settlements=1, residents_came=0, activities=0)
    go(qtbot, window, "tours", ToursPage).open_current_stop()  # back to the stop from the route
    log_the_stop(qtbot, window, saves, stop)
    dashboard_shows(qtbot, window, stops=1, residents_came=350, activities=1, participants=180, receptions=0)
    register_shows(qtbot, window, set())  # built now, hidden while the desk works: it must follow when shown again
    talons = receive_three(qtbot, window, saves, stop)
    dashboard_shows(qtbot, window, receptions=3, explained=2, under_control=1, control_open=1, control_overdue=0)
    register_shows(qtbot, window, {"Нет воды в ауле"})
    window.close()

    # Tuesday: the supervisor corrects Monday's wrong reception and deletes the duplicate.
    window = open_as(make_window, qtbot, monkeypatch, office, "chief", NEXT_DAY)
    saves = Saves(qtbot, window)
    register_shows(qtbot, window, {"Нет воды в ауле"})  # the morning's look at the register
    listing = open_the_list(qtbot, window)
    correct_the_wrong_one(qtbot, window, saves, listing, talons["wrong"])
    delete_the_duplicate(qtbot, window, saves, listing, talons["duplicate"])
    listing.reject()
    qtbot.waitUntil(lambda: not listing.isVisible(), timeout=WAIT)
    dashboard_shows(qtbot, window, receptions=2, explained=0, under_control=2, control_open=2, stops=1,
                    activities=1)
    register_shows(qtbot, window, {"Нет воды в ауле", "Дорога до кладбища размыта"})

    # What the windows showed is what the database holds.
    ctx = window.ctx
    assert ctx is not None
    left = {r.reg_no: r for r in receptions.list_stop_receptions(ctx, stop)}
    assert set(left) == {talons["control"], talons["wrong"]}
    corrected = left[talons["wrong"]]
    assert corrected.outcome is Outcome.CONTROL and corrected.control_item_id is not None
    assert control.get_item(ctx, corrected.control_item_id).reception_ids == (corrected.id,)
    with ctx.db.session() as s:
        [gone] = [r for r in s.query(Reception).all() if r.reg_no == talons["duplicate"]]
        assert gone.deleted and gone.deleted_reason == "дубликат: житель записан дважды"
