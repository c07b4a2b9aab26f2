"""Horizontal bar charts (QtCharts) the pages share: bars from zero, the first category on top, the value at the end
of each bar, and a column of category labels as wide as the longest one (as far as the bars leave room), wrapped
between words when the chart is narrower; the full label is also in the bar's tooltip."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter, QResizeEvent, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QToolTip, QWidget

from fieldapp.ui.widgets.common import show_number

BAR_COLOUR = QColor("#1f6f8b")
LABEL_COLOUR = QColor("#1f2933")
VALUE_COLOUR = QColor("#1f3b57")
MARGIN = 4
# QtCharts' own category labels get at most 40 % of the chart's width (maxAxisPortion in its chartlayout.cpp) and are
# cut with «...» beyond it, so the chart draws its labels itself, in a column it sizes: as wide as the longest label
# while the bars keep this share of the chart.
BAR_SHARE = 0.4
FRAME_WIDTH = 64  # the margins, the gap before the bars, the axis line and the last value label's overhang
LABEL_GAP = 8  # between the label column and the bars
LEAST_LABEL_PIXELS = 60
# The labels are wrapped again when the chart gets narrower, or wider by more than this: a scroll bar that comes
# and goes beside a chart must not re-wrap them (their height would change and bring it back).
RESHAPE_SLACK = 24
BAND_PADDING = 6  # a band holds its label's lines and this much more: two-line labels of 17 topics fit a 1280×800 page
FRAME_HEIGHT = 48  # the value axis and the margins around the bars (measured: 47.5 on QtCharts 6.12)


def elide(text: str, metrics: QFontMetrics, pixels: int) -> str:
    """`text` cut with «…» to `pixels` wide."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, pixels)


def wrap_lines(text: str, metrics: QFontMetrics, pixels: int, most: int = 0) -> list[str]:
    """`text` broken between words into lines at most `pixels` wide; with `most`, at most that many lines, the last
    one cut with «…» when the rest does not fit. A single word wider than the room is cut too."""
    lines: list[str] = []
    line = ""
    words = text.split()
    for n, word in enumerate(words):
        trial = f"{line} {word}".strip()
        if line and metrics.horizontalAdvance(trial) > pixels:
            if most and len(lines) == most - 1:
                return [*lines, elide(" ".join([line, *words[n:]]), metrics, pixels)]
            lines.append(elide(line, metrics, pixels))
            line = word
        else:
            line = trial
    lines.append(elide(line, metrics, pixels))
    return lines


class BarChart(QChartView):
    """A chart view holding one horizontal bar series; `show_bars` replaces what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None, colour: QColor = BAR_COLOUR) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(MARGIN, MARGIN, MARGIN, MARGIN))
        chart.setBackgroundRoundness(0)
        super().__init__(chart, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.colour = colour
        self.labels: tuple[str, ...] = ()  # full labels, top down
        self.values: tuple[int, ...] = ()  # top down
        self.bar_set: QBarSet | None = None
        self.category_axis: QBarCategoryAxis | None = None
        self.value_axis: QValueAxis | None = None
        self.label_items: list[QGraphicsTextItem] = []  # top down
        self._label_pixels: int | None = None
        self._column = 0  # the label column's width the labels were shaped for
        self._fit_height = False
        chart.plotAreaChanged.connect(self._place_labels)

    # -- the label column -------------------------------------------------------------------------------------------

    def label_metrics(self) -> QFontMetrics:
        return QFontMetrics(self.chart().font())

    def label_pixels(self) -> int:
        """The width of the label column now: the longest label's, within what the bars leave (or `label_pixels` the
        caller asked for, when that is less)."""
        widest = max((self.label_metrics().horizontalAdvance(text) for text in self.labels), default=0)
        room = max(LEAST_LABEL_PIXELS, int(self.width() * (1 - BAR_SHARE)) - FRAME_WIDTH)
        if self._label_pixels:
            room = min(room, self._label_pixels)
        return min(widest + 1, room)

    def shown_labels(self, pixels: int | None = None) -> list[str]:
        """The labels as the column shows them (`pixels` wide; by default as wide as it is now), top down, lines
        apart by "\\n"."""
        metrics, pixels = self.label_metrics(), pixels or self.label_pixels()
        return ["\n".join(wrap_lines(text, metrics, pixels)) for text in self.labels]

    def fitting_height(self, bars: int, least: int = 150, lines: int = 1) -> int:
        """The height that gives each of `bars` bars room for its label of `lines` lines."""
        return max(least, FRAME_HEIGHT + (self.label_metrics().lineSpacing() * lines + BAND_PADDING) * bars)

    def _shape_labels(self) -> None:
        """Fit the label column to the chart's width: wrap the labels, make room for them left of the bars and, with
        `fit_height`, take the height their lines need."""
        for item in self.label_items:
            if item.scene() is not None:
                item.scene().removeItem(item)  # and so out of the chart's children
        self.label_items = []
        self._column = pixels = self.label_pixels()
        shown = self.shown_labels(pixels)
        for text in shown:
            item = QGraphicsTextItem(self.chart())
            item.setDefaultTextColor(LABEL_COLOUR)
            item.setFont(self.chart().font())
            item.document().setDocumentMargin(0)
            item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignRight))
            item.setPlainText(text)
            # A little wider than the lines are wrapped to: the document measures its text a fraction of a pixel
            # wider than QFontMetrics does, and must not wrap a line again.
            item.setTextWidth(pixels + LABEL_GAP // 2)
            self.label_items.append(item)
        self.chart().setMargins(QMargins(MARGIN + pixels + LABEL_GAP, MARGIN, MARGIN, MARGIN))
        if self._fit_height:
            lines = max((text.count("\n") + 1 for text in shown), default=1)
            self.setFixedHeight(self.fitting_height(len(self.values), lines=lines))
        self._place_labels(self.chart().plotArea())

    def _place_labels(self, area: QRectF) -> None:
        """Each label beside its bar, in the middle of the bar's band; a label taller than its band (a chart whose
        height the page sets) is cut to the lines the band holds."""
        if not self.label_items or area.height() <= 0:
            return
        if self._reshape_due():  # the chart's width changed before the view's resize event came
            self._shape_labels()
            return
        pixels = self._column
        band = area.height() / len(self.label_items)
        metrics = self.label_metrics()
        fits = max(1, int((band - BAND_PADDING / 2) // metrics.lineSpacing()))
        for n, (item, text) in enumerate(zip(self.label_items, self.labels, strict=True)):
            shown = "\n".join(wrap_lines(text, metrics, pixels, fits))
            if item.toPlainText() != shown:
                item.setPlainText(shown)
            height = item.boundingRect().height()
            item.setPos(MARGIN, area.top() + band * (n + 0.5) - height / 2)

    # -- the bars ---------------------------------------------------------------------------------------------------

    def show_bars(self, name: str, labels: Sequence[str], values: Sequence[int], label_pixels: int | None = None,
                  fit_height: bool = False) -> None:
        """Bars for `labels` and `values`, the first on top. The label column is as wide as the longest label, up to
        what the bars leave or `label_pixels`; longer labels wrap. The full label is the bar's tooltip. With
        `fit_height` the view takes the height its bars and their labels' lines need."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.labels, self.values = tuple(labels), tuple(int(v) for v in values)
        self._label_pixels, self._fit_height = label_pixels, fit_height
        # A horizontal bar chart lists its categories from the bottom up: reversed, the first is on top.
        bars = QBarSet(name)
        bars.setColor(self.colour)
        bars.setLabelColor(VALUE_COLOUR)
        for value in reversed(self.values):
            bars.append(value)
        bars.hovered.connect(self._hovered)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(_unique(reversed(self.labels)))
        categories.setLabelsVisible(False)  # the label column shows them
        values_axis = QValueAxis()
        top = max(self.values, default=0)
        values_axis.setLabelFormat("%d")
        if top <= 5:
            # Whole numbers only: a nice range of 0…1.2 would label its ticks 0, 0, 0, 1, 1.
            values_axis.setRange(0, top + 1)
            values_axis.setTickCount(top + 2)
        else:
            # From zero, or the smallest bar would look like nothing; room on the right for the value labels.
            values_axis.setRange(0, top * 1.15)
            values_axis.applyNiceNumbers()
            values_axis.setMin(0)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values_axis)
        self.bar_set, self.category_axis, self.value_axis = bars, categories, values_axis
        self._shape_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.labels and self._reshape_due():
            self._shape_labels()

    def _reshape_due(self) -> bool:
        pixels = self.label_pixels()
        return pixels < self._column or pixels > self._column + RESHAPE_SLACK

    def _hovered(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self.labels):
            QToolTip.hideText()
            return
        row = len(self.labels) - 1 - index
        QToolTip.showText(QCursor.pos(), f"{self.labels[row]}: {show_number(self.values[row])}", self)


def _unique(labels: Iterable[str]) -> list[str]:
    """Category names as the axis needs them, distinct (it drops a repeated one, and its bar with it): two districts
    of the same name in different regions get a zero-width space apiece."""
    seen: set[str] = set()
    out: list[str] = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        out.append(label)
    return out
