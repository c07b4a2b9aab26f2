"""Lookups of problems under control: items with their responsible body and place, events, linked receptions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.storage.tables import ControlEvent, ControlItem, ControlReception, Organization, Reception, Settlement

ItemRow = Row[str, str, date, date, date | None, str | None, str | None, str, str | None, str | None, str | None]


def items(
    session: Session, *, item_id: str | None = None, district_id: str | None = None,
    responsible_org_id: str | None = None,
) -> Sequence[ItemRow]:
    """Rows: id, title, registered on, deadline, notify by, responsible org id, its name_ru, responsible person,
    settlement id, settlement name_ru, district id."""
    query = (
        select(
            col(ControlItem.id), col(ControlItem.title), col(ControlItem.registered_on), col(ControlItem.deadline),
            col(ControlItem.notify_by), col(ControlItem.responsible_org_id), col(Organization.name_ru),
            col(ControlItem.responsible_person), col(ControlItem.settlement_id), col(Settlement.name_ru),
            col(Settlement.district_id),
        )
        .outerjoin(Organization, col(Organization.id) == col(ControlItem.responsible_org_id))
        .outerjoin(Settlement, col(Settlement.id) == col(ControlItem.settlement_id))
        .where(col(ControlItem.deleted).is_(False))
    )
    if item_id is not None:
        query = query.where(col(ControlItem.id) == item_id)
    if district_id is not None:
        query = query.where(col(Settlement.district_id) == district_id)
    if responsible_org_id is not None:
        query = query.where(col(ControlItem.responsible_org_id) == responsible_org_id)
    return session.execute(query.order_by(col(ControlItem.deadline), col(ControlItem.id))).all()


def events(session: Session, item_ids: Sequence[str]) -> dict[str, list[ControlEvent]]:
    """Live events per item, in the order they happened (ties by id)."""
    query = (
        select(ControlEvent)
        .where(col(ControlEvent.deleted).is_(False), col(ControlEvent.control_item_id).in_(item_ids))
        .order_by(col(ControlEvent.at), col(ControlEvent.id))
    )
    found: dict[str, list[ControlEvent]] = defaultdict(list)
    for event in session.scalars(query):
        found[event.control_item_id].append(event)
    return found


def links(session: Session, item_id: str) -> Sequence[ControlReception]:
    query = select(ControlReception).where(
        col(ControlReception.deleted).is_(False), col(ControlReception.control_item_id) == item_id
    )
    return session.scalars(query).all()


def links_of_reception(
    session: Session, reception_id: str, *, with_deleted: bool = False
) -> Sequence[ControlReception]:
    query = select(ControlReception).where(col(ControlReception.reception_id) == reception_id)
    if not with_deleted:
        query = query.where(col(ControlReception.deleted).is_(False))
    return session.scalars(query).all()


def live_reception_counts(session: Session, item_ids: Sequence[str]) -> dict[str, int]:
    """Live receptions linked to each item (several residents may raise one village problem)."""
    query = (
        select(col(ControlReception.control_item_id), func.count())
        .join(Reception, col(Reception.id) == col(ControlReception.reception_id))
        .where(
            col(ControlReception.deleted).is_(False), col(Reception.deleted).is_(False),
            col(ControlReception.control_item_id).in_(item_ids),
        )
        .group_by(col(ControlReception.control_item_id))
    )
    return {item_id: int(n) for item_id, n in session.execute(query)}
