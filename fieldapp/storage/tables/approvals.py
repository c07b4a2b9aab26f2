"""A supervisor's approval of a stop's day, and the corrections made to it afterwards: insert-only events.

Insert-only like control events (a row is never edited, so two supervisors approving on two laptops both keep
theirs and nothing can be in conflict): the day's approval is its latest «approved» event (a supervisor approves
again what was added offline meanwhile); each «corrected» event marks one change a supervisor made to an approved
record (history shows it beside the change)."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class StopApproval(Synced, table=True):
    __tablename__ = "stop_approval"
    stop_id: str = Field(foreign_key="stop.id", index=True)
    kind: str = "approved"  # ApprovalKind: approved | corrected
    at: NaiveDatetime  # local wall time of the act
    by_member_id: str | None = Field(default=None, foreign_key="member.id")
    # Who, as printed («Утверждено: ФИО, дата»): accounts never sync, so the name travels with the event.
    by_name: str = ""
    by_account: str = ""
    # A correction: the approved record it changed (reception, activity, stop_headcount)
    record_table: str = ""
    record_id: str = ""
    # An approval: the ids of the records it approved (space-separated). A record of the day that no approval
    # names and no correction marks was added elsewhere without seeing the approval: it awaits review.
    records: str = ""
