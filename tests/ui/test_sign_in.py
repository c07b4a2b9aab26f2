"""Signing in to a protected (SQLCipher) database in the window: the dialog at start, a wrong password refused in
the interface language with a wait that grows, Cancel back to the welcome screen; the environment still works."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldapp.storage import sign_in_attempts
from fieldapp.storage.accounts import add_account
from fieldapp.storage.database import open_database
from fieldapp.storage.protection import create_protected
from fieldapp.storage.tables import Member
from fieldapp.ui.dialogs.sign_in import SignInDialog, retry_delay
from fieldapp.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
USER, PASSWORD = "coordinator", "correct horse"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def no_account_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDAPP_USER", raising=False)
    monkeypatch.delenv("FIELDAPP_PASSWORD", raising=False)


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    """A protected database with one member who has an account."""
    path = tmp_path / "secret.db"
    key = create_protected(path, USER, PASSWORD)
    db = open_database(path, key, create=True)
    try:
        with db.session() as session:
            member = Member(full_name="Координатор Защищённый")
            session.add(member)
            session.flush()
            add_account(session, USER, PASSWORD, "coordinator", member.id)
    finally:
        db.close()
    return path


def dialog_of(qtbot: QtBot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible(), timeout=20_000)
    dialog = window.sign_in_dialog
    assert dialog is not None
    return dialog


def type_in(qtbot: QtBot, dialog: SignInDialog, user: str, password: str) -> None:
    dialog.ui.userEdit.clear()
    qtbot.keyClicks(dialog.ui.userEdit, user)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


def test_the_start_asks_for_the_account_and_opens_the_database(
    make_window: WindowFactory, qtbot: QtBot, protected: Path
) -> None:
    window = make_window(protected)
    dialog = dialog_of(qtbot, window)
    assert window.ctx is None
    assert dialog.ui.fileLabel.text() == str(protected.absolute())
    assert dialog.ok_button().text() == "Войти"
    assert dialog.ui.passwordEdit.echoMode() == dialog.ui.passwordEdit.EchoMode.Password

    type_in(qtbot, dialog, USER, PASSWORD)

    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    assert window.ctx is not None and window.ctx.db.path == protected.absolute()
    assert window.ui.rootStack.currentWidget() is window.ui.workspacePage
    assert window.member_label.text() == "Участник: Координатор Защищённый"
    assert window.sign_in_dialog is None


def test_a_wrong_password_is_refused_in_kazakh_and_the_wait_grows(
    make_window: WindowFactory, qtbot: QtBot, protected: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(protected, lang="kk")
    dialog = dialog_of(qtbot, window)
    assert dialog.ok_button().text() == "Кіру"

    type_in(qtbot, dialog, USER, "wrong")
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "пайдаланушы аты немесе құпиясөз қате"
    assert dialog.ui.passwordEdit.text() == "" and dialog.ok_button().isEnabled()
    type_in(qtbot, dialog, "nobody", PASSWORD)
    assert dialog.ok_button().isEnabled()  # two slips cost nothing

    type_in(qtbot, dialog, USER, "wrong again")
    assert dialog.failures == 3
    assert not dialog.ok_button().isEnabled()
    assert "2 секундтан кейін" in dialog.ui.errorLabel.text()
    # While the button is off, Enter does not try either (no fourth failure counted).
    type_in(qtbot, dialog, USER, "wrong")
    assert dialog.failures == 3
    qtbot.waitUntil(dialog.ok_button().isEnabled, timeout=5_000)
    assert window.ctx is None

    type_in(qtbot, dialog, USER, "still wrong")
    assert dialog.failures == 4 and "4 секундтан кейін" in dialog.ui.errorLabel.text()
    assert [retry_delay(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 32, 60]


def test_cancel_returns_to_the_welcome_screen_and_the_wait_survives_a_new_dialog(
    make_window: WindowFactory, qtbot: QtBot, protected: Path
) -> None:
    window = make_window(protected)
    dialog = dialog_of(qtbot, window)
    for _ in range(3):
        type_in(qtbot, dialog, USER, "wrong")
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sign_in_dialog is None)
    assert window.ctx is None
    assert window.ui.rootStack.currentWidget() is window.welcome

    # Opening it again from the menu asks again, and the wrong passwords so far still count.
    window.open_database(protected)
    again = dialog_of(qtbot, window)
    assert again.failures == 3
    # …and so does the wait they earned: a new dialog is no way around it.
    assert not again.ok_button().isEnabled()
    type_in(qtbot, again, USER, "wrong")
    assert again.failures == 3
    qtbot.waitUntil(again.ok_button().isEnabled, timeout=5_000)
    type_in(qtbot, again, USER, "wrong")
    assert again.failures == 4 and not again.ok_button().isEnabled()


def test_the_environment_still_signs_in_without_a_dialog(
    make_window: WindowFactory, qtbot: QtBot, protected: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDAPP_USER", USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    window = make_window(protected)
    assert window.ctx is not None and window.ctx.db.path == protected.absolute()
    assert window.sign_in_dialog is None
    assert window.member_label.text() == "Участник: Координатор Защищённый"


def test_the_wait_survives_a_new_start_and_the_command_line_counts_too(
    make_window: WindowFactory, qtbot: QtBot, protected: Path
) -> None:
    """Wrong passwords given in another process (an earlier start, the command line) are remembered beside the
    file: a new window's dialog opens with the wait already running, and a right password forgets them."""
    for _ in range(3):
        sign_in_attempts.record_failure(protected)
    window = make_window(protected)
    dialog = dialog_of(qtbot, window)
    assert dialog.failures == 3 and not dialog.ok_button().isEnabled()
    assert "Следующая попытка через 2 секунды." in dialog.ui.errorLabel.text()
    qtbot.waitUntil(dialog.ok_button().isEnabled, timeout=5_000)
    assert not dialog.ui.errorLabel.isVisible()
    type_in(qtbot, dialog, USER, PASSWORD)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    assert sign_in_attempts.load(protected).count == 0
    assert not sign_in_attempts.record_file(protected).exists()
