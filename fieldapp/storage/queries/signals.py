"""Lookups of signals (tips such as drug-graffiti reports)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.storage.tables import Signal


def signals(
    session: Session, *, status: str | None = None, kind: str | None = None, campaign_id: str | None = None,
    settlement_id: str | None = None,
) -> Sequence[Signal]:
    query = select(Signal).where(col(Signal.deleted).is_(False))
    if status is not None:
        query = query.where(col(Signal.status) == status)
    if kind is not None:
        query = query.where(col(Signal.kind) == kind)
    if campaign_id is not None:
        query = query.where(col(Signal.campaign_id) == campaign_id)
    if settlement_id is not None:
        query = query.where(col(Signal.settlement_id) == settlement_id)
    return session.scalars(query.order_by(col(Signal.received_at).desc(), col(Signal.id))).all()
