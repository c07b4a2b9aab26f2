"""The sign-in dialog of a protected database: account name and password, a translated refusal, and a wait that
grows after repeated wrong passwords. It asks and shows; opening the database is the composition root's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_sign_in import Ui_SignInDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import set_state

if TYPE_CHECKING:
    from fieldapp.services.context import Context

FREE_ATTEMPTS = 2  # a typo or two costs nothing
FIRST_DELAY_S, LONGEST_DELAY_S = 2, 60

# Wrong passwords per database file in this run: closing the dialog and opening it again does not reset the wait.
_failures: dict[Path, int] = {}


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next attempt after `failures` wrong ones in a row: 0, 0, 2, 4, 8 … at most 60."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return int(min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS - 1), LONGEST_DELAY_S))


class SignInDialog(QDialog):
    signedIn = Signal(object)  # the Context of the database, opened with the account given

    def __init__(self, path: Path, attempt: Callable[[str, str], Context], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setObjectName("signInDialog")
        self.path = Path(path).absolute()
        self._attempt = attempt
        self.ctx: Context | None = None
        self._error: DomainError | None = None
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.ui.fileLabel.setText(str(self.path))
        set_state(self.ui.errorLabel, "bad")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.try_sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.userEdit.setFocus()

    @property
    def failures(self) -> int:
        return _failures.get(self.path, 0)

    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def try_sign_in(self) -> None:
        if self._wait_left > 0:
            return
        user, password = self.ui.userEdit.text().strip(), self.ui.passwordEdit.text()
        if not user:
            self.ui.userEdit.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Synchronous: deriving the key from the password is what makes guessing slow; the dialog waits for it.
            ctx = self._attempt(user, password)
        except DomainError as exc:
            self._refused(exc)
            return
        except Exception as exc:
            report(self, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        _failures.pop(self.path, None)
        self.ctx = ctx
        self.signedIn.emit(ctx)
        self.accept()

    def _refused(self, exc: DomainError) -> None:
        self._error = exc
        if exc.code == "auth.failed":
            _failures[self.path] = self.failures + 1
            self._wait_left = retry_delay(self.failures)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if self._wait_left > 0:
            self.ok_button().setEnabled(False)
            self._timer.start()
        self._show_error()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._timer.stop()
            self.ok_button().setEnabled(True)
        self._show_error()

    def _show_error(self) -> None:
        if self._error is None:
            self.ui.errorLabel.hide()
            return
        text = self._error.message(current_language())
        if self._wait_left > 0:
            text += "\n" + self.tr("Слишком много неудачных попыток. Следующая попытка через %n с.", "",
                                   self._wait_left)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _retranslate(self) -> None:
        self.ok_button().setText(self.tr("Войти"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.fileLabel.setText(str(self.path))
            self._retranslate()
        super().changeEvent(event)
