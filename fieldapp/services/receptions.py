"""The reception desk: one record per resident received, the consequences of its outcome (a control item, a
responsible body), talon numbers unique across laptops, repeat visitors, resident search and live counters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy.orm import Session

from fieldapp.domain.enums import (
    AppealForm,
    ConsentMethod,
    ControlEventKind,
    HelpKind,
    Outcome,
    SocialCategory,
    Topic,
)
from fieldapp.domain.ids import registration_number
from fieldapp.domain.iin import IinHint, iin_hint, is_placeholder_iin, normalise, validate_iin
from fieldapp.domain.messages import render
from fieldapp.domain.rules import code_from_title, decide_outcome, derive_status, fts_match_query
from fieldapp.services import roles
from fieldapp.services._common import add, live, optional_live, required, restore, tombstone, touch
from fieldapp.services.approval import approval as day_approval
from fieldapp.services.approval import require_editable
from fieldapp.services.context import Context
from fieldapp.services.control import Responsible, close_in, link_reception, open_item, resolve_responsible
from fieldapp.storage.local_meta import next_sequence, this_device_code
from fieldapp.storage.queries import control as qc
from fieldapp.storage.queries import receptions as q
from fieldapp.storage.tables import ControlItem, Member, Reception, Settlement, Stop


@dataclass(frozen=True, slots=True)
class ReceptionDraft:
    """What the desk form holds. Enum fields take the enum, its code or a ru/kk/en label."""

    stop_id: str
    applicant_name: str
    received_at: datetime | None = None  # default: now
    member_id: str | None = None  # received by; default: the signed-in member
    applicant_iin: str | None = None
    applicant_phone: str = ""
    applicant_address: str = ""
    applicant_settlement_id: str | None = None
    social_category: SocialCategory | str | None = None
    consent_given: bool = False
    consent_method: ConsentMethod | str | None = None
    consent_at: datetime | None = None  # default: the reception's time
    appeal_form: AppealForm | str = AppealForm.APPLICATION
    topic: Topic | str = Topic.OTHER
    essence: str = ""
    outcome: Outcome | str = Outcome.EXPLAINED
    help_kind: HelpKind | str | None = None
    responsible_org_id: str | None = None  # referred / under control: by id…
    responsible_org_name: str | None = None  # …or by name (found or created)
    responsible_person: str = ""
    control_item_id: str | None = None  # under control: join this item (one village problem) instead of a new one
    control_title: str = ""  # a new item's title; default: the essence
    control_deadline: date | None = None  # a new item's deadline; default: 15 working days


@dataclass(frozen=True, slots=True)
class SavedReception:
    id: str
    reg_no: str
    control_item_id: str | None
    iin_hint: IinHint | None  # birth date and sex the IIN suggests: show it, never enforce it
    previous_visits: int
    # The IIN, phone or address typed without the resident's consent: the reception was kept, they were not.
    personal_dropped: bool = False


@dataclass(frozen=True, slots=True)
class ReceptionInfo:
    id: str
    reg_no: str
    received_at: datetime
    stop_id: str
    member_id: str | None
    applicant_name: str
    applicant_iin: str | None
    applicant_phone: str
    applicant_address: str
    applicant_settlement_id: str | None
    social_category: SocialCategory | None
    consent_given: bool
    consent_method: ConsentMethod | None
    consent_at: datetime | None
    appeal_form: AppealForm
    topic: Topic
    essence: str
    outcome: Outcome
    help_kind: HelpKind | None
    responsible_org_id: str | None
    control_item_id: str | None
    deleted: bool
    created_by: str | None = None  # the member who recorded it: a member may correct only their own
    deleted_reason: str = ""


@dataclass(frozen=True, slots=True)
class Visit:
    """An earlier reception of the same resident."""

    id: str
    reg_no: str
    received_at: datetime
    stop_id: str
    topic: Topic
    outcome: Outcome
    essence: str
    control_item_id: str | None
    matched_by: str  # "iin" or "name"


@dataclass(frozen=True, slots=True)
class ResidentHit:
    id: str
    reg_no: str
    received_at: datetime
    applicant_name: str
    applicant_iin: str | None
    applicant_phone: str
    applicant_settlement_id: str | None
    stop_id: str
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class StopCounters:
    """The desk's live counter: residents received, helped, taken under control (and the distinct problems)."""

    received: int
    helped: int
    under_control: int
    control_items: int


class ItemFate(StrEnum):
    """What becomes of the control item when a corrected reception's outcome is no longer «взято на контроль»."""

    KEEP = "keep"  # it stays under control on its own (the problem is real, the reception was mis-recorded)
    CLOSE = "close"  # it is taken off control (withdrawn outright when it was opened by mistake and never worked on)


# The time a reception is put at by default on a day that is not today (a day's list entered in the evening, or
# the next morning): the morning, when a stop's reception usually starts. The desk shows it; the officer corrects it.
DEFAULT_RECEPTION_TIME = time(10, 0)


def default_received_at(stop_day: date | None, now: datetime) -> datetime:
    """When a reception at a stop of `stop_day` took place, as the desk proposes it: now on the stop's own day (or
    a stop without a day), the morning of the stop's day otherwise — never silently today."""
    if stop_day is None or stop_day == now.date():
        return now.replace(second=0, microsecond=0)
    return datetime.combine(stop_day, DEFAULT_RECEPTION_TIME)


def _opt(enum: type[SocialCategory] | type[ConsentMethod] | type[HelpKind], value: object, field: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return enum.parse(str(value), field).value


def _iin(value: str | None) -> str | None:
    return validate_iin(value) if value and value.strip() else None


# -- who may change a saved reception -------------------------------------------------------------------------------


def _own(ctx: Context, created_by: str | None) -> bool:
    return ctx.member_id is not None and created_by == ctx.member_id


def _require_editable(ctx: Context, s: Session, row: Reception) -> None:
    """THE check before a saved reception is corrected, deleted or restored: a member may change only what they
    recorded themselves, a supervisor or coordinator anything; an approved day's, only a supervisor or coordinator
    (services/approval.py, which marks their change as a correction)."""
    if not _own(ctx, row.created_by):
        roles.require(ctx, "receptions.others")
    require_editable(ctx, s, row.stop_id, row)


def edit_refusal(ctx: Context, created_by: str | None, lang: str = "ru", stop_id: str | None = None) -> str | None:
    """Why the signed-in account may not correct or delete a reception recorded by `created_by` at `stop_id` (the
    service's own message), or None when it may: for the window to disable what _require_editable would refuse."""
    refusal = None if _own(ctx, created_by) else roles.reason(ctx, "receptions.others", lang)
    if refusal is None and stop_id is not None and day_approval(ctx, stop_id) is not None:
        refusal = roles.reason(ctx, "approved.edit", lang)
    return refusal


# -- saving ----------------------------------------------------------------------------------------------------------


def record_reception(ctx: Context, draft: ReceptionDraft) -> SavedReception:
    """Save a reception and what its outcome implies; the talon number is this laptop's next one. Without a time
    it is put where the desk puts it (default_received_at): now at today's stop, the stop's own day otherwise."""
    with ctx.db.session() as s:
        when = draft.received_at
        if when is None:
            when = default_received_at(live(s, Stop, draft.stop_id, "stop").planned_on, ctx.clock())
        row = Reception(reg_no="", stop_id=draft.stop_id, received_at=when, applicant_name="")
        dropped = _apply(s, ctx, row, draft)
        require_editable(ctx, s, row.stop_id, row)  # an approved day takes new receptions from a supervisor only
        row.reg_no = _next_reg_no(s, row.stop_id)
        add(s, ctx, row)
        _apply_control(s, ctx, row, draft, previous_item=None)
        return _saved(s, row, dropped)


def update_reception(
    ctx: Context, reception_id: str, draft: ReceptionDraft, item_fate: ItemFate | str | None = None
) -> SavedReception:
    """Correct a reception with the desk's rules; its talon number never changes. An outcome changed to «взято на
    контроль» opens its control item; changed away from it, `item_fate` says what becomes of the item (None: an
    item this reception alone raised and nobody worked on goes with it, any other stays)."""
    fate = ItemFate(item_fate) if item_fate is not None else None
    with ctx.db.session() as s:
        row = live(s, Reception, reception_id, "reception")
        _require_editable(ctx, s, row)
        if draft.stop_id != row.stop_id:  # moved to another stop: that day's approval has its say too
            require_editable(ctx, s, draft.stop_id, row)
        previous = row.control_item_id
        if draft.received_at is not None:
            row.received_at = draft.received_at
        dropped = _apply(s, ctx, row, draft)
        touch(row)
        _apply_control(s, ctx, row, draft, previous_item=previous, fate=fate)
        return _saved(s, row, dropped)


def _apply(s: Session, ctx: Context, row: Reception, draft: ReceptionDraft) -> bool:
    """Check the draft against the rules and copy it onto `row` (nothing is written when a rule fails). True when
    personal data was typed without consent and left out."""
    name = required(draft.applicant_name, "applicant_name")
    phone, address = draft.applicant_phone.strip(), draft.applicant_address.strip()
    # A mistyped IIN is refused either way: the officer is told at once, whether or not it will be kept.
    iin = _iin(draft.applicant_iin)
    # IIN, phone and address are personal data: without the resident's consent the reception is kept, they are not.
    dropped = not draft.consent_given and bool(iin or phone or address)
    if not draft.consent_given:
        iin, phone, address = None, "", ""
    outcome = Outcome.parse(draft.outcome, "outcome")
    help_kind = _opt(HelpKind, draft.help_kind, "help_kind")
    live(s, Stop, draft.stop_id, "stop")
    optional_live(s, Member, draft.member_id, "member")
    optional_live(s, Settlement, draft.applicant_settlement_id, "settlement")
    target = optional_live(s, ControlItem, draft.control_item_id, "control_item")
    org_id = resolve_responsible(ctx, s, Responsible(draft.responsible_org_id, draft.responsible_org_name))
    if org_id is None and target is not None and outcome is Outcome.CONTROL:
        org_id = target.responsible_org_id  # joining a village problem: its responsible body answers
    decision = decide_outcome(outcome, HelpKind(help_kind) if help_kind else None, org_id is not None)

    # On an edit the desk officer who received the resident stays, unless the form names another.
    row.stop_id, row.member_id = draft.stop_id, draft.member_id or row.member_id or ctx.member_id
    row.applicant_name, row.applicant_iin, row.applicant_phone, row.applicant_address = name, iin, phone, address
    row.applicant_settlement_id = draft.applicant_settlement_id
    row.social_category = _opt(SocialCategory, draft.social_category, "social_category")
    row.consent_given = draft.consent_given
    row.consent_method = _opt(ConsentMethod, draft.consent_method, "consent") if draft.consent_given else None
    row.consent_at = (draft.consent_at or row.received_at) if draft.consent_given else None
    row.appeal_form = AppealForm.parse(draft.appeal_form, "appeal_form").value
    row.topic = Topic.parse(draft.topic, "topic").value
    row.essence = draft.essence.strip()
    row.outcome = decision.outcome.value
    row.help_kind = decision.help_kind.value if decision.help_kind else None
    row.responsible_org_id = org_id
    return dropped


def _next_reg_no(s: Session, stop_id: str) -> str:
    code, group_name, campaign_title = q.naming_of_stop(s, stop_id)
    prefix = code or code_from_title(group_name) or code_from_title(campaign_title)
    return registration_number(prefix, this_device_code(s), next_sequence(s, "reception"))


def _apply_control(
    s: Session, ctx: Context, row: Reception, draft: ReceptionDraft, previous_item: str | None,
    fate: ItemFate | None = None,
) -> None:
    """Under control: join the chosen item, keep the current one, or open a new one; otherwise let go of any."""
    target: str | None = None
    if row.outcome == Outcome.CONTROL.value:
        target = draft.control_item_id or previous_item
        if target is None:
            item = open_item(
                ctx, s, title=draft.control_title or _title_of(row), responsible_org_id=row.responsible_org_id or "",
                responsible_person=draft.responsible_person.strip(), description=row.essence,
                registered_on=row.received_at.date(), deadline=draft.control_deadline,
                settlement_id=row.applicant_settlement_id or live(s, Stop, row.stop_id, "stop").settlement_id,
                campaign_id=q.campaign_of_stop(s, row.stop_id),
            )
            target = item.id
        link_reception(ctx, s, live(s, ControlItem, target, "control_item"), row.id)
    if previous_item is not None and previous_item != target:
        _let_go(s, ctx, row.id, previous_item, fate, row.reg_no)
    if row.control_item_id != target:
        row.control_item_id = target


def _title_of(row: Reception) -> str:
    text = " ".join(row.essence.split())
    return text[:120] if text else Topic(row.topic).label("ru")


def _let_go(
    s: Session, ctx: Context, reception_id: str, item_id: str, fate: ItemFate | None = None, reg_no: str = ""
) -> None:
    """Detach a reception from an item. Then, as `fate` says: KEEP leaves the item under control on its own;
    CLOSE withdraws an item nobody worked on and nobody else raised, and takes any other off control (a
    supervisor's decision, control.close); None does the former and keeps the latter."""
    for link in qc.links(s, item_id):
        if link.reception_id == reception_id:
            tombstone(link)
    if fate is ItemFate.KEEP:
        return
    if _drop_item_if_orphan(s, item_id, except_reception=reception_id) or fate is None:
        return
    item = s.get(ControlItem, item_id)
    if item is not None and not item.deleted and derive_status(qc.events(s, [item_id]).get(item_id, [])).is_open:
        close_in(ctx, s, item_id, render("reception.item_released", ctx.lang, reg_no=reg_no))


def _drop_item_if_orphan(s: Session, item_id: str, except_reception: str) -> bool:
    """Tombstone an item no other live reception raised and nobody worked on; True when it went."""
    item = s.get(ControlItem, item_id)
    if item is None or item.deleted:
        return False
    others = [
        link for link in qc.links(s, item_id)
        if link.reception_id != except_reception
        and (r := s.get(Reception, link.reception_id)) is not None and not r.deleted
    ]
    worked_on = any(e.kind != ControlEventKind.OPENED.value for e in qc.events(s, [item_id]).get(item_id, []))
    if not others and not worked_on:
        tombstone(item)
        return True
    return False


def _saved(s: Session, row: Reception, dropped: bool = False) -> SavedReception:
    s.flush()
    visits = _visits(s, row.applicant_iin, row.applicant_name, row.applicant_settlement_id, exclude_id=row.id)
    hint = iin_hint(row.applicant_iin) if row.applicant_iin else None
    return SavedReception(row.id, row.reg_no, row.control_item_id, hint, len(visits), dropped)


# -- tombstone and undo ----------------------------------------------------------------------------------------


def delete_reception(ctx: Context, reception_id: str, reason: str = "") -> None:
    """Tombstone a reception, keeping why (a duplicate, a mistake; the desk's Ctrl+Z of the last save gives no
    reason); a control item it alone opened and nobody worked on yet goes with it. restore_reception undoes it."""
    with ctx.db.session() as s:
        row = live(s, Reception, reception_id, "reception")
        _require_editable(ctx, s, row)
        row.deleted_reason = " ".join(reason.split())
        tombstone(row)
        if row.control_item_id:
            _drop_item_if_orphan(s, row.control_item_id, except_reception=row.id)


def restore_reception(ctx: Context, reception_id: str) -> None:
    """Undo a deletion: the reception, and the control item it belongs to, are live again."""
    with ctx.db.session() as s:
        row = s.get(Reception, reception_id)
        if row is None:
            live(s, Reception, reception_id, "reception")  # raises not found
            return
        _require_editable(ctx, s, row)
        if row.deleted:
            row.deleted_reason = ""
            restore(row)
        item = s.get(ControlItem, row.control_item_id) if row.control_item_id else None
        if item is not None and item.deleted:
            restore(item)


# -- reading ---------------------------------------------------------------------------------------------------------


def _info(row: Reception) -> ReceptionInfo:
    return ReceptionInfo(
        row.id, row.reg_no, row.received_at, row.stop_id, row.member_id, row.applicant_name, row.applicant_iin,
        row.applicant_phone, row.applicant_address, row.applicant_settlement_id,
        SocialCategory(row.social_category) if row.social_category else None, row.consent_given,
        ConsentMethod(row.consent_method) if row.consent_method else None, row.consent_at,
        AppealForm(row.appeal_form), Topic(row.topic), row.essence, Outcome(row.outcome),
        HelpKind(row.help_kind) if row.help_kind else None, row.responsible_org_id, row.control_item_id, row.deleted,
        row.created_by, row.deleted_reason,
    )


def get_reception(ctx: Context, reception_id: str) -> ReceptionInfo:
    with ctx.db.reading() as s:
        return _info(live(s, Reception, reception_id, "reception"))


def list_stop_receptions(ctx: Context, stop_id: str) -> tuple[ReceptionInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_info(r) for r in q.stop_receptions(s, stop_id))


def find_previous_visits(
    ctx: Context, iin: str | None = None, name: str | None = None, settlement_id: str | None = None,
    exclude_id: str | None = None,
) -> tuple[Visit, ...]:
    """Earlier receptions of a resident: the same IIN, or the same name (case, ё/е, spaces ignored) in the same
    settlement. Newest first. A partly typed IIN matches nothing, nor does a placeholder (000000000000): it names
    nobody, and strangers would be shown as one person."""
    with ctx.db.reading() as s:
        return _visits(s, iin, name, settlement_id, exclude_id)


def _visits(
    s: Session, iin: str | None, name: str | None, settlement_id: str | None, exclude_id: str | None
) -> tuple[Visit, ...]:
    found: dict[str, tuple[Reception, str]] = {}
    digits = normalise(iin or "")
    if len(digits) == 12 and not is_placeholder_iin(digits):
        found.update({r.id: (r, "iin") for r in q.visits_by_iin(s, digits)})
    if name and name.strip() and settlement_id:
        for r in q.visits_by_name(s, name, settlement_id):
            found.setdefault(r.id, (r, "name"))
    found.pop(exclude_id or "", None)
    ordered = sorted(found.values(), key=lambda pair: (pair[0].received_at, pair[0].id), reverse=True)
    return tuple(
        Visit(r.id, r.reg_no, r.received_at, r.stop_id, Topic(r.topic), Outcome(r.outcome), r.essence,
              r.control_item_id, how)
        for r, how in ordered
    )


def search_residents(ctx: Context, text: str, limit: int = 50) -> tuple[ResidentHit, ...]:
    """Receptions whose applicant's name, IIN or phone has words starting with each word of `text` (Cyrillic and
    Kazakh letters alike, ё = е); whatever the user types is matched as plain words, never as FTS syntax."""
    match = fts_match_query(text)
    if match is None:
        return ()
    with ctx.db.reading() as s:
        rows = q.search(s, match, max(1, limit))
        return tuple(
            ResidentHit(rid, reg_no, q.parse_timestamp(at), name, iin or None, phone, settlement_id, stop_id,
                        Outcome(outcome))
            for rid, reg_no, at, name, iin, phone, settlement_id, stop_id, outcome in rows
        )


def stop_counters(ctx: Context, stop_id: str) -> StopCounters:
    with ctx.db.reading() as s:
        live(s, Stop, stop_id, "stop")
        received, helped, under_control, items = q.stop_counters(s, stop_id)
        return StopCounters(int(received), int(helped), int(under_control), int(items))
