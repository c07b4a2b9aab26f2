"""The signals page's «Получен» and «Проверяет», and the captions of its photos, worked from a database made as
`fieldapp init` makes it (a coordinator who sets up the members): a tip received yesterday evening and given to a
member is stored so and shown again when reselected; a time in the future and a member deleted meanwhile are
refused with nothing written; a reload keeps what is typed; a draft keeps both fields; a photo added is captioned
and credited, then its caption corrected, keeping its role."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import PhotoRole
from fieldapp.services import drafts, people, photos, signals
from fieldapp.services.context import Context
from fieldapp.storage.tables import Signal
from fieldapp.ui import i18n
from fieldapp.ui.pages.signals import SignalsPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 10, 30)  # also the clock of the `boss` fixture (tests/conftest.py)


@pytest.fixture
def members(boss: Context) -> dict[str, str]:
    return {"aliya": people.create_member(boss, "Aliya Bekova", position="inspector"),
            "nurlan": people.create_member(boss, "Nurlan Seitkali", position="district officer")}


def open_page(qtbot: QtBot, ctx: Context) -> SignalsPage:
    """The page, its kind set to one that needs no coordinates (graffiti does: not what these tests are about)."""
    page = SignalsPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.set_context(ctx)
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("public order"))
    return page


def error_boxes(page: SignalsPage) -> list[QMessageBox]:
    return [b for b in page.findChildren(QMessageBox) if b.objectName() == "domainErrorDialog" and b.isVisible()]


def close_boxes(page: SignalsPage) -> list[str]:
    texts = []
    for box in error_boxes(page):
        texts.append(box.text())
        box.close()
    return texts


def type_when(qtbot: QtBot, page: SignalsPage, digits: str) -> None:
    """Into «Получен» as typed: Tab from «Кто сообщил» (the tab order), then each section's digits in turn
    (dd.MM.yyyy HH:mm)."""
    page.ui.reporterEdit.setFocus()
    qtbot.keyClick(page.ui.reporterEdit, Qt.Key.Key_Tab)
    edit = page.ui.receivedEdit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, digits)


def choose_handler(qtbot: QtBot, page: SignalsPage, name: str) -> None:
    combo = page.ui.handlerCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while not combo.currentText().startswith(name):
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{name} is not in the picker"


def stored(ctx: Context) -> list[tuple[str, datetime, str | None]]:
    with ctx.db.session() as s:
        return sorted((r.reporter, r.received_at, r.handled_by_id) for r in s.query(Signal).all())


def test_received_at_and_handler_are_saved_and_shown_again(qtbot: QtBot, boss: Context,
                                                           members: dict[str, str]) -> None:
    page = open_page(qtbot, boss)
    ui = page.ui
    # A new tip: received now unless changed, nobody checking it yet; the members to choose from (the coordinator
    # is one: `fieldapp init` makes a member of the account).
    assert ui.receivedEdit.dateTime().toPython() == NOW
    assert ui.handlerCombo.currentData() is None and ui.handlerCombo.currentText() == "— не назначен —"
    assert [ui.handlerCombo.itemText(i) for i in range(ui.handlerCombo.count())] == [
        "— не назначен —", "Aliya Bekova, inspector", "Nurlan Seitkali, district officer", "boss"]

    qtbot.keyClicks(ui.reporterEdit, "Aigul")
    type_when(qtbot, page, "010320261805")
    assert ui.receivedEdit.dateTime().toPython() == datetime(2026, 3, 1, 18, 5)
    choose_handler(qtbot, page, "Nurlan")
    # The window reloads every page after any commit: what is typed stays.
    page.reload()
    assert ui.receivedEdit.dateTime().toPython() == datetime(2026, 3, 1, 18, 5)
    assert ui.handlerCombo.currentData() == members["nurlan"] and ui.reporterEdit.text() == "Aigul"
    qtbot.keyClick(ui.reporterEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert close_boxes(page) == []
    assert stored(boss) == [("Aigul", datetime(2026, 3, 1, 18, 5), members["nurlan"])]
    first = page.current_id()
    assert first is not None and page.ui.formTitle.text().startswith("Сигнал от")

    # A second one, untouched: received now, nobody on it.
    qtbot.keyClick(ui.reporterEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.handlerCombo.currentData() is None and ui.receivedEdit.dateTime().toPython() == NOW
    qtbot.keyClicks(ui.reporterEdit, "Daniyar")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert stored(boss) == [("Aigul", datetime(2026, 3, 1, 18, 5), members["nurlan"]), ("Daniyar", NOW, None)]

    # Reselected, the first shows its time and handler again; changing the handler keeps the time to the second.
    page.select(first)
    assert ui.receivedEdit.dateTime().toPython() == datetime(2026, 3, 1, 18, 5)
    assert ui.handlerCombo.currentText() == "Nurlan Seitkali, district officer"
    choose_handler(qtbot, page, "Aliya")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert signals.get_signal(boss, first).handled_by_id == members["aliya"]
    assert signals.get_signal(boss, first).received_at == datetime(2026, 3, 1, 18, 5)
    choose_handler(qtbot, page, "— не назначен —")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert signals.get_signal(boss, first).handled_by_id is None


def test_a_future_time_and_a_deleted_handler_are_refused_with_nothing_written(
        qtbot: QtBot, boss: Context, members: dict[str, str]) -> None:
    page = open_page(qtbot, boss)
    ui = page.ui
    qtbot.keyClicks(ui.reporterEdit, "Aigul")
    type_when(qtbot, page, "030320261030")  # tomorrow
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert close_boxes(page) == ["время получения: 03.03.2026 10:30 ещё не наступило: сигнал не может быть "
                                 "получен в будущем"]
    assert ui.receivedEdit.property("invalid") is True
    assert stored(boss) == [] and ui.reporterEdit.text() == "Aigul"

    # Back to this morning; the member chosen is deleted (on the setup page, or by a sync) before the save.
    type_when(qtbot, page, "020320260915")
    assert ui.receivedEdit.property("invalid") is not True
    choose_handler(qtbot, page, "Aliya")
    people.delete_member(boss, members["aliya"])
    page.reload()
    assert ui.handlerCombo.currentData() == members["aliya"]  # the choice stays, said to be gone
    assert ui.handlerCombo.currentText() == "участник удалён"
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    texts = close_boxes(page)
    assert len(texts) == 1 and texts[0].startswith("кто проверяет:")
    assert ui.handlerCombo.property("invalid") is True
    assert stored(boss) == []

    choose_handler(qtbot, page, "Nurlan")
    assert ui.handlerCombo.findText("Aliya Bekova, inspector") < 0
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert close_boxes(page) == []
    assert stored(boss) == [("Aigul", datetime(2026, 3, 2, 9, 15), members["nurlan"])]


def test_the_draft_keeps_the_time_and_the_handler(qtbot: QtBot, boss: Context, members: dict[str, str]) -> None:
    page = open_page(qtbot, boss)
    ui = page.ui
    qtbot.keyClicks(ui.reporterEdit, "Aigul")
    type_when(qtbot, page, "010320262240")
    choose_handler(qtbot, page, "Nurlan")
    typed = page.draft_fields()
    assert (typed["received"], typed["handled_by"]) == ("2026-03-01T22:40", members["nurlan"])
    qtbot.waitUntil(lambda: (d := drafts.load(boss, "signal")) is not None and dict(d.fields) == typed,
                    timeout=5000)

    again = open_page(qtbot, boss)
    assert not again.draft_bar.isHidden()
    qtbot.mouseClick(again.draft_bar.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert again.draft_fields() == typed
    assert again.ui.receivedEdit.dateTime().toPython() == datetime(2026, 3, 1, 22, 40)
    qtbot.mouseClick(again.ui.saveButton, Qt.MouseButton.LeftButton)
    assert stored(boss) == [("Aigul", datetime(2026, 3, 1, 22, 40), members["nurlan"])]


def picture(path: Path, colour: str) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_a_photo_is_captioned_when_added_and_corrected_later(qtbot: QtBot, boss: Context, tmp_path: Path) -> None:
    signal_id = signals.record_signal(boss, signals.SignalDraft(description="Graffiti"))
    page = open_page(qtbot, boss)
    page.select(signal_id)
    ui = page.ui
    assert not ui.captionButton.isEnabled()  # no photo chosen

    # Added: the dialog asks, both fields empty; Enter saves.
    assert page.add_photos(PhotoRole.BEFORE, [picture(tmp_path / "wall.png", "#c62828")]) == 1
    dialog = page.photos.caption_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.captionEdit.text() == "" and dialog.ui.creditEdit.text() == ""
    assert "1" in dialog.ui.introLabel.text() and "«до»" in dialog.ui.introLabel.text()
    qtbot.keyClicks(dialog.ui.captionEdit, "Wall of the garages")
    qtbot.keyClicks(dialog.ui.creditEdit, "Photo: patrol")
    qtbot.keyClick(dialog.ui.creditEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (shot,) = photos.list_photos(boss, "signal", signal_id)
    assert (shot.caption, shot.credit, shot.role) == ("Wall of the garages", "Photo: patrol", PhotoRole.BEFORE)
    assert ui.beforeList.item(0).toolTip().splitlines() == ["Wall of the garages", "Photo: patrol"]
    assert not ui.captionButton.isEnabled()

    # Corrected: a double-click on the thumbnail opens it filled in.
    item = ui.beforeList.item(0)
    spot = ui.beforeList.visualItemRect(item).center()
    qtbot.mouseClick(ui.beforeList.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(ui.beforeList.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    dialog = page.photos.caption_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.ui.captionEdit.text(), dialog.ui.creditEdit.text()) == ("Wall of the garages", "Photo: patrol")
    dialog.ui.captionEdit.selectAll()
    qtbot.keyClicks(dialog.ui.captionEdit, "Wall painted over")
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Сохранить"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (shot,) = photos.list_photos(boss, "signal", signal_id)
    assert (shot.caption, shot.credit, shot.role) == ("Wall painted over", "Photo: patrol", PhotoRole.BEFORE)
    assert ui.beforeList.item(0).toolTip().splitlines() == ["Wall painted over", "Photo: patrol"]

    # «Подпись…» opens the same for the photo chosen; «Отмена» leaves the photo as it is.
    qtbot.mouseClick(ui.beforeList.viewport(), Qt.MouseButton.LeftButton,
                     pos=ui.beforeList.visualItemRect(ui.beforeList.item(0)).center())
    assert ui.captionButton.isEnabled()
    qtbot.mouseClick(ui.captionButton, Qt.MouseButton.LeftButton)
    dialog = page.photos.caption_dialog
    assert dialog is not None and dialog.ui.captionEdit.text() == "Wall painted over"
    dialog.ui.captionEdit.clear()
    qtbot.keyClick(dialog.ui.captionEdit, Qt.Key.Key_Escape)
    assert photos.list_photos(boss, "signal", signal_id)[0].caption == "Wall painted over"
    # A photo added and left without a caption has none; choosing it unchooses the other strip's.
    assert page.add_photos(PhotoRole.AFTER, [picture(tmp_path / "painted.png", "#9e9e9e")]) == 1
    page.photos.caption_dialog.reject()
    ui.beforeList.item(0).setSelected(True)
    ui.afterList.item(0).setSelected(True)
    assert ui.beforeList.selectedItems() == [] and page.photos.chosen() is ui.afterList.item(0)
    after = [p for p in photos.list_photos(boss, "signal", signal_id) if p.role is PhotoRole.AFTER]
    assert [(p.caption, p.credit) for p in after] == [("", "")]
    assert ui.afterList.item(0).toolTip() == "без подписи"


def test_kazakh_labels(qtbot: QtBot, boss: Context, members: dict[str, str]) -> None:
    i18n.switch_language("kk")
    page = open_page(qtbot, boss)
    assert page.ui.receivedLabel.text() == "Алынды"
    assert page.ui.handlerLabel.text() == "Тексереді"
    assert page.ui.handlerCombo.itemText(0) == "— тағайындалмаған —"
    assert page.ui.captionButton.text() == "Сурет жазуы…"
