"""Polls: the list, a new poll (question and options), the tally at the chosen stop with large +/− buttons and the
keys 1–9 (Shift removes one), and the results — a bar chart of the totals and the answers per stop. Each laptop
keeps its own count per stop; the figures shown are the sums (the polls service adds them up)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidgetItem, QPushButton, QSizePolicy, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import polls
from fieldapp.services.agenda import DeskStop, list_desk_stops, stop_day
from fieldapp.services.campaigns import list_campaigns
from fieldapp.services.context import Context
from fieldapp.services.polls import PollInfo, PollResults
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.ui.dialogs.poll_dialog import PollDialog
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_polls import Ui_PollsPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.poll_model import SORT_ROLE, PollStopModel, PollStopRow
from fieldapp.ui.widgets.charts import BarChart
from fieldapp.ui.widgets.columns import WrappedRows
from fieldapp.ui.widgets.common import button_shortcuts, fill_combo, set_state, show_date, show_number
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

DATA_ROLE = Qt.ItemDataRole.UserRole
MAX_KEYS = 9  # options 1–9 have a key; a tenth option is counted with its buttons


@dataclass(frozen=True)
class PollsData:
    polls: tuple[PollInfo, ...]
    totals: Mapping[str, int]  # answers per poll, for the list
    stops: tuple[DeskStop, ...]  # the picker: today's first
    stop_names: Mapping[str, tuple[str, date | None]]  # every stop, for the per-stop table
    campaigns: tuple[tuple[str, str], ...]  # (id, title) for the new-poll dialog
    stop_campaigns: Mapping[str, str] = field(default_factory=dict)  # stop id -> its tour's campaign id


def load_polls(ctx: Context, progress: Progress, cancel: CancelToken) -> PollsData:
    """The worker job: the polls with their totals, the stops and the campaigns."""
    cancel.check()
    found = polls.list_polls(ctx)
    totals = {p.id: polls.poll_results(ctx, p.id).total for p in found}
    cancel.check()
    records, stops = list_desk_stops(ctx)
    names = {r.id: (r.title, stop_day(r.dates)) for r in records}
    campaigns = tuple((c.id, c.title(ctx.lang)) for c in list_campaigns(ctx))
    stop_campaigns = {r.id: str(r.fields.get("campaign_id") or "") for r in records}
    return PollsData(found, totals, stops, names, campaigns, stop_campaigns)


def load_results(ctx: Context, poll_id: str, progress: Progress, cancel: CancelToken) -> PollResults:
    cancel.check()
    return polls.poll_results(ctx, poll_id)


def question(poll: PollInfo, lang: str) -> str:
    return (poll.question_kk or poll.question_ru) if lang == "kk" else poll.question_ru


def stop_rows(results: PollResults, names: Mapping[str, tuple[str, date | None]]) -> tuple[PollStopRow, ...]:
    """One row per stop that has answers, in the order of the stops' dates."""
    per_stop: dict[str | None, list[int]] = {}
    for n, option in enumerate(results.options):
        for stop_id, count in option.by_stop:
            per_stop.setdefault(stop_id, [0] * len(results.options))[n] += count
    rows = []
    for stop_id, counts in per_stop.items():
        name, day = names.get(stop_id, ("", None)) if stop_id else ("", None)
        rows.append(PollStopRow(stop_id, name or "—", day, tuple(counts)))
    return tuple(sorted(rows, key=lambda r: (r.day is None, r.day or date.min, r.name)))


def percent(share: float) -> str:
    """A share as a percentage in the interface locale («24,8 %» in Russian and Kazakh)."""
    return QLocale().toString(share * 100, "f", 1) + " %"


class HeaderTips(QSortFilterProxyModel):
    """The per-stop table's proxy: every header has a tooltip (an elided header is still readable), the option's full
    label where the source gives one, else the header's own text."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        found = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole and not found:
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return found


class PollsPage(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PollsPage()
        self.ui.setupUi(self)
        self._button_shortcuts = button_shortcuts(
            self, (self.ui.newPollButton, "Ctrl+N"), (self.ui.refreshButton, "F5"))
        self.setObjectName("page_polls")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._results_generation = 0
        self._pending = False
        self._keep_poll: str | None = None
        self.data = PollsData((), {}, (), {}, ())
        self.results: PollResults | None = None
        self._tally_widgets: list[QWidget] = []
        self.count_labels: list[QLabel] = []
        self.plus_buttons: list[QPushButton] = []
        self.minus_buttons: list[QPushButton] = []
        ui = self.ui
        self.model = PollStopModel(self)
        self.proxy = HeaderTips(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        ui.stopTable.setModel(self.proxy)
        ui.stopTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        ui.stopTable.verticalHeader().setVisible(False)
        header = ui.stopTable.horizontalHeader()
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(28)
        # The figures keep the width they need and the stop's name takes the rest, so the total stays in view.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stop_rows = WrappedRows(ui.stopTable)  # a long stop name wraps in its column, the row grows
        self.proxy.modelReset.connect(self._fit_stop_columns)
        self.proxy.layoutChanged.connect(self._fit_stop_columns)
        self.chart_view = BarChart("resultsChart", ui.chartHolder)
        self.chart = self.chart_view.chart()
        self.chart_view.setMinimumHeight(200)
        ui.chartLayout.addWidget(self.chart_view)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.resultsSplitter.setStretchFactor(0, 3)
        ui.resultsSplitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([240, 820])
        ui.resultsSplitter.setSizes([370, 470])
        ui.pollList.currentItemChanged.connect(lambda *_a: self._poll_changed())
        ui.stopCombo.currentIndexChanged.connect(lambda _i: self._show_tally())
        ui.refreshButton.clicked.connect(self.reload)
        ui.newPollButton.clicked.connect(self.new_poll)
        # Window-wide: a digit counts wherever the focus is on this page (a hidden page's shortcuts never fire,
        # and a text field keeps its digits). Qt matches Shift+1 also where the layout makes it «!» or «"».
        self.shortcuts: list[QShortcut] = []
        for n in range(1, MAX_KEYS + 1):
            key = Qt.Key(Qt.Key.Key_0 + n)
            shifted = QKeySequence(Qt.KeyboardModifier.ShiftModifier | key)
            for delta, sequence in ((1, QKeySequence(key)), (-1, shifted)):
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda n=n, delta=delta: self.tally(n - 1, delta))
                self.shortcuts.append(shortcut)
        ui.contentStack.setCurrentWidget(ui.emptyPage)
        self._show_poll(None)

    # -- loading --------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self._keep_poll = None
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._show_polls(generation, PollsData((), {}, (), {}, ()))
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        self._keep_poll = self.current_poll_id() or self._keep_poll
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_polls(ctx, progress, cancel)),
                           on_result=self._on_polls, on_error=self._failed)

    # Bound methods, not lambdas: Qt drops a finished job's delivery to a page that is gone.
    def _on_polls(self, result: tuple[int, PollsData]) -> None:
        self._show_polls(*result)

    def _on_results(self, result: tuple[int, PollResults | None]) -> None:
        self._show_results(*result)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    def _show_polls(self, generation: int, data: PollsData) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.data = data
        ui, lang = self.ui, current_language()
        keep = self._keep_poll
        self._fill_stops(None)
        ui.pollList.blockSignals(True)
        try:
            ui.pollList.clear()
            for poll in data.polls:
                answers = self.tr("ответов: %1").replace("%1", show_number(data.totals.get(poll.id, 0)))
                item = QListWidgetItem(f"{question(poll, lang)}\n{answers}")
                item.setData(DATA_ROLE, poll.id)
                ui.pollList.addItem(item)
        finally:
            ui.pollList.blockSignals(False)
        ui.contentStack.setCurrentWidget(ui.pollsPage if data.polls else ui.emptyPage)
        if data.polls:
            ids = [p.id for p in data.polls]
            self.select_poll(keep if keep in ids else ids[0])
        else:
            self._show_poll(None)

    def current_poll_id(self) -> str | None:
        item = self.ui.pollList.currentItem()
        return str(item.data(DATA_ROLE)) if item is not None else None

    def current_poll(self) -> PollInfo | None:
        poll_id = self.current_poll_id()
        return next((p for p in self.data.polls if p.id == poll_id), None)

    def current_stop_id(self) -> str | None:
        value = self.ui.stopCombo.currentData()
        return str(value) if value else None

    def select_poll(self, poll_id: str) -> None:
        for row in range(self.ui.pollList.count()):
            if self.ui.pollList.item(row).data(DATA_ROLE) == poll_id:
                if self.ui.pollList.currentRow() == row:
                    self._poll_changed()
                else:
                    self.ui.pollList.setCurrentRow(row)
                return

    def _poll_changed(self) -> None:
        poll = self.current_poll()
        if poll is not None:
            self._keep_poll = poll.id
        self._show_poll(poll)
        self._load_results()

    def _load_results(self) -> None:
        self._results_generation += 1
        generation = self._results_generation
        poll_id = self.current_poll_id()
        if self._ctx is None or poll_id is None:
            self._show_results(generation, None)
            return
        ctx = self._ctx
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_results(ctx, poll_id, progress, cancel)),
                           on_result=self._on_results, on_error=self._failed)

    # -- the tally desk -------------------------------------------------------------------------------------------

    def _fill_stops(self, poll: PollInfo | None) -> None:
        """The stop picker: the stops of the poll's own campaign (a poll is tallied nowhere else), today's first; the
        stop chosen stays chosen when it is still offered."""
        ui, data = self.ui, self.data
        wanted = poll.campaign_id if poll is not None else None
        stops = [desk for desk in data.stops if wanted is None or data.stop_campaigns.get(desk.id) == wanted]
        fill_combo(ui.stopCombo, ((desk.id, f"{show_date(desk.day)} · {desk.title}") for desk in stops))

    def _show_poll(self, poll: PollInfo | None) -> None:
        """Rebuild the rows of the tally desk: number, option, −, count, + (counts come with the results)."""
        ui, lang = self.ui, current_language()
        self._fill_stops(poll)
        for widget in self._tally_widgets:
            ui.tallyGrid.removeWidget(widget)
            widget.deleteLater()
        self._tally_widgets, self.count_labels, self.plus_buttons, self.minus_buttons = [], [], [], []
        ui.feedbackLabel.clear()
        if poll is None:
            ui.questionLabel.clear()
            return
        ui.questionLabel.setText(question(poll, lang))
        for n, option in enumerate(poll.options):
            number = QLabel(str(n + 1) if n < MAX_KEYS else "", ui.tallyBox)
            number.setProperty("tallyNumber", True)
            label = QLabel(option.label(lang), ui.tallyBox)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            minus = QPushButton("−", ui.tallyBox)
            plus = QPushButton("+", ui.tallyBox)
            for button, delta, name in ((minus, -1, "minus"), (plus, 1, "plus")):
                button.setProperty("tally", True)
                button.setObjectName(f"tally_{name}_{n + 1}")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _checked=False, n=n, delta=delta: self.tally(n, delta))
            key = f"{n + 1}" if n < MAX_KEYS else ""
            plus.setToolTip(self.tr("Добавить ответ «%1» (клавиша %2)").replace("%1", option.label(lang))
                            .replace("%2", key or "—"))
            minus.setToolTip(self.tr("Убрать один ответ «%1» (Shift + %2)").replace("%1", option.label(lang))
                             .replace("%2", key or "—"))
            count = QLabel("0", ui.tallyBox)
            count.setProperty("tallyCount", True)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, widget in enumerate((number, label, minus, count, plus)):
                ui.tallyGrid.addWidget(widget, n, column)
                self._tally_widgets.append(widget)
            self.count_labels.append(count)
            self.minus_buttons.append(minus)
            self.plus_buttons.append(plus)
        ui.tallyGrid.setColumnStretch(1, 1)

    def _show_tally(self) -> None:
        """The counts of the chosen stop (every laptop's answers there, summed)."""
        stop_id = self.current_stop_id()
        results = self.results
        self.ui.tallyBox.setEnabled(stop_id is not None and results is not None)
        for n, label in enumerate(self.count_labels):
            count = 0
            if results is not None and n < len(results.options) and stop_id is not None:
                count = sum(c for sid, c in results.options[n].by_stop if sid == stop_id)
            label.setText(show_number(count))
        if results is not None and stop_id is not None:
            self.ui.tallyBox.setTitle(self.tr("Ответы на этой остановке: %1")
                                      .replace("%1", show_number(results.stop_total(stop_id))))
        else:
            self.ui.tallyBox.setTitle(self.tr("Ответы на этой остановке"))

    def tally(self, option_index: int, delta: int) -> None:
        """Count one answer more (+1) or one less (−1) for option `option_index` at the chosen stop."""
        poll, stop_id = self.current_poll(), self.current_stop_id()
        if self._ctx is None or poll is None or stop_id is None or not self.ui.tallyBox.isEnabled() \
                or not 0 <= option_index < len(poll.options):
            return
        option = poll.options[option_index]
        try:
            # Synchronous: one row written in milliseconds; the sums are read again on the worker.
            polls.add_to_tally(self._ctx, option.id, delta, stop_id)
        except DomainError as exc:
            if exc.field == "count":
                # Removing below zero is a slip at the desk, not worth a dialog: say it beside the buttons.
                self.ui.feedbackLabel.setText(self.tr("У варианта %1 на этом ноутбуке нечего убирать")
                                              .replace("%1", str(option_index + 1)))
                set_state(self.ui.feedbackLabel, "warn")
                return
            report(self.window(), exc)
            return
        lang = current_language()
        text = self.tr("+1: %1") if delta > 0 else self.tr("−1: %1")
        self.ui.feedbackLabel.setText(text.replace("%1", option.label(lang)))
        set_state(self.ui.feedbackLabel, "ok" if delta > 0 else "")
        self._load_results()

    # -- results --------------------------------------------------------------------------------------------------

    def _show_results(self, generation: int, results: PollResults | None) -> None:
        if generation != self._results_generation:
            return
        self._pending = False
        self.results = results
        lang = current_language()
        if results is None:
            self.model.set_results((), ())
            self.ui.totalLabel.clear()
            self._draw_chart(None)
            self._show_tally()
            return
        labels = [o.option.label(lang) for o in results.options]
        self.model.set_results(labels, stop_rows(results, self.data.stop_names))
        total = results.total
        parts = [self.tr("Всего ответов: %1").replace("%1", show_number(total))]
        for n, option in enumerate(results.options):
            share = percent(option.share(total))
            parts.append(f"{n + 1}) {show_number(option.count)} ({share})")
        self.ui.totalLabel.setText(" · ".join(parts))
        self._draw_chart(results)
        self._show_tally()
        # The list's figure for this poll follows the tally.
        item = self.ui.pollList.currentItem()
        if item is not None and item.data(DATA_ROLE) == results.poll.id:
            answers = self.tr("ответов: %1").replace("%1", show_number(total))
            item.setText(f"{question(results.poll, lang)}\n{answers}")

    def _fit_stop_columns(self) -> None:
        header = self.ui.stopTable.horizontalHeader()
        if header.count():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stop_rows.refit()

    def _draw_chart(self, results: PollResults | None) -> None:
        chart = self.chart
        if results is None:
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            return
        lang = current_language()
        labels = [o.option.label(lang) for o in results.options]
        # Numbered as on the tally buttons; the chart wraps a long option to the room its width gives.
        self.chart_view.show_bars(self.tr("Ответов"), [f"{n + 1}. {label}" for n, label in enumerate(labels)],
                                  [o.count for o in results.options])
        self.value_axis = self.chart_view.value_axis
        self.category_axis = self.chart_view.category_axis
        self.bar_set = self.chart_view.bar_set

    # -- a new poll -----------------------------------------------------------------------------------------------

    def new_poll(self) -> None:
        if self._ctx is None:
            return
        dialog = PollDialog(self._ctx, self.data.campaigns, self)
        self.dialog = dialog

        def created(result: int) -> None:
            if result and dialog.poll_id:
                self._keep_poll = dialog.poll_id
                self.ui.pollList.setCurrentRow(-1)
                self.reload()
            dialog.deleteLater()

        dialog.finished.connect(created)
        dialog.open()

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if self._ctx is not None:
                self.reload()  # questions, options and stop names in the new language
        super().changeEvent(event)

