"""Helpers shared by the services: live-row lookup, authorship and tombstones, small input checks."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from fieldapp.domain.errors import NotFoundError, ValidationError
from fieldapp.services.context import Context
from fieldapp.storage.tables import Synced, utcnow

T = TypeVar("T", bound=Synced)


def live(session: Session, model: type[T], row_id: str | None, field: str) -> T:
    """The row `row_id` of `model`, unless it is missing or tombstoned (NotFoundError naming `field`)."""
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        raise NotFoundError("record.not_found", field, id=row_id or "")
    return row


def optional_live(session: Session, model: type[T], row_id: str | None, field: str) -> T | None:
    return None if not row_id else live(session, model, row_id, field)


def add(session: Session, ctx: Context, row: T) -> T:
    """Insert a new row written by the signed-in member."""
    row.created_by = ctx.member_id
    session.add(row)
    session.flush()
    return row


def touch(row: Synced) -> None:
    """Mark an edited row as changed now (sync and the journal read updated_at)."""
    row.updated_at = utcnow()


def tombstone(row: Synced) -> None:
    """Never a hard delete (SYNC.md): the tombstone travels to the other laptops like any other edit."""
    row.deleted = True
    touch(row)


def restore(row: Synced) -> None:
    row.deleted = False
    touch(row)


def required(value: str | None, field: str) -> str:
    """`value` without surrounding spaces; an empty one is refused naming `field`."""
    text = (value or "").strip()
    if not text:
        raise ValidationError("required", field)
    return text
