"""The plain indexes of a table set aside while an import inserts many rows into it, and built again at its end.

Kept up to date row by row, an index costs a B-tree insert at a random place for every row: a reception has eight
such indexes (IIN, settlement, outcome, topic, dates, ...), and once a region's file has put a few hundred thousand
rows in, their pages no longer fit SQLite's cache and every row reads and writes pages of each. Built once over the
finished table, an index is one sort. Measured on 100,478 demo receptions into an empty file: 2.9 s inserting with
the indexes, 1.5 s inserting without them and creating them after.

Everything happens inside the caller's transaction (SQLite's DDL is transactional): a rollback, a savepoint rolled
back or a killed process leaves the indexes exactly as they were. UNIQUE indexes stay, since they enforce a rule and
the registration-number check reads through one; so do the primary keys the merge looks rows up by.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

# An insert of fewer rows than this keeps the indexes: dropping and building them costs more than it saves.
MIN_ROWS = 2_000


class DeferredIndexes:
    """What the merge calls before inserting rows (before_insert) and the importer once all batches are in (finish).

    A table's plain indexes are dropped at an insert that brings at least as many rows as the table holds (and at
    least MIN_ROWS): an import into an empty or small file. Into a large file, a package of a few thousand rows
    keeps them, as building an index over a million rows costs more than a few thousand inserts into it.
    """

    def __init__(self) -> None:
        self.dropped: dict[str, list[str]] = {}  # table -> the CREATE INDEX statements to run again

    def before_insert(self, cur: Any, tbl: str, rows: int) -> None:
        if rows < MIN_ROWS or tbl in self.dropped:
            return
        # Counted up to the size of the insert only: a table of a million rows is not counted whole per batch.
        (present,) = cur.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{tbl}" LIMIT ?)', (rows + 1,)).fetchone()
        if present > rows:
            return
        plain = [name for _seq, name, unique, origin, *_ in cur.execute(f'PRAGMA index_list("{tbl}")').fetchall()
                 if origin == "c" and not unique]
        statements: list[str] = []
        for name in plain:
            found = cur.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone()
            if found is None or found[0] is None:
                continue
            cur.execute(f'DROP INDEX "{name}"')
            statements.append(found[0])
        self.dropped[tbl] = statements

    def finish(self, cur: Any) -> None:
        """Build the dropped indexes again (also after a failure, for a caller that catches it and commits)."""
        dropped, self.dropped = self.dropped, {}
        for statements in dropped.values():
            for sql in statements:
                cur.execute(sql)

    def restore_quietly(self, cur: Any) -> None:
        """finish() on a failure's way out: when SQLite already ended the transaction, the rollback restores them."""
        with suppress(Exception):
            self.finish(cur)
