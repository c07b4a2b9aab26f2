"""Problems taken under control, the receptions they came from, and their insert-only event history."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlalchemy import Index
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class ControlItem(Synced, table=True):
    __tablename__ = "control_item"
    # The register's items without their rows, in the title order's own column (migration 0010).
    __table_args__ = (Index("ix_control_item_title", "title", "id", "deleted"),)
    title: str
    description: str = ""
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", index=True)
    settlement_id: str | None = Field(default=None, foreign_key="settlement.id", index=True)
    responsible_org_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    responsible_person: str = ""
    registered_on: date = Field(index=True)
    deadline: date = Field(index=True)  # the current one: the last extension's, or the first
    notify_by: date | None = None


@synced
class ControlReception(Synced, table=True):
    """Several residents may raise one village problem: each of their receptions links here."""

    __tablename__ = "control_reception"
    # An item's live links counted without their rows (migration 0010).
    __table_args__ = (Index("ix_control_reception_item_live", "control_item_id", "deleted", "reception_id"),)
    control_item_id: str = Field(foreign_key="control_item.id")
    reception_id: str = Field(foreign_key="reception.id", index=True)


@synced
class ControlEvent(Synced, table=True):
    """Insert-only: the current status is derived from these, so concurrent edits on two laptops both survive."""

    __tablename__ = "control_event"
    # An item's events in replay order with what the status needs: its first final event and its last
    # opened/in-progress one are each one short index read, no sort, no table row (migration 0009).
    # (Also every lookup of an item's events: the plain control_item_id index went in migration 0010.)
    __table_args__ = (Index("ix_control_event_replay", "control_item_id", "at", "id", "kind", "deleted"),)
    control_item_id: str = Field(foreign_key="control_item.id")
    kind: str  # ControlEventKind
    at: NaiveDatetime
    by_member_id: str | None = Field(default=None, foreign_key="member.id")
    note: str = ""
    new_deadline: date | None = None
