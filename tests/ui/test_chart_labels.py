"""Chart category labels in Kazakh: a label too long for its column wraps onto two lines instead of being cut
(issue 18: «Құзыреті бойынша жі…» on the dashboard's outcome chart), and the bar keeps the full label."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from fieldapp.ui.widgets.charts import BarChart

LABELS = ["Түсіндірілді", "Құзыреті бойынша жіберілді", "Бизнеске грант немесе несие алу <мәселесі> & т.б."]


def test_a_long_label_wraps_onto_two_lines_and_a_short_one_stays(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = BarChart("outcomes")
    qtbot.addWidget(chart)
    chart.show_bars("n", LABELS, [7, 3, 1], label_pixels=150, fit_height=True)
    assert chart.category_axis is not None
    shown = list(reversed(chart.category_axis.categories()))  # the axis lists them bottom up
    assert shown[0] == "Түсіндірілді"
    assert shown[1] == "Құзыреті бойынша<br>жіберілді"  # whole, on two lines, not «Құзыреті бойынша жі…»
    # Text from the data is escaped once the label is rich text; the rest of a long one is cut on its second line.
    first, second = shown[2].split("<br>")
    assert "&lt;" in second or "&lt;" in first or second.endswith("…")
    metrics = QFontMetrics(chart.chart().font())
    for line in (first, second):
        plain = line.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        assert metrics.horizontalAdvance(plain) <= 150
    assert chart.labels == tuple(LABELS)  # the tooltip's full labels
    two_lines = chart.height()
    chart.show_bars("n", ["А", "Б", "В"], [7, 3, 1], label_pixels=150, fit_height=True)
    assert chart.height() < two_lines  # rows of two-line labels are given their height
