"""The overview page: the indicator tiles of the open database, counted by the one builder on a worker thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from fieldapp.domain.indicators import Indicators, Scope, indicator_label
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_indicators
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_dashboard import Ui_DashboardPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import button_shortcuts
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

# Which tiles sit in which group box of the form, and in how many columns. Overdue items come first: they are the
# supervisor's first concern.
TILE_GROUPS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("controlGrid", 3, ("control_overdue", "control_open", "control_resolved")),
    ("receptionGrid", 6, ("receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control")),
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
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label, 1)
        self.value: int | None = None
        self.retranslate()

    def retranslate(self) -> None:
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


def load_indicators(ctx: Context, scope: Scope, progress: Progress, cancel: CancelToken) -> Indicators:
    """The worker job: count everything in `scope`."""
    cancel.check()
    return build_indicators(ctx, scope)


class DashboardPage(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self._button_shortcuts = button_shortcuts(self, (self.ui.refreshButton, "F5"))
        self.setObjectName("page_dashboard")
        self._runner = runner
        self._ctx: Context | None = None
        self._scope = Scope()
        self._generation = 0  # a result of an older load (another database) is dropped
        self._pending = False
        self.indicators: Indicators | None = None
        self.tiles: dict[str, Tile] = {}
        for grid_name, columns, keys in TILE_GROUPS:
            grid: QGridLayout = getattr(self.ui, grid_name)
            for i, key in enumerate(keys):
                tile = Tile(key, self)
                grid.addWidget(tile, i // columns, i % columns)
                self.tiles[key] = tile
            for column in range(columns):
                grid.setColumnStretch(column, 1)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)

    @property
    def loading(self) -> bool:
        """True while a load runs (tests wait on it)."""
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.indicators = None
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx = self._ctx
        if ctx is None:
            self._pending = False
            self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
            return
        self._pending = True
        if self.indicators is None:
            self.ui.contentStack.setCurrentWidget(self.ui.loadingPage)
        scope = self._scope
        self._runner.start(
            lambda progress, cancel: load_indicators(ctx, scope, progress, cancel),
            on_result=lambda result: self._show(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _show(self, generation: int, indicators: Indicators) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.indicators = indicators
        for key, value in indicators.as_dict().items():
            self.tiles[key].set_value(value)
        empty = indicators == Indicators()
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.tilesPage)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        report(self.window(), exc)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for tile in self.tiles.values():
                tile.retranslate()
        super().changeEvent(event)
