"""Lookups of tours, their route of stops (with head counts summed over devices), organisations and activities."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.storage.tables import (
    Activity,
    Organization,
    Settlement,
    Stop,
    StopHeadcount,
    StopOrganization,
    Tour,
    TourGroup,
)


def tours(session: Session, campaign_id: str | None = None) -> Sequence[Tour]:
    query = select(Tour).where(col(Tour.deleted).is_(False))
    if campaign_id is not None:
        query = query.where(col(Tour.campaign_id) == campaign_id)
    return session.scalars(query.order_by(col(Tour.starts_on), col(Tour.title))).all()


def tour_groups(session: Session, tour_id: str) -> Sequence[TourGroup]:
    """The tour's live group links, the first-added first (the first group names the registration numbers)."""
    query = select(TourGroup).where(col(TourGroup.deleted).is_(False), col(TourGroup.tour_id) == tour_id)
    return session.scalars(query.order_by(col(TourGroup.created_at), col(TourGroup.id))).all()


def stops(session: Session, tour_id: str) -> Sequence[Stop]:
    query = select(Stop).where(col(Stop.deleted).is_(False), col(Stop.tour_id) == tour_id)
    return session.scalars(query.order_by(col(Stop.seq), col(Stop.id))).all()


def settlement_names(session: Session, settlement_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    query = select(col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk)).where(
        col(Settlement.id).in_(settlement_ids)
    )
    return {sid: (ru, kk) for sid, ru, kk in session.execute(query)}


def headcount_totals(session: Session, stop_ids: Sequence[str]) -> dict[str, int]:
    """Residents who came, per stop: the sum of every device's own count."""
    query = (
        select(col(StopHeadcount.stop_id), func.coalesce(func.sum(col(StopHeadcount.count)), 0))
        .where(col(StopHeadcount.deleted).is_(False), col(StopHeadcount.stop_id).in_(stop_ids))
        .group_by(col(StopHeadcount.stop_id))
    )
    return {stop_id: int(total) for stop_id, total in session.execute(query)}


def headcounts(session: Session, stop_id: str) -> Sequence[StopHeadcount]:
    query = select(StopHeadcount).where(col(StopHeadcount.deleted).is_(False), col(StopHeadcount.stop_id) == stop_id)
    return session.scalars(query.order_by(col(StopHeadcount.device_id))).all()


def stop_organization(session: Session, stop_id: str, organization_id: str) -> StopOrganization | None:
    query = select(StopOrganization).where(
        col(StopOrganization.deleted).is_(False), col(StopOrganization.stop_id) == stop_id,
        col(StopOrganization.organization_id) == organization_id,
    )
    return session.scalars(query.limit(1)).first()


def stop_organizations(session: Session, stop_id: str) -> Sequence[Row[str, str, str, str]]:
    """Rows: organisation id, name_ru, name_kk, short name."""
    query = (
        select(col(Organization.id), col(Organization.name_ru), col(Organization.name_kk), col(Organization.short_name))
        .join(StopOrganization, col(StopOrganization.organization_id) == col(Organization.id))
        .where(col(StopOrganization.deleted).is_(False), col(StopOrganization.stop_id) == stop_id)
        .order_by(col(Organization.name_ru))
    )
    return session.execute(query).all()


def activities(session: Session, stop_id: str) -> Sequence[Activity]:
    query = select(Activity).where(col(Activity.deleted).is_(False), col(Activity.stop_id) == stop_id)
    return session.scalars(query.order_by(col(Activity.held_at), col(Activity.id))).all()
