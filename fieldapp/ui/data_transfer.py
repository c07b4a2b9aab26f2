"""The File menu's data in and out: the journal and campaign-plan templates, their imports (through their preview),
the KATO import and the exports. Each asks for its file, runs the service on a worker and says what was done; the
pages hear of what an import wrote from the database itself (fieldapp.ui.data_bus)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from fieldapp.domain.kato import version_from_filename
from fieldapp.services.context import Context
from fieldapp.services.exports import ExportResult, export
from fieldapp.services.journal import JournalPreview, preview_journal, write_template
from fieldapp.services.kato import KatoResult, import_kato
from fieldapp.services.plan_workbook import PlanPreview, preview_plan
from fieldapp.services.plan_workbook import write_template as write_plan_template
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.sheets import ImportRefused
from fieldapp.ui.dialogs.export import ExportDialog
from fieldapp.ui.dialogs.import_problems import ImportProblemsDialog
from fieldapp.ui.dialogs.journal_preview import JournalPreviewDialog, load_tours, refused_preview
from fieldapp.ui.dialogs.plan_preview import PlanPreviewDialog, refused_plan
from fieldapp.ui.errors import report
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets import file_dialogs
from fieldapp.ui.widgets.common import safe_file_name
from fieldapp.ui.workers import Runner, Task, run_with_progress

log = logging.getLogger(__name__)

SUFFIX = {"geojson": "geojson", "csv": "csv"}


def _with_suffix(name: str, suffix: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")


class DataTransfer(QObject):

    def __init__(self, owner: QWidget, runner: Runner, context: Callable[[], Context | None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._runner = runner
        self._context = context
        self.task: Task | None = None
        self.preview_dialog: JournalPreviewDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def _ctx(self) -> Context | None:
        ctx = self._context()
        return None if ctx is None else dataclasses.replace(ctx, lang=current_language())

    def _inform(self, name: str, title: str, text: str,
                icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._owner)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _refused(self, exc: BaseException) -> None:
        """An import refused as a whole lists every problem in a table (row, column, what is wrong)."""
        if not isinstance(exc, ImportRefused):
            report(self._owner, exc)
            return
        dialog = ImportProblemsDialog(exc, self._owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _unwritable(self, path: Path, exc: OSError) -> None:
        self._inform("unwritableDialog", self.tr("Файл не записан"),
                     self.tr("Не удалось записать файл %1: %2. Выберите другую папку или закройте файл, если он "
                             "открыт в другой программе.").replace("%1", str(path))
                     .replace("%2", exc.strerror or type(exc).__name__), QMessageBox.Icon.Warning)

    # -- the journal template -------------------------------------------------------------------------------------

    def _save_template(self, file_name: str, caption: str, write: Callable[[Path, str], Path]) -> Path | None:
        """Ask where to save an empty workbook, write it with its headers in the interface language (English gets
        the Russian ones); None when the user cancelled or the file could not be written (and was told so)."""
        name, _ = file_dialogs.save_file(self._owner, file_dialogs.JOURNALS, caption,
                                         f"{safe_file_name(file_name)}.xlsx", self.tr("Книга Excel (*.xlsx)"))
        if name is None:
            return None
        path = _with_suffix(str(name), "xlsx")
        try:
            write(path, current_language())
        except OSError as exc:
            self._unwritable(path, exc)
            return None
        return path

    def write_template(self) -> Path | None:
        """Save the empty journal."""
        path = self._save_template(self.tr("Журнал приёма граждан"), self.tr("Сохранить шаблон журнала приёма"),
                                   write_template)
        if path is None:
            return None
        self._inform("templateWrittenDialog", self.tr("Шаблон журнала приёма"), self.tr(
            "Шаблон сохранён: %1\n\nЗаполните его в Excel — по строке на каждого принятого гражданина — и загрузите "
            "через «Файл» → «Импорт журнала приёма…».").replace("%1", str(path)))
        return path

    # -- the journal import ---------------------------------------------------------------------------------------

    def _choose_workbook(self, title: str) -> Path | None:
        """A workbook to import, asked in the folder used last; that folder is remembered."""
        return file_dialogs.open_file(self._owner, file_dialogs.JOURNALS, title,
                                      self.tr("Книга Excel (*.xlsx);;Все файлы (*)"))

    def import_journal(self) -> None:
        ctx = self._ctx()
        if ctx is None:
            return
        path = self._choose_workbook(self.tr("Импорт журнала приёма"))
        if path is None:
            return

        def job(progress: Progress, cancel: CancelToken) -> tuple[JournalPreview, tuple[tuple[str, str], ...]]:
            try:
                preview = preview_journal(ctx, path, None, progress, cancel)
            except ImportRefused as exc:
                preview = refused_preview(exc)
            return preview, load_tours(ctx)

        self.task = run_with_progress(self._runner, self._owner, self.tr("Проверка журнала…"), job,
                                      on_result=lambda result: self._show_preview(ctx, path, *result),
                                      on_error=self._refused)

    def _show_preview(self, ctx: Context, path: Path, preview: JournalPreview,
                      tours: tuple[tuple[str, str], ...]) -> None:
        dialog = JournalPreviewDialog(self._runner, ctx, path, preview, tours, self._owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._forget_preview(dialog))
        self.preview_dialog = dialog
        dialog.open()

    def _forget_preview(self, dialog: JournalPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    # -- the campaign plan ----------------------------------------------------------------------------------------

    def write_plan_template(self) -> Path | None:
        """Save the empty campaign plan."""
        path = self._save_template(self.tr("План кампании"), self.tr("Сохранить шаблон плана кампании"),
                                   write_plan_template)
        if path is None:
            return None
        self._inform("planTemplateWrittenDialog", self.tr("Шаблон плана кампании"), self.tr(
            "Шаблон сохранён: %1\n\nЗаполните в Excel маршрут (по строке на каждую остановку выезда) и состав групп "
            "(по строке на каждого участника) и загрузите через «Файл» → «Импорт плана кампании…».")
            .replace("%1", str(path)))
        return path

    def import_plan(self) -> None:
        ctx = self._ctx()
        if ctx is None:
            return
        path = self._choose_workbook(self.tr("Импорт плана кампании"))
        if path is None:
            return

        def job(progress: Progress, cancel: CancelToken) -> PlanPreview:
            try:
                return preview_plan(ctx, path, progress, cancel)
            except ImportRefused as exc:
                return refused_plan(exc)

        self.task = run_with_progress(self._runner, self._owner, self.tr("Проверка плана…"), job,
                                      on_result=lambda preview: self._show_plan(ctx, path, preview),
                                      on_error=self._refused)

    def _show_plan(self, ctx: Context, path: Path, preview: PlanPreview) -> None:
        dialog = PlanPreviewDialog(self._runner, ctx, path, preview, (), self._owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._forget_preview(dialog))
        self.preview_dialog = dialog
        dialog.open()

    # -- KATO -----------------------------------------------------------------------------------------------------

    def import_kato(self) -> None:
        ctx = self._ctx()
        if ctx is None:
            return
        path = self._choose_workbook(self.tr("Импорт классификатора КАТО"))
        if path is None:
            return
        version, ok = QInputDialog.getText(
            self._owner, self.tr("Версия классификатора"),
            self.tr("Версия КАТО (например, дата выпуска). Оставьте как есть, если она в имени файла:"),
            text=version_from_filename(path.name) or "")
        if not ok:
            return
        chosen = version.strip() or None
        self.task = run_with_progress(
            self._runner, self._owner, self.tr("Импорт КАТО…"),
            lambda progress, cancel: import_kato(ctx, path, chosen, progress, cancel),
            on_result=self._kato_done, on_error=self._refused,
        )

    def _kato_done(self, result: KatoResult) -> None:
        text = self.tr("Классификатор КАТО %1 загружен: областей %2, районов %3, населённых пунктов %4 (новых %5, "
                       "переименовано %6). Новые населённые пункты можно выбирать в маршрутах.")
        for n, value in enumerate((result.version, result.regions, result.districts, result.settlements,
                                   result.created, result.renamed), start=1):
            text = text.replace(f"%{n}", str(value))
        self._inform("katoResultDialog", self.tr("Импорт КАТО"), text)

    # -- exports --------------------------------------------------------------------------------------------------

    def export(self) -> None:
        if self._ctx() is None:
            return
        dialog = ExportDialog(self._owner)
        dialog.set_context(self._ctx())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export_chosen(*dialog.choice(), dialog.redact()))
        self.export_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "export_dialog", None))
        dialog.open()

    def _export_names(self) -> dict[str, str]:
        return {"stops": self.tr("Остановки"), "signals": self.tr("Сигналы"), "receptions": self.tr("Приём граждан"),
                "control": self.tr("Вопросы на контроле")}

    def _export_chosen(self, kind: str, what: str, redact: bool) -> None:
        ctx = self._ctx()
        if ctx is None:
            return
        suffix = SUFFIX[kind]
        stem = safe_file_name(f"{self._export_names()[what]} {ctx.today()}")
        # Receptions and control items go to a spreadsheet as CSV or as an Excel workbook (services/exports.py):
        # the name's suffix, else the file type chosen in the dialog, decides.
        excel = self.tr("Книга Excel (*.xlsx)")
        table = self.tr("Таблица CSV (*.csv)")
        filters = {"geojson": self.tr("GeoJSON (*.geojson)"), "csv": f"{table};;{excel}"}
        name, chosen = file_dialogs.save_file(self._owner, file_dialogs.TABLES, self.tr("Экспорт"),
                                              f"{stem}.{suffix}", filters[kind])
        if name is None:
            return
        typed = name.suffix.lower()
        if kind == "csv" and (typed == ".xlsx" or (typed != ".csv" and chosen == excel)):
            kind, suffix = "xlsx", "xlsx"
        path = _with_suffix(str(name), suffix)

        def job(progress: Progress, cancel: CancelToken) -> ExportResult:
            return export(ctx, kind, what, path, redact=redact, lang=ctx.lang, progress=progress, cancel=cancel)

        self.task = run_with_progress(self._runner, self._owner, self.tr("Экспорт…"), job,
                                      on_result=self._exported, on_error=lambda exc: self._export_failed(path, exc))

    def _exported(self, result: ExportResult) -> None:
        text = self.tr("Записано: %1 — %2").replace("%1", str(result.count)).replace("%2", str(result.path))
        if result.skipped:
            text += "\n" + self.tr("Пропущено без координат: %1").replace("%1", str(result.skipped))
        if result.redacted:
            text += "\n" + self.tr("Персональные данные не выгружены.")
        self._inform("exportResultDialog", self.tr("Экспорт"), text)

    def _export_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self._unwritable(path, exc)
        else:
            report(self._owner, exc)
