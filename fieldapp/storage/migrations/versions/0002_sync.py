"""Sync bookkeeping: the change log, field winners, conflicts, origin devices, enrolled keys, imported and parked packages.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00

Reviewed by hand. Rows that exist before this revision (written by 0001-era code or the bulk path) get their initial
changes synthesised lazily, by fieldapp.sync.capture.capture_existing() on the first sync operation (or the first edit
of such a row): the migration itself stays a pure schema change, fast on any size of database, and never mints a
device identity inside an upgrade that might be rolled back.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_change',
    sa.Column('cid', sa.Integer(), nullable=False),
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
    sa.Column('hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('cid')
    )
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.create_index('ix_sync_change_key', ['row_id', 'field'], unique=False)
        batch_op.create_index('uq_sync_change_dev_seq', ['dev', 'seq'], unique=True)

    op.create_table('sync_winner',
    sa.Column('tbl', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('hlc', sa.BigInteger(), nullable=False),
    sa.Column('dev', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', 'field'),
    sqlite_with_rowid=False
    )
    op.create_table('sync_conflict',
    sa.Column('tbl', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_id', 'field'),
    sqlite_with_rowid=False
    )
    op.create_table('sync_device',
    sa.Column('dev', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('contiguous', sa.Integer(), nullable=False),
    sa.Column('max_seq', sa.Integer(), nullable=False),
    sa.Column('key_fp', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_package_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_package_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('dev')
    )
    op.create_table('sync_key',
    sa.Column('fingerprint', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sign_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('box_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('fingerprint')
    )
    op.create_table('sync_package',
    sa.Column('package_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('producer', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('key_fp', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('new_changes', sa.Integer(), nullable=False),
    sa.Column('clock_suspicious', sa.Boolean(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('package_id')
    )
    op.create_table('sync_parked',
    sa.Column('package_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('package_id')
    )


def downgrade() -> None:
    op.drop_table('sync_parked')
    op.drop_table('sync_package')
    op.drop_table('sync_key')
    op.drop_table('sync_device')
    op.drop_table('sync_conflict')
    op.drop_table('sync_winner')
    with op.batch_alter_table('sync_change', schema=None) as batch_op:
        batch_op.drop_index('uq_sync_change_dev_seq')
        batch_op.drop_index('ix_sync_change_key')
    op.drop_table('sync_change')
