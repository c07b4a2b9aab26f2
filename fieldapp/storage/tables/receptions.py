"""Personal receptions of residents: one row per resident received, with what was done."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlalchemy import Index, literal, text
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Reception(Synced, table=True):
    __tablename__ = "reception"
    # Cover the indicator aggregates (receptions per stop and outcome, per stop and topic) without touching the
    # table rows, each pair in index order so that no sort is needed (migration 0009).
    # The whole file's live receptions per outcome and per topic in short entries, what lies at stops out of a
    # scope taken off with the per-stop ones; the few deleted ones found without a pass (migration 0010).
    __table_args__ = (Index("ix_reception_indicators", "stop_id", "outcome", "deleted", "received_at"),
                      Index("ix_reception_topics", "stop_id", "topic", "deleted", "received_at"),
                      Index("ix_reception_outcome_live", "outcome", "deleted", "received_at"),
                      Index("ix_reception_topic_live", "topic", "deleted", "received_at"),
                      Index("ix_reception_deleted", "id", sqlite_where=text("deleted = 1")))
    reg_no: str = Field(index=True, unique=True)
    received_at: NaiveDatetime = Field(index=True)
    stop_id: str = Field(foreign_key="stop.id")
    member_id: str | None = Field(default=None, foreign_key="member.id")
    # The applicant is kept on the reception itself: two laptops that receive the same resident must never
    # produce two competing "resident" rows to merge; repeat visits are found by IIN or name + settlement.
    applicant_name: str
    applicant_iin: str | None = Field(default=None, index=True, max_length=12)
    applicant_phone: str = ""
    applicant_address: str = ""
    applicant_settlement_id: str | None = Field(default=None, foreign_key="settlement.id", index=True)
    social_category: str | None = None  # SocialCategory
    consent_given: bool = False
    consent_method: str | None = None  # ConsentMethod
    consent_at: NaiveDatetime | None = None
    appeal_form: str = "application"  # AppealForm
    topic: str = Field(default="other")  # Topic
    essence: str = ""
    outcome: str = Field(default="explained")  # Outcome
    help_kind: str | None = None  # HelpKind
    responsible_org_id: str | None = Field(default=None, foreign_key="organization.id")
    control_item_id: str | None = Field(default=None, foreign_key="control_item.id", index=True)
    # Why the reception was deleted (a duplicate, a mistake): asked when a saved reception is deleted, kept with
    # the tombstone so the history says why; empty while it is live and for the desk's own Ctrl+Z.
    deleted_reason: str = Field(default="", sa_column_kwargs={"server_default": literal("")})
