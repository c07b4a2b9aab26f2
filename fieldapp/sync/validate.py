"""What a change from outside may say: a synced table, a field of it, a value of the field's type (SYNC.md, "Trust").

A valid signature proves who sent a package, not that its content is harmless: every table and field name that
arrives (package, relay, hub) is checked against the schema before it can reach SQL, and every value against its
column, before anything is written. A change that fails is refused with the place it names; nothing is stored or
re-exported. Kept free of SQL and checked column by column, so a 200,000-change package costs little more.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import cache
from itertools import compress
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String
from sqlalchemy.types import TypeDecorator

from fieldapp.sync.changelog import Change, unpack_row
from fieldapp.sync.fields import INSERT_ONLY, ROW, SCHEMA_VERSION, field_set, fields, table, tables
from fieldapp.sync.hlc import MAX_HLC
from fieldapp.sync.package import PackageError

# A device id is a UUID here; tests and old files use short names. Never a space (bases are "dev:seq dev:seq").
_DEVICE = re.compile(r"[0-9A-Za-z_.\-]{1,64}")
_ROW_ID = re.compile(r"[0-9A-Za-z_.:\-]{1,80}")
_SQL_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_SQL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_AUTHOR = 200
_SCALARS = frozenset((str, int, float, bytes, bool, type(None)))


class BadChange(PackageError):
    """A change this schema cannot take: the package (or hub batch) that carries it is refused whole."""


Check = Callable[[Any], bool]


def _is_text(v: Any) -> bool:
    return type(v) is str


def _is_int(v: Any) -> bool:
    return type(v) is int and -(1 << 63) <= v < (1 << 63)


def _is_bool(v: Any) -> bool:
    return type(v) is bool or (type(v) is int and v in (0, 1))


def _is_float(v: Any) -> bool:
    return (type(v) is float and v == v and abs(v) != float("inf")) or _is_int(v)


def _is_datetime(v: Any) -> bool:
    if type(v) is not str or _SQL_DATETIME.fullmatch(v) is None:
        return False
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_date(v: Any) -> bool:
    if type(v) is not str or _SQL_DATE.fullmatch(v) is None:
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _text_of(length: int | None) -> Check:
    if length is None:
        return _is_text
    return lambda v: type(v) is str and len(v) <= length


@cache
def _column_checks(tbl: str) -> dict[str, tuple[Check, bool, str]]:
    """Per synced field: the value check, whether NULL is allowed, and the type's name for messages."""
    out: dict[str, tuple[Check, bool, str]] = {}
    for name in fields(tbl):
        col = table(tbl).columns[name]
        kind = col.type
        if isinstance(kind, TypeDecorator):  # SQLModel's AutoString wraps a String
            kind = kind.impl_instance
        check: Check
        # Order matters: DateTime before Date is not a subclass question here, but Boolean before Integer is.
        if isinstance(kind, Boolean):
            check, label = _is_bool, "boolean"
        elif isinstance(kind, Integer):
            check, label = _is_int, "integer"
        elif isinstance(kind, Float):
            check, label = _is_float, "number"
        elif isinstance(kind, DateTime):
            check, label = _is_datetime, "datetime"
        elif isinstance(kind, Date):
            check, label = _is_date, "date"
        elif isinstance(kind, String):
            check, label = _text_of(kind.length), "text"
        else:  # a column type this module does not know: refuse every value rather than guess
            check, label = (lambda v: False), type(kind).__name__
        out[name] = (check, bool(col.nullable), label)
    return out


def _bad_value(c: Change, name: str, kind: type, label: str) -> BadChange:
    # The value itself is never put in the message: it may be a resident's name or IIN.
    return BadChange("sync.bad_value", table=c.tbl, column=name, row=c.row_id, expected=label, found=kind.__name__)


def _check_bases(text: str | None) -> bool:
    if not text:
        return True
    for part in text.split(" "):
        dev, sep, seq = part.rpartition(":")
        if not sep or _DEVICE.fullmatch(dev) is None or not seq.isdigit() or int(seq) < 1:
            return False
    return True


def check_changes(changes: Sequence[Change], *, schema_version: int = SCHEMA_VERSION) -> None:
    """Raise BadChange for the first change this schema cannot take; return when every one is good.

    Column by column over distinct values (a package of 200,000 changes names a few tables, fields, devices and
    authors, and its rows and values repeat): the checks run on few, the per-change work is one pass that buckets
    the values by field. The change named in a refusal is the first that carries the bad name or value.
    """
    known_tables = frozenset(tables())
    for tbl, name in set(map(_tbl_field, changes)):
        if tbl not in known_tables:
            raise BadChange("sync.bad_table", table=_shown(str(tbl)))
        if name != ROW and name not in field_set(tbl):
            raise BadChange("sync.bad_field", table=tbl, column=_shown(str(name)))
        if name != ROW and tbl in INSERT_ONLY:
            raise BadChange("sync.insert_only", table=tbl, column=name)
    for dev in {*map(_dev, changes)}:
        if type(dev) is not str or _DEVICE.fullmatch(dev) is None:
            raise BadChange("sync.bad_device", device=_shown(str(dev)))
    for c in _firsts(changes, _row_id, lambda r: type(r) is not str or _ROW_ID.fullmatch(r) is None):
        raise BadChange("sync.bad_row_id", table=c.tbl, row=_shown(str(c.row_id)))
    if changes and (min(map(_hlc, changes)) < 0 or max(map(_hlc, changes)) > MAX_HLC
                    or min(map(_seq, changes)) < 1):
        c = next(c for c in changes if not (0 <= c.hlc <= MAX_HLC) or c.seq < 1)
        raise BadChange("sync.bad_clock", table=c.tbl, row=c.row_id)
    for c in _firsts(changes, _schema, lambda v: type(v) is not int or not (1 <= v <= schema_version)):
        raise BadChange("sync.bad_schema", table=c.tbl, row=c.row_id, found=c.schema_version)
    for c in _firsts(changes, _author, lambda a: a is not None and (type(a) is not str or len(a) > MAX_AUTHOR)):
        raise BadChange("sync.bad_author", table=c.tbl, row=c.row_id)
    for c in _firsts(changes, _bases, lambda b: not _check_bases(b)):
        raise BadChange("sync.bad_bases", table=c.tbl, row=c.row_id)
    # Distinct (table, field, type, value) of the field edits, gathered at C speed; inserts' packed rows apart.
    fields_of = list(map(_tbl_field, changes))
    values = list(map(_value, changes))
    edits = set(zip(fields_of, map(type, values), values, strict=True))
    checked: dict[tuple[str, str], dict[Any, Change | None]] = defaultdict(dict)
    for (tbl, name), kind, value in edits:
        if name != ROW:
            checked[(tbl, name)][(kind, value)] = None  # the change is looked up only if the value is refused
    if any(name == ROW for _t, name in set(fields_of)):
        _collect_rows(list(compress(changes, map(_is_row, fields_of))), checked)
    for (tbl, name), seen in checked.items():
        check, nullable, label = _column_checks(tbl)[name]
        for (kind, value), carrier in seen.items():
            if value is None:
                if not nullable:
                    raise _bad_value(carrier or _carrier(changes, tbl, name, kind, value), name, kind, label)
            elif not check(value):
                raise _bad_value(carrier or _carrier(changes, tbl, name, kind, value), name, kind, label)


def _is_row(tbl_field: tuple[str, str]) -> bool:
    return tbl_field[1] == ROW


def _carrier(changes: Sequence[Change], tbl: str, name: str, kind: type, value: Any) -> Change:
    """The first change that set `tbl.name` to this value, a field edit or a row's insert (to name its record in a
    refusal)."""

    def same(v: Any) -> bool:
        return type(v) is kind and (value is _ANY or v == value or (value != value and v != v))

    for c in changes:
        if c.tbl != tbl:
            continue
        if c.field == name and same(c.value):
            return c
        if c.field == ROW:
            row = unpack_row(c.value)
            if name in row and same(row[name]):
                return c
    raise AssertionError("a refused value comes from one of the changes")


_tbl_field = itemgetter(3, 5)
_value = itemgetter(6)
_dev = itemgetter(0)
_seq = itemgetter(1)
_hlc = itemgetter(2)
_row_id = itemgetter(4)
_bases = itemgetter(7)
_author = itemgetter(8)
_schema = itemgetter(9)


def _firsts(changes: Sequence[Change], column: Callable[[Change], Any], bad: Callable[[Any], bool]) -> list[Change]:
    """The first change carrying a bad value of `column` (checked once per distinct value), or none."""
    wrong = {v for v in set(map(column, changes)) if bad(v)}
    return [next(c for c in changes if column(c) in wrong)] if wrong else []


@cache
def _valued_fields(tbl: str) -> tuple[str, ...]:
    """The fields of `tbl` whose check looks at the value; the others (text of any length) only at its type."""
    return tuple(name for name, (check, _n, _l) in _column_checks(tbl).items() if check is not _is_text)


_ANY = object()  # _carrier: any value of the type


def _collect_rows(inserts: Sequence[Change], values: dict[tuple[str, str], dict[Any, Change | None]]) -> None:
    """Put the fields of rows' insert changes among the values to check (their names checked here).

    Per row, C-speed steps only (a region's file brings a million inserts): its names against the table's, its
    values' types against the scalars, its (name, type) pairs into the table's set, and (name, type, value) of the
    fields whose check reads the value (a resident's long texts need only be text, and hashing them to tell them
    apart cost more than the rest). The insert that carries a refused value is looked for only then (_carrier)."""
    typed: dict[str, set[tuple[str, type]]] = defaultdict(set)
    valued: dict[str, set[tuple[str, type, Any]]] = defaultdict(set)
    for c in inserts:
        try:
            row = unpack_row(c.value)
        except Exception:  # msgpack raises its own families for odd bytes
            raise BadChange("sync.bad_row", table=c.tbl, row=c.row_id) from None
        tbl = c.tbl
        allowed = field_set(tbl)
        if not allowed.issuperset(row):
            name = next(n for n in row if type(n) is not str or n not in allowed)
            raise BadChange("sync.bad_field", table=tbl, column=_shown(str(name)))
        kinds = list(map(type, row.values()))
        if not _SCALARS.issuperset(kinds):
            name, value = next((n, v) for n, v in row.items() if type(v) not in _SCALARS)
            raise BadChange("sync.bad_value", table=tbl, column=name, row=c.row_id, expected="value",
                            found=type(value).__name__)
        typed[tbl].update(zip(row, kinds, strict=True))
        names = _valued_fields(tbl)
        vals = list(map(row.get, names))  # None where absent: an absent field is not checked (nor a NULL: typed)
        valued[tbl].update(zip(names, map(type, vals), vals, strict=True))
    for tbl, pairs in typed.items():
        text_only = frozenset(_column_checks(tbl)).difference(_valued_fields(tbl))
        for name, kind in pairs:
            if kind is type(None):
                values[(tbl, name)].setdefault((kind, None), None)
            elif name in text_only:
                # The check is the type's alone: any value of it stands for all.
                values[(tbl, name)].setdefault((kind, _ANY if kind is not str else ""), None)
    for tbl, triples in valued.items():
        for name, kind, value in triples:
            if value is not None:
                values[(tbl, name)].setdefault((kind, value), None)


def _shown(text: str) -> str:
    """A name from outside as it may appear in a message: printable, short (it may be an attack string)."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in text)
    return clean if len(clean) <= 60 else clean[:57] + "…"


def checked_names(tbl: str, names: Iterable[str]) -> tuple[str, ...]:
    """`names` as columns of `tbl` that may be written by a merge: the last guard before names are put into SQL."""
    allowed = field_set(tbl)
    out = tuple(names)
    for name in out:
        if name not in allowed:
            raise BadChange("sync.bad_field", table=tbl, column=_shown(name))
    return out


def typed_value(tbl: str, name: str, value: Any) -> Any:
    """A value a person typed (text) as the field's type takes it, when it reads as one: "5" for an integer field,
    "да"/"1" for a boolean. Anything else is returned as it is, for check_changes to refuse with the field named."""
    if type(value) is not str or name not in field_set(tbl):
        return value
    label = _column_checks(tbl)[name][2]
    text = value.strip()
    try:
        if label == "integer":
            return int(text)
        if label == "number":
            return float(text.replace(",", "."))
    except ValueError:
        return value
    if label == "boolean" and text.lower() in _BOOLEAN_WORDS:
        return _BOOLEAN_WORDS[text.lower()]
    return value


_BOOLEAN_WORDS = {"1": 1, "0": 0, "да": 1, "нет": 0, "иә": 1, "жоқ": 0, "yes": 1, "no": 0, "true": 1, "false": 0}
