"""Tours and their routes: the stops in order with their dates, marked done, cancelled (with a reason) or planned
again; Enter on a stop opens it on the stop page."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from fieldapp.domain.enums import StopStatus
from fieldapp.domain.errors import DomainError
from fieldapp.services import tours
from fieldapp.services.context import Context
from fieldapp.services.listing import ListRow, list_records
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.tours import StopInfo
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_tours import Ui_ToursPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import RowColumn, RowTableModel
from fieldapp.ui.widgets.common import button_shortcuts, focus_field, set_invalid, show_date, show_number
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

TOUR_ROLE = Qt.ItemDataRole.UserRole
CANCELLED = QBrush(QColor("#f3f3f3"))
DONE = QBrush(QColor("#eaf5ea"))


def place_name(stop: StopInfo) -> str:
    return (stop.settlement_kk or stop.settlement_ru) if current_language() == "kk" else stop.settlement_ru


def headcount_text(stop: StopInfo) -> str:
    if not stop.headcount:
        return "—"
    return ("≈" if stop.headcount_approximate else "") + show_number(stop.headcount)


def route_model(parent: QObject | None = None) -> RowTableModel[StopInfo]:
    columns: list[RowColumn[StopInfo]] = [
        RowColumn(
            "seq", lambda: QCoreApplication.translate("RouteModel", "№"),
            lambda s: str(s.seq), lambda s: s.seq, right=True),
        RowColumn(
            "settlement", lambda: QCoreApplication.translate("RouteModel", "Населённый пункт"),
            place_name),
        RowColumn(
            "date", lambda: QCoreApplication.translate("RouteModel", "Дата"),
            lambda s: show_date(s.planned_on), lambda s: s.planned_on.toordinal() if s.planned_on else 0),
        RowColumn("venue", lambda: QCoreApplication.translate("RouteModel", "Площадка"),
                  lambda s: s.venue or s.venue_type.label(current_language())),
        RowColumn(
            "status", lambda: QCoreApplication.translate("RouteModel", "Статус"),
            lambda s: s.status.label(current_language())),
        RowColumn(
            "came", lambda: QCoreApplication.translate("RouteModel", "Пришло"),
            headcount_text, lambda s: s.headcount, right=True),
    ]

    def background(stop: StopInfo) -> QBrush | None:
        return {StopStatus.DONE: DONE, StopStatus.CANCELLED: CANCELLED}.get(stop.status)

    def tooltip(stop: StopInfo) -> str:
        if stop.status is StopStatus.CANCELLED and stop.cancel_reason:
            return QCoreApplication.translate("RouteModel", "Отменена: %1").replace("%1", stop.cancel_reason)
        return stop.notes

    return RowTableModel(columns, lambda s: s.id, background, tooltip, parent)


@dataclass(frozen=True)
class TourList:
    tours: tuple[ListRow, ...]


def load_tours(ctx: Context, progress: Progress, cancel: CancelToken) -> TourList:
    cancel.check()
    # Newest first: the tour at hand is at the top.
    return TourList(tuple(reversed(list_records(ctx, "tours"))))


class ToursPage(QWidget):
    openStop = Signal(str)  # a stop id: the window shows it on the stop page

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ToursPage()
        self.ui.setupUi(self)
        self._button_shortcuts = button_shortcuts(self, (self.ui.refreshButton, "F5"))
        self.setObjectName("page_tours")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self.model = route_model(self)
        view = self.ui.routeView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.installEventFilter(self)
        self.ui.tourList.setSpacing(3)
        self.ui.tourList.setAlternatingRowColors(True)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        ui = self.ui
        ui.refreshButton.clicked.connect(self.reload)
        ui.tourList.currentItemChanged.connect(self._tour_changed)
        view.selectionModel().selectionChanged.connect(self._stop_changed)
        view.doubleClicked.connect(lambda _index: self.open_current_stop())
        ui.doneButton.clicked.connect(lambda: self._act(tours.mark_stop_done))
        ui.cancelButton.clicked.connect(lambda: self._act(lambda ctx, stop_id: tours.cancel_stop(
            ctx, stop_id, ui.reasonEdit.text())))
        ui.reopenButton.clicked.connect(lambda: self._act(tours.reopen_stop))
        ui.openStopButton.clicked.connect(self.open_current_stop)
        ui.reasonEdit.textEdited.connect(lambda _t: set_invalid(ui.reasonEdit, False))
        self._stop_changed()
        ui.contentStack.setCurrentWidget(ui.emptyPage)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.routeView and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current_stop()
            return True
        return super().eventFilter(watched, event)

    @property
    def loading(self) -> bool:
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.model.set_rows(())
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._show_tours(generation, TourList(()))
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_tours(ctx, progress, cancel)),
                           on_result=self._on_loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    def _on_loaded(self, result: tuple[int, TourList]) -> None:
        self._show_tours(*result)

    def _show_tours(self, generation: int, data: TourList) -> None:
        if generation != self._generation:
            return
        self._pending = False
        lst = self.ui.tourList
        current = lst.currentItem().data(TOUR_ROLE) if lst.currentItem() else None
        lst.blockSignals(True)
        try:
            lst.clear()
            for row in data.tours:
                campaign = str(row.fields.get("campaign") or "")
                dates = " – ".join(show_date(_iso(part)) for part in row.dates.split("..")) if row.dates else ""
                item = QListWidgetItem(f"{row.title}\n{dates} · {campaign}" if dates else f"{row.title}\n{campaign}")
                item.setData(TOUR_ROLE, row.id)
                item.setToolTip(f"{row.title}\n{campaign}")
                lst.addItem(item)
        finally:
            lst.blockSignals(False)
        self.ui.contentStack.setCurrentWidget(self.ui.mainPage if data.tours else self.ui.emptyPage)
        if data.tours:
            self.select_tour(current if current and self._row_of_tour(current) >= 0 else data.tours[0].id)
        else:
            self.model.set_rows(())
            self._stop_changed()

    def _row_of_tour(self, tour_id: str) -> int:
        lst = self.ui.tourList
        return next((i for i in range(lst.count()) if lst.item(i).data(TOUR_ROLE) == tour_id), -1)

    def select_tour(self, tour_id: str) -> None:
        row = self._row_of_tour(tour_id)
        if row >= 0:
            self.ui.tourList.setCurrentRow(row)
            self._tour_changed()

    def current_tour_id(self) -> str | None:
        item = self.ui.tourList.currentItem()
        return item.data(TOUR_ROLE) if item else None

    def _tour_changed(self, *_args: object) -> None:
        self.show_route()

    def show_route(self, keep_stop: str | None = None) -> None:
        tour_id = self.current_tour_id()
        if tour_id is None or self._ctx is None:
            return
        try:
            # Synchronous: one tour's route, a handful of stops.
            info = tours.get_tour(self._ctx, tour_id)
            stops = tours.route(self._ctx, tour_id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.ui.tourTitle.setText(info.title)
        done = sum(s.status is StopStatus.DONE for s in stops)
        period = " – ".join(show_date(d) for d in (info.starts_on, info.ends_on) if d)
        self.ui.tourInfo.setText(
            self.tr("%1 · остановок: %2, проведено: %3").replace("%1", period or "—")
            .replace("%2", str(len(stops))).replace("%3", str(done)))
        self.model.set_rows(stops)
        self.ui.routeView.resizeColumnsToContents()
        if stops:
            row = self.model.row_of(keep_stop) if keep_stop else -1
            self.ui.routeView.selectRow(max(row, 0))
        self._stop_changed()

    def current_stop(self) -> StopInfo | None:
        index = self.ui.routeView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def select_stop(self, stop_id: str) -> None:
        row = self.model.row_of(stop_id)
        if row >= 0:
            self.ui.routeView.selectRow(row)

    def _stop_changed(self, *_args: QItemSelection) -> None:
        stop = self.current_stop()
        ui = self.ui
        ui.doneButton.setEnabled(stop is not None and stop.status is not StopStatus.DONE)
        ui.cancelButton.setEnabled(stop is not None and stop.status is not StopStatus.CANCELLED)
        ui.reopenButton.setEnabled(stop is not None and stop.status is not StopStatus.PLANNED)
        ui.openStopButton.setEnabled(stop is not None)
        ui.reasonEdit.setEnabled(stop is not None)

    def _act(self, action: Callable[[Context, str], object]) -> None:
        stop = self.current_stop()
        if self._ctx is None or stop is None:
            return
        try:
            # Synchronous: one stop row changes.
            action(self._ctx, stop.id)
        except DomainError as exc:
            if exc.field == "reason":
                set_invalid(self.ui.reasonEdit, True)
                focus_field(self.ui.reasonEdit)
            report(self.window(), exc)
            return
        self.ui.reasonEdit.setText("")
        self.show_route(keep_stop=stop.id)

    def open_current_stop(self) -> None:
        stop = self.current_stop()
        if stop is not None:
            self.openStop.emit(stop.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if self._ctx is not None:
                self.reload()
        super().changeEvent(event)


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
