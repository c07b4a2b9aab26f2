"""Which stops matter on a working day: the order the desk, the stop page and the polls offer them in, today's
stops and the next planned one (the dashboard's «today» box)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from fieldapp.domain.enums import StopStatus
from fieldapp.services.context import Context
from fieldapp.services.listing import ListRow, list_records
from fieldapp.storage.queries import agenda as q

__all__ = ["MAX_DESK_STOPS", "DeskStop", "Today", "desk_stops", "list_desk_stops", "order_stops", "stop_day", "today"]

MAX_DESK_STOPS = 300  # a picker holds the stops near today, not a whole region's history
_FAR = 10**6  # a stop without a day sorts after every dated one of its group


@dataclass(frozen=True)
class DeskStop:
    id: str
    title: str
    tour: str
    day: date | None
    status: str
    settlement_id: str | None


@dataclass(frozen=True)
class Today:
    day: date
    stops: tuple[DeskStop, ...]  # the stops of the day that were not cancelled
    next_stop: DeskStop | None  # the nearest planned stop after the day


def stop_day(dates: str) -> date | None:
    """The first day of a listed record's dates ('first..last'), None when it has none or it does not read."""
    text = dates.split("..")[0]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _desk_stop(row: ListRow) -> DeskStop:
    return DeskStop(row.id, row.title, str(row.fields.get("tour") or ""), stop_day(row.dates),
                    str(row.fields.get("status") or ""), str(row.fields.get("settlement_id") or "") or None)


def order_stops(rows: Sequence[ListRow], day: date, limit: int = MAX_DESK_STOPS) -> tuple[DeskStop, ...]:
    """The stops in the order they are wanted: the day's, then the past ones from the latest back (a day is often
    logged in the evening), then the planned ones from the nearest on; cancelled stops come last, since nobody is
    received at a stop that did not take place."""
    stops = list(map(_desk_stop, rows))

    def rank(stop: DeskStop) -> tuple[int, int]:
        if stop.status == StopStatus.CANCELLED.value:
            return (3, abs((day - stop.day).days) if stop.day else _FAR)
        if stop.day == day:
            return (0, 0)
        if stop.day is not None and stop.day < day:
            return (1, (day - stop.day).days)
        return (2, (stop.day - day).days if stop.day else _FAR)

    return tuple(sorted(stops, key=rank)[:limit])


def desk_stops(ctx: Context, limit: int = MAX_DESK_STOPS) -> tuple[DeskStop, ...]:
    """The live stops a desk may work at, in order_stops' order around the context's today."""
    return order_stops(list_records(ctx, "stops"), ctx.today(), limit)


def list_desk_stops(ctx: Context) -> tuple[list[ListRow], tuple[DeskStop, ...]]:
    """The listed stops (for pages that also name every stop) and the desk's order of the nearest of them."""
    rows = list_records(ctx, "stops")
    return rows, order_stops(rows, ctx.today())


def _found_stop(lang: str, row: tuple[object, ...]) -> DeskStop:
    """A DeskStop from a row of queries.agenda, named as the stop list names it (settlement — venue)."""
    sid, venue, place_id, name_ru, name_kk, tour, day, status = row
    name = str((name_kk or name_ru or "") if lang == "kk" else (name_ru or ""))
    return DeskStop(str(sid), f"{name} — {venue}" if venue else name, str(tour or ""), stop_day(str(day or "")),
                    str(status or ""), str(place_id or "") or None)


def today(ctx: Context) -> Today:
    """Today's stops (any tour, cancelled ones left out) and the nearest planned stop after today: two small
    queries, not the whole stop list (a region's file has ten thousand stops)."""
    day = ctx.today()
    with ctx.db.reading() as s:
        todays = tuple(sorted((_found_stop(ctx.lang, tuple(r)) for r in q.stops_on(s, day)),
                              key=lambda st: (st.tour, st.title)))
        upcoming = min((_found_stop(ctx.lang, tuple(r)) for r in q.next_planned(s, day)),
                       key=lambda st: (st.day, st.tour, st.title), default=None)
    return Today(day, todays, upcoming)
