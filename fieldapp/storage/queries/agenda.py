"""The stops of one day and the next planned one, chosen in SQL: a region's file holds ten thousand stops, and the
dashboard wants a handful of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, String, func, literal, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import StopStatus
from fieldapp.storage.queries.indicators import stop_date
from fieldapp.storage.tables import Campaign, Settlement, Stop, Tour

__all__ = ["next_planned", "stops_on"]


def _select() -> Any:
    day = stop_date()
    return (
        select(col(Stop.id), col(Stop.venue), col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk),
               col(Tour.title), day.label("day"), col(Stop.status))
        .join(Tour, col(Tour.id) == col(Stop.tour_id))
        .join(Campaign, col(Campaign.id) == col(Tour.campaign_id))
        .join(Settlement, col(Settlement.id) == col(Stop.settlement_id))
        .where(col(Stop.deleted).is_(False), col(Tour.deleted).is_(False), col(Campaign.deleted).is_(False))
    ), day


def stops_on(session: Session, day: date) -> Sequence[Row[Any]]:
    """Rows (id, venue, settlement id, name_ru, name_kk, tour title, day, status) of the live stops of `day` that
    were not cancelled (live tour and campaign, as the stop list has them)."""
    stmt, when = _select()
    stmt = stmt.where(when == literal(day.isoformat(), String), col(Stop.status) != StopStatus.CANCELLED.value)
    return session.execute(stmt).all()


def next_planned(session: Session, day: date) -> Sequence[Row[Any]]:
    """The same rows of the planned stops of the nearest day after `day` that has any (the caller picks among
    them by tour and title, as the stop list names them)."""
    stmt, when = _select()
    after = [when > literal(day.isoformat(), String), col(Stop.status) == StopStatus.PLANNED.value]
    first = select(func.min(stmt.where(*after).subquery().c.day)).scalar_subquery()
    return session.execute(stmt.where(*after, when == first)).all()
