"""Every change of one record, read from the change log: what `fieldapp history` and the «История» panels show.

The log is the one account of who changed what (imports and sync included): nothing else is written for history.
A record's changes are found through sync_winner (one row per field, keyed by table and record) and sync_history
(every change of a field that has more than one), never by scanning the log itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.sync.changelog import Change, Value, as_field, changes_of, unpack_row
from fieldapp.sync.fields import ROW, tables

__all__ = ["FieldChange", "record_changes", "record_table"]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field set by one change: its value before (None at the insert) and after."""

    change: Change
    field: str
    old: Value
    new: Value
    created: bool  # set by the record's insert


def record_table(cur: Any, row_id: str) -> str | None:
    """The synced table that holds the record `row_id` (ids are UUIDs: one table at most), or None."""
    for tbl in tables():
        if cur.execute("SELECT 1 FROM sync_winner WHERE tbl = ? AND row_id = ? LIMIT 1", (tbl, row_id)).fetchone():
            return tbl
    return None


def record_changes(cur: Any, tbl: str, row_id: str) -> list[FieldChange]:
    """Every field change of the record, oldest first (by the change's clock): an insert gives one entry per field
    it set, each later change one with the value it replaced — in the order of the clocks, so a change merged from
    another laptop takes its place among the local ones."""
    names = {f for (f,) in cur.execute("SELECT field FROM sync_winner WHERE tbl = ? AND row_id = ?", (tbl, row_id))}
    inserts = changes_of(cur, (tbl, row_id, ROW)) if ROW in names else []
    per_field: dict[str, list[Change]] = defaultdict(list)
    for name in names:
        if name != ROW:  # a field edited since: its own changes, and the inserts seen as its changes
            per_field[name].extend(changes_of(cur, (tbl, row_id, name)))
    for insert in inserts:  # the fields never edited since their insert have no winner of their own
        for name in unpack_row(insert.value):
            if name not in names:
                per_field[name].append(as_field(insert, name))
    out: list[FieldChange] = []
    for name, changes in per_field.items():
        out.extend(_in_order(name, changes, {c.id for c in inserts}))
    out.sort(key=lambda fc: (fc.change.hlc, fc.change.dev, fc.change.seq, fc.field))
    return out


def _in_order(name: str, changes: Sequence[Change], insert_ids: set[tuple[str, int]]) -> list[FieldChange]:
    unique = {c.id: c for c in changes}.values()
    ordered = sorted(unique, key=lambda c: (c.hlc, c.dev, c.seq))
    out: list[FieldChange] = []
    previous: Value = None
    for n, c in enumerate(ordered):
        created = c.id in insert_ids
        # A change that wrote the value the field already had (an approval seals the day so: fieldapp/sync/seal.py)
        # changed nothing a person would read as a change.
        if (n and not created and c.value == previous) or (created and c.value is None):
            continue  # (an insert leaves the fields it does not name empty: nothing was set)
        out.append(FieldChange(c, name, previous, c.value, created))
        previous = c.value
    return out
