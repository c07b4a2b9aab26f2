"""Lookups of photos by the record they are attached to."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.storage.tables import Photo


def photos_of(session: Session, owner_table: str, owner_id: str) -> Sequence[Photo]:
    query = select(Photo).where(
        col(Photo.deleted).is_(False), col(Photo.owner_table) == owner_table, col(Photo.owner_id) == owner_id
    )
    return session.scalars(query.order_by(col(Photo.created_at), col(Photo.id))).all()
