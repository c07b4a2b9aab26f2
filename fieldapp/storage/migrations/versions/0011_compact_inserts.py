"""Compact inserts: an insert change whose row still holds its value is stored without it (fieldapp.sync.compact).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 11:00:00

Reviewed by hand. Every inserted row's payload was stored twice, in its table and as its insert change's value: at a
million receptions 830 MB of a 2.7 GB file, the change log 1.0× the domain data it describes. Inserts made from now
on are logged compact as they are written; this revision converts the inserts already in the file. An insert is
converted only where it is its row's only change and the row as it stands packs back to it byte for byte
(compact.standing_inserts); every other change is copied as it is. sync_change is rebuilt by copy in (dev, seq)
order, as 0003 did, so its B-tree's pages are full again; the pages it frees are reused by later writes (the file
does not shrink: VACUUM would need the file's size again in free disk).

The database's backup copy is taken before any revision runs (storage.database.upgrade). downgrade() stores every
compact insert's value again, so an older app reads a whole log.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from fieldapp.sync import compact
from fieldapp.sync.fields import tables

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("dev", "seq", "hlc", "tbl", "row_id", "field", "value", "bases", "author", "schema_version")


def _cursor():  # type: ignore[no-untyped-def]
    return op.get_bind().connection.driver_connection.cursor()


def upgrade() -> None:
    cur = _cursor()
    names = set(r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    columns = {tbl: [r[1] for r in cur.execute(f'PRAGMA table_info("{tbl}")')] for tbl in tables() if tbl in names}
    cur.execute("CREATE TEMP TABLE compact_0011 (dev TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (dev, seq)) "
                "WITHOUT ROWID")
    writer = cur.connection.cursor()
    pending: list[tuple[str, int]] = []
    for ident in compact.standing_inserts(cur, columns):
        pending.append(ident)
        if len(pending) >= 10_000:
            writer.executemany("INSERT INTO compact_0011 (dev, seq) VALUES (?, ?)", pending)
            pending.clear()
    writer.executemany("INSERT INTO compact_0011 (dev, seq) VALUES (?, ?)", pending)
    if cur.execute("SELECT 1 FROM compact_0011 LIMIT 1").fetchone() is not None:
        ddl = cur.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'sync_change'").fetchone()[0]
        cur.execute(ddl.replace("sync_change", "sync_change_0011", 1))
        listed = ", ".join(COLUMNS)
        picked = ", ".join("CASE WHEN k.dev IS NULL THEN c.value END" if c == "value" else f"c.{c}" for c in COLUMNS)
        cur.execute(f"INSERT INTO sync_change_0011 ({listed}) SELECT {picked} FROM sync_change c "
                    "LEFT JOIN compact_0011 k ON k.dev = c.dev AND k.seq = c.seq ORDER BY c.dev, c.seq")
        cur.execute("DROP TABLE sync_change")
        cur.execute("ALTER TABLE sync_change_0011 RENAME TO sync_change")
    cur.execute("DROP TABLE compact_0011")


def downgrade() -> None:
    cur = _cursor()
    for tbl in tables():
        compact.materialise_table(cur, tbl)
