"""The supervisor's control register page by page: filtered, sorted and counted in SQL, so that a region's thousands
of items list as fast as a village's dozen. The rows are the same ControlRow as services.control.list_control's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from fieldapp.domain.enums import ControlStatus
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import ResolvedScope, Scope
from fieldapp.domain.rules import is_overdue
from fieldapp.domain.workdays import HolidayCalendar
from fieldapp.services.context import Context
from fieldapp.services.control import ControlRow
from fieldapp.services.indicators import resolve_scope
from fieldapp.storage.queries import control_register as q

SORT_KEYS = q.SORT_KEYS
PAGE_SIZE = 200


@dataclass(frozen=True)
class RegisterQuery:
    """Which items, in which order. `sort` is one of SORT_KEYS; "default" puts the overdue items first."""

    status: ControlStatus | None = None
    overdue: bool | None = None
    district_id: str | None = None
    responsible_org_id: str | None = None
    sort: str = "default"
    descending: bool = False
    # The dashboard's scope (ResolvedScope's ids and days: items registered in the period), and the search text.
    campaign_ids: frozenset[str] | None = None
    district_ids: frozenset[str] | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    text: str | None = None
    # One tour's (or stop's) report: only the items raised at its receptions.
    tour_id: str | None = None
    stop_id: str | None = None


@dataclass(frozen=True)
class RegisterCounts:
    shown: int  # items that pass the filter
    overdue: int  # of those, overdue
    total: int  # live items before filtering


@dataclass(frozen=True)
class RegisterChoices:
    districts: tuple[tuple[str, str], ...]  # (id, name) of the districts that have items, by name
    responsible: tuple[tuple[str, str], ...]  # (id, name) of the bodies that answer for items, by name
    total: int


def in_scope(rs: ResolvedScope, *, tour_id: str | None = None, stop_id: str | None = None) -> RegisterQuery:
    """The register's query for the items of a resolved scope: the same campaigns, districts and days of registration
    the indicators count; with a tour (or stop), only the items raised at its receptions."""
    return RegisterQuery(campaign_ids=rs.campaign_ids, district_ids=rs.district_ids, registered_from=rs.date_from,
                         registered_to=rs.date_to, tour_id=tour_id, stop_id=stop_id)


def overdue_in_scope(ctx: Context, scope: Scope) -> RegisterQuery:
    """The register's query for the overdue items of `scope` (so the dashboard's box lists what its «просрочено»
    tile counts)."""
    return replace(in_scope(resolve_scope(ctx, scope)), overdue=True)


def _filter(ctx: Context, query: RegisterQuery) -> q.RegisterFilter:
    return q.RegisterFilter(today=ctx.today(), status=None if query.status is None else query.status.value,
                            overdue=query.overdue, district_id=query.district_id,
                            responsible_org_id=query.responsible_org_id, campaign_ids=query.campaign_ids,
                            district_ids=query.district_ids, registered_from=query.registered_from,
                            registered_to=query.registered_to, text=(query.text or "").strip() or None,
                            tour_id=query.tour_id, stop_id=query.stop_id)


def register_page(
    ctx: Context, query: RegisterQuery, offset: int = 0, limit: int = PAGE_SIZE
) -> tuple[ControlRow, ...]:
    """Rows `offset` … `offset + limit - 1` of the register in `query`'s order (fewer at its end)."""
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit are never negative")
    with ctx.db.reading() as s:
        rows = q.page(s, _filter(ctx, query), sort=query.sort, descending=query.descending, offset=offset,
                      limit=limit)
        return _rows(ctx, rows)


def register_rows(ctx: Context, query: RegisterQuery) -> tuple[ControlRow, ...]:
    """Every row of the register in `query`, in its order (a report's list)."""
    with ctx.db.reading() as s:
        rows = q.page(s, _filter(ctx, query), sort=query.sort, descending=query.descending, limit=None)
        return _rows(ctx, rows)


def register_counts(ctx: Context, query: RegisterQuery) -> RegisterCounts:
    with ctx.db.reading() as s:
        shown, overdue = q.counts(s, _filter(ctx, query))
        total = q.live_total(s)
    return RegisterCounts(shown, overdue, total)


def register_choices(ctx: Context) -> RegisterChoices:
    """What the filter pickers offer, with district names in the context's language."""
    with ctx.db.reading() as s:
        total, districts, bodies = q.choices(s)
    named = ((d.id, (d.name_kk or d.name_ru) if ctx.lang == "kk" else d.name_ru) for d in districts)
    return RegisterChoices(
        districts=tuple(sorted(named, key=lambda pair: pair[1].casefold())),
        responsible=tuple(sorted(((b.id, b.name_ru or "") for b in bodies), key=lambda pair: pair[1].casefold())),
        total=total,
    )


def _rows(ctx: Context, found: Sequence[Any]) -> tuple[ControlRow, ...]:
    today = ctx.today()
    statuses = [ControlStatus(r.status) for r in found]
    open_deadlines = {r.deadline for r, st in zip(found, statuses, strict=True) if st.is_open}
    left = _working_days_left(ctx.calendar, today, open_deadlines)
    return tuple(
        ControlRow(
            r.id, r.title, status, r.registered_on, r.deadline, r.notify_by, is_overdue(status, r.deadline, today),
            left.get(r.deadline) if status.is_open else None, r.responsible_org_id, r.responsible_org_name,
            r.responsible_person, r.settlement_id, r.settlement_name, r.district_id, int(r.receptions),
        )
        for r, status in zip(found, statuses, strict=True)
    )


def _working_days_left(cal: HolidayCalendar, today: date, deadlines: set[date]) -> dict[date, int | None]:
    """HolidayCalendar.working_days_between(today, deadline) for many deadlines in one walk over the days between
    (a page holds a few hundred items; counting each one's days anew took longer than the query). None where a
    year has no holiday file: better no figure than a wrong one."""
    found: dict[date, int | None] = {}
    for targets, step in ((sorted(d for d in deadlines if d >= today), 1),
                          (sorted((d for d in deadlines if d < today), reverse=True), -1)):
        count, day, known = 0, today, True
        for target in targets:
            # Ahead: working days in (today, target]; behind: minus those in (target, today].
            while known and day != target:
                if step > 0:
                    day += timedelta(days=1)
                try:
                    count += cal.is_working_day(day)
                except ValidationError:
                    known = False
                if step < 0:
                    day -= timedelta(days=1)
            found[target] = step * count if known else None
    return found
