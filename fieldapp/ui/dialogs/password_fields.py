"""What the three password dialogs (create a database, change a password, sign in) share: a new password typed
twice, and a call that derives a key from a password — it takes a moment, so it runs under the wait cursor, and a
refusal goes to the dialog while a bug goes to the exception dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.ui.errors import report

__all__ = ["missing_account", "missing_password", "new_password", "with_key_derivation"]

T = TypeVar("T")


def missing_account() -> str:
    """What Enter in a form without the account's name says (the add-account and create-database dialogs)."""
    return QCoreApplication.translate("PasswordFields", "Введите имя учётной записи.")


def missing_password() -> str:
    return QCoreApplication.translate("PasswordFields", "Введите пароль.")


def new_password(new_edit: QLineEdit, repeat_edit: QLineEdit, show_problem: Callable[[str], None]) -> str | None:
    """The new password when it is typed and repeated alike; else the focus goes where to type, and None."""
    password = new_edit.text()
    if not password:
        show_problem(missing_password())
        new_edit.setFocus()
        return None
    if repeat_edit.text() != password:
        show_problem(QCoreApplication.translate("PasswordFields", "Пароли не совпадают."))
        repeat_edit.clear()
        repeat_edit.setFocus()
        return None
    return password


def with_key_derivation(parent: QWidget, call: Callable[[], T], refused: Callable[[DomainError], None]) -> T | None:
    """`call()` synchronously under the wait cursor (the dialog waits for the key, which is what makes guessing
    slow); a DomainError goes to `refused`, anything else to the exception dialog; None when it did not succeed."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return call()
    except DomainError as exc:
        refused(exc)
    except Exception as exc:
        report(parent, exc)
    finally:
        QGuiApplication.restoreOverrideCursor()
    return None
