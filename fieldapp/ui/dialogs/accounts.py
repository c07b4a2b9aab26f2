"""The coordinator's accounts: who may open the database, with a role and a member; add one, set a selected one's
password, disable it. It asks and shows; who may do what is services.accounts' (the same rules as the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import DomainError
from fieldapp.services.accounts import add_user, change_password, disable_user, list_users
from fieldapp.ui.dialogs.password_fields import missing_account, missing_password
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_accounts import Ui_AccountsDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.accounts_model import AccountsModel
from fieldapp.ui.widgets.common import set_state
from fieldapp.ui.widgets.save_keys import save_keys

if TYPE_CHECKING:
    from collections.abc import Callable

    from fieldapp.services.context import Context

__all__ = ["AccountsDialog"]


class AccountsDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountsDialog()
        self.ui.setupUi(self)
        self.setObjectName("accountsDialog")
        self.ctx = ctx
        self.model = AccountsModel(self)
        self.ui.accountsView.setModel(self.model)
        self.ui.accountsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.accountsView.verticalHeader().hide()
        self._retranslate()
        self.ui.messageLabel.hide()
        self.ui.addButton.clicked.connect(self.add)
        # Enter in the new account's fields adds it (the dialog's only default would be «Закрыть»).
        self._save_keys = save_keys(self, self.ui.addButton)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.disableButton.clicked.connect(self.disable)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.accountsView.selectionModel().selectionChanged.connect(self._enable)
        self.reload()
        self.ui.userEdit.setFocus()

    # -- what is shown ---------------------------------------------------------------------------------------------

    def _fill_roles(self) -> None:
        current = self.ui.roleCombo.currentData()
        self.ui.roleCombo.clear()
        for role in Role:
            self.ui.roleCombo.addItem(role.label(current_language()), role.value)
        index = self.ui.roleCombo.findData(current or Role.MEMBER.value)
        self.ui.roleCombo.setCurrentIndex(max(index, 0))

    def reload(self, select: str | None = None) -> None:
        self.model.set_rows(list_users(self.ctx))
        if select is not None:
            for row in range(self.model.rowCount()):
                if self.model.row(row).username == select:
                    self.ui.accountsView.selectionModel().select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._enable()

    def selected(self) -> str | None:
        rows = self.ui.accountsView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).username if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        info = next((self.model.row(r) for r in range(self.model.rowCount())
                     if self.model.row(r).username == chosen), None)
        self.ui.resetButton.setEnabled(info is not None and not info.disabled)
        self.ui.disableButton.setEnabled(info is not None and not info.disabled)

    def _say(self, text: str, state: str) -> None:
        set_state(self.ui.messageLabel, state)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def _password(self) -> str | None:
        password = self.ui.passwordEdit.text()
        if not password:
            self._say(missing_password(), "bad")
            self.ui.passwordEdit.setFocus()
            return None
        if self.ui.repeatEdit.text() != password:
            self._say(self.tr("Пароли не совпадают."), "bad")
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return None
        return password

    def _run(self, act: Callable[[], str], done: str) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            name = act()
        except DomainError as exc:
            self._say(exc.message(current_language()), "bad")
            return False
        except Exception as exc:
            report(self, exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ui.passwordEdit.clear()
        self.ui.repeatEdit.clear()
        self.reload(select=name)
        self._say(done.replace("%1", name), "ok")
        return True

    # -- acts ------------------------------------------------------------------------------------------------------

    def add(self) -> None:
        user = self.ui.userEdit.text().strip()
        if not user:  # Enter in an empty form: say what is missing, not nothing
            self._say(missing_account(), "bad")
            self.ui.userEdit.setFocus()
            return
        password = self._password()
        if password is None:
            return
        role, member = self.ui.roleCombo.currentData(), self.ui.memberEdit.text().strip() or None
        if self._run(lambda: add_user(self.ctx, user, password, role, member).username,
                     self.tr("Учётная запись «%1» добавлена.")):
            self.ui.userEdit.clear()
            self.ui.memberEdit.clear()
            self.ui.userEdit.setFocus()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = self._password()
        if password is None:
            return
        self._run(lambda: change_password(self.ctx, password, user), self.tr("Пароль «%1» изменён."))

    def disable(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Отключить учётную запись"),
            self.tr("Отключить «%1»? Эта учётная запись больше не сможет войти.").replace("%1", user))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: disable_user(self.ctx, user), self.tr("Учётная запись «%1» отключена."))

    def _retranslate(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        self._fill_roles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
