"""File → Учётные записи: the coordinator adds an account, sets a selected one's password and disables one; for any
other role the action is off and says why. The rules themselves are services.accounts' (tests/cli too)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.workspace import open_workspace
from fieldapp.storage.engine import keyring_path
from fieldapp.storage.protection import slot_usernames
from fieldapp.ui.dialogs.accounts import AccountsDialog
from fieldapp.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
BOSS, BOSS_PW = "boss", "boss-pw"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")
    path = tmp_path / "office.db"
    init_database(path, BOSS, BOSS_PW)
    ctx = open_workspace(path, user=BOSS, password=BOSS_PW)
    try:
        add_user(ctx, "member1", "member1-pw", "member")
    finally:
        ctx.db.close()
    return path


def signed_in(monkeypatch: pytest.MonkeyPatch, user: str, password: str) -> None:
    monkeypatch.setenv("FIELDAPP_USER", user)
    monkeypatch.setenv("FIELDAPP_PASSWORD", password)


def select(dialog: AccountsDialog, user: str) -> None:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.row(r).username == user)
    dialog.ui.accountsView.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_the_coordinator_manages_accounts(make_window: WindowFactory, qtbot: QtBot, office: Path,
                                          monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester) -> None:
    signed_in(monkeypatch, BOSS, BOSS_PW)
    window = make_window(office)
    assert window.ctx is not None and window.ctx.role == "coordinator"
    assert window.ui.actionAccounts.isEnabled()
    window.ui.actionAccounts.trigger()
    dialog = window.accounts_dialog
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtmodeltester.check(dialog.model, force_py=True)
    assert [dialog.model.row(r).username for r in range(dialog.model.rowCount())] == [BOSS, "member1"]
    assert not dialog.ui.disableButton.isEnabled()

    qtbot.keyClicks(dialog.ui.userEdit, "erlan")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("supervisor"))
    qtbot.keyClicks(dialog.ui.passwordEdit, "erlan-pw")
    qtbot.keyClicks(dialog.ui.repeatEdit, "erlan-pw")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert "erlan" in dialog.ui.messageLabel.text()
    assert "erlan" in slot_usernames(office)
    assert {dialog.model.row(r).username: dialog.model.row(r).role for r in range(dialog.model.rowCount())} == {
        BOSS: "coordinator", "erlan": "supervisor", "member1": "member"}

    # A new password for the selected account: its slot only.
    slots = {s["username"]: s for s in json.loads(keyring_path(office).read_text())["slots"]}
    select(dialog, "member1")
    assert dialog.ui.resetButton.isEnabled()
    qtbot.keyClicks(dialog.ui.passwordEdit, "fresh-pw")
    qtbot.keyClicks(dialog.ui.repeatEdit, "fresh-pw")
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    after = {s["username"]: s for s in json.loads(keyring_path(office).read_text())["slots"]}
    assert after["member1"] != slots["member1"] and after[BOSS] == slots[BOSS] and after["erlan"] == slots["erlan"]

    # Disabling asks first; the last coordinator is refused in the dialog.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    select(dialog, "member1")
    qtbot.mouseClick(dialog.ui.disableButton, Qt.MouseButton.LeftButton)
    assert "member1" not in slot_usernames(office)
    assert next(dialog.model.row(r) for r in range(dialog.model.rowCount())
                if dialog.model.row(r).username == "member1").disabled
    select(dialog, BOSS)
    qtbot.mouseClick(dialog.ui.disableButton, Qt.MouseButton.LeftButton)
    assert "координатор" in dialog.ui.messageLabel.text() and BOSS in slot_usernames(office)


def test_another_role_sees_the_action_off_with_the_reason(make_window: WindowFactory, office: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    signed_in(monkeypatch, "member1", "member1-pw")
    window = make_window(office)
    assert window.ctx is not None and window.ctx.role == "member"
    assert not window.ui.actionAccounts.isEnabled()
    assert "координатор" in window.ui.actionAccounts.toolTip()
    assert window.ui.actionChangePassword.isEnabled()
