"""The bulk writer: rows prepared up front as tuples, raw DB-API executemany in chunks, all in one transaction.

Used where the ORM unit of work is 15–20 times too slow (demo generation, imports): DESIGN.md "Bulk paths".
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlmodel import SQLModel
from sqlmodel.main import default_registry

import fieldapp.storage.tables  # noqa: F401  (registers every table on SQLModel.metadata)
from fieldapp.storage.changes import note_written
from fieldapp.storage.database import translate_sqlite_error
from fieldapp.storage.engine import write_transaction
from fieldapp.storage.schema_extras import fts_for_insert
from fieldapp.storage.tables.base import _SYNCED

__all__ = [
    "DEFAULT_CHUNK",
    "BulkWriter",
    "Listener",
    "RecordedInsert",
    "Row",
    "Rows",
    "add_listener",
    "bulk_transaction",
    "column_names",
    "insert_sql",
    "paused_gc",
    "record_inserts",
    "remove_listener",
    "sql_date",
    "sql_datetime",
    "sql_value",
]

Row = Sequence[object]
# The same shape as services.progress.Progress (storage sits below services and cannot import it).
ProgressFn = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, what: str) -> None:
    return None


# Large enough that executemany's per-call overhead vanishes, small enough that progress moves and a chunk's
# tuples stay a few MB.
DEFAULT_CHUNK = 5000


def sql_datetime(value: datetime) -> str:
    """A naive datetime as SQLAlchemy's SQLite dialect stores it (so ORM reads and sync digests see the same text)."""
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def sql_date(value: date) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def sql_value(value: object) -> object:
    """A Python value as the DB-API parameter SQLAlchemy would have bound for it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return sql_datetime(value)
    if isinstance(value, date):
        return sql_date(value)
    if isinstance(value, Enum):
        return value.value
    return value


@cache
def column_names(table: str) -> tuple[str, ...]:
    """The columns of `table` in schema order; KeyError for a table the model does not know."""
    return tuple(c.name for c in SQLModel.metadata.tables[table].columns)


@cache
def insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """The INSERT statement for these columns, checked against the model (names are never taken from input)."""
    known = set(column_names(table))
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise KeyError(f"{table} has no column(s) {', '.join(unknown)}")
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'


@cache
def _model_defaults(table: str) -> Mapping[str, object]:
    """Column defaults of the model behind `table`: the values the ORM would have filled in for a missing field."""
    for mapper in default_registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            fields = mapper.class_.model_fields
            break
    else:
        raise KeyError(f"no model for table {table}")
    out: dict[str, object] = {}
    for name in column_names(table):
        info = fields.get(name)
        # A default_factory (id, timestamps) must be decided by the caller: a bulk row has no "now" of its own.
        if info is not None and info.default is not PydanticUndefined and info.default_factory is None:
            out[name] = sql_value(info.default)
    return out


class Rows:
    """Rows of one table collected as tuples in schema order; omitted fields take the model's default."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.columns = column_names(table)
        self._defaults = _model_defaults(table)
        self.rows: list[tuple[object, ...]] = []

    def add(self, **values: object) -> None:
        unknown = set(values) - set(self.columns)
        if unknown:
            raise KeyError(f"{self.table} has no column(s) {', '.join(sorted(unknown))}")
        row: list[object] = []
        for name in self.columns:
            if name in values:
                row.append(sql_value(values[name]))
            elif name in self._defaults:
                row.append(self._defaults[name])
            else:
                raise KeyError(f"{self.table}.{name} needs a value")
        self.rows.append(tuple(row))

    def __len__(self) -> int:
        return len(self.rows)


# Called with (writer, table, columns, chunk) after each chunk went through, inside the writer's transaction (write
# through writer.connection to stay in it). Bulk rows bypass the ORM's session events, so whatever must see every
# write (the benchmark's recorder; sync's change capture) hooks in here; storage cannot import those layers, they
# register themselves.
Listener = Callable[["BulkWriter", str, tuple[str, ...], list[Row]], None]
_listeners: list[Listener] = []


def add_listener(listener: Listener) -> None:
    _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    _listeners.remove(listener)


@dataclass(frozen=True)
class RecordedInsert:
    """One executemany as it was sent: the benchmark replays these through bare sqlite3."""

    table: str
    sql: str
    rows: list[Row]


@contextmanager
def record_inserts() -> Iterator[list[RecordedInsert]]:
    """Collect every chunk any BulkWriter sends while the block runs (for benchmarks; keeps the rows alive)."""
    sink: list[RecordedInsert] = []

    def record(writer: BulkWriter, table: str, columns: tuple[str, ...], rows: list[Row]) -> None:
        sink.append(RecordedInsert(table, insert_sql(table, columns), rows))

    add_listener(record)
    try:
        yield sink
    finally:
        remove_listener(record)


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    if isinstance(rows, list):
        for start in range(0, len(rows), size):
            yield rows[start:start + size]
        return
    it = iter(rows)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class BulkWriter:
    """Sends prepared rows through the DB-API cursor of a connection that is already inside a transaction."""

    def __init__(
        self,
        connection: Connection,
        *,
        progress: ProgressFn = _no_progress,
        total: int = 0,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        self.connection = connection
        # Bypass SQLAlchemy's per-row parameter processing: the rows already hold DB-API values.
        self._dbapi: Any = connection.connection.driver_connection
        self.progress = progress
        self.total = total
        self.done = 0
        self.chunk_size = chunk_size
        self.counts: dict[str, int] = {}

    def session(self) -> Session:
        """An ORM session joined to the same transaction, for the few rows that go through domain helpers."""
        # The default join mode leaves the outer transaction alone: the session's commit() does not end it.
        return Session(bind=self.connection)

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Row], what: str = "") -> int:
        """Insert `rows` (tuples in the order of `columns`) in chunks; returns how many were written."""
        cols = tuple(columns)
        sql = insert_sql(table, cols)
        label = what or table
        written = 0
        cursor = self._dbapi.cursor()
        try:
            # Many receptions at once are indexed for resident search in one statement after them, not row by row.
            with fts_for_insert(cursor, table, len(rows) if isinstance(rows, Sized) else 0):
                for chunk in _chunks(rows, self.chunk_size):
                    cursor.executemany(sql, chunk)
                    for listener in tuple(_listeners):
                        listener(self, table, cols, chunk)
                    written += len(chunk)
                    self.done += len(chunk)
                    self.progress(self.done, max(self.total, self.done), label)
        finally:
            cursor.close()
        self.counts[table] = self.counts.get(table, 0) + written
        if written and table in _SYNCED:
            note_written(self.connection, (table,))
        return written

    def insert_rows(self, rows: Rows, what: str = "") -> int:
        return self.insert(rows.table, rows.columns, rows.rows, what)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector off while a bulk job runs (reference counting still frees everything).

    A bulk job allocates hundreds of thousands of tuples, none of them part of a cycle, and the collector keeps
    walking them all: a fifth of a sync import went there. Nested or concurrent jobs leave it to the outermost.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def bulk_transaction(
    engine: Engine, *, progress: ProgressFn = _no_progress, total: int = 0, chunk_size: int = DEFAULT_CHUNK
) -> Iterator[BulkWriter]:
    """One transaction for a whole bulk job: committed when the block ends, rolled back (nothing written) on error.

    It holds the write lock from its start (waiting up to the busy timeout for another writer), so what the job
    reads inside it stays true until it commits. A locked, read-only, full or damaged file is a StorageError naming
    it."""
    try:
        with write_transaction(engine) as conn:
            yield BulkWriter(conn, progress=progress, total=total, chunk_size=chunk_size)
    except (DBAPIError, sqlcipher.DatabaseError) as exc:
        known = translate_sqlite_error(exc, Path(engine.url.database or ""))
        if known is None:
            raise
        raise known from exc
