"""Lookups of stop approvals (insert-only events) and of the records an approval covers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.storage.tables import Activity, Reception, StopApproval, StopHeadcount, Synced

APPROVED = "approved"
CORRECTED = "corrected"
# The records of a stop's day that an approval covers: what was received, held and counted there.
RECORD_TABLES: tuple[type[Synced], ...] = (Reception, Activity, StopHeadcount)


def events(session: Session, stop_id: str, kind: str | None = None) -> Sequence[StopApproval]:
    """The stop's approval events, oldest first; (at, id) orders them alike on every replica."""
    query = select(StopApproval).where(col(StopApproval.deleted).is_(False), col(StopApproval.stop_id) == stop_id)
    if kind is not None:
        query = query.where(col(StopApproval.kind) == kind)
    return session.scalars(query.order_by(col(StopApproval.at), col(StopApproval.id))).all()


def naming(session: Session, record_id: str) -> list[StopApproval]:
    """The events that name a record: approvals listing it, corrections of it; oldest first."""
    query = select(StopApproval).where(
        col(StopApproval.deleted).is_(False),
        (col(StopApproval.record_id) == record_id) | col(StopApproval.records).contains(record_id),
    ).order_by(col(StopApproval.at), col(StopApproval.id))
    return list(session.scalars(query))


def latest_approvals(session: Session, stop_ids: Iterable[str]) -> dict[str, StopApproval]:
    """Per approved stop of `stop_ids`, its latest «approved» event (the one shown and printed)."""
    wanted = list(dict.fromkeys(stop_ids))
    out: dict[str, StopApproval] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        query = select(StopApproval).where(
            col(StopApproval.deleted).is_(False), col(StopApproval.kind) == APPROVED,
            col(StopApproval.stop_id).in_(part),
        ).order_by(col(StopApproval.at).desc(), col(StopApproval.id).desc())
        for row in session.scalars(query):
            out.setdefault(row.stop_id, row)
    return out


def stop_records(session: Session, stop_id: str) -> list[Synced]:
    """Every record of the stop's day (RECORD_TABLES), tombstoned ones too (a restore is a change of the day)."""
    out: list[Synced] = []
    out.extend(session.scalars(select(Reception).where(col(Reception.stop_id) == stop_id).order_by(col(Reception.id))))
    out.extend(session.scalars(select(Activity).where(col(Activity.stop_id) == stop_id).order_by(col(Activity.id))))
    out.extend(session.scalars(
        select(StopHeadcount).where(col(StopHeadcount.stop_id) == stop_id).order_by(col(StopHeadcount.id))))
    return out


def disputed(session: Session, stop_id: str) -> int:
    """Sync conflicts on the fields of the stop's records: offline edits that disagree with the approved day."""
    total = 0
    for model in RECORD_TABLES:
        name = str(model.__tablename__)
        total += int(session.execute(text(
            f'SELECT count(*) FROM sync_conflict c JOIN "{name}" r ON r.id = c.row_id '
            "WHERE c.tbl = :tbl AND r.stop_id = :stop AND c.field NOT IN ('created_at', 'created_by')"),
            {"tbl": name, "stop": stop_id}).scalar_one())
    return total
