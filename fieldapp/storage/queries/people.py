"""Lookups of organisations and members: lists and names compared the way people type them."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.rules import normalise_name
from fieldapp.storage.queries.sqlfunc import fa_norm, register_functions
from fieldapp.storage.tables import Member, Organization


def organizations(session: Session, kind: str | None = None) -> Sequence[Organization]:
    query = select(Organization).where(col(Organization.deleted).is_(False))
    if kind is not None:
        query = query.where(col(Organization.kind) == kind)
    return session.scalars(query.order_by(col(Organization.name_ru))).all()


def organization_by_name(session: Session, name: str) -> Organization | None:
    """The live organisation whose Russian, Kazakh or short name equals `name` (case, ё/е, quotes ignored)."""
    register_functions(session)
    key = normalise_name(name)
    query = select(Organization).where(
        col(Organization.deleted).is_(False),
        or_(
            fa_norm(col(Organization.name_ru)) == key,
            fa_norm(col(Organization.name_kk)) == key,
            fa_norm(col(Organization.short_name)) == key,
        ),
    )
    return session.scalars(query.order_by(col(Organization.id)).limit(1)).first()


def members(
    session: Session, organization_id: str | None = None
) -> Sequence[Row[str, str, str, str, str | None, str | None, str]]:
    """Rows: id, full name, position, rank, organisation id, organisation name_ru, phone."""
    query = (
        select(
            col(Member.id), col(Member.full_name), col(Member.position), col(Member.rank),
            col(Member.organization_id), col(Organization.name_ru), col(Member.phone),
        )
        .outerjoin(Organization, col(Organization.id) == col(Member.organization_id))
        .where(col(Member.deleted).is_(False))
    )
    if organization_id is not None:
        query = query.where(col(Member.organization_id) == organization_id)
    return session.execute(query.order_by(col(Member.full_name))).all()
