"""A stop's day approved by a supervisor, and the corrections made to it afterwards (stop_approval, synced).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 02:00:00

Reviewed by hand. Insert-only events: «approved» names the records it approved; each «corrected» event marks a
supervisor's change to an approved record. Existing stops stay unapproved.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('stop_approval',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('stop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('by_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('by_account', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('record_table', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('records', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['by_member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['stop_id'], ['stop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stop_approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stop_approval_stop_id'), ['stop_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('stop_approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stop_approval_stop_id'))
    op.drop_table('stop_approval')
