"""The append-only change log, the field winners (guarded upsert), heads and conflicts, and version vectors."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import msgpack

from fieldapp.storage.local_meta import SYNC_SEQ, Bind, checked_device_id, get_meta, next_sequence, set_meta
from fieldapp.sync import hlc as clock
from fieldapp.sync.fields import SCHEMA_VERSION

HLC_KEY = "sync.hlc"
Value = str | int | float | bytes | None
ChangeId = tuple[str, int]  # (origin device, its sequence number): a change's global identity
Key = tuple[str, str, str]  # (table, row id, field)


@dataclass(frozen=True, slots=True)
class Change:
    dev: str
    seq: int
    hlc: int
    tbl: str
    row_id: str
    field: str
    value: Value
    bases: tuple[ChangeId, ...] = ()
    author: str | None = None
    schema_version: int = SCHEMA_VERSION

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
        """16 bytes over everything but the identity: two different changes under one (dev, seq) are caught."""
        payload = msgpack.packb(
            [self.hlc, self.tbl, self.row_id, self.field, self.value, [list(b) for b in self.bases], self.author,
             self.schema_version],
            use_bin_type=True,
        )
        return hashlib.blake2b(payload, digest_size=16).digest()

    def row(self) -> tuple[Any, ...]:
        return (self.dev, self.seq, self.hlc, self.tbl, self.row_id, self.field, self.value,
                format_bases(self.bases), self.author, self.schema_version, self.content_hash())


# The content hash, byte for byte as Change.content_hash() computes it, without building a list and a Packer per
# change: msgpack packs a list as its header followed by its packed items, so the payload can be assembled from
# pieces packed once per batch (table, field, schema) and once per value.
_packer = msgpack.Packer(use_bin_type=True)
pack_item = _packer.pack
ARRAY8 = b"\x98"  # the msgpack header of an array of 8 items
_blake2b = hashlib.blake2b


def change_rows(changes: Sequence[Change]) -> list[tuple[Any, ...]]:
    """`[c.row() for c in changes]`, faster: the rows INSERT_CHANGE takes, content hashes included."""
    pack, blake = pack_item, _blake2b
    heads: dict[tuple[int, str], bytes] = {}  # (hlc, table) -> the header and both packed
    names: dict[str, bytes] = {}
    tails: dict[tuple[str | None, int], bytes] = {}  # (author, schema) -> no bases, both packed
    out: list[tuple[Any, ...]] = []
    append = out.append
    for c in changes:
        hlc, tbl, fld, author, schema, bases = c.hlc, c.tbl, c.field, c.author, c.schema_version, c.bases
        head = heads.get((hlc, tbl))
        if head is None:
            head = heads[(hlc, tbl)] = ARRAY8 + pack(hlc) + pack(tbl)
        name = names.get(fld)
        if name is None:
            name = names[fld] = pack(fld)
        if bases:
            tail = pack([list(b) for b in bases]) + pack(author) + pack(schema)
        else:
            tail = tails.get((author, schema))
            if tail is None:
                tail = tails[(author, schema)] = b"\x90" + pack(author) + pack(schema)
        payload = b"".join((head, pack(c.row_id), name, pack(c.value), tail))
        append((c.dev, c.seq, hlc, tbl, c.row_id, fld, c.value, format_bases(bases) if bases else None,
                author, schema, blake(payload, digest_size=16).digest()))
    return out


CHANGE_COLUMNS = ("dev", "seq", "hlc", "tbl", "row_id", "field", "value", "bases", "author", "schema_version", "hash")
INSERT_CHANGE = f"INSERT INTO sync_change ({', '.join(CHANGE_COLUMNS)}) VALUES ({', '.join('?' * len(CHANGE_COLUMNS))})"
# SYNC.md's guarded upsert: one statement, the same on SQLite and PostgreSQL; a loser leaves the row as it was.
UPSERT_WINNER = (
    "INSERT INTO sync_winner (tbl, row_id, field, hlc, dev, seq) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, dev = excluded.dev, seq = excluded.seq "
    "WHERE (excluded.hlc, excluded.dev, excluded.seq) > (sync_winner.hlc, sync_winner.dev, sync_winner.seq)"
)
SELECT_CHANGE = f"SELECT {', '.join(CHANGE_COLUMNS[:-1])} FROM sync_change"


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
    dev, seq, hlc, tbl, row_id, field, value, bases, author, schema = row
    return Change(dev, seq, hlc, tbl, row_id, field, value, parse_bases(bases), author, schema)


def dbapi(bind: Bind) -> Any:
    """The DB-API connection under a session or connection, inside the transaction it already has."""
    from sqlalchemy.orm import Session

    conn = bind.connection() if isinstance(bind, Session) else bind
    return conn.connection.driver_connection


# --- the clock ----------------------------------------------------------------------------------------------------


def last_hlc(bind: Bind) -> int:
    return int(get_meta(bind, HLC_KEY) or 0)


def local_tick(bind: Bind, floor: int = 0) -> int:
    from fieldapp.storage.local_meta import database_path

    value = clock.tick(last_hlc(bind), clock.wall_ms(database_path(bind)), floor)
    set_meta(bind, HLC_KEY, str(value))
    return value


def observe_hlc(bind: Bind, remote: int) -> bool:
    """Advance our clock past a remote one; False (clock left alone) when the remote clock is suspicious."""
    from fieldapp.storage.local_meta import database_path

    now = clock.wall_ms(database_path(bind))
    if clock.is_suspicious(remote, now):
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


def winners_of_row(cur: Any, tbl: str, row_id: str) -> dict[str, tuple[int, str, int]]:
    rows = cur.execute("SELECT field, hlc, dev, seq FROM sync_winner WHERE tbl = ? AND row_id = ?", (tbl, row_id))
    return {field: (h, d, s) for field, h, d, s in rows}


def record_local(bind: Bind, edits: Sequence[Edit], author: str | None, *, is_new: bool = False) -> list[Change]:
    """Number, stamp and store local edits: one change per field, bases = the winners the editor was looking at.

    `is_new` (every edit inserts a fresh row) skips the lookup of bases: a new row has none.
    """
    if not edits:
        return []
    cur = dbapi(bind).cursor()
    try:
        bases_by_key: dict[Key, tuple[int, str, int]] = {}
        if not is_new:
            for tbl, row_id in dict.fromkeys((e.tbl, e.row_id) for e in edits):
                for field, order in winners_of_row(cur, tbl, row_id).items():
                    bases_by_key[(tbl, row_id, field)] = order
        floor = max((o[0] for o in bases_by_key.values()), default=0)
        me = checked_device_id(bind)
        stamp = local_tick(bind, floor)
        first = next_sequence(bind, "sync", len(edits))
        changes = []
        for n, e in enumerate(edits):
            base = bases_by_key.get((e.tbl, e.row_id, e.field))
            bases = ((base[1], base[2]),) if base is not None else ()
            changes.append(Change(me, first + n, stamp, e.tbl, e.row_id, e.field, e.value, bases, author))
        store(cur, changes)
        conflicted = [c.key for c in changes if c.bases] if not is_new else []
        if conflicted:
            refresh_conflicts(cur, conflicted, only_known=True)
        set_vector(cur, me, first + len(edits) - 1, first + len(edits) - 1)
        return changes
    finally:
        cur.close()


def store(cur: Any, changes: Sequence[Change]) -> None:
    """Append changes and let each compete for its field (local ones always win: they sort after their bases)."""
    cur.executemany(INSERT_CHANGE, change_rows(changes))
    cur.executemany(UPSERT_WINNER, [(c.tbl, c.row_id, c.field, c.hlc, c.dev, c.seq) for c in changes])


def set_vector(cur: Any, dev: str, contiguous: int, max_seq: int) -> None:
    cur.execute(
        "INSERT INTO sync_device (dev, contiguous, max_seq) VALUES (?, ?, ?) ON CONFLICT (dev) DO UPDATE SET "
        "contiguous = max(contiguous, excluded.contiguous), max_seq = max(max_seq, excluded.max_seq)",
        (dev, contiguous, max_seq),
    )


# --- heads and conflicts -----------------------------------------------------------------------------------------


def changes_of(cur: Any, row_id: str, field: str) -> list[Change]:
    rows = cur.execute(f"{SELECT_CHANGE} WHERE row_id = ? AND field = ?", (row_id, field)).fetchall()
    return [change_from_row(r) for r in rows]


def heads(changes: Iterable[Change]) -> list[Change]:
    """The changes no other change names as a base, best first (SYNC.md: more than one head is a conflict)."""
    changes = list(changes)
    superseded = {b for c in changes for b in c.bases}
    return sorted((c for c in changes if c.id not in superseded), key=lambda c: c.order, reverse=True)


def in_conflict(head_changes: Sequence[Change]) -> bool:
    # Two laptops that typed the same value did not disagree.
    return len({(type(c.value).__name__, c.value) for c in head_changes}) > 1


def refresh_conflicts(cur: Any, keys: Iterable[Key], *, only_known: bool = False) -> None:
    """Recompute the conflict state of `keys` from their full sets of changes (never from arrival order).

    `only_known`: look only at keys already listed as conflicts (a local edit can only end one, not start one).
    """
    for key in dict.fromkeys(keys):
        _tbl, row_id, field = key
        if only_known and cur.execute(
            "SELECT 1 FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", key
        ).fetchone() is None:
            continue
        if in_conflict(heads(changes_of(cur, row_id, field))):
            cur.execute("INSERT OR IGNORE INTO sync_conflict (tbl, row_id, field) VALUES (?, ?, ?)", key)
        else:
            cur.execute("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", key)


# --- version vectors --------------------------------------------------------------------------------------------


def version_vector(cur: Any) -> dict[str, int]:
    """Per origin device, the highest sequence number up to which every change is here."""
    return {dev: n for dev, n in cur.execute("SELECT dev, contiguous FROM sync_device") if n > 0}


def register_origins(cur: Any) -> None:
    """Give every origin device in the log its version-vector entry.

    Changes captured in bulk under a device id the file has since left (a copied demo) have no entry in
    sync_device; without one they would never be exported or pushed.
    """
    for (dev,) in cur.execute(
        "SELECT DISTINCT dev FROM sync_change WHERE dev NOT IN (SELECT dev FROM sync_device)"
    ).fetchall():
        recompute_vector(cur, dev)


def own_seq(bind: Bind) -> int:
    return int(get_meta(bind, SYNC_SEQ) or 0)


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
