"""How failures reach the user: a DomainError as a friendly translated message naming the field; a bug as an
exception dialog with the log file's path. Dialogs open without blocking (QDialog.open)."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from fieldapp.domain.errors import AccessError, DomainError, NotFoundError, StorageError, ValidationError
from fieldapp.ui.i18n import current_language

if TYPE_CHECKING:  # QMessageBox's wrapper takes ~20 ms to make: made with the first message, not at start
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

_log_file: Path | None = None
# A dialog without a parent is owned by its Python wrapper alone: without this reference it would vanish at once.
_orphans: set[QMessageBox] = set()


def set_log_file(path: Path | None) -> None:
    """The file the bug dialog points to (set by the composition root once logging is configured)."""
    global _log_file
    _log_file = path


def _title(exc: DomainError) -> str:
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("ErrorDialog", "Проверьте данные")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("ErrorDialog", "Файл базы данных")
    if isinstance(exc, AccessError):
        return QCoreApplication.translate("ErrorDialog", "Нет доступа")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("ErrorDialog", "Не найдено")
    return QCoreApplication.translate("ErrorDialog", "Не удалось выполнить действие")


def _open(box: QMessageBox) -> QMessageBox:
    from PySide6.QtCore import Qt  # when a message is shown: naming Qt makes all its enums (15 ms of the start)

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.parent() is None:
        _orphans.add(box)
        box.finished.connect(lambda _result: _orphans.discard(box))
    box.open()
    return box


def show_domain_error(owner: QWidget | None, exc: DomainError) -> QMessageBox:
    """The message of an error the user can fix, in the interface language; nothing is logged as a failure."""
    log.info("refused: %s", exc)  # the code and field only: the exception text carries no personal data
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, _title(exc), exc.message(current_language()),
                      QMessageBox.StandardButton.Ok, owner)
    box.setObjectName("domainErrorDialog")
    return _open(box)


def show_bug(owner: QWidget | None, exc: BaseException) -> QMessageBox:
    """A bug: say that saved data is safe, where the log is, and keep the traceback under "Show details"."""
    where = str(_log_file) if _log_file else QCoreApplication.translate("ErrorDialog", "(журнал не ведётся)")
    text = QCoreApplication.translate(
        "ErrorDialog",
        "Произошла внутренняя ошибка программы. Уже сохранённые данные не потеряны.\n\n"
        "Подробности записаны в журнал работы:\n%1\n\n"
        "Передайте этот файл службе поддержки.",
    ).replace("%1", where)
    title = QCoreApplication.translate("ErrorDialog", "Ошибка программы")
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, owner)
    box.setObjectName("bugDialog")
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return _open(box)


def report(owner: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show `exc` the way its kind deserves; bugs are logged with their traceback first."""
    if isinstance(exc, DomainError):
        return show_domain_error(owner, exc)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return show_bug(owner, exc)


def install_excepthook(owner: Callable[[], QWidget | None]) -> None:
    """Route exceptions that escape a slot (PySide hands them to sys.excepthook) to `report`."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, exc, tb)
            return
        if threading.current_thread() is not threading.main_thread():
            # Widgets may only be touched on the GUI thread; workers report through their own signals anyway.
            log.error("unhandled exception in a thread", exc_info=(kind, exc, tb))
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        report(owner(), exc)

    sys.excepthook = hook
