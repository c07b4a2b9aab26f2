"""One change notification (storage.changes -> ui.data_bus): whatever commits a write — a service called here, a job
on a worker, a rollback that must not count — the shown page reloads, the hidden ones reload when shown, and the status
bar says what was saved, without «Обновить» and without a timer. From `fieldapp init`, never the demo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.domain.errors import DomainError
from fieldapp.services import campaigns, places, receptions, tours
from fieldapp.services.accounts import init_database
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.storage.tables import Region
from fieldapp.ui.data_bus import DataBus, describe
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 10, 30)


@pytest.fixture
def window(make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    monkeypatch.setenv("FIELDAPP_USER", "boss")  # the account the window opens the file as
    monkeypatch.setenv("FIELDAPP_PASSWORD", "boss-pass")
    window = make_window(path, "ru", runner=Runner())
    assert window.ctx is not None
    window.ctx.clock = lambda: NOW
    window.ctx.blobs = tmp_path / "blobs"
    return window


def first_stop(ctx: Context) -> str:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project")
    group = campaigns.create_group(ctx, campaign, "Группа 1")
    tour = tours.create_tour(ctx, campaign, "Жамбылский район, март", group_ids=[group])
    return tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 2))


def test_the_shown_page_and_the_status_bar_follow_a_save(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    assert ctx is not None
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.indicators is not None, timeout=20_000)
    assert dashboard.indicators.campaigns == 0

    stop = first_stop(ctx)
    qtbot.waitUntil(lambda: dashboard.indicators is not None and dashboard.indicators.campaigns == 1, timeout=20_000)
    assert dashboard.indicators.campaigns == 1 and dashboard.indicators.working_groups == 1
    message = window.ui.statusbar.currentMessage()
    assert message.startswith("Сохранено 10:30:") and "выезды" in message and "кампании" in message

    receptions.record_reception(ctx, ReceptionDraft(stop_id=stop, applicant_name="Сапарова Айгүл",
                                                    essence="Нет воды", outcome="взято на контроль",
                                                    responsible_org_name="Акимат"))
    qtbot.waitUntil(lambda: dashboard.indicators.receptions == 1, timeout=20_000)
    assert dashboard.indicators.control_open == 1
    assert "приём граждан" in window.ui.statusbar.currentMessage()
    # The status bar's count of changes not exported follows too.
    assert window.state.pending_changes is not None and window.state.pending_changes > 0


def test_a_hidden_page_reloads_when_it_is_shown_not_before(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    assert ctx is not None
    stop = first_stop(ctx)
    window.show_page("control")
    control = window.pages["control"]
    qtbot.waitUntil(lambda: not control._pending, timeout=20_000)
    assert control.model.rowCount() == 0
    window.show_page("dashboard")

    loads: list[int] = []
    original = control.reload
    control.reload = lambda: (loads.append(1), original())  # type: ignore[method-assign]
    receptions.record_reception(ctx, ReceptionDraft(stop_id=stop, applicant_name="Жители аула",
                                                    essence="Дорога", outcome="взято на контроль",
                                                    responsible_org_name="Акимат"))
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.indicators is not None and dashboard.indicators.receptions == 1,
                    timeout=20_000)
    assert loads == []  # hidden: nobody would see the work
    window.show_page("control")
    assert loads == [1]
    qtbot.waitUntil(lambda: control.model.rowCount() == 1, timeout=20_000)


def test_a_worker_s_commit_is_heard_and_a_rollback_or_a_read_is_not(window: MainWindow, qtbot: QtBot) -> None:
    ctx = window.ctx
    assert ctx is not None
    heard: list[frozenset[str]] = []
    window.bus.changed.connect(heard.append)

    # A job on a worker thread commits: the page hears of it on the GUI thread.
    done: list[str] = []
    window.runner.start(lambda _progress, _cancel: places.create_region(ctx, "Туркестанская область"),
                        on_result=done.append)
    qtbot.waitUntil(lambda: bool(done) and bool(heard), timeout=20_000)
    assert heard == [frozenset({"region"})]

    # A unit of work that fails after its flush is rolled back: nothing was saved, nothing is said.
    with pytest.raises(DomainError), ctx.db.session() as s:
        s.add(Region(name_ru="Не сохранится"))
        s.flush()
        raise DomainError("validation.required", column="name")
    # Reads commit too (every session does): they write nothing and are not heard.
    places.list_regions(ctx)
    window.pages["dashboard"].reload()
    qtbot.wait(100)
    assert heard == [frozenset({"region"})]


def test_commits_of_one_moment_arrive_as_one_signal(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    from fieldapp.services.workspace import open_workspace

    ctx = open_workspace(path, user="boss", password="boss-pass")
    bus = DataBus()
    bus.attach(ctx.db)
    heard: list[frozenset[str]] = []
    bus.changed.connect(heard.append)
    try:
        first_stop(ctx)
        assert heard == []  # never inside the commit: on the next turn of the event loop
        qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
        assert heard == [frozenset({"region", "district", "settlement", "campaign", "working_group", "tour",
                                    "tour_group", "stop"})]
        assert describe(heard[0]) == "кампании, рабочие группы, населённые пункты, выезды, остановки"
        bus.attach(None)  # a closed database is not heard of any more
        places.create_region(ctx, "Область Абай")
        qtbot.wait(50)
        assert len(heard) == 1
    finally:
        ctx.db.close()
