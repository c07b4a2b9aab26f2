"""Indexes that let a region's dashboard and control register skip whole-table passes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 07:40:00

Reviewed by hand. Plain CREATE/DROP INDEX (no batch copy: reception keeps the rowids its FTS index points at). Two
indexes replace two, one replaces one, one goes, two are new (one of them tiny):

- ix_reception_outcome_live (outcome, deleted, received_at) and ix_reception_topic_live (topic, deleted,
  received_at) replace the one-column ix_reception_outcome and ix_reception_topic (their every use still leads with
  the same column). The indicators count the live receptions of the whole file per outcome and per topic from
  them, reading short entries with no stop id, and then take off what lies at stops out of the scope
  (ix_reception_indicators / ix_reception_topics): a few stops for the whole file instead of two passes over a
  million (stop, …) entries.
- ix_control_reception_item_live (control_item_id, deleted, reception_id) replaces ix_control_reception_control_item_id:
  an item's links counted without their table rows (the register's «receptions» order counts every item's).
- ix_reception_deleted (id) WHERE deleted = 1: only the deleted receptions (a handful), so that the links to them
  are taken off those counts without looking up every linked reception's row.
- ix_control_item_title (title, id, deleted): the register's items read without their rows (long descriptions)
  wherever no status is needed; the title order folds case over its 30,000 short entries.
- ix_control_event_control_item_id goes: ix_control_event_replay (0009) leads with the same column.

At 1,000,000 receptions the two widened indexes add ~55 MB to a 2.5 GB file and a few seconds each on upgrade.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_reception_outcome', table_name='reception')
    op.create_index('ix_reception_outcome_live', 'reception', ['outcome', 'deleted', 'received_at'], unique=False)
    op.drop_index('ix_reception_topic', table_name='reception')
    op.create_index('ix_reception_topic_live', 'reception', ['topic', 'deleted', 'received_at'], unique=False)
    op.create_index('ix_reception_deleted', 'reception', ['id'], unique=False, sqlite_where=sa.text('deleted = 1'))
    op.drop_index('ix_control_reception_control_item_id', table_name='control_reception')
    op.create_index('ix_control_reception_item_live', 'control_reception',
                    ['control_item_id', 'deleted', 'reception_id'], unique=False)
    op.create_index('ix_control_item_title', 'control_item', ['title', 'id', 'deleted'], unique=False)
    op.drop_index('ix_control_event_control_item_id', table_name='control_event')


def downgrade() -> None:
    op.drop_index('ix_control_item_title', table_name='control_item')
    op.create_index('ix_control_event_control_item_id', 'control_event', ['control_item_id'], unique=False)
    op.drop_index('ix_control_reception_item_live', table_name='control_reception')
    op.create_index('ix_control_reception_control_item_id', 'control_reception', ['control_item_id'], unique=False)
    op.drop_index('ix_reception_deleted', table_name='reception')
    op.drop_index('ix_reception_topic_live', table_name='reception')
    op.create_index('ix_reception_topic', 'reception', ['topic'], unique=False)
    op.drop_index('ix_reception_outcome_live', table_name='reception')
    op.create_index('ix_reception_outcome', 'reception', ['outcome'], unique=False)
