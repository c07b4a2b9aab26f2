"""Polls, their options, and tallies kept per stop, per device and per option (results are sums)."""

from __future__ import annotations

from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Poll(Synced, table=True):
    __tablename__ = "poll"
    campaign_id: str | None = Field(default=None, foreign_key="campaign.id", index=True)
    question_ru: str
    question_kk: str = ""


@synced
class PollOption(Synced, table=True):
    __tablename__ = "poll_option"
    poll_id: str = Field(foreign_key="poll.id", index=True)
    seq: int = 0
    label_ru: str
    label_kk: str = ""


@synced
class PollTally(Synced, table=True):
    __tablename__ = "poll_tally"
    option_id: str = Field(foreign_key="poll_option.id", index=True)
    stop_id: str | None = Field(default=None, foreign_key="stop.id", index=True)
    device_id: str = Field(max_length=36)
    count: int = 0
