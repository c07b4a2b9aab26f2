"""Lookups of regions, districts and settlements: lists, names compared the way people type them, picker search."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, case, or_, select
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


def search_settlements(
    session: Session, prefix: str, *, district_id: str | None = None, region_id: str | None = None, limit: int = 20
) -> Sequence[Row[str, str, str, str, str, str, str, str]]:
    """Live settlements one of whose words in the Russian or Kazakh name starts with `prefix` (case, ё/е ignored):
    a classifier's names carry their kind («село Коныр», «Қоңыр ауылы»), so «Кон» must find the village. Exact names
    first, then names that start with `prefix`, then the rest.

    Rows: id, name_ru, name_kk, district id, district name_ru, name_kk, region name_ru, name_kk.
    """
    register_functions(session)
    key = normalise_name(prefix)
    name_ru, name_kk = fa_norm(col(Settlement.name_ru)), fa_norm(col(Settlement.name_kk))
    starts = or_(name_ru.startswith(key, autoescape=True), name_kk.startswith(key, autoescape=True))
    word = " " + key
    rank = case((or_(name_ru == key, name_kk == key), 0), (starts, 1), else_=2)
    query = (
        select(
            col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk), col(District.id),
            col(District.name_ru), col(District.name_kk), col(Region.name_ru), col(Region.name_kk),
        )
        .join(District, col(District.id) == col(Settlement.district_id))
        .join(Region, col(Region.id) == col(District.region_id))
        .where(
            col(Settlement.deleted).is_(False),
            or_(starts, name_ru.contains(word, autoescape=True), name_kk.contains(word, autoescape=True)),
        )
    )
    if district_id is not None:
        query = query.where(col(Settlement.district_id) == district_id)
    if region_id is not None:
        query = query.where(col(District.region_id) == region_id)
    query = query.order_by(rank, col(Settlement.name_ru), col(District.name_ru)).limit(limit)
    return session.execute(query).all()
