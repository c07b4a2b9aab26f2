"""From the new-user audit: Enter saves the dialogs that save something, from a line, a picker, a date; Enter in a
multi-line field starts a new line and Ctrl+Enter saves from there; the save is announced (the status bar, or the
dialog's own message where it stays open) and a refusal says why, naming the field. In ru and kk, real keys on the
real widgets, on a database from `fieldapp init` filled through the services, read back afterwards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from enter_helpers import (
    BOSS,
    BOSS_PW,
    LANGS,
    QT_NOISE,
    WindowFactory,
    assert_translated,
    build_office,
    keys_in_tooltip,
    open_window,
    press_enter,
    refusal,
    type_text,
    wait_saved,
)
from photo_helpers import jpeg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Role
from fieldapp.domain.messages import render
from fieldapp.services import campaigns, photos, places, polls, signals, tours
from fieldapp.services.accounts import list_users
from fieldapp.services.campaigns import DistrictRef
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.dialogs.accounts import AccountsDialog
from fieldapp.ui.dialogs.change_password import ChangePasswordDialog
from fieldapp.ui.dialogs.password_fields import missing_account
from fieldapp.ui.dialogs.photo_caption import PhotoCaptionDialog
from fieldapp.ui.dialogs.poll_dialog import PollDialog
from fieldapp.ui.dialogs.rotation_slot import RotationSlotDialog
from fieldapp.ui.dialogs.stop_dialog import StopDialog
from fieldapp.ui.dialogs.tour_dialog import TourDialog

pytestmark = pytest.mark.qt_log_ignore(*QT_NOISE)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return build_office(tmp_path, monkeypatch)


def save_button(box: QDialogButtonBox) -> object:
    return box.button(QDialogButtonBox.StandardButton.Save)


@pytest.mark.parametrize("lang", LANGS)
def test_the_poll_dialog_saves_with_ctrl_enter_from_its_options(make_window: WindowFactory, qtbot: QtBot,
                                                                office: Path, lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "polls")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["polls"]
    qtbot.waitUntil(lambda: not page.loading)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.ui.newPollButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PollDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    keys_in_tooltip(save_button(ui.buttonBox), "Enter, Ctrl+Enter")  # type: ignore[arg-type]

    # Enter in the question with no options: refused, naming the options; the dialog stays.
    type_text(qtbot, ui.questionRuEdit, "Знаете ли вы телефон доверия?")
    press_enter(qtbot, ui.questionRuEdit)
    box = refusal(qtbot, window)
    assert box.text().startswith(render("field.option", lang)), box.text()
    assert polls.list_polls(ctx) == () and dialog.isVisible()
    box.close()

    # Enter in the options starts the next option; Ctrl+Enter saves.
    type_text(qtbot, ui.optionsEdit, "Да | Иә\nНет | Жоқ")
    QApplication.processEvents()
    assert polls.list_polls(ctx) == () and dialog.isVisible()
    press_enter(qtbot, ui.optionsEdit, ctrl=True)
    qtbot.waitUntil(lambda: len(polls.list_polls(ctx)) == 1)
    poll = polls.list_polls(ctx)[0]
    assert [o.label_ru for o in poll.options] == ["Да", "Нет"]
    message = wait_saved(qtbot, window, "опросы")
    assert_translated(lang, message, "опросы")


@pytest.mark.parametrize("lang", LANGS)
def test_the_tour_and_stop_dialogs_save_with_enter_from_a_date_and_a_line(make_window: WindowFactory,
                                                                          qtbot: QtBot, office: Path,
                                                                          lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "tours")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["tours"]
    qtbot.waitUntil(lambda: not page.loading and page.ui.tourList.count() == 1)  # type: ignore[attr-defined]
    before = {t.id for t in tours.list_tours(ctx)}

    # A tour: no title is refused with the field named; then Enter in the first day saves it.
    dialog = page.new_tour()  # type: ignore[attr-defined]
    assert isinstance(dialog, TourDialog)
    qtbot.waitExposed(dialog)
    keys_in_tooltip(save_button(dialog.ui.buttonBox), "Enter, Ctrl+Enter")  # type: ignore[arg-type]
    type_text(qtbot, dialog.ui.titleEdit, "")
    press_enter(qtbot, dialog.ui.startEdit)
    box = refusal(qtbot, window)
    assert box.text().startswith(render("field.title", lang)), box.text()
    box.close()
    type_text(qtbot, dialog.ui.titleEdit, "Кордайский район")
    type_text(qtbot, dialog.ui.notesEdit, "Взять проектор\nи флаги")  # Enter here: a new line, not a save
    QApplication.processEvents()
    assert {t.id for t in tours.list_tours(ctx)} == before
    press_enter(qtbot, dialog.ui.startEdit)
    qtbot.waitUntil(lambda: len(tours.list_tours(ctx)) == 2)
    tour = next(t for t in tours.list_tours(ctx) if t.id not in before)
    assert (tour.title, tour.notes) == ("Кордайский район", "Взять проектор\nи флаги")
    wait_saved(qtbot, window, "выезды")

    # A stop of the new tour: the village typed and taken with Enter, then Enter in the venue saves.
    qtbot.waitUntil(lambda: page._tour is not None and page._tour.id == tour.id)  # type: ignore[attr-defined]
    stop_dialog = page.add_stop()  # type: ignore[attr-defined]
    assert isinstance(stop_dialog, StopDialog)
    qtbot.waitExposed(stop_dialog)
    ui = stop_dialog.ui
    press_enter(qtbot, ui.venueEdit)  # no village yet: refused, naming it
    box = refusal(qtbot, window)
    assert box.text().startswith(render("field.settlement", lang)), box.text()
    box.close()
    type_text(qtbot, ui.settlementEdit, "Аса")
    press_enter(qtbot, ui.settlementEdit)  # takes the village (from the completer's popup or the name typed)
    qtbot.waitUntil(lambda: ui.settlementEdit.settlement_id() is not None)
    if stop_dialog.isVisible():  # Enter on the popup only picks; the form is saved by the next Enter
        type_text(qtbot, ui.venueEdit, "Школа")
        press_enter(qtbot, ui.venueEdit)
    qtbot.waitUntil(lambda: len(tours.route(ctx, tour.id)) == 1)
    assert tours.route(ctx, tour.id)[0].settlement_ru == "Аса"
    wait_saved(qtbot, window, "остановки")


@pytest.mark.parametrize("lang", LANGS)
def test_the_rotation_slot_saves_with_enter_in_a_picker_and_shows_a_refusal_under_the_fields(
    make_window: WindowFactory, qtbot: QtBot, office: Path, lang: str
) -> None:
    window = open_window(make_window, qtbot, office, lang, "planning")
    ctx = window.ctx
    assert ctx is not None
    campaign = campaigns.list_campaigns(ctx)[0]
    groups = campaigns.list_groups(ctx, campaign.id)
    region = places.list_regions(ctx)[0]
    district = places.list_districts(ctx, region.id)[0]
    districts = [DistrictRef(district.id, district.name_ru, district.name_kk)]
    start = ctx.today()

    def open_slot() -> RotationSlotDialog:
        dialog = RotationSlotDialog(ctx, groups, districts, None, (start, start + timedelta(days=4)), window)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    dialog = open_slot()
    keys_in_tooltip(save_button(dialog.ui.buttonBox), "Enter")  # type: ignore[arg-type]
    press_enter(qtbot, dialog.ui.districtCombo)
    qtbot.waitUntil(lambda: len(campaigns.list_rotation(ctx, campaign.id)) == 1)
    assert not dialog.isVisible()
    wait_saved(qtbot, window, "план ротации")

    # The same group in the same days again: refused in the dialog, the field named, nothing saved.
    again = open_slot()
    press_enter(qtbot, again.ui.toEdit)
    qtbot.waitUntil(again.ui.errorLabel.isVisible)
    names = {render(f"field.{name}", lang) for name in ("period", "district", "group")}
    assert again.ui.errorLabel.text().split(":")[0] in names, again.ui.errorLabel.text()
    assert len(campaigns.list_rotation(ctx, campaign.id)) == 1 and again.isVisible()
    again.close()


@pytest.mark.parametrize("lang", LANGS)
def test_a_photo_caption_is_saved_with_enter(make_window: WindowFactory, qtbot: QtBot, office: Path,
                                             tmp_path: Path, lang: str) -> None:
    window = open_window(make_window, qtbot, office, lang, "stop")
    ctx = window.ctx
    assert ctx is not None
    stop = tours.route(ctx, tours.list_tours(ctx)[0].id)[0]
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    picture = tmp_path / "meeting.png"
    assert image.save(str(picture))
    shot = photos.attach_photo(ctx, "stop", stop.id, picture)
    wait_saved(qtbot, window, "фотографии")
    dialog = PhotoCaptionDialog(ctx, [shot], added=False, parent=window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    keys_in_tooltip(save_button(dialog.ui.buttonBox), "Enter")  # type: ignore[arg-type]
    type_text(qtbot, dialog.ui.captionEdit, "Встреча в клубе")
    press_enter(qtbot, dialog.ui.captionEdit)
    qtbot.waitUntil(lambda: photos.get_photo(ctx, shot.id).caption == "Встреча в клубе")
    assert not dialog.isVisible()
    wait_saved(qtbot, window, "фотографии")


@pytest.mark.parametrize("lang", LANGS)
def test_accounts_are_added_with_enter_and_an_empty_form_says_what_is_missing(
    make_window: WindowFactory, qtbot: QtBot, office: Path, lang: str
) -> None:
    window = open_window(make_window, qtbot, office, lang, "dashboard")
    ctx = window.ctx
    assert ctx is not None
    window.manage_accounts()
    dialog = window.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    keys_in_tooltip(ui.addButton, "Enter")
    press_enter(qtbot, ui.userEdit)
    assert ui.messageLabel.isVisible() and ui.messageLabel.text() == missing_account()
    assert_translated(lang, ui.messageLabel.text(), "Введите")
    type_text(qtbot, ui.userEdit, "aigerim")
    type_text(qtbot, ui.passwordEdit, "secret-1")
    type_text(qtbot, ui.repeatEdit, "secret-1")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.SUPERVISOR.value))
    press_enter(qtbot, ui.roleCombo)
    qtbot.waitUntil(lambda: any(u.username == "aigerim" for u in list_users(ctx)))
    added = next(u for u in list_users(ctx) if u.username == "aigerim")
    assert added.role == Role.SUPERVISOR.value
    said = QCoreApplication.translate("AccountsDialog", "Учётная запись «%1» добавлена.").replace("%1", "aigerim")
    assert ui.messageLabel.text() == said
    dialog.close()


@pytest.mark.parametrize("lang", LANGS)
def test_the_password_is_changed_with_enter_and_an_empty_form_says_what_is_missing(
    make_window: WindowFactory, qtbot: QtBot, office: Path, lang: str
) -> None:
    window = open_window(make_window, qtbot, office, lang, "dashboard")
    window.change_password()
    dialog = window.password_dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    keys_in_tooltip(dialog.ok_button(), "Enter")
    press_enter(qtbot, ui.currentEdit)
    assert ui.errorLabel.isVisible()
    assert ui.errorLabel.text() == QCoreApplication.translate("ChangePasswordDialog", "Введите текущий пароль.")
    assert_translated(lang, ui.errorLabel.text(), "Введите")
    type_text(qtbot, ui.currentEdit, BOSS_PW)
    press_enter(qtbot, ui.newEdit)  # no new password: said so
    assert ui.errorLabel.text() == QCoreApplication.translate("PasswordFields", "Введите пароль.")
    type_text(qtbot, ui.newEdit, "new-secret")
    type_text(qtbot, ui.repeatEdit, "new-secret")
    press_enter(qtbot, ui.repeatEdit)
    changed = QCoreApplication.translate("MainWindow", "Пароль изменён")
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage() == changed)
    assert_translated(lang, changed, "Пароль")
    window.close()
    open_workspace(office, user=BOSS, password="new-secret").db.close()  # the new password opens the database


@pytest.mark.parametrize("lang", LANGS)
def test_enter_in_the_intakes_coordinates_places_the_photo_and_creates_nothing_yet(
    make_window: WindowFactory, qtbot: QtBot, office: Path, tmp_path: Path, lang: str
) -> None:
    window = open_window(make_window, qtbot, office, lang, "signals")
    ctx = window.ctx
    assert ctx is not None
    page = window.pages["signals"]
    qtbot.waitUntil(lambda: not page.loading)  # type: ignore[attr-defined]
    placed = jpeg(tmp_path / "IMG_0001.jpg", 42.8765, 71.3812)
    unplaced = jpeg(tmp_path / "IMG_0002.jpg")
    page.intake.drop.dropped.emit([placed, unplaced])  # type: ignore[attr-defined]  # what a drop delivers
    qtbot.waitUntil(lambda: page.intake.dialog is not None and page.intake.dialog.isVisible())  # type: ignore[attr-defined]
    dialog = page.intake.dialog  # type: ignore[attr-defined]
    ui = dialog.ui
    keys_in_tooltip(ui.placeButton, "Enter")
    row = next(i for i, item in enumerate(dialog.items) if any(p.name == "IMG_0002.jpg" for p in item.photos))
    ui.proposalTable.selectRow(row)
    type_text(qtbot, ui.coordinatesEdit, "42.95, 71.40")
    press_enter(qtbot, ui.coordinatesEdit)
    qtbot.waitUntil(lambda: ui.proposalTable.item(row, 1).text() == "42.950000, 71.400000")
    QApplication.processEvents()
    assert dialog.isVisible() and signals.list_signals(ctx) == ()  # placing is not creating
    press_enter(qtbot, ui.kindCombo)  # Enter elsewhere: the dialog's «Создать сигналы»
    qtbot.waitUntil(lambda: len(signals.list_signals(ctx)) == 2)
    wait_saved(qtbot, window, "сигналы")
