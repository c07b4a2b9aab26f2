"""Applying remote changes: append to the log, guarded upsert of the winners, then write the winning values.

Runs on the raw DB-API connection of the caller's transaction (never the ORM, so nothing is captured again).
Order-free by construction: the winner of a field is the max of (hlc, dev, seq) over the set of its changes, and
conflicts are recomputed from that set, so import order, duplicates and relays cannot change the result.

A row's insert change (field ROW) sets every field of its row. sync_winner keeps its winner under the key ROW, apart
from the fields' own: the value a field shows is that of the later of the two. A row that does not exist yet takes
its insert as it is (the fast path: journals, demos, most of every import); a row that already has winners (an
edit arrived before its insert) keeps, field by field, every value whose change sorts after the insert.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, groupby
from operator import itemgetter
from typing import Any, NamedTuple

import msgpack

from fieldapp.storage.bulk import paused_gc, sql_datetime
from fieldapp.storage.changes import note_written
from fieldapp.storage.local_meta import Bind
from fieldapp.storage.schema_extras import fts_for_insert
from fieldapp.storage.tables import utcnow
from fieldapp.sync import compact
from fieldapp.sync.changelog import (
    CHANGE_COLUMNS,
    SELECT_CHANGE,
    Change,
    ChangeId,
    Key,
    Unpacked,
    Value,
    change_id,
    change_key,
    dbapi,
    insert_changes,
    make_change,
    recompute_vector,
    record_history,
    refresh_conflicts,
    unpack_row,
    version_vector,
)
from fieldapp.sync.deferred_indexes import DeferredIndexes
from fieldapp.sync.fields import ROW, absent_values, field_set, fields, required_fields, tables

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


def _as_stored(value: Value) -> Value:
    """The value as SQLite gives it back: a bool is the integer it is, a NaN is NULL."""
    if type(value) is bool:
        return int(value)
    return None if value != value else value


def _same_change(stored: Sequence[Any], c: Change) -> bool:
    """Whether the columns of a change already in the log (all but dev and seq) are those of `c`."""
    hlc, tbl, row_id, field_name, value, bases, author, schema = stored
    mine = _as_stored(c.value)
    same_value = type(value) is type(mine) and value == mine
    return (same_value and (hlc, tbl, row_id, field_name, bases, author, schema)
            == (c.hlc, c.tbl, c.row_id, c.field, c.bases_text, c.author, c.schema_version))


_dev_of = itemgetter(0)
_seq_of = itemgetter(1)


def unknown_changes(cur: Any, changes: Iterable[Change]) -> list[Change]:
    """The changes not in the log yet, each once, in (dev, seq) order: the order of the log's key, where they append.

    Raises SequenceCollision when a (dev, seq) comes with other content than the change the log (or another of
    `changes`) holds under it.
    """
    vector = version_vector(cur)
    fresh: list[Change] = []
    for dev, run in groupby(sorted(changes, key=change_id), key=_dev_of):
        group = list(run)
        seqs = list(map(_seq_of, group))
        start = bisect_right(seqs, vector.get(dev, 0))  # at or below the vector: here already
        group, seqs = group[start:], seqs[start:]
        if not group:
            continue
        if len(set(seqs)) < len(seqs):  # a package together with a relay of it
            once: dict[int, Change] = {}
            for c in group:
                first = once.setdefault(c.seq, c)
                if first is not c and not _same_change(first[2:], c):
                    raise SequenceCollision(dev, c.seq)
            group = list(once.values())
        known = {row[0]: row[1:] for row in cur.execute(
            f"SELECT seq, {', '.join(CHANGE_COLUMNS[2:])} FROM sync_change WHERE dev = ? AND seq BETWEEN ? AND ?",
            (dev, seqs[0], seqs[-1]))}
        if known:
            _rebuild_compact(cur, dev, known)
            kept = []
            for c in group:
                stored = known.get(c.seq)
                if stored is None:
                    kept.append(c)
                elif not _same_change(stored, c):
                    raise SequenceCollision(dev, c.seq)
            group = kept
        fresh.extend(group)
    return fresh


def _rebuild_compact(cur: Any, dev: str, known: dict[int, tuple[Any, ...]]) -> None:
    """The stored columns of `known` with the values of compact inserts rebuilt from their rows, for comparing."""
    compacted = [make_change((dev, seq, *row)) for seq, row in known.items() if row[4] is None and row[3] == ROW]
    for c in compact.fill(cur, compacted):
        known[c.seq] = tuple(c[2:])


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


def _value_of(cur: Any, ident: ChangeId) -> Value:
    row = cur.execute(f"{SELECT_CHANGE} WHERE dev = ? AND seq = ?", ident).fetchone()
    value: Value = compact.fill(cur, [make_change(row)])[0].value
    return value


def _earlier_values(cur: Any, tbl: str, row_id: str, missing: Iterable[str],
                    old: dict[Key, tuple[int, str, int]]) -> dict[str, Value]:
    """The values the fields `missing` had before this batch: of their own winner or of the row's insert, the later
    (a field neither names has none and is left out)."""
    out: dict[str, Value] = {}
    star = old.get((tbl, row_id, ROW))
    inserted: dict[str, Value] | None = None
    for name in missing:
        own = old.get((tbl, row_id, name))
        if star is not None and (own is None or star > own):
            if inserted is None:
                inserted = unpack_row(_value_of(cur, star[1:]))
            out[name] = inserted.get(name)
        elif own is not None:
            out[name] = _value_of(cur, own[1:])
    return out


def _existing_ids(cur: Any, tbl: str, row_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(row_ids):
        marks = ",".join("?" * len(part))
        found.update(r for (r,) in cur.execute(f'SELECT id FROM "{tbl}" WHERE id IN ({marks})', tuple(part)))
    return found


def _compact_inserts(fresh: list[Change], old: dict[Key, tuple[int, str, int]],
                     rows: Unpacked) -> tuple[list[Change], list[tuple[Change, bytes]]]:
    """The changes to log, with the inserts that can be stored compact (fieldapp.sync.compact) without their value,
    and those inserts with their values: a row seen for the first time, by its insert alone, packed by this
    encoder in the order and types its table gives back."""
    flags = list(map(ROW.__eq__, map(_field_of, fresh)))
    if not any(flags):  # field changes only (older laptops' inserts, edits): nothing to decide, at C speed
        return fresh, []
    inserts = list(compress(fresh, flags))
    with_changes = set(map(_row_of_key, old)) if old else set()
    counts = Counter(map(_row_of, fresh))  # an insert is compact only as its row's one change in the batch
    fits, packb = compact.fits, _packer().pack
    compacted: list[tuple[Change, bytes]] = []
    for c in inserts:
        row = (c.tbl, c.row_id)
        if type(c.value) is bytes and counts[row] == 1 and row not in with_changes:
            values = rows[c.value]
            if fits(c.tbl, values) and packb(values) == c.value:
                compacted.append((c, c.value))
    if not compacted:
        return fresh, []
    compact.remember(compacted)
    made = {id(c) for c, _v in compacted}
    return [c._replace(value=None) if id(c) in made else c for c in fresh], compacted


@cache
def _packer() -> msgpack.Packer:
    return msgpack.Packer(use_bin_type=True)


def _write_rows(cur: Any, tbl: str, values: dict[str, dict[str, Value]], old: dict[Key, tuple[int, str, int]],
                result: ApplyResult, now: str, indexes: DeferredIndexes | None = None,
                unwritten: set[tuple[str, str]] | None = None) -> None:
    """Write the winning values of table `tbl`: UPDATE the rows that exist, INSERT the ones that do not.

    A field of a new row that no change names is NULL: an insert is captured as the fields that carry a value.
    `unwritten` (when inserts were logged compact) gets the rows that were not inserted here.
    """
    existing = _existing_ids(cur, tbl, sorted(values))
    by_fields: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    inserts: list[tuple[Any, ...]] = []
    names = fields(tbl)
    required = required_fields(tbl)
    updated = 0
    for row_id, vals in values.items():
        if row_id in existing:
            if unwritten is not None:
                unwritten.add((tbl, row_id))
            cols = tuple(sorted(vals))
            by_fields[cols].append((*(vals[c] for c in cols), now, row_id))
            updated += len(cols)
            continue
        if old:
            # Fields this batch did not win may have winners from earlier packages (a row whose insert was late).
            earlier = _earlier_values(cur, tbl, row_id, [n for n in names if n not in vals], old)
            if earlier:
                vals = {**earlier, **vals}
        if not required <= vals.keys():
            result.waiting_rows += 1
            if unwritten is not None:
                unwritten.add((tbl, row_id))
            continue
        inserts.append((row_id, *map(vals.get, names), now))
    allowed = field_set(tbl)
    for cols, rows in by_fields.items():
        # The last guard before names go into SQL: packages are checked against the schema when read
        # (sync.validate), and nothing else may reach this line with a name the table does not have.
        if not allowed.issuperset(cols):
            raise ValueError(f"{tbl} has no field(s) {sorted(set(cols) - allowed)!r}")
        sets = ", ".join(f'"{c}" = ?' for c in cols)
        cur.executemany(f'UPDATE "{tbl}" SET {sets}, updated_at = ? WHERE id = ?', rows)
    if inserts:
        # In the order of their ids, the table's key: each row goes at the end of the key's B-tree instead of into
        # the middle (UUIDv7 ids grow with time; packages of several laptops interleave them). Half the insert's cost.
        inserts.sort(key=_first)
        if indexes is not None:
            indexes.before_insert(cur, tbl, len(inserts))
        col_list = ", ".join(f'"{c}"' for c in ("id", *names, "updated_at"))
        marks = ", ".join("?" * (len(names) + 2))
        with fts_for_insert(cur, tbl, len(inserts)):  # only new rows inside: nothing updates them there
            cur.executemany(f'INSERT INTO "{tbl}" ({col_list}) VALUES ({marks})', inserts)
        result.new_rows[tbl] = result.new_rows.get(tbl, 0) + len(inserts)
    if updated:
        result.updated_fields[tbl] = result.updated_fields.get(tbl, 0) + updated


def apply_changes(bind: Bind, changes: Sequence[Change], rows: Unpacked | None = None,
                  indexes: DeferredIndexes | None = None) -> ApplyResult:
    """Merge `changes` (from any number of packages, in any order, duplicates allowed) into this database.

    `rows`: the inserts of `changes` unpacked once, shared with the caller's other readers (check_reg_numbers);
    `indexes`: the caller's deferral of the indexes of tables that take many new rows (see DeferredIndexes).

    The caller holds the transaction, with foreign keys off: a child may arrive before its parent when packages
    are imported out of order, and the merge must not refuse it (the parent comes with the missing package).
    """
    with paused_gc():
        return _apply(bind, changes, Unpacked() if rows is None else rows, indexes)


def _apply(bind: Bind, changes: Sequence[Change], rows: Unpacked, indexes: DeferredIndexes | None) -> ApplyResult:
    result = ApplyResult(received=len(changes))
    cur = dbapi(bind).cursor()
    try:
        fresh = unknown_changes(cur, changes)
        result.new = len(fresh)
        if not fresh:
            return result
        rows_by_table: dict[str, set[str]] = defaultdict(set)
        for tbl, row_id in set(map(_row_of, fresh)):
            rows_by_table[tbl].add(row_id)
        old = _old_winners(cur, rows_by_table)
        if old:
            # Rows this batch changes whose insert is stored compact: its value is stored before the row changes.
            compact.materialise_ids(cur, {key[:2]: order[1:] for key, order in old.items() if key[2] == ROW})
        logged, compacted = _compact_inserts(fresh, old, rows)
        insert_changes(cur, logged)

        keys = list(map(change_key, fresh))
        best = dict(zip(keys, fresh, strict=True))
        several: set[Key] = set()
        if len(best) < len(fresh):
            several = {key for key, n in Counter(keys).items() if n > 1}
            for key, c in zip(keys, fresh, strict=True):
                if key in several and c.order > best[key].order:
                    best[key] = c
        won = [c for key, c in best.items() if key not in old or c.order > old[key]] if old else list(best.values())
        # The guarded upsert straight from the log just written, one statement per run of sequence numbers: the
        # guard keeps the best of old and new per field, so the table ends as `won` says, without binding its rows.
        cur.executemany(UPSERT_WINNERS_FROM_LOG, seq_runs(fresh))
        previous = {key: (d, s) for key, (_h, d, s) in old.items() if key in best}
        if previous or several:
            shared = previous.keys() | several
            record_history(cur, [c for key, c in zip(keys, fresh, strict=True) if key in shared], previous, several)

        values: dict[str, dict[str, dict[str, Value]]] = defaultdict(lambda: defaultdict(dict))
        # `won` runs in (dev, seq) order, where the fields of one row mostly follow each other.
        for (tbl, row_id), run in groupby(won, key=_row_of):
            values[tbl][row_id].update(map(_field_value, run))
        inserted = _with_inserts(won, old, values, rows)
        now = sql_datetime(utcnow())
        unwritten: set[tuple[str, str]] = set()
        for tbl in tables():  # parents before children
            if tbl in values:
                _write_rows(cur, tbl, values[tbl], old, result, now, indexes,
                            unwritten if compacted else None)
        if compacted and unwritten:
            # A compact insert whose row was not written from it alone (it existed already, or waits for a field):
            # its value is stored after all.
            compact.restore(cur, [(c, v) for c, v in compacted if (c.tbl, c.row_id) in unwritten])
        # Below SQLAlchemy, so the statement guard never saw these writes: the commit tells the pages itself.
        note_written(bind, values.keys())

        # Into a file that had none of these fields and got each once, nothing can disagree: no pass over them.
        contested: list[Key] = []
        if old or several or inserted.rows:
            contested = [k for k in best if k[2] != ROW and (k in old or k in several or k[:2] in inserted.rows)]
        if several or inserted.with_winners:
            # A row's new insert sets all its fields: where the row had winners already, or gets two inserts, its
            # fields may now disagree.
            for key in best:
                if key[2] == ROW and (key in several or key[:2] in inserted.with_winners):
                    contested.extend((key[0], key[1], name) for name in fields(key[0]))
        if contested:
            result.new_conflicts = sorted(refresh_conflicts(cur, contested))
        result.devices = set(map(_dev_of, fresh))
        for dev in sorted(result.devices):
            recompute_vector(cur, dev)
        return result
    finally:
        cur.close()


# SYNC.md's guarded upsert of the winners (changelog.UPSERT_WINNER) for a run of one device's logged changes.
UPSERT_WINNERS_FROM_LOG = (
    "INSERT INTO sync_winner (tbl, row_id, field, hlc, dev, seq) "
    "SELECT tbl, row_id, field, hlc, dev, seq FROM sync_change WHERE dev = ? AND seq BETWEEN ? AND ? "
    "ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev, seq = excluded.seq "
    "WHERE (excluded.hlc, excluded.dev, excluded.seq) > (sync_winner.hlc, sync_winner.dev, sync_winner.seq)"
)


def seq_runs(changes: Iterable[Change]) -> list[tuple[str, int, int]]:
    """(device, first, last) of the runs of consecutive sequence numbers of one device, in the order the changes
    come (a package's changes come by device and number: one run per device it carries)."""
    if isinstance(changes, list):
        # One device's numbers without a gap, in order, are one run: told at C speed by comparing them with the
        # range between their ends (the common case: a batch of one laptop's package). Ends, count and sum alone
        # would take 1, 1, 4, 4 for 1, 2, 3, 4.
        out: list[tuple[str, int, int]] = []
        for dev, group in groupby(changes, key=_dev_of):
            seqs = list(map(_seq_of, group))
            first, last = seqs[0], seqs[-1]
            if seqs == list(range(first, last + 1)):
                out.append((dev, first, last))
            else:
                out.extend(_seq_runs([(dev, s) for s in seqs]))
        return out
    return _seq_runs(map(change_id, changes))


def _seq_runs(ids: Iterable[tuple[str, int]]) -> list[tuple[str, int, int]]:
    runs: list[tuple[str, int, int]] = []
    dev, first, last = "", 0, -1
    for c_dev, c_seq in ids:
        if c_dev == dev and c_seq == last + 1:
            last = c_seq
            continue
        if last >= first and dev:
            runs.append((dev, first, last))
        dev, first, last = c_dev, c_seq, c_seq
    if dev:
        runs.append((dev, first, last))
    return runs


_row_of = itemgetter(3, 4)
_first = itemgetter(0)
_tbl_of = itemgetter(3)
_field_of = itemgetter(5)
_field_value = itemgetter(5, 6)


class _Inserts(NamedTuple):
    rows: set[tuple[str, str]]  # the rows of this batch that have an insert change, from before or in it
    with_winners: set[tuple[str, str]]  # the rows of this batch that had winners before it


def _with_inserts(won: Sequence[Change], old: dict[Key, tuple[int, str, int]],
                  values: dict[str, dict[str, dict[str, Value]]], unpacked: Unpacked) -> _Inserts:
    """Turn the won changes of rows with an insert change into the values their fields take now.

    `values` holds, per row, the value of every change that won its key (the packed row under ROW); a field shows
    the later of its own winner and its row's insert, so an insert that won gives every field whose own winner
    sorts before it (absent from the packed row: NULL), and a field's change that won gives its value only when it
    sorts after the row's insert.
    """
    with_winners = set(map(_row_of_key, old)) if old else set()
    old_inserts = {key[:2]: order for key, order in old.items() if key[2] == ROW}
    inserts = list(compress(won, map(ROW.__eq__, map(_field_of, won))))
    new_inserts = dict(zip(map(_row_of, inserts), inserts, strict=True))
    rows = old_inserts.keys() | new_inserts.keys()
    if not rows:
        return _Inserts(set(), with_winners)
    own: dict[tuple[str, str], dict[str, Change]] = defaultdict(dict)
    if len(inserts) < len(won):
        for c in won:
            if c.field != ROW and (c.tbl, c.row_id) in rows:
                own[(c.tbl, c.row_id)][c.field] = c
    if not old and not own:
        # Every row of the batch seen for the first time, by its insert alone (an import into a new file): each
        # row's fields straight from its packed insert, a table at a time.
        for tbl, group in groupby(inserts, key=_tbl_of):
            names, absent, target = fields(tbl), _absent_list(tbl), values[tbl]
            for c in group:
                packed = unpacked[c.value]  # type: ignore[index]
                target[c.row_id] = dict(zip(names, map(packed.get, names, absent), strict=True))
        return _Inserts(rows, with_winners)
    for row in rows:
        tbl, row_id = row
        insert = new_inserts.get(row)
        if insert is None:  # an insert from before: the fields' changes that sort before it do not show
            vals = values[tbl].get(row_id)
            if vals:
                for name, c in own[row].items():
                    if c.order < old_inserts[row]:
                        del vals[name]
                if not vals:
                    del values[tbl][row_id]
            continue
        names = fields(tbl)
        packed = unpacked[insert.value]
        changed = own.get(row)
        if not changed and row not in with_winners:  # the fast path: a row seen for the first time
            # A field the row lacks is NULL, or the default of a NOT NULL column added later (an older insert).
            values[tbl][row_id] = dict(zip(names, map(packed.get, names, _absent_list(tbl)), strict=True))
            continue
        defaults = absent_values(tbl)
        if defaults and not defaults.keys() <= packed.keys():
            packed = {**defaults, **packed}
        out: dict[str, Value] = {}
        for name in names:
            edit = changed.get(name) if changed else None
            later = edit.order if edit is not None else old.get((tbl, row_id, name))
            if later is None or later < insert.order:
                out[name] = packed.get(name)
            elif edit is not None:
                out[name] = edit.value
        values[tbl][row_id] = out
    return _Inserts(rows, with_winners)


_row_of_key = itemgetter(0, 1)


@cache
def _absent_list(tbl: str) -> tuple[Value, ...]:
    """absent_values() of `tbl` per field, in the order of fields(): what a field left out of an insert holds."""
    defaults = absent_values(tbl)
    return tuple(defaults.get(name) for name in fields(tbl))

