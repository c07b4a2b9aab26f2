"""A compact change log: sync_change keyed by (dev, seq) without rowid, hash or (row_id, field) index; sync_history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 09:00:00

Reviewed by hand. Writing the change log was most of the cost of a sync import and of every bulk write: three
B-trees per change (the rowid table, the unique (dev, seq) index, the (row_id, field) index) and a content hash.
Now the table is its own (dev, seq) index. The hash only ever told whether a change arriving under a known
(dev, seq) was the one already here; the stored columns tell that as well. The (row_id, field) index served only
heads and conflicts, which need it only for fields changed more than once: sync_history holds exactly those.

The rows are copied in (dev, seq) order, the history is filled from the fields that already have several changes,
and nothing else changes: winners, conflicts, vectors and packages stay as they were.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import msgpack
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "dev, seq, hlc, tbl, row_id, field, value, bases, author, schema_version"


def _change_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('dev', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('hlc', sa.BigInteger(), nullable=False),
        sa.Column('tbl', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        # BLOB: no type affinity, so a value keeps the type it had in its own table.
        sa.Column('value', sa.LargeBinary(), nullable=True),
        sa.Column('bases', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('schema_version', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('sync_change_0003', *_change_columns(), sa.PrimaryKeyConstraint('dev', 'seq'),
                    sqlite_with_rowid=False)
    op.execute(f"INSERT INTO sync_change_0003 ({COLUMNS}) SELECT {COLUMNS} FROM sync_change ORDER BY dev, seq")
    op.create_table('sync_history',
    sa.Column('tbl', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('dev', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', 'field', 'dev', 'seq'),
    sqlite_with_rowid=False
    )
    # Read through the old (row_id, field) index while it still exists.
    op.execute(
        "INSERT INTO sync_history (tbl, row_id, field, dev, seq) "
        "SELECT c.tbl, c.row_id, c.field, c.dev, c.seq FROM sync_change c "
        "JOIN (SELECT tbl, row_id, field FROM sync_change GROUP BY row_id, field, tbl HAVING count(*) > 1) m "
        "ON m.row_id = c.row_id AND m.field = c.field AND m.tbl = c.tbl"
    )
    op.drop_table('sync_change')  # with its two indexes
    op.rename_table('sync_change_0003', 'sync_change')


def _content_hash(row: Sequence[object]) -> bytes:
    """The content hash 0002 stored, as fieldapp.sync.changelog.Change.content_hash() computes it."""
    _dev, _seq, hlc, tbl, row_id, field, value, bases, author, schema = row
    pairs = []
    for part in str(bases or "").split():
        dev, _, seq = part.rpartition(":")
        pairs.append([dev, int(seq)])
    payload = msgpack.packb([hlc, tbl, row_id, field, value, pairs, author, schema], use_bin_type=True)
    return hashlib.blake2b(payload, digest_size=16).digest()


def downgrade() -> None:
    op.create_table('sync_change_0002',
    sa.Column('cid', sa.Integer(), nullable=False),
    *_change_columns(),
    sa.Column('hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('cid')
    )
    conn = op.get_bind()
    insert = sa.text(f"INSERT INTO sync_change_0002 ({COLUMNS}, hash) VALUES (:dev, :seq, :hlc, :tbl, :row_id, "
                     ":field, :value, :bases, :author, :schema_version, :hash)")
    rows = conn.execute(sa.text(f"SELECT {COLUMNS} FROM sync_change ORDER BY dev, seq"))
    names = COLUMNS.split(", ")
    while batch := rows.fetchmany(5000):
        conn.execute(insert, [{**dict(zip(names, r, strict=True)), "hash": _content_hash(r)} for r in batch])
    op.drop_table('sync_history')
    op.drop_table('sync_change')
    op.rename_table('sync_change_0002', 'sync_change')
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.create_index('ix_sync_change_key', ['row_id', 'field'], unique=False)
        batch_op.create_index('uq_sync_change_dev_seq', ['dev', 'seq'], unique=True)
