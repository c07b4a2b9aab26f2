"""The append-only change log, the field winners (guarded upsert), heads and conflicts, and version vectors."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from typing import Any, NamedTuple, cast

import msgpack

from fieldapp.storage.local_meta import (
    DEVICE_ID,
    PREVIOUS_DEVICE_IDS,
    SYNC_SEQ,
    Bind,
    checked_device_id,
    get_meta,
    next_sequence,
    renewed_device_id,
    set_meta,
)
from fieldapp.sync import hlc as clock
from fieldapp.sync.fields import BOOKKEEPING, ROW, SCHEMA_VERSION

HLC_KEY = "sync.hlc"
Value = str | int | float | bytes | None
ChangeId = tuple[str, int]  # (origin device, its sequence number): a change's global identity
Key = tuple[str, str, str]  # (table, row id, field)


class Change(NamedTuple):
    """One change of one field, laid out as its row of sync_change: a batch goes to executemany() as it is, and a
    package's 200,000 of them are built at C speed (make_change)."""

    dev: str
    seq: int
    hlc: int
    tbl: str
    row_id: str
    field: str
    value: Value
    bases_text: str | None = None  # "dev:seq dev:seq": the change(s) the editor was looking at (format_bases)
    author: str | None = None
    schema_version: int = SCHEMA_VERSION

    @property
    def bases(self) -> tuple[ChangeId, ...]:
        return parse_bases(self.bases_text)

    @property
    def id(self) -> ChangeId:
        return (self.dev, self.seq)

    @property
    def key(self) -> Key:
        return (self.tbl, self.row_id, self.field)

    @property
    def order(self) -> tuple[int, str, int]:
        """The total order that picks a field's winner on every replica alike."""
        return (self.hlc, self.dev, self.seq)

    def content_hash(self) -> bytes:
        """16 bytes over everything but the identity: two different changes under one (dev, seq) are caught (the
        PostgreSQL hub stores it; the SQLite log compares the stored columns instead)."""
        payload = msgpack.packb(
            [self.hlc, self.tbl, self.row_id, self.field, self.value, [list(b) for b in self.bases], self.author,
             self.schema_version],
            use_bin_type=True,
        )
        return hashlib.blake2b(payload, digest_size=16).digest()


# Change(*columns) without the Python-level __new__ of a named tuple: decoding a package builds one per change.
make_change = cast("Callable[[Iterable[Any]], Change]", partial(tuple.__new__, Change))
change_id = itemgetter(0, 1)  # a Change's (dev, seq), as a C function
change_key = itemgetter(3, 4, 5)  # (tbl, row_id, field)
winner_row = itemgetter(3, 4, 5, 2, 0, 1)  # the row UPSERT_WINNER takes


def change_rows(changes: Iterable[Change]) -> list[tuple[Any, ...]]:
    """The rows INSERT_CHANGE takes: the changes as plain tuples (the driver binds a tuple subclass 40% slower)."""
    return list(map(tuple, changes))


CHANGE_COLUMNS = ("dev", "seq", "hlc", "tbl", "row_id", "field", "value", "bases", "author", "schema_version")
INSERT_CHANGE = f"INSERT INTO sync_change ({', '.join(CHANGE_COLUMNS)}) VALUES ({', '.join('?' * len(CHANGE_COLUMNS))})"
# SYNC.md's guarded upsert: one statement, the same on SQLite and PostgreSQL; a loser leaves the row as it was.
UPSERT_WINNER = (
    "INSERT INTO sync_winner (tbl, row_id, field, hlc, dev, seq) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev, seq = excluded.seq "
    "WHERE (excluded.hlc, excluded.dev, excluded.seq) > (sync_winner.hlc, sync_winner.dev, sync_winner.seq)"
)
INSERT_HISTORY = "INSERT OR IGNORE INTO sync_history (tbl, row_id, field, dev, seq) VALUES (?, ?, ?, ?, ?)"
_HEAD = itemgetter(0, 1, 2, 3, 4, 5, 6, 8)  # a change's columns but its bases and schema version, as a plain tuple
_PLAIN = itemgetter(7, 9)  # bases, schema version


def insert_changes(cur: Any, changes: Sequence[Change]) -> None:
    """INSERT_CHANGE of every change; those that name no bases (every insert, most of a package) with their bases
    and schema version written into the statement rather than bound for each (a NULL goes through the driver's
    adapter: the two were a sixth of the change log's insert)."""
    plain: dict[int, list[Change]] = {}
    rest: list[Change] = []
    if len(kinds := set(map(_PLAIN, changes))) == 1 and next(iter(kinds))[0] is None:
        plain[next(iter(kinds))[1]] = list(changes)  # the common case, without a pass in Python
    else:
        for c in changes:
            if c.bases_text is None:
                plain.setdefault(c.schema_version, []).append(c)
            else:
                rest.append(c)
    for schema, group in plain.items():
        cur.executemany(f"INSERT INTO sync_change ({', '.join(CHANGE_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, "
                        f"{int(schema)})", list(map(_HEAD, group)))
    if rest:
        cur.executemany(INSERT_CHANGE, change_rows(rest))


SELECT_CHANGE = f"SELECT {', '.join(CHANGE_COLUMNS)} FROM sync_change"
_C_COLUMNS = ", ".join(f"c.{name}" for name in CHANGE_COLUMNS)


def pack_row(values: Iterable[tuple[str, Value]]) -> bytes:
    """The value of a row's insert change: its non-NULL fields, by name (msgpack keeps str, bytes, int and float
    apart, as the change log and the packages do)."""
    packed: bytes = msgpack.packb({name: value for name, value in values if value is not None}, use_bin_type=True)
    return packed


def unpack_row(value: Value) -> dict[str, Value]:
    if not isinstance(value, bytes):
        raise ValueError("the value of an insert change is not a packed row")
    row = msgpack.unpackb(value, raw=False)
    if not isinstance(row, dict):
        raise ValueError("the value of an insert change is not a packed row")
    return row


class Unpacked(dict[bytes, dict[str, Value]]):
    """The packed rows of a batch's insert changes, each unpacked once when first asked for (rows[change.value]):
    the registration-number check and the merge read the same inserts, and unpacking was most of their time.

    The dicts are shared: readers copy before they change one."""

    def __missing__(self, packed: bytes) -> dict[str, Value]:
        row = self[packed] = unpack_row(packed)
        return row


def as_field(insert: Change, field: str) -> Change:
    """A row's insert change seen as the change of one of its fields (absent from the row: set to NULL)."""
    return insert._replace(field=field, value=unpack_row(insert.value).get(field))


def field_changes(changes: Iterable[Change], tbl: str, fields: Collection[str],
                  rows: Mapping[Any, dict[str, Value]] | None = None) -> Iterator[Change]:
    """The changes of `tbl` that set one of `fields`; a row's insert counts as a change of each field it carries.

    For readers that look for particular values in a batch (registration numbers, photo hashes) whatever form the
    producer captured its inserts in. `rows`: the batch's inserts unpacked once (Unpacked), when others read them
    too."""
    for c in changes:
        if c.tbl != tbl:
            continue
        if c.field == ROW:
            row = rows[c.value] if rows is not None else unpack_row(c.value)
            for name in fields:
                if name in row:
                    yield c._replace(field=name, value=row[name])
        elif c.field in fields:
            yield c


def format_bases(bases: Sequence[ChangeId]) -> str | None:
    return " ".join(f"{d}:{s}" for d, s in bases) if bases else None


def parse_bases(text: str | None) -> tuple[ChangeId, ...]:
    if not text:
        return ()
    out = []
    for part in text.split():
        dev, _, seq = part.rpartition(":")
        out.append((dev, int(seq)))
    return tuple(out)


def change_from_row(row: Sequence[Any]) -> Change:
    """The Change of a row selected as SELECT_CHANGE does."""
    return make_change(row)


def dbapi(bind: Bind) -> Any:
    """The DB-API connection under a session or connection, inside the transaction it already has."""
    from sqlalchemy.orm import Session

    conn = bind.connection() if isinstance(bind, Session) else bind
    return conn.connection.driver_connection


# --- the clock ----------------------------------------------------------------------------------------------------


def last_hlc(bind: Bind) -> int:
    return int(get_meta(bind, HLC_KEY) or 0)


def local_tick(bind: Bind, floor: int = 0) -> int:
    """The clock of a local change made on top of bases stamped up to `floor`.

    The stored clock never runs beyond the wall clock plus the allowed skew: an edit of a record a package stamped
    years ahead is itself stamped just after that record (so it wins the field), but the clock kept for later
    changes is not dragged there (hlc.tick, hlc.kept). ValidationError "sync.clock_limit" when `floor` is MAX_HLC.
    """
    from fieldapp.storage.local_meta import database_path

    last, now = last_hlc(bind), clock.wall_ms(database_path(bind))
    stamp = clock.tick(last, now, floor)
    set_meta(bind, HLC_KEY, str(clock.kept(last, stamp, now)))
    return stamp


def observe_hlc(bind: Bind, remote: int) -> bool:
    """Advance our clock past a remote one; False (clock left alone) when the remote clock is suspicious."""
    from fieldapp.storage.local_meta import database_path

    now = clock.wall_ms(database_path(bind))
    if not clock.is_valid(remote) or clock.is_suspicious(remote, now):
        return False
    last = last_hlc(bind)
    if remote > last:
        set_meta(bind, HLC_KEY, str(remote))
    return True


# --- writing --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """A local write of one field, before it has a number: what capture hands to record_local()."""

    tbl: str
    row_id: str
    field: str
    value: Value
    # An insert whose row, as written, packs back to `value` exactly (compact.fits): logged without its value.
    compact: bool = False


def winners_of_row(cur: Any, tbl: str, row_id: str) -> dict[str, tuple[int, str, int]]:
    rows = cur.execute("SELECT field, hlc, dev, seq FROM sync_winner WHERE tbl = ? AND row_id = ?", (tbl, row_id))
    return {field: (h, d, s) for field, h, d, s in rows}


def record_local(bind: Bind, edits: Sequence[Edit], author: str | None, *, is_new: bool = False) -> list[Change]:
    """Number, stamp and store local edits: one change per field, bases = the winners the editor was looking at.

    `is_new` (every edit inserts a fresh row, as one edit of the field ROW) skips the lookup of bases: a new row
    has none. A field's winner is the later of its own winner and its row's insert: an edit of a field nobody
    changed since the insert names the insert as its base.
    """
    if not edits:
        return []
    cur = dbapi(bind).cursor()
    try:
        bases_by_key: dict[Key, tuple[int, str, int]] = {}
        several: set[Key] = set()  # fields with more than one change: the only ones that may have several heads
        if not is_new:
            for tbl, row_id in dict.fromkeys((e.tbl, e.row_id) for e in edits):
                for field, order in winners_of_row(cur, tbl, row_id).items():
                    bases_by_key[(tbl, row_id, field)] = order
                several.update((tbl, row_id, field) for (field,) in cur.execute(
                    "SELECT DISTINCT field FROM sync_history WHERE tbl = ? AND row_id = ?", (tbl, row_id)))
        floor = max((o[0] for o in bases_by_key.values()), default=0)
        me = checked_device_id(bind)
        stamp = local_tick(bind, floor)
        first = next_sequence(bind, "sync", len(edits))
        changes = []
        previous: dict[Key, ChangeId] = {}
        for n, e in enumerate(edits):
            key = (e.tbl, e.row_id, e.field)
            own = bases_by_key.get(key)
            if own is not None:
                previous[key] = (own[1], own[2])  # the history is kept per key: the insert has its own
            insert = bases_by_key.get((e.tbl, e.row_id, ROW)) if e.field != ROW else None
            base = own if insert is None or (own is not None and own > insert) else insert
            bases = None if base is None else f"{base[1]}:{base[2]}"
            if base is not None and key in several:
                seen = heads(changes_of(cur, key))
                # Heads that agree (two laptops typed the same) are all what the editor saw: naming only the winner
                # would leave the others standing beside the new value, a conflict nobody had — and one only the
                # other laptops would list, since a local edit is not checked for starting one.
                if len(seen) > 1 and not in_conflict(seen):
                    bases = format_bases(sorted(h.id for h in seen))
            changes.append(Change(me, first + n, stamp, e.tbl, e.row_id, e.field, e.value, bases, author))
        logged = changes
        if is_new and any(e.compact for e in edits):
            from fieldapp.sync import compact  # it reads rows through this module's pack_row

            compact.remember((c, e.value) for c, e in zip(changes, edits, strict=True) if e.compact)  # type: ignore[misc]
            logged = [c._replace(value=None) if e.compact else c for c, e in zip(changes, edits, strict=True)]
        store(cur, logged, previous)
        conflicted = [c.key for c in changes if c.bases_text] if not is_new else []
        if conflicted:
            refresh_conflicts(cur, conflicted, only_known=True)
        set_vector(cur, me, first + len(edits) - 1, first + len(edits) - 1)
        return changes
    finally:
        cur.close()


def store(cur: Any, changes: Sequence[Change], previous: Mapping[Key, ChangeId]) -> None:
    """Append new changes and let each compete for its field (local ones always win: they sort after their bases).

    `previous`: the winner each field had before, for the fields that had one (what record_history() needs).
    A row that gets a change other than its insert has its compact insert's value stored first, while the row still
    holds it (the caller writes the row after this).
    """
    edited = [(c.tbl, c.row_id) for c in changes if c.field != ROW]
    if edited:
        from fieldapp.sync import compact  # it reads rows through this module's pack_row

        compact.materialise(cur, edited)
    insert_changes(cur, changes)
    cur.executemany(UPSERT_WINNER, list(map(winner_row, changes)))
    keys = Counter(map(change_key, changes))
    record_history(cur, changes, previous, [k for k, n in keys.items() if n > 1])


def record_history(cur: Any, changes: Sequence[Change], previous: Mapping[Key, ChangeId],
                   repeated: Iterable[Key] = ()) -> None:
    """Keep sync_history whole: every change of a field that now has more than one change.

    `changes` were just appended; `previous` holds the winner of each field that had changes before them (while a
    field has one change, that change is its winner, and it is not in the history yet); `repeated`, the fields
    that several of `changes` share.
    """
    shared = previous.keys() | set(repeated)
    if not shared:
        return
    rows = [(*k, *previous[k]) for k in shared if k in previous]
    rows.extend((*c.key, c.dev, c.seq) for c in changes if c.key in shared)
    cur.executemany(INSERT_HISTORY, rows)


def set_vector(cur: Any, dev: str, contiguous: int, max_seq: int) -> None:
    cur.execute(
        "INSERT INTO sync_device (dev, contiguous, max_seq) VALUES (?, ?, ?) ON CONFLICT (dev) DO UPDATE SET "
        "contiguous = max(contiguous, excluded.contiguous), max_seq = max(max_seq, excluded.max_seq)",
        (dev, contiguous, max_seq),
    )


# --- heads and conflicts -----------------------------------------------------------------------------------------


def changes_of(cur: Any, key: Key) -> list[Change]:
    """Every change that set one field: its own and its row's inserts (seen as changes of that field)."""
    own = _changes_of_key(cur, key)
    tbl, row_id, field = key
    if field == ROW:
        return own
    return own + [as_field(c, field) for c in _changes_of_key(cur, (tbl, row_id, ROW))]


def _changes_of_key(cur: Any, key: Key) -> list[Change]:
    """Every change of one key: from sync_history when it has several, else its one change, the winner."""
    rows = cur.execute(
        f"SELECT {_C_COLUMNS} FROM sync_history h JOIN sync_change c ON c.dev = h.dev AND c.seq = h.seq "
        "WHERE h.tbl = ? AND h.row_id = ? AND h.field = ?", key).fetchall()
    if not rows:
        rows = cur.execute(
            f"SELECT {_C_COLUMNS} FROM sync_winner w JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq "
            "WHERE w.tbl = ? AND w.row_id = ? AND w.field = ?", key).fetchall()
    return _filled(cur, [change_from_row(r) for r in rows])


def _filled(cur: Any, changes: list[Change]) -> list[Change]:
    """`changes` with the values of compact inserts rebuilt from their rows (compact.fill), read where they are."""
    if not any(c.value is None and c.field == ROW for c in changes):
        return changes
    from fieldapp.sync import compact  # it reads rows through this module's pack_row

    return compact.fill(cur, changes)


def heads(changes: Iterable[Change]) -> list[Change]:
    """The changes no other change names as a base, best first (SYNC.md: more than one head is a conflict)."""
    changes = list(changes)
    superseded = {b for c in changes for b in c.bases}
    return sorted((c for c in changes if c.id not in superseded), key=lambda c: c.order, reverse=True)


def in_conflict(head_changes: Sequence[Change]) -> bool:
    # Two laptops that typed the same value did not disagree.
    return len({(type(c.value).__name__, c.value) for c in head_changes}) > 1


def refresh_conflicts(cur: Any, keys: Iterable[Key], *, only_known: bool = False) -> list[Key]:
    """Recompute the conflict state of `keys` from their full sets of changes (never from arrival order); returns
    the keys that were not conflicts before and are now.

    `only_known`: look only at keys already listed as conflicts (a local edit can only end one, not start one).
    """
    started: list[Key] = []
    for key in dict.fromkeys(keys):
        if only_known and cur.execute(
            "SELECT 1 FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", key
        ).fetchone() is None:
            continue
        if key[2] not in BOOKKEEPING and in_conflict(heads(changes_of(cur, key))):
            cur.execute("INSERT OR IGNORE INTO sync_conflict (tbl, row_id, field) VALUES (?, ?, ?)", key)
            if cur.rowcount > 0:
                started.append(key)
        else:
            cur.execute("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", key)
    return started


# --- version vectors --------------------------------------------------------------------------------------------


def version_vector(cur: Any) -> dict[str, int]:
    """Per origin device, the highest sequence number up to which every change is here."""
    return {dev: n for dev, n in cur.execute("SELECT dev, contiguous FROM sync_device") if n > 0}


def register_origins(cur: Any) -> None:
    """Give every origin device in the log its version-vector entry.

    Changes captured in bulk under a device id the file has since left (a copied demo) have no entry in
    sync_device; without one they would never be exported or pushed.
    """
    known = {dev for (dev,) in cur.execute("SELECT dev FROM sync_device")}
    # One seek per device in the (dev, seq) key, not a scan of the whole log.
    dev = cur.execute("SELECT min(dev) FROM sync_change").fetchone()[0]
    while dev is not None:
        if dev not in known:
            recompute_vector(cur, dev)
        dev = cur.execute("SELECT min(dev) FROM sync_change WHERE dev > ?", (dev,)).fetchone()[0]


def own_seq(bind: Bind) -> int:
    return int(get_meta(bind, SYNC_SEQ) or 0)


def continue_as_new_device(bind: Bind, me: str, held_elsewhere: int) -> bool:
    """Others (a peer, the hub) hold changes of ours numbered up to `held_elsewhere`, above our counter: this file
    went back in time (a restored backup). Continue under a new device id before writing, so those numbers are
    never reused."""
    if held_elsewhere <= own_seq(bind):
        return False
    previous = get_meta(bind, PREVIOUS_DEVICE_IDS)
    set_meta(bind, PREVIOUS_DEVICE_IDS, f"{previous or ''} {me}".strip())
    set_meta(bind, DEVICE_ID, renewed_device_id(bind, {me, *(previous or "").split()}))
    return True


def changes_above(cur: Any, floors: Mapping[str, int]) -> list[Change]:
    """Every change of the log above `floors` (per origin device; absent = everything), in (dev, seq) order.

    Every origin of the version vector, gaps included: changes held beyond a gap go too, the receiver sorts them out.
    """
    return [c for batch in iter_changes_above(cur, floors, 50_000) for c in batch]


def iter_changes_above(cur: Any, floors: Mapping[str, int], size: int) -> Iterator[list[Change]]:
    """changes_above() in lists of `size` changes at most, read as they are asked for: memory stays that of one."""
    batch: list[Change] = []
    for (dev,) in cur.execute("SELECT dev FROM sync_device ORDER BY dev").fetchall():
        rows = cur.connection.execute(f"{SELECT_CHANGE} WHERE dev = ? AND seq > ? ORDER BY seq",
                                      (dev, floors.get(dev, 0)))
        while chunk := rows.fetchmany(size - len(batch)):
            batch.extend(map(change_from_row, chunk))
            if len(batch) >= size:
                yield _filled(cur, batch)
                batch = []
        rows.close()
    if batch:
        yield _filled(cur, batch)


def recompute_vector(cur: Any, dev: str) -> tuple[int, int]:
    """Advance `dev`'s contiguous mark over the changes now present; returns (contiguous, max seq)."""
    row = cur.execute("SELECT contiguous FROM sync_device WHERE dev = ?", (dev,)).fetchone()
    start = row[0] if row else 0
    top = cur.execute("SELECT max(seq), count(*) FROM sync_change WHERE dev = ? AND seq > ?", (dev, start)).fetchone()
    max_seq, count = top[0] or start, top[1]
    if max_seq - start == count:
        contiguous = max_seq
    elif cur.execute("SELECT 1 FROM sync_change WHERE dev = ? AND seq = ?", (dev, start + 1)).fetchone() is None:
        contiguous = start
    else:
        contiguous = cur.execute(
            "SELECT min(c.seq) FROM sync_change c WHERE c.dev = ? AND c.seq > ? AND NOT EXISTS "
            "(SELECT 1 FROM sync_change d WHERE d.dev = c.dev AND d.seq = c.seq + 1)",
            (dev, start),
        ).fetchone()[0]
    set_vector(cur, dev, contiguous, max_seq)
    return contiguous, max_seq


def missing_ranges(cur: Any, dev: str, contiguous: int, max_seq: int, limit: int = 20) -> list[tuple[int, int]]:
    """The runs of sequence numbers of `dev` between `contiguous` and `max_seq` that are not here."""
    if max_seq <= contiguous:
        return []
    present = [s for (s,) in cur.execute(
        "SELECT seq FROM sync_change WHERE dev = ? AND seq > ? ORDER BY seq", (dev, contiguous))]
    out: list[tuple[int, int]] = []
    expected = contiguous + 1
    for s in present:
        if s > expected:
            out.append((expected, s - 1))
            if len(out) >= limit:
                break
        expected = s + 1
    return out
