"""Live receptions per outcome or per topic at a set of stops, without a pass over every (stop, …) entry.

A region's file holds a million receptions at ten thousand stops, and the dashboard's usual scope is all of them.
Grouping per stop first (what a breakdown needs) reads every one of the million (stop id, outcome, …) index entries,
twice for outcomes and topics. Here the receptions of the whole file are counted per value from the short (value,
deleted, received_at) entries, one range per value, and those at the stops that are *not* in the scope are taken off
(for the whole file: deleted stops, stops of deleted tours or campaigns, and stops that never arrived); when the scope
holds fewer stops than it leaves out, its own stops are counted instead. Either way the figure is the same: live
receptions dated in [first, last] whose stop is in the scope.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, Table, false, func, literal, select, type_coerce
from sqlalchemy.orm import Session

__all__ = ["live_counts_at_stops"]

# Ids bound in one IN list: far below SQLite's limit of variables, large enough that a scope of thousands of stops
# takes a few statements.
_CHUNK = 900


def _dated(reception: Table, first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    """Live, with received_at within [first, last] as stored-text comparisons (the index's own order)."""
    stored = type_coerce(reception.c.received_at, String)
    conds: list[ColumnElement[bool]] = [reception.c.deleted == false()]
    if first is not None:
        conds.append(stored >= literal(first.isoformat(), String))
    if last is not None:
        conds.append(stored < literal((last + timedelta(days=1)).isoformat(), String))
    return conds


def _distinct(session: Session, column: ColumnElement[Any]) -> list[str]:
    """The distinct non-null values of an indexed column, one index seek each (a loose index scan: a handful of
    outcomes, or ten thousand stop ids, rather than a million entries)."""
    values = select(func.min(column).label("x")).cte("loose", recursive=True)
    values = values.union_all(
        select(select(func.min(column)).where(column > values.c.x).scalar_subquery()).where(values.c.x.is_not(None))
    )
    return [str(v) for (v,) in session.execute(select(values.c.x).where(values.c.x.is_not(None)))]


def _whole_file(session: Session, reception: Table, column: ColumnElement[Any],
                dated: list[ColumnElement[bool]]) -> Counter[str]:
    """Live receptions dated in scope per value of `column`, at any stop: one counted range of its index per value."""
    out: Counter[str] = Counter()
    for value in _distinct(session, column):
        stmt = select(func.count()).select_from(reception).where(column == value, *dated)
        out[value] = int(session.execute(stmt).scalar_one())
    return out


def _at_stops(session: Session, reception: Table, column: ColumnElement[Any], dated: list[ColumnElement[bool]],
              stop_ids: Sequence[str]) -> Counter[str]:
    """Live receptions dated in scope per value of `column` at `stop_ids`, through the (stop_id, value, …) index."""
    out: Counter[str] = Counter()
    for start in range(0, len(stop_ids), _CHUNK):
        chunk = list(stop_ids[start:start + _CHUNK])
        # Grouped by stop first, the order of the (stop_id, value) index: seeks to the chosen stops, no sort.
        per_stop = (
            select(column.label("value"), func.count().label("n"))
            .select_from(reception)
            .where(reception.c.stop_id.in_(chunk), *dated)
            .group_by(reception.c.stop_id, column)
            .subquery("per_stop")
        )
        for value, n in session.execute(select(per_stop.c.value, func.sum(per_stop.c.n)).group_by(per_stop.c.value)):
            out[str(value)] += int(n or 0)
    return out


def live_counts_at_stops(session: Session, reception: Table, column: ColumnElement[Any], in_scope: Select[Any],
                         first: date | None, last: date | None) -> dict[str, int]:
    """{value of `column`: live receptions dated in [first, last] at the stops `in_scope` selects (one column of
    stop ids)}. Values nobody has are left out."""
    dated = _dated(reception, first, last)
    chosen = {str(i) for (i,) in session.execute(in_scope)}
    used = _distinct(session, reception.c.stop_id)  # every stop id receptions name, present in `stop` or not
    inside = [s for s in used if s in chosen]
    outside = [s for s in used if s not in chosen]
    if len(outside) < len(inside):
        counts = _whole_file(session, reception, column, dated)
        counts.subtract(_at_stops(session, reception, column, dated, outside))
    else:
        counts = _at_stops(session, reception, column, dated, inside)
    return {value: n for value, n in counts.items() if n > 0}
