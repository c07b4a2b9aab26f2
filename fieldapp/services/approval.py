"""Approval of a stop's day: a supervisor (or coordinator) approves what was received, held and counted there.

Afterwards the day's receptions, activities and head counts can be changed only by a supervisor or coordinator
(roles "approved.edit"), and each such change is marked: a «corrected» event beside it names the record (history
shows it). Approving seals the day's records (fieldapp.sync.seal): a member's edit made offline before the approval
reached that laptop becomes a sync conflict on every replica, in whatever order the packages arrive, instead of
silently changing the approved record. A record added there meanwhile (no approval names it, no correction marks
it) awaits review: the supervisor approves the day again, which approves it. Approvals are insert-only events; the
day's approval shown and printed is its latest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from fieldapp.domain.messages import render
from fieldapp.services import roles
from fieldapp.services._common import add, live
from fieldapp.services.context import Context
from fieldapp.storage.queries import approvals as q
from fieldapp.storage.tables import Member, Stop, StopApproval, Synced
from fieldapp.sync.seal import seal

__all__ = ["Approval", "Approved", "Mark", "approval", "approve", "caption", "marks", "require_editable"]


@dataclass(frozen=True, slots=True)
class Approval:
    stop_id: str
    at: datetime
    by_name: str  # the approver's full name (the account's member), else the account
    by_account: str
    corrections: int  # changes a supervisor made to the day's records after it was approved
    disputed: int  # sync conflicts on the day's records: offline edits that disagree with the approved day
    pending: int  # records added elsewhere without seeing the approval: approving again approves them

    def caption(self, lang: str = "ru") -> str:
        """«Утверждено: ФИО, дата» (kk «Бекітілді: …»), as the stop page and the reports print it."""
        return caption(self.by_name, self.at, lang)


@dataclass(frozen=True, slots=True)
class Approved:
    approval: Approval
    new: bool  # False: the day was approved already; nothing was written
    sealed: int  # records of the day sealed by this approval


@dataclass(frozen=True, slots=True)
class Mark:
    """An approval event that names one record: its day approved with it, or a supervisor's correction of it."""

    kind: str  # "approved" | "corrected"
    at: datetime
    by_name: str
    by_account: str


def caption(name: str, at: datetime, lang: str = "ru") -> str:
    return render("approval.caption", lang, name=name or "—", date=at.strftime("%d.%m.%Y"))


def approve(ctx: Context, stop_id: str) -> Approved:
    """Approve the stop's day (supervisor or coordinator): its records are approved and sealed. An approved day is
    approved again only when records await review (added offline meanwhile); otherwise nothing changes."""
    roles.require(ctx, "approve")
    with ctx.db.session() as s:
        live(s, Stop, stop_id, "stop")
        records = q.stop_records(s, stop_id)
        if q.events(s, stop_id, q.APPROVED) and not _pending(s, stop_id, records):
            return Approved(_approval(s, stop_id), False, 0)  # type: ignore[arg-type]  # approved: not None
        event = _event(s, ctx, stop_id, q.APPROVED)
        event.records = " ".join(r.id for r in records)
        add(s, ctx, event)
        seal(s, records, ctx.member_id)
        return Approved(_approval(s, stop_id), True, len(records))  # type: ignore[arg-type]


def approval(ctx: Context, stop_id: str) -> Approval | None:
    """The stop's approval, or None while the day is not approved."""
    with ctx.db.reading() as s:
        live(s, Stop, stop_id, "stop")
        return _approval(s, stop_id)


def approvals(ctx: Context, stop_ids: list[str]) -> dict[str, Approval]:
    """The approved stops among `stop_ids`, for lists and reports (no counts of corrections or disputes)."""
    with ctx.db.reading() as s:
        return {stop_id: Approval(stop_id, e.at, e.by_name, e.by_account, 0, 0, 0)
                for stop_id, e in q.latest_approvals(s, stop_ids).items()}


def marks(ctx: Context, record_id: str) -> tuple[Mark, ...]:
    """The approval events of a record (a reception, an activity, a head count), oldest first: for its history,
    where the approval's seal shows as fields set to the value they had, a correction as a change beside its mark."""
    with ctx.db.reading() as s:
        return tuple(Mark(e.kind, e.at, e.by_name, e.by_account) for e in q.naming(s, record_id))


def require_editable(ctx: Context, session: Session, stop_id: str, record: Synced | None = None) -> None:
    """Called by the services that change a stop's receptions, activities and head counts, inside their session,
    before they write. An approved day: RoleRefused("approved.edit") for a member; for a supervisor or coordinator
    the change goes ahead and is marked as a correction of `record` (the record being changed or added)."""
    if not q.events(session, stop_id, q.APPROVED):
        return
    roles.require(ctx, "approved.edit")
    event = _event(session, ctx, stop_id, q.CORRECTED)
    if record is not None:
        event.record_table, event.record_id = str(record.__tablename__), record.id
    add(session, ctx, event)


def _event(s: Session, ctx: Context, stop_id: str, kind: str) -> StopApproval:
    member = s.get(Member, ctx.member_id) if ctx.member_id else None
    name = member.full_name if member is not None else (ctx.account or "")
    return StopApproval(stop_id=stop_id, kind=kind, at=ctx.clock().replace(microsecond=0),
                        by_member_id=member.id if member is not None else None, by_name=name,
                        by_account=ctx.account or "")


def _pending(s: Session, stop_id: str, records: list[Synced]) -> int:
    """Live records of the day that no approval names and no correction marks."""
    known: set[str] = set()
    for e in q.events(s, stop_id):
        known.update(e.records.split())
        if e.record_id:
            known.add(e.record_id)
    return sum(1 for r in records if not r.deleted and r.id not in known)


def _approval(s: Session, stop_id: str) -> Approval | None:
    approved = q.events(s, stop_id, q.APPROVED)
    if not approved:
        return None
    last = approved[-1]
    corrections = len(q.events(s, stop_id, q.CORRECTED))
    return Approval(stop_id, last.at, last.by_name, last.by_account, corrections, q.disputed(s, stop_id),
                    _pending(s, stop_id, q.stop_records(s, stop_id)))
