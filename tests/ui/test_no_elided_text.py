"""Issue 18, audit point 3: on every main page at 1366×768, in ru, kk and en, no visible text is elided or clipped.
Each label, button, check box, group box title, tab, table header section, combo box, chart axis label, cell of the
rows a table, tree or list shows, and input hint of an empty field is measured with its own font against the room
its widget gives it (text_fit.py, whose docstring says when a cut cell is allowed: its whole text in the tooltip, the
user able to widen its column, and the table with no room to give it). The database is built through the services
with the long names of real Kazakh places, a busy campaign (a tour with stops, receptions on every topic, control
items, signals, a poll), so the longest texts the pages show are on screen."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pages_data import Field
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QListView,
    QStatusBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from text_fit import misfits

from fieldapp.domain.enums import Outcome, SignalKind, Topic
from fieldapp.services import campaigns, control, people, places, polls, receptions, signals, tours
from fieldapp.services.accounts import init_database
from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages import PAGE_KEYS
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

LANGS = ["ru", "kk", "en"]
SHOTS = os.environ.get("FIELDAPP_TEXT_FIT_SHOTS")


def busy_field(field: Field) -> None:
    """The field database of pages_data, with a region of long names added: a campaign of a long title, a held stop
    in «Ғабит Мүсірепов атындағы аудан» with activities, a reception on every topic and outcome, control items with
    long titles (overdue and on time), signals of every kind and a poll of long answers."""
    ctx = field.ctx
    region = places.create_region(ctx, "Северо-Казахстанская область", "Солтүстік Қазақстан облысы")
    district = places.create_district(ctx, region, "район имени Габита Мусрепова", "Ғабит Мүсірепов атындағы аудан")
    village = places.create_settlement(ctx, district, "Новоишимское (Новоишимский сельский округ)",
                                       "Жаңаесіл (Жаңаесіл ауылдық округі)", latitude=53.19, longitude=66.77)
    other = places.create_settlement(ctx, district, "Шукыркөл", "Шұқыркөл")
    org = people.create_organization(ctx, "Управление занятости и социальных программ Северо-Казахстанской области",
                                     name_kk="Солтүстік Қазақстан облысының жұмыспен қамту және әлеуметтік "
                                             "бағдарламалар басқармасы")
    campaign = campaigns.create_campaign(
        ctx, "Единство и согласие — за родную землю", title_kk="Бірлік пен келісім — туған жер үшін",
        kind="prevention month", starts_on=date(2026, 2, 1), ends_on=date(2026, 3, 31))
    tour = tours.create_tour(ctx, campaign, "Район имени Габита Мусрепова, февраль — март",
                             starts_on=date(2026, 2, 23), ends_on=date(2026, 3, 6))
    held = tours.add_stop(ctx, tour, village, planned_on=date(2026, 2, 24), venue="Дом культуры села Новоишимское",
                          venue_type="house of culture")
    tours.mark_stop_done(ctx, held, arrived_at=datetime(2026, 2, 24, 10))
    tours.set_headcount(ctx, held, 312)
    tours.add_stop(ctx, tour, other, planned_on=date(2026, 3, 4), venue="Средняя школа", venue_type="school")
    for kind, people_came in (("meeting", 180), ("dialogue platform", 45), ("handout distribution", 90),
                              ("sport or culture event", 60)):
        tours.add_activity(ctx, held, tours.ActivityDraft(type=kind, participants=people_came,
                                                          held_at=datetime(2026, 2, 24, 11)))
    tours.add_stop_organization(ctx, held, org)
    when = datetime(2026, 2, 24, 11)
    outcomes = [o for o in Outcome]
    for n, topic in enumerate(Topic):
        outcome = outcomes[n % len(outcomes)]
        receptions.record_reception(ctx, receptions.ReceptionDraft(
            stop_id=held, applicant_name=f"Жұмабекова Гүлназ Сейітқалиқызы {n}",
            received_at=when + timedelta(minutes=n),
            topic=topic, essence="Бизнеске грант немесе несие алу мәселесі бойынша түсіндіру сұрады",
            outcome=outcome, help_kind="grant or credit" if outcome is Outcome.HELPED else None,
            responsible_org_id=org if outcome.needs_responsible else None,
            control_deadline=date(2026, 3, 10) if outcome is Outcome.CONTROL else None))
    body = control.Responsible(org_id=org, person="Сейітқалиев Нұрлан Бауыржанұлы")
    for title, deadline in (("Жаңаесіл ауылындағы ауыз су құбырын жөндеу және ұзарту", date(2026, 2, 1)),
                            ("Ремонт дороги от трассы до села Новоишимское", date(2026, 3, 20))):
        control.take_under_control(ctx, title, body, registered_on=date(2026, 1, 26), deadline=deadline,
                                   settlement_id=village, campaign_id=campaign)
    for n, kind in enumerate(SignalKind):
        signals.record_signal(ctx, signals.SignalDraft(
            kind=kind, description="Граффити на стене гаража у остановки «Орталық», номер телефона в мессенджере",
            address="Жаңаесіл ауылы, Тәуелсіздік көшесі, 12", coordinates=f"53.19{n}, 66.77{n}",
            received_at=datetime(2026, 2, 20, 9) + timedelta(hours=n), settlement_id=village, campaign_id=campaign))
    poll = polls.create_poll(
        ctx, "Насколько вы удовлетворены работой местных исполнительных органов?",
        [("Полностью удовлетворён", "Толығымен қанағаттанамын"),
         ("Скорее удовлетворён, но есть замечания", "Негізінен қанағаттанамын, бірақ ескертулерім бар"),
         ("Не удовлетворён", "Қанағаттанбаймын")],
        question_kk="Жергілікті атқарушы органдардың жұмысына қаншалықты қанағаттанасыз?", campaign_id=campaign)
    for n, option in enumerate(polls.get_poll(ctx, poll).options):
        polls.set_tally(ctx, option.id, 40 + 25 * n, stop_id=held)


# The combo boxes that change what a page shows: each of their items is shown in turn.
COMBOS = {
    "dashboard": ("campaignCombo", "districtCombo"),
    "stop": ("stopCombo",),
    "reception": ("stopCombo", "outcomeCombo"),
    "reports": ("kindCombo", "campaignCombo", "tourCombo", "stopCombo"),
    "planning": ("campaignCombo",),
    "signals": ("kindCombo",),
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def states(page: QWidget, key: str) -> Iterator[str]:
    """Show the page's states one after another, naming each: as opened; every tab of its tab widgets (and of the
    tabs within them); every item of the combo boxes that change what it shows; after each, the first row of each
    list or table shown chosen, then its last (a record's form filled in)."""
    chosen: set[QAbstractItemView] = set()
    yield "opened"
    yield from _first_rows(page, chosen)
    yield from _tab_states(page, set(), chosen)
    for name in COMBOS.get(key, ()):
        combo = page.findChild(QComboBox, name)
        if combo is None or not combo.isVisible() or not combo.isEnabled():
            continue
        first = combo.currentIndex()
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            settle()
            yield f"{name}={combo.itemText(index)}"
        combo.setCurrentIndex(first)
        settle()


def _first_rows(page: QWidget, chosen: set[QAbstractItemView]) -> Iterator[str]:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if (view in chosen or not view.isVisible() or model is None or model.rowCount() == 0
                or isinstance(view, QHeaderView)
                or view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
                or (isinstance(view, QListView) and view.viewMode() == QListView.ViewMode.IconMode)):
            continue
        chosen.add(view)
        for row in sorted({0, model.rowCount() - 1}):  # the last too: the busy campaign's records come last
            view.setCurrentIndex(model.index(row, 0))
            settle()
            yield f"{view.objectName()} row {row + 1}"


def _tab_states(root: QWidget, seen: set[QTabWidget], chosen: set[QAbstractItemView]) -> Iterator[str]:
    for tabs in root.findChildren(QTabWidget):
        if tabs in seen or not tabs.isVisible():
            continue
        seen.add(tabs)
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            yield f"{tabs.objectName()}={tabs.tabText(index)}"
            yield from _first_rows(tabs.widget(index), chosen)
            yield from _tab_states(tabs.widget(index), seen, chosen)
        tabs.setCurrentIndex(first)
        settle()


@pytest.fixture
def new_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`fieldapp init office.db` and nothing else: the pages as a new user first sees them, the coordinator signed in
    through the environment."""
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pw")
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "boss-pw")
    return path


def check_pages(qtbot: QtBot, window: MainWindow, lang: str, database: str) -> list[str]:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert i18n.current_language() == lang
    status = window.findChild(QStatusBar)
    assert status is not None
    found: dict[str, None] = {}  # in order, once each
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.pages[key]
        qtbot.waitUntil(lambda page=page: not getattr(page, "loading", False))  # type: ignore[misc]
        settle()
        if SHOTS:  # to look at: FIELDAPP_TEXT_FIT_SHOTS=/some/folder
            window.grab().save(str(Path(SHOTS) / f"{database}-{key}-{lang}.png"))
        for state in states(page, key):
            for misfit in misfits(page):
                found.setdefault(f"{key}/{lang} ({state}): {misfit}")
            for misfit in misfits(status):
                found.setdefault(f"status bar/{lang} ({key}, {state}): {misfit}")
    return list(found)


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_elided_or_clipped_on_the_main_pages_at_1366x768(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> None:
    busy_field(field)
    found = check_pages(qtbot, make_window(field.db.path, lang, runner=Runner(synchronous=True)), lang, "busy")
    assert not found, "\n" + "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_elided_or_clipped_on_the_pages_of_a_new_database(
        qtbot: QtBot, make_window: Callable[..., MainWindow], new_office: Path, lang: str) -> None:
    found = check_pages(qtbot, make_window(new_office, lang, runner=Runner(synchronous=True)), lang, "new")
    assert not found, "\n" + "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_cut_in_the_list_of_a_busy_stops_receptions(
        qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str) -> None:
    """The reception list (Ctrl+L) of the held stop of the busy campaign, a reception on every topic and outcome:
    its table's cells, the filters and the hints of its search fields, as the dialog opens."""
    busy_field(field)
    window = make_window(field.db.path, lang, runner=Runner(synchronous=True))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("reception")
    page = window.pages["reception"]
    combo = page.findChild(QComboBox, "stopCombo")
    assert combo is not None
    held = next(n for n in range(combo.count()) if "Дом культуры села" in combo.itemText(n))
    combo.setCurrentIndex(held)
    settle()
    dialog = page.open_list()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / f"busy-reception-list-{lang}.png"))
    found = [str(misfit) for misfit in misfits(dialog)]
    assert not found, "\n" + "\n".join(found)
