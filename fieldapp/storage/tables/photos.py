"""Photos attached to a stop, activity, signal or control item; the bytes live in the blob store by SHA-256."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Photo(Synced, table=True):
    __tablename__ = "photo"
    sha256: str = Field(index=True, max_length=64)
    owner_table: str  # stop | activity | signal | control_item
    owner_id: str = Field(index=True, max_length=36)
    role: str = "general"  # PhotoRole
    caption: str = ""
    credit: str = ""  # «Фото: акимат …»
    mime: str = "image/jpeg"
    size: int = 0
    taken_at: NaiveDatetime | None = None
