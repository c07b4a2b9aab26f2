"""Tours and their planned route: stops in order, what happened at each (done or cancelled), head counts kept per
device, participating organisations and the activities held. The route is set up by a supervisor or coordinator
(the act "setup"); what happened at a stop is logged by any member."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from fieldapp.domain.enums import ActivityType, Audience, StopStatus, VenueType
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import check_non_negative, check_period
from fieldapp.services import roles
from fieldapp.services._common import add, live, required, tombstone, touch
from fieldapp.services.approval import require_editable
from fieldapp.services.context import Context
from fieldapp.storage.local_meta import device_id
from fieldapp.storage.queries import tours as q
from fieldapp.storage.tables import (
    Activity,
    Campaign,
    Organization,
    Settlement,
    Stop,
    StopHeadcount,
    StopOrganization,
    Tour,
    TourGroup,
    WorkingGroup,
)


@dataclass(frozen=True, slots=True)
class TourInfo:
    id: str
    campaign_id: str
    title: str
    starts_on: date | None
    ends_on: date | None
    notes: str
    group_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StopInfo:
    id: str
    tour_id: str
    seq: int
    settlement_id: str
    settlement_ru: str
    settlement_kk: str
    planned_on: date | None
    venue: str
    venue_type: VenueType
    status: StopStatus
    arrived_at: datetime | None
    departed_at: datetime | None
    cancel_reason: str
    headcount: int
    headcount_approximate: bool
    notes: str


@dataclass(frozen=True, slots=True)
class Headcount:
    """Residents who came to a stop: the total over all devices, and this device's own part of it."""

    stop_id: str
    total: int
    this_device: int
    devices: int
    approximate: bool


@dataclass(frozen=True, slots=True)
class OrganizationRef:
    id: str
    name_ru: str
    name_kk: str
    short_name: str


@dataclass(frozen=True, slots=True)
class ActivityDraft:
    type: ActivityType | str = ActivityType.MEETING
    audience: Audience | str = Audience.GENERAL
    title: str = ""
    held_at: datetime | None = None
    participants: int = 0
    handouts: int = 0
    publications: int = 0
    description: str = ""


@dataclass(frozen=True, slots=True)
class ActivityInfo:
    id: str
    stop_id: str
    type: ActivityType
    audience: Audience
    title: str
    held_at: datetime | None
    participants: int
    handouts: int
    publications: int
    description: str


# -- tours -------------------------------------------------------------------------------------------------------


def create_tour(
    ctx: Context, campaign_id: str, title: str, *, starts_on: date | None = None, ends_on: date | None = None,
    notes: str = "", group_ids: Sequence[str] = (),
) -> str:
    roles.require(ctx, "setup")
    check_period(starts_on, ends_on)
    required(campaign_id, "campaign")
    with ctx.db.session() as s:
        live(s, Campaign, campaign_id, "campaign")
        tour = add(s, ctx, Tour(campaign_id=campaign_id, title=required(title, "title"), starts_on=starts_on,
                                ends_on=ends_on, notes=notes.strip()))
        _link_groups(s, ctx, tour.id, group_ids)
        return tour.id


def update_tour(
    ctx: Context, tour_id: str, title: str, *, starts_on: date | None = None, ends_on: date | None = None,
    notes: str = "", group_ids: Sequence[str] | None = None,
) -> None:
    """The tour's title, period and notes; its groups too when `group_ids` is given (None leaves them)."""
    roles.require(ctx, "setup")
    check_period(starts_on, ends_on)
    with ctx.db.session() as s:
        tour = live(s, Tour, tour_id, "tour")
        tour.title, tour.starts_on, tour.ends_on = required(title, "title"), starts_on, ends_on
        tour.notes = notes.strip()
        touch(tour)
        if group_ids is not None:
            _set_groups(s, ctx, tour_id, group_ids)


def set_tour_groups(ctx: Context, tour_id: str, group_ids: Sequence[str]) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        live(s, Tour, tour_id, "tour")
        _set_groups(s, ctx, tour_id, group_ids)


def _set_groups(s: Session, ctx: Context, tour_id: str, group_ids: Sequence[str]) -> None:
    """The groups taking part: links kept stay (and keep their order), the others are tombstoned."""
    wanted = list(dict.fromkeys(group_ids))
    for link in q.tour_groups(s, tour_id):
        if link.group_id in wanted:
            wanted.remove(link.group_id)
        else:
            tombstone(link)
    _link_groups(s, ctx, tour_id, wanted)


def _link_groups(s: Session, ctx: Context, tour_id: str, group_ids: Sequence[str]) -> None:
    for group_id in dict.fromkeys(group_ids):
        live(s, WorkingGroup, group_id, "group")
        add(s, ctx, TourGroup(tour_id=tour_id, group_id=group_id))


def delete_tour(ctx: Context, tour_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Tour, tour_id, "tour"))


def get_tour(ctx: Context, tour_id: str) -> TourInfo:
    with ctx.db.reading() as s:
        return _tour_info(s, live(s, Tour, tour_id, "tour"))


def list_tours(ctx: Context, campaign_id: str | None = None) -> tuple[TourInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_tour_info(s, t) for t in q.tours(s, campaign_id))


def _tour_info(s: Session, tour: Tour) -> TourInfo:
    groups = tuple(link.group_id for link in q.tour_groups(s, tour.id))
    return TourInfo(tour.id, tour.campaign_id, tour.title, tour.starts_on, tour.ends_on, tour.notes, groups)


# -- the planned route -----------------------------------------------------------------------------------------


def add_stop(
    ctx: Context, tour_id: str, settlement_id: str, *, planned_on: date | None = None, venue: str = "",
    venue_type: VenueType | str = VenueType.OTHER, notes: str = "", position: int | None = None,
) -> str:
    """A planned stop, at the end of the route or at `position` (0 = first)."""
    roles.require(ctx, "setup")
    kind = VenueType.parse(venue_type, "venue_type").value
    required(settlement_id, "settlement")
    with ctx.db.session() as s:
        live(s, Tour, tour_id, "tour")
        live(s, Settlement, settlement_id, "settlement")
        route = list(q.stops(s, tour_id))
        stop = add(s, ctx, Stop(tour_id=tour_id, settlement_id=settlement_id, planned_on=planned_on,
                                venue=venue.strip(), venue_type=kind, notes=notes.strip(), seq=len(route) + 1))
        if position is not None and 0 <= position < len(route):
            route.insert(position, stop)
            _renumber(route)
        return stop.id


def update_stop(
    ctx: Context, stop_id: str, settlement_id: str, *, planned_on: date | None = None, venue: str = "",
    venue_type: VenueType | str = VenueType.OTHER, notes: str = "", headcount_approximate: bool | None = None,
) -> None:
    """The planned stop changed (settlement, day, venue); `headcount_approximate` None keeps what the desk set."""
    roles.require(ctx, "setup")
    kind = VenueType.parse(venue_type, "venue_type").value
    required(settlement_id, "settlement")
    with ctx.db.session() as s:
        stop = live(s, Stop, stop_id, "stop")
        live(s, Settlement, settlement_id, "settlement")
        stop.settlement_id, stop.planned_on, stop.venue_type = settlement_id, planned_on, kind
        stop.venue, stop.notes = venue.strip(), notes.strip()
        if headcount_approximate is not None:
            stop.headcount_approximate = headcount_approximate
        touch(stop)


def reorder_stops(ctx: Context, tour_id: str, stop_ids: Sequence[str]) -> None:
    """Put the route in this order; `stop_ids` must name every live stop of the tour exactly once."""
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        live(s, Tour, tour_id, "tour")
        route = {stop.id: stop for stop in q.stops(s, tour_id)}
        if len(stop_ids) != len(route) or set(stop_ids) != set(route):
            raise ValidationError("route.mismatch", "stop")
        _renumber([route[i] for i in stop_ids])


def _renumber(route: Sequence[Stop]) -> None:
    for seq, stop in enumerate(route, start=1):
        if stop.seq != seq:  # only the moved stops change, so a sync carries only them
            stop.seq = seq
            touch(stop)


def route(ctx: Context, tour_id: str) -> tuple[StopInfo, ...]:
    """The tour's stops in route order, with settlement names and head counts."""
    with ctx.db.reading() as s:
        live(s, Tour, tour_id, "tour")
        return _stop_infos(s, q.stops(s, tour_id))


def get_stop(ctx: Context, stop_id: str) -> StopInfo:
    with ctx.db.reading() as s:
        return _stop_infos(s, [live(s, Stop, stop_id, "stop")])[0]


def _stop_infos(s: Session, stops: Sequence[Stop]) -> tuple[StopInfo, ...]:
    ids = [stop.id for stop in stops]
    names = q.settlement_names(s, [stop.settlement_id for stop in stops])
    counts = q.headcount_totals(s, ids)
    return tuple(
        StopInfo(
            stop.id, stop.tour_id, stop.seq, stop.settlement_id, *names.get(stop.settlement_id, ("", "")),
            stop.planned_on, stop.venue, VenueType(stop.venue_type), StopStatus(stop.status), stop.arrived_at,
            stop.departed_at, stop.cancel_reason, counts.get(stop.id, 0), stop.headcount_approximate, stop.notes,
        )
        for stop in stops
    )


def delete_stop(ctx: Context, stop_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Stop, stop_id, "stop"))


# -- logging a stop --------------------------------------------------------------------------------------------


def mark_stop_done(
    ctx: Context, stop_id: str, arrived_at: datetime | None = None, departed_at: datetime | None = None, *,
    early: bool = False,
) -> None:
    """The stop took place; arrival defaults to the time already logged, else now. Held on a day before the one
    planned is refused unless `early` says the user confirmed it: a click on the wrong row of the route must not
    log a future stop as done (nor let receptions be recorded against it)."""
    with ctx.db.session() as s:
        stop = live(s, Stop, stop_id, "stop")
        arrived = arrived_at or stop.arrived_at or ctx.clock()
        check_period(arrived, departed_at, "departed_at")
        if not early and stop.planned_on is not None and arrived.date() < stop.planned_on:
            raise ValidationError("stop.held_early", "date", day=stop.planned_on.strftime("%d.%m.%Y"))
        stop.status, stop.arrived_at, stop.departed_at, stop.cancel_reason = (
            StopStatus.DONE.value, arrived, departed_at, ""
        )
        touch(stop)


def cancel_stop(ctx: Context, stop_id: str, reason: str) -> None:
    roles.require(ctx, "setup")
    if not reason or not reason.strip():
        raise ValidationError("stop.cancel_reason", "reason")
    with ctx.db.session() as s:
        stop = live(s, Stop, stop_id, "stop")
        stop.status, stop.cancel_reason = StopStatus.CANCELLED.value, reason.strip()
        touch(stop)


def reopen_stop(ctx: Context, stop_id: str) -> None:
    """Back to planned; arrival and departure are forgotten. Undoing a stop logged held by mistake is a member's
    act; putting a cancelled stop back on the route is a route decision, as cancelling it was ("setup")."""
    with ctx.db.session() as s:
        stop = live(s, Stop, stop_id, "stop")
        if stop.status == StopStatus.CANCELLED.value:
            roles.require(ctx, "setup")
        stop.status, stop.cancel_reason, stop.arrived_at, stop.departed_at = StopStatus.PLANNED.value, "", None, None
        touch(stop)


def set_headcount(ctx: Context, stop_id: str, count: int, approximate: bool | None = None) -> Headcount:
    """Set this device's count of residents who came (its own row: never a shared total, SYNC.md)."""
    check_non_negative(count, "headcount")
    with ctx.db.session() as s:
        stop = live(s, Stop, stop_id, "stop")
        device = device_id(s)
        mine = next((row for row in q.headcounts(s, stop_id) if row.device_id == device), None)
        row = mine or StopHeadcount(stop_id=stop_id, device_id=device, count=count)
        require_editable(ctx, s, stop_id, row)
        if mine is None:
            add(s, ctx, row)
        elif mine.count != count:
            mine.count = count
            touch(mine)
        if approximate is not None and stop.headcount_approximate != approximate:
            stop.headcount_approximate = approximate
            touch(stop)
        return _headcount(s, stop)


def headcount(ctx: Context, stop_id: str) -> Headcount:
    with ctx.db.reading() as s:
        return _headcount(s, live(s, Stop, stop_id, "stop"))


def _headcount(s: Session, stop: Stop) -> Headcount:
    rows = q.headcounts(s, stop.id)
    device = device_id(s)
    mine = sum(row.count for row in rows if row.device_id == device)
    return Headcount(stop.id, sum(row.count for row in rows), mine, len(rows), stop.headcount_approximate)


# -- participating organisations ------------------------------------------------------------------------------


def add_stop_organization(ctx: Context, stop_id: str, organization_id: str) -> None:
    with ctx.db.session() as s:
        live(s, Stop, stop_id, "stop")
        live(s, Organization, organization_id, "organization")
        if q.stop_organization(s, stop_id, organization_id) is None:
            add(s, ctx, StopOrganization(stop_id=stop_id, organization_id=organization_id))


def remove_stop_organization(ctx: Context, stop_id: str, organization_id: str) -> None:
    with ctx.db.session() as s:
        link = q.stop_organization(s, stop_id, organization_id)
        if link is not None:
            tombstone(link)


def list_stop_organizations(ctx: Context, stop_id: str) -> tuple[OrganizationRef, ...]:
    with ctx.db.reading() as s:
        return tuple(OrganizationRef(*row) for row in q.stop_organizations(s, stop_id))


# -- activities ------------------------------------------------------------------------------------------------------


def add_activity(ctx: Context, stop_id: str, draft: ActivityDraft) -> str:
    with ctx.db.session() as s:
        live(s, Stop, stop_id, "stop")
        row = Activity(stop_id=stop_id)
        require_editable(ctx, s, stop_id, row)
        _fill_activity(row, draft)
        return add(s, ctx, row).id


def update_activity(ctx: Context, activity_id: str, draft: ActivityDraft) -> None:
    with ctx.db.session() as s:
        row = live(s, Activity, activity_id, "activity")
        require_editable(ctx, s, row.stop_id, row)
        _fill_activity(row, draft)
        touch(row)


def _fill_activity(row: Activity, draft: ActivityDraft) -> None:
    row.type = ActivityType.parse(draft.type, "activity_type").value
    row.audience = Audience.parse(draft.audience, "audience").value
    row.participants = check_non_negative(draft.participants, "participants")
    row.handouts = check_non_negative(draft.handouts, "handouts")
    row.publications = check_non_negative(draft.publications, "publications")
    row.title, row.held_at, row.description = draft.title.strip(), draft.held_at, draft.description.strip()


def delete_activity(ctx: Context, activity_id: str) -> None:
    with ctx.db.session() as s:
        row = live(s, Activity, activity_id, "activity")
        require_editable(ctx, s, row.stop_id, row)
        tombstone(row)


def list_activities(ctx: Context, stop_id: str) -> tuple[ActivityInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(
            ActivityInfo(a.id, a.stop_id, ActivityType(a.type), Audience(a.audience), a.title, a.held_at,
                         a.participants, a.handouts, a.publications, a.description)
            for a in q.activities(s, stop_id)
        )
