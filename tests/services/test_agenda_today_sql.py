"""agenda.today picks today's stops and the next planned one in SQL; it must name and choose them exactly as the
whole stop list would (the list is the reference: venues, Kazakh names, deleted and cancelled stops, ties)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

from fieldapp.domain.enums import StopStatus
from fieldapp.services import agenda, tours
from fieldapp.services.context import Context
from fieldapp.services.listing import list_records

TODAY = date(2026, 3, 2)


def _from_the_list(ctx: Context) -> agenda.Today:
    """What today() returned when it read every listed stop (the former implementation, kept as the oracle)."""
    day = ctx.today()
    stops = [agenda._desk_stop(r) for r in list_records(ctx, "stops")]
    todays = tuple(sorted((s for s in stops if s.day == day and s.status != StopStatus.CANCELLED.value),
                          key=lambda s: (s.tour, s.title)))
    upcoming = min((s for s in stops if s.day is not None and s.day > day and s.status == StopStatus.PLANNED.value),
                   key=lambda s: (s.day, s.tour, s.title), default=None)
    return agenda.Today(day, todays, upcoming)


def test_today_matches_the_stop_list(ctx: Context, world: Any) -> None:
    t = world.tour
    tours.add_stop(ctx, t, world.karakemer, planned_on=TODAY, venue="Клуб")
    tours.add_stop(ctx, t, world.sarykemer, planned_on=TODAY)
    gone = tours.add_stop(ctx, t, world.sarykemer, planned_on=TODAY, venue="Школа")
    tours.cancel_stop(ctx, gone, "распутица")
    deleted = tours.add_stop(ctx, t, world.karakemer, planned_on=TODAY + timedelta(days=1))
    tours.delete_stop(ctx, deleted)
    tours.add_stop(ctx, t, world.karakemer, planned_on=TODAY + timedelta(days=2), venue="Акимат")
    tours.add_stop(ctx, t, world.sarykemer, planned_on=TODAY + timedelta(days=2))
    done = tours.add_stop(ctx, t, world.sarykemer, planned_on=TODAY + timedelta(days=1))
    tours.mark_stop_done(ctx, done, arrived_at=datetime(2026, 3, 2, 9, 30), early=True)  # held a day early
    tours.add_stop(ctx, t, world.karakemer)  # no day at all

    for lang in ("ru", "kk"):
        c = dataclasses.replace(ctx, lang=lang)
        found = agenda.today(c)
        assert found == _from_the_list(c)
        assert done in [s.id for s in found.stops] and gone not in [s.id for s in found.stops]
        assert found.next_stop is not None and found.next_stop.day == TODAY + timedelta(days=2)
