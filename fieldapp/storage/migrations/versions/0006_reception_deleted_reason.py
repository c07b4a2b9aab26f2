"""A deleted reception keeps why it was deleted (reception.deleted_reason).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 01:50:00

Reviewed by hand. A plain ADD COLUMN, not a batch copy: the table keeps its rowids, so the residents' FTS index
(which points at them) and its triggers stay as they are. Existing receptions get an empty reason.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('reception', sa.Column('deleted_reason', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('reception', schema=None) as batch_op:
        batch_op.drop_column('deleted_reason')
