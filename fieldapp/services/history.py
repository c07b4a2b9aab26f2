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

from sqlalchemy import Boolean, Date, DateTime, select, text
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.errors import NotFoundError
from fieldapp.domain.ids import device_code
from fieldapp.domain.messages import render
from fieldapp.domain.redaction import PERSONAL_FIELDS
from fieldapp.services import roles
from fieldapp.services.context import Context
from fieldapp.storage.tables import Account, Member
from fieldapp.sync.changelog import Value, dbapi
from fieldapp.sync.fields import BOOKKEEPING, CODED, DELETED
from fieldapp.sync.fields import table as fields_table
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
    old_text: str = ""  # the values as a person reads them: labels, names of what an id points at, dates
    new_text: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "account": self.account, "member": self.member,
                "device": self.device, "field": self.field, "old": self.old, "new": self.new,
                "old_text": self.old_text, "new_text": self.new_text, "created": self.created}


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
        present = _Presenter(s, table, ctx.lang)
        personal = PERSONAL_FIELDS.get(table, frozenset())
        entries = []
        for fc in changes:
            if fc.field in BOOKKEEPING or (fc.created and fc.new in (None, "", 0) and fc.field == DELETED) or \
                    (fc.created and fc.new in (None, "")):
                continue  # who made the record and when is the entry itself; an empty field was not set
            author = fc.change.author or ""
            hidden = fc.field in personal and not personal_allowed
            old = HIDDEN if hidden and fc.old is not None else _shown(fc.field, fc.old, ctx.lang)
            new = HIDDEN if hidden else _shown(fc.field, fc.new, ctx.lang)
            entries.append(HistoryEntry(
                at=_local(fc.change.hlc), account=", ".join(accounts.get(author, ())), member=names.get(author, ""),
                device=_code(fc.change.dev), field=fc.field, old=old, new=new, created=fc.created, hidden=hidden,
                old_text=old if hidden else present(fc.field, fc.old),
                new_text=new if hidden else present(fc.field, fc.new)))
    return RecordHistory(record_id, table, tuple(entries))


# What names a record an id points at, per table: its Russian and (where it has one) its Kazakh name.
_NAMES: dict[str, tuple[str, str | None]] = {
    "member": ("full_name", None), "settlement": ("name_ru", "name_kk"), "district": ("name_ru", "name_kk"),
    "region": ("name_ru", "name_kk"), "organization": ("name_ru", "name_kk"), "campaign": ("title_ru", "title_kk"),
    "tour": ("title", None), "working_group": ("name", None), "direction": ("name_ru", "name_kk"),
    "control_item": ("title", None), "reception": ("reg_no", None), "poll": ("question_ru", "question_kk"),
}


class _Presenter:
    """Values as the pages show them: an enum's label, the name of the record an id points at (a stop by its
    settlement and day), a date in the reader's form, yes/no."""

    def __init__(self, s: Session, table: str, lang: str) -> None:
        self.s, self.table, self.lang = s, table, lang
        self.columns = fields_table(table).columns
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, field: str, value: Value) -> str:
        if value is None or value == "":
            return ""
        enum = CODED.get((self.table, field))
        if enum is not None:
            try:
                return enum(str(value)).label(self.lang)
            except ValueError:
                return str(value)  # a code of a newer version: as it is
        column = self.columns.get(field)
        if column is None:
            return _shown(field, value, self.lang)
        target = next((fk.column.table.name for fk in column.foreign_keys), None)
        if target is not None:
            return self._name_of(target, str(value))
        if isinstance(column.type, DateTime | Date):
            return _day_or_time(value, with_time=isinstance(column.type, DateTime))
        if isinstance(column.type, Boolean):
            return render("history.yes" if value else "history.no", self.lang)
        return _shown(field, value, self.lang)

    def _name_of(self, target: str, row_id: str) -> str:
        key = (target, row_id)
        if key not in self.cache:
            name: object = None
            if target == "stop":
                name = self.s.execute(text(
                    "SELECT s.name_ru || ', ' || strftime('%d.%m.%Y', t.planned_on) FROM stop t "
                    "JOIN settlement s ON s.id = t.settlement_id WHERE t.id = :id"), {"id": row_id}).scalar()
            elif target in _NAMES:
                ru, kk = _NAMES[target]
                columns = fields_table(target).c
                wanted = [columns[kk], columns[ru]] if kk and self.lang == "kk" else [columns[ru]]
                found = self.s.execute(select(*wanted).where(columns["id"] == row_id)).first()
                name = next((v for v in found or () if v), None)
            self.cache[key] = str(name) if name else row_id
        return self.cache[key]


def _day_or_time(value: Value, *, with_time: bool) -> str:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return moment.strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


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
