"""Compact inserts: a row's insert change is stored without its value while the row itself still holds it.

Every inserted row's payload was kept twice: in its table and, packed, as the value of its insert change (field ROW)
— at a million receptions 830 MB of a 2.7 GB file. An insert change is now stored with value NULL ("compact") when
packing the row back gives exactly the insert's bytes (`fits`), and the row's insert is the only change of the row.
Its value is rebuilt from the row by every reader (`fill`, `rebuilt`: pack_row of fields(tbl) as SQLite returns
them, which is how capture packs a row), and written back (`materialise`) before anything else changes the row: a
local edit or tombstone (changelog.store), a change that a merge brings for the row (merge._apply). A change never
leaves the file compact: packages, the hub and the history read full values.

When the bytes would not come back the same the value is kept, as before: a value SQLite would store as another type
(an int in a REAL column, a float or a bool in a NUMERIC one), a field left out whose column has a default, a
NaN, a payload packed by another encoder than this one (msgpack allows several byte forms of one map).

A migration that changes the values or the columns of a synced table must call `materialise_table` first.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import msgpack
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, String
from sqlalchemy.types import TypeDecorator

from fieldapp.sync.changelog import Change, Value, make_change, pack_row, unpack_row
from fieldapp.sync.fields import ROW, absent_values, fields, table

CHUNK = 500  # ids per `IN (...)`: well under SQLite's limit of bound parameters

# Under the test suite (FIELDAPP_CHECK_COMPACT=1) every value made compact is remembered in this process, and every
# rebuild is compared with it: a rebuilt value that differs from what was signed fails the test that read it.
_ORIGINALS: dict[tuple[str, int], bytes] | None = {} if os.environ.get("FIELDAPP_CHECK_COMPACT") == "1" else None


class CompactMismatch(AssertionError):
    """A rebuilt insert is not the one that was stored: a write changed a row without materialising it first."""


@cache
def _kinds(tbl: str) -> dict[str, tuple[type, ...]]:
    """Per field, the Python types SQLite gives back unchanged from its column (by the column's affinity)."""
    out: dict[str, tuple[type, ...]] = {}
    for name in fields(tbl):
        kind = table(tbl).columns[name].type
        if isinstance(kind, TypeDecorator):  # SQLModel's AutoString wraps a String
            kind = kind.impl_instance
        if isinstance(kind, Boolean | Integer):  # NUMERIC / INTEGER affinity: an int stays an int
            out[name] = (int,)
        elif isinstance(kind, Float):  # REAL affinity: an int would come back a float
            out[name] = (float,)
        elif isinstance(kind, DateTime | Date | String):  # dates are checked text (sync.validate, sql_value)
            out[name] = (str,)
        elif isinstance(kind, LargeBinary):
            out[name] = (bytes,)
    return out


_shapes: dict[tuple[str, tuple[str, ...], tuple[type, ...]], bool] = {}
_MAX_SHAPES = 4096


@cache
def _defaulted(tbl: str) -> frozenset[str]:
    """Fields SQLite gives a value when an insert leaves them out (the column's server default). The ORM's own
    defaults do not count: a model sets them on the object, which capture packs."""
    columns = table(tbl).columns
    named = {n for n in fields(tbl) if columns[n].server_default is not None}
    return frozenset(named | absent_values(tbl).keys())


def _shape_fits(tbl: str, names: tuple[str, ...], kinds: tuple[type, ...]) -> bool:
    order = fields(tbl)
    allowed = _kinds(tbl)
    present = set(names)
    return (list(names) == [n for n in order if n in present]
            and _defaulted(tbl) <= present
            and all(kind in allowed.get(name, ()) for name, kind in zip(names, kinds, strict=True)))


def fits(tbl: str, row: Mapping[str, Value]) -> bool:
    """Whether `row` (an insert's non-NULL fields, in the order they were packed) comes back from its table exactly:
    the same names in the same order, each value of the type SQLite returns it as, no default filled in. One check
    per shape of row (names and types), cached: a million inserts have a few dozen."""
    names = tuple(row)
    kinds = tuple(map(type, row.values()))
    key = (tbl, names, kinds)
    ok = _shapes.get(key)
    if ok is None:
        if len(_shapes) >= _MAX_SHAPES:  # a package can make every row a new shape: the cache must not grow with it
            _shapes.clear()
        ok = _shapes[key] = _shape_fits(tbl, names, kinds)
    if ok and float in kinds:
        return all(v == v for v in row.values() if type(v) is float)  # SQLite stores a NaN as NULL
    return ok


_REMEMBERED = 200_000  # enough for any test's world, and a bounded-memory test's child stays bounded


def remember(changes: Iterable[tuple[Change, bytes]]) -> None:
    """Under the test suite: the values of changes about to be stored compact."""
    if _ORIGINALS is not None:
        for c, value in changes:
            if len(_ORIGINALS) >= _REMEMBERED:
                return
            _ORIGINALS[(c.dev, c.seq)] = value


def rebuilt(cur: Any, rows: Iterable[tuple[str, str]]) -> dict[tuple[str, str], bytes]:
    """The packed insert of each (table, row id) as its row holds it now, a table and a chunk of ids at a time."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in rows:
        by_table[tbl].append(row_id)
    out: dict[tuple[str, str], bytes] = {}
    for tbl, ids in by_table.items():
        names = fields(tbl)
        cols = ", ".join(f'"{c}"' for c in ("id", *names))
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            marks = ", ".join("?" * len(part))
            for row_id, *values in cur.execute(f'SELECT {cols} FROM "{tbl}" WHERE id IN ({marks})', part):
                out[(tbl, row_id)] = pack_row(zip(names, values, strict=True))
    return out


def fill(cur: Any, changes: Sequence[Change]) -> list[Change]:
    """`changes` with the values of compact inserts rebuilt from their rows (the others as they are)."""
    out = list(changes)
    wanted = [i for i, c in enumerate(out) if c.value is None and c.field == ROW]
    if not wanted:
        return out
    values = rebuilt(cur, [(out[i].tbl, out[i].row_id) for i in wanted])
    for i in wanted:
        c = out[i]
        value = values.get((c.tbl, c.row_id))
        if value is None:
            raise CompactMismatch(f"the row {c.tbl} {c.row_id} of the compact insert {c.dev}:{c.seq} is gone")
        if _ORIGINALS is not None:
            _check(c, value)
        out[i] = make_change((*c[:6], value, *c[7:]))  # not _replace(): a Python call per change
    return out


def _check(c: Change, value: bytes) -> None:
    if _ORIGINALS is not None:
        original = _ORIGINALS.get((c.dev, c.seq))
        if original is not None and original != value:
            raise CompactMismatch(f"the compact insert {c.dev}:{c.seq} of {c.tbl} {c.row_id} no longer rebuilds: "
                                  f"{original!r} != {value!r}")


_COMPACT_OF_ROWS = (
    "SELECT w.row_id, w.dev, w.seq FROM sync_winner w JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq "
    "WHERE w.tbl = ? AND w.field = '*' AND c.value IS NULL AND w.row_id IN ({marks})"
)


def materialise(cur: Any, rows: Iterable[tuple[str, str]]) -> int:
    """Store the value of the compact insert of each of `rows` (table, row id), before the row changes; returns how
    many were compact. A compact insert is the winner of its row's key ROW (the row's only change)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for tbl, row_id in dict.fromkeys(rows):
        by_table[tbl].append(row_id)
    found: list[tuple[str, str, str, int]] = []
    for tbl, ids in by_table.items():
        for start in range(0, len(ids), CHUNK):
            part = ids[start:start + CHUNK]
            query = _COMPACT_OF_ROWS.format(marks=", ".join("?" * len(part)))
            found.extend((tbl, row_id, dev, seq) for row_id, dev, seq in cur.execute(query, (tbl, *part)))
    return _store_values(cur, found)


def materialise_ids(cur: Any, inserts: Mapping[tuple[str, str], tuple[str, int]]) -> int:
    """materialise() for rows whose insert change (dev, seq) is known: only those stored compact are written."""
    found: list[tuple[str, str, str, int]] = []
    by_dev: dict[str, list[tuple[int, tuple[str, str]]]] = defaultdict(list)
    for row, (dev, seq) in inserts.items():
        by_dev[dev].append((seq, row))
    for dev, items in by_dev.items():
        for start in range(0, len(items), CHUNK):
            part = items[start:start + CHUNK]
            seqs = {seq: row for seq, row in part}
            marks = ", ".join("?" * len(part))
            for (seq,) in cur.execute(
                f"SELECT seq FROM sync_change WHERE dev = ? AND seq IN ({marks}) AND value IS NULL", (dev, *seqs)
            ):
                found.append((*seqs[seq], dev, seq))
    return _store_values(cur, found)


def _store_values(cur: Any, found: Sequence[tuple[str, str, str, int]]) -> int:
    if not found:
        return 0
    values = rebuilt(cur, [(tbl, row_id) for tbl, row_id, _d, _s in found])
    updates = []
    for tbl, row_id, dev, seq in found:
        value = values.get((tbl, row_id))
        if value is None:
            raise CompactMismatch(f"the row {tbl} {row_id} of the compact insert {dev}:{seq} is gone")
        _check(Change(dev, seq, 0, tbl, row_id, ROW, None), value)
        updates.append((value, dev, seq))
    cur.executemany("UPDATE sync_change SET value = ? WHERE dev = ? AND seq = ?", updates)
    return len(updates)


def restore(cur: Any, changes: Iterable[tuple[Change, bytes]]) -> None:
    """Store the values of inserts that were logged compact but whose row did not come out as the insert (a row
    that already existed, or could not be written yet)."""
    cur.executemany("UPDATE sync_change SET value = ? WHERE dev = ? AND seq = ?",
                    [(value, c.dev, c.seq) for c, value in changes])


def materialise_table(cur: Any, tbl: str) -> int:
    """Store the value of every compact insert of `tbl` (before a migration changes its columns or values)."""
    total, after = 0, ""
    while True:  # a page of the table's inserts at a time, each read whole before its values are written
        found = [(tbl, row_id, dev, seq) for row_id, dev, seq in cur.execute(
            "SELECT w.row_id, w.dev, w.seq FROM sync_winner w JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq "
            "WHERE w.tbl = ? AND w.field = '*' AND w.row_id > ? AND c.value IS NULL ORDER BY w.row_id LIMIT 20000",
            (tbl, after)).fetchall()]
        if not found:
            return total
        total += _store_values(cur, found)
        after = found[-1][1]


def compact_count(cur: Any) -> int:
    """How many inserts are stored compact (for tests and the bench's report)."""
    return int(cur.execute("SELECT count(*) FROM sync_change WHERE field = '*' AND value IS NULL").fetchone()[0])


_STANDING_INSERTS = (
    # The inserts that are their row's only change: the winner of its key ROW, no other winner, no history.
    "SELECT w.tbl, w.row_id, w.dev, w.seq, c.value FROM sync_winner w "
    "JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq "
    "WHERE w.field = '*' AND c.value IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM sync_winner o WHERE o.tbl = w.tbl AND o.row_id = w.row_id AND o.field <> '*') "
    "AND NOT EXISTS (SELECT 1 FROM sync_history h WHERE h.tbl = w.tbl AND h.row_id = w.row_id)"
)


def standing_inserts(cur: Any, columns: Mapping[str, Iterable[str]], batch: int = 5000) -> Iterable[tuple[str, int]]:
    """(dev, seq) of the stored inserts that may be stored compact: the row's only change, a value this encoder
    packs the same way, and the row as it stands packs back to it byte for byte. For a file written before inserts
    were compact (migration 0011). `columns`: each table's columns in the file; a table that lacks a field of this
    app's model (a later migration adds it) is left as it is."""
    usable = {tbl for tbl, cols in columns.items() if set(fields(tbl)) <= set(cols)}
    packb = msgpack.Packer(use_bin_type=True).pack
    reader = cur.connection.execute(_STANDING_INSERTS)
    try:
        while chunk := reader.fetchmany(batch):
            candidates = []
            for tbl, row_id, dev, seq, value in chunk:
                if tbl not in usable or type(value) is not bytes:
                    continue
                try:
                    row = unpack_row(value)
                except ValueError:
                    continue
                if fits(tbl, row) and packb(row) == value:
                    candidates.append((tbl, row_id, dev, seq, value))
            now = rebuilt(cur, [(tbl, row_id) for tbl, row_id, _d, _s, _v in candidates])
            yield from ((dev, seq) for tbl, row_id, dev, seq, value in candidates if now.get((tbl, row_id)) == value)
    finally:
        reader.close()
