"""The columns every synced table carries (SYNC.md): UUIDv7 id, timestamps, author and a tombstone."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from fieldapp.domain.ids import uuid7


def utcnow() -> datetime:
    """Naive UTC, as SQLite stores it."""
    return datetime.now(UTC).replace(tzinfo=None)


class Synced(SQLModel):
    """Mixin for tables that sync between devices; rows are never hard-deleted, only tombstoned."""

    id: str = Field(default_factory=uuid7, primary_key=True, max_length=36)
    created_at: NaiveDatetime = Field(default_factory=utcnow)
    updated_at: NaiveDatetime = Field(default_factory=utcnow)
    created_by: str | None = Field(default=None, max_length=36)
    deleted: bool = Field(default=False)


_SYNCED: set[str] = set()
_T = TypeVar("_T", bound=type[Synced])


def synced(cls: _T) -> _T:
    """Register a synced table (class decorator) so sync, digest and tests can walk them all."""
    _SYNCED.add(str(cls.__tablename__))
    return cls


def synced_tables() -> list[str]:
    """The synced tables, parents before children (the order rows can be inserted in)."""
    return [t.name for t in SQLModel.metadata.sorted_tables if t.name in _SYNCED]
