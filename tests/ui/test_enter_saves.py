"""From the new-user audit: Enter saves every form of the pages as it does at the reception desk (Ctrl+Enter from a
multi-line field, where Enter starts a new line), the save button's tooltip names the key, a save is announced in
the status bar and a refusal says why, naming the field. In ru and kk, keys pressed on the real widgets of the real
window, on a database from `fieldapp init` filled through the services; the rows are read back from the database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from enter_helpers import (
    LANGS,
    QT_NOISE,
    WindowFactory,
    assert_translated,
    build_office,
    dismiss,
    keys_in_tooltip,
    open_window,
    press_enter,
    refusal,
    type_text,
    wait_saved,
)
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import ControlStatus
from fieldapp.domain.messages import render
from fieldapp.domain.workdays import max_extended_deadline
from fieldapp.services import campaigns, control, signals, tours

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return build_office(tmp_path, monkeypatch)


@pytest.mark.parametrize("lang", LANGS)
def test_enter_saves_each_form_of_the_stop_page(make_window: WindowFactory, qtbot: QtBot, office: Path,
                                                lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "stop")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["stop"]
    ui = page.ui
    qtbot.waitUntil(lambda: page.detail is not None and not page.loading)  # type: ignore[attr-defined]
    stop_id = page.current_stop_id()  # type: ignore[attr-defined]
    keys_in_tooltip(ui.headcountButton, "Enter")
    keys_in_tooltip(ui.addOrgButton, "Enter")
    keys_in_tooltip(ui.addActivityButton, "Enter, Ctrl+Enter")  # the description is a multi-line field

    # The head count: Enter in the number.
    type_text(qtbot, ui.headcountSpin, "120")
    press_enter(qtbot, ui.headcountSpin)
    qtbot.waitUntil(lambda: tours.headcount(ctx, stop_id).this_device == 120)
    message = wait_saved(qtbot, window, "остановки")
    assert_translated(lang, message, "Сохранено")

    # An organisation typed into the picker: Enter adds it to the stop.
    type_text(qtbot, ui.orgCombo, "Маслихат района")
    press_enter(qtbot, ui.orgCombo)
    qtbot.waitUntil(lambda: [o.name_ru for o in tours.list_stop_organizations(ctx, stop_id)] == ["Маслихат района"])
    wait_saved(qtbot, window, "остановки")
    # The save reloads the stop on a worker: the next form is typed into once the page has settled, as a person
    # sees it (typing into it while the reload was under way failed now and then on a loaded machine).
    qtbot.waitUntil(lambda: not page.loading)  # type: ignore[attr-defined]

    # An activity: Enter in the participants' number saves title and number together.
    type_text(qtbot, ui.activityTitleEdit, "Встреча с молодёжью")
    type_text(qtbot, ui.participantsSpin, "35")
    press_enter(qtbot, ui.participantsSpin)
    qtbot.waitUntil(lambda: len(tours.list_activities(ctx, stop_id)) == 1)
    first = tours.list_activities(ctx, stop_id)[0]
    assert (first.title, first.participants) == ("Встреча с молодёжью", 35)
    wait_saved(qtbot, window, "мероприятия")
    assert ui.activityTitleEdit.text() == ""  # a fresh form for the next one

    # The description: Enter starts a new line (nothing saved), Ctrl+Enter saves.
    type_text(qtbot, ui.activityTitleEdit, "Лекция")
    type_text(qtbot, ui.descriptionEdit, "Первая строка\nвторая строка")
    QApplication.processEvents()
    assert len(tours.list_activities(ctx, stop_id)) == 1
    press_enter(qtbot, ui.descriptionEdit, ctrl=True)
    qtbot.waitUntil(lambda: len(tours.list_activities(ctx, stop_id)) == 2)
    lecture = next(a for a in tours.list_activities(ctx, stop_id) if a.title == "Лекция")
    assert lecture.description == "Первая строка\nвторая строка"
    wait_saved(qtbot, window, "мероприятия")

    # Enter in the activities' table is the table's (it does not save an empty form).
    press_enter(qtbot, ui.activityView)
    QApplication.processEvents()
    assert len(tours.list_activities(ctx, stop_id)) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_enter_saves_a_signal_and_a_refusal_names_the_field(make_window: WindowFactory, qtbot: QtBot,
                                                            office: Path, lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "signals")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["signals"]
    ui = page.ui
    qtbot.waitUntil(lambda: not page.loading)  # type: ignore[attr-defined]
    keys_in_tooltip(ui.saveButton, "Enter, Ctrl+Enter")

    # Coordinates that are not coordinates: refused, the field named and marked, nothing saved.
    type_text(qtbot, ui.addressEdit, "Аса, ул. Абая 5")
    type_text(qtbot, ui.coordinatesEdit, "север")
    press_enter(qtbot, ui.coordinatesEdit)
    box = refusal(qtbot, window)
    field_names = {render(f"field.{name}", lang) for name in ("coordinates", "latitude", "longitude")}
    assert box.text().split(":")[0] in field_names, box.text()
    assert ui.coordinatesEdit.property("invalid")
    assert signals.list_signals(ctx) == ()
    dismiss(qtbot, window, box)

    # Right coordinates, Enter in the reporter's field: saved and announced.
    type_text(qtbot, ui.coordinatesEdit, "42.9, 71.3")
    type_text(qtbot, ui.reporterEdit, "Житель")
    press_enter(qtbot, ui.reporterEdit)
    qtbot.waitUntil(lambda: len(signals.list_signals(ctx)) == 1)
    saved = signals.list_signals(ctx)[0]
    assert saved.address == "Аса, ул. Абая 5" and round(saved.latitude or 0, 1) == 42.9
    message = wait_saved(qtbot, window, "сигналы")
    assert_translated(lang, message, "сигналы")


@pytest.mark.parametrize("lang", LANGS)
def test_enter_records_a_control_step_and_a_refusal_names_the_deadline(make_window: WindowFactory, qtbot: QtBot,
                                                                      office: Path, lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "control")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["control"]
    ui = page.ui
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading)  # type: ignore[attr-defined]
    ui.tableView.selectRow(0)
    qtbot.waitUntil(lambda: page.current_id() is not None)  # type: ignore[attr-defined]
    item_id = page.current_id()  # type: ignore[attr-defined]
    keys_in_tooltip(ui.progressButton, "Enter")
    keys_in_tooltip(ui.extendButton, "Enter")

    # Enter in the note: «В работе» with the note.
    type_text(qtbot, ui.noteEdit, "Направлен запрос в акимат")
    press_enter(qtbot, ui.noteEdit)
    qtbot.waitUntil(lambda: control.control_status(ctx, item_id) == ControlStatus.IN_PROGRESS)
    assert any(e.note == "Направлен запрос в акимат" for e in control.get_item(ctx, item_id).events)
    wait_saved(qtbot, window, "контроль")

    # Enter in the new deadline: beyond two months it is refused, naming the deadline; within, it is extended.
    item = control.get_item(ctx, item_id).row
    too_late = max_extended_deadline(item.registered_on) + timedelta(days=1)
    qtbot.waitUntil(lambda: page.current_id() == item_id)  # type: ignore[attr-defined]
    ui.deadlineEdit.setDate(QDate(too_late.year, too_late.month, too_late.day))
    type_text(qtbot, ui.noteEdit, "Нужен ответ области")
    press_enter(qtbot, ui.deadlineEdit)
    box = refusal(qtbot, window)
    assert box.text().startswith(render("field.deadline", lang)), box.text()
    assert control.get_item(ctx, item_id).row.deadline == item.deadline
    dismiss(qtbot, window, box)
    new_deadline = item.deadline + timedelta(days=7)
    ui.deadlineEdit.setDate(QDate(new_deadline.year, new_deadline.month, new_deadline.day))
    press_enter(qtbot, ui.deadlineEdit)
    qtbot.waitUntil(lambda: control.get_item(ctx, item_id).row.deadline == new_deadline)
    wait_saved(qtbot, window, "контроль")


@pytest.mark.parametrize("lang", LANGS)
def test_enter_saves_a_setup_form_from_a_picker_and_a_date_ctrl_enter_from_its_goal(
    make_window: WindowFactory, qtbot: QtBot, office: Path, lang: str
) -> None:
    window = open_window(make_window, qtbot, office, lang, "setup")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["setup"]
    page.show_section("campaigns")  # type: ignore[attr-defined]
    section = page.campaigns  # type: ignore[attr-defined]
    f = section.form
    qtbot.mouseClick(section.ui.newButton, Qt.MouseButton.LeftButton)
    keys_in_tooltip(section.ui.saveButton, "Enter, Ctrl+Enter")
    before = len(campaigns.list_campaigns(ctx))

    # No title: Enter in the period is refused, naming the title.
    press_enter(qtbot, f.startsEdit)
    box = refusal(qtbot, window)
    assert box.text().startswith(render("field.title", lang)), box.text()
    assert len(campaigns.list_campaigns(ctx)) == before
    dismiss(qtbot, window, box)

    # A title, then Enter in the kind picker: saved.
    type_text(qtbot, f.titleRuEdit, "Здоровая молодёжь")
    press_enter(qtbot, f.kindCombo)
    qtbot.waitUntil(lambda: len(campaigns.list_campaigns(ctx)) == before + 1)
    message = wait_saved(qtbot, window, "кампании")
    assert_translated(lang, message, "кампании")
    campaign_id = section.current_id

    # The goal is several lines: Enter there is a new line, Ctrl+Enter saves it.
    type_text(qtbot, f.goalEdit, "Охватить все сёла\nпровести 40 встреч")
    QApplication.processEvents()
    assert campaigns.get_campaign(ctx, campaign_id).goal == ""
    press_enter(qtbot, f.goalEdit, ctrl=True)
    qtbot.waitUntil(lambda: campaigns.get_campaign(ctx, campaign_id).goal == "Охватить все сёла\nпровести 40 встреч")
    wait_saved(qtbot, window, "кампании")


@pytest.mark.parametrize("lang", LANGS)
def test_ctrl_enter_is_in_the_shortcut_list_with_the_button_it_presses(make_window: WindowFactory, qtbot: QtBot,
                                                                       office: Path, lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "stop")
    window.ui.actionShortcuts.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    table = dialog.ui.shortcutsTable
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[union-attr]
    ctrl_enter = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
    stop = window.pages["stop"].ui  # type: ignore[attr-defined]
    setup = window.pages["setup"].campaigns.ui  # type: ignore[attr-defined]
    for button in (stop.addActivityButton, stop.headcountButton, setup.saveButton):
        name = button.text().replace("&", "")
        assert any(row[0] == ctrl_enter and row[2] == name for row in rows), (name, rows)
    dialog.close()


def test_the_keys_stay_in_the_tooltip_through_a_language_switch_and_a_renamed_button(
    make_window: WindowFactory, qtbot: QtBot, office: Path
) -> None:
    window = open_window(make_window, qtbot, office, "ru", "stop")
    page = window.pages["stop"]
    ui = page.ui
    qtbot.waitUntil(lambda: page.detail is not None and not page.loading)  # type: ignore[attr-defined]
    assert ui.headcountButton.toolTip() == ui.headcountButton.text().replace("&", "") + " (Enter)"
    window.set_language("kk")
    qtbot.waitUntil(lambda: "Сохранить" not in ui.headcountButton.text())
    assert ui.headcountButton.toolTip() == ui.headcountButton.text().replace("&", "") + " (Enter)"
    window.set_language("ru")
    # The activity form's button is renamed while an activity is corrected; the tooltip follows when shown.
    type_text(qtbot, ui.activityTitleEdit, "Встреча")
    press_enter(qtbot, ui.activityTitleEdit)
    qtbot.waitUntil(lambda: page.activities.rowCount() == 1)  # type: ignore[attr-defined]
    ui.activityView.selectRow(0)
    qtbot.waitUntil(lambda: page.editing is not None)  # type: ignore[attr-defined]
    QApplication.sendEvent(ui.addActivityButton, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2),
                                                            ui.addActivityButton.mapToGlobal(QPoint(2, 2))))
    assert ui.addActivityButton.toolTip().startswith(ui.addActivityButton.text().replace("&", ""))
