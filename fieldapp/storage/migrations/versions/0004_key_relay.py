"""An enrolled key may relay other devices' changes only when the enrolment says so (sync_key.relay).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 23:00:00

Reviewed by hand. A signature proves who sent a package, not that its author may speak for others: a laptop's
package may carry only its own new changes, a coordinator's office (enrolled with relay) also the merged state of
other devices. Existing enrolments become plain devices; the coordinator marks the office keys it trusts to relay.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('sync_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relay', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('sync_key', schema=None) as batch_op:
        batch_op.drop_column('relay')
