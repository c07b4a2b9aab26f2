"""Problems under control: opening, the insert-only event history (in progress, notified, extended, resolved,
rejected, closed), deadlines in working days, and the supervisor's list with the overdue items first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import ControlEventKind, ControlStatus, Outcome
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import (
    LabelledValidationError,
    check_control_event,
    check_item_open,
    derive_status,
    is_overdue,
)
from fieldapp.domain.workdays import (
    HolidayCalendar,
    check_extension,
    default_deadline,
    max_extended_deadline,
    notify_by,
)
from fieldapp.services._common import add, live, optional_live, required, touch
from fieldapp.services.context import Context
from fieldapp.services.people import organization_for_name
from fieldapp.services.roles import require
from fieldapp.storage.queries import control as q
from fieldapp.storage.tables import (
    Campaign,
    ControlEvent,
    ControlItem,
    ControlReception,
    Member,
    Organization,
    Reception,
    Settlement,
)


@dataclass(frozen=True, slots=True)
class ControlEventInfo:
    id: str
    kind: ControlEventKind
    at: datetime
    by_member_id: str | None
    note: str
    new_deadline: date | None
    by_name: str = ""  # who acted, as the register prints it ("" for an event made with nobody signed in)


@dataclass(frozen=True, slots=True)
class ControlRow:
    """One line of the supervisor's list."""

    id: str
    title: str
    status: ControlStatus
    registered_on: date
    deadline: date
    notify_by: date | None
    overdue: bool
    days_left: int | None  # working days to the deadline; negative = overdue by that many; None when closed
    responsible_org_id: str | None
    responsible_org_name: str | None
    responsible_person: str
    settlement_id: str | None
    settlement_name: str | None
    district_id: str | None
    receptions: int


@dataclass(frozen=True, slots=True)
class ControlItemInfo:
    row: ControlRow
    description: str
    campaign_id: str | None
    reception_ids: tuple[str, ...]
    events: tuple[ControlEventInfo, ...]


@dataclass(frozen=True, slots=True)
class Responsible:
    """A responsible body by id or by name (found or created)."""

    org_id: str | None = None
    org_name: str | None = None
    person: str = ""

    @property
    def given(self) -> bool:
        return bool(self.org_id or (self.org_name and self.org_name.strip()))


def resolve_responsible(ctx: Context, s: Session, responsible: Responsible) -> str | None:
    """The organisation id of `responsible`: checked when given by id, found or created when given by name."""
    if responsible.org_id:
        return live(s, Organization, responsible.org_id, "responsible").id
    if responsible.org_name and responsible.org_name.strip():
        return organization_for_name(ctx, s, responsible.org_name)
    return None


# -- opening -------------------------------------------------------------------------------------------------------


def open_item(
    ctx: Context, s: Session, *, title: str, responsible_org_id: str, responsible_person: str = "",
    description: str = "", registered_on: date, deadline: date | None = None, settlement_id: str | None = None,
    campaign_id: str | None = None,
) -> ControlItem:
    """Open an item inside the caller's transaction: default deadline 15 working days, notify within 3, and an
    «opened» event."""
    due = deadline or default_deadline(registered_on, ctx.calendar)
    if due < registered_on:
        raise ValidationError("deadline.before_registration", "deadline", deadline=f"{due:%d.%m.%Y}",
                              registered=f"{registered_on:%d.%m.%Y}")
    limit = max_extended_deadline(registered_on)
    if due > limit:
        raise ValidationError("extension.too_long", "deadline", deadline=f"{due:%d.%m.%Y}", limit=f"{limit:%d.%m.%Y}")
    item = add(s, ctx, ControlItem(
        title=required(title, "title"), description=description.strip(), campaign_id=campaign_id,
        settlement_id=settlement_id, responsible_org_id=responsible_org_id, responsible_person=responsible_person,
        registered_on=registered_on, deadline=due, notify_by=notify_by(registered_on, ctx.calendar),
    ))
    _event(s, ctx, item.id, ControlEventKind.OPENED)
    return item


def link_reception(ctx: Context, s: Session, item: ControlItem, reception_id: str) -> None:
    """Attach a reception to an item (no-op when already attached); a finished item takes no more."""
    if _linked(s, item.id, reception_id):
        return
    check_item_open(_status(s, item.id))
    add(s, ctx, ControlReception(control_item_id=item.id, reception_id=reception_id))


def _linked(s: Session, item_id: str, reception_id: str) -> bool:
    return any(link.reception_id == reception_id for link in q.links(s, item_id))


def take_under_control(
    ctx: Context, title: str, responsible: Responsible, *, description: str = "", registered_on: date | None = None,
    deadline: date | None = None, settlement_id: str | None = None, campaign_id: str | None = None,
    reception_ids: Sequence[str] = (),
) -> str:
    """Open a control item directly (a supervisor's own decision, or a problem several receptions raised)."""
    with ctx.db.session() as s:
        org_id = resolve_responsible(ctx, s, responsible)
        if org_id is None:
            raise LabelledValidationError("responsible.required", "responsible", outcome=Outcome.CONTROL)
        optional_live(s, Settlement, settlement_id, "settlement")
        optional_live(s, Campaign, campaign_id, "campaign")
        item = open_item(
            ctx, s, title=title, responsible_org_id=org_id, responsible_person=responsible.person.strip(),
            description=description, registered_on=registered_on or ctx.today(), deadline=deadline,
            settlement_id=settlement_id, campaign_id=campaign_id,
        )
        for reception_id in reception_ids:
            live(s, Reception, reception_id, "reception")
            link_reception(ctx, s, item, reception_id)
        return item.id


def attach_reception(ctx: Context, item_id: str, reception_id: str) -> None:
    with ctx.db.session() as s:
        item = live(s, ControlItem, item_id, "control_item")
        live(s, Reception, reception_id, "reception")
        link_reception(ctx, s, item, reception_id)


def update_item(
    ctx: Context, item_id: str, title: str, responsible: Responsible, *, description: str = "",
    settlement_id: str | None = None,
) -> None:
    """Edit what the item is about and who answers for it; the deadline changes only by extension."""
    with ctx.db.session() as s:
        item = live(s, ControlItem, item_id, "control_item")
        org_id = resolve_responsible(ctx, s, responsible)
        if org_id is None:
            raise LabelledValidationError("responsible.required", "responsible", outcome=Outcome.CONTROL)
        optional_live(s, Settlement, settlement_id, "settlement")
        item.title, item.description, item.settlement_id = required(title, "title"), description.strip(), settlement_id
        item.responsible_org_id, item.responsible_person = org_id, responsible.person.strip()
        touch(item)


# -- events --------------------------------------------------------------------------------------------------------

_PLAIN_EVENTS = frozenset({
    ControlEventKind.IN_PROGRESS, ControlEventKind.NOTIFIED, ControlEventKind.NOTE, ControlEventKind.RESOLVED,
    ControlEventKind.REJECTED, ControlEventKind.CLOSED,
})
# A decision on an item is a supervisor's (services/roles.py); progress, notifications and notes are anyone's.
_DECISIONS = {ControlEventKind.RESOLVED: "control.resolve", ControlEventKind.REJECTED: "control.reject",
              ControlEventKind.CLOSED: "control.close"}


def add_event(
    ctx: Context, item_id: str, kind: ControlEventKind | str, note: str = "", at: datetime | None = None
) -> str:
    """Record what happened (in progress, applicant notified, a note, or a final decision); a finished item takes
    only notes and notifications (`control.closed`). Opening and extending have their own functions."""
    event_kind = ControlEventKind.parse(kind, "kind")
    if event_kind not in _PLAIN_EVENTS:
        raise ValidationError("control.event_kind", "kind")
    if event_kind in _DECISIONS:
        require(ctx, _DECISIONS[event_kind])
    if event_kind is ControlEventKind.REJECTED:
        required(note, "reason")
    with ctx.db.session() as s:
        live(s, ControlItem, item_id, "control_item")
        check_control_event(_status(s, item_id), event_kind)
        return _event(s, ctx, item_id, event_kind, note=note, at=at).id


def close_in(ctx: Context, s: Session, item_id: str, note: str = "") -> None:
    """Take an item off control within the caller's session (a corrected reception lets go of the item it raised,
    in the same transaction as the correction); the same rules as `close`."""
    require(ctx, "control.close")
    check_control_event(_status(s, item_id), ControlEventKind.CLOSED)
    _event(s, ctx, item_id, ControlEventKind.CLOSED, note=note)


def mark_in_progress(ctx: Context, item_id: str, note: str = "") -> str:
    return add_event(ctx, item_id, ControlEventKind.IN_PROGRESS, note)


def mark_notified(ctx: Context, item_id: str, note: str = "") -> str:
    return add_event(ctx, item_id, ControlEventKind.NOTIFIED, note)


def resolve(ctx: Context, item_id: str, note: str = "") -> str:
    return add_event(ctx, item_id, ControlEventKind.RESOLVED, note)


def reject(ctx: Context, item_id: str, reason: str) -> str:
    """Refused: the reason is required, the applicant is told why."""
    return add_event(ctx, item_id, ControlEventKind.REJECTED, reason)


def close(ctx: Context, item_id: str, note: str = "") -> str:
    return add_event(ctx, item_id, ControlEventKind.CLOSED, note)


def extend_deadline(ctx: Context, item_id: str, new_deadline: date, reason: str) -> str:
    """Move the deadline: a reason, a date later than the current deadline, at most two months after registration
    (`extension.*`). Sets the item's deadline and records an «extended» event carrying the new date."""
    require(ctx, "control.extend")
    with ctx.db.session() as s:
        item = live(s, ControlItem, item_id, "control_item")
        check_control_event(_status(s, item_id), ControlEventKind.EXTENDED)
        check_extension(item.registered_on, item.deadline, new_deadline, reason, ctx.today())
        item.deadline = new_deadline
        touch(item)
        return _event(s, ctx, item_id, ControlEventKind.EXTENDED, note=reason.strip(), new_deadline=new_deadline).id


def _event(
    s: Session, ctx: Context, item_id: str, kind: ControlEventKind, *, note: str = "", at: datetime | None = None,
    new_deadline: date | None = None,
) -> ControlEvent:
    return add(s, ctx, ControlEvent(control_item_id=item_id, kind=kind.value, at=at or ctx.clock(),
                                    by_member_id=ctx.member_id, note=note.strip(), new_deadline=new_deadline))


def _status(s: Session, item_id: str) -> ControlStatus:
    return derive_status(q.events(s, [item_id]).get(item_id, []))


_KNOWN_KINDS = frozenset(k.value for k in ControlEventKind)


# -- reading -------------------------------------------------------------------------------------------------------


def control_status(ctx: Context, item_id: str) -> ControlStatus:
    with ctx.db.reading() as s:
        live(s, ControlItem, item_id, "control_item")
        return _status(s, item_id)


def get_item(ctx: Context, item_id: str) -> ControlItemInfo:
    with ctx.db.reading() as s:
        item = live(s, ControlItem, item_id, "control_item")
        events = q.events(s, [item_id]).get(item_id, [])
        row = _row(ctx, q.items(s, item_id=item_id)[0], events, q.live_reception_counts(s, [item_id]).get(item_id, 0))
        receptions = tuple(
            link.reception_id for link in q.links(s, item_id)
            if (r := s.get(Reception, link.reception_id)) is not None and not r.deleted
        )
        by = {e.by_member_id for e in events if e.by_member_id}
        names = {m.id: m.full_name for m in s.execute(select(Member).where(col(Member.id).in_(by))).scalars()}
        history = tuple(
            ControlEventInfo(e.id, ControlEventKind(e.kind), e.at, e.by_member_id, e.note, e.new_deadline,
                             names.get(e.by_member_id or "", ""))
            for e in events if e.kind in _KNOWN_KINDS  # a newer version's kinds stay out of this one's history
        )
        return ControlItemInfo(row, item.description, item.campaign_id, receptions, history)


def list_control(
    ctx: Context, status: ControlStatus | str | None = None, overdue: bool | None = None,
    district_id: str | None = None, responsible_org_id: str | None = None,
) -> tuple[ControlRow, ...]:
    """The supervisor's list: overdue items first (the longest overdue at the top), then open ones by deadline,
    then the finished ones."""
    wanted = None if status is None else ControlStatus.parse(status, "status")
    with ctx.db.reading() as s:
        items = q.items(s, district_id=district_id, responsible_org_id=responsible_org_id)
        ids = [r[0] for r in items]
        events = q.events(s, ids)
        counts = q.live_reception_counts(s, ids)
        rows = [_row(ctx, r, events.get(r[0], []), counts.get(r[0], 0)) for r in items]
    rows = [r for r in rows if (wanted is None or r.status is wanted) and (overdue is None or r.overdue is overdue)]
    rows.sort(key=lambda r: (not r.overdue, not r.status.is_open, r.deadline, r.id))
    return tuple(rows)


def _row(ctx: Context, r: q.ItemRow, events: Sequence[ControlEvent], receptions: int) -> ControlRow:
    item_id, title, registered, deadline, notify, org_id, org_name, person, settlement_id, settlement, district = r
    status = derive_status(events)
    today = ctx.today()
    days_left = _working_days_left(ctx.calendar, today, deadline) if status.is_open else None
    return ControlRow(
        item_id, title, status, registered, deadline, notify, is_overdue(status, deadline, today), days_left, org_id,
        org_name, person, settlement_id, settlement, district, receptions,
    )


def _working_days_left(cal: HolidayCalendar, today: date, deadline: date) -> int | None:
    try:
        return cal.working_days_between(today, deadline)
    except ValidationError:
        return None  # no holiday file for that year: better no figure than a wrong one
