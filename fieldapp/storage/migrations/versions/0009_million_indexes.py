"""Indexes for a region's million receptions: the indicator aggregates and the control register's status.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 04:20:00

Reviewed by hand. Plain CREATE/DROP INDEX, no batch copy: the reception table keeps its rowids (the residents' FTS
index points at them). The dashboard counts receptions per stop and outcome, and per stop and topic, over the whole
file: with each pair leading its index SQLite reads the groups in index order (no sort of a million rows) without
touching the table rows. The control register derives every item's status from its first final event and its last
opened/in-progress one: ix_control_event_replay holds an item's events in (at, id) order with their kind, so each is
one short index read. At 1,000,000 receptions the two reception indexes add ~80 MB to a 2.5 GB file and take a few
seconds each to build on upgrade.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_reception_indicators', table_name='reception')
    op.create_index('ix_reception_indicators', 'reception', ['stop_id', 'outcome', 'deleted', 'received_at'],
                    unique=False)
    op.create_index('ix_reception_topics', 'reception', ['stop_id', 'topic', 'deleted', 'received_at'], unique=False)
    op.create_index('ix_control_event_replay', 'control_event', ['control_item_id', 'at', 'id', 'kind', 'deleted'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_control_event_replay', table_name='control_event')
    op.drop_index('ix_reception_topics', table_name='reception')
    op.drop_index('ix_reception_indicators', table_name='reception')
    op.create_index('ix_reception_indicators', 'reception', ['stop_id', 'deleted', 'outcome', 'received_at'],
                    unique=False)
