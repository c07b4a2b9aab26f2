"""Campaigns, directions, working groups and the rotation plan of groups over districts."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Direction(Synced, table=True):
    __tablename__ = "direction"
    code: str = Field(index=True)
    name_ru: str
    name_kk: str = ""
    name_en: str = ""


@synced
class Campaign(Synced, table=True):
    __tablename__ = "campaign"
    title_ru: str
    title_kk: str = ""
    kind: str = "action"  # CampaignKind
    organizer_id: str | None = Field(default=None, foreign_key="organization.id")
    region_id: str | None = Field(default=None, foreign_key="region.id", index=True)
    starts_on: date | None = None
    ends_on: date | None = None
    goal: str = ""


@synced
class WorkingGroup(Synced, table=True):
    __tablename__ = "working_group"
    campaign_id: str = Field(foreign_key="campaign.id", index=True)
    name: str
    code: str = ""
    direction_id: str | None = Field(default=None, foreign_key="direction.id", index=True)
    head_id: str | None = Field(default=None, foreign_key="member.id")


@synced
class GroupMember(Synced, table=True):
    __tablename__ = "group_member"
    group_id: str = Field(foreign_key="working_group.id", index=True)
    member_id: str = Field(foreign_key="member.id", index=True)
    role: str = ""


@synced
class RotationSlot(Synced, table=True):
    """One line of the rotation plan: this group works in this district over this period."""

    __tablename__ = "rotation_slot"
    campaign_id: str = Field(foreign_key="campaign.id", index=True)
    group_id: str = Field(foreign_key="working_group.id", index=True)
    district_id: str = Field(foreign_key="district.id", index=True)
    starts_on: date
    ends_on: date
