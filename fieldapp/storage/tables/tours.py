"""Tours (выезды, автокараваны), their stops along the route, and the activities held at each stop."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Tour(Synced, table=True):
    __tablename__ = "tour"
    campaign_id: str = Field(foreign_key="campaign.id", index=True)
    title: str
    starts_on: date | None = None
    ends_on: date | None = None
    notes: str = ""


@synced
class TourGroup(Synced, table=True):
    """A working group taking part in a tour (a caravan may carry several)."""

    __tablename__ = "tour_group"
    tour_id: str = Field(foreign_key="tour.id", index=True)
    group_id: str = Field(foreign_key="working_group.id", index=True)


@synced
class Stop(Synced, table=True):
    __tablename__ = "stop"
    tour_id: str = Field(foreign_key="tour.id", index=True)
    settlement_id: str = Field(foreign_key="settlement.id", index=True)
    seq: int = 0  # position on the planned route
    planned_on: date | None = Field(default=None, index=True)
    venue: str = ""
    venue_type: str = "other"  # VenueType
    arrived_at: NaiveDatetime | None = None
    departed_at: NaiveDatetime | None = None
    status: str = Field(default="planned", index=True)  # StopStatus
    cancel_reason: str = ""
    headcount_approximate: bool = False  # «около 600»
    notes: str = ""


@synced
class StopHeadcount(Synced, table=True):
    """Residents who came, as counted on one device: a counter is a row per device, the total is their sum."""

    __tablename__ = "stop_headcount"
    stop_id: str = Field(foreign_key="stop.id", index=True)
    device_id: str = Field(max_length=36)
    count: int = 0


@synced
class StopOrganization(Synced, table=True):
    __tablename__ = "stop_organization"
    stop_id: str = Field(foreign_key="stop.id", index=True)
    organization_id: str = Field(foreign_key="organization.id", index=True)


@synced
class Activity(Synced, table=True):
    __tablename__ = "activity"
    stop_id: str = Field(foreign_key="stop.id", index=True)
    type: str = "meeting"  # ActivityType
    audience: str = "general"  # Audience
    title: str = ""
    held_at: NaiveDatetime | None = None
    participants: int = 0
    handouts: int = 0
    publications: int = 0
    description: str = ""
