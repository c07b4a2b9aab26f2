"""The campaign plan workbook of CONTRACT.md: the empty template, its preview, and its all-or-nothing import of
campaigns, working groups (directions, members, heads), tours and their planned stops, in one transaction.

Read with the journal's pieces (the streaming sheet reader, its problems and header matching, its place matching)
and named like the journal's records: what the import creates gets an id derived from what it is, so two laptops
importing one plan merge into one set, and importing it twice changes nothing."""

from __future__ import annotations

import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from fieldapp.domain.enums import VenueType
from fieldapp.domain.errors import DomainError
from fieldapp.domain.messages import render
from fieldapp.domain.rules import normalise_name
from fieldapp.services.context import Context
from fieldapp.services.journal import (
    _NO,
    _YES,
    JournalColumn,
    match_header,
    template_date_check,
    template_header,
    template_list,
)
from fieldapp.services.place_match import PlaceMatcher
from fieldapp.services.place_match import named_id as _named_id
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.roles import allowed, require
from fieldapp.services.sheets import (
    ImportRefused,
    KeptRows,
    Problem,
    Sheet,
    column_letter,
    date_value,
    enough_problems,
    merged_cells_in,
    open_sheet,
    text_value,
)
from fieldapp.storage.bulk import BulkWriter, Rows, bulk_transaction
from fieldapp.storage.files import atomic_write, spill_beside
from fieldapp.storage.queries import campaigns as qc
from fieldapp.storage.queries import imports as q
from fieldapp.storage.queries import people as qp
from fieldapp.storage.queries import tours as qt
from fieldapp.storage.tables import Campaign, Tour, WorkingGroup, utcnow

__all__ = [
    "MEMBERS_SHEET",
    "MEMBER_COLUMNS",
    "ROUTE_COLUMNS",
    "ROUTE_SHEET",
    "PlanPreview",
    "PlanResult",
    "import_plan",
    "may_import",
    "preview_plan",
    "write_template",
]

log = logging.getLogger(__name__)

Column = JournalColumn  # the same column description: key, ru and kk headers, width, required header, aliases

# CONTRACT.md, "The campaign plan workbook": sheet names (ru, kk) and columns A–I and A–F in this order.
ROUTE_SHEET = ("Маршрут", "Бағдар")
MEMBERS_SHEET = ("Состав групп", "Топ құрамы")
ROUTE_COLUMNS: tuple[JournalColumn, ...] = (
    Column("campaign", "Кампания", "Науқан", 32),
    Column("group", "Рабочая группа", "Жұмыс тобы", 28),
    Column("direction", "Направление", "Бағыт", 36),
    Column("tour", "Выезд", "Сапар", 28),
    Column("date", "Дата", "Күні", 12),
    Column("district", "Район", "Аудан", 24),
    Column("settlement", "Населённый пункт", "Елді мекен", 24),
    Column("venue", "Место проведения", "Өткізу орны", 30, required=False),
    Column("venue_type", "Тип места", "Орын түрі", 22, required=False),
)
MEMBER_COLUMNS: tuple[JournalColumn, ...] = (
    Column("group", "Рабочая группа", "Жұмыс тобы", 28),
    Column("name", "ФИО", "Аты-жөні", 32, aliases=("Ф.И.О.", "ФИО участника")),
    Column("position", "Должность", "Лауазымы", 32, required=False),
    Column("organization", "Организация", "Ұйым", 32, required=False),
    Column("phone", "Телефон", "Телефон", 17, required=False),
    Column("head", "Руководитель", "Жетекші", 14, required=False),
)
# What a row kept costs, besides its texts (sheets.KeptRows): its record, its place in the checks across the sheets,
# and the stop (or member) planned and written for it.
_ROW_BYTES = 1_000
_TEXT_LIMITS = {"campaign": 300, "group": 200, "direction": 300, "tour": 300, "district": 200, "settlement": 200,
                "venue": 300, "name": 300, "position": 300, "organization": 300, "phone": 40}
_EARLIEST = date(2000, 1, 1)
TEMPLATE_ROWS = 2000  # rows that carry the drop-down lists and date checks


def _sheet_name(names: tuple[str, str], lang: str) -> str:
    return names[1] if lang == "kk" else names[0]


# -- the template ------------------------------------------------------------------------------------------------


def write_template(path: Path, lang: str = "ru") -> Path:
    """Write the empty plan: both sheets with their headers in Russian or Kazakh (English asks for the Russian
    ones), a drop-down of venue types and of «да»/«иә», date checks, widths, frozen headers."""
    head_lang = "kk" if lang == "kk" else "ru"
    wb = Workbook()
    route = wb.active
    route.title = _sheet_name(ROUTE_SHEET, head_lang)
    members = wb.create_sheet(_sheet_name(MEMBERS_SHEET, head_lang))
    lists = wb.create_sheet("Тізімдер" if head_lang == "kk" else "Списки")
    last = TEMPLATE_ROWS + 1
    letters = template_header(route, ROUTE_COLUMNS, head_lang)
    member_letters = template_header(members, MEMBER_COLUMNS, head_lang)
    template_date_check(route, letters["date"], last)
    template_list(lists, 0, route[f"{letters['venue_type']}1"].value, [m.label(head_lang) for m in VenueType],
                  route, letters["venue_type"], last, 30)
    template_list(lists, 1, members[f"{member_letters['head']}1"].value, ["иә" if head_lang == "kk" else "да"],
                  members, member_letters["head"], last, 30)
    members.column_dimensions[member_letters["phone"]].number_format = "@"  # keeps a phone's plus sign as typed
    lists.sheet_state = "hidden"
    with atomic_write(path, make_folder=True) as out, spill_beside(path):
        wb.save(out)
    return path


# -- parsed rows ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RouteRow:
    """One planned stop of sheet 1, values as written (names) or in the app's codes."""

    row: int
    campaign: str
    group: str
    direction: str
    tour: str
    day: date
    district: str
    settlement: str
    venue: str
    venue_type: VenueType | None


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One member of sheet 2."""

    row: int
    group: str
    name: str
    position: str
    organization: str
    phone: str
    head: bool


@dataclass(frozen=True, slots=True)
class PlanResult:
    """What an import created (or, dry run, would create); a second import of one file creates nothing."""

    file: str
    dry_run: bool
    stops_read: int
    members_read: int
    campaigns: int
    groups: int
    directions: int
    tours: int
    stops: int
    regions: int
    districts: int
    settlements: int
    organizations: int
    members: int
    memberships: int
    tour_groups: int
    groups_changed: int  # existing groups given their head or direction
    created: tuple[tuple[str, str, str], ...] = ()  # (kind, title, id) of the campaigns, groups and tours created
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return (self.campaigns + self.groups + self.directions + self.tours + self.stops + self.regions
                + self.districts + self.settlements + self.organizations + self.members + self.memberships
                + self.tour_groups)

    def lines(self, lang: str = "ru") -> list[str]:
        out = [render("journal.dry_run", lang)] if self.dry_run else []
        for kind, title, record_id in self.created:
            out.append(render(f"plan.created_{kind}", lang, title=title, id="—" if self.dry_run else record_id))
        out.append(render(
            "plan.summary", lang, total=self.total, campaigns=self.campaigns, groups=self.groups,
            directions=self.directions, tours=self.tours, stops=self.stops, settlements=self.settlements,
            districts=self.districts, organizations=self.organizations, members=self.members,
            memberships=self.memberships, changed=self.groups_changed,
        ))
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "dry_run": self.dry_run, "stops_read": self.stops_read,
            "members_read": self.members_read, "created": self.total,
            "campaigns_created": self.campaigns, "groups_created": self.groups,
            "directions_created": self.directions, "tours_created": self.tours, "stops_created": self.stops,
            "regions_created": self.regions, "districts_created": self.districts,
            "settlements_created": self.settlements, "organizations_created": self.organizations,
            "members_created": self.members, "memberships_created": self.memberships,
            "tour_groups_created": self.tour_groups, "groups_changed": self.groups_changed,
            "records": [{"kind": k, "title": t, "id": None if self.dry_run else i} for k, t, i in self.created],
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True)
class PlanPreview:
    """What the File menu shows before importing: the rows read, every problem, and what the import would do."""

    file: str
    sheets: tuple[str, ...]  # the sheets read: route, members
    header_lang: str
    route: tuple[RouteRow, ...]
    members: tuple[MemberRow, ...]
    problems: tuple[Problem, ...]
    result: PlanResult | None  # None when there are problems

    @property
    def ok(self) -> bool:
        return not self.problems


# -- reading -------------------------------------------------------------------------------------------------------


@dataclass
class _Parsed:
    file: str
    sheets: list[str] = field(default_factory=list)
    header_lang: str = "ru"  # ru, kk or mixed, over both sheets
    langs: list[str] = field(default_factory=list)  # the headers' language, sheet by sheet
    # folded group name → folded campaign names of the rows of sheet 1 that name it, refused rows too (a bad date
    # on sheet 1 is one problem, not one more for each member of its group)
    named_groups: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # sheet title → (column key → index, column key → its header as written): where problems between rows are
    columns: dict[str, tuple[dict[str, int], dict[str, str]]] = field(default_factory=dict)
    route: list[RouteRow] = field(default_factory=list)
    members: list[MemberRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _find_sheet(names: tuple[str, ...], wanted: tuple[str, str]) -> int | None:
    keys = {normalise_name(n) for n in wanted}
    return next((i for i, name in enumerate(names) if normalise_name(name) in keys), None)


@dataclass
class _Cells:
    """A data row of a sheet: its cells by column key, and how to report a problem at one of them."""

    parsed: _Parsed
    sheet: str
    number: int
    cells: dict[str, Any]
    where: dict[str, int]
    headers: dict[str, str]
    problems: list[Problem] = field(default_factory=list)

    def problem(self, key: str, code: str, params: dict[str, Any]) -> None:
        self.problems.append(Problem(self.parsed.file, code, params, self.number, column_letter(self.where[key]),
                                     self.headers[key], self.sheet))

    def text(self, key: str, *, numbers: bool = False, required: bool = False) -> str:
        if key not in self.where:
            return ""
        value, bad = text_value(self.cells[key], numbers_as_text=numbers)
        if bad is not None:
            self.problem(key, *bad)
            return ""
        assert value is not None
        limit = _TEXT_LIMITS.get(key)
        if limit and len(value) > limit:
            self.problem(key, "import.too_long", {"limit": limit})
        if required and not value:
            self.problem(key, "required", {})
        return value


def _rows_of(
    parsed: _Parsed, sheet: Sheet, columns: tuple[JournalColumn, ...], progress: Progress, cancel: CancelToken,
) -> Iterator[_Cells]:
    """The data rows of one sheet (empty ones skipped), after its header in row 1 was matched to `columns`; a
    missing or doubled column, or merged cells, are problems and no row is given."""
    title = sheet.title
    rows = sheet.rows()
    first = next(rows, None)
    header = first[1] if first is not None else ()
    start = len(parsed.problems)
    found = match_header(parsed.file, header, columns, title)
    where = found.where
    parsed.problems.extend(found.problems)
    parsed.langs.append(found.lang)
    headers = {key: str(header[i]).strip() for key, i in where.items()}
    parsed.columns[title] = (where, headers)
    for min_col, min_row, _, _, ref in merged_cells_in(sheet.merged, 1):
        letter = column_letter(min_col - 1)
        head = str(header[min_col - 1] or letter).strip() if min_col - 1 < len(header) else letter
        parsed.problems.append(Problem(parsed.file, "import.merged", {"cells": ref}, min_row, letter, head, title))
    if len(parsed.problems) > start:
        return
    for number, values in rows:
        if number % 2000 == 0:
            cancel.check()
            progress(number, 0, parsed.file)
        if parsed.problems and enough_problems(parsed.file, parsed.problems):
            return  # the file is refused whole either way: the first problems are listed, and where reading stopped
        cells = {key: (values[i] if i < len(values) else None) for key, i in where.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
            continue  # an empty line of the form, also in the middle
        yield _Cells(parsed, title, number, cells, where, headers)


def _route_row(c: _Cells) -> RouteRow | None:
    campaign = c.text("campaign", required=True)
    group = c.text("group", required=True)
    if group:
        c.parsed.named_groups[normalise_name(group)].add(normalise_name(campaign))
    direction = c.text("direction")
    tour = c.text("tour", required=True)
    day, bad = date_value(c.cells["date"]) if "date" in c.where else (None, None)
    if bad is not None:
        c.problem("date", *bad)
    elif day is None:
        c.problem("date", "required", {})
    elif day < _EARLIEST:
        c.problem("date", "import.date_old", {"value": f"{day:%d.%m.%Y}"})
    district = c.text("district", required=True)
    settlement = c.text("settlement", required=True)
    venue = c.text("venue")
    venue_type: VenueType | None = None
    raw_type = c.text("venue_type")
    if raw_type:
        try:
            venue_type = VenueType.parse(normalise_name(raw_type), "venue_type")
        except DomainError:
            c.problem("venue_type", "enum.unknown", {"value": raw_type, "allowed": VenueType})
    if c.problems:
        c.parsed.problems.extend(c.problems)
        return None
    assert day is not None
    return RouteRow(c.number, campaign, group, direction, tour, day, district, settlement, venue, venue_type)


def _member_row(c: _Cells) -> MemberRow | None:
    group = c.text("group", required=True)
    name = c.text("name", required=True)
    position = c.text("position")
    organization = c.text("organization")
    phone = c.text("phone", numbers=True)
    raw_head = c.text("head")
    head = False
    if raw_head.casefold() in _YES:
        head = True
    elif raw_head and raw_head.casefold() not in _NO:
        c.problem("head", "import.yes_no", {"value": raw_head})
    if c.problems:
        c.parsed.problems.extend(c.problems)
        return None
    return MemberRow(c.number, group, name, position, organization, phone, head)


def _parse(path: Path, progress: Progress, cancel: CancelToken) -> _Parsed:
    parsed = _Parsed(path.name)
    try:
        first = open_sheet(path, 0)
        names = (first.title, *first.other_sheets)
        first.close()
        route_at = _find_sheet(names, ROUTE_SHEET)
        members_at = _find_sheet(names, MEMBERS_SHEET)
        if route_at is None:
            route_at = 0 if members_at != 0 else None
        for wanted, at in ((ROUTE_SHEET, route_at), (MEMBERS_SHEET, members_at)):
            if at is None:
                parsed.problems.append(Problem(parsed.file, "plan.missing_sheet", {"ru": wanted[0], "kk": wanted[1]}))
        if route_at is None or members_at is None:
            return parsed
        parsed.sheets = [names[route_at], names[members_at]]
        kept = KeptRows(parsed.file, names[route_at], _ROW_BYTES)
        with open_sheet(path, route_at) as sheet:
            for cells in _rows_of(parsed, sheet, ROUTE_COLUMNS, progress, cancel):
                route = _route_row(cells)
                if route is not None:
                    kept.held = kept.held or sheet.held_bytes()
                    kept.add(cells.number, cells.cells.values())
                    parsed.route.append(route)
        kept.sheet, kept.held = names[members_at], 0
        with open_sheet(path, members_at) as sheet:
            for cells in _rows_of(parsed, sheet, MEMBER_COLUMNS, progress, cancel):
                member = _member_row(cells)
                if member is not None:
                    kept.held = kept.held or sheet.held_bytes()
                    kept.add(cells.number, cells.cells.values())
                    parsed.members.append(member)
        langs = set(parsed.langs)
        parsed.header_lang = langs.pop() if len(langs) == 1 else "mixed"
    except ImportRefused as exc:
        parsed.problems.extend(exc.problems)
        return parsed
    except (KeyError, ValueError, EOFError, OSError, TypeError) as exc:
        log.info("plan %s unreadable: %s", path.name, type(exc).__name__)
        parsed.problems.append(Problem(parsed.file, "import.damaged"))
        return parsed
    if not parsed.route and not parsed.problems:
        parsed.problems.append(Problem(parsed.file, "import.no_rows", {"sheet": parsed.sheets[0]}))
    stopped = bool(parsed.problems) and parsed.problems[-1].code == "import.too_many_problems"
    if (not parsed.problems or parsed.route) and not stopped:
        _check_across(parsed)
    return parsed


def _check_across(parsed: _Parsed) -> None:
    """Rules between rows: sheet 2 names groups of sheet 1; a group has one direction and one head."""
    route_sheet, members_sheet = parsed.sheets or ("", "")
    fold = normalise_name
    campaigns_of = parsed.named_groups
    direction_of: dict[tuple[str, str], tuple[str, int]] = {}
    for r in parsed.route:
        if not r.direction:
            continue
        key = (fold(r.campaign), fold(r.group))
        seen = direction_of.setdefault(key, (r.direction, r.row))
        if fold(seen[0]) != fold(r.direction):
            parsed.problems.append(Problem(
                parsed.file, "plan.direction_differs", {"group": r.group, "other": seen[0], "row": seen[1]}, r.row,
                *_cell(parsed, route_sheet, "direction"), route_sheet))
    head_of: dict[str, int] = {}
    group_letter, group_header = _cell(parsed, members_sheet, "group")
    for m in parsed.members:
        found = campaigns_of.get(fold(m.group))
        if not found:
            parsed.problems.append(Problem(parsed.file, "plan.unknown_group", {"value": m.group, "sheet": route_sheet},
                                           m.row, group_letter, group_header, members_sheet))
        elif len(found) > 1:
            parsed.problems.append(Problem(parsed.file, "plan.ambiguous_group", {"value": m.group}, m.row,
                                           group_letter, group_header, members_sheet))
        elif m.head:
            first = head_of.setdefault(fold(m.group), m.row)
            if first != m.row:
                parsed.problems.append(Problem(
                    parsed.file, "plan.second_head", {"group": m.group, "row": first}, m.row,
                    *_cell(parsed, members_sheet, "head"), members_sheet))


def _cell(parsed: _Parsed, sheet: str, key: str) -> tuple[str | None, str | None]:
    """(letter, header) of the column `key` of `sheet`, where the header was found."""
    where, headers = parsed.columns.get(sheet, ({}, {}))
    if key not in where:
        return None, None
    return column_letter(where[key]), headers[key]


# -- planning: what the rows need in the database ------------------------------------------------------------------


@dataclass
class _Plan:
    file: str
    parsed: _Parsed
    regions: Rows = field(default_factory=lambda: Rows("region"))
    districts: Rows = field(default_factory=lambda: Rows("district"))
    settlements: Rows = field(default_factory=lambda: Rows("settlement"))
    organizations: Rows = field(default_factory=lambda: Rows("organization"))
    directions: Rows = field(default_factory=lambda: Rows("direction"))
    campaigns: Rows = field(default_factory=lambda: Rows("campaign"))
    members: Rows = field(default_factory=lambda: Rows("member"))
    groups: Rows = field(default_factory=lambda: Rows("working_group"))
    memberships: Rows = field(default_factory=lambda: Rows("group_member"))
    tours: Rows = field(default_factory=lambda: Rows("tour"))
    tour_groups: Rows = field(default_factory=lambda: Rows("tour_group"))
    stops: Rows = field(default_factory=lambda: Rows("stop"))
    # existing groups to change: id → (direction id or None to keep, head id or None to keep)
    group_changes: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # existing campaigns and tours whose period takes in the plan's days: (table, id) → (first, last)
    periods: dict[tuple[str, str], tuple[date, date]] = field(default_factory=dict)
    created: list[tuple[str, str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def tables(self) -> tuple[Rows, ...]:
        """Parents before children: the order the rows go in."""
        return (self.regions, self.districts, self.settlements, self.organizations, self.directions,
                self.campaigns, self.members, self.groups, self.memberships, self.tours, self.tour_groups,
                self.stops)

    def result(self, dry_run: bool, seconds: float = 0.0) -> PlanResult:
        return PlanResult(
            self.file, dry_run, len(self.parsed.route), len(self.parsed.members), len(self.campaigns),
            len(self.groups), len(self.directions), len(self.tours), len(self.stops), len(self.regions),
            len(self.districts), len(self.settlements), len(self.organizations), len(self.members),
            len(self.memberships), len(self.tour_groups), len(self.group_changes), tuple(self.created), seconds,
        )


def _plan(ctx: Context, parsed: _Parsed) -> _Plan:
    """What the rows need, with ids for what the import creates; an id that an earlier record already holds (one
    renamed or deleted since) is planned again as a random one — as the journal import does."""
    plan = _plan_once(ctx, parsed, frozenset())
    taken = _taken_ids(ctx, plan)
    return _plan_once(ctx, parsed, taken) if taken else plan


def _taken_ids(ctx: Context, plan: _Plan) -> frozenset[str]:
    taken: set[str] = set()
    with ctx.db.reading() as s:
        for rows in plan.tables():
            if len(rows):
                at = rows.columns.index("id")
                taken |= q.existing_ids(s, rows.table, [str(row[at]) for row in rows.rows])
    return frozenset(taken)


def _first_day(rows: list[RouteRow]) -> date:
    return min(r.day for r in rows)


def _plan_once(ctx: Context, parsed: _Parsed, taken: frozenset[str]) -> _Plan:
    plan = _Plan(parsed.file, parsed)
    fold = normalise_name
    kk = parsed.header_lang == "kk"
    route = parsed.route
    # Dated by the plan, like the ids: the same plan gives the same records on every laptop.
    first = _first_day(route)
    stamp = datetime(first.year, first.month, first.day)
    synced = {"created_at": stamp, "updated_at": utcnow(), "created_by": ctx.member_id, "deleted": False}

    def kk_name(text: str) -> str:
        return text if kk else ""

    route_sheet = parsed.sheets[0]
    with ctx.db.reading() as s:
        # -- directions: the editable list, matched by any of its names
        directions: dict[str, str] = {}
        for d in qc.directions(s):
            for name in (d.name_ru, d.name_kk, d.name_en):
                if fold(name):
                    directions.setdefault(fold(name), d.id)
        direction_id: dict[str, str] = {}
        for r in route:
            key = fold(r.direction)
            if not key or key in direction_id:
                continue
            found = directions.get(key)
            if found is None:
                found = _named_id(taken, "direction", key)
                code = "plan-" + hashlib.sha256(key.encode()).hexdigest()[:10]
                plan.directions.add(id=found, **synced, code=code,
                                    name_ru=r.direction, name_kk=kk_name(r.direction))
            direction_id[key] = found

        # -- campaigns, by title in either language
        campaign_by_title: dict[str, tuple[str, str | None]] = {}
        for c in qc.campaigns(s):
            for title in (c.title_ru, c.title_kk):
                if fold(title):
                    campaign_by_title.setdefault(fold(title), (c.id, c.region_id))
        campaign_rows: dict[str, list[RouteRow]] = defaultdict(list)
        for r in route:
            campaign_rows[fold(r.campaign)].append(r)
        campaign_id: dict[str, str] = {}
        campaign_region: dict[str, str | None] = {}
        for key, rows in campaign_rows.items():
            days = [r.day for r in rows]
            known = campaign_by_title.get(key)
            if known is not None:
                campaign_id[key], campaign_region[key] = known
                plan.periods[("campaign", known[0])] = (min(days), max(days))
                continue
            title = rows[0].campaign
            cid = campaign_id[key] = _named_id(taken, "campaign", key, day=min(days))
            campaign_region[key] = None
            plan.campaigns.add(id=cid, **synced, title_ru=title, title_kk=kk_name(title), starts_on=min(days),
                               ends_on=max(days))
            plan.created.append(("campaign", title, cid))

        # -- working groups within their campaign
        group_id: dict[tuple[str, str], str] = {}
        group_rows: dict[tuple[str, str], list[RouteRow]] = defaultdict(list)
        for r in route:
            group_rows[(fold(r.campaign), fold(r.group))].append(r)
        existing_groups: dict[tuple[str, str], WorkingGroup] = {}
        for ckey, cid in campaign_id.items():
            for g in qc.groups(s, cid):
                existing_groups.setdefault((ckey, fold(g.name)), g)
        heads: dict[str, MemberRow] = {}  # folded group name → its head's row (one campaign per name: checked)
        for m in parsed.members:
            if m.head:
                heads[fold(m.group)] = m

        # -- organisations and members of sheet 2
        orgs: dict[str, str] = {}
        for oid, ru, kk_org, short in q.organizations(s):
            for name in (fold(short), fold(kk_org), fold(ru)):
                if name:
                    orgs.setdefault(name, oid)
        members_by_name: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        for mid, full_name, _, _, their_org, _, _ in qp.members(s):
            members_by_name[fold(full_name)].append((mid, their_org))
        member_id: dict[int, str] = {}  # sheet 2 row → member id
        new_members: dict[tuple[str, str], str] = {}
        for m in parsed.members:
            org_id: str | None = None
            if m.organization:
                okey = fold(m.organization)
                org_id = orgs.get(okey)
                if org_id is None:
                    org_id = orgs[okey] = _named_id(taken, "organization", okey)
                    plan.organizations.add(id=org_id, **synced,
                                           name_ru=m.organization, name_kk=kk_name(m.organization))
            nkey = fold(m.name)
            known_members = members_by_name.get(nkey, [])
            same_org = [mid for mid, oid in known_members if org_id is None or oid == org_id]
            if len(same_org) >= 1:
                member_id[m.row] = same_org[0]
                continue
            mkey = (nkey, org_id or "")
            if mkey not in new_members:
                new_members[mkey] = _named_id(taken, "member", nkey, org_id or "")
                plan.members.add(id=new_members[mkey], **synced, full_name=m.name, position=m.position,
                                 organization_id=org_id, phone=m.phone)
            member_id[m.row] = new_members[mkey]

        for gkey, rows in group_rows.items():
            ckey, nkey = gkey
            wanted_direction = next((direction_id[fold(r.direction)] for r in rows if r.direction), None)
            head_row = heads.get(nkey)
            head_id = member_id.get(head_row.row) if head_row is not None else None
            known_group = existing_groups.get(gkey)
            if known_group is not None:
                group_id[gkey] = known_group.id
                change_direction = wanted_direction if wanted_direction not in (None, known_group.direction_id) \
                    else None
                change_head = head_id if head_id not in (None, known_group.head_id) else None
                if change_direction or change_head:
                    plan.group_changes[known_group.id] = (change_direction, change_head)
                continue
            name = rows[0].group
            gid = group_id[gkey] = _named_id(taken, "working_group", campaign_id[ckey], nkey,
                                             day=_first_day(rows))
            plan.groups.add(id=gid, **synced, campaign_id=campaign_id[ckey], name=name, direction_id=wanted_direction,
                            head_id=head_id)
            plan.created.append(("group", name, gid))

        # -- memberships
        planned_memberships: set[tuple[str, str]] = set()
        for m in parsed.members:
            gkey = next(k for k in group_rows if k[1] == fold(m.group))
            gid, mid = group_id[gkey], member_id[m.row]
            if (gid, mid) in planned_memberships:
                continue
            planned_memberships.add((gid, mid))
            if gkey in existing_groups and qc.group_membership(s, gid, mid) is not None:
                continue
            plan.memberships.add(id=_named_id(taken, "group_member", gid, mid), **synced, group_id=gid,
                                 member_id=mid)

        # -- tours within their campaign, with their groups
        tour_rows: dict[tuple[str, str], list[RouteRow]] = defaultdict(list)
        for r in route:
            tour_rows[(fold(r.campaign), fold(r.tour))].append(r)
        tour_id: dict[tuple[str, str], str] = {}
        existing_tours: dict[tuple[str, str], str] = {}
        for ckey, cid in campaign_id.items():
            for t in qt.tours(s, cid):
                existing_tours.setdefault((ckey, fold(t.title)), t.id)
        existing_stops: dict[str, dict[tuple[str, date, str], str]] = {}
        last_seq: dict[str, int] = {}
        for tkey, rows in tour_rows.items():
            days = [r.day for r in rows]
            known_tour = existing_tours.get(tkey)
            linked: set[str] = set()
            if known_tour is not None:
                tour_id[tkey] = known_tour
                plan.periods[("tour", known_tour)] = (min(days), max(days))
                linked = {tg.group_id for tg in qt.tour_groups(s, known_tour)}
                stops = qt.stops(s, known_tour)
                existing_stops[known_tour] = {
                    (st.settlement_id, st.planned_on, fold(st.venue)): st.id for st in stops if st.planned_on}
                last_seq[known_tour] = max((st.seq for st in stops), default=0)
            else:
                title = rows[0].tour
                tid = tour_id[tkey] = _named_id(taken, "tour", campaign_id[tkey[0]], tkey[1], day=min(days))
                plan.tours.add(id=tid, **synced, campaign_id=campaign_id[tkey[0]], title=title, starts_on=min(days),
                               ends_on=max(days))
                plan.created.append(("tour", title, tid))
                existing_stops[tid], last_seq[tid] = {}, 0
            tid = tour_id[tkey]
            for gkey in dict.fromkeys((tkey[0], fold(r.group)) for r in rows):
                gid = group_id[gkey]
                if gid not in linked:
                    linked.add(gid)
                    plan.tour_groups.add(id=_named_id(taken, "tour_group", tid, gid, day=min(days)), **synced,
                                         tour_id=tid, group_id=gid)

        regions = q.regions(s)
        districts = q.districts(s)
        settlements = q.settlements(s)

    # -- places: matched as the journal matches them, created when missing, with the same ids
    places = PlaceMatcher(regions, districts, settlements, taken, synced, kk)
    plan.regions, plan.districts, plan.settlements = places.regions, places.districts, places.settlements
    district_of: dict[int, str] = {}
    pending: list[RouteRow] = []
    letter, header = _cell(parsed, route_sheet, "district")
    for r in route:
        region = campaign_region.get(fold(r.campaign))
        matches = places.district_matches(r.district, r.settlement, region)
        if len(matches) == 1:
            district_of[r.row] = next(iter(matches))
        elif matches:
            plan.problems.append(Problem(plan.file, "import.ambiguous_district",
                                         {"value": r.district, "regions": places.regions_of(matches)}, r.row,
                                         letter, header, route_sheet))
        else:
            pending.append(r)
    if plan.problems:
        return plan
    if pending:
        # New districts go to the campaigns' region when they share one, as the journal's go to its campaign's.
        shared = {rg for rg in campaign_region.values() if rg}
        region_id = places.region_for_new(next(iter(shared)) if len(shared) == 1 else None, district_of.values())
        for r in pending:
            district_of[r.row] = places.new_district(region_id, r.district)

    # -- stops: each tour's route ordered by date, then by row
    planned_stops: set[str] = set()
    for r in sorted(route, key=lambda row: (row.day, row.row)):
        settlement_id = places.settlement(district_of[r.row], r.settlement)
        tid = tour_id[(fold(r.campaign), fold(r.tour))]
        venue_key = fold(r.venue)
        if (settlement_id, r.day, venue_key) in existing_stops[tid]:
            continue
        # Without a venue, named as the journal names a tour's stop at a settlement on a day: a journal imported
        # into this tour later finds the planned stop instead of adding one.
        parts = (tid, settlement_id, venue_key) if venue_key else (tid, settlement_id)
        stop_id = _named_id(taken, "stop", *parts, day=r.day)
        if stop_id in planned_stops:
            continue  # the same stop written twice
        planned_stops.add(stop_id)
        last_seq[tid] += 1
        plan.stops.add(id=stop_id, **synced, tour_id=tid, settlement_id=settlement_id, seq=last_seq[tid],
                       planned_on=r.day, venue=r.venue,
                       venue_type=(r.venue_type or VenueType.OTHER).value, status="planned")
    return plan


# -- writing -------------------------------------------------------------------------------------------------------


def _write(plan: _Plan, writer: BulkWriter, progress: Progress, cancel: CancelToken) -> None:
    """Everything in the writer's one transaction, parents before children; edits of existing records through the
    ORM (so sync captures them), like the journal's widening of an existing tour."""
    writer.total = sum(len(rows) for rows in plan.tables())

    def step(done: int, all_: int, what: str) -> None:
        cancel.check()  # raising here rolls the whole transaction back
        progress(done, all_, what)

    writer.progress = step
    for rows in plan.tables():
        if len(rows):
            writer.insert_rows(rows, rows.table)
    if plan.group_changes or plan.periods:
        session = writer.session()
        try:
            for gid, (direction_id, head_id) in plan.group_changes.items():
                group = session.get(WorkingGroup, gid)
                if group is not None:
                    group.direction_id = direction_id or group.direction_id
                    group.head_id = head_id or group.head_id
                    group.updated_at = utcnow()
            for (table, record_id), (first, last) in plan.periods.items():
                record = (session.get(Campaign, record_id) if table == "campaign"
                          else session.get(Tour, record_id))
                if record is None:
                    continue
                starts = first if record.starts_on is None else min(record.starts_on, first)
                ends = last if record.ends_on is None else max(record.ends_on, last)
                if (starts, ends) != (record.starts_on, record.ends_on):
                    record.starts_on, record.ends_on = starts, ends
                    record.updated_at = utcnow()
            session.flush()
        finally:
            session.close()
    cancel.check()


# -- the use cases -------------------------------------------------------------------------------------------------


def preview_plan(
    ctx: Context, path: Path, progress: Progress = no_progress, cancel: CancelToken = NEVER_CANCELLED,
) -> PlanPreview:
    """Read and check the plan without writing: the rows, every problem (sheet, row, column, what is wrong), and
    what an import would create."""
    path = Path(path)
    parsed = _parse(path, progress, cancel)
    problems = list(parsed.problems)
    result = None
    if not problems:
        plan = _plan(ctx, parsed)
        problems = plan.problems
        result = None if problems else plan.result(dry_run=True)
    return PlanPreview(parsed.file, tuple(parsed.sheets), parsed.header_lang, tuple(parsed.route),
                       tuple(parsed.members), tuple(problems), result)


def may_import(ctx: Context) -> bool:
    """Setting up campaigns and groups is the work of a supervisor or coordinator; a member may still check a plan
    (the preview, --dry-run). Nobody signed in: a database without accounts, where nobody can be asked."""
    return allowed(ctx, "plan.import")


def import_plan(
    ctx: Context, path: Path, dry_run: bool = False, progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> PlanResult:
    """Import the plan all or nothing: ImportRefused listing every problem (nothing written), else what it names
    and the database lacks. `dry_run` only says what would be created."""
    started = time.perf_counter()
    path = Path(path)
    if not dry_run:
        require(ctx, "plan.import")
    parsed = _parse(path, progress, cancel)
    if parsed.problems:
        raise ImportRefused(parsed.file, parsed.problems)
    if dry_run:
        plan = _plan(ctx, parsed)
        if plan.problems:
            raise ImportRefused(parsed.file, plan.problems)
        return plan.result(dry_run=True, seconds=time.perf_counter() - started)
    # The write lock first, then the plan: what is already here cannot change before the rows go in.
    with bulk_transaction(ctx.db.engine) as writer:
        plan = _plan(ctx, parsed)
        if plan.problems:
            raise ImportRefused(parsed.file, plan.problems)
        _write(plan, writer, progress, cancel)
    seconds = time.perf_counter() - started
    result = plan.result(dry_run=False, seconds=seconds)
    log.info("plan imported: %d records created, %d groups changed, %.2f s", result.total, result.groups_changed,
             seconds)
    return result


