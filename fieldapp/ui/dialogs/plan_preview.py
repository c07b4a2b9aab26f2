"""The preview of a campaign plan before it is imported: the journal's preview dialog with the plan's service, its
planned stops as the rows, every problem by sheet, row and column, and what the import would create."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from fieldapp.services.context import Context
from fieldapp.services.plan_workbook import PlanPreview, PlanResult, RouteRow, import_plan, may_import, preview_plan
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.roles import reason
from fieldapp.services.sheets import ImportRefused
from fieldapp.ui.dialogs.journal_preview import TEMPLATE_SHEETS, JournalPreviewDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import RowColumn, RowTableModel
from fieldapp.ui.widgets.common import show_date


def route_model(parent: QObject | None = None) -> RowTableModel[RouteRow]:
    columns: list[RowColumn[RouteRow]] = [
        RowColumn("row", lambda: QCoreApplication.translate("PlanPreview", "Строка"), lambda r: str(r.row),
                  lambda r: r.row, right=True),
        RowColumn("campaign", lambda: QCoreApplication.translate("PlanPreview", "Кампания"), lambda r: r.campaign),
        RowColumn("group", lambda: QCoreApplication.translate("PlanPreview", "Рабочая группа"), lambda r: r.group),
        RowColumn("direction", lambda: QCoreApplication.translate("PlanPreview", "Направление"),
                  lambda r: r.direction),
        RowColumn("tour", lambda: QCoreApplication.translate("PlanPreview", "Выезд"), lambda r: r.tour),
        RowColumn("date", lambda: QCoreApplication.translate("PlanPreview", "Дата"), lambda r: show_date(r.day),
                  lambda r: r.day.toordinal()),
        RowColumn("district", lambda: QCoreApplication.translate("PlanPreview", "Район"), lambda r: r.district),
        RowColumn("settlement", lambda: QCoreApplication.translate("PlanPreview", "Населённый пункт"),
                  lambda r: r.settlement),
        RowColumn("venue", lambda: QCoreApplication.translate("PlanPreview", "Место проведения"),
                  lambda r: ", ".join(filter(None, (r.venue, r.venue_type.label(current_language())
                                                    if r.venue_type else "")))),
    ]
    return RowTableModel(columns, lambda r: str(r.row), None, lambda r: r.settlement, parent)


def refused_plan(exc: ImportRefused) -> PlanPreview:
    """A refusal raised before any row was read, shown like any other list of problems."""
    return PlanPreview(exc.file, (), "ru", (), (), exc.problems, None)


class PlanPreviewDialog(JournalPreviewDialog):
    """File → Import plan: the same preview as the journal's, for the plan workbook (no tour to choose)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setObjectName("planPreviewDialog")
        self.setWindowTitle(self.tr("Импорт плана кампании"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Импорт плана кампании"))  # the form's title is the journal's

    def _fill_tours(self) -> None:
        # A plan names its own campaigns and tours: nothing to choose.
        self.ui.tourLabel.setVisible(False)
        self.ui.tourCombo.setVisible(False)

    def tour_id(self) -> str | None:
        return None

    def _row_model(self) -> RowTableModel[Any]:
        return route_model(self)

    def _rows_of(self, preview: Any) -> Sequence[Any]:
        return tuple(preview.route)

    def _summary_lines(self, preview: Any) -> list[str]:
        lines = []
        if preview.sheets:
            headers = {"ru": self.tr("на русском"), "kk": self.tr("на казахском")}.get(
                preview.header_lang, self.tr("на двух языках"))
            sheets = ", ".join(f"«{name}»" for name in preview.sheets if name not in TEMPLATE_SHEETS)
            lines.append(self.tr("Листы %1, заголовки %2. Участников в составе групп: %3.").replace(
                "%1", sheets).replace("%2", headers).replace("%3", str(len(preview.members))))
        return lines

    def _plan_text(self, plan: Any) -> str:
        assert isinstance(plan, PlanResult)
        if plan.total == 0 and plan.groups_changed == 0:
            return self.tr("Всё из этого файла уже есть в базе: импорт ничего не добавит.")
        return self.tr(
            "Будет создано: кампаний %1, рабочих групп %2, выездов %3, остановок %4, участников %5, "
            "населённых пунктов %6; всего записей: %7.").replace("%1", str(plan.campaigns)).replace(
            "%2", str(plan.groups)).replace("%3", str(plan.tours)).replace("%4", str(plan.stops)).replace(
            "%5", str(plan.members)).replace("%6", str(plan.settlements)).replace("%7", str(plan.total))

    def _done_text(self, result: Any) -> str:
        assert isinstance(result, PlanResult)
        return self.tr(
            "Импорт завершён. Создано: кампаний %1, рабочих групп %2, выездов %3, остановок %4, участников %5; "
            "всего записей: %6.").replace("%1", str(result.campaigns)).replace("%2", str(result.groups)).replace(
            "%3", str(result.tours)).replace("%4", str(result.stops)).replace("%5", str(result.members)).replace(
            "%6", str(result.total)) + "\n" + self.tr(
            "Повторный импорт этого файла ничего не добавит: уже созданное узнаётся по названиям.")

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not may_import(self._ctx):
            # The service would refuse: say why instead of a refusal after the click.
            self.ui.importButton.setEnabled(False)
            self.ui.importButton.setToolTip(reason(self._ctx, "plan.import", current_language()))

    def _adds(self, result: Any) -> bool:
        return bool(result.total or result.groups_changed)

    def _refused_preview(self, exc: ImportRefused) -> Any:
        return refused_plan(exc)

    def _preview_job(self, ctx: Context, path: Path, tour: str | None, progress: Progress,
                     cancel: CancelToken) -> Any:
        return preview_plan(ctx, path, progress, cancel)

    def _import_job(self, ctx: Context, path: Path, tour: str | None, progress: Progress,
                    cancel: CancelToken) -> Any:
        return import_plan(ctx, path, False, progress, cancel)

    def _check_title(self) -> str:
        return self.tr("Проверка плана…")

    def _import_title(self) -> str:
        return self.tr("Импорт плана кампании…")
