"""The map page: stops, signals and control items on Kazakhstan's regions, offline (map_view.py says why a graphics
scene and not QtLocation). The page only asks: the points of a filter come from services.map_points, the outlines
from services.map_geometry; a click on a point asks the window to open its record."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from fieldapp.domain.enums import SignalKind, SignalStatus
from fieldapp.services import campaigns
from fieldapp.services.campaigns import CampaignInfo
from fieldapp.services.context import Context
from fieldapp.services.map_geometry import RegionShape, load_regions
from fieldapp.services.map_points import CONTROL, LAYERS, SIGNALS, STOPS, MapFilter, MapPoints, map_points
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_map_page import Ui_MapPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.map_view import CONTROL_COLOURS, SIGNAL_COLOURS, STOP_COLOURS, ZOOM_STEP, MapView
from fieldapp.ui.widgets.common import fill_enum_combo, set_state
from fieldapp.ui.workers import Runner

PERIODS = (0, 7, 30, 90, 365)  # days back from today; 0: all time


@lru_cache(maxsize=1)
def bundled_regions() -> tuple[RegionShape, ...]:
    return load_regions()


@dataclass(frozen=True)
class MapData:
    points: MapPoints
    campaigns: tuple[CampaignInfo, ...]


def load_map(ctx: Context, wanted: MapFilter, progress: Progress, cancel: CancelToken) -> MapData:
    """The worker job: the points of the filter and the campaigns to choose from."""
    cancel.check()
    return MapData(map_points(ctx, wanted), campaigns.list_campaigns(ctx))


class MapPage(QWidget):
    openSignal = Signal(str)  # a signal id: the window shows it on the signals page
    openStop = Signal(str)  # a stop id: the window shows it on the stop page
    openControl = Signal(str)  # a control item id (the first overdue of the settlement): the control page

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MapPage()
        self.ui.setupUi(self)
        self.setObjectName("page_map")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self._wanted: tuple[str, str] | None = None  # (layer, id) to centre on once loaded
        self._placed = False  # the first points of a database are brought into view once
        self.data: MapData | None = None
        self.view = MapView(self)
        self.ui.mapLayout.addWidget(self.view)
        self.view.set_regions(bundled_regions(), current_language())
        self.layer_checks = {SIGNALS: self.ui.signalsCheck, STOPS: self.ui.stopsCheck, CONTROL: self.ui.controlCheck}
        self._fill_periods()
        fill_enum_combo(self.ui.kindCombo, SignalKind, none_label=self.tr("все виды"))
        self._connect()
        self._retranslate()
        self.ui.hintLabel.hide()

    def _connect(self) -> None:
        ui = self.ui
        ui.campaignCombo.currentIndexChanged.connect(self._filters_changed)
        ui.periodCombo.currentIndexChanged.connect(self._filters_changed)
        ui.kindCombo.currentIndexChanged.connect(self._filters_changed)
        ui.signalsCheck.toggled.connect(ui.kindCombo.setEnabled)
        for check in self.layer_checks.values():
            check.toggled.connect(self._filters_changed)
        ui.zoomInButton.clicked.connect(lambda: self.view.zoom(ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self.view.zoom(1 / ZOOM_STEP))
        ui.fitButton.clicked.connect(self.view.fit)
        self.view.pointActivated.connect(self.open_point)
        self.shortcuts: list[QShortcut] = []
        for sequence, slot in (("+", lambda: self.view.zoom(ZOOM_STEP)), ("=", lambda: self.view.zoom(ZOOM_STEP)),
                               ("-", lambda: self.view.zoom(1 / ZOOM_STEP)), ("0", self.view.fit),
                               ("F5", self.reload)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        current = combo.currentData()
        labels = {0: self.tr("за всё время"), 7: self.tr("за 7 дней"), 30: self.tr("за 30 дней"),
                  90: self.tr("за 90 дней"), 365: self.tr("за год")}
        combo.blockSignals(True)
        try:
            combo.clear()
            for days in PERIODS:
                combo.addItem(labels[days], days)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        finally:
            combo.blockSignals(False)

    def _fill_campaigns(self, found: tuple[CampaignInfo, ...]) -> None:
        combo = self.ui.campaignCombo
        current = combo.currentData()
        lang = current_language()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("все"), None)
            for campaign in found:
                combo.addItem(campaign.title(lang), campaign.id)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)

    # -- loading --------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    def filters(self) -> MapFilter:
        layers = frozenset(layer for layer, check in self.layer_checks.items() if check.isChecked())
        days = self.ui.periodCombo.currentData() or 0
        since = None
        if days and self._ctx is not None:
            since = self._ctx.today() - timedelta(days=days - 1)
        return MapFilter(self.ui.campaignCombo.currentData(), since, None, layers, self.ui.kindCombo.currentData())

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.ui.campaignCombo.blockSignals(True)
        self.ui.campaignCombo.clear()
        self.ui.campaignCombo.blockSignals(False)
        self.view.set_points(())
        self._placed = False
        self.reload()

    def _filters_changed(self, *_args: object) -> None:
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._pending = False
            self._show(generation, MapData(MapPoints((), {}), ()))
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        wanted = self.filters()
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_map(ctx, wanted, progress, cancel)),
                           on_result=self._on_loaded, on_error=self._failed)

    def _on_loaded(self, result: tuple[int, MapData]) -> None:
        self._show(*result)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    def _show(self, generation: int, data: MapData) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self.data = data
        self._fill_campaigns(data.campaigns)
        self.view.set_points(data.points.points)
        self._show_counts(data.points)
        if self._wanted is not None:
            layer, record_id = self._wanted
            self._wanted = None
            if not self.view.center_on(layer, record_id):
                self._say_not_on_map()
        elif not self._placed and data.points.points:
            self.view.fit_points()
        self._placed = self._placed or bool(data.points.points)

    def _show_counts(self, found: MapPoints) -> None:
        ui = self.ui
        by_layer = {layer: sum(p.layer == layer for p in found.points) for layer in LAYERS}
        parts = []
        if SIGNALS in found.unplaced:
            parts.append(self.tr("сигналов: %1").replace("%1", str(by_layer[SIGNALS])))
        if STOPS in found.unplaced:
            parts.append(self.tr("остановок: %1").replace("%1", str(by_layer[STOPS])))
        if CONTROL in found.unplaced:
            parts.append(self.tr("мест с вопросами на контроле: %1").replace("%1", str(by_layer[CONTROL])))
        text = self.tr("На карте — %1").replace("%1", ", ".join(parts)) if parts else self.tr("Ничего не выбрано")
        if found.total_unplaced:
            text += " · " + self.tr("без координат: %1").replace("%1", str(found.total_unplaced))
        ui.countLabel.setText(text)
        hint = ""
        if self._ctx is not None and found.total_unplaced and not found.points:
            hint = self.tr(
                "Ни у одной записи нет координат, поэтому точек на карте нет. Укажите широту и долготу населённых "
                "пунктов («Настройка» → «Населённые пункты»): остановки и вопросы на контроле встанут на карту по "
                "своему населённому пункту. Сигналу можно вставить координаты из сообщения на странице «Сигналы».")
        elif self._ctx is not None and found.total_unplaced:
            hint = self.tr(
                "Часть записей без координат не показана (%1). Укажите широту и долготу их населённых пунктов в "
                "«Настройке» или координаты сигнала на странице «Сигналы».").replace("%1", str(found.total_unplaced))
        elif self._ctx is not None and not found.points and found.unplaced:
            hint = self.tr("Для этого фильтра записей нет: выберите другую кампанию, период или слои.")
        ui.hintLabel.setText(hint)
        ui.hintLabel.setVisible(bool(hint))
        set_state(ui.hintLabel, "warn" if found.total_unplaced else "")

    def _say_not_on_map(self) -> None:
        hint = self.ui.hintLabel
        hint.setText(self.tr(
            "Этой записи нет на карте: у неё нет координат. Укажите координаты сигнала на странице «Сигналы» или "
            "широту и долготу населённого пункта в «Настройке»."))
        hint.setVisible(True)
        set_state(hint, "warn")

    # -- what the page is asked --------------------------------------------------------------------------------------

    def show_record(self, layer: str, record_id: str) -> None:
        """Centre the map on a signal's or a stop's point (asked for by «Показать на карте»): its layer is turned on
        and the campaign, period and kind filters opened up, so that the point is on the map."""
        self._wanted = (layer, record_id)
        ui = self.ui
        for widget in (ui.campaignCombo, ui.periodCombo, ui.kindCombo, *self.layer_checks.values()):
            widget.blockSignals(True)
        try:
            ui.campaignCombo.setCurrentIndex(0)
            ui.periodCombo.setCurrentIndex(0)
            ui.kindCombo.setCurrentIndex(0)
            self.layer_checks[layer].setChecked(True)
        finally:
            for widget in (ui.campaignCombo, ui.periodCombo, ui.kindCombo, *self.layer_checks.values()):
                widget.blockSignals(False)
        ui.kindCombo.setEnabled(ui.signalsCheck.isChecked())
        self.reload()

    def open_point(self, layer: str, record_id: str) -> None:
        """A click on a point: its record, on its own page."""
        if layer == SIGNALS:
            self.openSignal.emit(record_id)
        elif layer == STOPS:
            self.openStop.emit(record_id)
        elif layer == CONTROL:
            item = self.view.item_of(layer, record_id)
            if item is not None and item.point.item_ids:
                self.openControl.emit(item.point.item_ids[0])

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_periods()
            fill_enum_combo(self.ui.kindCombo, SignalKind, none_label=self.tr("все виды"))
            self._retranslate()
            self.view.set_regions(bundled_regions(), current_language())
            if self.data is not None:
                self.reload()  # the points' labels are in the language of the page
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = current_language()

        def mark(colour: str, symbol: str, text: str, hollow: bool = False) -> str:
            shown = {"●": "○", "■": "□", "◆": "◇"}[symbol] if hollow else symbol
            return f'<span style="color:{colour}; font-size:13pt">{shown}</span>&nbsp;{text}'

        signals_part = " ".join(mark(SIGNAL_COLOURS[s.value], "●", s.label(lang)) for s in SignalStatus)
        stops_part = " ".join((mark(STOP_COLOURS["held"], "■", self.tr("проведена")),
                               mark(STOP_COLOURS["planned"], "■", self.tr("запланирована"), hollow=True)))
        control_part = " ".join((mark(CONTROL_COLOURS["overdue"], "◆", self.tr("просрочено")),
                                 mark(CONTROL_COLOURS["open"], "◆", self.tr("на контроле")),
                                 mark(CONTROL_COLOURS["closed"], "◆", self.tr("решено"))))
        self.ui.legendLabel.setText(
            f"<b>{self.tr('Сигналы')}:</b> {signals_part} &nbsp;&nbsp; <b>{self.tr('Остановки')}:</b> {stops_part}"
            f" &nbsp;&nbsp; <b>{self.tr('Контроль')}:</b> {control_part}")
        self.ui.legendLabel.setToolTip(self.tr(
            "Колёсико мыши или + и − меняют масштаб, перетаскивание сдвигает карту, 0 — вся страна. Щелчок по точке "
            "открывает её запись. Границы областей: Natural Earth (до 2022 года, см. resources/boundaries)."))
