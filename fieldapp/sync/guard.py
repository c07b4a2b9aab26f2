"""A guard against writes to synced tables that capture never sees: they would stay on this laptop forever.

Capture (fieldapp.sync.capture) sees two kinds of writes: the ORM's flush and the BulkWriter. The merge and the
BulkWriter write through the raw DB-API connection, below SQLAlchemy, so the engine event here never meets them. What
it does meet is everything else that goes through SQLAlchemy: a Core `update(...)`/`delete(...)`/`insert(...)`, an
ORM-enabled bulk `session.execute(update(Model)...)`, `text("UPDATE ...")`, `exec_driver_sql(...)`. Such a statement
on a synced table raises UncapturedWrite before it runs, so the mistake shows in the first test instead of as data
that never reaches the coordinator.

The ORM's flush is told apart by the mark SQLAlchemy's unit of work itself puts on its statements: the execution
option `compiled_cache` set to the cache of the mapper being flushed. Code that must write a synced table without
capture on purpose (a data migration that every replica runs alike) says so with the execution option
`UNCAPTURED_OK` on its connection: `conn.execution_options(**{guard.UNCAPTURED_OK: True})`.

Cost per statement: one dictionary lookup of the SQL text (its verdict is cached; str caches its hash) and, for the
writes that target a synced table, one identity check.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Mapper
from sqlmodel.main import default_registry

from fieldapp.storage.changes import note_written
from fieldapp.sync.fields import is_synced

UNCAPTURED_OK = "fieldapp_uncaptured_ok"  # execution option: this write is deliberately left out of the change log

# The table an INSERT, UPDATE, DELETE or REPLACE writes: SQLite's grammar, with the optional conflict clause and
# quoting (no schema prefix: the app's tables live in "main").
_WRITE = re.compile(
    r"""^\s*(?:WITH\b.*?\)\s*)?(?:INSERT|REPLACE|UPDATE|DELETE)\b(?:\s+OR\s+\w+)?(?:\s+INTO|\s+FROM)?\s+
        (?:"([^"]+)"|`([^`]+)`|\[([^\]]+)\]|([A-Za-z_][A-Za-z0-9_$]*))""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_verdicts: dict[str, str] = {}  # SQL text -> the synced table it writes, or "" (none)
_MAX_VERDICTS = 4096  # the app has a few hundred distinct statements; text built with literals must not grow it


class UncapturedWrite(RuntimeError):
    """A programming error: a write to a synced table that bypasses change capture (and so would never sync)."""

    def __init__(self, table: str, statement: str) -> None:
        super().__init__(
            f"a write to the synced table {table!r} outside the ORM flush and the bulk writer would never be synced: "
            f"change the rows through the ORM (session.add / attribute assignment), BulkWriter.insert(), or mark a "
            f"deliberate exception with the execution option {UNCAPTURED_OK}. Statement: {statement[:200]}")
        self.table = table


def synced_target(statement: str) -> str:
    """The synced table that `statement` writes, or "" (a read, or a write to a local table)."""
    known = _verdicts.get(statement)
    if known is not None:
        return known
    found = _WRITE.match(statement)
    target = ""
    if found is not None:
        name = next(g for g in found.groups() if g is not None)
        target = name if is_synced(name) else ""
    if len(_verdicts) >= _MAX_VERDICTS:
        _verdicts.clear()
    _verdicts[statement] = target
    return target


_flush_caches: set[int] = set()


def _is_flush(options: Any) -> bool:
    """Whether the statement comes from the ORM's unit of work (whose before_flush capture has recorded it)."""
    cache = options.get("compiled_cache")
    if cache is None:
        return False
    if not _flush_caches:
        _flush_caches.update(id(m.base_mapper._compiled_cache) for m in _mappers())
    return id(cache) in _flush_caches


def _mappers() -> list[Mapper[Any]]:
    return list(default_registry.mappers)


def _before_cursor_execute(conn: Any, _cursor: Any, statement: str, _params: Any, context: Any,
                           _executemany: bool) -> None:
    table = _verdicts.get(statement)
    if table is None:
        table = synced_target(statement)
    if not table:
        return
    options = context.execution_options if context is not None else conn.get_execution_options()
    if options.get(UNCAPTURED_OK) or _is_flush(options):
        # A captured write: the commit that ends this transaction tells the window's pages (storage.changes).
        note_written(conn, (table,))
        return
    raise UncapturedWrite(table, statement)


_installed = False


def install() -> None:
    """Check every statement of every engine of this process (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Engine, "before_cursor_execute", _before_cursor_execute)
    _installed = True


install()
