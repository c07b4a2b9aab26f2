"""Lookups of campaigns, directions, working groups, the rotation plan, and the done stops that cover it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Row, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import StopStatus
from fieldapp.storage.tables import (
    Campaign,
    Direction,
    District,
    GroupMember,
    Member,
    RotationSlot,
    Settlement,
    Stop,
    Tour,
    TourGroup,
    WorkingGroup,
)


def campaigns(session: Session) -> Sequence[Campaign]:
    query = select(Campaign).where(col(Campaign.deleted).is_(False))
    return session.scalars(query.order_by(col(Campaign.starts_on).desc(), col(Campaign.title_ru))).all()


def directions(session: Session) -> Sequence[Direction]:
    query = select(Direction).where(col(Direction.deleted).is_(False))
    return session.scalars(query.order_by(col(Direction.name_ru))).all()


def direction_codes(session: Session) -> set[str]:
    """Codes of every direction ever made here, tombstoned ones too (a deleted seed must stay deleted)."""
    return set(session.scalars(select(col(Direction.code))).all())


def groups(session: Session, campaign_id: str) -> Sequence[WorkingGroup]:
    query = select(WorkingGroup).where(
        col(WorkingGroup.deleted).is_(False), col(WorkingGroup.campaign_id) == campaign_id
    )
    return session.scalars(query.order_by(col(WorkingGroup.name))).all()


def group_members(session: Session, group_id: str) -> Sequence[Row[str, str, str, str]]:
    """Rows: group-member row id, member id, member full name, role; a deleted member is no longer in the group
    (the membership row stays, for the history)."""
    query = (
        select(col(GroupMember.id), col(Member.id), col(Member.full_name), col(GroupMember.role))
        .join(Member, col(Member.id) == col(GroupMember.member_id))
        .where(col(GroupMember.deleted).is_(False), col(GroupMember.group_id) == group_id,
               col(Member.deleted).is_(False))
        .order_by(col(Member.full_name))
    )
    return session.execute(query).all()


def group_membership(session: Session, group_id: str, member_id: str) -> GroupMember | None:
    query = select(GroupMember).where(
        col(GroupMember.deleted).is_(False), col(GroupMember.group_id) == group_id,
        col(GroupMember.member_id) == member_id,
    )
    return session.scalars(query.limit(1)).first()


def rotation(session: Session, campaign_id: str) -> Sequence[RotationSlot]:
    query = (
        select(RotationSlot)
        .join(WorkingGroup, col(WorkingGroup.id) == col(RotationSlot.group_id))
        .where(
            col(RotationSlot.deleted).is_(False), col(WorkingGroup.deleted).is_(False),
            col(RotationSlot.campaign_id) == campaign_id,
        )
        .order_by(col(RotationSlot.starts_on), col(WorkingGroup.name))
    )
    return session.scalars(query).all()


def group_slots(session: Session, group_id: str) -> Sequence[RotationSlot]:
    query = select(RotationSlot).where(col(RotationSlot.deleted).is_(False), col(RotationSlot.group_id) == group_id)
    return session.scalars(query).all()


def district_slots(session: Session, campaign_id: str, district_id: str) -> Sequence[Row[RotationSlot, str]]:
    """The campaign's live slots in a district, with their group's name."""
    query = (
        select(RotationSlot, col(WorkingGroup.name))
        .join(WorkingGroup, col(WorkingGroup.id) == col(RotationSlot.group_id))
        .where(
            col(RotationSlot.deleted).is_(False), col(WorkingGroup.deleted).is_(False),
            col(RotationSlot.campaign_id) == campaign_id, col(RotationSlot.district_id) == district_id,
        )
    )
    return session.execute(query).all()


def done_stops_of_groups(
    session: Session, group_ids: Sequence[str]
) -> Sequence[Row[str, str, str, datetime | None, date | None]]:
    """Done stops of tours these groups took part in. Rows: group id, district id, stop id, arrived at, planned on."""
    query = (
        select(
            col(TourGroup.group_id), col(Settlement.district_id), col(Stop.id), col(Stop.arrived_at),
            col(Stop.planned_on),
        )
        .join(Tour, col(Tour.id) == col(Stop.tour_id))
        .join(TourGroup, col(TourGroup.tour_id) == col(Tour.id))
        .join(Settlement, col(Settlement.id) == col(Stop.settlement_id))
        .where(
            col(Stop.deleted).is_(False), col(Tour.deleted).is_(False), col(TourGroup.deleted).is_(False),
            col(Stop.status) == StopStatus.DONE.value, col(TourGroup.group_id).in_(group_ids),
        )
    )
    return session.execute(query).all()


def district_names(session: Session, district_ids: Sequence[str]) -> Sequence[Row[str, str, str]]:
    query = select(col(District.id), col(District.name_ru), col(District.name_kk)).where(
        col(District.id).in_(district_ids)
    )
    return session.execute(query.order_by(col(District.name_ru))).all()
