"""The preview of a reception journal before it is imported: the rows that would be imported and every problem
(row, column, header, what is wrong) in the interface language. Import stays disabled while the file has problems;
the import itself runs on a worker, all or nothing (the journal service's rule)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from fieldapp.services.context import Context
from fieldapp.services.journal import ImportResult, JournalPreview, JournalRow, import_journal, preview_journal
from fieldapp.services.listing import list_records
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.sheets import ImportRefused, Problem
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_journal_preview import Ui_JournalPreviewDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import RowColumn, RowTableModel
from fieldapp.ui.widgets.common import set_state, show_date
from fieldapp.ui.workers import Runner, Task, run_with_progress

log = logging.getLogger(__name__)

WIDEST_COLUMN = 320  # pixels; a long essence or message is cut (its tooltip has it all)
TEMPLATE_SHEETS = frozenset({"Списки", "Тізімдер"})  # the template's own hidden lists: not worth a mention


def problem_model(parent: QObject | None = None) -> RowTableModel[Problem]:
    columns: list[RowColumn[Problem]] = [
        RowColumn("sheet", lambda: QCoreApplication.translate("JournalPreview", "Лист"), lambda p: p.sheet or "—"),
        RowColumn("row", lambda: QCoreApplication.translate("JournalPreview", "Строка"),
                  lambda p: str(p.row) if p.row is not None else "—",
                  lambda p: p.row or 0, right=True),
        RowColumn("column", lambda: QCoreApplication.translate("JournalPreview", "Столбец"), lambda p: p.column or "—"),
        RowColumn("header", lambda: QCoreApplication.translate("JournalPreview", "Заголовок"),
                  lambda p: p.header or "—"),
        RowColumn("message", lambda: QCoreApplication.translate("JournalPreview", "Что не так"),
                  lambda p: p.text(current_language())),
    ]
    return RowTableModel(columns, lambda p: f"{p.sheet}:{p.row}:{p.column}:{p.code}", None,
                         lambda p: p.message(current_language()), parent)


def show_sheet_column(view: QTableView, problems: Sequence[Problem]) -> None:
    """The sheet column of problem_model only for a file read sheet by sheet (a plan): a journal has one."""
    view.setColumnHidden(0, not any(p.sheet for p in problems))


def row_model(parent: QObject | None = None) -> RowTableModel[JournalRow]:
    columns: list[RowColumn[JournalRow]] = [
        RowColumn("row", lambda: QCoreApplication.translate("JournalPreview", "Строка"),
                  lambda r: str(r.row), lambda r: r.row, right=True),
        RowColumn("date", lambda: QCoreApplication.translate("JournalPreview", "Дата"),
                  lambda r: show_date(r.day), lambda r: r.day.toordinal()),
        RowColumn("district", lambda: QCoreApplication.translate("JournalPreview", "Район"), lambda r: r.district),
        RowColumn("settlement", lambda: QCoreApplication.translate("JournalPreview", "Населённый пункт"),
                  lambda r: r.settlement),
        RowColumn("name", lambda: QCoreApplication.translate("JournalPreview", "Заявитель"), lambda r: r.name),
        RowColumn("topic", lambda: QCoreApplication.translate("JournalPreview", "Тема"),
                  lambda r: r.topic.label(current_language())),
        RowColumn("outcome", lambda: QCoreApplication.translate("JournalPreview", "Результат"),
                  lambda r: r.outcome.label(current_language())),
        RowColumn("essence", lambda: QCoreApplication.translate("JournalPreview", "Суть обращения"),
                  lambda r: r.essence),
    ]
    return RowTableModel(columns, lambda r: str(r.row), None, lambda r: r.essence, parent)


def load_tours(ctx: Context) -> tuple[tuple[str, str], ...]:
    """(id, title) of the tours a journal may be added to, newest first."""
    return tuple((r.id, r.title + (f" ({r.dates})" if r.dates else "")) for r in reversed(list_records(ctx, "tours")))


def refused_preview(exc: ImportRefused) -> JournalPreview:
    """A refusal raised before any row was read, shown like any other list of problems."""
    return JournalPreview(exc.file, "", (), "ru", (), (), exc.problems, None)


def import_summary(result: ImportResult) -> str:
    """What an import did, in the interface language, and that doing it again adds nothing."""
    text = QCoreApplication.translate(
        "JournalPreview", "Импорт завершён. Добавлено приёмов: %1, остановок: %2, вопросов на контроле: %3; уже были "
                          "в базе: %4.")
    for n, value in enumerate((result.imported, result.stops_created, result.control_items_created,
                               result.already_present), start=1):
        text = text.replace(f"%{n}", str(value))
    if result.tour_title:
        text += "\n" + QCoreApplication.translate("JournalPreview", "Выезд: %1").replace("%1", result.tour_title)
    return text + "\n" + QCoreApplication.translate(
        "JournalPreview", "Повторный импорт этого файла ничего не добавит: уже загруженные строки узнаются и "
                          "пропускаются.")


class JournalPreviewDialog(QDialog):
    """The preview of a journal; the plan's preview (dialogs.plan_preview) is this dialog with other hooks."""

    imported = Signal(object)  # the ImportResult, once receptions were written

    def __init__(self, runner: Runner, ctx: Context, path: Path, preview: Any,
                 tours: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalPreviewDialog()
        self.ui.setupUi(self)
        self.setObjectName("journalPreviewDialog")
        self._runner = runner
        self._ctx = ctx
        self.path = Path(path)
        self.preview = preview
        self.result: Any = None  # the ImportResult (PlanResult) once written
        self._tours = tours
        self._task: Task | None = None
        self.problems = problem_model(self)
        self.rows: RowTableModel[Any] = self._row_model()
        for view, model in ((self.ui.problemsView, self.problems), (self.ui.rowsView, self.rows)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
        self._fill_tours()
        ui = self.ui
        ui.tourCombo.currentIndexChanged.connect(lambda _i: self.check())
        ui.recheckButton.clicked.connect(self.check)
        ui.importButton.clicked.connect(self.start_import)
        ui.closeButton.clicked.connect(self.reject)
        self.show_preview(preview)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def tour_id(self) -> str | None:
        data = self.ui.tourCombo.currentData()
        return str(data) if data else None

    def _fill_tours(self) -> None:
        combo = self.ui.tourCombo
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            name = " ".join(self.path.stem.split())
            combo.addItem(self.tr("новый выезд «%1» (по имени файла)").replace("%1", name), None)
            for tour_id, title in self._tours:
                combo.addItem(title, tour_id)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)

    # -- what differs between the journal and the plan -------------------------------------------------------------

    def _row_model(self) -> RowTableModel[Any]:
        return row_model(self)

    def _summary_lines(self, preview: Any) -> list[str]:
        lines = []
        if preview.sheet:
            headers = {"ru": self.tr("на русском"), "kk": self.tr("на казахском")}.get(
                preview.header_lang, self.tr("на двух языках"))
            lines.append(self.tr("Лист «%1», заголовки %2.").replace("%1", preview.sheet).replace("%2", headers))
        others = [name for name in preview.other_sheets if name not in TEMPLATE_SHEETS]
        if others:
            lines.append(self.tr("Другие листы не читаются: %1.").replace("%1", ", ".join(others)))
        if preview.ignored_columns:
            lines.append(self.tr("Незнакомые столбцы пропущены: %1.").replace("%1", ", ".join(preview.ignored_columns)))
        return lines

    def _plan_text(self, plan: Any) -> str:
        """What the import would add, from the preview's dry-run result."""
        if plan.imported == 0:
            return self.tr("Все строки этого файла уже есть в базе: импорт ничего не добавит.")
        return self.tr("Будет добавлено приёмов: %1 (уже есть в базе: %2), остановок: %3, вопросов на "
                       "контроле: %4.").replace("%1", str(plan.imported)).replace(
            "%2", str(plan.already_present)).replace("%3", str(plan.stops_created)).replace(
            "%4", str(plan.control_items_created))

    def _done_text(self, result: Any) -> str:
        return import_summary(result)

    def _adds(self, result: Any) -> bool:
        """Whether an import with this (dry-run) result would write anything."""
        return bool(result.imported)

    def _refused_preview(self, exc: ImportRefused) -> Any:
        return refused_preview(exc)

    def _preview_job(self, ctx: Context, path: Path, tour: str | None, progress: Progress,
                     cancel: CancelToken) -> Any:
        return preview_journal(ctx, path, tour, progress, cancel)

    def _import_job(self, ctx: Context, path: Path, tour: str | None, progress: Progress,
                    cancel: CancelToken) -> Any:
        return import_journal(ctx, path, tour, False, progress, cancel)

    def _check_title(self) -> str:
        return self.tr("Проверка журнала…")

    def _import_title(self) -> str:
        return self.tr("Импорт журнала приёма…")

    def _rows_of(self, preview: Any) -> Sequence[Any]:
        return tuple(preview.rows)

    # -- showing --------------------------------------------------------------------------------------------------

    def show_preview(self, preview: Any) -> None:
        self.preview = preview
        ui = self.ui
        ui.fileLabel.setText(self.tr("Файл: %1").replace("%1", str(self.path)))
        lines = self._summary_lines(preview)
        ui.summaryLabel.setText("\n".join(lines))
        ui.summaryLabel.setVisible(bool(lines))
        self.problems.set_rows(preview.problems)
        show_sheet_column(ui.problemsView, preview.problems)
        rows = self._rows_of(preview)
        self.rows.set_rows(rows)
        if preview.problems:
            ui.problemsLabel.setText(self.tr(
                "Найдено ошибок: %1. Пока они есть, ничего не будет импортировано: исправьте файл, сохраните его "
                "и нажмите «Проверить снова».").replace("%1", str(len(preview.problems))))
            set_state(ui.problemsLabel, "bad")
            ui.viewTabs.setCurrentWidget(ui.problemsTab)
        else:
            ui.problemsLabel.setText(self.tr("Ошибок нет: файл можно импортировать."))
            set_state(ui.problemsLabel, "ok")
            ui.viewTabs.setCurrentWidget(ui.rowsTab)
        ui.viewTabs.setTabText(ui.viewTabs.indexOf(ui.problemsTab),
                               self.tr("Ошибки (%1)").replace("%1", str(len(preview.problems))))
        ui.viewTabs.setTabText(ui.viewTabs.indexOf(ui.rowsTab),
                               self.tr("Строки к импорту (%1)").replace("%1", str(len(rows))))
        ui.viewTabs.setTabEnabled(ui.viewTabs.indexOf(ui.problemsTab), bool(preview.problems))
        if self.result is not None:
            ui.planLabel.setText(self._done_text(self.result))
            set_state(ui.planLabel, "ok")
        elif preview.result is not None:
            ui.planLabel.setText(self._plan_text(preview.result))
            set_state(ui.planLabel, "")
        else:
            ui.planLabel.setText("")
        ui.planLabel.setVisible(bool(ui.planLabel.text()))
        self._fit(ui.problemsView)
        self._fit(ui.rowsView)
        self._update_buttons()

    def _fit(self, view: QTableView) -> None:
        view.resizeColumnsToContents()
        for column in range(view.model().columnCount() - 1):
            if view.columnWidth(column) > WIDEST_COLUMN:
                view.setColumnWidth(column, WIDEST_COLUMN)

    def _update_buttons(self) -> None:
        ui = self.ui
        can_import = (self.preview.ok and self.preview.result is not None and self._adds(self.preview.result)
                      and self.result is None and not self.busy)
        ui.importButton.setEnabled(can_import)
        ui.recheckButton.setEnabled(not self.busy)
        ui.tourCombo.setEnabled(not self.busy and self.result is None)
        if self.result is not None:
            ui.closeButton.setText(self.tr("Готово"))
            ui.closeButton.setDefault(True)

    # -- work -----------------------------------------------------------------------------------------------------

    def _job_ctx(self) -> Context:
        return dataclasses.replace(self._ctx, lang=current_language())

    def check(self) -> None:
        """Read the file again (after it was fixed, or for another tour) on a worker."""
        if self.busy:
            return
        ctx, path, tour = self._job_ctx(), self.path, self.tour_id()

        def job(progress: Progress, cancel: CancelToken) -> Any:
            try:
                return self._preview_job(ctx, path, tour, progress, cancel)
            except ImportRefused as exc:
                return self._refused_preview(exc)

        self._task = run_with_progress(self._runner, self, self._check_title(), job,
                                       on_result=self._checked, on_error=self._failed,
                                       on_cancelled=self._update_buttons)
        self._update_buttons()

    def _checked(self, preview: Any) -> None:
        self._task = None
        if preview.result is not None and self._adds(preview.result):
            self.result = None  # new rows to import (another tour, or the file grew): the last import is history
        self.show_preview(preview)

    def start_import(self) -> None:
        if self.busy or not self.preview.ok:
            return
        ctx, path, tour = self._job_ctx(), self.path, self.tour_id()
        self._task = run_with_progress(
            self._runner, self, self._import_title(),
            lambda progress, cancel: self._import_job(ctx, path, tour, progress, cancel),
            on_result=self._imported, on_error=self._failed, on_cancelled=self._import_cancelled,
        )
        self._update_buttons()

    def _imported(self, result: Any) -> None:
        self._task = None
        self.result = result
        log.info("%s imported from the desktop", self.path.suffix or "file")
        self.show_preview(self.preview)
        self.imported.emit(result)

    def _import_cancelled(self) -> None:
        self._task = None
        self.ui.planLabel.setText(self.tr("Импорт отменён — в базу ничего не записано."))
        set_state(self.ui.planLabel, "warn")
        self.ui.planLabel.setVisible(True)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if isinstance(exc, ImportRefused):
            # The file changed since the preview: show what is wrong now.
            self.show_preview(self._refused_preview(exc))
            return
        self._update_buttons()
        report(self, exc)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_tours()
            self.problems.retranslate()
            self.rows.retranslate()
            self.show_preview(self.preview)
        super().changeEvent(event)
