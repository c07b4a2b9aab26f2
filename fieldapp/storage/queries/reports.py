"""Row listings of the reports (stops, activities, receptions, control items in a scope), streamed for big journals.

The filters are the indicator definitions of domain/indicators.py, so that a listing's lines add up to the indicator
builder's totals (a test holds them together); the totals a report prints come from the builder, not from here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    String,
    Table,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

import fieldapp.storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from fieldapp.domain.indicators import ResolvedScope

__all__ = [
    "RECEPTION_COLUMNS",
    "RECEPTION_COLUMNS_REDACTED",
    "Narrow",
    "activity_rows",
    "control_item_descriptions",
    "count_receptions",
    "reception_rows",
    "resident_names",
    "stop_rows",
    "topic_counts",
]

_T = SQLModel.metadata.tables
campaign: Table = _T["campaign"]
tour: Table = _T["tour"]
stop: Table = _T["stop"]
settlement: Table = _T["settlement"]
district: Table = _T["district"]
activity: Table = _T["activity"]
stop_headcount: Table = _T["stop_headcount"]
reception: Table = _T["reception"]
organization: Table = _T["organization"]
control_item: Table = _T["control_item"]
control_reception: Table = _T["control_reception"]
signal: Table = _T["signal"]

_OUTCOMES = ("explained", "resolved on the spot", "help provided", "referred", "taken under control")


@dataclass(frozen=True)
class Narrow:
    """A report's selection below the scope: one tour or one stop (None = every one in scope)."""

    tour_id: str | None = None
    stop_id: str | None = None


def _live(table: Table) -> ColumnElement[bool]:
    return table.c.deleted == false()


def _bounds(column: ColumnElement[Any], first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    # The same text comparison as the indicator SQL, so a day at the edge of the period counts on the same side.
    text = type_coerce(column, String)
    conds: list[ColumnElement[bool]] = []
    if first is not None:
        conds.append(text >= literal(first.isoformat(), String))
    if last is not None:
        conds.append(text < literal((last + timedelta(days=1)).isoformat(), String))
    return conds


def _stop_day() -> ColumnElement[Any]:
    return func.coalesce(func.date(stop.c.arrived_at), stop.c.planned_on)


def _anchor(rs: ResolvedScope, narrow: Narrow, base: FromClause | None = None,
            on: ColumnElement[bool] | None = None) -> tuple[FromClause, list[ColumnElement[bool]]]:
    """stop ⋈ tour ⋈ campaign ⋈ settlement ⋈ district with the scope's campaign, district and narrowing filters."""
    frm: FromClause = stop if base is None else base.join(stop, on)
    frm = (
        frm.join(tour, tour.c.id == stop.c.tour_id)
        .join(campaign, campaign.c.id == tour.c.campaign_id)
        .join(settlement, settlement.c.id == stop.c.settlement_id)
        .join(district, district.c.id == settlement.c.district_id)
    )
    conds = [_live(stop), _live(tour), _live(campaign)]
    if rs.campaign_ids is not None:
        conds.append(campaign.c.id.in_(sorted(rs.campaign_ids)))
    if rs.district_ids is not None:
        conds.append(settlement.c.district_id.in_(sorted(rs.district_ids)))
    if narrow.tour_id is not None:
        conds.append(stop.c.tour_id == narrow.tour_id)
    if narrow.stop_id is not None:
        conds.append(stop.c.id == narrow.stop_id)
    return frm, conds


def stop_rows(session: Session, rs: ResolvedScope, narrow: Narrow) -> list[tuple[Any, ...]]:
    """Live stops in scope (dated by arrival, else the planned day), in route order within each tour's day.

    Rows: id, tour id, tour title, seq, day (date text), district ru, district kk, settlement ru, settlement kk, venue,
    venue type, status, cancel reason, head count approximate, head count, activities, participants, receptions and
    the five outcome counts (receptions dated by received_at within the period, like the indicator).
    """
    acts = (
        select(activity.c.stop_id.label("stop_id"), func.count().label("n"),
               func.sum(activity.c.participants).label("p"))
        .where(_live(activity)).group_by(activity.c.stop_id).subquery("acts")
    )
    heads = (
        select(stop_headcount.c.stop_id.label("stop_id"), func.sum(stop_headcount.c.count).label("n"))
        .where(_live(stop_headcount)).group_by(stop_headcount.c.stop_id).subquery("heads")
    )
    recs = (
        select(reception.c.stop_id.label("stop_id"), func.count().label("n"),
               *(func.sum(case((reception.c.outcome == code, 1), else_=0)).label(f"o{i}")
                 for i, code in enumerate(_OUTCOMES)))
        .where(_live(reception), *_bounds(reception.c.received_at, rs.date_from, rs.date_to))
        .group_by(reception.c.stop_id).subquery("recs")
    )
    frm, conds = _anchor(rs, narrow)
    frm = (frm.outerjoin(acts, acts.c.stop_id == stop.c.id).outerjoin(heads, heads.c.stop_id == stop.c.id)
           .outerjoin(recs, recs.c.stop_id == stop.c.id))
    day = _stop_day()
    # Activities and head counts count only where the stop took place (the indicator's definition).
    done = stop.c.status == "done"
    stmt = (
        select(
            stop.c.id, tour.c.id, tour.c.title, stop.c.seq, day, district.c.name_ru, district.c.name_kk,
            settlement.c.name_ru, settlement.c.name_kk, stop.c.venue, stop.c.venue_type, stop.c.status,
            stop.c.cancel_reason, stop.c.headcount_approximate,
            case((done, func.coalesce(heads.c.n, 0)), else_=0), case((done, func.coalesce(acts.c.n, 0)), else_=0),
            case((done, func.coalesce(acts.c.p, 0)), else_=0), func.coalesce(recs.c.n, 0),
            *(func.coalesce(recs.c[f"o{i}"], 0) for i in range(len(_OUTCOMES))),
        )
        .select_from(frm)
        .where(*conds, *_bounds(day, rs.date_from, rs.date_to))
        .order_by(day, tour.c.title, stop.c.seq, stop.c.id)
    )
    return [tuple(row) for row in session.execute(stmt)]


def activity_rows(session: Session, rs: ResolvedScope, narrow: Narrow) -> list[tuple[Any, ...]]:
    """Activities at done stops in scope. Rows: stop id, day, held at, district ru, kk, settlement ru, kk, tour title,
    type, audience, title, participants, handouts, publications, description."""
    frm, conds = _anchor(rs, narrow, base=activity, on=stop.c.id == activity.c.stop_id)
    day = _stop_day()
    stmt = (
        select(
            stop.c.id, day, activity.c.held_at, district.c.name_ru, district.c.name_kk, settlement.c.name_ru,
            settlement.c.name_kk, tour.c.title, activity.c.type, activity.c.audience, activity.c.title,
            activity.c.participants, activity.c.handouts, activity.c.publications, activity.c.description,
        )
        .select_from(frm)
        .where(*conds, _live(activity), stop.c.status == "done", *_bounds(day, rs.date_from, rs.date_to))
        .order_by(day, tour.c.title, stop.c.seq, activity.c.held_at, activity.c.id)
    )
    return [tuple(row) for row in session.execute(stmt)]


# Personal columns are not even read in redacted mode: what is never fetched cannot leak into a report.
RECEPTION_COLUMNS: tuple[str, ...] = (
    "reg_no", "received_at", "district_ru", "district_kk", "settlement_ru", "settlement_kk", "applicant_name",
    "applicant_iin", "applicant_phone", "applicant_address", "social_category", "appeal_form", "topic", "essence",
    "outcome", "help_kind", "responsible_ru", "responsible_kk", "deadline",
)
RECEPTION_COLUMNS_REDACTED: tuple[str, ...] = tuple(
    c for c in RECEPTION_COLUMNS
    if c not in {"applicant_name", "applicant_iin", "applicant_phone", "applicant_address", "essence"}
)


def _reception_select(rs: ResolvedScope, narrow: Narrow, columns: tuple[str, ...]) -> Any:
    frm, conds = _anchor(rs, narrow, base=reception, on=stop.c.id == reception.c.stop_id)
    frm = frm.outerjoin(organization, organization.c.id == reception.c.responsible_org_id).outerjoin(
        control_item, and_(control_item.c.id == reception.c.control_item_id, _live(control_item))
    )
    available: dict[str, ColumnElement[Any]] = {
        "reg_no": reception.c.reg_no, "received_at": reception.c.received_at,
        "district_ru": district.c.name_ru, "district_kk": district.c.name_kk,
        "settlement_ru": settlement.c.name_ru, "settlement_kk": settlement.c.name_kk,
        "applicant_name": reception.c.applicant_name, "applicant_iin": reception.c.applicant_iin,
        "applicant_phone": reception.c.applicant_phone, "applicant_address": reception.c.applicant_address,
        "social_category": reception.c.social_category, "appeal_form": reception.c.appeal_form,
        "topic": reception.c.topic, "essence": reception.c.essence, "outcome": reception.c.outcome,
        "help_kind": reception.c.help_kind, "responsible_ru": organization.c.name_ru,
        "responsible_kk": organization.c.name_kk, "deadline": control_item.c.deadline,
    }
    return (
        select(*(available[c] for c in columns))
        .select_from(frm)
        .where(*conds, _live(reception), *_bounds(reception.c.received_at, rs.date_from, rs.date_to))
    ), frm, conds


def count_receptions(session: Session, rs: ResolvedScope, narrow: Narrow) -> int:
    _, frm, conds = _reception_select(rs, narrow, ("reg_no",))
    stmt = select(func.count()).select_from(frm).where(
        *conds, _live(reception), *_bounds(reception.c.received_at, rs.date_from, rs.date_to)
    )
    return int(session.execute(stmt).scalar() or 0)


def reception_rows(
    session: Session, rs: ResolvedScope, narrow: Narrow, columns: tuple[str, ...], batch: int = 4000
) -> Iterator[tuple[Any, ...]]:
    """Receptions in scope (the indicator's definition), oldest first, `columns` of RECEPTION_COLUMNS, streamed in
    batches so a journal of 100,000 rows never sits in memory at once.

    The order is taken first over row ids alone, then the lines are read batch by batch: sorting the whole wide
    lines would make SQLite hold all of them in its sorter (in memory: SQLCipher keeps temporary data there).
    """
    rowid: ColumnElement[Any] = literal_column("reception.rowid")
    _, frm, conds = _reception_select(rs, narrow, ("reg_no",))
    order = (
        select(rowid)
        .select_from(frm)
        .where(*conds, _live(reception), *_bounds(reception.c.received_at, rs.date_from, rs.date_to))
        .order_by(reception.c.received_at, reception.c.reg_no)
    )
    ids = [int(r[0]) for r in session.execute(order)]
    stmt, _, _ = _reception_select(rs, narrow, columns)
    # An expanding parameter: the statement is compiled once, not once per batch.
    stmt = stmt.add_columns(rowid).where(rowid.in_(bindparam("ids", expanding=True)))
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        found = {int(row[-1]): tuple(row[:-1]) for row in session.execute(stmt, {"ids": chunk})}
        for rid in chunk:
            line = found.get(rid)
            if line is not None:  # a line deleted meanwhile by another window is simply left out
                yield line


def topic_counts(session: Session, rs: ResolvedScope, narrow: Narrow) -> dict[str, int]:
    """Receptions in scope per topic code (the topics chart); they add up to the receptions indicator."""
    _, frm, conds = _reception_select(rs, narrow, ("topic",))
    stmt = (
        select(reception.c.topic, func.count())
        .select_from(frm)
        .where(*conds, _live(reception), *_bounds(reception.c.received_at, rs.date_from, rs.date_to))
        .group_by(reception.c.topic)
    )
    return {str(topic): int(n) for topic, n in session.execute(stmt)}


def control_item_descriptions(session: Session) -> dict[str, str]:
    """description of every live control item that has one (a title cut from it is scrubbed from the whole)."""
    stmt = select(control_item.c.id, control_item.c.description).where(_live(control_item),
                                                                       control_item.c.description != "")
    return {str(i): str(d) for i, d in session.execute(stmt) if d}


def resident_names(session: Session, rs: ResolvedScope | None = None, narrow: Narrow | None = None,
                   control_item_ids: Collection[str] | None = None) -> set[str]:
    """The names a redacted report or export scrubs from its free text: the applicants of the receptions in scope
    (rs None: of every live reception) and of those linked to the control items listed (None: every item), the items'
    responsible persons and the reporters of tips."""
    names: set[str] = set()

    def add(stmt: Any) -> None:
        names.update(str(n) for (n,) in session.execute(stmt) if n)

    if rs is None:
        add(select(reception.c.applicant_name).where(_live(reception)).distinct())
    elif not rs.empty:
        stmt, _, _ = _reception_select(rs, narrow or Narrow(), ("applicant_name",))
        add(stmt.distinct())
    items = None if control_item_ids is None else sorted(control_item_ids)
    if items is None or items:
        linked = (
            select(reception.c.applicant_name)
            .select_from(control_reception.join(reception, reception.c.id == control_reception.c.reception_id))
            .where(_live(control_reception), _live(reception))
        )
        direct = select(reception.c.applicant_name).where(_live(reception), reception.c.control_item_id.is_not(None))
        persons = select(control_item.c.responsible_person).where(_live(control_item))
        if items is not None:
            linked = linked.where(control_reception.c.control_item_id.in_(items))
            direct = direct.where(reception.c.control_item_id.in_(items))
            persons = persons.where(control_item.c.id.in_(items))
        for stmt in (linked, direct, persons):
            add(stmt.distinct())
    add(select(signal.c.reporter).where(_live(signal)).distinct())
    return names
