"""The history of one record — `fieldapp history` and the «История» panels: each change with its time, the account
and member who made it, the device it was made on, the field, its old and its new value.

Read from the change log (fieldapp.sync.record_history), so an import, a sync or a conflict resolution is history
like an edit at the desk. Residents' personal fields are shown only to a supervisor or a coordinator: a member sees
that they changed, not what they hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fieldapp.domain.errors import NotFoundError
from fieldapp.domain.ids import device_code
from fieldapp.domain.messages import render
from fieldapp.domain.redaction import PERSONAL_FIELDS
from fieldapp.services import roles
from fieldapp.services.context import Context
from fieldapp.storage.tables import Account, Member
from fieldapp.sync.changelog import Value, dbapi
from fieldapp.sync.fields import DELETED
from fieldapp.sync.hlc import physical_ms
from fieldapp.sync.record_history import record_changes, record_table

__all__ = ["HIDDEN", "HistoryEntry", "RecordHistory", "record_history"]

HIDDEN = "•••"  # what a member sees in place of a personal value


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime  # local time of the change's clock
    account: str  # the account(s) of the author on this database ("" when none is linked)
    member: str  # the author's name ("" for a change made with nobody signed in)
    device: str  # the short code of the device it was made on
    field: str
    old: str
    new: str
    created: bool  # set when the record was made
    hidden: bool  # a personal value withheld from the signed-in role

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "account": self.account, "member": self.member,
                "device": self.device, "field": self.field, "old": self.old, "new": self.new,
                "created": self.created}


@dataclass(frozen=True)
class RecordHistory:
    record_id: str
    table: str
    entries: tuple[HistoryEntry, ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.record_id, "table": self.table, "changes": [e.as_json() for e in self.entries]}


def record_history(ctx: Context, record_id: str) -> RecordHistory:
    """Every change of the record `record_id`, oldest first; NotFoundError when no synced record has that id."""
    record_id = record_id.strip()
    personal_allowed = roles.allowed(ctx, "report.personal")
    with ctx.db.session() as s:
        cur = dbapi(s).cursor()
        try:
            table = record_table(cur, record_id)
            if table is None:
                raise NotFoundError("history.unknown", id=record_id)
            changes = record_changes(cur, table, record_id)
        finally:
            cur.close()
        authors = {c.change.author for c in changes if c.change.author}
        names: dict[str, str] = {
            str(i): str(n) for i, n in s.execute(select(col(Member.id), col(Member.full_name))
                                                 .where(col(Member.id).in_(authors))).all()}
        accounts: dict[str, list[str]] = {}
        for user, member in s.execute(select(col(Account.username), col(Account.member_id))
                                      .where(col(Account.member_id).in_(authors)).order_by(col(Account.username))):
            accounts.setdefault(str(member), []).append(str(user))
    personal = PERSONAL_FIELDS.get(table, frozenset())
    entries = []
    for fc in changes:
        author = fc.change.author or ""
        hidden = fc.field in personal and not personal_allowed
        entries.append(HistoryEntry(
            at=_local(fc.change.hlc), account=", ".join(accounts.get(author, ())), member=names.get(author, ""),
            device=_code(fc.change.dev), field=fc.field,
            old=HIDDEN if hidden and fc.old is not None else _shown(fc.field, fc.old, ctx.lang),
            new=HIDDEN if hidden else _shown(fc.field, fc.new, ctx.lang), created=fc.created, hidden=hidden))
    return RecordHistory(record_id, table, tuple(entries))


def _local(hlc: int) -> datetime:
    return datetime.fromtimestamp(physical_ms(hlc) / 1000, UTC).astimezone().replace(tzinfo=None)


def _code(device: str) -> str:
    try:
        return device_code(device)
    except ValueError:
        return device


_FLAGS = frozenset({DELETED, "consent_given", "approximate"})  # booleans, stored as 0/1


def _shown(field: str, value: Value, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return f"<{len(value)} B>"
    if field in _FLAGS:
        return render("history.yes" if value else "history.no", lang)
    return str(value)
