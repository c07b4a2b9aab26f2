"""The stops of a working day: the desk's order (today, the past from the latest back, the planned ones from the
nearest, cancelled last), today's stops and the next planned one."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from fieldapp.services import agenda, tours
from fieldapp.services.context import Context
from fieldapp.services.listing import ListRow

TODAY = date(2026, 3, 2)  # the clock of tests/conftest.py's ctx


def test_the_desk_offers_todays_stop_first_and_cancelled_stops_last() -> None:
    rows = [
        ListRow("cancelled", "Отменённая", "2026-03-01", {"status": "cancelled"}),
        ListRow("past", "Вчерашняя", "2026-02-27", {"status": "done"}),
        ListRow("undated", "Без даты", "", {"status": "planned"}),
        ListRow("next", "Завтрашняя", "2026-03-03", {"status": "planned"}),
        ListRow("older", "Позавчерашняя", "2026-02-20", {"status": "done"}),
        ListRow("today", "Сегодняшняя", "2026-03-02", {"status": "planned"}),
    ]
    order = agenda.order_stops(rows, TODAY)
    assert [s.id for s in order] == ["today", "past", "older", "next", "undated", "cancelled"]
    assert [s.id for s in agenda.order_stops(rows, TODAY, limit=2)] == ["today", "past"]
    assert order[0].day == TODAY and order[4].day is None


def test_desk_stops_and_today_read_the_database(ctx: Context, world: Any) -> None:
    # world: a stop in Asa planned for today (tour «Выезд в Жамбылский район»).
    later = tours.add_stop(ctx, world.tour, world.karakemer, planned_on=TODAY + timedelta(days=3))
    sooner = tours.add_stop(ctx, world.tour, world.sarykemer, planned_on=TODAY + timedelta(days=1))
    gone = tours.add_stop(ctx, world.tour, world.karakemer, planned_on=TODAY)
    tours.cancel_stop(ctx, gone, "распутица")
    done = tours.add_stop(ctx, world.tour, world.sarykemer, planned_on=TODAY - timedelta(days=1))
    tours.mark_stop_done(ctx, done, arrived_at=datetime(2026, 3, 1, 11, 0))  # it took place yesterday

    assert [s.id for s in agenda.desk_stops(ctx)] == [world.stop, done, sooner, later, gone]
    today = agenda.today(ctx)
    assert today.day == TODAY
    assert [s.id for s in today.stops] == [world.stop]  # the cancelled one of today is not on the agenda
    assert today.next_stop is not None and today.next_stop.id == sooner
    assert today.next_stop.settlement_id == world.sarykemer and today.next_stop.status == "planned"
    tours.cancel_stop(ctx, sooner, "перенесли")
    assert agenda.today(ctx).next_stop is not None and agenda.today(ctx).next_stop.id == later  # type: ignore[union-attr]


def test_an_empty_database_has_no_agenda(ctx: Context) -> None:
    assert agenda.desk_stops(ctx) == ()
    assert agenda.today(ctx) == agenda.Today(TODAY, (), None)
