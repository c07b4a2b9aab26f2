"""The hub as a region's central database (CONTRACT.md, "The PostgreSQL hub"): schema `fieldapp`, readable.

One table per synced domain table, named like it, with the current (winning) values in readable column types: dates
as `date`, `created_at` as `timestamptz` (the app keeps it in UTC), the other moments as `timestamp` (the laptop's
wall clock, as the desk typed them: the app records no time zone), numbers as `bigint` / `double precision`, flags
as `boolean`, labels as their text codes (`fieldapp.label` gives each its ru/kk/en text). Residents' personal
fields are not there (hub_secrets.PRIVATE); `fieldapp.reception.resident_key` stands in for the resident. A
tombstoned row stays, with `deleted = true`, as on the laptops. `hub_updated_at` is when a push last changed the row.

`fieldapp.control_item` is a view: its table plus `status`, derived from `fieldapp.control_event` by the rule of
the app's control register (domain.rules.derive_status, as storage.queries.indicators writes it in SQL), and
`overdue` (open or in progress with the deadline before today — the app's rule, a plain date comparison, so the
view is right on any day, not as of the last push; "today" is the date in the session's time zone).

Kept current by every push, incrementally: after the guarded upsert of the winners, the rows the pushed changes
touch are rebuilt from their winning values (opened with the hub's data key) and upserted; a row whose values did
not change is not written. A new hub, or a hub made by an app with other readable tables, is built whole once.
The readable schema is `fieldapp` for a hub in schema `public`, else `<hub schema>_fieldapp`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from functools import cache
from itertools import groupby
from operator import itemgetter
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Boolean, Date, DateTime, Float, Integer

from fieldapp.sync.changelog import Value, unpack_row
from fieldapp.sync.fields import CODED, ROW, absent_values, fields, table, tables
from fieldapp.sync.hub_secrets import PRIVATE, HubSecrets, NoDataKey, is_sealed
from fieldapp.sync.package import unpack_value

VERSION_KEY = "readable_version"  # hub_meta: the digest of the readable schema's definition it was built with
CONTROL_BASE = "hub_control_item"  # the control items' table, in the hub's schema, under the view
BATCH_ROWS = 5000
FINAL_KINDS = ("resolved", "rejected", "closed")
STATUS_KINDS = ("opened", "in progress", *FINAL_KINDS)
RESIDENT_KEY = "resident_key"
UPDATED = "hub_updated_at"


def readable_schema(conn: psycopg.Connection[Any]) -> str:
    row = conn.execute("SELECT current_schema()").fetchone()
    hub = str(row[0]) if row and row[0] else "public"
    return "fieldapp" if hub == "public" else f"{hub}_fieldapp"


def _pg_type(tbl: str, name: str) -> str:
    if name == "created_at":
        return "timestamptz"
    kind = table(tbl).columns[name].type
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, DateTime):
        return "timestamp"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Integer):
        return "bigint"
    if isinstance(kind, Float):
        return "double precision"
    return "text"


@cache
def columns(tbl: str) -> tuple[tuple[str, str], ...]:
    """(name, PostgreSQL type) of a readable table's stored columns, id first, personal fields left out."""
    hidden = PRIVATE.get(tbl, frozenset())
    out = [("id", 'text COLLATE "C"')]
    out += [(n, _pg_type(tbl, n)) for n in fields(tbl) if n not in hidden]
    if tbl == "reception":
        out.append((RESIDENT_KEY, "text"))
    return tuple(out)


def _create_table(target: sql.Composable, tbl: str) -> tuple[sql.Composed, list[sql.Composed]]:
    """The table, and its indexes (made after a whole rebuild has filled it)."""
    cols = [sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(t)) for n, t in columns(tbl)]
    cols[0] = sql.SQL("{} PRIMARY KEY").format(cols[0])
    cols.append(sql.SQL("{} timestamptz NOT NULL DEFAULT now()").format(sql.Identifier(UPDATED)))
    create = sql.SQL("CREATE TABLE {} ({})").format(target, sql.SQL(", ").join(cols))
    indexes = [sql.SQL("CREATE INDEX ON {} ({})").format(target, sql.Identifier(name))
               for name, _type in columns(tbl) if name.endswith("_id") or name == RESIDENT_KEY]  # joins, counts
    return create, indexes


def _control_view(rs: str, hub: str) -> sql.Composed:
    finals = sql.SQL(", ").join(map(sql.Literal, FINAL_KINDS))
    kinds = sql.SQL(", ").join(map(sql.Literal, STATUS_KINDS))
    item_cols = sql.SQL(", ").join(sql.SQL("i.{}").format(sql.Identifier(n)) for n, _t in columns("control_item"))
    return sql.SQL(
        "CREATE VIEW {view} AS SELECT {cols}, coalesce(s.status, 'open') AS status, "
        "coalesce(s.status, 'open') IN ('open', 'in progress') AND i.deadline < current_date AS overdue, "
        "i.{updated} FROM {base} i LEFT JOIN ("
        "SELECT DISTINCT ON (e.control_item_id) e.control_item_id, "
        "CASE e.kind WHEN 'opened' THEN 'open' ELSE e.kind END AS status FROM {events} e "
        "WHERE NOT e.deleted AND e.kind IN ({kinds}) ORDER BY e.control_item_id, (e.kind IN ({finals})) DESC, "
        "CASE WHEN e.kind IN ({finals}) THEN e.at END, CASE WHEN e.kind IN ({finals}) THEN e.id END, "
        "e.at DESC, e.id DESC) s ON s.control_item_id = i.id").format(
        view=sql.Identifier(rs, "control_item"), cols=item_cols, updated=sql.Identifier(UPDATED),
        base=sql.Identifier(hub, CONTROL_BASE), events=sql.Identifier(rs, "control_event"), kinds=kinds,
        finals=finals)


def _target(rs: str, hub: str, tbl: str) -> sql.Identifier:
    return sql.Identifier(hub, CONTROL_BASE) if tbl == "control_item" else sql.Identifier(rs, tbl)


# The columns that hold a label's code, and their labels: fieldapp.label gives each code its ru/kk/en text.


def _labels(rs: str) -> list[sql.Composed]:
    target = sql.Identifier(rs, "label")
    out = [sql.SQL("CREATE TABLE {} (tbl text, col text, code text, ru text, kk text, en text, "
                   "PRIMARY KEY (tbl, col, code))").format(target)]
    rows = [sql.SQL("({})").format(sql.SQL(", ").join(map(sql.Literal, (tbl, col, m.value, m.label("ru"),
                                                                        m.label("kk"), m.label("en")))))
            for (tbl, col), enum in sorted(CODED.items()) for m in enum]
    out.append(sql.SQL("INSERT INTO {} VALUES {}").format(target, sql.SQL(", ").join(rows)))
    return out


def definition(rs: str, hub: str) -> tuple[list[sql.Composed], list[sql.Composed]]:
    """The readable schema: (its tables, the view and the labels, the tables' indexes)."""
    out: list[sql.Composed] = [sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(rs))]
    indexes: list[sql.Composed] = []
    for tbl in tables():
        create, more = _create_table(_target(rs, hub, tbl), tbl)
        out.append(create)
        indexes += more
    out.append(_control_view(rs, hub))
    return [*out, *_labels(rs)], indexes


def _drop(conn: psycopg.Connection[Any], rs: str, hub: str) -> None:
    """Drop the readable relations (not the schema: grants and default privileges given on it stay)."""
    conn.execute(sql.SQL("DROP VIEW IF EXISTS {}").format(sql.Identifier(rs, "control_item")))
    conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(rs, "label")))
    for tbl in tables():
        conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(_target(rs, hub, tbl)))


def _version(statements: Iterable[sql.Composable], conn: psycopg.Connection[Any]) -> str:
    text = ";".join(s.as_string(conn) for s in statements)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def update(conn: psycopg.Connection[Any], secrets: HubSecrets | None, *, pushed: bool,
           known: Mapping[tuple[str, int], Value] | None = None) -> int:
    """Bring the readable tables up to the hub's winners, inside the push's transaction (after lock_for_push): the
    rows the staged changes touch (`pushed`), or every row when the readable schema is new or outdated. `known`:
    the values of the pushed changes by (dev, seq), in clear, so those need not be opened again. Returns the rows
    written."""
    rs = readable_schema(conn)
    hub = str((conn.execute("SELECT current_schema()").fetchone() or ("public",))[0])
    statements, indexes = definition(rs, hub)
    version = _version([*statements, *indexes], conn)
    held = conn.execute("SELECT value FROM hub_meta WHERE key = %s", (VERSION_KEY,)).fetchone()
    if held is None or held[0] != version:
        _drop(conn, rs, hub)
        for statement in statements:
            conn.execute(statement)
        written = _refresh(conn, rs, hub, secrets, _WINNING_ALL, known or {})
        for statement in indexes:  # after the rows: one sort per index instead of 250,000 insertions
            conn.execute(statement)
        conn.execute("INSERT INTO hub_meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (VERSION_KEY, version))
        return written
    if not pushed:
        return 0
    conn.execute('CREATE TEMP TABLE IF NOT EXISTS hub_touched (tbl text COLLATE "C", row_id text COLLATE "C") '
                 "ON COMMIT DROP")
    conn.execute("TRUNCATE hub_touched")
    conn.execute("INSERT INTO hub_touched SELECT DISTINCT tbl, row_id FROM hub_stage")
    return _refresh(conn, rs, hub, secrets, _WINNING, known or {})


_WINNING = (
    "SELECT w.tbl, w.row_id, w.field, w.hlc, w.dev, w.seq, c.value FROM hub_touched t "
    "JOIN sync_winner w ON w.tbl = t.tbl AND w.row_id = t.row_id "
    "JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq "
    "WHERE t.tbl = ANY(%s::text[]) ORDER BY w.tbl, w.row_id"
)
# Every row (a new readable schema): the winners in their key's order, no list of rows to join.
_WINNING_ALL = (
    "SELECT w.tbl, w.row_id, w.field, w.hlc, w.dev, w.seq, c.value FROM sync_winner w "
    "JOIN sync_change c ON c.dev = w.dev AND c.seq = w.seq WHERE w.tbl = ANY(%s::text[]) ORDER BY w.tbl, w.row_id"
)


def _refresh(conn: psycopg.Connection[Any], rs: str, hub: str, secrets: HubSecrets | None, query: str,
             known: Mapping[tuple[str, int], Value]) -> int:
    written = 0
    with conn.cursor(name="hub_readable_winners") as cur:
        cur.itersize = BATCH_ROWS
        cur.execute(query, (list(tables()),))
        pending: list[tuple[Any, ...]] = []
        current = ""
        for (tbl, row_id), run in groupby(cur, key=_row_key):
            if tbl != current or len(pending) >= BATCH_ROWS:
                written += _upsert(conn, rs, hub, current, pending)
                pending, current = [], tbl
            row = _readable_row(tbl, row_id, run, secrets, known)
            if row is not None:
                pending.append(row)
        written += _upsert(conn, rs, hub, current, pending)
    return written


_row_key = itemgetter(0, 1)


def _value(packed: bytes, secrets: HubSecrets | None, ident: tuple[str, int, str, str, str]) -> Value:
    if is_sealed(packed):
        if secrets is None:
            raise NoDataKey("missing")
        return secrets.open_value(packed, *ident)
    value: Value = unpack_value(packed)
    return value


def current_values(tbl: str, row_id: str, winners: Iterable[tuple[Any, ...]], secrets: HubSecrets | None,
                   known: Mapping[tuple[str, int], Value] | None = None) -> dict[str, Value] | None:
    """A row's values from its winners, by the rule of merge.py: a field shows the later of its own winner and its
    row's insert (absent from the packed row: the column's default, else NULL); None while the insert has not
    arrived (the laptops do not show such a row either). Only the fields `fields(tbl)` names count."""
    own: dict[str, tuple[tuple[int, str, int], bytes]] = {}
    for _tbl, _row, fld, hlc, dev, seq, packed in winners:
        own[fld] = ((hlc, dev, seq), packed)
    insert = own.pop(ROW, None)
    if insert is None:
        return None
    known = known or {}

    def value(order: tuple[int, str, int], packed: bytes, name: str) -> Value:
        ident = order[1:]
        return known[ident] if ident in known else _value(bytes(packed), secrets, (*ident, tbl, row_id, name))

    values: dict[str, Value] = {**absent_values(tbl), **unpack_row(value(*insert, ROW))}
    for name, (edit_order, edit) in own.items():  # the fields' own winners that sort after the insert
        if edit_order > insert[0]:
            values[name] = value(edit_order, edit, name)
    return values


def _text(value: Value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _timestamptz(value: Value) -> datetime:
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "boolean": bool, "date": lambda v: date.fromisoformat(str(v)[:10]), "timestamp": lambda v: datetime.fromisoformat(
        str(v)), "timestamptz": _timestamptz, "bigint": int, "double precision": float,
}


def _readable(pg_type: str, value: Value) -> Any:
    """A value as the laptop's SQLite column holds it, in the readable column's type."""
    if value is None:
        return None
    try:
        return _CONVERT.get(pg_type, _text)(value)
    except (TypeError, ValueError):
        return None  # not what the schema says: shown as NULL rather than refusing the push


@cache
def _plan(tbl: str) -> tuple[tuple[str, Callable[[Any], Any], str], ...]:
    return tuple((name, _CONVERT.get(pg_type, _text), pg_type) for name, pg_type in columns(tbl)[1:])


def _readable_row(tbl: str, row_id: str, winners: Iterator[tuple[Any, ...]], secrets: HubSecrets | None,
                  known: Mapping[tuple[str, int], Value]) -> tuple[Any, ...] | None:
    values = current_values(tbl, row_id, winners, secrets, known)
    if values is None:
        return None
    out: list[Any] = [row_id]
    get = values.get
    for name, convert, pg_type in _plan(tbl):
        if name == RESIDENT_KEY:
            out.append(secrets.resident_key(get("applicant_iin"), get("applicant_name")) if secrets else None)
            continue
        value = get(name)
        if value is None:
            out.append(None)
            continue
        try:
            out.append(convert(value))
        except (TypeError, ValueError):
            out.append(_readable(pg_type, value))
    return tuple(out)


def _upsert(conn: psycopg.Connection[Any], rs: str, hub: str, tbl: str, rows: list[tuple[Any, ...]]) -> int:
    """Upsert rows of one readable table; a row whose values are the ones it has is left alone (not rewritten)."""
    if not rows:
        return 0
    names = [n for n, _t in columns(tbl)]
    target = _target(rs, hub, tbl)
    stage = sql.Identifier(f"hub_readable_{tbl}")
    conn.execute(sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP").format(
        stage, target))
    conn.execute(sql.SQL("TRUNCATE {}").format(stage))
    col_list = sql.SQL(", ").join(map(sql.Identifier, names))
    with conn.cursor() as cur:
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(stage, col_list)) as copy:
            for row in rows:
                copy.write_row(row)
        rest = names[1:]
        sets = sql.SQL(", ").join(sql.SQL("{0} = excluded.{0}").format(sql.Identifier(n)) for n in rest)
        mine = sql.SQL(", ").join(sql.SQL("t.{}").format(sql.Identifier(n)) for n in rest)
        theirs = sql.SQL(", ").join(sql.SQL("excluded.{}").format(sql.Identifier(n)) for n in rest)
        cur.execute(sql.SQL(
            "INSERT INTO {target} AS t ({cols}) SELECT {cols} FROM {stage} ON CONFLICT (id) DO UPDATE SET {sets}, "
            "{updated} = now() WHERE ({mine}) IS DISTINCT FROM ({theirs})").format(
            target=target, cols=col_list, stage=stage, sets=sets, updated=sql.Identifier(UPDATED), mine=mine,
            theirs=theirs))
        return max(cur.rowcount, 0)
