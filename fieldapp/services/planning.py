"""Planning a campaign: the rotation of its working groups across its districts, generated over a period, and the
plan summary of CONTRACT.md (slots, coverage districts × directions, settlements not visited for six months).

The campaign's districts are where it already works: the districts of its rotation slots and of its tours' stops.
A campaign with neither (a new one) works in every district of its region. The rows are stored by
services/campaigns.py (add_rotation_slots, list_rotation, coverage); this module only decides what to write.

The generator is a cyclic Latin square: with N = max(groups, districts) rounds, group g spends round r in district
(g + r) mod N, or rests when that index is past the last district (more groups than districts). Every group then
meets every district exactly once and no district holds two groups in one round. The period's working days are cut
into N consecutive runs whose lengths differ by at most one, and each slot starts on the first and ends on the last
working day of its run. No solver is needed: a round needs one working day at least, so N working days are both
necessary (each district receives `groups` slots one after another, each group makes `districts` visits one after
another) and enough.
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from fieldapp.domain.errors import NotFoundError, ValidationError
from fieldapp.domain.indicators import fold, text_matches
from fieldapp.domain.rules import check_period
from fieldapp.services import campaigns, roles, tours
from fieldapp.services._common import live
from fieldapp.services.campaigns import CampaignInfo, Coverage, DirectionInfo, DistrictRef
from fieldapp.services.context import Context
from fieldapp.storage.queries import campaigns as cq
from fieldapp.storage.queries import planning as q
from fieldapp.storage.tables import RotationSlot

__all__ = [
    "NOT_VISITED_MONTHS",
    "NotVisited",
    "PlanSummary",
    "Proposal",
    "SlotTour",
    "SlotView",
    "accept_rotation",
    "by_last_visit",
    "campaign_districts",
    "create_tour_for_slot",
    "districts_named",
    "find_campaign",
    "generate_rotation",
    "plan_summary",
    "plannable_districts",
    "propose_rotation",
    "rotate",
    "working_days",
]

# Decree No. 826 of 2022: a district akim meets every village at least once per half-year.
NOT_VISITED_MONTHS = 6


@dataclass(frozen=True, slots=True)
class SlotView:
    """A rotation slot with the names a person reads; `id` is empty in a proposal not yet accepted."""

    id: str
    group_id: str
    group_name: str
    direction: DirectionInfo | None
    district: DistrictRef
    starts_on: date
    ends_on: date
    group_code: str = ""  # the group's short code (ЖГ1, РЕЛ), where a grid has little room

    def direction_name(self, lang: str = "ru") -> str:
        return self.direction.name(lang) if self.direction else ""

    def district_name(self, lang: str = "ru") -> str:
        return _pick(lang, self.district.name_ru, self.district.name_kk)

    def as_json(self) -> dict[str, Any]:
        return {"group": self.group_name, "direction": self.direction_name("ru"), "district": self.district.name_ru,
                "from": self.starts_on.isoformat(), "to": self.ends_on.isoformat()}


@dataclass(frozen=True, slots=True)
class Proposal:
    """A generated rotation, not yet written: the preview the page shows and `plan generate --dry-run` prints."""

    campaign_id: str
    starts_on: date
    ends_on: date
    working_days: int
    rounds: int
    slots: tuple[SlotView, ...]


@dataclass(frozen=True, slots=True)
class NotVisited:
    settlement_id: str
    name_ru: str
    name_kk: str
    district_id: str
    last_held: date | None  # None: never

    def name(self, lang: str = "ru") -> str:
        return _pick(lang, self.name_ru, self.name_kk)


@dataclass(frozen=True, slots=True)
class PlanSummary:
    campaign: CampaignInfo
    districts: tuple[DistrictRef, ...]
    slots: tuple[SlotView, ...]
    coverage: Coverage  # every district of the campaign × every direction of its groups
    not_visited: tuple[NotVisited, ...]  # longest unvisited first
    since: date  # a held stop on or after this day is a visit within the last six months

    def as_json(self) -> dict[str, Any]:
        """The layout of CONTRACT.md; names in Russian, as `list --json` gives them."""
        names = {d.id: d.name_ru for d in self.coverage.districts}
        return {
            "campaign": self.campaign.title_ru,
            "slots": [slot.as_json() for slot in self.slots],
            "coverage": [
                {"district": names.get(cell.district_id, ""), "direction": _direction_ru(self.coverage, cell),
                 "planned": cell.planned, "done": cell.held}
                for cell in self.coverage.cells
            ],
            "settlements_not_visited": [s.name_ru for s in self.not_visited],
        }


def _direction_ru(cov: Coverage, cell: campaigns.CoverageCell) -> str:
    return next((r.name_ru for r in cov.directions if r.id == cell.direction_id), "")


def _pick(lang: str, ru: str, kk: str) -> str:
    return kk if lang == "kk" and kk else ru


# -- the pure generator ----------------------------------------------------------------------------------------


class Workdays(Protocol):
    """What the generator asks of a calendar (the holiday calendar; the demo's, which knows every year)."""

    def is_working_day(self, d: date) -> bool: ...


def working_days(calendar: Workdays, starts_on: date, ends_on: date) -> list[date]:
    days, day = [], starts_on
    while day <= ends_on:
        if calendar.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def rotate(
    group_ids: Sequence[str], district_ids: Sequence[str], starts_on: date, ends_on: date, calendar: Workdays
) -> list[tuple[str, str, date, date]]:
    """The cyclic rotation (module docstring) as (group, district, first day, last day), by round then group; a
    ValidationError naming the rule when none is possible."""
    check_period(starts_on, ends_on)
    if not group_ids:
        raise ValidationError("rotation.no_groups", "group")
    if not district_ids:
        raise ValidationError("rotation.no_districts", "district")
    days = working_days(calendar, starts_on, ends_on)
    rounds = max(len(group_ids), len(district_ids))
    if len(days) < rounds:
        raise ValidationError("rotation.too_few_days", "period", start=f"{starts_on:%d.%m.%Y}",
                              end=f"{ends_on:%d.%m.%Y}", days=len(days), groups=len(group_ids),
                              districts=len(district_ids), needed=rounds)
    out = []
    for r, (first, last) in enumerate(_runs(days, rounds)):
        for g, group_id in enumerate(group_ids):
            d = (g + r) % rounds
            if d < len(district_ids):
                out.append((group_id, district_ids[d], first, last))
    return out


def _runs(days: Sequence[date], parts: int) -> list[tuple[date, date]]:
    """Cut the working days into `parts` consecutive runs, the longer ones first, lengths differing by one at most."""
    size, extra = divmod(len(days), parts)
    runs, at = [], 0
    for i in range(parts):
        n = size + (1 if i < extra else 0)
        runs.append((days[at], days[at + n - 1]))
        at += n
    return runs


# -- the campaign's districts and the proposal -----------------------------------------------------------------


def find_campaign(ctx: Context, text: str) -> CampaignInfo:
    """The one campaign whose title (ru or kk) is `text`, else the one that contains it (case and ё/е ignored)."""
    found = [c for c in campaigns.list_campaigns(ctx) if text_matches(text, c.title_ru, c.title_kk)]
    exact = [c for c in found if fold(text.strip()) in (fold(c.title_ru), fold(c.title_kk))]
    if len(exact) == 1:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError("filter.nothing", what="--campaign", text=text)
    titles = ", ".join(f"«{c.title_ru}»" for c in found)
    raise ValidationError("campaign.ambiguous", text=text, titles=titles)


def campaign_districts(ctx: Context, campaign_id: str) -> tuple[DistrictRef, ...]:
    """Where the campaign works (module docstring), by Russian name."""
    campaigns.get_campaign(ctx, campaign_id)  # a missing campaign is refused, not an empty list
    with ctx.db.reading() as s:
        ids = q.worked_district_ids(s, campaign_id) or q.region_district_ids(s, campaign_id)
        return tuple(DistrictRef(d.id, d.name_ru, d.name_kk) for d in q.live_districts(s, sorted(ids)))


def plannable_districts(ctx: Context, campaign_id: str) -> tuple[DistrictRef, ...]:
    """What a rotation may take: the campaign's districts and every other district of its region, by name."""
    info = campaigns.get_campaign(ctx, campaign_id)
    found = {d.id: d for d in campaign_districts(ctx, campaign_id)}
    with ctx.db.reading() as s:
        ids = q.region_district_ids(s, info.id) | set(found)
        rows = q.live_districts(s, sorted(ids))
    return tuple(DistrictRef(d.id, d.name_ru, d.name_kk) for d in rows)


def districts_named(ctx: Context, campaign_id: str, texts: Sequence[str]) -> list[str]:
    """The plannable districts whose name (ru or kk) contains one of `texts`; a text that finds none is refused."""
    candidates = plannable_districts(ctx, campaign_id)
    chosen: list[str] = []
    for wanted in texts:
        hits = [d.id for d in candidates if text_matches(wanted, d.name_ru, d.name_kk)]
        if not hits:
            raise NotFoundError("filter.nothing", what="--district", text=wanted)
        chosen += [h for h in hits if h not in chosen]
    return chosen


def propose_rotation(
    ctx: Context, campaign_id: str, starts_on: date, ends_on: date, district_ids: Iterable[str] | None = None
) -> Proposal:
    """A rotation of the campaign's groups over its districts (or `district_ids`) in the period; nothing written."""
    groups = campaigns.list_groups(ctx, campaign_id)
    if district_ids is None:
        districts: Sequence[DistrictRef] = campaign_districts(ctx, campaign_id)
    else:
        campaigns.get_campaign(ctx, campaign_id)
        with ctx.db.reading() as s:
            districts = [DistrictRef(d.id, d.name_ru, d.name_kk) for d in q.live_districts(s, list(district_ids))]
    plan = rotate([g.id for g in groups], [d.id for d in districts], starts_on, ends_on, ctx.calendar)
    _refuse_existing(ctx, campaign_id, starts_on, ends_on)
    views = _views(ctx, [("", g, d, a, b) for g, d, a, b in plan])
    days = len(working_days(ctx.calendar, starts_on, ends_on))
    return Proposal(campaign_id, starts_on, ends_on, days, max(len(groups), len(districts)), views)


def _refuse_existing(ctx: Context, campaign_id: str, starts_on: date, ends_on: date) -> None:
    """A second rotation over the same days would put two groups in one district: the first must go first."""
    for slot in plan_slots(ctx, campaign_id):
        if slot.starts_on <= ends_on and starts_on <= slot.ends_on:
            raise ValidationError("rotation.exists", "period", group=slot.group_name, district=slot.district.name_ru,
                                  start=f"{slot.starts_on:%d.%m.%Y}", end=f"{slot.ends_on:%d.%m.%Y}")


def accept_rotation(ctx: Context, proposal: Proposal) -> tuple[str, ...]:
    """Write the proposal's slots, all or none (a supervisor's act)."""
    roles.require(ctx, "setup")
    _refuse_existing(ctx, proposal.campaign_id, proposal.starts_on, proposal.ends_on)
    return campaigns.add_rotation_slots(
        ctx, [(v.group_id, v.district.id, v.starts_on, v.ends_on) for v in proposal.slots]
    )


def generate_rotation(
    ctx: Context, campaign_id: str, starts_on: date, ends_on: date, *, dry_run: bool = False,
    district_ids: Iterable[str] | None = None,
) -> Proposal:
    """Propose and, unless `dry_run`, write: `fieldapp plan generate`."""
    if not dry_run:
        roles.require(ctx, "setup")
    proposal = propose_rotation(ctx, campaign_id, starts_on, ends_on, district_ids)
    if not dry_run:
        accept_rotation(ctx, proposal)
    return proposal


# -- the summary -----------------------------------------------------------------------------------------------


def plan_slots(ctx: Context, campaign_id: str) -> tuple[SlotView, ...]:
    """The campaign's stored rotation, by first day then group."""
    return _views(ctx, [(r.id, r.group_id, r.district_id, r.starts_on, r.ends_on)
                        for r in campaigns.list_rotation(ctx, campaign_id)])


def _views(ctx: Context, rows: Sequence[tuple[str, str, str, date, date]]) -> tuple[SlotView, ...]:
    if not rows:
        return ()
    groups = {g.id: g for g in campaigns.list_groups(ctx, campaigns.get_group(ctx, rows[0][1]).campaign_id)}
    directions = {d.id: d for d in campaigns.list_directions(ctx)}
    with ctx.db.reading() as s:
        names = {row[0]: DistrictRef(*row) for row in cq.district_names(s, sorted({r[2] for r in rows}))}
    out = []
    for slot_id, group_id, district_id, first, last in rows:
        group = groups[group_id]
        direction = directions.get(group.direction_id) if group.direction_id else None
        out.append(SlotView(slot_id, group_id, group.name, direction, names[district_id], first, last, group.code))
    return tuple(out)


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier, or the month's last day when it has fewer days (31 August -> 28 February)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, _gregorian.monthrange(year, month + 1)[1]))


def by_last_visit(ctx: Context, district_ids: Sequence[str]) -> tuple[NotVisited, ...]:
    """Every settlement of these districts with its last held stop (of any campaign): never visited first, then
    the longest unvisited, then by name."""
    with ctx.db.reading() as s:
        settlements = q.settlements_of(s, list(district_ids))
        last: dict[str, date] = {}
        for settlement_id, arrived, planned_on in q.held_days(s, [x.id for x in settlements]):
            day = arrived.date() if arrived else planned_on
            if day is not None and (settlement_id not in last or day > last[settlement_id]):
                last[settlement_id] = day
        rows = [NotVisited(x.id, x.name_ru, x.name_kk, x.district_id, last.get(x.id)) for x in settlements]
    rows.sort(key=lambda n: (n.last_held is not None, n.last_held or date.min, fold(n.name_ru)))
    return tuple(rows)


def not_visited(ctx: Context, district_ids: Sequence[str]) -> tuple[tuple[NotVisited, ...], date]:
    """Settlements of these districts with no held stop in the last six months, longest unvisited first; and the
    day the six months start."""
    since = months_before(ctx.today(), NOT_VISITED_MONTHS)
    rows = by_last_visit(ctx, district_ids)
    return tuple(n for n in rows if n.last_held is None or n.last_held < since), since


@dataclass(frozen=True, slots=True)
class SlotTour:
    tour_id: str
    title: str
    stops: int


def create_tour_for_slot(ctx: Context, slot_id: str) -> SlotTour:
    """«Создать выезд» from a slot: a tour of the slot's group over its period, with a proposed route through the
    district's settlements, not yet visited first, one stop per working day; then edited like any tour."""
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        slot = live(s, RotationSlot, slot_id, "rotation")
        group_id, district_id, first, last = slot.group_id, slot.district_id, slot.starts_on, slot.ends_on
    group = campaigns.get_group(ctx, group_id)
    district = _views(ctx, [(slot_id, group_id, district_id, first, last)])[0].district
    title = f"{group.name}: {district.name_ru}, {first:%d.%m}–{last:%d.%m.%Y}"
    route = list(zip(working_days(ctx.calendar, first, last), by_last_visit(ctx, [district_id]), strict=False))
    tour_id = tours.create_tour(ctx, group.campaign_id, title, starts_on=first, ends_on=last, group_ids=[group_id])
    for day, place in route:
        tours.add_stop(ctx, tour_id, place.settlement_id, planned_on=day)
    return SlotTour(tour_id, title, len(route))


def plan_summary(ctx: Context, campaign_id: str) -> PlanSummary:
    """What `fieldapp plan` prints and the planning page shows."""
    info = campaigns.get_campaign(ctx, campaign_id)
    districts = campaign_districts(ctx, campaign_id)
    ids = [d.id for d in districts]
    unvisited, since = not_visited(ctx, ids)
    return PlanSummary(info, districts, plan_slots(ctx, campaign_id), campaigns.coverage(ctx, campaign_id, ids),
                       unvisited, since)
