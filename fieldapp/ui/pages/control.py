"""The control register: problems under control with the overdue ones first, filters, the history of the chosen one,
and what a supervisor does with it (in progress, extend the deadline, resolve, reject). The rules (two months at
most, a reason for an extension or a refusal, a finished item stays finished) are the control service's."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from fieldapp.domain.enums import ControlStatus
from fieldapp.domain.errors import DomainError
from fieldapp.domain.workdays import max_extended_deadline, proposed_extension
from fieldapp.services import control
from fieldapp.services.context import Context
from fieldapp.services.control import ControlItemInfo, ControlRow
from fieldapp.services.control_register import (
    PAGE_SIZE,
    RegisterCounts,
    RegisterQuery,
    register_choices,
    register_counts,
    register_page,
)
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_control import Ui_ControlPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.control_model import ID_ROLE, Column, ControlTableModel
from fieldapp.ui.widgets.access import guard
from fieldapp.ui.widgets.columns import WrappedRows
from fieldapp.ui.widgets.common import (
    button_shortcuts,
    fill_combo,
    fill_enum_combo,
    focus_field,
    set_invalid,
    set_state,
    show_date,
    show_datetime,
)
from fieldapp.ui.widgets.save_keys import save_keys
from fieldapp.ui.widgets.search import search_shortcut
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # the register is searched again once typing pauses this long
TITLE_WIDTH, BODY_WIDTH = 300, 220  # pixels at most before the text wraps (the row grows)


@dataclass(frozen=True)
class ControlFilters:
    status: str | None = None
    overdue: bool | None = None
    district_id: str | None = None
    responsible_org_id: str | None = None
    text: str | None = None  # the search box: found in the title or the settlement's name

    def query(self, sort: str = "default", descending: bool = False) -> RegisterQuery:
        return RegisterQuery(status=None if self.status is None else ControlStatus(self.status), overdue=self.overdue,
                             district_id=self.district_id, responsible_org_id=self.responsible_org_id, sort=sort,
                             descending=descending, text=self.text)


@dataclass(frozen=True)
class ControlData:
    rows: tuple[ControlRow, ...]  # the first page
    counts: RegisterCounts
    districts: tuple[tuple[str, str], ...]  # (id, name) of the districts that have items
    responsible: tuple[tuple[str, str], ...]  # (id, name) of the bodies that answer for items
    query: RegisterQuery


def load_control(ctx: Context, query: RegisterQuery, progress: Progress, cancel: CancelToken) -> ControlData:
    """The worker job: the first page of the filtered register, its counts, and what the filter pickers offer.
    The rest is fetched page by page as the table scrolls."""
    cancel.check()
    choices = register_choices(ctx)
    counts = register_counts(ctx, query)
    rows = register_page(ctx, query, 0, PAGE_SIZE)
    return ControlData(rows, counts, choices.districts, choices.responsible, query)


class ControlPage(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ControlPage()
        self.ui.setupUi(self)
        self._button_shortcuts = button_shortcuts(self, (self.ui.refreshButton, "F5"))
        self.setObjectName("page_control")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self._keep_id: str | None = None
        self.detail: ControlItemInfo | None = None
        self.model = ControlTableModel(self)
        table = self.ui.tableView
        table.setModel(self.model)
        header = table.horizontalHeader()
        # No sort until the user clicks a header: the service's order (overdue first) is the default. A click sorts
        # in SQL (the model asks the page to reload), never the rows fetched so far.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        self.model.sortRequested.connect(lambda _key, _descending: self.reload())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        table.verticalHeader().setVisible(False)
        self.rows = WrappedRows(table)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        # The register first: the detail gives up all but the width its actions need (they set its minimum).
        self.ui.splitter.setSizes([760, 380])
        self._fill_filters((), ())
        self._connect()
        self._show_detail(None)
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)

    def _connect(self) -> None:
        ui = self.ui
        ui.refreshButton.clicked.connect(self.reload)
        for combo in (ui.statusCombo, ui.districtCombo, ui.responsibleCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.overdueCheck.toggled.connect(self._filters_changed)
        # The register is paged in SQL: the search runs there too, a moment after the last key typed.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_shortcut = search_shortcut(self, ui.searchEdit)
        ui.tableView.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.progressButton.clicked.connect(lambda: self._act(self._in_progress))
        ui.extendButton.clicked.connect(lambda: self._act(self._extend))
        ui.resolveButton.clicked.connect(lambda: self._act(self._resolve))
        ui.rejectButton.clicked.connect(lambda: self._act(self._reject))
        ui.historyButton.clicked.connect(self.show_history)
        # Enter in the new deadline extends it; Enter in the note records it with «В работе», the one step that
        # keeps the item open (closing it, resolved or rejected, takes a click).
        self._save_keys = [save_keys(ui.deadlineEdit, ui.extendButton, ctrl_enter=False),
                           save_keys(ui.noteEdit, ui.progressButton, ctrl_enter=False)]
        history = QShortcut(QKeySequence("Ctrl+H"), self)
        history.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        history.activated.connect(self.show_history)
        ui.noteEdit.textEdited.connect(lambda _t: set_invalid(ui.noteEdit, False))
        ui.deadlineEdit.dateChanged.connect(lambda _d: set_invalid(ui.deadlineEdit, False))

    def _fill_filters(self, districts: tuple[tuple[str, str], ...], bodies: tuple[tuple[str, str], ...]) -> None:
        ui = self.ui
        fill_enum_combo(ui.statusCombo, ControlStatus, none_label=self.tr("все"))
        fill_combo(ui.districtCombo, districts, self.tr("все районы"))
        fill_combo(ui.responsibleCombo, bodies, self.tr("все"))

    # -- loading ------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    def filters(self) -> ControlFilters:
        ui = self.ui
        return ControlFilters(ui.statusCombo.currentData(), True if ui.overdueCheck.isChecked() else None,
                              ui.districtCombo.currentData(), ui.responsibleCombo.currentData(),
                              ui.searchEdit.text().strip() or None)

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self._keep_id = None
        self.model.set_rows(())
        self._show_detail(None)
        self.reload()

    def _filters_changed(self, *_args: object) -> None:
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._pending = False
            self._show(generation, ControlData((), RegisterCounts(0, 0, 0), (), (), RegisterQuery()))
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        query = self.filters().query(self.model.sort_key, self.model.descending)
        self._keep_id = self.current_id() or self._keep_id
        self._pending = True
        if not self.model.rowCount():
            self.ui.contentStack.setCurrentWidget(self.ui.loadingPage)
        # The register of a region can hold thousands of items: the first page and the counts come from a worker.
        self._runner.start(lambda progress, cancel: (generation, ctx, load_control(ctx, query, progress, cancel)),
                           on_result=self._on_loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        report(self.window(), exc)

    def _on_loaded(self, result: tuple[int, Context, ControlData]) -> None:
        generation, ctx, data = result
        self._show(generation, data, ctx)

    def _show(self, generation: int, data: ControlData, ctx: Context | None = None) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._fill_filters(data.districts, data.responsible)
        keep = self._keep_id
        query = data.query

        def fetch(offset: int, limit: int) -> tuple[ControlRow, ...]:
            # Synchronous: one page by the query's index is a few milliseconds, as the view scrolls.
            return () if ctx is None else register_page(ctx, query, offset, limit)

        self.model.set_page(data.rows, data.counts.shown, fetch if ctx is not None else None)
        overdue = data.counts.overdue
        text = self.tr("Показано %1 из %2").replace("%1", str(data.counts.shown)).replace("%2",
                                                                                           str(data.counts.total))
        if overdue:
            text += " · " + self.tr("просрочено: %1").replace("%1", str(overdue))
        self.ui.countLabel.setText(text)
        set_state(self.ui.countLabel, "bad" if overdue else "")
        self.ui.contentStack.setCurrentWidget(self.ui.listPage if data.rows else self.ui.emptyPage)
        self._fit_columns()
        if data.rows:
            self.select(keep if keep and self.model.row_of(keep) >= 0 else data.rows[0].id)
        else:
            self._show_detail(None)

    def _fit_columns(self) -> None:
        """Every column as wide as its contents; a long title or body name wraps over lines of its own width."""
        self.rows.fit({Column.TITLE: TITLE_WIDTH, Column.RESPONSIBLE: BODY_WIDTH})

    # -- selection and detail -----------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.ui.tableView.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.ui.tableView.setCurrentIndex(index)
        self.ui.tableView.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item_id = self.current_id()
        if item_id is None or self._ctx is None:
            self._show_detail(None)
            return
        self._keep_id = item_id
        try:
            # Synchronous: one item and its few events.
            self._show_detail(control.get_item(self._ctx, item_id))
        except DomainError as exc:
            report(self.window(), exc)

    def show_history(self) -> None:
        """Who changed the chosen item, and when (its «История»: every field, from the change log)."""
        if self.detail is None or self._ctx is None:
            return
        from fieldapp.ui.dialogs.record_log import show_history

        self.history_dialog = show_history(self, self._ctx, self.detail.row.id)

    def _show_detail(self, info: ControlItemInfo | None) -> None:
        self.detail = info
        ui = self.ui
        ui.historyButton.setEnabled(info is not None)
        ui.historyList.clear()
        enabled = info is not None and info.row.status.is_open
        for widget in (ui.noteEdit, ui.progressButton):
            widget.setEnabled(enabled)
        # Decisions are a supervisor's: a member sees them disabled, the reason in the tooltip.
        decisions: tuple[tuple[QWidget, str], ...] = (
            (ui.deadlineEdit, "control.extend"), (ui.extendButton, "control.extend"),
            (ui.resolveButton, "control.resolve"), (ui.rejectButton, "control.reject"))
        for decision, act in decisions:
            guard(decision, self._ctx, act, enabled=enabled)
        if info is None:
            ui.detailTitle.setText(self.tr("Выберите вопрос в списке"))
            ui.detailInfo.clear()
            ui.limitLabel.clear()
            return
        row, lang = info.row, current_language()
        ui.detailTitle.setText(row.title)
        lines = [
            self.tr("Статус: %1").replace("%1", row.status.label(lang)),
            self.tr("Срок: %1").replace("%1", show_date(row.deadline))
            + (" — " + self.tr("истёк") if row.overdue else ""),
            self.tr("Ответственный: %1").replace("%1", row.responsible_org_name or "—")
            + (f", {row.responsible_person}" if row.responsible_person else ""),
            self.tr("Населённый пункт: %1").replace("%1", row.settlement_name or "—"),
            self.tr("Взят на контроль %1; уведомить заявителя до %2").replace("%1", show_date(row.registered_on))
            .replace("%2", show_date(row.notify_by)),
        ]
        if info.description:
            lines.append(info.description)
        ui.detailInfo.setText("\n".join(lines))
        set_state(ui.detailTitle, "bad" if row.overdue else "")
        for event in info.events:
            text = f"{show_datetime(event.at)} · {event.kind.label(lang)}"
            if event.by_name:
                text += f" · {event.by_name}"
            if event.new_deadline is not None:
                text += " → " + show_date(event.new_deadline)
            if event.note:
                text += f"\n{event.note}"
            ui.historyList.addItem(QListWidgetItem(text))
        limit = max_extended_deadline(row.registered_on)
        # Two weeks from today when the deadline has passed: the service refuses a new one that is not after today.
        today = self._ctx.today() if self._ctx is not None else None
        proposed = proposed_extension(row.registered_on, row.deadline, today)
        ui.deadlineEdit.setDate(QDate(proposed.year, proposed.month, proposed.day))
        ui.limitLabel.setText(self.tr("не позже %1 — два месяца со дня взятия на контроль")
                              .replace("%1", show_date(limit)))

    # -- actions --------------------------------------------------------------------------------------------------

    def _act(self, action: Callable[[Context, str], object]) -> None:
        """Run one service call on the chosen item; a refusal names its field and keeps what was typed."""
        item_id = self.current_id()
        if self._ctx is None or item_id is None:
            return
        try:
            # Synchronous: one event (and at most the item's deadline) written in milliseconds.
            action(self._ctx, item_id)
        except DomainError as exc:
            widget = {"reason": self.ui.noteEdit, "deadline": self.ui.deadlineEdit}.get(exc.field or "")
            if widget is not None:
                set_invalid(widget, True)
                focus_field(widget)
            report(self.window(), exc)
            return
        except Exception as exc:
            report(self.window(), exc)
            return
        self.ui.noteEdit.setText("")
        self._keep_id = item_id
        self.reload()

    def _note(self) -> str:
        return self.ui.noteEdit.text()

    def _new_deadline(self) -> date:
        return self.ui.deadlineEdit.date().toPython()  # type: ignore[no-any-return]

    def _in_progress(self, ctx: Context, item_id: str) -> object:
        return control.mark_in_progress(ctx, item_id, self._note())

    def _extend(self, ctx: Context, item_id: str) -> object:
        return control.extend_deadline(ctx, item_id, self._new_deadline(), self._note())

    def _resolve(self, ctx: Context, item_id: str) -> object:
        return control.resolve(ctx, item_id, self._note())

    def _reject(self, ctx: Context, item_id: str) -> object:
        return control.reject(ctx, item_id, self._note())

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_detail(self.detail)
            if self._ctx is not None:
                self.reload()  # district names in the new language
        super().changeEvent(event)

