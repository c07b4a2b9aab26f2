"""What `fieldapp list WHAT` prints: the live records of one kind as plain rows (id, title, dates, a few fields)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

from sqlalchemy import Select, Table, false, func, literal, select, union_all
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import ControlStatus, LabelledEnum, SignalKind, SignalStatus, StopStatus
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.ids import device_code
from fieldapp.domain.kato import settlement_type
from fieldapp.services.context import Context
from fieldapp.storage.local_meta import DEVICE_ID, get_meta
from fieldapp.storage.queries import indicators as q
from fieldapp.storage.queries.indicators import control_status_column, stop_date
from fieldapp.storage.tables import (
    Campaign,
    ControlItem,
    Direction,
    District,
    Region,
    Settlement,
    Signal,
    Stop,
    Tour,
    WorkingGroup,
)

__all__ = ["LIST_KINDS", "ListKind", "ListRow", "list_records"]

ListKind = Literal[
    "campaigns", "groups", "tours", "stops", "control", "signals", "devices", "regions", "districts", "settlements",
]
LIST_KINDS: tuple[ListKind, ...] = get_args(ListKind)

JsonValue = str | int | float | bool | None

THIS_DEVICE = {"ru": "это устройство", "kk": "осы құрылғы", "en": "this device"}


@dataclass(frozen=True)
class ListRow:
    id: str
    title: str
    dates: str = ""
    fields: Mapping[str, JsonValue] = field(default_factory=dict)

    def as_json(self) -> dict[str, JsonValue]:
        return {"id": self.id, "title": self.title, "dates": self.dates, **self.fields}


def _iso(value: date | datetime | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def _period(first: date | datetime | str | None, last: date | datetime | str | None) -> str:
    a, b = _iso(first), _iso(last)
    if a and b and a != b:
        return f"{a}..{b}"
    return a or b or ""


def _pick(lang: str, ru: str | None, kk: str | None) -> str:
    return (kk or ru or "") if lang == "kk" else (ru or "")


def _label(enum: type[LabelledEnum], code: str | None, lang: str) -> str:
    try:
        return enum(code or "").label(lang)
    except ValueError:
        return code or ""


def _campaigns(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(Campaign)
        .where(col(Campaign.deleted).is_(False))
        .order_by(col(Campaign.starts_on).is_(None), col(Campaign.starts_on), col(Campaign.title_ru), col(Campaign.id))
    )
    return [
        ListRow(
            c.id, _pick(lang, c.title_ru, c.title_kk), _period(c.starts_on, c.ends_on),
            {"title_ru": c.title_ru, "title_kk": c.title_kk, "kind": c.kind,
             "starts_on": _iso(c.starts_on), "ends_on": _iso(c.ends_on)},
        )
        for c in session.scalars(stmt)
    ]


def _groups(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(WorkingGroup, Campaign, Direction)
        .join(Campaign, col(Campaign.id) == col(WorkingGroup.campaign_id))
        .outerjoin(Direction, col(Direction.id) == col(WorkingGroup.direction_id))
        .where(col(WorkingGroup.deleted).is_(False), col(Campaign.deleted).is_(False))
        .order_by(col(Campaign.title_ru), col(WorkingGroup.name), col(WorkingGroup.id))
    )
    rows = []
    for g, c, d in session.execute(stmt):
        direction = None if d is None or d.deleted else d
        rows.append(ListRow(
            g.id, g.name, _period(c.starts_on, c.ends_on),
            {"code": g.code, "campaign_id": c.id, "campaign": _pick(lang, c.title_ru, c.title_kk),
             "direction_id": direction.id if direction else None,
             "direction": _pick(lang, direction.name_ru, direction.name_kk) if direction else None},
        ))
    return rows


def _tours(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(Tour, Campaign)
        .join(Campaign, col(Campaign.id) == col(Tour.campaign_id))
        .where(col(Tour.deleted).is_(False), col(Campaign.deleted).is_(False))
        .order_by(col(Tour.starts_on).is_(None), col(Tour.starts_on), col(Tour.title), col(Tour.id))
    )
    return [
        ListRow(
            t.id, t.title, _period(t.starts_on, t.ends_on),
            {"campaign_id": c.id, "campaign": _pick(lang, c.title_ru, c.title_kk),
             "starts_on": _iso(t.starts_on), "ends_on": _iso(t.ends_on)},
        )
        for t, c in session.execute(stmt)
    ]


def _stops(session: Session, lang: str, today: date) -> list[ListRow]:
    day = stop_date()
    stmt = (
        select(Stop, Tour, Settlement, day)
        .join(Tour, col(Tour.id) == col(Stop.tour_id))
        .join(Campaign, col(Campaign.id) == col(Tour.campaign_id))
        .join(Settlement, col(Settlement.id) == col(Stop.settlement_id))
        .where(col(Stop.deleted).is_(False), col(Tour.deleted).is_(False), col(Campaign.deleted).is_(False))
        .order_by(day.is_(None), day, col(Tour.title), col(Stop.seq), col(Stop.id))
    )
    rows = []
    for s, t, place, when in session.execute(stmt):
        name = _pick(lang, place.name_ru, place.name_kk)
        rows.append(ListRow(
            s.id, f"{name} — {s.venue}" if s.venue else name, _iso(when) or "",
            {"tour_id": t.id, "tour": t.title, "campaign_id": t.campaign_id, "settlement_id": place.id,
             "settlement": name, "seq": s.seq,
             "status": s.status, "status_label": _label(StopStatus, s.status, lang), "venue": s.venue},
        ))
    return rows


def _control(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(ControlItem, control_status_column(col(ControlItem.id)))
        .outerjoin(Campaign, col(Campaign.id) == col(ControlItem.campaign_id))
        .where(
            col(ControlItem.deleted).is_(False),
            col(ControlItem.campaign_id).is_(None) | col(Campaign.deleted).is_(False),
        )
        .order_by(col(ControlItem.registered_on), col(ControlItem.id))
    )
    rows = []
    for item, code in session.execute(stmt):
        is_open = ControlStatus(code).is_open  # the domain's one statement of which statuses are open
        rows.append(ListRow(
            item.id, item.title, _period(item.registered_on, item.deadline),
            {"status": code, "status_label": _label(ControlStatus, code, lang),
             "registered_on": _iso(item.registered_on), "deadline": _iso(item.deadline),
             "overdue": is_open and item.deadline < today, "campaign_id": item.campaign_id,
             "settlement_id": item.settlement_id},
        ))
    return rows


def _signals(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(Signal)
        .outerjoin(Campaign, col(Campaign.id) == col(Signal.campaign_id))
        .where(col(Signal.deleted).is_(False), col(Signal.campaign_id).is_(None) | col(Campaign.deleted).is_(False))
        .order_by(col(Signal.received_at), col(Signal.id))
    )
    rows = []
    for sg in session.scalars(stmt):
        kind = _label(SignalKind, sg.kind, lang)
        # The reporter is personal data and stays out; the address is where the tip points (a wall, a yard).
        where = " ".join(sg.address.split())
        rows.append(ListRow(
            sg.id, f"{kind}: {where}" if where else kind, _iso(sg.received_at) or "",
            {"kind": sg.kind, "status": sg.status, "status_label": _label(SignalStatus, sg.status, lang),
             "latitude": sg.latitude, "longitude": sg.longitude, "campaign_id": sg.campaign_id,
             "settlement_id": sg.settlement_id},
        ))
    return rows


def _devices(session: Session, lang: str, today: date) -> list[ListRow]:
    def source(table: Table, name: str) -> Select[Any]:
        return select(table.c.device_id.label("device_id"), literal(name).label("source")).where(
            table.c.deleted == false()
        )

    sources = union_all(source(q.stop_headcount, "headcount"), source(q.poll_tally, "tally")).subquery("sources")
    stmt = select(sources.c.device_id, sources.c.source, func.count()).group_by(sources.c.device_id, sources.c.source)
    counts: dict[str, dict[str, int]] = {}
    for device, kind, n in session.execute(stmt):
        counts.setdefault(str(device), {})[str(kind)] = int(n)
    own = get_meta(session, DEVICE_ID)
    if own is not None:
        counts.setdefault(own, {})
    rows = []
    for device in sorted(counts, key=lambda d: (d != own, d)):
        try:
            code = device_code(device)
        except ValueError:
            code = device  # not a UUID: a name typed in by hand or written by an older tool
        title = f"{code} ({THIS_DEVICE.get(lang, THIS_DEVICE['en'])})" if device == own else code
        rows.append(ListRow(
            device, title, "",
            {"code": code, "this_device": device == own, "headcount_rows": counts[device].get("headcount", 0),
             "tally_rows": counts[device].get("tally", 0)},
        ))
    return rows


def _place_fields(place: Region | District | Settlement) -> dict[str, JsonValue]:
    return {"kato": place.kato, "name_ru": place.name_ru, "name_kk": place.name_kk}


def _regions(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = select(Region).where(col(Region.deleted).is_(False)).order_by(col(Region.kato), col(Region.name_ru))
    return [ListRow(r.id, _pick(lang, r.name_ru, r.name_kk), "", _place_fields(r)) for r in session.scalars(stmt)]


def _districts(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(District, Region)
        .join(Region, col(Region.id) == col(District.region_id))
        .where(col(District.deleted).is_(False), col(Region.deleted).is_(False))
        .order_by(col(District.kato), col(District.name_ru), col(District.id))
    )
    return [
        ListRow(d.id, _pick(lang, d.name_ru, d.name_kk), "", {**_place_fields(d), "region": r.name_ru})
        for d, r in session.execute(stmt)
    ]


def _settlements(session: Session, lang: str, today: date) -> list[ListRow]:
    stmt = (
        select(Settlement, District)
        .join(District, col(District.id) == col(Settlement.district_id))
        .where(col(Settlement.deleted).is_(False), col(District.deleted).is_(False))
        .order_by(col(Settlement.kato), col(Settlement.name_ru), col(Settlement.id))
    )
    return [
        ListRow(p.id, _pick(lang, p.name_ru, p.name_kk), "",
                {**_place_fields(p), "district": d.name_ru, "type_ru": settlement_type(p.name_ru),
                 "type_kk": settlement_type(p.name_kk)})
        for p, d in session.execute(stmt)
    ]


_LISTERS: dict[str, Callable[[Session, str, date], list[ListRow]]] = {
    "campaigns": _campaigns,
    "groups": _groups,
    "tours": _tours,
    "stops": _stops,
    "control": _control,
    "signals": _signals,
    "devices": _devices,
    "regions": _regions,
    "districts": _districts,
    "settlements": _settlements,
}


def list_records(ctx: Context, what: ListKind | str) -> list[ListRow]:
    """The live records of kind `what` (LIST_KINDS), titles in ctx.lang, dates as ISO days ('first..last')."""
    lister = _LISTERS.get(what)
    if lister is None:
        raise ValidationError("enum.unknown", value=what, allowed=", ".join(LIST_KINDS))
    with ctx.db.reading() as session:
        return lister(session, ctx.lang, ctx.today())
