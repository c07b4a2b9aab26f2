"""Horizontal bar charts (QtCharts) the pages share: bars from zero, the first category on top, the value at the end
of each bar, long category labels on two lines (or elided) with the full label in the bar's tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from fieldapp.ui.widgets.common import show_number

BAR_COLOUR = QColor("#1f6f8b")
VALUE_COLOUR = QColor("#1f3b57")
FRAME_HEIGHT = 56  # the value axis and the margins around the bars
# QtCharts replaces a category label taller than its band (less its padding) by «...»: a band holds the label's line
# and this much more.
BAND_PADDING = 16
WRAP_BARS = 8  # charts of at most this many bars wrap a long label onto a second line


def elide(text: str, view: QChartView, pixels: int) -> str:
    """`text` cut with «…» to `pixels` wide in the chart's axis font."""
    font = view.chart().font()
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, pixels)


def wrapped(text: str, view: QChartView, pixels: int) -> str:
    """`text` as a category label at most `pixels` wide: as it is when it fits, else on two lines (the axis shows
    rich text; the second line cut with «…» if it is still too long)."""
    metrics = QFontMetrics(view.chart().font())
    if metrics.horizontalAdvance(text) <= pixels:
        return text
    words = text.split()
    first = ""
    for n, word in enumerate(words):
        trial = f"{first} {word}".strip()
        if first and metrics.horizontalAdvance(trial) > pixels:
            rest = " ".join(words[n:])
            return (escape(metrics.elidedText(first, Qt.TextElideMode.ElideRight, pixels)) + "<br>"
                    + escape(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, pixels)))
        first = trial
    return elide(text, view, pixels)  # one long word: nothing to break at


class BarChart(QChartView):
    """A chart view holding one horizontal bar series; `show_bars` replaces what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None, colour: QColor = BAR_COLOUR) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
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

    def fitting_height(self, bars: int, least: int = 150, lines: int = 1) -> int:
        """The height that gives each of `bars` bars room for its label of `lines` lines."""
        font = self.category_axis.labelsFont() if self.category_axis is not None else self.chart().font()
        return max(least, FRAME_HEIGHT + (QFontMetrics(font).height() * lines + BAND_PADDING) * bars)

    def show_bars(self, name: str, labels: Sequence[str], values: Sequence[int], label_pixels: int | None = None,
                  shown_labels: Sequence[str] | None = None, fit_height: bool = False) -> None:
        """Bars for `labels` and `values`, the first on top. Labels are elided to `label_pixels` (or shown as
        `shown_labels` when the caller shapes them itself); the full label is the bar's tooltip. With `fit_height`
        the view takes the height its bars need."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.labels, self.values = tuple(labels), tuple(int(v) for v in values)
        if shown_labels is None:
            # A few bars have room for two lines each; a long list keeps one, so the chart still fits the page.
            fit = wrapped if len(self.labels) <= WRAP_BARS else elide
            shown_labels = [fit(t, self, label_pixels) if label_pixels else t for t in self.labels]
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
        categories.append(list(reversed(list(shown_labels))))
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
        if fit_height:
            lines = 2 if any("<br>" in label for label in shown_labels) else 1
            self.setFixedHeight(self.fitting_height(len(self.values), lines=lines))

    def _hovered(self, status: bool, index: int) -> None:
        if not status or not 0 <= index < len(self.labels):
            QToolTip.hideText()
            return
        row = len(self.labels) - 1 - index
        QToolTip.showText(QCursor.pos(), f"{self.labels[row]}: {show_number(self.values[row])}", self)
