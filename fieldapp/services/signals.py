"""Signals (tips from residents and patrols, e.g. drug graffiti sent with coordinates to a messenger number) and
their workflow: received → verified → removed / rejected."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from fieldapp.domain.enums import SignalChannel, SignalKind, SignalStatus
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import check_coordinates, check_signal_transition, parse_coordinates
from fieldapp.services._common import add, live, optional_live, tombstone, touch
from fieldapp.services.context import Context
from fieldapp.storage.queries import signals as q
from fieldapp.storage.tables import Campaign, Member, Settlement, Signal


@dataclass(frozen=True, slots=True)
class SignalDraft:
    """A tip as entered. Coordinates come as numbers, or as `coordinates` text pasted from a messenger or a map
    link (the text wins when both are given)."""

    kind: SignalKind | str = SignalKind.OTHER
    description: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    coordinates: str = ""
    channel: SignalChannel | str = SignalChannel.MESSENGER
    reporter: str = ""  # empty = anonymous
    received_at: datetime | None = None  # default: now (an edit: unchanged)
    settlement_id: str | None = None
    campaign_id: str | None = None
    handled_by_id: str | None = None  # the member who checks it; None: nobody yet


# A tip cannot be received later than now; a minute of slack for a clock read a moment apart from the form's.
RECEIVED_SLACK = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class SignalInfo:
    id: str
    kind: SignalKind
    description: str
    address: str
    latitude: float | None
    longitude: float | None
    channel: SignalChannel
    reporter: str
    received_at: datetime
    status: SignalStatus
    handled_by_id: str | None
    settlement_id: str | None
    campaign_id: str | None
    resolved_at: datetime | None


def _info(row: Signal) -> SignalInfo:
    return SignalInfo(
        row.id, SignalKind(row.kind), row.description, row.address, row.latitude, row.longitude,
        SignalChannel(row.channel), row.reporter, row.received_at, SignalStatus(row.status), row.handled_by_id,
        row.settlement_id, row.campaign_id, row.resolved_at,
    )


def _position(draft: SignalDraft) -> tuple[float | None, float | None]:
    if draft.coordinates.strip():
        return parse_coordinates(draft.coordinates)
    lat, lon = draft.latitude, draft.longitude
    if lat is None and lon is None:
        return None, None
    if lat is None or lon is None:
        raise ValidationError("coordinates.required", "latitude" if lat is None else "longitude")
    return check_coordinates(lat, lon)


def _check_received(ctx: Context, when: datetime | None) -> None:
    if when is not None and when > ctx.clock() + RECEIVED_SLACK:
        raise ValidationError("signal.received_future", "received_at", value=f"{when:%d.%m.%Y %H:%M}")


def _fill(s: Session, row: Signal, draft: SignalDraft) -> None:
    kind = SignalKind.parse(draft.kind, "kind")
    lat, lon = _position(draft)
    if kind is SignalKind.DRUG_GRAFFITI and lat is None:
        # A painted-over wall has to be found again: the seeds' reports all carry exact coordinates.
        raise ValidationError("coordinates.required", "coordinates")
    optional_live(s, Settlement, draft.settlement_id, "settlement")
    optional_live(s, Campaign, draft.campaign_id, "campaign")
    if draft.handled_by_id != row.handled_by_id:
        # A new handler must be a live member; one kept as it was stays even if deleted since (its history).
        optional_live(s, Member, draft.handled_by_id, "handled_by_id")
    row.handled_by_id = draft.handled_by_id
    row.kind, row.latitude, row.longitude = kind.value, lat, lon
    row.channel = SignalChannel.parse(draft.channel, "channel").value
    row.description, row.address, row.reporter = draft.description.strip(), draft.address.strip(), draft.reporter
    row.settlement_id, row.campaign_id = draft.settlement_id, draft.campaign_id


def record_signal(ctx: Context, draft: SignalDraft) -> str:
    """A new tip, received when the draft says (now by default; never in the future: `signal.received_future`)."""
    with ctx.db.session() as s:
        return add_signal(s, ctx, draft)


def add_signal(s: Session, ctx: Context, draft: SignalDraft) -> str:
    """record_signal inside the caller's session: several tips written in one transaction (the photo intake)."""
    _check_received(ctx, draft.received_at)
    row = Signal(received_at=draft.received_at or ctx.clock())
    _fill(s, row, draft)
    return add(s, ctx, row).id


def update_signal(ctx: Context, signal_id: str, draft: SignalDraft) -> None:
    """Edit what the tip says, who checks it and when it came; the status changes only through set_signal_status."""
    _check_received(ctx, draft.received_at)
    with ctx.db.session() as s:
        row = live(s, Signal, signal_id, "signal")
        _fill(s, row, draft)
        if draft.received_at is not None:
            row.received_at = draft.received_at
        touch(row)


def set_signal_status(
    ctx: Context, signal_id: str, status: SignalStatus | str, handled_by_id: str | None = None,
    at: datetime | None = None,
) -> None:
    """Move along the workflow (`signal.transition` otherwise); removed and rejected record when it ended."""
    target = SignalStatus.parse(status, "status")
    with ctx.db.session() as s:
        row = live(s, Signal, signal_id, "signal")
        check_signal_transition(SignalStatus(row.status), target)
        optional_live(s, Member, handled_by_id, "member")
        row.status = target.value
        row.handled_by_id = handled_by_id or row.handled_by_id or ctx.member_id
        if target.is_final:
            row.resolved_at = at or ctx.clock()
        touch(row)


def delete_signal(ctx: Context, signal_id: str) -> None:
    with ctx.db.session() as s:
        tombstone(live(s, Signal, signal_id, "signal"))


def get_signal(ctx: Context, signal_id: str) -> SignalInfo:
    with ctx.db.reading() as s:
        return _info(live(s, Signal, signal_id, "signal"))


def list_signals(
    ctx: Context, *, status: SignalStatus | str | None = None, kind: SignalKind | str | None = None,
    campaign_id: str | None = None, settlement_id: str | None = None,
) -> tuple[SignalInfo, ...]:
    status_code = None if status is None else SignalStatus.parse(status, "status").value
    kind_code = None if kind is None else SignalKind.parse(kind, "kind").value
    with ctx.db.reading() as s:
        rows = q.signals(s, status=status_code, kind=kind_code, campaign_id=campaign_id, settlement_id=settlement_id)
        return tuple(_info(r) for r in rows)
