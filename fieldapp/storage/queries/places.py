"""Lookups of regions, districts and settlements: lists, names compared the way people type them, picker search."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.rules import normalise_name
from fieldapp.storage.queries.sqlfunc import fa_norm, register_functions
from fieldapp.storage.tables import District, Region, Settlement


def regions(session: Session) -> Sequence[Region]:
    return session.scalars(select(Region).where(col(Region.deleted).is_(False)).order_by(col(Region.name_ru))).all()


def districts(session: Session, region_id: str | None = None) -> Sequence[District]:
    query = select(District).where(col(District.deleted).is_(False))
    if region_id is not None:
        query = query.where(col(District.region_id) == region_id)
    return session.scalars(query.order_by(col(District.name_ru))).all()


def settlements(session: Session, district_id: str | None = None) -> Sequence[Settlement]:
    query = select(Settlement).where(col(Settlement.deleted).is_(False))
    if district_id is not None:
        query = query.where(col(Settlement.district_id) == district_id)
    return session.scalars(query.order_by(col(Settlement.name_ru))).all()


def region_by_name(session: Session, name: str) -> Region | None:
    register_functions(session)
    key = normalise_name(name)
    query = select(Region).where(
        col(Region.deleted).is_(False), or_(fa_norm(col(Region.name_ru)) == key, fa_norm(col(Region.name_kk)) == key)
    )
    return session.scalars(query.order_by(col(Region.id)).limit(1)).first()


def district_by_name(session: Session, region_id: str, name: str) -> District | None:
    register_functions(session)
    key = normalise_name(name)
    query = select(District).where(
        col(District.deleted).is_(False),
        col(District.region_id) == region_id,
        or_(fa_norm(col(District.name_ru)) == key, fa_norm(col(District.name_kk)) == key),
    )
    return session.scalars(query.order_by(col(District.id)).limit(1)).first()


def settlement_by_name(session: Session, district_id: str, name: str) -> Settlement | None:
    register_functions(session)
    key = normalise_name(name)
    query = select(Settlement).where(
        col(Settlement.deleted).is_(False),
        col(Settlement.district_id) == district_id,
        or_(fa_norm(col(Settlement.name_ru)) == key, fa_norm(col(Settlement.name_kk)) == key),
    )
    return session.scalars(query.order_by(col(Settlement.id)).limit(1)).first()


def settlement_names(
    session: Session, *, district_id: str | None = None, region_id: str | None = None
) -> Sequence[tuple[str, str, str, str]]:
    """Every live settlement as (id, name_ru, name_kk, district name_ru), for the picker search to match in Python:
    SQLite cannot fold Cyrillic case, and a Python function called from SQL on every row is ten times slower."""
    query = (
        select(col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk), col(District.name_ru))
        .join(District, col(District.id) == col(Settlement.district_id))
        .where(col(Settlement.deleted).is_(False))
    )
    if district_id is not None:
        query = query.where(col(Settlement.district_id) == district_id)
    if region_id is not None:
        query = query.where(col(District.region_id) == region_id)
    compiled = query.compile(session.get_bind())
    # The driver's cursor, not ORM rows: 15,000 rows a keystroke.
    return session.connection().exec_driver_sql(str(compiled), tuple(compiled.params.values())).fetchall()


def settlement_hits(session: Session, ids: Sequence[str]) -> Sequence[Row[str, str, str, str, str, str, str, str]]:
    """Rows: id, name_ru, name_kk, district id, district name_ru, name_kk, region name_ru, name_kk."""
    if not ids:
        return []
    query = (
        select(
            col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk), col(District.id),
            col(District.name_ru), col(District.name_kk), col(Region.name_ru), col(Region.name_kk),
        )
        .join(District, col(District.id) == col(Settlement.district_id))
        .join(Region, col(Region.id) == col(District.region_id))
        .where(col(Settlement.id).in_(list(ids)))
    )
    return session.execute(query).all()
