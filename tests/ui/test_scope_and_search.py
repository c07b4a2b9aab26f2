"""Issue 18 on the pages, in ru and kk, from a database built through the services (pages_data.Field, never the
demo): the dashboard's scope filters feed the tiles, the charts and the overdue box alike; the search boxes of the
Tours, Signals and Control lists filter as one types; the Polls page offers only the stops of the poll's campaign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from pages_data import Field
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldapp.domain.indicators import Scope
from fieldapp.services import campaigns, control, places, polls, signals, tours
from fieldapp.services.signals import SignalDraft
from fieldapp.ui import i18n
from fieldapp.ui.pages.control import ControlPage
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.pages.polls import PollsPage
from fieldapp.ui.pages.signals import SignalsPage
from fieldapp.ui.pages.tours import ToursPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LANGS = ["ru", "kk"]


@dataclass
class Second:
    campaign: str
    district: str
    tour: str
    stop: str


def second_campaign(field: Field) -> Second:
    """Чистый аул in the Байзакский district: a held stop with a lecture of 20, and around both campaigns three
    overdue control items (two of Мир и согласие in Аса, one of Чистый аул in Сарыкемер)."""
    ctx = field.ctx
    region = places.get_district(ctx, field.district_id).region_id
    baizak = places.create_district(ctx, region, "Байзакский район", "Бәйзақ ауданы")
    sarykemer = places.create_settlement(ctx, baizak, "Сарыкемер", "Сарыкемер")
    other = campaigns.create_campaign(ctx, "Чистый аул", title_kk="Таза ауыл")
    tour = tours.create_tour(ctx, other, "Байзакский район, февраль", starts_on=date(2026, 2, 20),
                             ends_on=date(2026, 2, 21))
    stop = tours.add_stop(ctx, tour, sarykemer, planned_on=date(2026, 2, 20), venue="Школа", venue_type="school")
    tours.mark_stop_done(ctx, stop, arrived_at=datetime(2026, 2, 20, 10))
    tours.add_activity(ctx, stop, tours.ActivityDraft(type="lecture", participants=20,
                                                      held_at=datetime(2026, 2, 20, 11)))
    tours.add_activity(ctx, field.done_stop_id, tours.ActivityDraft(participants=50,
                                                                    held_at=datetime(2026, 3, 1, 11)))
    mir = next(c.id for c in campaigns.list_campaigns(ctx) if c.id != other)
    body = control.Responsible(org_id=field.org_id)
    for title, place, campaign in (("Водоснабжение Асы", field.settlement_id, mir),
                                   ("Дорога в Асе", field.settlement_id, mir),
                                   ("Свалка в Сарыкемере", sarykemer, other)):
        control.take_under_control(ctx, title, body, registered_on=date(2026, 1, 10), deadline=date(2026, 1, 30),
                                   settlement_id=place, campaign_id=campaign)
    return Second(other, baizak, tour, stop)


def shown(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)


@pytest.mark.parametrize("lang", LANGS)
def test_the_dashboard_scope_feeds_tiles_charts_and_overdue_box(qtbot: QtBot, field: Field, lang: str) -> None:
    second = second_campaign(field)
    i18n.switch_language(lang)
    page = DashboardPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(field.ctx)
    ui = page.ui
    assert ui.campaignCombo.itemText(0) == {"ru": "Все кампании", "kk": "Барлық науқандар"}[lang]
    assert ui.districtCombo.itemText(0) == {"ru": "Все районы", "kk": "Барлық аудандар"}[lang]
    assert page.tiles["control_overdue"].value == 3 and len(page.data.overdue) == 3
    assert page.tiles["participants"].value == 70

    def agree() -> None:
        """The three parts count the same scope: the overdue tile lists as many items as the box, the district
        chart adds up to the activities tile, the outcome chart to the receptions tile."""
        rows = page.chart_rows()
        assert page.data.overdue_total == page.tiles["control_overdue"].value
        assert sum(v for _, v in rows["districts"]) == page.tiles["activities"].value
        assert sum(v for _, v in rows["outcomes"]) == page.tiles["receptions"].value

    agree()
    ui.campaignCombo.setCurrentIndex(ui.campaignCombo.findData(second.campaign))
    assert not page.loading
    assert page.tiles["control_overdue"].value == 1 and [r.title for r in page.data.overdue] == ["Свалка в Сарыкемере"]
    assert page.tiles["participants"].value == 20
    assert [label for label, _ in page.chart_rows()["districts"]] == \
        [{"ru": "Байзакский район", "kk": "Бәйзақ ауданы"}[lang]]
    assert ui.scopeLabel.text() == {"ru": "Показатели: Чистый аул", "kk": "Көрсеткіштер: Таза ауыл"}[lang]
    agree()

    ui.campaignCombo.setCurrentIndex(0)
    ui.districtCombo.setCurrentIndex(ui.districtCombo.findData(field.district_id))
    assert page.tiles["control_overdue"].value == 2 and len(page.data.overdue) == 2
    assert page.tiles["participants"].value == 50
    agree()

    # A period with nothing in it shows zeros, not the empty database's page; the filters stay to be changed.
    ui.districtCombo.setCurrentIndex(0)
    ui.fromEdit.setDate(date(2025, 1, 1))
    ui.toEdit.setDate(date(2025, 12, 31))
    ui.periodCheck.setChecked(True)
    assert ui.contentStack.currentWidget() is ui.tilesPage
    assert page.tiles["control_overdue"].value == 0 and page.data.overdue == ()
    assert page.tiles["participants"].value == 0
    ui.periodCheck.setChecked(False)
    assert page.tiles["control_overdue"].value == 3
    # Another database (here the same one opened again) starts from the whole of it.
    ui.campaignCombo.setCurrentIndex(ui.campaignCombo.findData(second.campaign))
    page.set_context(field.ctx)
    assert page.scope() == Scope() and ui.campaignCombo.currentIndex() == 0
    assert page.tiles["control_overdue"].value == 3


@pytest.mark.parametrize("lang", LANGS)
def test_the_tours_list_is_searched_as_one_types(qtbot: QtBot, field: Field, lang: str) -> None:
    second_campaign(field)
    i18n.switch_language(lang)
    page = ToursPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(field.ctx)
    assert len(page.shown_tours()) == 2
    page.ui.searchEdit.setText("байзак")  # QTest types Latin only
    assert page.shown_tours() == ["Байзакский район, февраль"]
    assert page.current_tour_id() is not None and "Байзак" in page.ui.tourList.currentItem().text()
    page.ui.searchEdit.setText("таза" if lang == "kk" else "чистый")  # the campaign's name as shown
    assert page.shown_tours() == ["Байзакский район, февраль"]
    page.ui.searchEdit.clear()
    assert len(page.shown_tours()) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_the_signals_list_is_searched_as_one_types(qtbot: QtBot, field: Field, lang: str) -> None:
    ctx = field.ctx
    signals.record_signal(ctx, SignalDraft(kind="drug graffiti", address="Аса, ул. Абая 5", coordinates="43.35, 71.45",
                                           description="надпись на заборе школы"))
    signals.record_signal(ctx, SignalDraft(kind="drug graffiti", address="Өрнек, остановка", coordinates="43.40, 71.50",
                                           description="реклама на остановке"))
    i18n.switch_language(lang)
    page = SignalsPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(ctx)
    assert page.proxy.rowCount() == 2
    qtbot.keyClicks(page.ui.searchEdit, "abc")
    assert page.proxy.rowCount() == 0
    # Ctrl+F from the list goes back to the search box with its text chosen, so the next search is typed over it.
    page.activateWindow()
    page.ui.tableView.setFocus()
    qtbot.waitUntil(page.ui.tableView.hasFocus)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)
    assert page.ui.searchEdit.selectedText() == "abc"
    page.ui.searchEdit.setText("ЗАБОРЕ")  # the description, which only the tooltip shows, ignoring case
    assert page.proxy.rowCount() == 1
    page.ui.searchEdit.setText("өрнек")
    assert page.proxy.rowCount() == 1
    assert "Өрнек" in str(page.proxy.index(0, page.model.column_of("where")).data())
    page.ui.searchEdit.clear()
    assert page.proxy.rowCount() == 2


@pytest.mark.parametrize("lang", LANGS)
def test_the_control_register_is_searched_in_sql(qtbot: QtBot, field: Field, lang: str) -> None:
    second_campaign(field)
    i18n.switch_language(lang)
    page = ControlPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(field.ctx)
    assert page.model.rowCount() == 3
    page.ui.searchEdit.setText("сарыкемер")  # QTest types Latin only
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.filters().text == "сарыкемер"
    assert page.detail is not None and page.detail.row.title == "Свалка в Сарыкемере"
    assert page.ui.countLabel.text().startswith({"ru": "Показано 1 из 3", "kk": "3 ішінен 1"}[lang][:6])
    page.ui.searchEdit.setText("асе")  # «Дорога в Асе»: the title
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


@pytest.mark.parametrize("lang", LANGS)
def test_the_polls_page_offers_only_the_stops_of_the_polls_campaign(qtbot: QtBot, field: Field, lang: str,
                                                                    ) -> None:
    second = second_campaign(field)
    ctx = field.ctx
    mir = next(c.id for c in campaigns.list_campaigns(ctx) if c.id != second.campaign)
    ours = polls.create_poll(ctx, "Довольны ли вы приёмом?", ["Да", "Нет"], campaign_id=mir)
    theirs = polls.create_poll(ctx, "Чисто ли в ауле?", ["Да", "Нет"], campaign_id=second.campaign)
    i18n.switch_language(lang)
    page = PollsPage(Runner(synchronous=True))
    shown(qtbot, page)
    page.set_context(ctx)

    def offered() -> set[str]:
        combo = page.ui.stopCombo
        return {str(combo.itemData(i)) for i in range(combo.count())}

    page.select_poll(ours)
    # The three stops of Мир и согласие's tour, not Чистый аул's.
    assert second.stop not in offered() and {field.stop_id, field.done_stop_id} <= offered()
    assert len(offered()) == 3
    page.select_poll(theirs)
    assert offered() == {second.stop}
    assert page.current_stop_id() == second.stop
    page.tally(0, 1)
    assert polls.poll_results(ctx, theirs).stop_total(second.stop) == 1
    assert not [w for w in page.findChildren(QWidget) if w.objectName() == "domainErrorDialog" and w.isVisible()]
