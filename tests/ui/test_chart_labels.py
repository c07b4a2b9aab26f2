"""Chart category labels in Kazakh (issue 18: «Құзыреті бойынша жі…», «Бизнеске грант нем…» on the dashboard): the
chart draws them in a column as wide as the longest label while the bars keep 40 % of the chart, and wraps a longer
one between words instead of cutting it, on charts of many bars too; the column follows the chart's width; each label
sits beside its bar, within its band. What is drawn is read back from the chart's scene."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Topic
from fieldapp.ui.widgets.charts import BAR_SHARE, FRAME_WIDTH, BarChart


def label_room(width: int) -> int:
    return int(width * (1 - BAR_SHARE)) - FRAME_WIDTH

LABELS = ["Түсіндірілді", "Құзыреті бойынша жіберілді", "Бизнеске грант немесе несие алу <мәселесі> & т.б."]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def drawn(chart: BarChart) -> list[str]:
    """The label column's texts, top down, lines joined by a space."""
    return [item.toPlainText().replace("\n", " ") for item in chart.label_items]


def assert_in_place(chart: BarChart) -> None:
    """Every label lies in the column left of the bars, within its bar's band, with no line wider than the column."""
    area = chart.chart().plotArea()
    band = area.height() / len(chart.labels)
    metrics = chart.label_metrics()
    for n, item in enumerate(chart.label_items):
        box = item.mapRectToScene(item.boundingRect())
        assert box.right() <= area.left(), (n, box, area)
        assert box.left() >= 0
        assert box.top() >= area.top() + band * n - 1 and box.bottom() <= area.top() + band * (n + 1) + 1, n
        for line in item.toPlainText().split("\n"):
            assert metrics.horizontalAdvance(line) <= chart.label_pixels() + 1, line


def test_a_long_label_wraps_whole_and_a_short_one_stays(qtbot: QtBot) -> None:
    chart = BarChart("outcomes")
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_bars("n", LABELS, [7, 3, 1], label_pixels=150, fit_height=True)
    settle()
    assert chart.label_pixels() == 150
    shown = chart.shown_labels()
    assert shown[0] == "Түсіндірілді"
    assert shown[1] == "Құзыреті бойынша\nжіберілді"  # whole, on two lines, not «Құзыреті бойынша жі…»
    assert drawn(chart) == LABELS  # every word there, the text from the data shown as it is, not as markup
    assert_in_place(chart)
    assert chart.labels == tuple(LABELS)  # the tooltip's full labels
    tall = chart.height()
    chart.show_bars("n", ["А", "Б", "В"], [7, 3, 1], label_pixels=150, fit_height=True)
    settle()
    assert chart.height() < tall  # rows of one-line labels take less height
    assert chart.label_pixels() < 40  # and the bars take the room short labels leave


def test_a_chart_of_many_bars_wraps_its_labels_to_the_room_its_width_gives(qtbot: QtBot) -> None:
    """The dashboard's topics in Kazakh: seventeen bars in a chart 440 pixels wide, none of them cut; a wider chart
    gives the column the longest label's width and puts every label on one line."""
    topics = [topic.label("kk") for topic in Topic]
    chart = BarChart("topics")
    qtbot.addWidget(chart)
    chart.resize(440, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_bars("n", topics, list(range(len(topics), 0, -1)), fit_height=True)
    settle()
    assert chart.label_pixels() == label_room(440)  # what the bars leave
    assert chart.chart().plotArea().width() >= 0.4 * 440
    assert drawn(chart) == topics
    assert any("\n" in item.toPlainText() for item in chart.label_items)
    assert_in_place(chart)
    narrow = chart.height()
    chart.resize(1000, chart.height())
    settle()
    assert chart.label_pixels() < 500 - 4
    assert not any("\n" in item.toPlainText() for item in chart.label_items)  # one line each
    assert chart.height() < narrow
    assert drawn(chart) == topics
    assert_in_place(chart)


def test_a_chart_the_page_sizes_cuts_a_label_only_to_the_lines_its_band_holds(qtbot: QtBot) -> None:
    chart = BarChart("results")
    qtbot.addWidget(chart)
    chart.resize(200, 160)
    chart.show()
    qtbot.waitExposed(chart)
    words = " ".join(["сөз"] * 40)
    chart.show_bars("n", ["1. " + words, "2. Иә", "3. Жоқ"], [1, 2, 3])
    settle()
    first = chart.label_items[0].toPlainText()
    assert first.endswith("…") and first.startswith("1. сөз")
    assert_in_place(chart)
    chart.resize(200, 1200)
    settle()
    assert drawn(chart)[0] == "1. " + words  # a taller chart shows it whole
    assert_in_place(chart)


def test_a_scroll_bar_coming_and_going_beside_the_chart_does_not_rewrap_its_labels(qtbot: QtBot) -> None:
    """A few pixels more width keep the labels as they are (re-wrapped, the chart's height would change and the
    page's scroll bar with it, and back); less width wraps them again to the room there is."""
    topics = [topic.label("kk") for topic in Topic]
    chart = BarChart("topics")
    qtbot.addWidget(chart)
    chart.resize(440, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_bars("n", topics, list(range(len(topics), 0, -1)), fit_height=True)
    settle()
    shaped, height = [item.toPlainText() for item in chart.label_items], chart.height()
    column = chart.chart().margins().left()
    chart.resize(456, height)  # the page's scroll bar went away
    settle()
    assert chart.label_pixels() > label_room(440)  # there would be room for a wider column…
    assert chart.chart().margins().left() == column  # …but the column stays
    assert [item.toPlainText() for item in chart.label_items] == shaped and chart.height() == height
    assert_in_place(chart)
    chart.resize(400, height)
    settle()
    assert chart.label_pixels() == label_room(400)
    assert all(chart.label_metrics().horizontalAdvance(line) <= label_room(400)
               for item in chart.label_items for line in item.toPlainText().split("\n"))
    assert drawn(chart) == topics
    assert_in_place(chart)
