"""«Сменить пароль»: the signed-in account's current password and the new one (twice). It asks and shows; the rule
(the current password checked again, one key-file slot rewritten) is services.accounts'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services.accounts import change_own_password
from fieldapp.ui.dialogs.password_fields import new_password, with_key_derivation
from fieldapp.ui.forms.ui_change_password import Ui_ChangePasswordDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import set_state
from fieldapp.ui.widgets.save_keys import save_keys

if TYPE_CHECKING:
    from fieldapp.services.context import Context

__all__ = ["ChangePasswordDialog"]


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.setObjectName("changePasswordDialog")
        self.ctx = ctx
        self.changed = False
        set_state(self.ui.errorLabel, "bad")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.try_change)
        self._save_keys = save_keys(self, self.ok_button())
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.currentEdit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def try_change(self) -> None:
        current = self.ui.currentEdit.text()
        if not current:  # Enter in an empty form: say what is missing, not nothing
            self._show_problem(self.tr("Введите текущий пароль."))
            self.ui.currentEdit.setFocus()
            return
        new = new_password(self.ui.newEdit, self.ui.repeatEdit, self._show_problem)
        if new is None:
            return
        if with_key_derivation(self, lambda: change_own_password(self.ctx, current, new),
                               self._refused) is None:
            return
        self.changed = True
        self.accept()

    def _refused(self, exc: DomainError) -> None:
        self._show_problem(exc.message(current_language()))
        self.ui.currentEdit.clear()
        self.ui.currentEdit.setFocus()

    def _show_problem(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _retranslate(self) -> None:
        self.ui.accountLabel.setText(self.tr("Учётная запись: %1").replace("%1", self.ctx.account or "—"))
        self.ok_button().setText(self.tr("Сменить"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
