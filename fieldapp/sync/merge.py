"""Applying remote changes: append to the log, guarded upsert of the winners, then write the winning values.

Runs on the raw DB-API connection of the caller's transaction (never the ORM, so nothing is captured again).
Order-free by construction: the winner of a field is the max of (hlc, dev, seq) over the set of its changes, and
conflicts are recomputed from that set, so import order, duplicates and relays cannot change the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldapp.storage.bulk import sql_datetime
from fieldapp.storage.local_meta import Bind
from fieldapp.storage.tables import utcnow
from fieldapp.sync.changelog import (
    INSERT_CHANGE,
    UPSERT_WINNER,
    Change,
    Key,
    Value,
    change_rows,
    dbapi,
    recompute_vector,
    refresh_conflicts,
    version_vector,
)
from fieldapp.sync.fields import fields, required_fields, tables

CHUNK = 500  # ids per `IN (...)`: well under SQLite's limit of bound parameters


class SequenceCollision(Exception):
    """Two different changes carry one (device, seq): one of the databases is an unnoticed copy of the other."""

    def __init__(self, dev: str, seq: int) -> None:
        super().__init__(f"device {dev} numbered two different changes {seq}")
        self.dev = dev
        self.seq = seq


@dataclass
class ApplyResult:
    received: int = 0
    new: int = 0
    new_rows: dict[str, int] = field(default_factory=dict)  # per table
    updated_fields: dict[str, int] = field(default_factory=dict)  # per table
    new_conflicts: list[Key] = field(default_factory=list)
    waiting_rows: int = 0  # rows whose insert has not arrived yet (a gap): kept in the log, written later
    devices: set[str] = field(default_factory=set)

    def merge(self, other: ApplyResult) -> None:
        self.received += other.received
        self.new += other.new
        for k, v in other.new_rows.items():
            self.new_rows[k] = self.new_rows.get(k, 0) + v
        for k, v in other.updated_fields.items():
            self.updated_fields[k] = self.updated_fields.get(k, 0) + v
        self.new_conflicts.extend(other.new_conflicts)
        self.waiting_rows += other.waiting_rows
        self.devices |= other.devices


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def unknown_changes(cur: Any, changes: Iterable[Change]) -> list[Change]:
    """The changes not in the log yet, each once; raises SequenceCollision for a reused (dev, seq)."""
    vector = version_vector(cur)
    by_dev: dict[str, dict[int, Change]] = defaultdict(dict)
    for c in changes:
        if c.seq > vector.get(c.dev, 0):
            by_dev[c.dev].setdefault(c.seq, c)
    fresh: list[Change] = []
    for dev, group in by_dev.items():
        low, high = min(group), max(group)
        known = dict(cur.execute(
            "SELECT seq, hash FROM sync_change WHERE dev = ? AND seq BETWEEN ? AND ?", (dev, low, high)))
        for seq, c in group.items():
            if seq in known:
                if known[seq] != c.content_hash():
                    raise SequenceCollision(dev, seq)
                continue
            fresh.append(c)
    return fresh


def _old_winners(cur: Any, keys_by_table: dict[str, set[str]]) -> dict[Key, tuple[int, str, int]]:
    out: dict[Key, tuple[int, str, int]] = {}
    for tbl, row_ids in keys_by_table.items():
        for part in _chunks(sorted(row_ids)):
            marks = ",".join("?" * len(part))
            for row_id, fld, h, d, s in cur.execute(
                f"SELECT row_id, field, hlc, dev, seq FROM sync_winner WHERE tbl = ? AND row_id IN ({marks})",
                (tbl, *part),
            ):
                out[(tbl, row_id, fld)] = (h, d, s)
    return out


def _winning_values(cur: Any, tbl: str, row_id: str) -> dict[str, Value]:
    return dict(cur.execute(
        "SELECT w.field, c.value FROM sync_winner w JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq "
        "WHERE w.tbl = ? AND w.row_id = ?", (tbl, row_id)))


def _existing_ids(cur: Any, tbl: str, row_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(row_ids):
        marks = ",".join("?" * len(part))
        found.update(r for (r,) in cur.execute(f'SELECT id FROM "{tbl}" WHERE id IN ({marks})', tuple(part)))
    return found


def _write_rows(cur: Any, tbl: str, values: dict[str, dict[str, Value]], result: ApplyResult, now: str) -> None:
    """Write the winning values of table `tbl`: UPDATE the rows that exist, INSERT the ones that do not."""
    existing = _existing_ids(cur, tbl, sorted(values))
    by_fields: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    inserts: list[tuple[Any, ...]] = []
    names = fields(tbl)
    required = required_fields(tbl)
    updated = 0
    for row_id, vals in values.items():
        if row_id in existing:
            cols = tuple(sorted(vals))
            by_fields[cols].append((*(vals[c] for c in cols), now, row_id))
            updated += len(cols)
            continue
        missing = [n for n in names if n not in vals]
        if missing:
            # Fields this batch did not win may have winners from earlier packages (a row whose insert was late).
            vals = {**_winning_values(cur, tbl, row_id), **vals}
        if not required <= vals.keys():
            result.waiting_rows += 1
            continue
        inserts.append((row_id, *(vals.get(n) for n in names), now))
    for cols, rows in by_fields.items():
        sets = ", ".join(f'"{c}" = ?' for c in cols)
        cur.executemany(f'UPDATE "{tbl}" SET {sets}, updated_at = ? WHERE id = ?', rows)
    if inserts:
        col_list = ", ".join(f'"{c}"' for c in ("id", *names, "updated_at"))
        marks = ", ".join("?" * (len(names) + 2))
        cur.executemany(f'INSERT INTO "{tbl}" ({col_list}) VALUES ({marks})', inserts)
    if inserts:
        result.new_rows[tbl] = result.new_rows.get(tbl, 0) + len(inserts)
    if updated:
        result.updated_fields[tbl] = result.updated_fields.get(tbl, 0) + updated


def apply_changes(bind: Bind, changes: Sequence[Change]) -> ApplyResult:
    """Merge `changes` (from any number of packages, in any order, duplicates allowed) into this database.

    The caller holds the transaction, with foreign keys off: a child may arrive before its parent when packages
    are imported out of order, and the merge must not refuse it (the parent comes with the missing package).
    """
    result = ApplyResult(received=len(changes))
    cur = dbapi(bind).cursor()
    try:
        fresh = unknown_changes(cur, changes)
        result.new = len(fresh)
        if not fresh:
            return result
        fresh.sort(key=lambda c: (c.dev, c.seq))
        cur.executemany(INSERT_CHANGE, change_rows(fresh))

        best: dict[Key, Change] = {}
        several: set[Key] = set()
        rows_by_table: dict[str, set[str]] = defaultdict(set)
        for c in fresh:
            key = c.key
            prior = best.get(key)
            if prior is None:
                best[key] = c
                rows_by_table[c.tbl].add(c.row_id)
            else:
                several.add(key)
                if c.order > prior.order:
                    best[key] = c
        old = _old_winners(cur, rows_by_table)
        won = [c for key, c in best.items() if key not in old or c.order > old[key]]
        cur.executemany(UPSERT_WINNER, [(c.tbl, c.row_id, c.field, c.hlc, c.dev, c.seq) for c in won])

        values: dict[str, dict[str, dict[str, Value]]] = defaultdict(lambda: defaultdict(dict))
        for c in won:
            values[c.tbl][c.row_id][c.field] = c.value
        now = sql_datetime(utcnow())
        for tbl in tables():  # parents before children
            if tbl in values:
                _write_rows(cur, tbl, values[tbl], result, now)

        contested = [k for k in best if k in old] + sorted(several - old.keys())
        if contested:
            before = _conflicted(cur, contested)
            refresh_conflicts(cur, contested)
            result.new_conflicts = sorted(_conflicted(cur, contested) - before)
        result.devices = {c.dev for c in fresh}
        for dev in sorted(result.devices):
            recompute_vector(cur, dev)
        return result
    finally:
        cur.close()


def _conflicted(cur: Any, keys: Sequence[Key]) -> set[Key]:
    out: set[Key] = set()
    for key in keys:
        if cur.execute("SELECT 1 FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", key).fetchone():
            out.add(key)
    return out
