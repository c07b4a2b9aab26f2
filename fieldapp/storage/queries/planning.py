"""Lookups of the planning page: where a campaign works, and when each settlement last had a held stop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Row, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import StopStatus
from fieldapp.storage.tables import Campaign, District, RotationSlot, Settlement, Stop, Tour


def worked_district_ids(session: Session, campaign_id: str) -> set[str]:
    """Districts the campaign already has a live rotation slot or a live stop (any status) in."""
    slots = select(col(RotationSlot.district_id)).where(
        col(RotationSlot.deleted).is_(False), col(RotationSlot.campaign_id) == campaign_id
    )
    stops = (
        select(col(Settlement.district_id))
        .join(Stop, col(Stop.settlement_id) == col(Settlement.id))
        .join(Tour, col(Tour.id) == col(Stop.tour_id))
        .where(col(Stop.deleted).is_(False), col(Tour.deleted).is_(False), col(Tour.campaign_id) == campaign_id)
    )
    return set(session.scalars(slots).all()) | set(session.scalars(stops).all())


def region_district_ids(session: Session, campaign_id: str) -> set[str]:
    """The live districts of the campaign's region (none when the campaign names no region)."""
    query = (
        select(col(District.id))
        .join(Campaign, col(Campaign.region_id) == col(District.region_id))
        .where(col(Campaign.id) == campaign_id, col(District.deleted).is_(False))
    )
    return set(session.scalars(query).all())


def live_districts(session: Session, district_ids: Sequence[str]) -> Sequence[District]:
    query = select(District).where(col(District.deleted).is_(False), col(District.id).in_(district_ids))
    return session.scalars(query.order_by(col(District.name_ru))).all()


def settlements_of(session: Session, district_ids: Sequence[str]) -> Sequence[Settlement]:
    query = select(Settlement).where(col(Settlement.deleted).is_(False), col(Settlement.district_id).in_(district_ids))
    return session.scalars(query.order_by(col(Settlement.name_ru))).all()


def held_days(
    session: Session, settlement_ids: Sequence[str]
) -> Sequence[Row[str, datetime | None, date | None]]:
    """Done stops (of any campaign) in these settlements. Rows: settlement id, arrived at, planned on."""
    query = (
        select(col(Stop.settlement_id), col(Stop.arrived_at), col(Stop.planned_on))
        .join(Tour, col(Tour.id) == col(Stop.tour_id))
        .where(
            col(Stop.deleted).is_(False), col(Tour.deleted).is_(False), col(Stop.status) == StopStatus.DONE.value,
            col(Stop.settlement_id).in_(settlement_ids),
        )
    )
    return session.execute(query).all()
