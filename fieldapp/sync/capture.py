"""Automatic change capture: every write to a synced table becomes change-log rows in the same transaction.

ORM writes are caught by a Session `before_flush` listener (attribute history: one change per changed field,
inserts and tombstones included); bulk inserts by a BulkWriter listener. Writes that apply remote changes go
through the raw connection in fieldapp.sync.merge and are never seen here, so they are not captured again.

An inserted row is captured as ONE change of the field ROW whose value is the row's non-NULL fields packed, with
one winner: a 20,000-row journal writes 20,000 change rows, not one per field. Later edits stay per field and name
the insert as their base (fieldapp.sync.changelog).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

import msgpack
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from fieldapp.storage import bulk
from fieldapp.storage.bulk import BulkWriter, Row, sql_value
from fieldapp.storage.database import AUTHOR_INFO
from fieldapp.storage.local_meta import Bind, checked_device_id, get_meta, next_sequence, set_meta
from fieldapp.storage.tables import Synced
from fieldapp.sync import compact
from fieldapp.sync.changelog import (
    CHANGE_COLUMNS,
    Change,
    Edit,
    Value,
    dbapi,
    local_tick,
    pack_row,
    record_local,
)
from fieldapp.sync.fields import DELETED, ROW, SCHEMA_VERSION, absent_values, field_set, fields, is_synced, tables

log = logging.getLogger(__name__)

AUTHOR = AUTHOR_INFO  # session.info key: the member whose edits this session writes (set by Database.session)
OFF = "sync.capture_off"  # session.info key: set by code that must not be captured (none in the app today)
GENESIS_KEY = "sync.genesis"
GENESIS_CHUNK = 2000
WINNER_COLUMNS = ("tbl", "row_id", "field", "hlc", "dev", "seq")


def _value(obj: Any, name: str) -> Value:
    value = sql_value(getattr(obj, name))
    return value  # type: ignore[return-value]  # sql_value only ever returns SQLite's own types here


# A row is captured when it has an insert change: one of ROW, or (before SCHEMA_VERSION 3) one per field, of which
# `deleted` (never NULL) is always one.
_CAPTURED = f"field IN ('{ROW}', '{DELETED}')"


CHUNK = 500  # ids per `IN (...)`: well under SQLite's limit of bound parameters


def _uncaptured(cur: Any, rows: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Of `rows` (table, row id), those without an insert change, per table: one query per table, not per row."""
    by_table: dict[str, list[str]] = {}
    for tbl, row_id in rows:
        by_table.setdefault(tbl, []).append(row_id)
    out: dict[str, list[str]] = {}
    for tbl, row_ids in by_table.items():
        captured: set[str] = set()
        for start in range(0, len(row_ids), CHUNK):
            part = row_ids[start:start + CHUNK]
            marks = ", ".join("?" * len(part))
            captured.update(r for (r,) in cur.execute(
                f"SELECT row_id FROM sync_winner WHERE tbl = ? AND row_id IN ({marks}) AND {_CAPTURED}", (tbl, *part)))
        missing = [r for r in row_ids if r not in captured]
        if missing:
            out[tbl] = missing
    return out


def _rows_as_inserts(tbl: str, rows: Sequence[Sequence[Any]]) -> list[Edit]:
    """Rows selected as (id, *fields(tbl)) turned into one insert edit each."""
    names = fields(tbl)
    out = []
    for row in rows:
        values = {name: value for name, value in zip(names, row[1:], strict=True) if value is not None}
        out.append(Edit(tbl, row[0], ROW, pack_row(values.items()), compact.fits(tbl, values)))
    return out


def _capture_rows(bind: Bind, tbl: str, row_ids: Sequence[str]) -> None:
    """Synthesise the initial changes of rows that exist but were never captured (written before 0002)."""
    cur = dbapi(bind).cursor()
    rows: list[Sequence[Any]] = []
    try:
        cols = ", ".join(f'"{c}"' for c in ("id", *fields(tbl)))
        for start in range(0, len(row_ids), CHUNK):
            part = tuple(row_ids[start:start + CHUNK])
            marks = ", ".join("?" * len(part))
            rows.extend(cur.execute(f'SELECT {cols} FROM "{tbl}" WHERE id IN ({marks})', part).fetchall())
    finally:
        cur.close()
    _record_inserts(bind, tbl, rows)


def _record_inserts(bind: Bind, tbl: str, rows: Sequence[Sequence[Any]]) -> None:
    created_by = fields(tbl).index("created_by") + 1
    by_author: dict[str | None, list[Sequence[Any]]] = {}
    for row in rows:
        by_author.setdefault(row[created_by], []).append(row)
    for author, group in by_author.items():
        record_local(bind, _rows_as_inserts(tbl, group), author, is_new=True)


def capture_existing(bind: Bind, *, force: bool = False) -> int:
    """Give every row that has no change yet its initial changes (once per database; `force` checks again).

    A database written before revision 0002 (or by a tool that bypassed capture) becomes exportable: each such
    row gets its insert change from this device, exactly as if it had just been inserted here.
    """
    if not force and get_meta(bind, GENESIS_KEY) == "done":
        return 0
    cur = dbapi(bind).cursor()
    total = 0
    try:
        for tbl in tables():
            cols = ", ".join(f't."{c}"' for c in ("id", *fields(tbl)))
            query = cur.execute(
                f'SELECT {cols} FROM "{tbl}" t WHERE NOT EXISTS (SELECT 1 FROM sync_winner w '
                f"WHERE w.tbl = ? AND w.row_id = t.id AND w.{_CAPTURED}) ORDER BY t.id",
                (tbl,),
            )
            pending = query.fetchall()
            for start in range(0, len(pending), GENESIS_CHUNK):
                _record_inserts(bind, tbl, pending[start:start + GENESIS_CHUNK])
            total += len(pending)
    finally:
        cur.close()
    set_meta(bind, GENESIS_KEY, "done")
    if total:
        log.info("initial changes synthesised for %d existing rows", total)
    return total


# --- ORM writes -------------------------------------------------------------------------------------------------------


def _changed_fields(obj: Synced) -> list[str]:
    state = inspect(obj)
    names = field_set(str(obj.__tablename__))
    out = []
    for attr in state.attrs:
        if attr.key not in names:
            continue
        hist = attr.history
        if not hist.added:
            continue
        if hist.deleted and sql_value(hist.deleted[0]) == sql_value(hist.added[0]):
            continue  # set to the value it already had
        out.append(attr.key)
    return out


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get(OFF):
        return
    new = [o for o in session.new if isinstance(o, Synced)]
    dirty = [o for o in session.dirty if isinstance(o, Synced)]
    removed = [o for o in session.deleted if isinstance(o, Synced)]
    if not (new or dirty or removed):
        return
    author = session.info.get(AUTHOR)
    by_author: dict[str | None, list[Edit]] = {}
    for obj in new:
        tbl = str(obj.__tablename__)
        values = {name: value for name in fields(tbl) if (value := _value(obj, name)) is not None}
        by_author.setdefault(obj.created_by or author, []).append(
            Edit(tbl, obj.id, ROW, pack_row(values.items()), compact.fits(tbl, values)))
    for new_author, inserts in by_author.items():
        record_local(session, inserts, new_author, is_new=True)

    edits: list[Edit] = []
    for obj in dirty:
        changed = _changed_fields(obj)
        if changed:
            edits.extend(Edit(str(obj.__tablename__), obj.id, name, _value(obj, name)) for name in changed)
    # A hard delete still reaches the other laptops, as the tombstone it should have been (SYNC.md: never delete).
    edits.extend(Edit(str(obj.__tablename__), obj.id, DELETED, 1) for obj in removed)
    if not edits:
        return
    cur = dbapi(session).cursor()
    try:
        uncaptured = _uncaptured(cur, list(dict.fromkeys((e.tbl, e.row_id) for e in edits)))
    finally:
        cur.close()
    for tbl, row_ids in uncaptured.items():
        # Rows that predate capture: their current (pre-flush) values become their initial changes, the edit their heir.
        _capture_rows(session, tbl, row_ids)
    record_local(session, edits, author)


# --- bulk writes ------------------------------------------------------------------------------------------------------


def _on_bulk_chunk(writer: BulkWriter, table: str, columns: tuple[str, ...], chunk: list[Row]) -> None:
    if not is_synced(table) or not chunk:
        return
    names = fields(table)
    index = {c: i for i, c in enumerate(columns)}
    id_at, author_at = index["id"], index.get("created_by")
    # The fields the rows carry (one the caller left out is NULL, as is a field absent from the packed row), and
    # those it left out that SQLite fills with their column's default: packed with that value, which the row holds.
    picks = [(name, index[name]) for name in names if name in index]
    filled = {name: value for name, value in absent_values(table).items() if name not in index}
    # Usually the defaulted fields come after every field the rows carry (columns added by later revisions): then
    # they are appended to each row's dict as they are, already in field order.
    at_end = all(names.index(name) > max((names.index(n) for n, _ in picks), default=-1) for name in filled)
    bind = writer.connection
    me = checked_device_id(bind)
    stamp = local_tick(bind)
    first = next_sequence(bind, "sync", len(chunk))
    change_rows: list[tuple[Any, ...]] = []
    winner_rows: list[tuple[Any, ...]] = []
    add_change, add_winner = change_rows.append, winner_rows.append
    packb = msgpack.Packer(use_bin_type=True).pack
    fits = compact.fits
    kept: list[tuple[Change, bytes]] = []
    for seq, row in enumerate(chunk, first):
        author = cast("str | None", None if author_at is None else row[author_at])
        row_id = str(row[id_at])
        values = {name: row[at] for name, at in picks if row[at] is not None}
        if filled:
            if at_end:
                values.update(filled)
            else:
                values = {name: values[name] if name in values else filled[name] for name in names
                          if name in values or name in filled}
        value = packb(values)
        if fits(table, cast("dict[str, Value]", values)):  # the row holds it: logged compact (sync.compact)
            kept.append((Change(me, seq, stamp, table, row_id, ROW, None), value))
            value = None
        add_change((me, seq, stamp, table, row_id, ROW, value, None, author, SCHEMA_VERSION))
        add_winner((table, row_id, ROW, stamp, me, seq))
    compact.remember(kept)
    # Through the writer itself, so whoever records bulk inserts (the demo benchmark's baseline) sees these rows
    # too; its progress and counts describe the caller's rows only.
    saved = writer.done, dict(writer.counts), writer.progress
    writer.progress = _quiet
    try:
        writer.insert("sync_change", CHANGE_COLUMNS, change_rows)
        writer.insert("sync_winner", WINNER_COLUMNS, winner_rows)
    finally:
        writer.done, writer.counts, writer.progress = saved
    # The own entry of sync_device is brought up to date by the next sync operation (exchange.own_vector()): an
    # upsert here would be the one row the benchmark's recorder cannot replay.


def _quiet(done: int, total: int, what: str) -> None:
    return None


_installed = False


def install() -> None:
    """Listen to every ORM session and every bulk writer of this process (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _before_flush)
    bulk.add_listener(_on_bulk_chunk)
    _installed = True


@contextmanager
def capture_off(session: Session) -> Iterator[None]:
    """Writes in this block are not captured (for code that writes bookkeeping through the ORM)."""
    session.info[OFF] = True
    try:
        yield
    finally:
        session.info.pop(OFF, None)


install()
