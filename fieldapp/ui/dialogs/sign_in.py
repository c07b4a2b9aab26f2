"""The sign-in dialog of a protected database (or of a plain one with accounts, which may also be opened to read
only): account name and password, a translated refusal, and a wait that grows after repeated wrong passwords. It
asks and shows; opening the database is the composition root's, and the rule of the wait (remembered across starts,
shared with the command line) is services.workspace's."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services.workspace import retry_delay, sign_in_failures, sign_in_wait
from fieldapp.ui.dialogs.password_fields import with_key_derivation
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_sign_in import Ui_SignInDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import set_state

if TYPE_CHECKING:
    from fieldapp.services.context import Context

__all__ = ["SignInDialog", "retry_delay"]


class SignInDialog(QDialog):
    signedIn = Signal(object)  # the Context of the database, opened with the account given

    def __init__(self, path: Path, attempt: Callable[[str, str], Context], parent: QWidget | None = None, *,
                 read_only: Callable[[], Context] | None = None) -> None:
        super().__init__(parent)
        # A plain file with accounts may also be opened to read only; a protected one cannot be read at all.
        self._read_only = read_only
        self.read_only_button: QPushButton | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        if read_only is not None:
            self.read_only_button = self.ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            self.read_only_button.setObjectName("readOnlyButton")
            self.read_only_button.clicked.connect(self.open_read_only)
        self.setObjectName("signInDialog")
        self.path = Path(path).absolute()
        self._attempt = attempt
        self.ctx: Context | None = None
        self._error: DomainError | None = None
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self.ui.fileLabel.setText(str(self.path))
        set_state(self.ui.errorLabel, "bad")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.userEdit.setFocus()
        # Wrong passwords given before this dialog (an earlier one, an earlier start, the command line) still count.
        self._start_wait()

    @property
    def failures(self) -> int:
        return sign_in_failures(self.path)

    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def try_sign_in(self) -> None:
        if self._wait_left > 0:
            return
        user, password = self.ui.userEdit.text().strip(), self.ui.passwordEdit.text()
        if not user:
            self.ui.userEdit.setFocus()
            return
        ctx = with_key_derivation(self, lambda: self._attempt(user, password), self._refused)
        if ctx is None:
            return
        self.ctx = ctx
        self.signedIn.emit(ctx)
        self.accept()

    def open_read_only(self) -> None:
        """Open the plain file without an account: everything can be read, nothing changed."""
        if self._read_only is None:
            return
        try:
            ctx = self._read_only()
        except Exception as exc:
            report(self, exc)
            return
        self.ctx = ctx
        self.signedIn.emit(ctx)
        self.accept()

    def _refused(self, exc: DomainError) -> None:
        # The service has counted a wrong password (auth.failed) or refused to try yet (auth.wait).
        self._error = None if exc.code == "auth.wait" else exc
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        self._start_wait()
        self._show_error()

    def _remaining(self) -> int:
        return math.ceil(sign_in_wait(self.path))

    def _start_wait(self) -> None:
        self._wait_left = self._remaining()
        if self._wait_left > 0:
            self.ok_button().setEnabled(False)
            self._timer.start()
            self._show_error()

    def _tick(self) -> None:
        # Counted from the remembered time of the last wrong password, not by ticks: a timer may fire early.
        self._wait_left = self._remaining()
        if self._wait_left <= 0:
            self._wait_left = 0
            self._timer.stop()
            self.ok_button().setEnabled(True)
        self._show_error()

    def _show_error(self) -> None:
        if self._error is None and self._wait_left <= 0:
            self.ui.errorLabel.hide()
            return
        lines = [self._error.message(current_language())] if self._error is not None else []
        if self._wait_left > 0:
            lines.append(self.tr("Слишком много неудачных попыток. Следующая попытка через %n с.", "",
                                 self._wait_left))
        self.ui.errorLabel.setText("\n".join(lines))
        self.ui.errorLabel.show()

    def _retranslate(self) -> None:
        self.ok_button().setText(self.tr("Войти"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        if self.read_only_button is not None:
            self.ui.titleLabel.setText(self.tr("В базе есть учётные записи"))
            self.read_only_button.setText(self.tr("Только &чтение"))
            self.read_only_button.setToolTip(self.tr("Открыть без входа: всё видно, ничего нельзя изменить"))
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.fileLabel.setText(str(self.path))
            self._retranslate()
        super().changeEvent(event)
