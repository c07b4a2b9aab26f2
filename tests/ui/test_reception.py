"""The reception desk worked as an officer works it: the keyboard alone, residents one after another; the database
is checked afterwards through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pages_data import TODAY, Field
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Outcome
from fieldapp.domain.iin import make_iin
from fieldapp.domain.workdays import default_deadline
from fieldapp.services.control import list_control
from fieldapp.services.receptions import list_stop_receptions, stop_counters
from fieldapp.ui.pages.reception import ReceptionPage
from fieldapp.ui.workers import Runner

# Showing a top-level window offscreen makes the platform plugin say so; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def desk(qtbot: QtBot, field: Field) -> Iterator[ReceptionPage]:
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(100)  # a typist's pause between two searches in a picker, shortened
    page = ReceptionPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.set_context(field.ctx)
    yield page
    for box in page.findChildren(QMessageBox):
        box.close()
    QApplication.setKeyboardInputInterval(interval)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Type `text` into the focused widget (QTest.keyClicks knows only ASCII: Cyrillic and Kazakh letters go as
    key events carrying their text, as a keyboard layout sends them). A combo box searches its labels by what is
    typed within the keyboard input interval: the previous search must have lapsed, as it has between people."""
    if isinstance(focused(), QComboBox) and text:
        qtbot.wait(QApplication.keyboardInputInterval() + 20)
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        key(qtbot, Qt.Key.Key_Tab)


def receive(
    qtbot: QtBot, page: ReceptionPage, *, name: str, iin: str = "", phone: str = "", consent: bool = False,
    social: str = "", topic: str = "", essence: str = "", outcome: str = "", help_kind: str = "",
    responsible: str = "", person: str = "",
) -> None:
    """One resident, typed from the IIN field on with Tab, the pickers by typing the start of a label, Enter."""
    assert focused() is page.ui.iinEdit
    type_text(qtbot, iin)
    tab(qtbot)
    assert focused() is page.ui.nameEdit
    type_text(qtbot, name)
    tab(qtbot)
    type_text(qtbot, phone)
    tab(qtbot, 3)  # the address stays empty, the settlement is the stop's
    assert focused() is page.ui.socialCombo
    type_text(qtbot, social)
    tab(qtbot)
    assert focused() is page.ui.consentCheck
    if consent:
        key(qtbot, Qt.Key.Key_Space)
        tab(qtbot)  # the consent method keeps its first choice
    tab(qtbot, 2)  # the appeal form keeps its first choice
    assert focused() is page.ui.topicCombo
    type_text(qtbot, topic)
    tab(qtbot)
    assert focused() is page.ui.essenceEdit
    type_text(qtbot, essence)
    tab(qtbot)
    assert focused() is page.ui.outcomeCombo
    type_text(qtbot, outcome)
    if help_kind:
        tab(qtbot)
        assert focused() is page.ui.helpKindCombo
        type_text(qtbot, help_kind)
    if responsible:
        tab(qtbot)
        assert focused() is page.ui.responsibleEdit
        type_text(qtbot, responsible)
        assert focused() is page.ui.responsibleEdit
        if person:
            tab(qtbot)
            type_text(qtbot, person)
    key(qtbot, Qt.Key.Key_Return)


def dismiss(qtbot: QtBot, page: QWidget, box: QMessageBox) -> None:
    """Close a message with Enter, as the officer does; the desk's window is active again (offscreen has no window
    manager to hand the activation back)."""
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.isVisible()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def error_boxes(page: ReceptionPage) -> list[QMessageBox]:
    return [box for box in page.findChildren(QMessageBox) if box.objectName() == "domainErrorDialog"
            and box.isVisible()]


def test_the_desk_opens_on_todays_stop_with_its_counters(desk: ReceptionPage, field: Field) -> None:
    stop = desk.current_stop()
    assert stop is not None and stop.id == field.stop_id and stop.day == TODAY
    assert desk.ui.stopCombo.count() == 3
    assert "Аса" in desk.ui.stopCombo.currentText()
    assert desk.ui.contentStack.currentWidget() is desk.ui.deskPage
    assert [desk.ui.receivedValue.text(), desk.ui.helpedValue.text(), desk.ui.controlValue.text()] == ["0"] * 3
    assert desk.ui.iinEdit.hasFocus()


def test_ten_residents_at_the_keyboard_each_outcome_once_or_more(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    residents = [
        dict(name="Тестов Арман", iin=make_iin(date(1985, 4, 12), True, 11), phone="+77011234567", consent=True,
             topic="вод", essence="Нет воды в ауле третий день", outcome="разъяс"),
        dict(name="Демова Айгуль", topic="пенс", essence="Перерасчёт пенсии", outcome="решено"),
        dict(name="Пробный Серик", social="пенс", topic="здрав", essence="Нужна консультация кардиолога",
             outcome="оказана", help_kind="медиц"),
        dict(name="Учебная Дана", topic="земл", essence="Пастбище у села", outcome="направлено",
             responsible="Отдел земельных отношений"),
        dict(name="Образцов Нурлан", iin=make_iin(date(1962, 9, 1), True, 12), consent=True, topic="дорог",
             essence="Ремонт дороги до кладбища", outcome="взято", responsible="Акимат Жамбылского района",
             person="Аким села"),
        dict(name="Тестова Мадина", social="много", topic="соц", essence="Адресная помощь", outcome="оказана",
             help_kind="адрес"),
        dict(name="Демов Ерболат", topic="заня", essence="Ищет работу", outcome="оказана", help_kind="труд"),
        dict(name="Пробная Сауле", topic="обра", essence="Место в детском саду", outcome="направлено",
             responsible="Отдел образования"),
        dict(name="Учебный Канат", topic="жкх", essence="Уличное освещение", outcome="взято",
             responsible="Акимат Жамбылского района"),
        dict(name="Образцова Гульнар", topic="юри", essence="Наследство", outcome="разъяс"),
    ]
    for number, resident in enumerate(residents, start=1):
        receive(qtbot, desk, **resident)  # type: ignore[arg-type]
        assert error_boxes(desk) == [], desk.ui.feedbackLabel.text()
        assert len(desk.saved) == number
        assert desk.ui.nameEdit.text() == "" and desk.ui.iinEdit.hasFocus()  # ready for the next one
        assert desk.ui.receivedValue.text() == str(number)

    rows = {r.applicant_name: r for r in list_stop_receptions(field.ctx, field.stop_id)}
    assert len(rows) == 10
    assert {r.outcome for r in rows.values()} == set(Outcome)
    arman = rows["Тестов Арман"]
    assert arman.outcome is Outcome.EXPLAINED and arman.topic.value == "water supply"
    assert arman.applicant_iin == residents[0]["iin"] and arman.consent_given
    assert rows["Пробный Серик"].help_kind is not None and rows["Пробный Серик"].help_kind.value == "medical"
    assert rows["Пробный Серик"].social_category is not None
    assert rows["Тестова Мадина"].help_kind.value == "targeted social assistance"  # type: ignore[union-attr]
    assert rows["Демов Ерболат"].help_kind.value == "employment"  # type: ignore[union-attr]
    assert rows["Учебная Дана"].responsible_org_id is not None
    assert rows["Пробная Сауле"].topic.value == "education and kindergarten"

    items = {item.title: item for item in list_control(field.ctx)}
    assert set(items) == {"Ремонт дороги до кладбища", "Уличное освещение"}
    road = items["Ремонт дороги до кладбища"]
    assert road.responsible_org_id == field.org_id and road.responsible_person == "Аким села"
    assert road.deadline == default_deadline(TODAY, field.ctx.calendar) == date(2026, 3, 27)  # 15 working days
    assert rows["Образцов Нурлан"].control_item_id == road.id

    counters = stop_counters(field.ctx, field.stop_id)
    assert (counters.received, counters.helped, counters.under_control) == (10, 3, 2)
    assert [desk.ui.receivedValue.text(), desk.ui.helpedValue.text(), desk.ui.controlValue.text()] == [
        "10", "3", "2"]


def test_ctrl_z_takes_the_last_reception_back_and_ctrl_shift_z_returns_it(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    receive(qtbot, desk, name="Тестов Арман", topic="вод", outcome="разъяс")
    receive(qtbot, desk, name="Демова Айгуль", topic="дорог", essence="Яма на дороге", outcome="взято",
            responsible="Акимат Жамбылского района")
    assert len(list_control(field.ctx)) == 1

    # Typing is undone first: Ctrl+Z in a field with typing in it is the field's own undo.
    type_text(qtbot, "123")
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.ui.iinEdit.text() == ""
    assert len(list_stop_receptions(field.ctx, field.stop_id)) == 2

    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    names = [r.applicant_name for r in list_stop_receptions(field.ctx, field.stop_id)]
    assert names == ["Тестов Арман"]
    assert list_control(field.ctx) == ()  # the item it alone opened went with it
    assert desk.ui.receivedValue.text() == "1" and desk.ui.controlValue.text() == "0"
    assert "отменён" in desk.ui.feedbackLabel.text()

    tab(qtbot)  # the IIN field could redo its own typing; the next field has none
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(list_stop_receptions(field.ctx, field.stop_id)) == 2
    assert len(list_control(field.ctx)) == 1
    assert desk.ui.receivedValue.text() == "2"


def test_a_wrong_iin_is_hinted_as_typed_and_the_save_refused_naming_the_field(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    type_text(qtbot, "9210293")
    hint = desk.ui.iinHintLabel.text()
    assert "29.10.1992" in hint and "мужчина" in hint and "ещё 5 цифр" in hint

    type_text(qtbot, "50852")  # 921029350851 is valid: the last digit is wrong
    assert "Контрольная цифра" in desk.ui.iinHintLabel.text()
    assert desk.ui.iinHintLabel.property("state") == "bad"
    tab(qtbot)
    type_text(qtbot, "Тестов Арман")
    desk.ui.consentCheck.setFocus()  # with consent the IIN is kept, and so it is checked
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Return)

    boxes = error_boxes(desk)
    assert len(boxes) == 1 and "ИИН" in boxes[0].text()
    dismiss(qtbot, desk, boxes[0])
    assert list_stop_receptions(field.ctx, field.stop_id) == ()
    assert desk.ui.iinEdit.property("invalid") is True and desk.ui.iinEdit.hasFocus()
    assert desk.ui.nameEdit.text() == "Тестов Арман"  # what was typed stays
    assert "ИИН" in desk.ui.feedbackLabel.text()

    # Corrected (the field is selected, typing replaces it), consent given: saved.
    type_text(qtbot, "921029350851")
    assert desk.ui.iinHintLabel.property("state") == "ok"
    assert desk.ui.iinEdit.property("invalid") is False
    key(qtbot, Qt.Key.Key_Return)
    assert error_boxes(desk) == []
    assert [r.applicant_iin for r in list_stop_receptions(field.ctx, field.stop_id)] == ["921029350851"]


def test_the_consequences_of_an_outcome_are_asked_for(qtbot: QtBot, desk: ReceptionPage, field: Field) -> None:
    ui = desk.ui
    assert not ui.helpKindCombo.isEnabled() and not ui.responsibleEdit.isEnabled()
    ui.outcomeCombo.setFocus()
    type_text(qtbot, "взято")
    assert ui.responsibleEdit.isEnabled() and ui.personEdit.isEnabled() and not ui.helpKindCombo.isEnabled()
    assert "27.03.2026" in ui.deadlinePreview.text() and "15 рабочих дней" in ui.deadlinePreview.text()
    assert "05.03.2026" in ui.deadlinePreview.text()  # the applicant is told within 3 working days

    # Under control without a responsible body: refused, the responsible field named and focused.
    ui.nameEdit.setFocus()
    type_text(qtbot, "Тестов Арман")
    key(qtbot, Qt.Key.Key_Return)
    boxes = error_boxes(desk)
    assert len(boxes) == 1 and "ответственный" in boxes[0].text().lower()
    dismiss(qtbot, desk, boxes[0])
    assert ui.responsibleEdit.hasFocus() and ui.responsibleEdit.property("invalid") is True

    ui.outcomeCombo.setFocus()
    type_text(qtbot, "оказана")
    assert ui.helpKindCombo.isEnabled() and not ui.responsibleEdit.isEnabled()
    key(qtbot, Qt.Key.Key_Return)
    boxes = error_boxes(desk)
    assert len(boxes) == 1 and "помощ" in boxes[0].text().lower()
    dismiss(qtbot, desk, boxes[0])
    assert ui.helpKindCombo.hasFocus()
    assert list_stop_receptions(field.ctx, field.stop_id) == ()

    # A phone without consent: warned as it is typed, and saved without it.
    ui.helpKindCombo.setFocus()
    type_text(qtbot, "юрид")
    assert "ИИН, телефон и адрес" in ui.consentWarning.text() and ui.consentWarning.property("state") == ""
    ui.phoneEdit.setFocus()
    type_text(qtbot, "+77019876543")
    assert ui.consentWarning.isVisible() and ui.consentWarning.property("state") == "warn"
    assert "не будут сохранены" in ui.consentWarning.text()
    key(qtbot, Qt.Key.Key_Return)
    assert error_boxes(desk) == []
    saved = list_stop_receptions(field.ctx, field.stop_id)
    assert len(saved) == 1 and saved[0].help_kind is not None and saved[0].help_kind.value == "legal"
    assert saved[0].applicant_phone == "" and not saved[0].consent_given
    assert "телефон и адрес не сохранены" in ui.feedbackLabel.text()
    assert ui.feedbackLabel.property("state") == "warn"
    # With consent the warning goes and the phone is kept.
    ui.nameEdit.setFocus()
    type_text(qtbot, "Тестова Мадина")
    ui.phoneEdit.setFocus()
    type_text(qtbot, "+77019876543")
    ui.consentCheck.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert not ui.consentWarning.isVisible()
    key(qtbot, Qt.Key.Key_Return)
    assert {r.applicant_phone for r in list_stop_receptions(field.ctx, field.stop_id)} == {"", "+77019876543"}


def test_a_repeat_visitor_is_recognised_by_iin_and_completed(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    iin = make_iin(date(1958, 2, 3), False, 42)
    receive(qtbot, desk, name="Демова Айгуль", iin=iin, phone="+77015550011", consent=True, social="пенс",
            topic="пенс", essence="Перерасчёт пенсии", outcome="разъяс")
    assert desk.visits == ()

    type_text(qtbot, iin)
    assert len(desk.visits) == 1 and desk.visits[0].matched_by == "iin"
    assert desk.ui.visitsList.count() == 1
    assert "пенсии и пособия" in desk.ui.visitsList.item(0).text()
    assert "1 раз" in desk.ui.visitsHint.text()
    assert desk.ui.nameEdit.text() == "Демова Айгуль" and desk.ui.phoneEdit.text() == "+77015550011"
    assert desk.ui.consentCheck.isChecked() and desk.ui.socialCombo.currentData() == "pensioner"
    assert "женщина" in desk.ui.iinHintLabel.text()
    assert "заполнены по прежнему обращению — проверьте их" in desk.ui.feedbackLabel.text()

    key(qtbot, Qt.Key.Key_Return)
    rows = list_stop_receptions(field.ctx, field.stop_id)
    assert len(rows) == 2 and {r.applicant_name for r in rows} == {"Демова Айгуль"}


def test_a_resident_is_found_by_name_and_taken_into_the_form(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    iin = make_iin(date(1990, 6, 15), True, 7)
    receive(qtbot, desk, name="Образцов Нурлан", iin=iin, consent=True, topic="заня", outcome="разъяс")
    receive(qtbot, desk, name="Тестов Арман", topic="вод", outcome="разъяс")

    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is desk.ui.searchEdit
    type_text(qtbot, "обраЗЦ нур")
    key(qtbot, Qt.Key.Key_Return)
    assert [hit.applicant_name for hit in desk.hits] == ["Образцов Нурлан"]
    assert focused() is desk.ui.searchList
    key(qtbot, Qt.Key.Key_Return)
    assert desk.ui.nameEdit.text() == "Образцов Нурлан" and desk.ui.iinEdit.text() == iin
    assert desk.ui.consentCheck.isChecked()  # the consent given at the first visit comes along
    assert "заполнены по прежнему обращению" in desk.ui.feedbackLabel.text()
    assert len(desk.visits) == 1
    assert focused() is desk.ui.appealFormCombo

    desk.ui.searchEdit.setFocus()
    desk.ui.searchEdit.selectAll()
    type_text(qtbot, "Никтоневстречался")
    key(qtbot, Qt.Key.Key_Return)
    assert desk.hits == () and "Никого не нашлось" in desk.ui.searchHint.text()


def test_an_empty_database_says_where_stops_come_from(qtbot: QtBot, tmp_path: object) -> None:
    from pathlib import Path

    from fieldapp.services.context import Context
    from fieldapp.storage.database import open_database

    db = open_database(Path(str(tmp_path)) / "empty.db", create=True)
    page = ReceptionPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    try:
        page.set_context(Context(db=db))
        assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
        assert "Выезды" in page.ui.emptyText.text()
        assert page.save() is None
    finally:
        db.close()


def test_the_desk_in_the_window_names_the_stop_in_the_status_bar(
    qtbot: QtBot, make_window: object, field: Field
) -> None:
    window = make_window(field.db.path, runner=Runner(synchronous=True))  # type: ignore[operator]
    window.show_page("reception")
    page = window.pages["reception"]
    assert isinstance(page, ReceptionPage)
    assert "Аса" in window.stop_label.text() and "неделя 1" in window.tour_label.text()


def test_a_placeholder_iin_is_hinted_as_one_and_finds_no_earlier_visits(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    type_text(qtbot, "000000000000")  # passes the checksum, names nobody
    assert desk.ui.iinHintLabel.text() == (
        "ИИН 000000000000 — заглушка, а не номер человека: если ИИН неизвестен, оставьте поле пустым")
    assert desk.ui.iinHintLabel.property("state") == "bad"
    assert not desk.ui.visitsBox.property("repeat")
