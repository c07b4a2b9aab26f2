"""Schema objects SQLModel cannot describe: the FTS5 index of residents and the triggers that keep it current."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from typing import Any

from sqlalchemy import Connection

FTS_TABLE = "reception_fts"

# External-content FTS5 over the applicant fields: the text is stored once (in reception), the index points at
# reception's rowid. unicode61 folds case for Cyrillic and Kazakh letters alike.
FTS_CREATE = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        applicant_name, applicant_iin, applicant_phone,
        content='reception', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS reception_fts_ai AFTER INSERT ON reception BEGIN
        INSERT INTO {FTS_TABLE}(rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES (new.rowid, new.applicant_name, coalesce(new.applicant_iin, ''), new.applicant_phone);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS reception_fts_ad AFTER DELETE ON reception BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES ('delete', old.rowid, old.applicant_name, coalesce(old.applicant_iin, ''), old.applicant_phone);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS reception_fts_au
        AFTER UPDATE OF applicant_name, applicant_iin, applicant_phone ON reception BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES ('delete', old.rowid, old.applicant_name, coalesce(old.applicant_iin, ''), old.applicant_phone);
        INSERT INTO {FTS_TABLE}(rowid, applicant_name, applicant_iin, applicant_phone)
        VALUES (new.rowid, new.applicant_name, coalesce(new.applicant_iin, ''), new.applicant_phone);
    END""",
]

FTS_DROP = [
    "DROP TRIGGER IF EXISTS reception_fts_au",
    "DROP TRIGGER IF EXISTS reception_fts_ad",
    "DROP TRIGGER IF EXISTS reception_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]

FTS_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"


def is_extra_object(name: str) -> bool:
    return name.startswith(FTS_TABLE)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's filter: the FTS5 table and its shadow tables are made by hand, autogenerate must not drop them."""
    return not (type_ == "table" and name is not None and is_extra_object(name))


def restore_fts(conn: Connection) -> None:
    """Re-create the FTS5 table and triggers if missing and rebuild the index from `reception`.

    Needed after anything that rebuilds `reception`: a batch migration copies the table (SQLite drops its triggers
    with it) and renumbers the implicit rowids that the external-content index points at (VACUUM may, too).
    """
    if conn.dialect.name != "sqlite":
        return
    for statement in FTS_CREATE:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(FTS_REBUILD)


FTS_SOURCE = "reception"
FTS_INSERT_TRIGGER = "reception_fts_ai"
# From this many receptions in one insert, dropping and re-creating the index's trigger around them costs less
# than the trigger.
FTS_DEFER_FROM = 200
# The insert trigger's own statement, for rows it did not see.
_FTS_INDEX_ABOVE = (
    f"INSERT INTO {FTS_TABLE}(rowid, applicant_name, applicant_iin, applicant_phone) "
    f"SELECT rowid, applicant_name, coalesce(applicant_iin, ''), applicant_phone FROM {FTS_SOURCE} WHERE rowid > ?"
)


@contextmanager
def fts_indexed_after(cursor: Any) -> Iterator[None]:
    """Index the receptions the block inserts in one statement at its end instead of row by row.

    The insert trigger runs the FTS5 insert as a statement of its own for every row, and FTS5 flushes its pending
    terms into a new segment at each one (then merges them): two thirds of a bulk reception insert went there.
    The block runs without the trigger; the rows it added (rowids above the highest before it) are indexed
    together and the trigger is put back with its stored text, all inside the caller's transaction, so a
    rollback undoes the three together. The block must only insert into reception: an update or delete of a row
    it added would tell FTS5 to drop terms it never had. `cursor` is a DB-API cursor inside a transaction.
    """
    found = cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                           (FTS_INSERT_TRIGGER,)).fetchone()
    if found is None:  # no index to keep (a schema without it): nothing to defer
        yield
        return
    (before,) = cursor.execute(f"SELECT coalesce(max(rowid), 0) FROM {FTS_SOURCE}").fetchone()
    cursor.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")

    def restore() -> None:
        cursor.execute(_FTS_INDEX_ABOVE, (before,))
        cursor.execute(found[0])

    try:
        yield
    except BaseException:
        # A caller that catches the failure and commits still gets an index of every row and the trigger back;
        # when SQLite already ended the transaction (a full disk), the rollback restores both.
        with suppress(Exception):
            restore()
        raise
    restore()


def fts_for_insert(cursor: Any, table: str, rows: int) -> AbstractContextManager[None]:
    """What an insert of `rows` rows of `table` runs inside: fts_indexed_after for many receptions, else nothing."""
    return fts_indexed_after(cursor) if table == FTS_SOURCE and rows >= FTS_DEFER_FROM else nullcontext()
