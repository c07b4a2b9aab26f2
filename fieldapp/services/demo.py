"""`fieldapp demo`: writes the demo database re-enacting the five seed stories, plus N synthetic months for benchmarks.

Everything goes through storage/bulk.py in one transaction; the content is deterministic for a given `today`.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from fieldapp.domain.enums import (
    ActivityType,
    Audience,
    ControlEventKind,
    Role,
    SignalChannel,
    SignalKind,
    SignalStatus,
    StopStatus,
    Topic,
    VenueType,
)
from fieldapp.domain.errors import StorageError, ValidationError
from fieldapp.domain.ids import device_code, registration_number, uuid7
from fieldapp.domain.iin import make_iin
from fieldapp.domain.workdays import HolidayCalendar, check_extension, default_deadline, max_extended_deadline
from fieldapp.domain.workdays import notify_by as notify_deadline
from fieldapp.services import demo_scenario as sc
from fieldapp.services import planning
from fieldapp.services.progress import Progress, no_progress
from fieldapp.storage.accounts import add_account
from fieldapp.storage.bulk import BulkWriter, Rows, bulk_transaction, sql_date, sql_datetime
from fieldapp.storage.database import open_database
from fieldapp.storage.files import atomic_path
from fieldapp.storage.local_meta import DEVICE_PATH, device_id, next_sequence, set_meta
from fieldapp.storage.tables import synced_tables

__all__ = ["DEMO_PASSWORD", "DEMO_USER", "RECEPTION_SEQUENCE", "DemoSummary", "build_demo"]

log = logging.getLogger(__name__)

DEMO_USER = "coordinator"
DEMO_PASSWORD = "demo"
# The per-device sequence that numbers talons (local_meta "seq.reception"): the demo reserves what it used, so the
# next reception typed on this laptop continues the numbering instead of colliding with a demo talon.
RECEPTION_SEQUENCE = "reception"

# Since 1 March 2024 all of Kazakhstan is on UTC+5; before, these regions were on UTC+6 (the seed-000 poll asks
# whether people got used to that change).
_TZ_CHANGE = date(2024, 3, 1)

_HELP_FOR_TOPIC: dict[Topic, str] = {
    Topic.BUSINESS: "grant or credit", Topic.EMPLOYMENT: "employment", Topic.SOCIAL: "targeted social assistance",
    Topic.PENSIONS: "targeted social assistance", Topic.HEALTH: "medical", Topic.LEGAL: "legal",
    Topic.FAMILY: "legal", Topic.DOCUMENTS: "legal",
}

# Columns of the fast path (every NOT NULL column, and the nullable ones the demo fills).
_RECEPTION_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "deleted", "reg_no", "received_at", "stop_id", "member_id",
    "applicant_name", "applicant_iin", "applicant_phone", "applicant_address", "applicant_settlement_id",
    "social_category", "consent_given", "consent_method", "consent_at", "appeal_form", "topic", "essence", "outcome",
    "help_kind", "responsible_org_id", "control_item_id",
)
_APPEAL_FORMS = ("application",) * 10 + ("request",) * 4 + ("complaint",) * 3 + ("proposal", "response", "notice")
_CONSENT_METHODS = ("signed",) * 4 + ("oral",)
_SYNCED = ("id", "created_at", "updated_at", "created_by", "deleted")


@dataclass(frozen=True)
class DemoSummary:
    """What build_demo wrote: rows per table and the anchors of the scenario."""

    path: Path
    today: date
    scale: int
    device_id: str
    rows: Mapping[str, int]
    seconds: float
    pilot_starts_on: date
    figures: Mapping[str, int] = field(default_factory=dict)

    @property
    def receptions(self) -> int:
        return self.rows.get("reception", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def lines(self, lang: str = "ru") -> list[str]:
        """A few lines for the command line: what was written and how to sign in."""
        f = self.figures
        zh = (f.get("zhambyl_activities", 0), f.get("zhambyl_came", 0), f.get("zhambyl_helped", 0),
              f.get("zhambyl_under_control", 0))
        if lang == "kk":
            return [
                f"Жазбалар: {self.total_rows}; азаматтарды қабылдау: {self.receptions}; ауқым: {self.scale} ай",
                "Жамбыл ауданы: {} іс-шара, {} адам келді, {} адамға көмек көрсетілді, {} мәселе бақылауға алынды"
                .format(*zh),
                f"Кіру: {DEMO_USER} / {DEMO_PASSWORD}",
            ]
        if lang == "en":
            return [
                f"Records: {self.total_rows}; citizen receptions: {self.receptions}; scale: {self.scale} month(s)",
                "Zhambyl district: {} activities, {} came, {} helped, {} taken under control".format(*zh),
                f"Sign in: {DEMO_USER} / {DEMO_PASSWORD}",
            ]
        return [
            f"Записей: {self.total_rows}; приёмов граждан: {self.receptions}; масштаб: {self.scale} мес.",
            "Жамбылский район: {} мероприятий, пришло {} человек, {} оказана помощь, {} взято на контроль"
            .format(*zh),
            f"Вход: {DEMO_USER} / {DEMO_PASSWORD}",
        ]


def build_demo(
    path: Path,
    scale: int = 0,
    force: bool = False,
    progress: Progress = no_progress,
    today: date | None = None,
    *,
    receptions_per_month: int = sc.RECEPTIONS_PER_MONTH,
) -> DemoSummary:
    """Write the demo database at `path` (DOMAIN.md, "The demo scenario") and return what it holds.

    An existing file is refused (StorageError "db.exists") unless `force`, which replaces it (and its -wal/-shm)
    once the new one is complete. The demo is built under a temporary name beside `path` and renamed at the end: a
    failed or killed build leaves no file at `path` to block the next try (and no half of one).

    `scale` adds that many synthetic four-week months of work in the campaign «Демо: масштаб» (other districts, so
    the seed figures stay exact); `receptions_per_month` shrinks them for tests and quick benchmarks.
    """
    path = Path(path)
    if scale < 0 or receptions_per_month < 0:
        raise ValueError("scale and receptions_per_month must not be negative")
    today = today or date.today()
    _check_target(path, force)
    started = time.perf_counter()
    building: Path | None = None
    try:
        with atomic_path(path, make_folder=True, database=True) as building, \
                open_database(building, create=True) as db, \
                bulk_transaction(db.engine, progress=progress) as writer:
            session = writer.session()
            try:
                this_device = device_id(session)
                demo = _Demo(today, HolidayCalendar.load(), this_device, scale, receptions_per_month)
                demo.build_seed()
                months = _ScaleMonths(demo, receptions_per_month) if scale else None
                first = months.month(1) if months else []
                writer.total = demo.row_count() + scale * sum(len(rows) for _, _, rows in first)
                demo.write_seed(writer)
                for m in range(1, scale + 1):
                    assert months is not None
                    _write_batches(writer, first if m == 1 else months.month(m), f"месяц {m} из {scale}")
                    first = []  # let the first month's tuples go once written
                if demo.receptions.seq:
                    next_sequence(session, RECEPTION_SEQUENCE, demo.receptions.seq)
                add_account(session, DEMO_USER, DEMO_PASSWORD, Role.COORDINATOR, demo.member(sc.COORDINATOR_MEMBER))
                session.flush()
                # The file records where it lives (a copy elsewhere takes a new device id): its place after the
                # rename, not the temporary one it is built at.
                set_meta(session, DEVICE_PATH, str(path.parent.resolve() / path.name))
            finally:
                session.close()
            counts = dict(writer.counts)
    except StorageError as exc:
        if building is None or exc.params.get("path") != building:
            raise
        # A full disk or the like, met in the file being built: the user knows it by the name they gave.
        raise StorageError(exc.code, exc.field, where=exc.where, **{**exc.params, "path": path}) from exc
    counts["account"] = 1
    seconds = time.perf_counter() - started
    log.info("demo database written: %d rows in %.1f s (scale %d)", sum(counts.values()), seconds, scale)
    return DemoSummary(path=path, today=today, scale=scale, device_id=this_device, rows=counts, seconds=seconds,
                       pilot_starts_on=demo.pilot_start, figures=demo.figures)


def _check_target(path: Path, force: bool) -> None:
    if path.is_dir() or ((path.exists() or path.is_symlink()) and not force):
        raise StorageError("db.exists", path=path)


Batch = list[tuple[str, Sequence[str], list[tuple[object, ...]]]]


def _write_batches(writer: BulkWriter, batches: Batch, what: str) -> None:
    for table, columns, rows in batches:
        writer.insert(table, columns, rows, f"{what}: {table}")


# -- time and working days ----------------------------------------------------------------------------------------


def _utc(local: datetime) -> datetime:
    return local - timedelta(hours=5 if local.date() >= _TZ_CHANGE else 6)


class _Workdays:
    """The demo's working days as the rotation generator asks for them."""

    def __init__(self, days: _Days) -> None:
        self.days = days

    def is_working_day(self, d: date) -> bool:
        return self.days.is_working(d)


class _Days:
    """Working days from the holiday calendar; a year without a calendar file counts weekends only (the demo must
    build for any `today`, the deadlines of real items never take this path)."""

    def __init__(self, cal: HolidayCalendar) -> None:
        self.cal = cal
        self._working: dict[date, bool] = {}
        self._deadline: dict[date, tuple[date, date]] = {}

    def is_working(self, d: date) -> bool:
        known = self._working.get(d)
        if known is None:
            try:
                known = self.cal.is_working_day(d)
            except ValidationError:
                known = d.weekday() < 5
            self._working[d] = known
        return known

    def next_working(self, d: date) -> date:
        while not self.is_working(d):
            d += timedelta(days=1)
        return d

    def add(self, d: date, n: int) -> date:
        for _ in range(n):
            d = self.next_working(d + timedelta(days=1))
        return d

    def deadlines(self, registered: date) -> tuple[date, date]:
        """(deadline, notify by) of an item registered that day: 15 and 3 working days."""
        known = self._deadline.get(registered)
        if known is None:
            try:
                known = (default_deadline(registered, self.cal), notify_deadline(registered, self.cal))
            except ValidationError:
                known = (self.add(registered, 15), self.add(registered, 3))
            self._deadline[registered] = known
        return known


# -- synthetic residents -------------------------------------------------------------------------------------------


class _Residents:
    """A pool of obviously synthetic residents (name, valid IIN, phone, category), built once per demo."""

    SEED_POOL = 600  # the seed stories draw from the first residents, so scale does not change who they are

    def __init__(self, size: int) -> None:
        rng = random.Random("fieldapp-demo-residents")
        self.names: list[str] = []
        self.iins: list[str] = []
        self.phones: list[str] = []
        self.streets: list[str] = []
        self.categories: list[str] = []
        seen: set[str] = set()
        first_m, first_f = sc.FIRST_NAMES_MALE, sc.FIRST_NAMES_FEMALE
        sur_m, sur_f = sc.SURNAMES_MALE, sc.SURNAMES_FEMALE
        middle = ("unemployed", "large family", "entrepreneur", "person with disability", "other", "other")
        base = date(1945, 1, 1).toordinal()
        span = date(2006, 12, 31).toordinal() - base
        for i in range(1, size + 1):
            male = rng.random() < 0.48
            birth = date.fromordinal(base + rng.randrange(span))
            serial = i
            iin = make_iin(birth, male, serial % 10000)
            while iin in seen:  # make_iin may step the serial onto a neighbour's number
                serial += 7919
                iin = make_iin(birth, male, serial % 10000)
            seen.add(iin)
            if male:
                name = f"Демо {first_m[rng.randrange(len(first_m))]} {sur_m[rng.randrange(len(sur_m))]}-{i:03d}"
            else:
                name = f"Демо {first_f[rng.randrange(len(first_f))]} {sur_f[rng.randrange(len(sur_f))]}-{i:03d}"
            self.names.append(name)
            self.iins.append(iin)
            self.phones.append(f"+7 700 0{i // 10000:02d} {i // 100 % 100:02d} {i % 100:02d}")
            self.streets.append(f"ул. Тестовая, {i % 150 + 1}")
            if birth.year <= 1961:
                self.categories.append("pensioner")
            elif birth.year >= 1996:
                self.categories.append("youth")
            else:
                self.categories.append(middle[rng.randrange(len(middle))])

    def __len__(self) -> int:
        return len(self.names)


@dataclass
class _NewControl:
    """A reception taken under control, remembered so its item, link and events can be written."""

    item_id: str
    reception_id: str
    topic: Topic
    org_id: str | None
    day: date
    member_id: str
    settlement_id: str
    place: str


class _Receptions:
    """Turns "this stop received n residents with these outcomes" into reception tuples with minimal per-row work."""

    def __init__(self, residents: _Residents, device: str) -> None:
        self.residents = residents
        self.device = device
        self.seq = 0
        self.controls: list[_NewControl] = []

    def make(
        self,
        rng: random.Random,
        *,
        stop_id: str,
        settlement_id: str,
        settlement_ru: str,
        day: date,
        start_hour: int,
        members: Sequence[str],
        group_code: str,
        outcomes: Sequence[str],
        topics: Sequence[Topic],
        referrals: Mapping[Topic, str],
        preset_controls: Sequence[tuple[str, Topic, str]] = (),
        pool: int = 0,
    ) -> list[tuple[object, ...]]:
        n = len(outcomes)
        if not n:
            return []
        res = self.residents
        pool = pool or len(res)
        prefix = registration_number(group_code, self.device, 0).removesuffix("00000")
        day_str = sql_date(day)
        offset = 5 if day >= _TZ_CHANGE else 6
        # Spread the receptions over the afternoon: a few minutes each, never past midnight.
        step = max(20, min(240, 8 * 3600 // n))
        t0 = start_hour * 3600 + 1800
        n_members = len(members)
        n_topics = len(topics)
        presets = list(preset_controls)
        rows: list[tuple[object, ...]] = []
        append = rows.append
        randrange = rng.randrange
        for k, outcome in enumerate(outcomes):
            r = randrange(pool)
            secs = t0 + (k * step) % 36000  # wraps within 10:30–20:30 however many come
            hh, rem = divmod(secs, 3600)
            mm, ss = divmod(rem, 60)
            at = f"{day_str} {hh:02d}:{mm:02d}:{ss:02d}.000000"
            stamp = f"{day_str} {hh - offset:02d}:{mm:02d}:{ss:02d}.000000"
            member = members[k % n_members]
            rid = uuid7()
            self.seq += 1
            control_id: str | None = None
            org: str | None = None
            help_kind: str | None = None
            if outcome == "taken under control":
                if presets:
                    control_id, topic, org = presets.pop(0)
                else:
                    topic = topics[randrange(n_topics)]
                    control_id, org = uuid7(), referrals.get(topic)
                self.controls.append(
                    _NewControl(control_id, rid, topic, org, day, member, settlement_id, settlement_ru))
            else:
                topic = topics[randrange(n_topics)]
                if outcome == "referred":
                    org = referrals.get(topic)
                elif outcome == "help provided":
                    help_kind = _HELP_FOR_TOPIC.get(topic, "other")
            append((
                rid, stamp, stamp, member, 0, f"{prefix}{self.seq:05d}", at, stop_id, member,
                res.names[r], res.iins[r], res.phones[r], f"{settlement_ru}, {res.streets[r]}", settlement_id,
                res.categories[r], 1, _CONSENT_METHODS[k % 5], at, _APPEAL_FORMS[(k * 7 + r) % 20], topic.value,
                sc.ESSENCES[topic][r & 1], outcome, help_kind, org, control_id,
            ))
        return rows


def _outcomes(mix: sc.Mix) -> list[str]:
    return (["explained"] * mix.explained + ["resolved on the spot"] * mix.resolved + ["help provided"] * mix.helped
            + ["referred"] * mix.referred + ["taken under control"] * mix.control)


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` cut into `parts` non-negative counts that sum exactly to it."""
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


# -- the seed scenario ---------------------------------------------------------------------------------------------


class _Demo:
    """Collects the seed scenario's rows (small: a few thousand) table by table, then writes them in FK order."""

    # Parents before children, as the schema's foreign keys (checked on every insert) require.
    TABLES = tuple(t for t in synced_tables() if t != "photo")

    def __init__(self, today: date, cal: HolidayCalendar, this_device: str, scale: int, per_month: int) -> None:
        self.today = today
        self.days = _Days(cal)
        self.rng = random.Random(f"fieldapp-demo:{today.isoformat()}")
        self.device = this_device
        self.other_device = uuid7()  # a second laptop of the same working groups: counters are rows per device
        self.scale = scale
        self.rows = {t: Rows(t) for t in self.TABLES if t != "reception"}
        self.reception_rows: list[tuple[object, ...]] = []
        self.ids: dict[str, str] = {}
        self.settlement_names: dict[str, str] = {}
        self.group_codes: dict[str, str] = {}
        self.group_members: dict[str, list[str]] = {}
        pool = max(_Residents.SEED_POOL, min(6000, scale * per_month // 3))
        self.receptions = _Receptions(_Residents(pool), device_code(this_device))
        start = today - timedelta(weeks=sc.PILOT_STARTS_WEEKS_BEFORE_TODAY)
        self.pilot_start = start - timedelta(days=start.weekday())
        self.scale_start = self.pilot_start - timedelta(weeks=sc.SCALE_WEEKS_PER_MONTH * scale)
        first_seed_day = min(date(2020, 1, 6), self.scale_start)
        self.setup_at = datetime.combine(first_seed_day - timedelta(days=7), datetime.min.time()).replace(hour=9)
        self.figures: dict[str, int] = {}
        # Filled by _scale_reference() when scale > 0.
        self.scale_places: dict[str, list[tuple[str, str, float, float]]] = {}
        self.scale_groups: list[tuple[str, str, str, list[str]]] = []  # (group id, code, direction code, members)
        self.scale_options: list[str] = []

    # -- small helpers --

    def member(self, key: str) -> str:
        return self.ids[f"member:{key}"]

    def org(self, key: str) -> str:
        return self.ids[f"org:{key}"]

    def add(self, table: str, at: datetime, by: str | None, key: str | None = None, /, **values: object) -> str:
        """A row of `table` written at local time `at` by member `by`; `key` names it for later lookups."""
        row_id = uuid7()
        stamp = _utc(at)
        self.rows[table].add(id=row_id, created_at=stamp, updated_at=stamp, created_by=by, deleted=False, **values)
        if key:
            self.ids[key] = row_id
        return row_id

    def row_count(self) -> int:
        return sum(len(r) for r in self.rows.values()) + len(self.reception_rows)

    def write_seed(self, writer: BulkWriter) -> None:
        for table in self.TABLES:
            if table == "reception":
                writer.insert("reception", _RECEPTION_COLUMNS, self.reception_rows, "сценарий: reception")
            elif len(self.rows[table]):
                writer.insert_rows(self.rows[table], f"сценарий: {table}")

    # -- the scenario --

    def build_seed(self) -> None:
        self._reference_data()
        self._caravan()
        self._antidrug_karaganda()
        self._north_kazakhstan()
        self._pilot()
        self._azbuka()
        if self.scale:
            self._scale_reference()
        self._figures()

    def _reference_data(self) -> None:
        at = self.setup_at
        for d in sc.DIRECTIONS:
            self.add("direction", at, None, f"direction:{d.code}", code=d.code, name_ru=d.ru, name_kk=d.kk,
                     name_en=d.en)
        for r in sc.REGIONS:
            self.add("region", at, None, f"region:{r.key}", name_ru=r.ru, name_kk=r.kk, kato=None)
        for dist in sc.DISTRICTS:
            self.add("district", at, None, f"district:{dist.key}", region_id=self.ids[f"region:{dist.region}"],
                     name_ru=dist.ru, name_kk=dist.kk, kato=None)
        for s in sc.SETTLEMENTS:
            self.add("settlement", at, None, f"settlement:{s.key}", district_id=self.ids[f"district:{s.district}"],
                     name_ru=s.ru, name_kk=s.kk, kato=None, latitude=s.lat, longitude=s.lon)
            self.settlement_names[s.key] = s.ru
        for o in sc.ORGANIZATIONS:
            if o.key.startswith("demo_") and not self.scale:
                continue
            self.add("organization", at, None, f"org:{o.key}", name_ru=o.ru, name_kk=o.kk, short_name=o.short,
                     kind=o.kind, region_id=self.ids[f"region:{o.region}"] if o.region else None)
        for p in sc.MEMBERS:
            self.add("member", at, None, f"member:{p.key}", full_name=p.name, position=p.position, rank=p.rank,
                     organization_id=self.org(p.org), phone=p.phone)
        coordinator = self.member(sc.COORDINATOR_MEMBER)
        for c in sc.CAMPAIGNS:
            starts, ends = c.starts_on, c.ends_on
            if c.key == "pilot":
                starts = self.pilot_start
                ends = self.pilot_start + timedelta(weeks=sc.PILOT_WEEKS - 1, days=4)
            created = datetime.combine(starts - timedelta(days=14), datetime.min.time()).replace(hour=9) \
                if starts else at
            self.add("campaign", created, coordinator, f"campaign:{c.key}", title_ru=c.title_ru, title_kk=c.title_kk,
                     kind=c.kind, organizer_id=self.org(c.organizer),
                     region_id=self.ids[f"region:{c.region}"] if c.region else None, starts_on=starts, ends_on=ends,
                     goal=c.goal)
        for key, campaign, name, code, direction, head, members in sc.GROUPS:
            gid = self.add("working_group", at, coordinator, f"group:{key}",
                           campaign_id=self.ids[f"campaign:{campaign}"], name=name, code=code,
                           direction_id=self.ids[f"direction:{direction}"], head_id=self.member(head))
            self.group_codes[key] = code
            self.group_members[key] = [self.member(head)] + [self.member(m) for m in members]
            self.add("group_member", at, coordinator, group_id=gid, member_id=self.member(head), role="head")
            for m in members:
                self.add("group_member", at, coordinator, group_id=gid, member_id=self.member(m), role="member")

    # -- tours and stops --

    def _tour(self, title: str, campaign: str, group: str, starts: date, ends: date, notes: str = "") -> str:
        head = self.group_members[group][0]
        created = datetime.combine(starts - timedelta(days=3), datetime.min.time()).replace(hour=9)
        tid = self.add("tour", created, head, campaign_id=self.ids[f"campaign:{campaign}"], title=title,
                       starts_on=starts, ends_on=ends, notes=notes)
        self.add("tour_group", created, head, tour_id=tid, group_id=self.ids[f"group:{group}"])
        return tid

    def _stop(self, tour_id: str, group: str, seq: int, day: date, spec: sc.StopSpec,
              referrals: Mapping[Topic, str], campaign: str) -> str:
        """A done (or cancelled) stop with its head counts, organisations, activities and receptions."""
        members = self.group_members[group]
        head = members[0]
        settlement_id = self.ids[f"settlement:{spec.settlement}"]
        arrived = datetime.combine(day, datetime.min.time()).replace(hour=spec.hour)
        n_acts = len(spec.activities)
        departed = arrived + timedelta(hours=2 + n_acts, minutes=30)
        if spec.cancelled:
            return self.add("stop", arrived - timedelta(days=5), head, tour_id=tour_id, settlement_id=settlement_id,
                            seq=seq, planned_on=day, venue=spec.venue, venue_type=spec.venue_type,
                            status=StopStatus.CANCELLED, cancel_reason=spec.cancelled, notes=spec.notes)
        sid = self.add("stop", arrived, head, tour_id=tour_id, settlement_id=settlement_id, seq=seq, planned_on=day,
                       venue=spec.venue, venue_type=spec.venue_type, arrived_at=arrived, departed_at=departed,
                       status=StopStatus.DONE, headcount_approximate=spec.approximate, notes=spec.notes)
        for device, count in zip((self.device, self.other_device), spec.headcounts, strict=False):
            self.add("stop_headcount", departed, members[-1] if device == self.other_device else head, stop_id=sid,
                     device_id=device, count=count)
        for org in spec.orgs:
            self.add("stop_organization", arrived, head, stop_id=sid, organization_id=self.org(org))
        for k, act in enumerate(spec.activities):
            held = arrived + timedelta(minutes=40 * k)
            self.add("activity", held, head, stop_id=sid, type=act.type, audience=act.audience, title=act.title,
                     held_at=held, participants=act.participants, handouts=act.handouts,
                     publications=act.publications, description=act.description)
        outcomes = _outcomes(spec.mix)
        if outcomes:
            presets: list[tuple[str, Topic, str]] = []
            for c in spec.controls:
                item = self._control_item(c, day, settlement_id, campaign, head)
                presets.extend([(item, c.topic, self.org(c.responsible))] * c.receptions)
            assert len(presets) == spec.mix.control, spec
            # Shuffle so outcomes are not in blocks, but deterministically.
            self.rng.shuffle(outcomes)
            self.reception_rows.extend(self.receptions.make(
                self.rng, stop_id=sid, settlement_id=settlement_id,
                settlement_ru=self.settlement_names[spec.settlement], day=day, start_hour=spec.hour, members=members,
                group_code=self.group_codes[group], outcomes=outcomes, topics=spec.topics,
                referrals={t: self.org(o) for t, o in referrals.items()}, preset_controls=presets,
                pool=_Residents.SEED_POOL,
            ))
            for new in self.receptions.controls:
                self.add("control_reception", arrived + timedelta(hours=1), new.member_id,
                         control_item_id=new.item_id, reception_id=new.reception_id)
            self.receptions.controls.clear()
        return sid

    def _control_item(self, c: sc.ControlSpec, day: date, settlement_id: str, campaign: str, by: str) -> str:
        deadline, notify = self.days.deadlines(day)
        at = datetime.combine(day, datetime.min.time()).replace(hour=17)
        events: list[tuple[str, datetime, str, date | None]] = [(ControlEventKind.OPENED, at, "", None)]
        events.append((ControlEventKind.NOTIFIED, self._at(self.days.add(day, 2), 11), "Заявитель уведомлён", None))
        current = deadline
        if c.fate in ("extended_open", "extended_resolved"):
            when = self.days.add(day, 10)
            if c.fate == "extended_open":
                # Still open, but not overdue: the new deadline lies ahead of today (within the two-month limit).
                new = min(max_extended_deadline(day), self.today + timedelta(days=10))
            else:
                new = self.days.add(deadline, 10)
            reason = sc.EXTENSION_REASONS[len(c.title) % len(sc.EXTENSION_REASONS)]
            check_extension(day, deadline, new, reason)
            events.append((ControlEventKind.EXTENDED, self._at(when, 15), reason, new))
            current = new
        if c.fate in ("resolved", "extended_resolved"):
            done = self.days.add(day, 8) if c.fate == "resolved" else self.days.add(deadline, 5)
            events.append((ControlEventKind.RESOLVED, self._at(min(done, self.today), 16), "Вопрос решён", None))
        if c.fate in ("overdue", "in_progress"):
            events.append((ControlEventKind.IN_PROGRESS, self._at(self.days.add(day, 3), 10),
                           "Направлен запрос ответственному органу", None))
        item = self.add("control_item", at, by, title=c.title, description=c.description,
                        campaign_id=self.ids[f"campaign:{campaign}"], settlement_id=settlement_id,
                        responsible_org_id=self.org(c.responsible), registered_on=day, deadline=current,
                        notify_by=notify)
        for kind, when_at, note, new_deadline in events:
            self.add("control_event", when_at, by, control_item_id=item, kind=kind, at=when_at, by_member_id=by,
                     note=note, new_deadline=new_deadline)
        return item

    @staticmethod
    def _at(day: date, hour: int) -> datetime:
        return datetime.combine(day, datetime.min.time()).replace(hour=hour)

    def _spec_tour(self, spec: sc.TourSpec, campaign: str, referrals: Mapping[Topic, str]) -> list[str]:
        last = spec.starts_on + timedelta(days=max(s.day for s in spec.stops))
        tid = self._tour(spec.title, campaign, spec.group, spec.starts_on, last, spec.notes)
        return [self._stop(tid, spec.group, i + 1, spec.starts_on + timedelta(days=s.day), s, referrals, campaign)
                for i, s in enumerate(spec.stops)]

    # -- seed 000: the caravan and the poll --

    def _caravan(self) -> None:
        stops = self._spec_tour(sc.CARAVAN_TOUR, "caravan", sc.KARAGANDA_REFERRALS)
        by = self.group_members["caravan"][0]
        at = self._at(sc.CARAVAN_TOUR.starts_on - timedelta(days=1), 12)
        poll = self.add("poll", at, by, campaign_id=self.ids["campaign:caravan"], question_ru=sc.POLL_QUESTION_RU,
                        question_kk=sc.POLL_QUESTION_KK)
        devices = (self.device, self.other_device)
        for seq, (ru, kk, total) in enumerate(sc.POLL_OPTIONS, start=1):
            option = self.add("poll_option", at, by, poll_id=poll, seq=seq, label_ru=ru, label_kk=kk)
            # Each laptop at each stop keeps its own counter; the answer is their sum (SYNC.md "Counters").
            shares = _split(total, len(stops) * len(devices), self.rng)
            for i, count in enumerate(shares):
                if count:
                    self.add("poll_tally", at + timedelta(days=3), by, option_id=option, stop_id=stops[i // 2],
                             device_id=devices[i % 2], count=count)

    # -- seed 001 --

    def _antidrug_karaganda(self) -> None:
        self._spec_tour(sc.ANTIDRUG_KRG_TOUR, "antidrug_krg", sc.KARAGANDA_REFERRALS)

    # -- seed 002 --

    def _north_kazakhstan(self) -> None:
        rng = self.rng
        templates = sc.SKO_EVENT_TEMPLATES
        days: list[date] = []
        d = sc.SKO_START
        while len(days) * 3 < sc.SKO_EVENTS:
            d = self.days.next_working(d)
            days.append(d)
            d += timedelta(days=1)
        months: dict[int, list[date]] = {}
        for d in days:
            months.setdefault(d.month, []).append(d)
        month_names = {1: "январь", 2: "февраль", 3: "март"}
        k = 0
        for month, month_days in months.items():
            tid = self._tour(f"Профилактические встречи со школьниками и молодёжью: {month_names[month]} 2020",
                             "antidrug_sko", "antidrug_sko", month_days[0], month_days[-1])
            for seq, day in enumerate(month_days, start=1):
                settlement = sc.SKO_SCHOOL_SETTLEMENTS[k % len(sc.SKO_SCHOOL_SETTLEMENTS)]
                college = k % 6 == 5
                venue = "Колледж, актовый зал" if college else f"Средняя школа № {rng.randint(1, 45)}"
                audience = Audience.STUDENTS if college else Audience.SCHOOLCHILDREN
                came = rng.randint(60, 240)
                acts = tuple(
                    sc.Act(templates[(k + j) % len(templates)][0], audience, templates[(k + j) % len(templates)][1],
                           came // 3 + rng.randint(0, 20))
                    for j in range(3)
                )
                spec = sc.StopSpec(settlement, 0, 10 + k % 5, venue, VenueType.COLLEGE if college else VenueType.SCHOOL,
                                   (came,), acts, ("upn_sko",))
                self._stop(tid, "antidrug_sko", seq, day, spec, {}, "antidrug_sko")
                k += 1
        quarantine = (
            sc.StopSpec("petropavl", 0, 11, "Онлайн: официальные аккаунты ДП СКО в социальных сетях", VenueType.OTHER,
                        (), tuple(sc.Act(ActivityType.VIDEO, Audience.SCHOOLCHILDREN, title, 0,
                                         "Видеоролик клуба волонтёров «Қамқор» о профилактике наркомании.",
                                         publications=3)
                                  for title in ("Видеоролик «Есірткіге жол жоқ» (на казахском языке)",
                                                "Видеоролик «Скажи нет наркотикам» (на русском языке)",
                                                "Видеоролик «Не стань курьером»", "Видеоролик «Выбери жизнь»")),
                        ("upn_sko", "kamkor")),
            *(sc.StopSpec("petropavl", day, 10, "Дворы жилых домов, совместно с председателями КСК", VenueType.OTHER,
                          (people,), (sc.Act(ActivityType.ACTION, Audience.GENERAL,
                                             "Закрашивание наркограффити с волонтёрами «Қамқор» и КСК", people),),
                          ("upn_sko", "kamkor", "ksk_petropavl"))
              for day, people in ((14, 18), (35, 22))),
        )
        self._spec_tour(sc.TourSpec("Апрель — май 2020: профилактика в условиях карантина", date(2020, 4, 14),
                                    "antidrug_sko", quarantine), "antidrug_sko", {})
        self._graffiti()

    def _graffiti(self) -> None:
        rng = self.rng
        statuses = [status for status, n in sc.SKO_GRAFFITI_STATUSES for _ in range(n)]
        rng.shuffle(statuses)
        places = [(key, jitter) for key, n, jitter in sc.SKO_GRAFFITI_PLACES for _ in range(n)]
        coords = {s.key: (s.lat, s.lon) for s in sc.SETTLEMENTS}
        start = datetime(2020, 1, 10, 9)
        span_minutes = int((datetime(2020, 5, 18, 20) - start).total_seconds() // 60)
        received = sorted(start + timedelta(minutes=rng.randrange(span_minutes)) for _ in statuses)
        handlers = (self.member("sko_officer"), self.member("sko_upn"), self.member("sko_kamkor"))
        for i, (status, (key, jitter), at) in enumerate(zip(statuses, places, received, strict=True)):
            lat0, lon0 = coords[key]
            assert lat0 is not None and lon0 is not None
            # A longitude degree is shorter at 54°N: stretch the jitter so the scatter looks round on a map.
            lat = round(lat0 + rng.uniform(-jitter, jitter), 6)
            lon = round(lon0 + rng.uniform(-jitter, jitter) * 1.7, 6)
            spot = sc.SKO_GRAFFITI_SPOTS[i % len(sc.SKO_GRAFFITI_SPOTS)]
            street = sc.SKO_STREETS[rng.randrange(len(sc.SKO_STREETS))]
            resolved_at = None
            if status == SignalStatus.REMOVED:
                resolved_at = at + timedelta(days=rng.randint(1, 6), hours=3)
            elif status == SignalStatus.REJECTED:
                resolved_at = at + timedelta(days=1)
            handled = handlers[i % 3] if status != SignalStatus.RECEIVED else None
            self.add("signal", at, handlers[0], kind=SignalKind.DRUG_GRAFFITI,
                     description=f"Надпись с адресом интернет-магазина наркотиков {spot}"
                     + (" — закрашена вместе с КСК" if status == SignalStatus.REMOVED else ""),
                     address=f"{self.settlement_names[key]}, {street}, {rng.randint(1, 120)}", latitude=lat,
                     longitude=lon, channel=SignalChannel.MESSENGER, reporter="", received_at=at, status=status,
                     handled_by_id=handled, settlement_id=self.ids[f"settlement:{key}"],
                     campaign_id=self.ids["campaign:antidrug_sko"], resolved_at=resolved_at)

    # -- seed 003: «Мир и согласие» --

    def _pilot(self) -> None:
        coordinator = self.member(sc.COORDINATOR_MEMBER)
        start = self.pilot_start
        planned_at = self._at(start - timedelta(days=7), 10)
        # Planned by the app's own generator (services/planning.rotate), over the pilot's weeks: group g of this
        # order starts in district g and moves one district on each round, as seed 003 describes the pilot.
        groups = sorted(sc.PILOT_FIRST_DISTRICT, key=sc.PILOT_FIRST_DISTRICT.__getitem__)
        last_friday = start + timedelta(weeks=sc.PILOT_WEEKS - 1, days=4)
        rotation = planning.rotate([self.ids[f"group:{g}"] for g in groups],
                                   [self.ids[f"district:{d}"] for d in sc.PILOT_DISTRICTS], start, last_friday,
                                   _Workdays(self.days))
        group_of = {self.ids[f"group:{g}"]: g for g in groups}
        district_of = {self.ids[f"district:{d}"]: d for d in sc.PILOT_DISTRICTS}
        for n, (group_id, district_id, monday, friday) in enumerate(rotation):
            group, district, week = group_of[group_id], district_of[district_id], n // len(groups)
            self.add("rotation_slot", planned_at, coordinator, campaign_id=self.ids["campaign:pilot"],
                     group_id=group_id, district_id=district_id, starts_on=monday, ends_on=friday)
            stops = sc.ZHAMBYL_STOPS[group] if district == "zhambyl" else sc.PILOT_OTHER_STOPS[(group, district)]
            district_name = next(d.ru for d in sc.DISTRICTS if d.key == district)
            tid = self._tour(f"«Мир и согласие»: {district_name}, неделя {week + 1}", "pilot", group, monday,
                             friday)
            for seq, spec in enumerate(stops, start=1):
                day = self.days.next_working(monday + timedelta(days=spec.day))
                self._stop(tid, group, seq, day, spec, sc.PILOT_REFERRALS, "pilot")
        self._follow_up()

    def _follow_up(self) -> None:
        """A tour still ahead of `today`: planned stops, nothing done yet."""
        title, group, stops = sc.FOLLOW_UP_TOUR
        first = self.days.next_working(self.today + timedelta(days=9))
        days = [first]
        for _ in stops[1:]:
            days.append(self.days.next_working(days[-1] + timedelta(days=1)))
        head = self.group_members[group][0]
        tid = self._tour(title, "pilot", group, days[0], days[-1], "Повторный выезд: контроль исполнения поручений.")
        created = self._at(self.today - timedelta(days=2), 10)
        for seq, ((settlement, venue), day) in enumerate(zip(stops, days, strict=True), start=1):
            self.add("stop", min(created, self._at(day, 9)), head, tour_id=tid,
                     settlement_id=self.ids[f"settlement:{settlement}"], seq=seq, planned_on=day, venue=venue,
                     venue_type=VenueType.AKIMAT if seq == 1 else VenueType.CULTURE_HOUSE, status=StopStatus.PLANNED)

    # -- seed 004 --

    def _azbuka(self) -> None:
        self._spec_tour(sc.AZBUKA_TOUR, "azbuka", sc.KARAGANDA_REFERRALS)

    # -- what the scale months need: districts, bodies, groups, a poll --

    def _scale_reference(self) -> None:
        at = self.setup_at
        coordinator = self.member(sc.COORDINATOR_MEMBER)
        for region, d_ru, d_kk, settlements in sc.SCALE_PLACES:
            did = self.add("district", at, None, region_id=self.ids[f"region:{region}"], name_ru=d_ru, name_kk=d_kk,
                           kato=None)
            for s_ru, s_kk, lat, lon in settlements:
                sid = self.add("settlement", at, None, district_id=did, name_ru=s_ru, name_kk=s_kk, kato=None)
                self.scale_places.setdefault(region, []).append((sid, s_ru, lat, lon))
        campaign = self.add("campaign", at, coordinator, "campaign:scale", title_ru=sc.SCALE_TITLE,
                            title_kk="Демо: ауқым", kind="reception day", organizer_id=self.org("demo_akimat"),
                            region_id=None, starts_on=self.scale_start, ends_on=self.pilot_start - timedelta(days=1),
                            goal="Синтетические месяцы выездных приёмов для нагрузочных замеров "
                                 "(fieldapp demo --scale).")
        first_m, first_f = sc.FIRST_NAMES_MALE, sc.FIRST_NAMES_FEMALE
        for g in range(sc.SCALE_GROUPS):
            direction = sc.DIRECTIONS[g % len(sc.DIRECTIONS)]
            members = []
            for j in range(4):
                n = g * 4 + j + 1
                name = (f"Демо {first_m[n % len(first_m)]} Сотрудников-{n:02d}" if n % 2
                        else f"Демо {first_f[n % len(first_f)]} Сотрудникова-{n:02d}")
                org = "demo_akimat" if j % 2 else "demo_police"
                members.append(self.add("member", at, coordinator, full_name=name, position="член рабочей группы",
                                        organization_id=self.org(org), phone=f"+7 700 000 8{g} {j:02d}"))
            code = f"ДМ{g + 1:02d}"
            gid = self.add("working_group", at, coordinator, campaign_id=campaign,
                           name=f"Демо-группа № {g + 1:02d}: {direction.ru}", code=code,
                           direction_id=self.ids[f"direction:{direction.code}"], head_id=members[0])
            for j, m in enumerate(members):
                self.add("group_member", at, coordinator, group_id=gid, member_id=m,
                         role="head" if j == 0 else "member")
            self.scale_groups.append((gid, code, direction.code, members))
        poll = self.add("poll", at, coordinator, campaign_id=campaign, question_ru=sc.SCALE_POLL_QUESTION[0],
                        question_kk=sc.SCALE_POLL_QUESTION[1])
        self.scale_options = [self.add("poll_option", at, coordinator, poll_id=poll, seq=i + 1, label_ru=ru,
                                       label_kk=kk) for i, (ru, kk) in enumerate(sc.SCALE_POLL_OPTIONS)]

    # -- figures the tests and the CLI summary quote --

    def _figures(self) -> None:
        self.figures = {
            "zhambyl_activities": sc.ZHAMBYL_ACTIVITIES, "zhambyl_came": sc.ZHAMBYL_CAME,
            "zhambyl_helped": sc.ZHAMBYL_HELPED, "zhambyl_under_control": sc.ZHAMBYL_CONTROL,
            "poll_answers": sum(n for _, _, n in sc.POLL_OPTIONS), "graffiti_signals": sc.SKO_GRAFFITI,
        }


# -- the synthetic months ------------------------------------------------------------------------------------------


class _ScaleMonths:
    """Generates one synthetic four-week month of the «Демо: масштаб» campaign as ready-to-insert tuples.

    Every month has the same number of rows of each kind (fixed structure, exact outcome counts), so the first one
    tells the progress bar the total.
    """

    def __init__(self, demo: _Demo, per_month: int) -> None:
        self.demo = demo
        self.per_month = per_month
        self.org_ids = {topic: demo.org(key) for topic, key in sc.SCALE_REFERRALS.items()}
        self.host_orgs = (demo.org("demo_akimat"), demo.org("demo_police"))
        self.topics = tuple(Topic)
        self.campaign = demo.ids["campaign:scale"]
        n_stops = sc.SCALE_GROUPS * sc.SCALE_WEEKS_PER_MONTH * sc.SCALE_STOPS_PER_TOUR
        base, extra = divmod(per_month, n_stops)
        self.per_stop = [base + (1 if i < extra else 0) for i in range(n_stops)]
        # Exact shares of a realistic outcome mix (the seed's Zhambyl district: mostly explained and helped).
        control = round(per_month * 0.03)
        helped = round(per_month * 0.22)
        referred = round(per_month * 0.18)
        resolved = round(per_month * 0.17)
        explained = per_month - control - helped - referred - resolved
        self.outcome_pool = (["explained"] * explained + ["resolved on the spot"] * resolved
                             + ["help provided"] * helped + ["referred"] * referred
                             + ["taken under control"] * control)

    def month(self, m: int) -> Batch:
        demo = self.demo
        rng = random.Random(f"fieldapp-demo-scale:{demo.today.isoformat()}:{m}")
        month_start = demo.pilot_start - timedelta(weeks=sc.SCALE_WEEKS_PER_MONTH * m)
        outcomes = list(self.outcome_pool)
        rng.shuffle(outcomes)
        tours: list[tuple[object, ...]] = []
        tour_groups: list[tuple[object, ...]] = []
        stops: list[tuple[object, ...]] = []
        stop_orgs: list[tuple[object, ...]] = []
        headcounts: list[tuple[object, ...]] = []
        activities: list[tuple[object, ...]] = []
        tallies: list[tuple[object, ...]] = []
        receptions: list[tuple[object, ...]] = []
        maker = demo.receptions
        devices = (demo.device, demo.other_device)
        stop_index = 0
        used = 0
        for week in range(sc.SCALE_WEEKS_PER_MONTH):
            monday = month_start + timedelta(weeks=week)
            for g, (gid, code, direction, members) in enumerate(demo.scale_groups):
                head = members[0]
                places = demo.scale_places[sc.SCALE_REGION_OF_GROUP[g % len(sc.SCALE_REGION_OF_GROUP)]]
                created = _stamp(datetime.combine(monday - timedelta(days=3), datetime.min.time()).replace(hour=9))
                tid = uuid7()
                tours.append((tid, created, created, head, 0, self.campaign,
                              f"Выездной приём {code}: неделя с {monday:%d.%m.%Y}", sql_date(monday),
                              sql_date(monday + timedelta(days=4)), ""))
                tour_groups.append((uuid7(), created, created, head, 0, tid, gid))
                templates = sc.SCALE_ACTIVITIES[direction]
                for s in range(sc.SCALE_STOPS_PER_TOUR):
                    day = monday + timedelta(days=s)
                    settlement_id, settlement_ru, _, _ = places[rng.randrange(len(places))]
                    venue, venue_type = sc.SCALE_VENUES[(g + s) % len(sc.SCALE_VENUES)]
                    arrived = datetime.combine(day, datetime.min.time()).replace(hour=10)
                    arr, dep = sql_datetime(arrived), sql_datetime(arrived + timedelta(hours=7))
                    stamp = _stamp(arrived)
                    sid = uuid7()
                    stops.append((sid, stamp, stamp, head, 0, tid, settlement_id, s + 1, sql_date(day), venue,
                                  venue_type.value, arr, dep, "done", "", 0, ""))
                    for org in self.host_orgs:
                        stop_orgs.append((uuid7(), stamp, stamp, head, 0, sid, org))
                    n = self.per_stop[stop_index]
                    came = n + rng.randint(40, 250)
                    # Every other stop had a second laptop counting at the door: two rows, one total.
                    shares = (came,) if stop_index % 2 == 0 else (came // 2, came - came // 2)
                    for device, count in zip(devices, shares, strict=False):
                        headcounts.append((uuid7(), stamp, stamp, head, 0, sid, device, count))
                    for a in range(2 + stop_index % 3):
                        kind, audience, title = templates[a % len(templates)]
                        held = sql_datetime(arrived + timedelta(minutes=45 * a))
                        activities.append((uuid7(), stamp, stamp, head, 0, sid, kind.value, audience.value, title,
                                           held, rng.randint(15, max(16, came // 2)),
                                           rng.randint(0, 50) if a == 2 else 0, 0, ""))
                    for option in demo.scale_options:
                        tallies.append((uuid7(), stamp, stamp, head, 0, option, sid, demo.device, rng.randint(0, 40)))
                    receptions.extend(maker.make(
                        rng, stop_id=sid, settlement_id=settlement_id, settlement_ru=settlement_ru, day=day,
                        start_hour=10, members=members, group_code=code, outcomes=outcomes[used:used + n],
                        topics=self.topics, referrals=self.org_ids,
                    ))
                    used += n
                    stop_index += 1
        controls, links, events = self._controls(rng, maker.controls)
        maker.controls.clear()
        signals = self._signals(rng, month_start)
        return [
            ("tour", _TOUR_COLUMNS, tours),
            ("tour_group", _TOUR_GROUP_COLUMNS, tour_groups),
            ("stop", _STOP_COLUMNS, stops),
            ("stop_organization", _STOP_ORG_COLUMNS, stop_orgs),
            ("stop_headcount", _HEADCOUNT_COLUMNS, headcounts),
            ("activity", _ACTIVITY_COLUMNS, activities),
            ("poll_tally", _TALLY_COLUMNS, tallies),
            ("signal", _SIGNAL_COLUMNS, signals),
            ("control_item", _CONTROL_COLUMNS, controls),
            ("reception", _RECEPTION_COLUMNS, receptions),
            ("control_reception", _CONTROL_LINK_COLUMNS, links),
            ("control_event", _EVENT_COLUMNS, events),
        ]

    def _controls(self, rng: random.Random, new: Iterable[_NewControl]) -> tuple[
            list[tuple[object, ...]], list[tuple[object, ...]], list[tuple[object, ...]]]:
        """Items, links and event histories; the fate follows the item's index so every month has the same counts:
        13 of 20 resolved, 1 closed, 1 rejected, 2 extended then resolved, 3 still open (overdue by now)."""
        days = self.demo.days
        items: list[tuple[object, ...]] = []
        links: list[tuple[object, ...]] = []
        events: list[tuple[object, ...]] = []
        for i, c in enumerate(new):
            deadline, notify = days.deadlines(c.day)
            opened = datetime.combine(c.day, datetime.min.time()).replace(hour=17)
            stamp = _stamp(opened)
            fate = i % 20
            history: list[tuple[str, datetime, str, str | None]] = [("opened", opened, "", None)]
            current = deadline
            if fate in (15, 16):
                new_deadline = days.add(deadline, 10)
                history.append(("extended", opened + timedelta(days=10), sc.EXTENSION_REASONS[i % 3],
                                sql_date(new_deadline)))
                current = new_deadline
                history.append(("resolved", opened + timedelta(days=20), "Вопрос решён", None))
            elif fate < 13:
                history.append(("resolved", opened + timedelta(days=rng.randint(3, 14)), "Вопрос решён", None))
            elif fate == 13:
                history.append(("closed", opened + timedelta(days=5), "Снято с контроля: вопрос исчерпан", None))
            elif fate == 14:
                history.append(("rejected", opened + timedelta(days=7), "Отказано: не в компетенции", None))
            else:
                history.append(("in progress", opened + timedelta(days=2), "Направлен запрос", None))
            items.append((c.item_id, stamp, stamp, c.member_id, 0, f"{sc.CONTROL_TITLES[c.topic]}: {c.place}", "",
                          self.campaign, c.settlement_id, c.org_id, "", sql_date(c.day), sql_date(current),
                          sql_date(notify)))
            links.append((uuid7(), stamp, stamp, c.member_id, 0, c.item_id, c.reception_id))
            for kind, at, note, extended_to in history:
                ev_stamp = _stamp(at)
                events.append((uuid7(), ev_stamp, ev_stamp, c.member_id, 0, c.item_id, kind, sql_datetime(at),
                               c.member_id, note, extended_to))
        return items, links, events

    def _signals(self, rng: random.Random, month_start: date) -> list[tuple[object, ...]]:
        demo = self.demo
        places = [p for region in sc.SCALE_REGION_OF_GROUP for p in demo.scale_places[region]]
        statuses = ("removed", "removed", "verified", "received", "removed", "rejected", "removed", "verified",
                    "removed", "received")
        channels = tuple(c.value for c in SignalChannel)
        handler = demo.scale_groups[0][3][0]
        out: list[tuple[object, ...]] = []
        for i in range(sc.SCALE_SIGNALS_PER_MONTH):
            kind, description = sc.SCALE_SIGNAL_KINDS[i % len(sc.SCALE_SIGNAL_KINDS)]
            settlement_id, settlement_ru, lat, lon = places[rng.randrange(len(places))]
            at = datetime.combine(month_start, datetime.min.time()) + timedelta(
                minutes=rng.randrange(sc.SCALE_WEEKS_PER_MONTH * 7 * 24 * 60))
            status = statuses[i % len(statuses)]
            final = status in ("removed", "rejected")
            stamp = _stamp(at)
            out.append((uuid7(), stamp, stamp, handler, 0, kind, description, f"{settlement_ru}, ул. Тестовая",
                        round(lat + rng.uniform(-0.02, 0.02), 6), round(lon + rng.uniform(-0.03, 0.03), 6),
                        channels[i % len(channels)], "", sql_datetime(at), status,
                        handler if status != "received" else None, settlement_id, self.campaign,
                        sql_datetime(at + timedelta(days=2)) if final else None))
        return out


def _stamp(local: datetime) -> str:
    return sql_datetime(_utc(local))


_TOUR_COLUMNS = (*_SYNCED, "campaign_id", "title", "starts_on", "ends_on", "notes")
_TOUR_GROUP_COLUMNS = (*_SYNCED, "tour_id", "group_id")
_STOP_COLUMNS = (*_SYNCED, "tour_id", "settlement_id", "seq", "planned_on", "venue", "venue_type", "arrived_at",
                 "departed_at", "status", "cancel_reason", "headcount_approximate", "notes")
_STOP_ORG_COLUMNS = (*_SYNCED, "stop_id", "organization_id")
_HEADCOUNT_COLUMNS = (*_SYNCED, "stop_id", "device_id", "count")
_ACTIVITY_COLUMNS = (*_SYNCED, "stop_id", "type", "audience", "title", "held_at", "participants", "handouts",
                     "publications", "description")
_TALLY_COLUMNS = (*_SYNCED, "option_id", "stop_id", "device_id", "count")
_SIGNAL_COLUMNS = (*_SYNCED, "kind", "description", "address", "latitude", "longitude", "channel", "reporter",
                   "received_at", "status", "handled_by_id", "settlement_id", "campaign_id", "resolved_at")
_CONTROL_COLUMNS = (*_SYNCED, "title", "description", "campaign_id", "settlement_id", "responsible_org_id",
                    "responsible_person", "registered_on", "deadline", "notify_by")
_CONTROL_LINK_COLUMNS = (*_SYNCED, "control_item_id", "reception_id")
_EVENT_COLUMNS = (*_SYNCED, "control_item_id", "kind", "at", "by_member_id", "note", "new_deadline")
