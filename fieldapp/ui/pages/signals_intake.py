"""The signals page's way in for tips as they arrive: «Из фото…» and files dropped on the list (photos, a folder of
photos, a Telegram or WhatsApp chat export or its folder) are read on the worker behind a progress dialog, then
shown in the preview (dialogs/signal_intake.py); the signals it creates are chosen in the list. Texts keep the
page's translation context."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QWidget

from fieldapp.services.context import Context
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.signal_intake import IntakeScan, scan
from fieldapp.ui.dialogs.signal_intake import SignalIntakeDialog, thumbnails
from fieldapp.ui.errors import report
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets import file_dialogs
from fieldapp.ui.widgets.photos import PhotoDrop
from fieldapp.ui.workers import Runner, run_with_progress


def read_for_preview(paths: Sequence[Path], now: datetime, progress: Progress,
                     cancel: CancelToken) -> tuple[IntakeScan, dict[str, QImage]]:
    """The worker job: the files read into proposals, then the thumbnails the preview shows."""
    result = scan(paths, now, progress, cancel)
    return result, thumbnails(result, progress, cancel)


class SignalIntake(QObject):
    def __init__(self, page: QWidget, button: QPushButton, table: QTableView, runner: Runner,
                 context: Callable[[], Context | None], created: Callable[[list[str]], None]) -> None:
        super().__init__(page)
        self._page, self._runner, self._context, self._created = page, runner, context, created
        self.dialog: SignalIntakeDialog | None = None
        self.drop = PhotoDrop(table)
        self.drop.dropped.connect(self.take)
        button.clicked.connect(self.choose)

    def choose(self) -> None:
        filters = QCoreApplication.translate("SignalsPage", "Фото и выгрузки чатов (%1);;Все файлы (*)").replace(
            "%1", "*.jpg *.jpeg *.png *.webp *.heic result.json *.txt")
        title = QCoreApplication.translate("SignalsPage", "Сигналы из фото")
        paths = file_dialogs.open_files(self._page, file_dialogs.PHOTOS, title, filters)
        if paths:
            self.take(paths)

    def take(self, paths: Sequence[Path]) -> None:
        """Read what was dropped or chosen on the worker, then open the preview."""
        ctx = self._context()
        if ctx is None or not paths:
            return
        ctx = dataclasses.replace(ctx, lang=current_language())
        chosen = list(paths)
        run_with_progress(self._runner, self._page, QCoreApplication.translate("SignalsPage", "Читаются фото…"),
                          lambda progress, cancel: read_for_preview(chosen, ctx.clock(), progress, cancel),
                          on_result=self._scanned, on_error=self._failed)

    # Bound methods, not lambdas: Qt drops a finished job's delivery to a page that is gone.
    def _failed(self, exc: BaseException) -> None:
        report(self._page.window(), exc)

    def _scanned(self, read: tuple[IntakeScan, dict[str, QImage]]) -> None:
        result, images = read
        ctx = self._context()
        if ctx is None:
            return
        if not result.photos:
            lang = current_language()
            lines = [p.message(lang) for p in result.problems[:20]]
            title = QCoreApplication.translate("SignalsPage", "Сигналы из фото")
            nothing = QCoreApplication.translate("SignalsPage", "Фото не найдено.")
            QMessageBox.information(self._page.window(), title, "\n".join([nothing, *lines]))
            return
        self.dialog = SignalIntakeDialog(ctx, result, self._runner, self._page.window(), images=images)
        self.dialog.created.connect(self._created)
        self.dialog.open()
