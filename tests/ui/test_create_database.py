"""«Создать базу» on the welcome screen: the first coordinator's name and password, a protected file unless unticked
(with the warning of what that means), made by the service of `fieldapp init`, and signed in — all by keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from fieldapp.config import app_paths
from fieldapp.domain.errors import AccessError
from fieldapp.services.workspace import open_workspace
from fieldapp.storage.engine import is_plain_sqlite, keyring_path
from fieldapp.storage.protection import slot_usernames
from fieldapp.storage.tables import Account, Direction
from fieldapp.ui.dialogs.change_password import ChangePasswordDialog
from fieldapp.ui.dialogs.create_database import CreateDatabaseDialog
from fieldapp.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
# Typed through QTest, which sends Latin-1 keys only.
NAME, PASSWORD = "Aigerim Koordinatorova", "nadezhnyi parol"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def no_account_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDAPP_USER", raising=False)
    monkeypatch.delenv("FIELDAPP_PASSWORD", raising=False)
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")


def open_dialog(qtbot: QtBot, window: MainWindow) -> CreateDatabaseDialog:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.ui.createButton)
    qtbot.keyClick(window.welcome.ui.createButton, Qt.Key.Key_Space)
    dialog = window.create_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.userEdit)
    return dialog


def type_by_keyboard(qtbot: QtBot, dialog: CreateDatabaseDialog, name: str, password: str, repeat: str) -> None:
    """Typed the way a user does: into the focused field, Tab to the next one."""
    assert QApplication.focusWidget() is dialog.ui.userEdit
    qtbot.keyClicks(dialog.ui.userEdit, name)
    qtbot.keyClick(dialog.ui.userEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.passwordEdit
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.repeatEdit
    qtbot.keyClicks(dialog.ui.repeatEdit, repeat)


def test_creates_a_protected_database_and_signs_in(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    target = app_paths().default_database
    dialog = open_dialog(qtbot, window)
    assert dialog.ui.protectCheck.isChecked() and not dialog.ui.warningLabel.isVisible()
    assert dialog.ui.fileLabel.text() == str(target.absolute())
    type_by_keyboard(qtbot, dialog, NAME, PASSWORD, PASSWORD)
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.protectCheck
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)

    assert window.create_dialog is None
    ctx = window.ctx
    assert ctx is not None and ctx.db.path == target.absolute()
    assert ctx.account == NAME and ctx.role == "coordinator" and ctx.db.key is not None
    assert window.ui.rootStack.currentWidget() is window.ui.workspacePage
    assert not is_plain_sqlite(target) and slot_usernames(target) == [NAME]
    assert NAME.encode() not in target.read_bytes()
    with ctx.db.session() as s:
        assert s.execute(select(func.count()).select_from(Direction)).scalar() == 8
        assert [(a.username, a.role) for a in s.scalars(select(Account))] == [(NAME, "coordinator")]
    window.close()
    # The file opens again with the account typed in the dialog, and only with it.
    again = open_workspace(target, user=NAME, password=PASSWORD)
    again.db.close()


def test_unticked_protection_warns_and_makes_a_plain_file_with_its_coordinator(make_window: WindowFactory,
                                                                              qtbot: QtBot) -> None:
    window = make_window()
    target = app_paths().default_database
    dialog = open_dialog(qtbot, window)
    type_by_keyboard(qtbot, dialog, NAME, PASSWORD, PASSWORD)
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.ui.protectCheck, Qt.Key.Key_Space)
    assert not dialog.ui.protectCheck.isChecked()
    assert dialog.ui.warningLabel.isVisible() and "скопирует" in dialog.ui.warningLabel.text()
    qtbot.keyClick(dialog.ui.protectCheck, Qt.Key.Key_Return)

    ctx = window.ctx
    assert ctx is not None and ctx.db.key is None and ctx.role == "coordinator"
    assert is_plain_sqlite(target) and not keyring_path(target).exists()


def test_mismatched_passwords_and_an_existing_file_are_refused_in_the_dialog(make_window: WindowFactory,
                                                                           qtbot: QtBot) -> None:
    window = make_window()
    target = app_paths().default_database
    dialog = open_dialog(qtbot, window)
    type_by_keyboard(qtbot, dialog, NAME, PASSWORD, "drugoi")
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.errorLabel.isVisible()
    assert "не совпадают" in dialog.ui.errorLabel.text()
    assert QApplication.focusWidget() is dialog.ui.repeatEdit
    assert not target.exists() and window.ctx is None

    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"")
    qtbot.keyClicks(dialog.ui.repeatEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and str(target) in dialog.ui.errorLabel.text()
    assert target.read_bytes() == b"" and window.ctx is None

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.create_dialog is None
    assert window.ui.rootStack.currentWidget() is window.welcome


def test_change_password_rewrites_the_own_slot(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    target = app_paths().default_database
    dialog = open_dialog(qtbot, window)
    type_by_keyboard(qtbot, dialog, NAME, PASSWORD, PASSWORD)
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert window.ctx is not None and window.ui.actionChangePassword.isEnabled()
    slot_before = keyring_path(target).read_text()

    window.ui.actionChangePassword.trigger()
    change = window.password_dialog
    assert isinstance(change, ChangePasswordDialog)
    qtbot.waitUntil(change.isVisible)
    change.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is change.ui.currentEdit)
    # A wrong current password is refused in the dialog and changes nothing.
    for typed in ("wrong", "novyi parol", "novyi parol"):
        qtbot.keyClicks(QApplication.focusWidget(), typed)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(change.ui.repeatEdit, Qt.Key.Key_Return)
    assert change.isVisible() and change.ui.errorLabel.isVisible()
    assert keyring_path(target).read_text() == slot_before
    assert QApplication.focusWidget() is change.ui.currentEdit
    qtbot.keyClicks(change.ui.currentEdit, PASSWORD)
    qtbot.keyClick(change.ui.currentEdit, Qt.Key.Key_Return)
    assert window.password_dialog is None
    assert keyring_path(target).read_text() != slot_before
    window.close()
    again = open_workspace(target, user=NAME, password="novyi parol")
    again.db.close()
    with pytest.raises(AccessError):
        open_workspace(target, user=NAME, password=PASSWORD)
