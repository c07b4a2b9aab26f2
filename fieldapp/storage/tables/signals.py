"""Tips from residents and patrols (drug graffiti and the like), with coordinates and a status workflow."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Signal(Synced, table=True):
    __tablename__ = "signal"
    kind: str = "other"  # SignalKind
    description: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    channel: str = "messenger"  # SignalChannel
    reporter: str = ""  # empty = anonymous
    received_at: NaiveDatetime = Field(index=True)
    status: str = Field(default="received", index=True)  # SignalStatus
    handled_by_id: str | None = Field(default=None, foreign_key="member.id")
    settlement_id: str | None = Field(default=None, foreign_key="settlement.id", index=True)
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", index=True)
    resolved_at: NaiveDatetime | None = None
