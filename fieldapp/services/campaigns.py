"""Campaigns, the editable list of directions, working groups with their members, the rotation plan and its
coverage (district × direction, planned vs done)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from fieldapp.domain.enums import CampaignKind
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.ids import UNDATED_AT
from fieldapp.domain.rules import check_period
from fieldapp.services import roles
from fieldapp.services._common import add, live, optional_live, required, tombstone, touch
from fieldapp.services.context import Context
from fieldapp.storage.queries import campaigns as q
from fieldapp.storage.tables import (
    Campaign,
    Direction,
    District,
    GroupMember,
    Member,
    Organization,
    Region,
    RotationSlot,
    WorkingGroup,
)

# The five directions of the «Мир и согласие» pilot, then the other lines of work the seeds describe.
DEFAULT_DIRECTIONS: tuple[tuple[str, str, str, str], ...] = (
    ("information", "информационно-разъяснительная работа", "ақпараттық-түсіндіру жұмысы",
     "information and explanation"),
    ("rural_business", "развитие сельского предпринимательства", "ауылдық кәсіпкерлікті дамыту",
     "rural business development"),
    ("religion", "религия", "дін", "religion"),
    ("public_order", "общественный порядок и безопасность дорожного движения",
     "қоғамдық тәртіп және жол қозғалысы қауіпсіздігі", "public order and road safety"),
    ("anti_corruption", "противодействие коррупции", "сыбайлас жемқорлыққа қарсы іс-қимыл", "anti-corruption"),
    ("anti_drug", "профилактика наркомании", "нашақорлықтың алдын алу", "anti-drug prevention"),
    ("violence_trafficking", "профилактика бытового насилия и торговли людьми",
     "тұрмыстық зорлық-зомбылық пен адам саудасының алдын алу", "prevention of domestic violence and trafficking"),
    ("legal_literacy", "правовая грамотность", "құқықтық сауаттылық", "legal literacy"),
)
# Seeded rows get ids derived from their code: two laptops that seed on their own then hold the same rows, and
# merging them yields one list instead of every direction twice.
_SEED_NAMESPACE = uuid.UUID("6f0c3d0e-4a8b-4c43-9d1e-3f7a5b2c9e10")


def seed_direction_id(code: str) -> str:
    return str(uuid.uuid5(_SEED_NAMESPACE, f"direction:{code}"))


@dataclass(frozen=True, slots=True)
class CampaignInfo:
    id: str
    title_ru: str
    title_kk: str
    kind: CampaignKind
    organizer_id: str | None
    region_id: str | None
    starts_on: date | None
    ends_on: date | None
    goal: str

    def title(self, lang: str = "ru") -> str:
        """The title in `lang`: the Kazakh one in kk when it is filled in, else the Russian one."""
        return self.title_kk if lang == "kk" and self.title_kk else self.title_ru


@dataclass(frozen=True, slots=True)
class DirectionInfo:
    id: str
    code: str
    name_ru: str
    name_kk: str
    name_en: str

    def name(self, lang: str = "ru") -> str:
        chosen = {"ru": self.name_ru, "kk": self.name_kk, "en": self.name_en}.get(lang, self.name_en)
        return chosen or self.name_ru


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: str
    campaign_id: str
    name: str
    code: str
    direction_id: str | None
    head_id: str | None


@dataclass(frozen=True, slots=True)
class GroupMemberInfo:
    id: str
    member_id: str
    full_name: str
    role: str


@dataclass(frozen=True, slots=True)
class RotationSlotInfo:
    id: str
    campaign_id: str
    group_id: str
    district_id: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, slots=True)
class CoverageCell:
    """One district under one direction: how many rotation slots planned it, and how many of them were done."""

    district_id: str
    direction_id: str
    planned: int
    done: int
    stops_done: int
    # Done stops in the district held by any of the campaign's groups of the direction, inside a slot or not: what
    # the district has actually met of the direction (CONTRACT.md's "done" of `fieldapp plan`).
    held: int = 0

    @property
    def covered(self) -> bool:
        return self.done > 0


@dataclass(frozen=True, slots=True)
class DistrictRef:
    id: str
    name_ru: str
    name_kk: str


@dataclass(frozen=True, slots=True)
class Coverage:
    campaign_id: str
    districts: tuple[DistrictRef, ...]
    directions: tuple[DirectionInfo, ...]
    cells: tuple[CoverageCell, ...]

    def cell(self, district_id: str, direction_id: str) -> CoverageCell:
        for c in self.cells:
            if c.district_id == district_id and c.direction_id == direction_id:
                return c
        return CoverageCell(district_id, direction_id, 0, 0, 0)

    @property
    def complete(self) -> bool:
        """Every district covered by every direction: the pilot's goal."""
        return all(self.cell(d.id, r.id).covered for d in self.districts for r in self.directions)


def campaign_info(row: Campaign) -> CampaignInfo:
    """The plain record of a campaign row (its titles, kind, period)."""
    return CampaignInfo(
        row.id, row.title_ru, row.title_kk, CampaignKind(row.kind), row.organizer_id, row.region_id, row.starts_on,
        row.ends_on, row.goal,
    )


def _direction_info(row: Direction) -> DirectionInfo:
    return DirectionInfo(row.id, row.code, row.name_ru, row.name_kk, row.name_en)


def _group_info(row: WorkingGroup) -> GroupInfo:
    return GroupInfo(row.id, row.campaign_id, row.name, row.code, row.direction_id, row.head_id)


def _slot_info(row: RotationSlot) -> RotationSlotInfo:
    return RotationSlotInfo(row.id, row.campaign_id, row.group_id, row.district_id, row.starts_on, row.ends_on)


# -- campaigns -----------------------------------------------------------------------------------------------------


def create_campaign(
    ctx: Context, title_ru: str, *, title_kk: str = "", kind: CampaignKind | str = CampaignKind.ACTION,
    organizer_id: str | None = None, region_id: str | None = None, starts_on: date | None = None,
    ends_on: date | None = None, goal: str = "",
) -> str:
    roles.require(ctx, "setup")
    row = Campaign(title_ru=required(title_ru, "title"))
    with ctx.db.session() as s:
        _fill_campaign(s, row, title_ru, title_kk, kind, organizer_id, region_id, starts_on, ends_on, goal)
        return add(s, ctx, row).id


def update_campaign(
    ctx: Context, campaign_id: str, title_ru: str, *, title_kk: str = "",
    kind: CampaignKind | str = CampaignKind.ACTION, organizer_id: str | None = None, region_id: str | None = None,
    starts_on: date | None = None, ends_on: date | None = None, goal: str = "",
) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        row = live(s, Campaign, campaign_id, "campaign")
        _fill_campaign(s, row, title_ru, title_kk, kind, organizer_id, region_id, starts_on, ends_on, goal)
        touch(row)


def _fill_campaign(
    s: Session, row: Campaign, title_ru: str, title_kk: str, kind: CampaignKind | str, organizer_id: str | None,
    region_id: str | None, starts_on: date | None, ends_on: date | None, goal: str,
) -> None:
    check_period(starts_on, ends_on)
    optional_live(s, Organization, organizer_id, "organization")
    optional_live(s, Region, region_id, "region")
    row.title_ru, row.title_kk = required(title_ru, "title"), title_kk.strip()
    row.kind = CampaignKind.parse(kind, "kind").value
    row.organizer_id, row.region_id, row.starts_on, row.ends_on, row.goal = (
        organizer_id, region_id, starts_on, ends_on, goal.strip()
    )


def delete_campaign(ctx: Context, campaign_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Campaign, campaign_id, "campaign"))


def get_campaign(ctx: Context, campaign_id: str) -> CampaignInfo:
    with ctx.db.reading() as s:
        return campaign_info(live(s, Campaign, campaign_id, "campaign"))


def list_campaigns(ctx: Context) -> tuple[CampaignInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(campaign_info(r) for r in q.campaigns(s))


# -- directions ----------------------------------------------------------------------------------------------------


def ensure_default_directions(ctx: Context) -> int:
    """Add the seeded directions this database never had; returns how many were added. A seed the user deleted
    stays deleted, and one the user renamed keeps its new name."""
    added = 0
    with ctx.db.session() as s:
        known = q.direction_codes(s)
        for code, ru, kk, en in DEFAULT_DIRECTIONS:
            if code in known or s.get(Direction, seed_direction_id(code)) is not None:
                continue
            # Not add(): a seed is nobody's work, and is made alike on every laptop (same id, stamp and author),
            # so a laptop set up with `init` and the office hold the same row and their digests agree.
            s.add(Direction(id=seed_direction_id(code), code=code, name_ru=ru, name_kk=kk, name_en=en,
                            created_at=UNDATED_AT, created_by=None))
            added += 1
    return added


def create_direction(ctx: Context, name_ru: str, name_kk: str = "", name_en: str = "", code: str = "") -> str:
    roles.require(ctx, "setup")
    row = Direction(code=code.strip() or uuid.uuid4().hex[:12], name_ru=required(name_ru, "name"),
                    name_kk=name_kk.strip(), name_en=name_en.strip())
    with ctx.db.session() as s:
        return add(s, ctx, row).id


def update_direction(ctx: Context, direction_id: str, name_ru: str, name_kk: str = "", name_en: str = "") -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        row = live(s, Direction, direction_id, "direction")
        row.name_ru, row.name_kk, row.name_en = required(name_ru, "name"), name_kk.strip(), name_en.strip()
        touch(row)


def delete_direction(ctx: Context, direction_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Direction, direction_id, "direction"))


def list_directions(ctx: Context) -> tuple[DirectionInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_direction_info(r) for r in q.directions(s))


# -- working groups ---------------------------------------------------------------------------------------------------


def create_group(
    ctx: Context, campaign_id: str, name: str, *, code: str = "", direction_id: str | None = None,
    head_id: str | None = None,
) -> str:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        live(s, Campaign, campaign_id, "campaign")
        optional_live(s, Direction, direction_id, "direction")
        optional_live(s, Member, head_id, "member")
        row = WorkingGroup(campaign_id=campaign_id, name=required(name, "name"), code=code.strip().upper(),
                           direction_id=direction_id, head_id=head_id)
        return add(s, ctx, row).id


def update_group(
    ctx: Context, group_id: str, name: str, *, code: str = "", direction_id: str | None = None,
    head_id: str | None = None,
) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        row = live(s, WorkingGroup, group_id, "group")
        optional_live(s, Direction, direction_id, "direction")
        optional_live(s, Member, head_id, "member")
        row.name, row.code = required(name, "name"), code.strip().upper()
        row.direction_id, row.head_id = direction_id, head_id
        touch(row)


def delete_group(ctx: Context, group_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, WorkingGroup, group_id, "group"))


def get_group(ctx: Context, group_id: str) -> GroupInfo:
    with ctx.db.reading() as s:
        return _group_info(live(s, WorkingGroup, group_id, "group"))


def list_groups(ctx: Context, campaign_id: str) -> tuple[GroupInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_group_info(r) for r in q.groups(s, campaign_id))


def add_group_member(ctx: Context, group_id: str, member_id: str, role: str = "") -> str:
    """Put a member in a group (again: the existing membership's role is updated)."""
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        live(s, WorkingGroup, group_id, "group")
        live(s, Member, member_id, "member")
        existing = q.group_membership(s, group_id, member_id)
        if existing is not None:
            existing.role = role.strip()
            touch(existing)
            return existing.id
        return add(s, ctx, GroupMember(group_id=group_id, member_id=member_id, role=role.strip())).id


def remove_group_member(ctx: Context, group_id: str, member_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        existing = q.group_membership(s, group_id, member_id)
        if existing is not None:
            tombstone(existing)


def list_group_members(ctx: Context, group_id: str) -> tuple[GroupMemberInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(GroupMemberInfo(*row) for row in q.group_members(s, group_id))


# -- rotation plan --------------------------------------------------------------------------------------------------


def add_rotation_slot(ctx: Context, group_id: str, district_id: str, starts_on: date, ends_on: date) -> str:
    """Plan a group into a district for a period; a group cannot be planned into two places at once."""
    return add_rotation_slots(ctx, [(group_id, district_id, starts_on, ends_on)])[0]


def add_rotation_slots(ctx: Context, slots: Iterable[tuple[str, str, date, date]]) -> tuple[str, ...]:
    """Several slots (group, district, first day, last day) in one transaction: all written, or none (a generated
    rotation must not be left half-written by its one refused slot)."""
    roles.require(ctx, "setup")
    wanted = list(slots)
    for _, _, starts_on, ends_on in wanted:
        check_period(starts_on, ends_on)
    with ctx.db.session() as s:
        ids = []
        for group_id, district_id, starts_on, ends_on in wanted:
            group = live(s, WorkingGroup, group_id, "group")
            live(s, District, district_id, "district")
            _refuse_overlap(q.group_slots(s, group_id), starts_on, ends_on, None)
            _refuse_busy_district(s, group.campaign_id, district_id, starts_on, ends_on, None)
            row = RotationSlot(campaign_id=group.campaign_id, group_id=group_id, district_id=district_id,
                               starts_on=starts_on, ends_on=ends_on)
            ids.append(add(s, ctx, row).id)  # flushed: the next slot's overlap check sees this one
        return tuple(ids)


def update_rotation_slot(ctx: Context, slot_id: str, district_id: str, starts_on: date, ends_on: date) -> None:
    roles.require(ctx, "setup")
    check_period(starts_on, ends_on)
    with ctx.db.session() as s:
        row = live(s, RotationSlot, slot_id, "rotation")
        live(s, District, district_id, "district")
        _refuse_overlap(q.group_slots(s, row.group_id), starts_on, ends_on, slot_id)
        _refuse_busy_district(s, row.campaign_id, district_id, starts_on, ends_on, slot_id)
        row.district_id, row.starts_on, row.ends_on = district_id, starts_on, ends_on
        touch(row)


def _refuse_overlap(slots: Iterable[RotationSlot], starts_on: date, ends_on: date, except_id: str | None) -> None:
    for slot in slots:
        if slot.id != except_id and slot.starts_on <= ends_on and starts_on <= slot.ends_on:
            raise ValidationError("rotation.overlap", "period", start=f"{slot.starts_on:%d.%m.%Y}",
                                  end=f"{slot.ends_on:%d.%m.%Y}")


def _refuse_busy_district(
    s: Session, campaign_id: str, district_id: str, starts_on: date, ends_on: date, except_id: str | None
) -> None:
    """A district meets one of the campaign's groups at a time: a second would split its villages' day."""
    for slot, group_name in q.district_slots(s, campaign_id, district_id):
        if slot.id != except_id and slot.starts_on <= ends_on and starts_on <= slot.ends_on:
            raise ValidationError("rotation.district_busy", "district", group=group_name,
                                  start=f"{slot.starts_on:%d.%m.%Y}", end=f"{slot.ends_on:%d.%m.%Y}")


def delete_rotation_slot(ctx: Context, slot_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, RotationSlot, slot_id, "rotation"))


def list_rotation(ctx: Context, campaign_id: str) -> tuple[RotationSlotInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_slot_info(r) for r in q.rotation(s, campaign_id))


def coverage(ctx: Context, campaign_id: str, district_ids: Iterable[str] | None = None) -> Coverage:
    """District × direction for a campaign: planned = rotation slots, done = the slot's group has a done stop in
    that district within the slot's period (arrival date, else the planned date); held = done stops there by any
    group of the direction. Over the planned districts, or over `district_ids` (every cell, zeros too: the planning
    page's full matrix)."""
    with ctx.db.reading() as s:
        live(s, Campaign, campaign_id, "campaign")
        groups = {g.id: g for g in q.groups(s, campaign_id)}
        slots = [slot for slot in q.rotation(s, campaign_id) if groups[slot.group_id].direction_id]
        stops = q.done_stops_of_groups(s, list(groups))
        planned: dict[tuple[str, str], int] = defaultdict(int)
        done: dict[tuple[str, str], int] = defaultdict(int)
        stops_done: dict[tuple[str, str], set[str]] = defaultdict(set)
        held: dict[tuple[str, str], set[str]] = defaultdict(set)
        for group_id, district_id, stop_id, _, _ in stops:
            if groups[group_id].direction_id:
                held[(district_id, groups[group_id].direction_id or "")].add(stop_id)
        for slot in slots:
            key = (slot.district_id, groups[slot.group_id].direction_id or "")
            planned[key] += 1
            hits = {
                stop_id for group_id, district_id, stop_id, arrived, planned_on in stops
                if group_id == slot.group_id and district_id == slot.district_id
                and _in_period(arrived.date() if arrived else planned_on, slot.starts_on, slot.ends_on)
            }
            done[key] += 1 if hits else 0
            stops_done[key] |= hits
        direction_ids = {g.direction_id for g in groups.values() if g.direction_id}
        directions = tuple(_direction_info(d) for d in q.directions(s) if d.id in direction_ids)
        if district_ids is None:
            keys = sorted(planned)
            shown = {d for d, _ in planned}
        else:
            shown = set(district_ids)
            keys = sorted((d, r.id) for d in shown for r in directions)
        districts = tuple(DistrictRef(*row) for row in q.district_names(s, sorted(shown)))
        cells = tuple(
            CoverageCell(d, r, planned[(d, r)], done[(d, r)], len(stops_done[(d, r)]), len(held[(d, r)]))
            for d, r in keys
        )
        return Coverage(campaign_id, districts, directions, cells)


def _in_period(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end
