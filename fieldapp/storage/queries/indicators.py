"""SQL of the indicators: a handful of aggregate SELECTs (Core), each optionally grouped by one breakdown key.

The definitions are documented in fieldapp/domain/indicators.py; every function here returns
{key: {indicator: value}} where key is None when not grouping (or for records without a value for the key).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    FromClause,
    Select,
    String,
    Subquery,
    Table,
    and_,
    case,
    distinct,
    false,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

import fieldapp.storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from fieldapp.domain.enums import ControlEventKind, ControlStatus
from fieldapp.domain.indicators import BreakdownBy, ResolvedScope
from fieldapp.domain.rules import FINAL_STATUSES, STATUS_EVENTS
from fieldapp.storage.queries.reception_totals import live_counts_at_stops

__all__ = [
    "FINAL_CONTROL_KINDS",
    "Counts",
    "breakdown_labels",
    "campaign_names",
    "control_counts",
    "control_final_kind",
    "control_is_open",
    "control_status_column",
    "district_names",
    "entity_counts",
    "poll_counts",
    "reception_counts",
    "signal_counts",
    "stop_counts",
    "topic_counts",
    "working_group_counts",
]

Counts = dict[str | None, dict[str, int]]

_T = SQLModel.metadata.tables
campaign: Table = _T["campaign"]
working_group: Table = _T["working_group"]
direction: Table = _T["direction"]
tour: Table = _T["tour"]
tour_group: Table = _T["tour_group"]
stop: Table = _T["stop"]
settlement: Table = _T["settlement"]
district: Table = _T["district"]
activity: Table = _T["activity"]
stop_headcount: Table = _T["stop_headcount"]
reception: Table = _T["reception"]
control_item: Table = _T["control_item"]
control_event: Table = _T["control_event"]
control_reception: Table = _T["control_reception"]
poll: Table = _T["poll"]
poll_option: Table = _T["poll_option"]
poll_tally: Table = _T["poll_tally"]
signal: Table = _T["signal"]

OUTCOME_KEYS: tuple[tuple[str, str], ...] = (
    ("explained", "explained"),
    ("resolved_on_spot", "resolved on the spot"),
    ("helped", "help provided"),
    ("referred", "referred"),
    ("under_control", "taken under control"),
)
# The event kinds and statuses of domain.rules.derive_status, whose rule control_status_column states in SQL.
FINAL_CONTROL_KINDS = tuple(kind.value for kind, status in STATUS_EVENTS.items() if status in FINAL_STATUSES)
_RESOLVED = (ControlStatus.RESOLVED.value, ControlStatus.CLOSED.value)


def _live(table: Table | FromClause) -> ColumnElement[bool]:
    return table.c.deleted == false()


def _text(column: ColumnElement[Any]) -> ColumnElement[str]:
    # Dates and datetimes are compared as their stored text: the bound stays a plain string (no date bind processor)
    # and the comparison can use the column's index.
    return type_coerce(column, String)


def _month(column: ColumnElement[Any]) -> ColumnElement[str]:
    return func.substr(_text(column), 1, 7)


def _date_bounds(column: ColumnElement[Any], first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    """`column` (a date or a datetime, stored as ISO text) within [first, last], both days included."""
    conds: list[ColumnElement[bool]] = []
    text = _text(column)
    # Prefix comparisons hold for 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM…' and 'YYYY-MM-DDTHH:MM…' alike.
    if first is not None:
        conds.append(text >= literal(first.isoformat(), String))
    if last is not None:
        conds.append(text < literal((last + timedelta(days=1)).isoformat(), String))
    return conds


def _collect(session: Session, stmt: Select[Any], names: Iterable[str]) -> Counts:
    names = tuple(names)
    out: Counts = {}
    for row in session.execute(stmt):
        key = None if row[0] is None else str(row[0])
        values = out.setdefault(key, dict.fromkeys(names, 0))
        for name, value in zip(names, row[1:], strict=True):
            values[name] += int(value or 0)
    return out


def _live_groups(by: BreakdownBy) -> Subquery:
    """(tour_id, key) of the live groups on each tour; key = the group, or its direction. Distinct, so that a stop
    is counted once per key even when two groups of one direction share a tour."""
    key: ColumnElement[Any]
    frm = tour_group.join(working_group, and_(working_group.c.id == tour_group.c.group_id, _live(working_group)))
    if by == "group":
        key = working_group.c.id
    else:
        frm = frm.outerjoin(direction, and_(direction.c.id == working_group.c.direction_id, _live(direction)))
        key = direction.c.id
    return (
        select(tour_group.c.tour_id.label("tour_id"), key.label("key"))
        .select_from(frm)
        .where(_live(tour_group))
        .distinct()
        .subquery(f"live_{by}")
    )


def stop_date() -> ColumnElement[str]:
    """The day a stop happened: its arrival, else its planned day."""
    return _text(func.coalesce(func.date(stop.c.arrived_at), stop.c.planned_on))


class _Anchor:
    """stop ⋈ tour ⋈ campaign ⋈ settlement with the scope's filters, and the breakdown key of a stop."""

    def __init__(
        self,
        rs: ResolvedScope,
        by: BreakdownBy | None,
        *,
        done_only: bool,
        dated: bool,
        base: FromClause | None = None,
        on: ColumnElement[bool] | None = None,
    ) -> None:
        frm: FromClause = stop if base is None else base.join(stop, on)
        frm = (
            frm.join(tour, tour.c.id == stop.c.tour_id)
            .join(campaign, campaign.c.id == tour.c.campaign_id)
            .join(settlement, settlement.c.id == stop.c.settlement_id)
        )
        conds = [_live(stop), _live(tour), _live(campaign)]
        if rs.campaign_ids is not None:
            conds.append(campaign.c.id.in_(sorted(rs.campaign_ids)))
        if rs.district_ids is not None:
            conds.append(settlement.c.district_id.in_(sorted(rs.district_ids)))
        if done_only:
            conds.append(stop.c.status == "done")
        if dated:
            conds += _date_bounds(stop_date(), rs.date_from, rs.date_to)
        key: ColumnElement[Any]
        if by is None:
            key = null()
        elif by == "campaign":
            key = tour.c.campaign_id
        elif by == "district":
            key = settlement.c.district_id
        elif by == "settlement":
            key = stop.c.settlement_id
        elif by == "period":
            key = _month(stop_date())
        else:
            groups = _live_groups(by)
            frm = frm.outerjoin(groups, groups.c.tour_id == tour.c.id)
            key = groups.c.key
        self.frm = frm
        self.conds = conds
        self.key = key


def stop_counts(session: Session, rs: ResolvedScope, by: BreakdownBy | None,
                only: frozenset[str] | None = None) -> Counts:
    """stops, settlements, tours, campaigns (as seen from done stops), activities, participants, residents_came;
    with `only`, just those of them (the dashboard's chart of activities per district needs no distinct counts and
    no headcounts)."""
    acts = (
        select(
            activity.c.stop_id.label("stop_id"),
            func.count().label("n"),
            func.sum(activity.c.participants).label("p"),
        )
        .where(_live(activity))
        .group_by(activity.c.stop_id)
        .subquery("acts")
    )
    heads = (
        select(stop_headcount.c.stop_id.label("stop_id"), func.sum(stop_headcount.c.count).label("n"))
        .where(_live(stop_headcount))
        .group_by(stop_headcount.c.stop_id)
        .subquery("heads")
    )
    a = _Anchor(rs, by, done_only=True, dated=True)
    columns: dict[str, ColumnElement[Any]] = {
        "stops": func.count(stop.c.id),
        "settlements": func.count(distinct(stop.c.settlement_id)),
        "tours": func.count(distinct(stop.c.tour_id)),
        "campaigns": func.count(distinct(tour.c.campaign_id)),
        "activities": func.sum(acts.c.n),
        "participants": func.sum(acts.c.p),
        "residents_came": func.sum(heads.c.n),
    }
    names = tuple(n for n in columns if only is None or n in only)
    frm = a.frm
    if {"activities", "participants"} & set(names):
        frm = frm.outerjoin(acts, acts.c.stop_id == stop.c.id)
    if "residents_came" in names:
        frm = frm.outerjoin(heads, heads.c.stop_id == stop.c.id)
    stmt = select(a.key.label("key"), *(columns[n] for n in names)).select_from(frm).where(*a.conds)
    if by is not None:
        stmt = stmt.group_by(a.key)
    return _collect(session, stmt, names)


def working_group_counts(session: Session, rs: ResolvedScope, by: BreakdownBy | None) -> Counts:
    """working_groups as seen from done stops: groups linked to tours with a done stop in scope."""
    a = _Anchor(rs, by, done_only=True, dated=True)
    frm = a.frm.join(tour_group, and_(tour_group.c.tour_id == tour.c.id, _live(tour_group))).join(
        working_group, and_(working_group.c.id == tour_group.c.group_id, _live(working_group))
    )
    conds = list(a.conds)
    if by == "group":
        conds.append(working_group.c.id == a.key)
    elif by == "direction":
        conds.append(working_group.c.direction_id == a.key)
    stmt = select(a.key.label("key"), func.count(distinct(working_group.c.id))).select_from(frm).where(*conds)
    if by is not None:
        stmt = stmt.group_by(a.key)
    return _collect(session, stmt, ("working_groups",))


def entity_counts(session: Session, rs: ResolvedScope, by_campaign: bool) -> Counts:
    """campaigns, tours and working_groups of the campaigns in scope, whether or not anything was done yet."""
    out: Counts = {}

    def merge(counts: Counts) -> None:
        for key, values in counts.items():
            out.setdefault(key, {}).update(values)

    ids = None if rs.campaign_ids is None else sorted(rs.campaign_ids)
    scope = [_live(campaign)] + ([] if ids is None else [campaign.c.id.in_(ids)])
    key: ColumnElement[Any] = campaign.c.id if by_campaign else null()

    stmt = select(key.label("key"), func.count(campaign.c.id)).where(*scope)
    merge(_collect(session, stmt.group_by(key) if by_campaign else stmt, ("campaigns",)))
    for table, name in ((tour, "tours"), (working_group, "working_groups")):
        stmt = (
            select(key.label("key"), func.count(table.c.id))
            .select_from(table.join(campaign, campaign.c.id == table.c.campaign_id))
            .where(_live(table), *scope)
        )
        merge(_collect(session, stmt.group_by(key) if by_campaign else stmt, (name,)))
    return out


def _receptions_per_stop(
    rs: ResolvedScope, by: BreakdownBy | None, name: str, columns: Iterable[ColumnElement[Any]],
    group: Iterable[ColumnElement[Any]] = (),
) -> tuple[Subquery, _Anchor]:
    """Live receptions dated in scope (by received_at), aggregated per stop and `group`, and the scope's live stops
    to join them with: what reception_counts and topic_counts both count, so that the topics add up to receptions."""
    # Aggregate per stop first: one pass over the reception index, then a join with the (few) stops in scope.
    per_stop = (
        select(reception.c.stop_id.label("stop_id"), *columns)
        .where(_live(reception), *_date_bounds(reception.c.received_at, rs.date_from, rs.date_to))
        .group_by(reception.c.stop_id, *group)
        .subquery(name)
    )
    anchor = _Anchor(rs, by, done_only=False, dated=False, base=per_stop, on=stop.c.id == per_stop.c.stop_id)
    return per_stop, anchor


def reception_counts(session: Session, rs: ResolvedScope, by: BreakdownBy | None) -> Counts:
    """receptions and the five outcome counts, at live stops in scope, dated by received_at."""
    # Counted per stop and outcome (the order of ix_reception_indicators: no sort, no table rows), then spread
    # into the outcome columns over those few groups rather than over every reception.
    month = _month(reception.c.received_at)
    cols: list[ColumnElement[Any]] = [reception.c.outcome.label("outcome"), func.count().label("n")]
    group: list[ColumnElement[Any]] = [reception.c.outcome]
    if by == "period":
        cols.append(month.label("month"))
        group.append(month)
    if by is None:  # the dashboard's and `stats`' totals: no pass over every (stop, outcome) entry
        outcomes = live_counts_at_stops(session, reception, reception.c.outcome, _stops_in_scope(rs), rs.date_from,
                                        rs.date_to)
        return {None: {"receptions": sum(outcomes.values()),
                       **{name: outcomes.get(code, 0) for name, code in OUTCOME_KEYS}}}
    per_stop, a = _receptions_per_stop(rs, by, "per_stop", cols, group)
    key = per_stop.c.month if by == "period" else a.key
    names = ("receptions", *(name for name, _ in OUTCOME_KEYS))
    stmt = (
        select(key.label("key"), func.sum(per_stop.c.n),
               *(func.sum(case((per_stop.c.outcome == code, per_stop.c.n), else_=0)) for _, code in OUTCOME_KEYS))
        .select_from(a.frm)
        .where(*a.conds)
    )
    if by is not None:
        stmt = stmt.group_by(key)
    return _collect(session, stmt, names)


def topic_counts(session: Session, rs: ResolvedScope) -> dict[str, int]:
    """Receptions per topic code: the receptions of reception_counts (live stops in scope, dated by received_at),
    so that they add up to the receptions indicator."""
    return live_counts_at_stops(session, reception, reception.c.topic, _stops_in_scope(rs), rs.date_from, rs.date_to)


def _stops_in_scope(rs: ResolvedScope) -> Select[Any]:
    """The ids of the live stops (of live tours and campaigns) in the scope's campaigns and districts, whatever
    their day: a reception is dated by its own received_at."""
    a = _Anchor(rs, None, done_only=False, dated=False)
    return select(stop.c.id).select_from(a.frm).where(*a.conds)


_OPEN_KINDS = tuple(kind.value for kind, status in STATUS_EVENTS.items() if status.is_open)


def control_final_kind(item_id: ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """The kind of the first live final event (resolved, rejected, closed) of the control item `item_id` by (at, id),
    which is the status it ended with; NULL while the item is open (open or in progress). A correlated column, one
    short read of ix_control_event_replay. Whether an item is open is decided here alone (control_is_open)."""
    ce = control_event
    return (
        select(ce.c.kind)
        .where(ce.c.control_item_id == item_id, _live(ce), ce.c.kind.in_(FINAL_CONTROL_KINDS))
        .order_by(ce.c.at, ce.c.id).limit(1).scalar_subquery()
    )


def control_is_open(final_kind: ColumnElement[Any]) -> ColumnElement[bool]:
    """Whether an item is open (open or in progress), given its control_final_kind (or a column that holds it)."""
    return final_kind.is_(None)


def control_status_column(item_id: ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """The status of the control item `item_id` (a correlated column), domain.rules.derive_status in SQL, the one
    place SQL derives it: its first final event by (at, id), else the last of «opened» / «in progress» (extensions,
    notifications and notes never change it; an item without either is open). Two short reads of
    ix_control_event_replay per item, the second only without a final event: for tens of thousands of items
    several times faster than the window over every event."""
    ce = control_event
    last_open = (
        select(ce.c.kind)
        .where(ce.c.control_item_id == item_id, _live(ce), ce.c.kind.in_(_OPEN_KINDS))
        .order_by(ce.c.at.desc(), ce.c.id.desc()).limit(1).scalar_subquery()
    )
    in_progress = ControlStatus.IN_PROGRESS.value
    return func.coalesce(control_final_kind(item_id),
                         case((last_open == ControlEventKind.IN_PROGRESS.value, literal(in_progress, String)),
                              else_=literal(ControlStatus.OPEN.value, String)))


def _control_group_links(by: BreakdownBy) -> Subquery:
    """(item_id, key): the groups (or directions) of the tours whose receptions a control item came from."""
    via_reception = select(
        reception.c.control_item_id.label("item_id"), reception.c.stop_id.label("stop_id")
    ).where(_live(reception), reception.c.control_item_id.is_not(None))
    via_link = (
        select(control_reception.c.control_item_id.label("item_id"), reception.c.stop_id.label("stop_id"))
        .select_from(control_reception.join(reception, reception.c.id == control_reception.c.reception_id))
        .where(_live(control_reception), _live(reception))
    )
    sources = union(via_reception, via_link).subquery("control_sources")
    groups = _live_groups(by)
    return (
        select(sources.c.item_id.label("item_id"), groups.c.key.label("key"))
        .select_from(
            sources.join(stop, stop.c.id == sources.c.stop_id).join(groups, groups.c.tour_id == stop.c.tour_id)
        )
        .where(_live(stop))
        .distinct()
        .subquery("control_links")
    )


def control_counts(session: Session, rs: ResolvedScope, by: BreakdownBy | None, today: date) -> Counts:
    """control_open, control_resolved, control_overdue of the control items in scope."""
    ci = control_item
    frm: FromClause = (
        ci.outerjoin(campaign, campaign.c.id == ci.c.campaign_id)
        .outerjoin(settlement, settlement.c.id == ci.c.settlement_id)
    )
    conds = [_live(ci), or_(ci.c.campaign_id.is_(None), _live(campaign))]
    if rs.campaign_ids is not None:
        conds.append(ci.c.campaign_id.in_(sorted(rs.campaign_ids)))
    if rs.district_ids is not None:
        conds.append(settlement.c.district_id.in_(sorted(rs.district_ids)))
    conds += _date_bounds(ci.c.registered_on, rs.date_from, rs.date_to)
    key: ColumnElement[Any]
    if by is None:
        key = null()
    elif by == "campaign":
        key = ci.c.campaign_id
    elif by == "district":
        key = settlement.c.district_id
    elif by == "settlement":
        key = ci.c.settlement_id
    elif by == "period":
        key = _month(ci.c.registered_on)
    else:
        links = _control_group_links(by)
        frm = frm.outerjoin(links, links.c.item_id == ci.c.id)
        key = links.c.key
    # The counts need only an item's first live final event (none: open or in progress, both open): one index read
    # per item, not the second that tells «opened» from «in progress» (control_status_column). Materialized: read
    # once, not once per count that uses it.
    items = (
        select(ci.c.id.label("id"), control_final_kind(ci.c.id).label("final"), ci.c.deadline.label("deadline"),
               key.label("key"))
        .select_from(frm)
        .where(*conds)
        .cte("control_in_scope")
        .prefix_with("MATERIALIZED")
    )
    is_open = control_is_open(items.c.final)
    overdue = and_(is_open, _text(items.c.deadline) < literal(today.isoformat(), String))
    stmt = select(
        items.c.key,
        func.count(distinct(case((is_open, items.c.id)))),
        func.count(distinct(case((items.c.final.in_(_RESOLVED), items.c.id)))),
        func.count(distinct(case((overdue, items.c.id)))),
    )
    if by is not None:
        stmt = stmt.group_by(items.c.key)
    return _collect(session, stmt, ("control_open", "control_resolved", "control_overdue"))


def signal_counts(session: Session, rs: ResolvedScope, by: BreakdownBy | None) -> Counts:
    """signals and signals_resolved (status 'removed')."""
    sg = signal
    frm = sg.outerjoin(campaign, campaign.c.id == sg.c.campaign_id).outerjoin(
        settlement, settlement.c.id == sg.c.settlement_id
    )
    conds = [_live(sg), or_(sg.c.campaign_id.is_(None), _live(campaign))]
    if rs.campaign_ids is not None:
        conds.append(sg.c.campaign_id.in_(sorted(rs.campaign_ids)))
    if rs.district_ids is not None:
        conds.append(settlement.c.district_id.in_(sorted(rs.district_ids)))
    conds += _date_bounds(sg.c.received_at, rs.date_from, rs.date_to)
    key: ColumnElement[Any]
    if by == "campaign":
        key = sg.c.campaign_id
    elif by == "district":
        key = settlement.c.district_id
    elif by == "settlement":
        key = sg.c.settlement_id
    elif by == "period":
        key = _month(sg.c.received_at)
    else:
        # Signals belong to no group or direction.
        key = null()
    stmt = (
        select(key.label("key"), func.count(sg.c.id), func.sum(case((sg.c.status == "removed", 1), else_=0)))
        .select_from(frm)
        .where(*conds)
    )
    if by is not None:
        stmt = stmt.group_by(key)
    return _collect(session, stmt, ("signals", "signals_resolved"))


def poll_counts(session: Session, rs: ResolvedScope, by: BreakdownBy | None, *, at_stops: bool) -> Counts:
    """polls and poll_answers: with `at_stops`, the tallies at done stops in scope; else the polls of the campaigns
    in scope with all their tallies."""
    poll_campaign = campaign.alias("poll_campaign")
    live_poll = [_live(poll), or_(poll.c.campaign_id.is_(None), _live(poll_campaign))]
    if rs.campaign_ids is not None:
        live_poll.append(poll.c.campaign_id.in_(sorted(rs.campaign_ids)))
    if at_stops:
        base = (
            poll_tally.join(poll_option, poll_option.c.id == poll_tally.c.option_id)
            .join(poll, poll.c.id == poll_option.c.poll_id)
            .outerjoin(poll_campaign, poll_campaign.c.id == poll.c.campaign_id)
        )
        a = _Anchor(rs, by, done_only=True, dated=True, base=base, on=stop.c.id == poll_tally.c.stop_id)
        stmt = (
            select(a.key.label("key"), func.count(distinct(poll.c.id)), func.sum(poll_tally.c.count))
            .select_from(a.frm)
            .where(*a.conds, _live(poll_tally), _live(poll_option), *live_poll)
        )
        if by is not None:
            stmt = stmt.group_by(a.key)
        return _collect(session, stmt, ("polls", "poll_answers"))

    answers = (
        select(poll_option.c.poll_id.label("poll_id"), func.sum(poll_tally.c.count).label("n"))
        .select_from(
            poll_tally.join(poll_option, poll_option.c.id == poll_tally.c.option_id).outerjoin(
                stop, stop.c.id == poll_tally.c.stop_id
            )
        )
        .where(_live(poll_tally), _live(poll_option), or_(poll_tally.c.stop_id.is_(None), _live(stop)))
        .group_by(poll_option.c.poll_id)
        .subquery("answers")
    )
    key: ColumnElement[Any] = poll.c.campaign_id if by == "campaign" else null()
    stmt = (
        select(key.label("key"), func.count(poll.c.id), func.sum(answers.c.n))
        .select_from(
            poll.outerjoin(poll_campaign, poll_campaign.c.id == poll.c.campaign_id).outerjoin(
                answers, answers.c.poll_id == poll.c.id
            )
        )
        .where(*live_poll)
    )
    if by is not None:
        stmt = stmt.group_by(key)
    return _collect(session, stmt, ("polls", "poll_answers"))


def breakdown_labels(session: Session, by: BreakdownBy, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(ru, kk) label of each key of a breakdown; tombstoned records keep their names here."""
    wanted = sorted(set(keys))
    if by == "period":
        return {k: (k, k) for k in wanted}
    if not wanted:
        return {}
    stmt: Select[Any]
    if by == "campaign":
        stmt = select(campaign.c.id, campaign.c.title_ru, campaign.c.title_kk).where(campaign.c.id.in_(wanted))
    elif by == "group":
        stmt = select(working_group.c.id, working_group.c.name, working_group.c.name).where(
            working_group.c.id.in_(wanted)
        )
    else:
        table = {"direction": direction, "district": district, "settlement": settlement}[by]
        stmt = select(table.c.id, table.c.name_ru, table.c.name_kk).where(table.c.id.in_(wanted))
    return {str(row[0]): (str(row[1]), str(row[2] or "")) for row in session.execute(stmt)}


def campaign_names(session: Session) -> list[tuple[str, str, str]]:
    """(id, title_ru, title_kk) of every live campaign, for matching a filter text in Python."""
    stmt = select(campaign.c.id, campaign.c.title_ru, campaign.c.title_kk).where(_live(campaign))
    return [(str(i), str(ru), str(kk or "")) for i, ru, kk in session.execute(stmt)]


def district_names(session: Session) -> list[tuple[str, str, str]]:
    """(id, name_ru, name_kk) of every live district."""
    stmt = select(district.c.id, district.c.name_ru, district.c.name_kk).where(_live(district))
    return [(str(i), str(ru), str(kk or "")) for i, ru, kk in session.execute(stmt)]
