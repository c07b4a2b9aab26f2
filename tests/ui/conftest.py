"""Fixtures of the UI tests: a small real database built through the tables, and windows that are always closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from demo_data import build_demo_file
from pages_data import Field, field_database
from pytestqt.qtbot import QtBot

from fieldapp.app import open_window
from fieldapp.storage.database import open_database
from fieldapp.storage.tables import (
    Activity,
    Campaign,
    ControlEvent,
    ControlItem,
    District,
    Poll,
    PollOption,
    PollTally,
    Reception,
    Region,
    Settlement,
    Signal,
    Stop,
    StopHeadcount,
    Tour,
    WorkingGroup,
)
from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.workers import Runner

# What `small_database` holds, as the dashboard must count it.
SMALL_FIGURES = {
    "campaigns": 1, "working_groups": 1, "tours": 1, "stops": 2, "settlements": 2, "activities": 3,
    "participants": 245, "residents_came": 600, "receptions": 4, "explained": 2, "resolved_on_spot": 0, "helped": 1,
    "referred": 0, "under_control": 1, "control_open": 1, "control_resolved": 0, "control_overdue": 1, "polls": 1,
    "poll_answers": 100, "signals": 2, "signals_resolved": 1,
}


def small_database(path: Path) -> Path:
    """A campaign with one tour: two stops done (600 came), a planned one, 3 activities, 4 receptions, an overdue
    control item, a poll with 40 + 60 answers and two signals, one of them removed."""
    db = open_database(path, create=True)
    with db.session() as s:
        region = Region(name_ru="Жамбылская область", name_kk="Жамбыл облысы")
        district = District(region_id=region.id, name_ru="Жамбылский район", name_kk="Жамбыл ауданы")
        asa = Settlement(district_id=district.id, name_ru="Аса", name_kk="Аса")
        ornek = Settlement(district_id=district.id, name_ru="Орнек", name_kk="Өрнек")
        campaign = Campaign(title_ru="Мир и согласие", title_kk="Бейбітшілік және келісім", kind="pilot project")
        group = WorkingGroup(campaign_id=campaign.id, name="Группа 1")
        tour = Tour(campaign_id=campaign.id, title="Жамбылский район, март")
        first = Stop(tour_id=tour.id, settlement_id=asa.id, seq=1, planned_on=date(2026, 2, 2), status="done",
                     arrived_at=datetime(2026, 2, 2, 10))
        second = Stop(tour_id=tour.id, settlement_id=ornek.id, seq=2, planned_on=date(2026, 2, 3), status="done",
                      arrived_at=datetime(2026, 2, 3, 10))
        planned = Stop(tour_id=tour.id, settlement_id=ornek.id, seq=3, planned_on=date(2026, 4, 1))
        # No relationships on the tables, so the unit of work cannot order the inserts: parents go first.
        for batch in ([region, campaign], [district, group, tour], [asa, ornek], [first, second, planned]):
            s.add_all(batch)
            s.flush()
        s.add_all([
            StopHeadcount(stop_id=first.id, device_id="dev-a", count=350),
            StopHeadcount(stop_id=second.id, device_id="dev-a", count=250),
            Activity(stop_id=first.id, type="meeting", participants=180),
            Activity(stop_id=first.id, type="dialogue platform", participants=40),
            Activity(stop_id=second.id, type="lecture", participants=25),
        ])
        item = ControlItem(title="Водоснабжение аула", campaign_id=campaign.id, settlement_id=asa.id,
                           registered_on=date(2025, 1, 10), deadline=date(2025, 1, 31))
        s.add(item)
        s.flush()
        s.add(ControlEvent(control_item_id=item.id, kind="opened", at=datetime(2026, 2, 2, 11)))
        outcomes = ["explained", "explained", "help provided", "taken under control"]
        for n, outcome in enumerate(outcomes, start=1):
            s.add(Reception(
                reg_no=f"T-{n:03d}", received_at=datetime(2026, 2, 2, 11, n), stop_id=first.id,
                applicant_name=f"Демо Житель {n}", outcome=outcome,
                help_kind="medical" if outcome == "help provided" else None,
                control_item_id=item.id if outcome == "taken under control" else None,
            ))
        poll = Poll(campaign_id=campaign.id, question_ru="А вы привыкли к новому времени?")
        s.add(poll)
        s.flush()
        yes = PollOption(poll_id=poll.id, seq=1, label_ru="Да")
        no = PollOption(poll_id=poll.id, seq=2, label_ru="Нет")
        s.add_all([yes, no])
        s.flush()
        s.add_all([
            PollTally(option_id=yes.id, stop_id=first.id, device_id="dev-a", count=40),
            PollTally(option_id=no.id, stop_id=first.id, device_id="dev-a", count=60),
            Signal(kind="drug graffiti", received_at=datetime(2026, 2, 5, 9), status="removed", campaign_id=campaign.id,
                   latitude=54.87, longitude=69.15),
            Signal(kind="drug graffiti", received_at=datetime(2026, 2, 6, 9), campaign_id=campaign.id,
                   latitude=54.88, longitude=69.16),
        ])
    db.close()
    return path


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    return small_database(tmp_path / "small.db")


@pytest.fixture
def small_figures() -> dict[str, int]:
    return dict(SMALL_FIGURES)


@pytest.fixture(autouse=True)
def russian_again(qapp: object) -> Iterator[None]:
    """The language is global to the process: every test starts and ends in Russian."""
    i18n.switch_language("ru")
    yield
    i18n.switch_language("ru")


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    """`open_window` as the app calls it; each window is closed (and its database with it) after the test. The
    database of the start opens on a worker: `make` returns once it is open (or refused)."""

    def make(db_path: Path | None = None, lang: str | None = None, runner: Runner | None = None) -> MainWindow:
        window = open_window(db_path, lang, runner=runner)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.opening, timeout=20_000)
        return window

    return make


@pytest.fixture
def field(tmp_path: Path) -> Iterator[Field]:
    """A field database built through the services (pages_data.py), closed after the test."""
    built = field_database(tmp_path / "field.db", tmp_path / "blobs")
    yield built
    built.db.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test process; tests work on copies of it (demo_data.copy_demo)."""
    return build_demo_file(tmp_path_factory.mktemp("demo"))
