"""What the map shows for a filter (campaign, period, layers): signals where they were seen, stops at their
settlements (held or planned), and control items gathered by settlement with the overdue ones first. No Qt: the map
page draws what this returns (fieldapp/ui/pages/map.py), the projection is in map_geometry.

A signal is placed by its own coordinates, else by its settlement's; a stop and a control item by their settlement's.
Records that match the filter but have no position are counted, so the page can say what to do about them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from fieldapp.domain.enums import SignalKind, SignalStatus, StopStatus
from fieldapp.services import control, signals
from fieldapp.services.context import Context
from fieldapp.storage.tables import ControlItem, District, Settlement, Stop, Tour

SIGNALS, STOPS, CONTROL = "signals", "stops", "control"
LAYERS = (SIGNALS, STOPS, CONTROL)


@dataclass(frozen=True)
class MapFilter:
    campaign_id: str | None = None
    since: date | None = None  # inclusive
    until: date | None = None  # inclusive
    layers: frozenset[str] = field(default_factory=lambda: frozenset(LAYERS))
    signal_kind: str | None = None  # a SignalKind code: only the signals of that kind

    def covers(self, day: date | None) -> bool:
        """Whether a record of `day` falls in the period (a record without a date only in an open period)."""
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class MapPoint:
    layer: str  # SIGNALS, STOPS or CONTROL
    record_id: str  # the signal's, the stop's, or (control) the settlement's id
    latitude: float
    longitude: float
    # A signal's status code; a stop's "held" / "planned" / "cancelled"; control's "overdue" / "open" / "closed".
    state: str
    title: str
    detail: str = ""
    count: int = 1  # control: the items at the settlement
    overdue: int = 0  # control: of them, overdue
    item_ids: tuple[str, ...] = ()  # control: the items, the overdue first


@dataclass(frozen=True)
class MapPoints:
    points: tuple[MapPoint, ...]
    unplaced: dict[str, int]  # per layer: records of the filter without a position

    @property
    def total_unplaced(self) -> int:
        return sum(self.unplaced.values())


@dataclass(frozen=True)
class _Place:
    name: str
    district: str
    latitude: float | None
    longitude: float | None


def _places(ctx: Context) -> dict[str, _Place]:
    kk = ctx.lang == "kk"
    with ctx.db.reading() as s:
        rows = s.execute(
            select(col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk), col(Settlement.latitude),
                   col(Settlement.longitude), col(District.name_ru), col(District.name_kk))
            .join(District, col(District.id) == col(Settlement.district_id))
            .where(col(Settlement.deleted).is_(False))
        ).all()
    return {sid: _Place((nkk if kk and nkk else nru), (dkk if kk and dkk else dru), lat, lon)
            for sid, nru, nkk, lat, lon, dru, dkk in rows}


def map_points(ctx: Context, wanted: MapFilter) -> MapPoints:
    """The points of the layers asked for, signals and stops in the order they happened, the control points with
    the most overdue settlement last (so that it is drawn on top)."""
    places = _places(ctx)
    points: list[MapPoint] = []
    unplaced = {layer: 0 for layer in LAYERS if layer in wanted.layers}
    for layer, build in ((SIGNALS, _signal_points), (STOPS, _stop_points), (CONTROL, _control_points)):
        if layer in wanted.layers:
            found, missing = build(ctx, wanted, places)
            points.extend(found)
            unplaced[layer] = missing
    return MapPoints(tuple(points), unplaced)


def _signal_points(ctx: Context, wanted: MapFilter, places: dict[str, _Place]) -> tuple[list[MapPoint], int]:
    found, missing = [], 0
    rows = sorted(signals.list_signals(ctx, campaign_id=wanted.campaign_id, kind=wanted.signal_kind),
                  key=lambda r: r.received_at)
    for row in rows:
        if not wanted.covers(row.received_at.date()):
            continue
        place = places.get(row.settlement_id or "")
        lat, lon = row.latitude, row.longitude
        if lat is None or lon is None:
            lat, lon = (place.latitude, place.longitude) if place else (None, None)
        if lat is None or lon is None:
            missing += 1
            continue
        where = row.address or (place.name if place else "")
        detail = " · ".join(x for x in (f"{row.received_at:%d.%m.%Y}", SignalStatus(row.status).label(ctx.lang),
                                         where) if x)
        found.append(MapPoint(SIGNALS, row.id, lat, lon, row.status.value, SignalKind(row.kind).label(ctx.lang),
                              detail))
    return found, missing


STOP_STATES = {StopStatus.DONE.value: "held", StopStatus.PLANNED.value: "planned",
               StopStatus.CANCELLED.value: "cancelled"}


def _stop_points(ctx: Context, wanted: MapFilter, places: dict[str, _Place]) -> tuple[list[MapPoint], int]:
    query = (select(col(Stop.id), col(Stop.settlement_id), col(Stop.planned_on), col(Stop.arrived_at),
                    col(Stop.status), col(Stop.venue), col(Tour.title))
             .join(Tour, col(Tour.id) == col(Stop.tour_id))
             .where(col(Stop.deleted).is_(False), col(Tour.deleted).is_(False)))
    if wanted.campaign_id is not None:
        query = query.where(col(Tour.campaign_id) == wanted.campaign_id)
    with ctx.db.reading() as s:
        rows = s.execute(query).all()
    found, missing = [], 0
    for stop_id, settlement_id, planned_on, arrived_at, status, venue, tour in sorted(
            rows, key=lambda r: (r[3].date() if r[3] else r[2] or date.max, r[0])):
        day = arrived_at.date() if arrived_at else planned_on
        if not wanted.covers(day):
            continue
        place = places.get(settlement_id)
        if place is None or place.latitude is None or place.longitude is None:
            missing += 1
            continue
        detail = " · ".join(x for x in (f"{day:%d.%m.%Y}" if day else "", StopStatus(status).label(ctx.lang), venue,
                                         tour) if x)
        found.append(MapPoint(STOPS, stop_id, place.latitude, place.longitude, STOP_STATES.get(status, "planned"),
                              place.name, detail))
    return found, missing


def _control_points(ctx: Context, wanted: MapFilter, places: dict[str, _Place]) -> tuple[list[MapPoint], int]:
    with ctx.db.reading() as s:
        campaign_of: dict[str, str | None] = {
            item_id: campaign_id for item_id, campaign_id in s.execute(
                select(col(ControlItem.id), col(ControlItem.campaign_id)).where(col(ControlItem.deleted).is_(False)))}
    by_place: dict[str, list[control.ControlRow]] = defaultdict(list)
    missing = 0
    for row in control.list_control(ctx):  # overdue first, the longest overdue at the top
        if wanted.campaign_id is not None and campaign_of.get(row.id) != wanted.campaign_id:
            continue
        if not wanted.covers(row.registered_on):
            continue
        place = places.get(row.settlement_id or "")
        if place is None or place.latitude is None or place.longitude is None:
            missing += 1
            continue
        by_place[row.settlement_id or ""].append(row)
    found = [_control_point(ctx, settlement_id, places[settlement_id], rows) for settlement_id, rows in
             by_place.items()]
    found.sort(key=lambda p: (p.overdue, p.state == "open", p.count))  # the most overdue last: drawn on top
    return found, missing


def _control_point(ctx: Context, settlement_id: str, place: _Place, rows: Iterable[control.ControlRow]) -> MapPoint:
    items = list(rows)
    overdue = sum(r.overdue for r in items)
    still_open = sum(r.status.is_open for r in items)
    state = "overdue" if overdue else "open" if still_open else "closed"
    titles = " · ".join(r.title for r in items[:3]) + (" …" if len(items) > 3 else "")
    assert place.latitude is not None and place.longitude is not None
    return MapPoint(CONTROL, settlement_id, place.latitude, place.longitude, state, place.name, titles,
                    count=len(items), overdue=overdue, item_ids=tuple(r.id for r in items))


def without_coordinates_hint(result: MapPoints) -> bool:
    """True when the filter found records but none could be placed (the page then says how to give positions)."""
    return not result.points and result.total_unplaced > 0


__all__ = ["CONTROL", "LAYERS", "SIGNALS", "STOPS", "MapFilter", "MapPoint", "MapPoints", "map_points",
           "without_coordinates_hint"]
