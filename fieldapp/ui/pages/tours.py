"""Tours and their routes: a supervisor or coordinator creates, edits and deletes a tour and plans its route (stops
added, edited, reordered with Alt+arrows, moved to another day, cancelled with a reason, deleted); a member marks a
stop held (asked first when it is ahead of its day) and opens it on the stop page with Enter."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QListWidgetItem, QMessageBox, QWidget

from fieldapp.domain.enums import StopStatus
from fieldapp.domain.errors import DomainError
from fieldapp.services import roles, tours
from fieldapp.services.context import Context
from fieldapp.services.listing import ListRow, list_records
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.tours import StopInfo, TourInfo
from fieldapp.ui.dialogs.stop_dialog import StopDialog
from fieldapp.ui.dialogs.tour_dialog import TourDialog
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_tours import Ui_ToursPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.route_model import place_name, route_model
from fieldapp.ui.widgets.access import guard, refusal
from fieldapp.ui.widgets.common import ask_yes_no, button_shortcuts, show_date
from fieldapp.ui.widgets.search import matches, search_shortcut
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

__all__ = ["ToursPage", "load_tours", "route_model"]

TOUR_ROLE = Qt.ItemDataRole.UserRole


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
        ui = self.ui
        self._button_shortcuts = button_shortcuts(
            self, (ui.refreshButton, "F5"), (ui.newTourButton, "Ctrl+N"), (ui.editTourButton, "Ctrl+E"),
            (ui.addStopButton, "Insert"), (ui.editStopButton, "F2"), (ui.upButton, "Alt+Up"),
            (ui.downButton, "Alt+Down"))
        self.setObjectName("page_tours")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self._tour: TourInfo | None = None
        self.dialog: QDialog | None = None  # the dialog or question last opened (tests answer it)
        self.model = route_model(self)
        view = ui.routeView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.installEventFilter(self)
        ui.tourList.installEventFilter(self)
        ui.tourList.setSpacing(3)
        ui.tourList.setAlternatingRowColors(True)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.refreshButton.clicked.connect(self.reload)
        ui.tourList.currentItemChanged.connect(self._tour_changed)
        ui.searchEdit.textChanged.connect(self._search_changed)
        self._search_shortcut = search_shortcut(self, ui.searchEdit)
        view.selectionModel().selectionChanged.connect(self._stop_changed)
        view.doubleClicked.connect(lambda _index: self.open_current_stop())
        ui.newTourButton.clicked.connect(self.new_tour)
        ui.emptyNewButton.clicked.connect(self.new_tour)
        ui.editTourButton.clicked.connect(self.edit_tour)
        ui.deleteTourButton.clicked.connect(self.ask_delete_tour)
        ui.addStopButton.clicked.connect(self.add_stop)
        ui.editStopButton.clicked.connect(self.edit_stop)
        ui.moveStopButton.clicked.connect(lambda: self.edit_stop(move=True))
        ui.upButton.clicked.connect(lambda: self.move_stop(-1))
        ui.downButton.clicked.connect(lambda: self.move_stop(1))
        ui.deleteStopButton.clicked.connect(self.ask_delete_stop)
        ui.doneButton.clicked.connect(self.mark_done)
        ui.cancelButton.clicked.connect(self.ask_cancel)
        ui.reopenButton.clicked.connect(lambda: self._act(tours.reopen_stop))
        ui.openStopButton.clicked.connect(self.open_current_stop)
        self._retranslate()
        self._stop_changed()
        ui.contentStack.setCurrentWidget(ui.emptyPage)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            key = event.key()
            if watched is self.ui.routeView and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current_stop()
                return True
            if key == Qt.Key.Key_Delete and watched in (self.ui.routeView, self.ui.tourList):
                button = self.ui.deleteStopButton if watched is self.ui.routeView else self.ui.deleteTourButton
                if button.isEnabled():
                    button.click()
                return True
        return super().eventFilter(watched, event)

    @property
    def loading(self) -> bool:
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.model.set_rows(())
        self._retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the tours again (on the worker) and the current route; the tour and stop chosen stay chosen."""
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

    def _show_tours(self, generation: int, data: TourList, select: str | None = None) -> None:
        if generation != self._generation:
            return
        self._pending = False
        lst = self.ui.tourList
        current = select or (lst.currentItem().data(TOUR_ROLE) if lst.currentItem() else None)
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
        self._search_changed(self.ui.searchEdit.text())
        self.ui.contentStack.setCurrentWidget(self.ui.mainPage if data.tours else self.ui.emptyPage)
        if data.tours:
            self.select_tour(current if current and self._row_of_tour(current) >= 0 else data.tours[0].id)
        else:
            self._tour = None
            self.model.set_rows(())
            self._stop_changed()

    def _search_changed(self, text: str) -> None:
        """Hide the tours whose title, dates and campaign do not hold `text`; the chosen one moves to a shown tour."""
        lst = self.ui.tourList
        for row in range(lst.count()):
            item = lst.item(row)
            item.setHidden(not matches(text, item.text()))
        current = lst.currentItem()
        if current is not None and current.isHidden():
            shown = next((lst.item(r) for r in range(lst.count()) if not lst.item(r).isHidden()), None)
            if shown is not None:
                lst.setCurrentItem(shown)

    def shown_tours(self) -> list[str]:
        """The titles of the tours the list shows (the search hides the others)."""
        lst = self.ui.tourList
        return [lst.item(r).text().split("\n")[0] for r in range(lst.count()) if not lst.item(r).isHidden()]

    def _row_of_tour(self, tour_id: str) -> int:
        lst = self.ui.tourList
        return next((i for i in range(lst.count()) if lst.item(i).data(TOUR_ROLE) == tour_id), -1)

    def select_tour(self, tour_id: str) -> None:
        row = self._row_of_tour(tour_id)
        if row >= 0:
            lst = self.ui.tourList
            lst.blockSignals(True)
            lst.setCurrentRow(row)
            lst.blockSignals(False)
            self._tour_changed()

    def current_tour_id(self) -> str | None:
        item = self.ui.tourList.currentItem()
        return item.data(TOUR_ROLE) if item else None

    def _tour_changed(self, *_args: object) -> None:
        same = self._tour is not None and self._tour.id == self.current_tour_id()
        current = self.current_stop()
        self.show_route(keep_stop=current.id if same and current else None)

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
        self._tour = info
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
        if not index.isValid() or not self.ui.routeView.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def select_stop(self, stop_id: str) -> None:
        row = self.model.row_of(stop_id)
        if row >= 0:
            self.ui.routeView.selectRow(row)

    def _stop_changed(self, *_args: QItemSelection) -> None:
        stop = self.current_stop()
        ui, ctx = self.ui, self._ctx
        has_tour = self._tour is not None and self.current_tour_id() is not None
        count = self.model.rowCount()
        row = self.model.row_of(stop.id) if stop else -1
        planned = stop is not None and stop.status is StopStatus.PLANNED
        guard(ui.newTourButton, ctx, "setup", enabled=ctx is not None)
        guard(ui.emptyNewButton, ctx, "setup", enabled=ctx is not None)
        guard(ui.editTourButton, ctx, "setup", enabled=has_tour)
        guard(ui.deleteTourButton, ctx, "setup", enabled=has_tour)
        guard(ui.addStopButton, ctx, "setup", enabled=has_tour)
        guard(ui.editStopButton, ctx, "setup", enabled=stop is not None)
        guard(ui.moveStopButton, ctx, "setup", enabled=planned)
        guard(ui.upButton, ctx, "setup", enabled=row > 0)
        guard(ui.downButton, ctx, "setup", enabled=0 <= row < count - 1)
        guard(ui.deleteStopButton, ctx, "setup", enabled=stop is not None)
        guard(ui.cancelButton, ctx, "setup", enabled=planned)
        # Undoing a wrong «held» is a member's; putting a cancelled stop back is the route's (services/tours.py).
        cancelled = stop is not None and stop.status is StopStatus.CANCELLED
        guard(ui.reopenButton, ctx if cancelled else None, "setup",
              enabled=stop is not None and stop.status is not StopStatus.PLANNED)
        ui.doneButton.setEnabled(stop is not None and stop.status is not StopStatus.DONE)
        ui.openStopButton.setEnabled(stop is not None)
        why = refusal(ctx, "setup")
        if why:
            ui.routeHint.setText(why[:1].upper() + why[1:])  # the service's message, as a sentence of its own
        elif has_tour and not count:
            ui.routeHint.setText(self.tr("В маршруте пока нет остановок: добавьте первую — Insert."))
        else:
            ui.routeHint.setText("")
        ui.routeHint.setVisible(bool(ui.routeHint.text()))

    # -- tours ---------------------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.open()
        self.dialog = dialog
        return dialog

    def new_tour(self) -> TourDialog | None:
        if self._ctx is None or not roles.allowed(self._ctx, "setup"):
            return None
        campaign = self._tour.campaign_id if self._tour else None
        dialog = TourDialog(self._ctx, campaign_id=campaign, parent=self)
        self._open(dialog, lambda: self._tour_saved(dialog.tour_id))
        return dialog

    def edit_tour(self) -> TourDialog | None:
        if self._ctx is None or self._tour is None:
            return None
        dialog = TourDialog(self._ctx, self._tour, parent=self)
        self._open(dialog, lambda: self._tour_saved(dialog.tour_id))
        return dialog

    def _tour_saved(self, tour_id: str | None) -> None:
        if self._ctx is None:
            return
        self._generation += 1
        # Synchronous: the new tour must be chosen at once (the next Insert adds a stop to it).
        self._show_tours(self._generation, load_tours(dataclasses.replace(self._ctx, lang=current_language()),
                                                      no_progress, NEVER_CANCELLED), select=tour_id)

    def ask_delete_tour(self) -> QMessageBox | None:
        tour = self._tour
        if self._ctx is None or tour is None:
            return None
        box = self._question(
            self.tr("Удалить выезд"),
            self.tr("Удалить выезд «%1»? Он исчезнет из списков и выбора остановок; приёмы, мероприятия и фото, "
                    "записанные на его остановках, сохранятся.").replace("%1", tour.title),
            lambda: self._delete_tour(tour.id))
        return box

    def _delete_tour(self, tour_id: str) -> None:
        if self._ctx is None:
            return
        try:
            tours.delete_tour(self._ctx, tour_id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self._tour_saved(None)

    # -- the route -----------------------------------------------------------------------------------------------

    def add_stop(self) -> StopDialog | None:
        """A new stop after the selected one (at the end when none is), on the day after it."""
        tour = self._tour
        if self._ctx is None or tour is None:
            return None
        after = self.current_stop()
        stops = self.model.rows()
        anchor = after or (stops[-1] if stops else None)
        day = anchor.planned_on + timedelta(days=1) if anchor and anchor.planned_on else tour.starts_on
        position = self.model.row_of(after.id) + 1 if after else None
        dialog = StopDialog(self._ctx, tour.id, day=day, position=position, parent=self)
        self._open(dialog, lambda: self.show_route(keep_stop=dialog.stop_id))
        return dialog

    def edit_stop(self, move: bool = False) -> StopDialog | None:
        stop = self.current_stop()
        if self._ctx is None or self._tour is None or stop is None:
            return None
        dialog = StopDialog(self._ctx, self._tour.id, stop, parent=self)
        if move:
            dialog.setWindowTitle(self.tr("Перенести остановку на другой день"))
            dialog.focus_date()
        self._open(dialog, lambda: self.show_route(keep_stop=stop.id))
        return dialog

    def move_stop(self, step: int) -> None:
        """One place earlier (-1) or later (+1) in the route; the stop stays selected for the next Alt+arrow."""
        stop = self.current_stop()
        if self._ctx is None or self._tour is None or stop is None:
            return
        order = [s.id for s in self.model.rows()]
        row = order.index(stop.id)
        target = row + step
        if not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        try:
            tours.reorder_stops(self._ctx, self._tour.id, order)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.show_route(keep_stop=stop.id)
        self.ui.routeView.setFocus()

    def ask_delete_stop(self) -> QMessageBox | None:
        stop = self.current_stop()
        if self._ctx is None or stop is None:
            return None
        return self._question(
            self.tr("Удалить остановку"),
            self.tr("Убрать из маршрута остановку «%1» (%2)? Записанное на ней сохранится, но в выборе остановок "
                    "её больше не будет.").replace("%1", place_name(stop)).replace("%2", show_date(stop.planned_on)),
            lambda: self._act(tours.delete_stop, stop.id))

    def ask_cancel(self) -> QInputDialog | None:
        """Cancelling asks why: the reason is what a supervisor reads later in the route and the reports."""
        stop = self.current_stop()
        if self._ctx is None or stop is None:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("cancelDialog")
        dialog.setWindowTitle(self.tr("Отменить остановку"))
        dialog.setLabelText(self.tr("Почему отменена остановка «%1» (%2)?")
                            .replace("%1", place_name(stop)).replace("%2", show_date(stop.planned_on)))
        dialog.setTextValue("")
        dialog.setOkButtonText(self.tr("Отменить остановку"))
        dialog.setCancelButtonText(self.tr("Не отменять"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        stop_id = stop.id
        dialog.textValueSelected.connect(
            lambda text: self._act(lambda ctx, sid: tours.cancel_stop(ctx, sid, text), stop_id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def mark_done(self) -> QMessageBox | None:
        """Held now; a stop planned for a later day is asked about first (the service refuses it unconfirmed).
        Returns the question when one was asked."""
        stop = self.current_stop()
        if self._ctx is None or stop is None:
            return None
        try:
            tours.mark_stop_done(self._ctx, stop.id)
        except DomainError as exc:
            if exc.code != "stop.held_early" or stop.planned_on is None:
                report(self.window(), exc)
                return None
            stop_id = stop.id
            return self._question(
                self.tr("Остановка ещё впереди"),
                self.tr("Остановка запланирована на %1 — отметить проведённой раньше срока?")
                .replace("%1", stop.planned_on.strftime("%d.%m.%Y")),
                lambda: self._act(lambda ctx, sid: tours.mark_stop_done(ctx, sid, early=True), stop_id))
        self.show_route(keep_stop=stop.id)
        return None

    def _question(self, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
        self.dialog = box = ask_yes_no(self, title, text, on_yes, "toursQuestion")
        return box

    def _act(self, action: Callable[[Context, str], object], stop_id: str | None = None) -> None:
        stop = self.current_stop()
        stop_id = stop_id or (stop.id if stop else None)
        if self._ctx is None or stop_id is None:
            return
        try:
            # Synchronous: one stop row changes.
            action(self._ctx, stop_id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.show_route(keep_stop=stop_id)

    def open_current_stop(self) -> None:
        stop = self.current_stop()
        if stop is not None:
            self.openStop.emit(stop.id)

    def _retranslate(self) -> None:
        ui = self.ui
        if refusal(self._ctx, "setup"):
            text = self.tr("Выезд — это поездка рабочей группы по маршруту: населённые пункты по порядку с датами. "
                           "Выезды создаёт руководитель или координатор; они приходят и при обмене данными с "
                           "коллегами.")
        else:
            text = self.tr("Создайте выезд: Ctrl+N. Выезд — это поездка рабочей группы по маршруту: населённые "
                           "пункты по порядку с датами. Выезды приходят и из плана кампании (меню «Файл» → "
                           "«Импорт плана кампании»), и при обмене данными с коллегами.")
        ui.emptyText.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
            if self._ctx is not None:
                self.reload()
        super().changeEvent(event)


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
