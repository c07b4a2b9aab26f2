"""Conflicts for review: the heads of each conflicting field side by side, and resolving one with a new change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldapp.storage.bulk import sql_datetime
from fieldapp.storage.changes import note_written
from fieldapp.storage.local_meta import Bind, checked_device_id, next_sequence
from fieldapp.storage.tables import utcnow
from fieldapp.sync.changelog import (
    Change,
    ChangeId,
    Key,
    Value,
    changes_of,
    dbapi,
    format_bases,
    heads,
    local_tick,
    refresh_conflicts,
    set_vector,
    store,
)
from fieldapp.sync.fields import BOOKKEEPING, field_set, is_synced
from fieldapp.sync.hlc import physical_ms
from fieldapp.sync.validate import check_changes, typed_value


@dataclass(frozen=True)
class Head:
    change: ChangeId
    value: Value
    device: str
    at_ms: int  # the wall-clock part of its hlc
    author: str | None
    winning: bool

    def as_json(self) -> dict[str, Any]:
        value = self.value.hex() if isinstance(self.value, bytes) else self.value
        return {"change": f"{self.change[0]}:{self.change[1]}", "value": value, "device": self.device,
                "at_ms": self.at_ms, "author": self.author, "winning": self.winning}


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    field: str
    heads: tuple[Head, ...]

    @property
    def key(self) -> Key:
        return (self.table, self.row_id, self.field)

    def as_json(self) -> dict[str, Any]:
        return {"table": self.table, "row_id": self.row_id, "field": self.field,
                "heads": [h.as_json() for h in self.heads]}


def _heads_of(cur: Any, key: Key) -> list[Change]:
    return heads(changes_of(cur, key))


# A file merged by an older version may list bookkeeping fields: they are not conflicts (fields.BOOKKEEPING).
_OPEN = f"FROM sync_conflict WHERE field NOT IN ({', '.join('?' * len(BOOKKEEPING))})"


def count_conflicts(bind: Bind) -> int:
    """How many fields list_conflicts() would list, in one count query (the status bar's figure)."""
    cur = dbapi(bind).cursor()
    try:
        return int(cur.execute(f"SELECT count(*) {_OPEN}", sorted(BOOKKEEPING)).fetchone()[0])
    finally:
        cur.close()


def list_conflicts(bind: Bind) -> list[Conflict]:
    cur = dbapi(bind).cursor()
    try:
        keys = cur.execute(f"SELECT tbl, row_id, field {_OPEN} ORDER BY tbl, row_id, field",
                           sorted(BOOKKEEPING)).fetchall()
        out = []
        for tbl, row_id, field in keys:
            hs = _heads_of(cur, (tbl, row_id, field))
            out.append(Conflict(tbl, row_id, field, tuple(
                Head(h.id, h.value, h.dev, physical_ms(h.hlc), h.author, n == 0) for n, h in enumerate(hs))))
        return out
    finally:
        cur.close()


class NoSuchConflict(LookupError):
    pass


def resolve(bind: Bind, tbl: str, row_id: str, field: str, value: Value, author: str | None = None) -> Change:
    """Write `value` as one new change whose bases are all the heads (SYNC.md), so the field has one head again."""
    if not is_synced(tbl) or field not in field_set(tbl):
        raise NoSuchConflict(f"{tbl}.{field}")
    cur = dbapi(bind).cursor()
    try:
        key = (tbl, row_id, field)
        hs = _heads_of(cur, key)
        if not hs:
            raise NoSuchConflict(f"{tbl}.{row_id}.{field}")
        me = checked_device_id(bind)
        stamp = local_tick(bind, max(h.hlc for h in hs))
        seq = next_sequence(bind, "sync")
        change = Change(me, seq, stamp, tbl, row_id, field, typed_value(tbl, field, value),
                        format_bases(sorted(h.id for h in hs)), author)
        # A value every peer would refuse must not enter this device's log: its later packages would be refused whole.
        check_changes([change])
        value = change.value
        # The history is kept per key: the field's own winner, if it has one (a head may be its row's insert).
        own = cur.execute("SELECT dev, seq FROM sync_winner WHERE tbl = ? AND row_id = ? AND field = ?", key).fetchone()
        store(cur, [change], {key: (own[0], own[1])} if own is not None else {})
        set_vector(cur, me, seq, seq)
        # Written straight to the row: through the ORM it would be captured a second time.
        cur.execute(f'UPDATE "{tbl}" SET "{field}" = ?, updated_at = ? WHERE id = ?',
                    (value, sql_datetime(utcnow()), row_id))
        note_written(bind, (tbl,))
        refresh_conflicts(cur, [key])
        return change
    finally:
        cur.close()
