"""The overview page: today's tour and stop, the overdue control items, the indicator tiles and charts of receptions
by topic and outcome and of activities by district — all counted by the one builder on a worker thread."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from fieldapp.ui import qt_lean
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_dashboard import Ui_DashboardPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import button_shortcuts, fill_combo, set_state, show_date
from fieldapp.ui.workers import Runner

if TYPE_CHECKING:
    from datetime import date

    from fieldapp.domain.indicators import Indicators, Scope
    from fieldapp.services.context import Context
    from fieldapp.ui.pages.dashboard_data import DashboardData
    from fieldapp.ui.widgets.charts import BarChart

log = logging.getLogger(__name__)

# Which tiles sit in which group box of the form, and in how many columns. Overdue items come first: they are the
# supervisor's first concern.
TILE_GROUPS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("controlGrid", 3, ("control_overdue", "control_open", "control_resolved")),
    ("receptionGrid", 3, ("receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control")),
    ("fieldGrid", 4, ("campaigns", "working_groups", "tours", "stops", "settlements", "activities", "participants",
                      "residents_came")),
    ("pollsGrid", 4, ("polls", "poll_answers", "signals", "signals_resolved")),
)
ALERT_KEYS = frozenset({"control_overdue"})
class Tile(QFrame):
    """One figure with its label; an alert tile turns red while its value is above zero."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setProperty("tile", True)
        self.setProperty("alert", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("tileValue")
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("tileCaption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setProperty("alignment", qt_lean.ALIGN_TOP_LEFT)  # painted first: see qt_lean
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label, 1)
        self.value: int | None = None
        self.retranslate()

    def retranslate(self) -> None:
        from fieldapp.domain.indicators import indicator_label  # made with the first figures, as the tiles are

        self.caption_label.setText(indicator_label(self.key, current_language()))
        if self.value is not None:
            self.value_label.setText(QLocale().toString(self.value))

    def set_value(self, value: int) -> None:
        self.value = value
        self.value_label.setText(QLocale().toString(value))
        alert = self.key in ALERT_KEYS and value > 0
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            # A dynamic property feeds the style sheet only after a re-polish.
            self.style().unpolish(self)
            self.style().polish(self)


# The tables the filters' lists are read from: a commit that writes none of them leaves the lists as they are.
LIST_TABLES = frozenset({"campaign", "region", "district", "settlement"})


class ListsVersion:
    """How many commits have changed what the filters offer, heard from the database's change feed.

    The feed calls on the committing thread, before the commit returns: the listener only counts, and the page reads
    the lists again on its next load. A plain object, not the page: the feed may outlive the page's widgets."""

    def __init__(self) -> None:
        self.version = 0
        self._unsubscribe: Callable[[], None] | None = None

    def attach(self, ctx: Context | None) -> None:
        """Listen to `ctx`'s database (None: to none) instead of the one listened to so far."""
        self.detach()
        self.version += 1  # another database: its lists are others
        if ctx is None:
            return
        from fieldapp.storage.changes import ANY  # brings SQLAlchemy, loaded with the database already

        def heard(tables: frozenset[str]) -> None:
            if ANY in tables or tables & LIST_TABLES:
                self.version += 1

        self._unsubscribe = ctx.db.changes.subscribe(heard)

    def detach(self, *_args: object) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def _day(day: QDate) -> date:
    from datetime import date

    return date(day.year(), day.month(), day.day())


class DashboardPage(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self._button_shortcuts = button_shortcuts(self, (self.ui.refreshButton, "F5"))
        self.setObjectName("page_dashboard")
        self._runner = runner
        self._ctx: Context | None = None
        # The page is painted before any figure exists: no scope or data objects yet (their domain types are loaded
        # with the first figures, dashboard_data). None: the whole database.
        self._scope: Scope | None = None
        self._generation = 0  # a result of an older load (another database) is dropped
        self._pending = False
        # The filters' lists are read with the first figures and again only after a commit that changed them (or
        # after F5): a change of scope alone counts the figures, not the lists.
        self._lists = ListsVersion()
        self._lists_shown = -1  # the version of the lists the filters offer (-1: none read yet)
        self.destroyed.connect(self._lists.detach)
        self.indicators: Indicators | None = None
        self._tiles: dict[str, Tile] | None = None  # made with the first figures: the start shows «loading» instead
        self.data: DashboardData | None = None
        self._overdue_widgets: list[QWidget] = []
        # The charts are made with the first figures to show (QtCharts is loaded then, not at start).
        self.charts: dict[str, BarChart] = {}
        ui = self.ui
        self._chart_places: dict[str, tuple[QGroupBox, QBoxLayout, QLabel]] = {
            "topics": (ui.topicsGroup, ui.topicsLayout, ui.topicsEmpty),
            "outcomes": (ui.outcomesGroup, ui.outcomesLayout, ui.outcomesEmpty),
            "districts": (ui.districtsGroup, ui.districtsLayout, ui.districtsEmpty),
        }
        ui.columnsLayout.setStretch(0, 5)
        ui.columnsLayout.setStretch(1, 4)
        ui.overdueGrid.setColumnStretch(0, 1)
        ui.refreshButton.clicked.connect(self.refresh)
        self._fill_choices((), ())
        today = QDate.currentDate()
        ui.fromEdit.setDate(QDate(today.year(), 1, 1))
        ui.toEdit.setDate(today)
        ui.fromEdit.setEnabled(False)
        ui.toEdit.setEnabled(False)
        ui.periodCheck.toggled.connect(ui.fromEdit.setEnabled)
        ui.periodCheck.toggled.connect(ui.toEdit.setEnabled)
        for combo in (ui.campaignCombo, ui.districtCombo):
            combo.currentIndexChanged.connect(self._scope_changed)
        ui.periodCheck.toggled.connect(self._scope_changed)
        ui.fromEdit.dateChanged.connect(self._scope_changed)
        ui.toEdit.dateChanged.connect(self._scope_changed)
        ui.contentStack.setCurrentWidget(ui.emptyPage)

    def _fill_choices(self, campaigns: tuple[tuple[str, str], ...], districts: tuple[tuple[str, str], ...]) -> None:
        """The filter pickers: «all» first, then what the database holds; the choice made stays chosen."""
        fill_combo(self.ui.campaignCombo, campaigns, self.tr("Все кампании"), tips=True)
        fill_combo(self.ui.districtCombo, districts, self.tr("Все районы"), tips=True)

    def scope(self) -> Scope:
        """The scope the filters ask for: tiles, charts and the overdue box all count this one."""
        from fieldapp.domain.indicators import Scope

        ui = self.ui
        campaign, district = ui.campaignCombo.currentData(), ui.districtCombo.currentData()
        start = end = None
        if ui.periodCheck.isChecked():
            start, end = _day(ui.fromEdit.date()), _day(ui.toEdit.date())
            if start > end:
                start, end = end, start
        return Scope(campaign_ids=frozenset({campaign}) if campaign else None,
                     district_ids=frozenset({district}) if district else None, date_from=start, date_to=end)

    def set_scope(self, scope: Scope) -> None:
        """Choose `scope` in the filters (a test, a link from another page) and count it."""
        ui = self.ui
        for combo, ids in ((ui.campaignCombo, scope.campaign_ids), (ui.districtCombo, scope.district_ids)):
            combo.blockSignals(True)
            index = combo.findData(next(iter(ids))) if ids else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        for edit, day in ((ui.fromEdit, scope.date_from), (ui.toEdit, scope.date_to)):
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        ui.periodCheck.blockSignals(True)
        ui.periodCheck.setChecked(scope.date_from is not None or scope.date_to is not None)
        ui.periodCheck.blockSignals(False)
        ui.fromEdit.setEnabled(ui.periodCheck.isChecked())
        ui.toEdit.setEnabled(ui.periodCheck.isChecked())
        self._scope_changed()

    def _scope_changed(self, *_args: object) -> None:
        self._scope = self.scope()
        self._show_scope()
        self.reload()

    def _show_scope(self) -> None:
        ui, scope = self.ui, self._scope
        parts = []
        if scope is not None and scope.campaign_ids:
            parts.append(ui.campaignCombo.currentText())
        if scope is not None and scope.district_ids:
            parts.append(ui.districtCombo.currentText())
        if scope is not None and (scope.date_from or scope.date_to):
            parts.append(f"{show_date(scope.date_from)} – {show_date(scope.date_to)}")
        ui.scopeLabel.setText(self.tr("Показатели: %1").replace("%1", " · ".join(parts)) if parts
                              else self.tr("Показатели по всей базе"))

    @property
    def tiles(self) -> dict[str, Tile]:
        """The indicator tiles by key, made when first needed (21 widgets nobody sees before the figures arrive)."""
        if self._tiles is None:
            self._tiles = {}
            for grid_name, columns, keys in TILE_GROUPS:
                grid: QGridLayout = getattr(self.ui, grid_name)
                for i, key in enumerate(keys):
                    tile = Tile(key, self)
                    grid.addWidget(tile, i // columns, i % columns)
                    self._tiles[key] = tile
                for column in range(columns):
                    grid.setColumnStretch(column, 1)
        return self._tiles

    @property
    def loading(self) -> bool:
        """True while a load runs (tests wait on it)."""
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self._lists.attach(ctx)
        self.indicators = None
        # Another database: its campaigns and districts are others, the filters start from the whole of it.
        self._fill_choices((), ())
        self.ui.periodCheck.blockSignals(True)
        self.ui.periodCheck.setChecked(False)
        self.ui.periodCheck.blockSignals(False)
        self.ui.fromEdit.setEnabled(False)
        self.ui.toEdit.setEnabled(False)
        self._scope = None
        self._show_scope()
        self.reload()

    def show_opening(self) -> None:
        """The database of the start is still opening: the figures are on their way, not missing."""
        self.ui.contentStack.setCurrentWidget(self.ui.loadingPage)

    def refresh(self) -> None:
        """F5: everything read again, the filters' lists too (a write the change feed did not hear: another
        program's)."""
        self._lists_shown = -1
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx = self._ctx
        if ctx is None:
            self._pending = False
            self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
            return
        from fieldapp.domain.indicators import Scope
        from fieldapp.ui.pages.dashboard_data import load_dashboard

        self._pending = True
        if self.indicators is None:
            self.ui.contentStack.setCurrentWidget(self.ui.loadingPage)
        scope = self._scope or Scope()
        # Read before the job starts: a commit that changes the lists while it runs makes the next load read them.
        version = self._lists.version
        lists = version != self._lists_shown
        # Stop and settlement names in the interface language.
        ctx = dataclasses.replace(ctx, lang=current_language())
        self._runner.start(
            lambda progress, cancel: load_dashboard(ctx, scope, progress, cancel, lists=lists),
            on_result=lambda result: self._show(generation, result, version),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, data: DashboardData, lists_version: int) -> None:
        from fieldapp.domain.indicators import Indicators, Scope

        if generation != self._generation:
            return
        self._pending = False
        if data.campaigns is not None and data.districts_offered is not None:
            self._fill_choices(data.campaigns, data.districts_offered)
            self._lists_shown = lists_version
        elif self.data is not None:  # the lists are those shown: the page's data keeps them
            data = dataclasses.replace(data, campaigns=self.data.campaigns,
                                       districts_offered=self.data.districts_offered)
        self.data = data
        self.indicators = indicators = data.indicators
        for key, value in indicators.as_dict().items():
            self.tiles[key].set_value(value)
        # An empty database has its own page; a scope that selects nothing shows its zeros.
        empty = indicators == Indicators() and (self._scope is None or self._scope == Scope())
        if not empty:
            self._show_today()
            self._show_overdue()
            self._draw_charts()
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.tilesPage)

    def _show_today(self) -> None:
        """Today's tour and stop (what the group is doing now); without one, the nearest planned stop."""
        from fieldapp.ui.pages.dashboard_data import status_label

        data, ui, lang = self.data, self.ui, current_language()
        if data is None:
            return
        ui.todayBox.setTitle(self.tr("Сегодня, %1").replace("%1", show_date(data.day)) if data.day
                             else self.tr("Сегодня"))
        lines = [self.tr("Выезд: %1 · остановка: %2 · %3").replace("%1", stop.tour).replace("%2", stop.title)
                 .replace("%3", status_label(stop.status, lang)) for stop in data.today]
        if not lines:
            lines.append(self.tr("Сегодня остановок нет."))
            upcoming = data.next_stop
            if upcoming is not None:
                lines.append(self.tr("Ближайшая: %1 · выезд: %2 · остановка: %3")
                             .replace("%1", show_date(upcoming.day)).replace("%2", upcoming.tour)
                             .replace("%3", upcoming.title))
            else:
                lines.append(self.tr("Запланированных остановок нет: создайте выезд и его маршрут в разделе "
                                     "«Выезды»."))
        ui.todayLabel.setText("\n".join(lines))

    def _show_overdue(self) -> None:
        """The overdue control items by name, the longest overdue first: the supervisor's first concern."""
        ui, data = self.ui, self.data
        if data is None:
            return
        for widget in self._overdue_widgets:
            ui.overdueGrid.removeWidget(widget)
            widget.deleteLater()
        self._overdue_widgets = []
        if not data.overdue:
            ui.overdueTitle.setText(self.tr("Просроченных вопросов нет."))
            set_state(ui.overdueTitle, "ok" if data.indicators.control_open else "")
            return
        ui.overdueTitle.setText(self.tr("Срок истёк — в первую очередь:"))
        set_state(ui.overdueTitle, "bad")
        for n, row in enumerate(data.overdue):
            title = QLabel(row.title, ui.controlGroup)
            title.setWordWrap(True)
            title.setToolTip("\n".join(p for p in (row.title, row.responsible_org_name, row.responsible_person,
                                                    row.settlement_name) if p))
            deadline = QLabel(self.tr("срок %1").replace("%1", show_date(row.deadline)), ui.controlGroup)
            late = QLabel(self.tr("просрочено на %1 раб. дн.").replace("%1", str(-row.days_left))
                          if row.days_left is not None and row.days_left < 0 else "", ui.controlGroup)
            set_state(late, "bad")
            for column, widget in enumerate((title, deadline, late)):
                ui.overdueGrid.addWidget(widget, n, column)
                self._overdue_widgets.append(widget)
        more = data.overdue_total - len(data.overdue)
        if more > 0:
            rest = QLabel(self.tr("…и ещё %1 — все в разделе «Контроль»").replace("%1", str(more)), ui.controlGroup)
            ui.overdueGrid.addWidget(rest, len(data.overdue), 0, 1, 3)
            self._overdue_widgets.append(rest)

    def _chart(self, key: str) -> BarChart:
        chart = self.charts.get(key)
        if chart is None:
            from fieldapp.ui.widgets.charts import BarChart

            group, layout, _empty = self._chart_places[key]
            chart = BarChart(f"{key}Chart", group)
            layout.addWidget(chart)
            self.charts[key] = chart
        return chart

    def chart_rows(self) -> dict[str, list[tuple[str, int]]]:
        """(label, value) of each chart's bars, top down, in the interface language."""
        from fieldapp.ui.pages.dashboard_data import OUTCOME_BARS, chart_label, topic_label

        data, lang = self.data, current_language()
        if data is None:
            return {"topics": [], "outcomes": [], "districts": []}
        ind = data.indicators
        return {
            "topics": [(topic_label(code, lang), count) for code, count in data.topics],
            "outcomes": ([(chart_label(outcome.label(lang)), getattr(ind, key)) for key, outcome in OUTCOME_BARS]
                         if ind.receptions else []),
            "districts": [(row.label(lang), row.indicators.activities) for row in data.districts],
        }

    def _draw_charts(self) -> None:
        names = {"topics": self.tr("Приёмов"), "outcomes": self.tr("Приёмов"), "districts": self.tr("Мероприятий")}
        for key, rows in self.chart_rows().items():
            _group, _layout, empty = self._chart_places[key]
            empty.setVisible(not rows)
            if not rows:
                if key in self.charts:
                    self.charts[key].hide()
                continue
            chart = self._chart(key)
            chart.show_bars(names[key], [label for label, _ in rows], [value for _, value in rows], fit_height=True)
            chart.show()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        report(self.window(), exc)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._lists_shown = -1  # their names are in the language of their load: the next load reads them anew
            self._show_scope()
            for tile in (self._tiles or {}).values():
                tile.retranslate()
            if self.data is not None:
                from fieldapp.domain.indicators import Indicators  # figures were shown: loaded with them

                if self.data.indicators != Indicators():
                    self._show_today()
                    self._show_overdue()
                    self._draw_charts()
        super().changeEvent(event)
