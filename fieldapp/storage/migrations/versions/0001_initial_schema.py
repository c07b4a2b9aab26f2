"""Initial schema: every table of the domain model, and the FTS5 index of residents.

Revision ID: 0001
Revises: 
Create Date: 2026-11-21 11:16:09.474309
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op



revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The FTS5 index of residents, frozen as it was at this revision (a migration never follows later edits of
# schema_extras): external content over reception's rowid, unicode61 folding Cyrillic and Kazakh case.
FTS_CREATE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS reception_fts USING fts5(\n        applicant_name, applicant_iin, applicant_phone,\n        content='reception', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS reception_fts_ai AFTER INSERT ON reception BEGIN\n        INSERT INTO reception_fts(rowid, applicant_name, applicant_iin, applicant_phone)\n        VALUES (new.rowid, new.applicant_name, coalesce(new.applicant_iin, ''), new.applicant_phone);\n    END",
    "CREATE TRIGGER IF NOT EXISTS reception_fts_ad AFTER DELETE ON reception BEGIN\n        INSERT INTO reception_fts(reception_fts, rowid, applicant_name, applicant_iin, applicant_phone)\n        VALUES ('delete', old.rowid, old.applicant_name, coalesce(old.applicant_iin, ''), old.applicant_phone);\n    END",
    "CREATE TRIGGER IF NOT EXISTS reception_fts_au\n        AFTER UPDATE OF applicant_name, applicant_iin, applicant_phone ON reception BEGIN\n        INSERT INTO reception_fts(reception_fts, rowid, applicant_name, applicant_iin, applicant_phone)\n        VALUES ('delete', old.rowid, old.applicant_name, coalesce(old.applicant_iin, ''), old.applicant_phone);\n        INSERT INTO reception_fts(rowid, applicant_name, applicant_iin, applicant_phone)\n        VALUES (new.rowid, new.applicant_name, coalesce(new.applicant_iin, ''), new.applicant_phone);\n    END",
]

FTS_DROP = [
    'DROP TRIGGER IF EXISTS reception_fts_au',
    'DROP TRIGGER IF EXISTS reception_fts_ad',
    'DROP TRIGGER IF EXISTS reception_fts_ai',
    'DROP TABLE IF EXISTS reception_fts',
]


def upgrade() -> None:
    op.create_table('direction',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_en', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('direction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_direction_code'), ['code'], unique=False)

    op.create_table('local_meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('photo',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('owner_table', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('caption', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('credit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mime', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photo_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photo_sha256'), ['sha256'], unique=False)

    op.create_table('region',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kato', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('kato_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_kato'), ['kato'], unique=False)

    op.create_table('district',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('region_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kato', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('kato_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('district', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_district_kato'), ['kato'], unique=False)
        batch_op.create_index(batch_op.f('ix_district_region_id'), ['region_id'], unique=False)

    op.create_table('organization',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('short_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('bin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('region_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('campaign',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('title_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organizer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('region_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('goal', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['organizer_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_region_id'), ['region_id'], unique=False)

    op.create_table('member',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('full_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('rank', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_organization_id'), ['organization_id'], unique=False)

    op.create_table('settlement',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('district_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kato', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('kato_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('settlement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_settlement_kato'), ['kato'], unique=False)

    op.create_table('account',
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('username')
    )
    op.create_table('control_item',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('settlement_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('responsible_org_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('responsible_person', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('notify_by', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['responsible_org_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlement.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('control_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_item_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_item_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_item_registered_on'), ['registered_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_item_responsible_org_id'), ['responsible_org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_item_settlement_id'), ['settlement_id'], unique=False)

    op.create_table('poll',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('question_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('question_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('signal',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reporter', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('handled_by_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('settlement_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['handled_by_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlement.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signal_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_settlement_id'), ['settlement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signal_status'), ['status'], unique=False)

    op.create_table('tour',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tour', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tour_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('working_group',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('direction_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('head_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['direction_id'], ['direction.id'], ),
    sa.ForeignKeyConstraint(['head_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('working_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_working_group_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_working_group_direction_id'), ['direction_id'], unique=False)

    op.create_table('control_event',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('control_item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('new_deadline', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['by_member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['control_item_id'], ['control_item.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('control_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_event_control_item_id'), ['control_item_id'], unique=False)

    op.create_table('group_member',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('group_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['working_group.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_member_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_member_member_id'), ['member_id'], unique=False)

    op.create_table('poll_option',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('poll_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('label_ru', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('label_kk', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['poll_id'], ['poll.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('poll_option', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_option_poll_id'), ['poll_id'], unique=False)

    op.create_table('rotation_slot',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('campaign_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('group_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('district_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], ),
    sa.ForeignKeyConstraint(['group_id'], ['working_group.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rotation_slot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rotation_slot_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rotation_slot_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rotation_slot_group_id'), ['group_id'], unique=False)

    op.create_table('stop',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('tour_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('settlement_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('venue', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('venue_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=True),
    sa.Column('departed_at', sa.DateTime(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cancel_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('headcount_approximate', sa.Boolean(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlement.id'], ),
    sa.ForeignKeyConstraint(['tour_id'], ['tour.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stop_planned_on'), ['planned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_settlement_id'), ['settlement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_tour_id'), ['tour_id'], unique=False)

    op.create_table('tour_group',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('tour_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('group_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['working_group.id'], ),
    sa.ForeignKeyConstraint(['tour_id'], ['tour.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tour_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tour_group_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tour_group_tour_id'), ['tour_id'], unique=False)

    op.create_table('activity',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('stop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('audience', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=True),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('handouts', sa.Integer(), nullable=False),
    sa.Column('publications', sa.Integer(), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['stop_id'], ['stop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_stop_id'), ['stop_id'], unique=False)

    op.create_table('poll_tally',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('option_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('stop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['option_id'], ['poll_option.id'], ),
    sa.ForeignKeyConstraint(['stop_id'], ['stop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('poll_tally', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_tally_option_id'), ['option_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_poll_tally_stop_id'), ['stop_id'], unique=False)

    op.create_table('reception',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('reg_no', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('stop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('applicant_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('applicant_iin', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('applicant_phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('applicant_address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('applicant_settlement_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('social_category', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_method', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('consent_at', sa.DateTime(), nullable=True),
    sa.Column('appeal_form', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('essence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('help_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('responsible_org_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('control_item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['applicant_settlement_id'], ['settlement.id'], ),
    sa.ForeignKeyConstraint(['control_item_id'], ['control_item.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.ForeignKeyConstraint(['responsible_org_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['stop_id'], ['stop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reception', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reception_applicant_iin'), ['applicant_iin'], unique=False)
        batch_op.create_index(batch_op.f('ix_reception_applicant_settlement_id'), ['applicant_settlement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reception_control_item_id'), ['control_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reception_outcome'), ['outcome'], unique=False)
        batch_op.create_index(batch_op.f('ix_reception_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reception_reg_no'), ['reg_no'], unique=True)
        batch_op.create_index('ix_reception_indicators', ['stop_id', 'deleted', 'outcome', 'received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reception_topic'), ['topic'], unique=False)

    op.create_table('stop_headcount',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('stop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['stop_id'], ['stop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stop_headcount', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stop_headcount_stop_id'), ['stop_id'], unique=False)

    op.create_table('stop_organization',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('stop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organization_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ),
    sa.ForeignKeyConstraint(['stop_id'], ['stop.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stop_organization', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stop_organization_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stop_organization_stop_id'), ['stop_id'], unique=False)

    op.create_table('control_reception',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('control_item_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reception_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['control_item_id'], ['control_item.id'], ),
    sa.ForeignKeyConstraint(['reception_id'], ['reception.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('control_reception', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_reception_control_item_id'), ['control_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_reception_reception_id'), ['reception_id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in FTS_DROP:
            op.execute(statement)
    with op.batch_alter_table('control_reception', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_control_reception_reception_id'))
        batch_op.drop_index(batch_op.f('ix_control_reception_control_item_id'))

    op.drop_table('control_reception')
    with op.batch_alter_table('stop_organization', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stop_organization_stop_id'))
        batch_op.drop_index(batch_op.f('ix_stop_organization_organization_id'))

    op.drop_table('stop_organization')
    with op.batch_alter_table('stop_headcount', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stop_headcount_stop_id'))

    op.drop_table('stop_headcount')
    with op.batch_alter_table('reception', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reception_topic'))
        batch_op.drop_index('ix_reception_indicators')
        batch_op.drop_index(batch_op.f('ix_reception_reg_no'))
        batch_op.drop_index(batch_op.f('ix_reception_received_at'))
        batch_op.drop_index(batch_op.f('ix_reception_outcome'))
        batch_op.drop_index(batch_op.f('ix_reception_control_item_id'))
        batch_op.drop_index(batch_op.f('ix_reception_applicant_settlement_id'))
        batch_op.drop_index(batch_op.f('ix_reception_applicant_iin'))

    op.drop_table('reception')
    with op.batch_alter_table('poll_tally', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_tally_stop_id'))
        batch_op.drop_index(batch_op.f('ix_poll_tally_option_id'))

    op.drop_table('poll_tally')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_stop_id'))

    op.drop_table('activity')
    with op.batch_alter_table('tour_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tour_group_tour_id'))
        batch_op.drop_index(batch_op.f('ix_tour_group_group_id'))

    op.drop_table('tour_group')
    with op.batch_alter_table('stop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stop_tour_id'))
        batch_op.drop_index(batch_op.f('ix_stop_status'))
        batch_op.drop_index(batch_op.f('ix_stop_settlement_id'))
        batch_op.drop_index(batch_op.f('ix_stop_planned_on'))

    op.drop_table('stop')
    with op.batch_alter_table('rotation_slot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rotation_slot_group_id'))
        batch_op.drop_index(batch_op.f('ix_rotation_slot_district_id'))
        batch_op.drop_index(batch_op.f('ix_rotation_slot_campaign_id'))

    op.drop_table('rotation_slot')
    with op.batch_alter_table('poll_option', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_option_poll_id'))

    op.drop_table('poll_option')
    with op.batch_alter_table('group_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_member_member_id'))
        batch_op.drop_index(batch_op.f('ix_group_member_group_id'))

    op.drop_table('group_member')
    with op.batch_alter_table('control_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_control_event_control_item_id'))

    op.drop_table('control_event')
    with op.batch_alter_table('working_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_working_group_direction_id'))
        batch_op.drop_index(batch_op.f('ix_working_group_campaign_id'))

    op.drop_table('working_group')
    with op.batch_alter_table('tour', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tour_campaign_id'))

    op.drop_table('tour')
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signal_status'))
        batch_op.drop_index(batch_op.f('ix_signal_settlement_id'))
        batch_op.drop_index(batch_op.f('ix_signal_received_at'))
        batch_op.drop_index(batch_op.f('ix_signal_campaign_id'))

    op.drop_table('signal')
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_campaign_id'))

    op.drop_table('poll')
    with op.batch_alter_table('control_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_control_item_settlement_id'))
        batch_op.drop_index(batch_op.f('ix_control_item_responsible_org_id'))
        batch_op.drop_index(batch_op.f('ix_control_item_registered_on'))
        batch_op.drop_index(batch_op.f('ix_control_item_deadline'))
        batch_op.drop_index(batch_op.f('ix_control_item_campaign_id'))

    op.drop_table('control_item')
    op.drop_table('account')
    with op.batch_alter_table('settlement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_kato'))
        batch_op.drop_index(batch_op.f('ix_settlement_district_id'))

    op.drop_table('settlement')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_organization_id'))

    op.drop_table('member')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_region_id'))

    op.drop_table('campaign')
    op.drop_table('organization')
    with op.batch_alter_table('district', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_district_region_id'))
        batch_op.drop_index(batch_op.f('ix_district_kato'))

    op.drop_table('district')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_kato'))

    op.drop_table('region')
    with op.batch_alter_table('photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photo_sha256'))
        batch_op.drop_index(batch_op.f('ix_photo_owner_id'))

    op.drop_table('photo')
    op.drop_table('local_meta')
    with op.batch_alter_table('direction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_direction_code'))

    op.drop_table('direction')
