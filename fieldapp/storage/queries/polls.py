"""Lookups of polls, their options, and tallies summed over devices (never a shared total)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.storage.tables import Poll, PollOption, PollTally


def polls(session: Session, campaign_id: str | None = None) -> Sequence[Poll]:
    query = select(Poll).where(col(Poll.deleted).is_(False))
    if campaign_id is not None:
        query = query.where(col(Poll.campaign_id) == campaign_id)
    return session.scalars(query.order_by(col(Poll.created_at), col(Poll.id))).all()


def options(session: Session, poll_id: str) -> Sequence[PollOption]:
    query = select(PollOption).where(col(PollOption.deleted).is_(False), col(PollOption.poll_id) == poll_id)
    return session.scalars(query.order_by(col(PollOption.seq), col(PollOption.id))).all()


def device_tally(session: Session, option_id: str, stop_id: str | None, device: str) -> PollTally | None:
    """This device's own tally row for an option at a stop (stop None: answers gathered outside any stop)."""
    query = select(PollTally).where(
        col(PollTally.deleted).is_(False), col(PollTally.option_id) == option_id, col(PollTally.device_id) == device,
        col(PollTally.stop_id).is_(None) if stop_id is None else col(PollTally.stop_id) == stop_id,
    )
    return session.scalars(query.order_by(col(PollTally.id)).limit(1)).first()


def sums(session: Session, poll_id: str, stop_id: str | None = None) -> Sequence[Row[str, str | None, int]]:
    """Answers per option and stop, summed over devices. Rows: option id, stop id, count."""
    query = (
        select(col(PollTally.option_id), col(PollTally.stop_id), func.coalesce(func.sum(col(PollTally.count)), 0))
        .join(PollOption, col(PollOption.id) == col(PollTally.option_id))
        .where(col(PollTally.deleted).is_(False), col(PollOption.poll_id) == poll_id)
        .group_by(col(PollTally.option_id), col(PollTally.stop_id))
    )
    if stop_id is not None:
        query = query.where(col(PollTally.stop_id) == stop_id)
    return session.execute(query).all()
