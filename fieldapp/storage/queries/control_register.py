"""The control register in SQL pages: the status derived from the event history inside the query, so that filters,
sorting, counting and paging all happen in SQLite and only one page of rows reaches Python."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, case, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import ControlStatus
from fieldapp.storage.queries.control import live_reception_counts
from fieldapp.storage.queries.indicators import control_final_kind, control_is_open, control_status_column
from fieldapp.storage.queries.report_scope import items_of_stops_query
from fieldapp.storage.tables import (
    ControlItem,
    ControlReception,
    District,
    Organization,
    Reception,
    Settlement,
)

# The status (and whether an item is open) is decided by queries.indicators' correlated columns, as the dashboard's
# counts decide it: per-item lookups, faster for a page of the register than a window over every event.
OPEN_STATUSES = tuple(status.value for status in ControlStatus if status.is_open)

SORT_KEYS = ("default", "title", "status", "deadline", "days_left", "responsible", "settlement", "registered",
             "receptions")

FOLD_FUNCTION = "fieldapp_casefold"
_ROWS_CHUNK = 500  # ids read whole in one statement


@dataclass(frozen=True)
class RegisterFilter:
    today: date
    status: str | None = None  # a ControlStatus value
    overdue: bool | None = None
    district_id: str | None = None
    responsible_org_id: str | None = None
    # The dashboard's scope: campaigns and districts (None = any), the days of registration (both included).
    campaign_ids: frozenset[str] | None = None
    district_ids: frozenset[str] | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    text: str | None = None  # found in the title or the settlement's name, ignoring case (search box)
    # One tour's (or stop's) report: only the items raised at a live reception of its live stops.
    tour_id: str | None = None
    stop_id: str | None = None


def _status_column() -> ColumnElement[str]:
    return control_status_column(col(ControlItem.id))


def _receptions_column() -> Any:
    """The number of an item's live links to live receptions (a correlated column).

    Its links are counted in their own index (control_item_id, deleted, reception_id), and those to deleted
    receptions, whose ids come from the small index of deleted ones (ix_reception_deleted), are taken off: looking up
    each linked reception's row to see whether it is deleted cost 30,000 random reads of a region's file."""
    mine = and_(col(ControlReception.control_item_id) == col(ControlItem.id), col(ControlReception.deleted).is_(False))
    # `deleted = 1` written as the partial index's own condition, so that SQLite reads that index.
    dead_ids = select(col(Reception.id)).where(col(Reception.deleted) == literal_column("1"))
    links = select(func.count()).select_from(ControlReception).where(mine).scalar_subquery()
    dead = select(func.count()).select_from(ControlReception) \
        .where(mine, col(ControlReception.reception_id).in_(dead_ids)).scalar_subquery()
    return links - dead


def _open_column() -> Any:
    """1 while an item is open (open or in progress), else 0: whether it has a live final event, one index read
    (the status itself may need a second: which of «opened» and «in progress» came last)."""
    return case((control_is_open(control_final_kind(col(ControlItem.id))), 1), else_=0)


def _needs_status(where: RegisterFilter, sort: str) -> bool:
    """Whether choosing a page reads the items' statuses: a filter or an order of status does. Lateness and the
    default order only ask whether an item is open (_open_column)."""
    return where.status is not None or sort == "status"


def _needs_open(where: RegisterFilter, sort: str) -> bool:
    return where.overdue is not None or sort in ("default", "days_left")


def _reads_places(where: RegisterFilter) -> bool:
    return where.district_id is not None or where.district_ids is not None or bool(where.text)


def _base(columns: Sequence[Any], where: RegisterFilter, ids: Sequence[str] | None = None, *,
          with_status: bool = True, with_open: bool = False) -> tuple[Select[Any], dict[str, Any]]:
    """The filtered register (only the items of `ids`, when given) as a subquery-able select, and its computed
    columns by name. Without `with_status` the status is not worked out (up to two index reads per item: most of
    the time of a page over a region's 30,000 items); `with_open` then tells open items from finished ones."""
    status = [_status_column().label("status")] if with_status else \
        [_open_column().label("open")] if with_open else []
    if (with_status or with_open) and not any(c.name == "deadline" for c in columns):
        columns = [*columns, col(ControlItem.deadline).label("deadline")]
    inner: Any = select(col(ControlItem.id).label("id"), *status, *columns).select_from(ControlItem)
    # Joined only when read: without them SQLite reads the items from the narrowest index that holds the columns
    # (ix_control_item_title for the title order) instead of the table's rows.
    if with_status or ids is not None or _reads_places(where) or any(
            c.name in ("responsible_org_name", "settlement_name") for c in columns):
        inner = inner.outerjoin(Organization, col(Organization.id) == col(ControlItem.responsible_org_id)) \
            .outerjoin(Settlement, col(Settlement.id) == col(ControlItem.settlement_id))
    inner = inner.where(col(ControlItem.deleted).is_(False))
    if ids is not None:
        inner = inner.where(col(ControlItem.id).in_(ids))
    if where.district_id is not None:
        inner = inner.where(col(Settlement.district_id) == where.district_id)
    if where.responsible_org_id is not None:
        inner = inner.where(col(ControlItem.responsible_org_id) == where.responsible_org_id)
    if where.campaign_ids is not None:
        inner = inner.where(col(ControlItem.campaign_id).in_(sorted(where.campaign_ids)))
    if where.district_ids is not None:
        inner = inner.where(col(Settlement.district_id).in_(sorted(where.district_ids)))
    if where.registered_from is not None:
        inner = inner.where(col(ControlItem.registered_on) >= where.registered_from)
    if where.registered_to is not None:
        inner = inner.where(col(ControlItem.registered_on) <= where.registered_to)
    if where.tour_id is not None or where.stop_id is not None:
        inner = inner.where(col(ControlItem.id).in_(items_of_stops_query(tour_id=where.tour_id,
                                                                        stop_id=where.stop_id)))
    if where.text:
        fold, needle = getattr(func, FOLD_FUNCTION), where.text.casefold()
        inner = inner.where(or_(func.instr(fold(col(ControlItem.title)), needle) > 0,
                                func.instr(fold(func.coalesce(col(Settlement.name_ru), "")), needle) > 0,
                                func.instr(fold(func.coalesce(col(Settlement.name_kk), "")), needle) > 0))
    if where.overdue is True:  # (implied by the overdue test below; lets SQLite read the deadline index's range)
        inner = inner.where(col(ControlItem.deadline) < where.today)
    if not with_status:
        # No status: SQLite may fold the query into the outer one and read an index in the sort's order, stopping at
        # the page's end (the deadline order reads 200 entries of ix_control_item_deadline).
        sub = inner.cte("register")
        query = select(sub)
        if not with_open:
            return query, {"sub": sub}
        is_open = sub.c.open == 1
    else:
        # Materialized: the status is worked out once per item, not again in every filter and sort key using it.
        sub = inner.cte("register").prefix_with("MATERIALIZED")
        query = select(sub)
        is_open = sub.c.status.in_(OPEN_STATUSES)
    overdue = and_(is_open, sub.c.deadline < where.today)
    if where.status is not None:
        query = query.where(sub.c.status == where.status)
    if where.overdue is True:
        query = query.where(overdue)
    elif where.overdue is False:
        query = query.where(or_(~is_open, sub.c.deadline >= where.today))
    return query, {"sub": sub, "is_open": is_open, "overdue": overdue}


def _row_columns() -> list[Any]:
    return [
        col(ControlItem.title).label("title"), col(ControlItem.registered_on).label("registered_on"),
        col(ControlItem.deadline).label("deadline"), col(ControlItem.notify_by).label("notify_by"),
        col(ControlItem.responsible_org_id).label("responsible_org_id"),
        col(Organization.name_ru).label("responsible_org_name"),
        col(ControlItem.responsible_person).label("responsible_person"),
        col(ControlItem.settlement_id).label("settlement_id"), col(Settlement.name_ru).label("settlement_name"),
        col(Settlement.district_id).label("district_id"),
        # Counted for the page's rows alone (page()).
        literal(None).label("receptions"),
    ]


def install_fold(session: Session) -> None:
    """Case-insensitive ordering that knows Cyrillic (SQLite's own NOCASE folds ASCII only)."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    driver.create_function(FOLD_FUNCTION, 1, lambda text: None if text is None else str(text).casefold(),
                           deterministic=True)


def _sort_columns(sort: str) -> list[Any]:
    """The columns `sort` orders by (_base adds the deadline wherever lateness is read)."""
    cols: list[Any] = [col(ControlItem.deadline).label("deadline")] if sort == "deadline" else []
    if sort == "title":
        cols.append(col(ControlItem.title).label("title"))
    elif sort == "responsible":
        cols += [col(Organization.name_ru).label("responsible_org_name"),
                 col(ControlItem.responsible_person).label("responsible_person")]
    elif sort == "settlement":
        cols.append(col(Settlement.name_ru).label("settlement_name"))
    elif sort == "registered":
        cols.append(col(ControlItem.registered_on).label("registered_on"))
    elif sort == "receptions":
        cols.append(_receptions_column().label("receptions"))
    return cols


def page(session: Session, where: RegisterFilter, *, sort: str = "default", descending: bool = False,
         offset: int = 0, limit: int | None = 200) -> Sequence[Any]:
    """One page of rows (limit None: to the register's end): id, status, title, registered_on, deadline, notify_by,
    responsible_org_id, responsible_org_name, responsible_person, settlement_id, settlement_name, district_id,
    receptions.

    The page is chosen over the sort's own columns alone (a region has tens of thousands of items: reading every
    item's title, body and settlement to sort by deadline doubled the time), then only its rows are read whole."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    with_status = _needs_status(where, sort)
    with_open = not with_status and _needs_open(where, sort)
    query, parts = _base(_sort_columns(sort), where, with_status=with_status, with_open=with_open)
    sub = parts["sub"]
    if with_status or with_open:
        is_open, overdue = parts["is_open"], parts["overdue"]
        late_first = case((overdue, 0), else_=1)
        open_first = case((is_open, 0), else_=1)
    fold = getattr(func, FOLD_FUNCTION)
    keys: list[Any]
    if sort == "default" and where.overdue is True and where.status is None:
        # Every item is overdue (the dashboard's box): the deadline order alone, which SQLite reads from the deadline
        # index, testing items until the page is full rather than all of them before sorting.
        keys, descending = [sub.c.deadline], False
    elif sort == "default":
        # The supervisor's order: overdue first (the longest overdue at the top), then open ones by deadline, then
        # the finished ones; the direction does not apply.
        keys, descending = [late_first, open_first, sub.c.deadline], False
    elif sort == "title":
        keys = [fold(sub.c.title)]
    elif sort == "status":
        keys = [late_first, sub.c.status]
    elif sort == "deadline":
        keys = [sub.c.deadline]
    elif sort == "days_left":
        # Finished items have no days left: they sort after every open one; working days follow the deadline.
        keys = [open_first, sub.c.deadline]
    elif sort == "responsible":
        keys = [fold(func.coalesce(sub.c.responsible_org_name, "—")), fold(sub.c.responsible_person)]
    elif sort == "settlement":
        keys = [fold(func.coalesce(sub.c.settlement_name, "—"))]
    elif sort == "registered":
        keys = [sub.c.registered_on]
    else:
        keys = [sub.c.receptions]
    keys.append(sub.c.id)
    if sort in ("title", "responsible", "settlement") or where.text:
        install_fold(session)
    if sort == "default" and with_open:
        ids = _default_page(session, query, sub, parts["is_open"], offset, limit)
    else:
        ordered = query.with_only_columns(sub.c.id).order_by(*(key.desc() if descending else key for key in keys))
        ids = [str(r[0]) for r in session.execute(ordered.offset(offset).limit(limit))]
    if not ids:
        return []
    found: dict[str, Any] = {}
    counted: dict[str, int] = {}
    # In chunks: a whole register (a report's) would otherwise bind tens of thousands of ids in one statement.
    for start in range(0, len(ids), _ROWS_CHUNK):
        chunk = ids[start:start + _ROWS_CHUNK]
        whole, _parts = _base(_row_columns(), RegisterFilter(today=where.today), chunk)
        found.update((r.id, r) for r in session.execute(whole))
        counted.update(live_reception_counts(session, chunk))
    return [SimpleNamespace(**{**found[i]._mapping, "receptions": counted.get(i, 0)}) for i in ids if i in found]


def _default_page(session: Session, query: Select[Any], sub: Any, is_open: Any, offset: int,
                  limit: int | None) -> list[str]:
    """The default order's page: the open items by deadline, then the finished ones by deadline.

    That is the overdue-first order itself (an overdue item is an open one whose deadline has passed, so it comes
    before every open one not yet due), read in two walks of the deadline index that stop when the page is full
    instead of testing all of a region's 30,000 items before sorting them."""
    def walk(cond: Any, skip: int, take: int | None) -> list[str]:
        ordered = query.with_only_columns(sub.c.id).where(cond).order_by(sub.c.deadline, sub.c.id)
        return [str(r[0]) for r in session.execute(ordered.offset(skip).limit(take))]

    wanted = None if limit is None else offset + limit
    opened = walk(is_open, 0, wanted)
    if len(opened) == wanted:
        return opened[offset:]
    # Every open item is in `opened`: the page ends (or lies wholly) among the finished ones.
    page = opened[offset:]
    return page + walk(~is_open, max(0, offset - len(opened)), None if limit is None else limit - len(page))


def counts(session: Session, where: RegisterFilter) -> tuple[int, int]:
    """(items, overdue items) that pass the filter."""
    if where.text:
        install_fold(session)
    with_status = where.status is not None
    query, _parts = _base([col(ControlItem.deadline).label("deadline")], where, with_status=with_status,
                          with_open=not with_status)
    sub = query.subquery("filtered")
    is_open = sub.c.status.in_(OPEN_STATUSES) if with_status else sub.c.open == 1
    overdue = and_(is_open, sub.c.deadline < where.today)
    total, late = session.execute(select(func.count(), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
                                  .select_from(sub)).one()
    return int(total), int(late)


def live_total(session: Session) -> int:
    """The number of live items, before any filter."""
    live = col(ControlItem.deleted).is_(False)
    return int(session.execute(select(func.count()).select_from(ControlItem).where(live)).scalar_one())


def choices(session: Session) -> tuple[int, Sequence[Row[str, str, str]], Sequence[Row[str, str]]]:
    """What the filter pickers offer: the number of live items, (id, name_ru, name_kk) of their districts and
    (id, name_ru) of the bodies that answer for them."""
    live = col(ControlItem.deleted).is_(False)
    total = live_total(session)
    districts = session.execute(
        select(col(District.id), col(District.name_ru), col(District.name_kk))
        .where(col(District.id).in_(
            select(col(Settlement.district_id)).join(ControlItem, col(ControlItem.settlement_id) == col(Settlement.id))
            .where(live)))
    ).all()
    bodies = session.execute(
        select(col(Organization.id), col(Organization.name_ru))
        .where(col(Organization.id).in_(select(col(ControlItem.responsible_org_id)).where(live)))
    ).all()
    return total, districts, bodies
