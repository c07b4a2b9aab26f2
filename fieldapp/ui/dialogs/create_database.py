"""«Создать базу»: the first coordinator's name and password (twice) and whether the file is protected. It asks and
shows; making the database is services.accounts' (the same as `fieldapp init`), opening it the composition root's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from fieldapp.ui.dialogs.password_fields import missing_account, new_password, with_key_derivation
from fieldapp.ui.forms.ui_create_database import Ui_CreateDatabaseDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import set_state

if TYPE_CHECKING:
    from fieldapp.services.context import Context

__all__ = ["CreateDatabaseDialog"]

# (user, password, protected) -> the new database, opened and signed in as that coordinator
Create = Callable[[str, str, bool], "Context"]


class CreateDatabaseDialog(QDialog):
    created = Signal(object)  # the Context of the new database

    def __init__(self, path: Path, create: Create, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateDatabaseDialog()
        self.ui.setupUi(self)
        self.setObjectName("createDatabaseDialog")
        self.path = Path(path).absolute()
        self._create = create
        self.ctx: Context | None = None
        self._problem: str | None = None
        self.ui.fileLabel.setText(str(self.path))
        set_state(self.ui.warningLabel, "warn")
        set_state(self.ui.errorLabel, "bad")
        self.ui.errorLabel.hide()
        self.ui.protectCheck.toggled.connect(self._show_warning)
        self.ui.buttonBox.accepted.connect(self.try_create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_warning()
        self._retranslate()
        self.ui.userEdit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _show_warning(self) -> None:
        self.ui.warningLabel.setVisible(not self.ui.protectCheck.isChecked())

    def try_create(self) -> None:
        user = self.ui.userEdit.text().strip()
        if not user:  # Enter in an empty form: say what is missing, not nothing
            self._show_problem(missing_account())
            self.ui.userEdit.setFocus()
            return
        password = new_password(self.ui.passwordEdit, self.ui.repeatEdit, self._show_problem)
        if password is None:
            return
        ctx = with_key_derivation(self, lambda: self._create(user, password, self.ui.protectCheck.isChecked()),
                                  lambda exc: self._show_problem(exc.message(current_language())))
        if ctx is None:
            return
        self.ctx = ctx
        self.created.emit(ctx)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self._problem = text
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _retranslate(self) -> None:
        self.ok_button().setText(self.tr("Создать"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.fileLabel.setText(str(self.path))
            self._retranslate()
        super().changeEvent(event)
