"""The overview page counts a real database through the one indicator builder, off the GUI thread: the tiles, today's
stop, the overdue items by name and the charts, whose bars are the builder's figures and fit a 1280×800 window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from demo_data import DEMO_TODAY, copy_demo
from pages_data import TODAY, Field
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fieldapp.domain.enums import Outcome
from fieldapp.domain.indicators import INDICATOR_KEYS
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_breakdown, build_indicators, build_topic_counts
from fieldapp.storage.database import open_database
from fieldapp.storage.tables import StopHeadcount
from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.pages.dashboard_data import chart_label, topic_label
from fieldapp.ui.workers import Runner

WindowFactory = Callable[..., MainWindow]


pytestmark = pytest.mark.usefixtures("as_demo_coordinator")  # the demo is read-only without an account


def test_dashboard_shows_the_figures_of_the_database(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path, small_figures: dict[str, int]
) -> None:
    window = make_window(small_db)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading)

    assert page.ui.contentStack.currentWidget() is page.ui.tilesPage
    assert set(page.tiles) == set(INDICATOR_KEYS)
    shown = {key: int(tile.value_label.text().replace("\xa0", "").replace(" ", "")) for key, tile in page.tiles.items()}
    assert shown == small_figures
    assert page.tiles["residents_came"].caption_label.text() == "Пришло жителей"
    # An overdue control item is flagged; a zero is not.
    assert page.tiles["control_overdue"].property("alert") is True
    assert page.tiles["referred"].property("alert") is False
    # The overdue item by name, first thing in the control box.
    first = page.ui.overdueGrid.itemAtPosition(0, 0).widget()
    assert first.text() == "Водоснабжение аула"
    assert page.ui.overdueGrid.itemAtPosition(0, 1).widget().text() == "срок " + QLocale().toString(
        page.data.overdue[0].deadline, QLocale.FormatType.ShortFormat)
    # The register's count and order: as many as the indicator says, the longest overdue first.
    assert page.data.overdue_total == small_figures["control_overdue"] >= len(page.data.overdue)
    assert [r.deadline for r in page.data.overdue] == sorted(r.deadline for r in page.data.overdue)
    assert all(r.overdue for r in page.data.overdue)


def test_refresh_recounts_after_a_change(make_window: WindowFactory, qtbot: QtBot, small_db: Path) -> None:
    window = make_window(small_db)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading)
    assert window.ctx is not None
    with window.ctx.db.session() as s:  # through the ORM, as every app write goes (and is captured for sync)
        for row in s.scalars(select(StopHeadcount)):
            row.count += 1000

    qtbot.mouseClick(page.ui.refreshButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading)

    assert page.tiles["residents_came"].value == 2600
    assert page.tiles["residents_came"].value_label.text() == QLocale().toString(2600)


def test_an_empty_database_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.db", create=True)
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(Context(db=db))
    try:
        assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
        assert "Выезды" in page.ui.emptyText.text() and "Открыть демо" in page.ui.emptyText.text()
    finally:
        db.close()


def test_without_a_database_the_page_is_empty_not_broken(qtbot: QtBot) -> None:
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(None)
    assert not page.loading
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage


@pytest.fixture
def demo_ctx(demo_file: Path, tmp_path: Path) -> Iterator[Context]:
    db = open_database(copy_demo(demo_file, tmp_path))
    yield Context(db=db, blobs=tmp_path / "blobs", clock=lambda: datetime.combine(DEMO_TODAY, time(10)))
    db.close()


def bars_of(page: DashboardPage, key: str) -> list[tuple[str, int]]:
    """(label, value) of a chart's bars top down, read from the bar series itself (it lists them bottom up)."""
    chart = page.charts[key]
    assert chart.bar_set is not None and chart.category_axis is not None
    values = [int(chart.bar_set.at(i)) for i in range(chart.bar_set.count())][::-1]
    return list(zip(chart.labels, values, strict=True))


def test_the_charts_show_the_figures_of_the_one_builder(qtbot: QtBot, demo_ctx: Context) -> None:
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(demo_ctx)
    indicators = build_indicators(demo_ctx)
    assert page.indicators == indicators

    topics = build_topic_counts(demo_ctx)
    assert len(topics) > 5
    assert bars_of(page, "topics") == [(topic_label(code, "ru"), n) for code, n in topics.items()]
    assert sum(n for _, n in bars_of(page, "topics")) == indicators.receptions
    assert bars_of(page, "outcomes") == [
        ("Разъяснено", indicators.explained), ("Решено на месте", indicators.resolved_on_spot),
        ("Оказана помощь", indicators.helped), ("Направлено по компетенции", indicators.referred),
        ("Взято на контроль", indicators.under_control)]
    districts = {r.label("ru"): r.indicators.activities for r in build_breakdown(demo_ctx, None, "district")
                 if r.indicators.activities}
    shown = bars_of(page, "districts")
    assert dict(shown) == districts and len(shown) == len(districts) > 1
    assert [n for _, n in shown] == sorted(districts.values(), reverse=True)  # the most active on top
    assert sum(districts.values()) == indicators.activities
    for chart in page.charts.values():
        assert chart.value_axis is not None and chart.value_axis.min() == 0  # bars start at zero
    assert all(label.isHidden() for label in (page.ui.topicsEmpty, page.ui.outcomesEmpty, page.ui.districtsEmpty))

    # In Kazakh the same figures under Kazakh labels.
    i18n.switch_language("kk")
    QApplication.processEvents()
    assert bars_of(page, "topics") == [(topic_label(code, "kk"), n) for code, n in topics.items()]
    assert bars_of(page, "outcomes")[2] == (chart_label(Outcome.HELPED.label("kk")), indicators.helped)
    assert bars_of(page, "outcomes")[2][0] == "Көмек көрсетілді"


def test_today_shows_the_tour_and_stop_of_the_day(qtbot: QtBot, field: Field) -> None:
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(field.ctx)
    assert page.ui.contentStack.currentWidget() is page.ui.tilesPage
    text = page.ui.todayLabel.text()
    assert "Жамбылский район, неделя 1" in text and "Аса — Сельский клуб" in text
    assert page.ui.todayBox.title().startswith("Сегодня, ")
    assert page.ui.overdueTitle.text() == "Просроченных вопросов нет."
    # No receptions and no activities yet: each chart says where they come from, and none is built.
    assert not page.ui.topicsEmpty.isHidden() and "«Приём граждан»" in page.ui.topicsEmpty.text()
    assert not page.ui.districtsEmpty.isHidden() and "«Остановка»" in page.ui.districtsEmpty.text()
    assert page.charts == {}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_charts_fit_a_1280_by_800_window(
    make_window: WindowFactory, qtbot: QtBot, demo_file: Path, tmp_path: Path, lang: str
) -> None:
    window = make_window(copy_demo(demo_file, tmp_path), lang=lang)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading and len(page.charts) == 3, timeout=20_000)
    QApplication.processEvents()
    scroll = page.ui.tilesScroll
    viewport = scroll.viewport()
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing sideways to scroll to
    for key, chart in page.charts.items():
        assert chart.isVisible(), key
        # The whole chart can be seen at once: as wide and as high as the page's view at most.
        assert chart.width() <= viewport.width() and chart.height() <= viewport.height(), key
        area = chart.chart().plotArea()
        assert area.width() >= 0.4 * chart.width(), key  # the labels leave the bars room
        assert area.left() >= 80, key  # and the bars leave the labels room
        # Every band holds its label, whole, beside its bar: the label column lies left of the bars.
        band = area.height() / len(chart.labels)
        for n, item in enumerate(chart.label_items):
            box = item.mapRectToScene(item.boundingRect())
            assert box.right() <= area.left() and box.height() <= band, (key, n)
            assert "…" not in item.toPlainText(), (key, n)


def test_the_filters_lists_are_read_once_and_again_only_after_they_changed(
    qtbot: QtBot, field: Field, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change of scope counts the figures, not the campaigns and districts the filters offer: those are read with
    the first figures and again after a commit that wrote a campaign or a place (or on F5)."""
    from fieldapp.services import campaigns, places, tours

    loads = {"campaigns": 0, "districts": 0}

    def counted(module: object, name: str, key: str) -> None:
        real = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            loads[key] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(campaigns, "list_campaigns", "campaigns")
    counted(places, "list_districts", "districts")
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(field.ctx)
    ui = page.ui
    assert loads == {"campaigns": 1, "districts": 1}
    campaign_id = ui.campaignCombo.itemData(1)
    assert ui.campaignCombo.count() == 2 and ui.districtCombo.count() == 2

    ui.campaignCombo.setCurrentIndex(1)
    ui.districtCombo.setCurrentIndex(ui.districtCombo.findData(field.district_id))
    ui.periodCheck.setChecked(True)
    assert page.scope().campaign_ids == {campaign_id} and page.scope().date_from is not None
    assert loads == {"campaigns": 1, "districts": 1}  # three scope changes, the lists read once
    assert ui.campaignCombo.count() == 2 and ui.campaignCombo.currentData() == campaign_id

    # A stop written: the figures are counted again (as the window does on the change), the lists are not read.
    tours.add_stop(field.ctx, field.tour_id, field.settlement_id, planned_on=TODAY)
    page.reload()
    assert loads == {"campaigns": 1, "districts": 1}
    # A campaign written: the next load reads the lists, and the campaign chosen stays chosen.
    campaigns.create_campaign(field.ctx, "Чистый аул", title_kk="Таза ауыл")
    page.reload()
    assert loads == {"campaigns": 2, "districts": 2}
    assert ui.campaignCombo.count() == 3 and ui.campaignCombo.currentData() == campaign_id
    ui.periodCheck.setChecked(False)
    assert loads == {"campaigns": 2, "districts": 2}
    # A district written, heard the same way.
    region = places.list_regions(field.ctx)[0].id
    places.create_district(field.ctx, region, "Байзакский район", "Бәйзақ ауданы")
    ui.districtCombo.setCurrentIndex(0)
    assert loads == {"campaigns": 3, "districts": 3} and ui.districtCombo.count() == 3
    # F5 reads everything again.
    qtbot.mouseClick(ui.refreshButton, Qt.MouseButton.LeftButton)
    assert loads == {"campaigns": 4, "districts": 4}
