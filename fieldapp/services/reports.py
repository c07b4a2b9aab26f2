"""Reports: gather the figures (the indicator builder) and the lists (the services) of a scope into frozen records,
then write them as PDF, XLSX or text — atomically, with progress and cancellation. A redacted report leaves personal
fields out and passes the free text it prints through the one scrubber of domain/redaction.py."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from fieldapp.domain.enums import (
    AccessKind,
    ActivityType,
    AppealForm,
    Audience,
    ControlStatus,
    HelpKind,
    Outcome,
    SignalChannel,
    SignalKind,
    SignalStatus,
    SocialCategory,
    StopStatus,
    Topic,
    VenueType,
)
from fieldapp.domain.errors import NotFoundError, StorageError, ValidationError
from fieldapp.domain.indicators import (
    BreakdownBy,
    BreakdownRow,
    Indicators,
    ResolvedScope,
    Scope,
    indicator_label,
)
from fieldapp.domain.messages import render
from fieldapp.domain.redaction import COARSE_DECIMALS, Residents, scrub
from fieldapp.reports import model as m
from fieldapp.reports.press import PressFacts, press_paragraph
from fieldapp.reports.texts import text
from fieldapp.services import access_log, approval, control_register, people, photos, places, polls, signals, tours
from fieldapp.services import campaigns as campaign_service
from fieldapp.services import control as control_service
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_breakdown, build_indicators, resolve_scope
from fieldapp.services.plan_report import plan_report, report_campaign
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.report_scope import control_receptions_table, tips_in_scope
from fieldapp.services.roles import require
from fieldapp.storage.files import atomic_write, spill_beside
from fieldapp.storage.queries import reports as q
from fieldapp.storage.tables import ControlItem, Stop, Tour

__all__ = [
    "FORMATS",
    "KINDS",
    "PERSONAL_KINDS",
    "KindInfo",
    "ReportRequest",
    "available_kinds",
    "build_report",
    "collect_report",
    "output_format",
]

log = logging.getLogger(__name__)

KINDS: tuple[str, ...] = ("tour", "campaign", "control", "journal", "press", "plan")
FORMATS: dict[str, tuple[str, ...]] = {
    "tour": ("pdf", "xlsx"), "campaign": ("pdf", "xlsx"), "control": ("pdf", "xlsx"), "journal": ("pdf", "xlsx"),
    "press": ("txt", "pdf"), "plan": ("pdf", "xlsx"),
}
# What --id names for each kind.
# The kinds that print names, IIN, phones and addresses unless redacted.
PERSONAL_KINDS: frozenset[str] = frozenset({"tour", "campaign", "control", "journal"})
_ID_OF = {"tour": "tour", "campaign": "campaign", "control": "control_item", "journal": "tour", "press": "campaign",
          "plan": "campaign"}
_MAX_PHOTOS = 12
_PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")


@dataclass(frozen=True, slots=True)
class KindInfo:
    """A kind of report as the Reports page offers it."""

    kind: str
    label_ru: str
    label_kk: str
    label_en: str
    formats: tuple[str, ...]
    id_names: str  # what --id selects: "tour", "campaign", "control_item" (journal: a tour or a stop)

    def label(self, lang: str = "ru") -> str:
        return {"ru": self.label_ru, "kk": self.label_kk}.get(lang, self.label_en)


def available_kinds() -> tuple[KindInfo, ...]:
    """The kinds of report, their titles in ru/kk/en and the formats each can be written in (first = default)."""
    titles = {"tour": "title.tour", "campaign": "title.campaign", "control": "title.control",
              "journal": "title.journal", "press": "title.press", "plan": "title.plan"}
    return tuple(
        KindInfo(kind, text(titles[kind], "ru"), text(titles[kind], "kk"), text(titles[kind], "en"), FORMATS[kind],
                 _ID_OF[kind])
        for kind in KINDS
    )


def output_format(kind: str, path: str | Path) -> str | None:
    """The format the suffix of `path` picks for `kind` ("pdf", "xlsx", "txt"), or None when it cannot be written so."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS.get(kind, ()) else None


@dataclass(frozen=True)
class ReportRequest:
    """What to report: the kind, where to write it (its suffix picks the format), the scope, an optional record."""

    kind: str
    output: Path
    scope: Scope = field(default_factory=Scope)
    record_id: str | None = None  # tour (tour, journal — or a stop for journal), campaign, control item
    lang: str = "ru"
    redact: bool = False

    @property
    def personal(self) -> bool:
        """Whether the report prints residents' personal data: not redacted, of a kind that names people (the press
        paragraph is drafted from figures only)."""
        return not self.redact and self.kind in PERSONAL_KINDS


# -- building --------------------------------------------------------------------------------------------------------


def build_report(
    ctx: Context, request: ReportRequest, progress: Progress = no_progress, cancel: CancelToken = NEVER_CANCELLED,
) -> Path:
    """Write the report to `request.output` and return its path.

    The file appears complete or not at all: it is written to a temporary file beside the target and renamed at
    the end; on an error or a cancellation (progress.Cancelled) the temporary file is removed and an existing
    target is left as it was. The workbook's scratch files go beside the target as well, never into the system's
    temporary folder, and go with it. An unwritable place is a StorageError (storage.files.FileUnwritable).
    With personal data (not redacted) it is a supervisor's (services/roles.py): refused before anything is read.
    """
    if request.personal:
        require(ctx, "report.personal")
    if request.kind not in KINDS:
        raise ValidationError("enum.unknown", "kind", value=request.kind, allowed=", ".join(KINDS))
    fmt = output_format(request.kind, request.output)
    if fmt is None:
        raise ValidationError("report.format", "kind", kind=request.kind, suffix=Path(request.output).suffix or "—",
                              allowed=", ".join("." + f for f in FORMATS[request.kind]))
    target = Path(request.output)
    with atomic_write(target) as out, spill_beside(target):
        progress(0, 0, render("report.collecting", request.lang))
        report = collect_report(ctx, request, fmt)
        cancel.check()

        def check(done: int, total: int) -> None:
            cancel.check()
            progress(done, total, render("report.writing", request.lang))

        _write(report, fmt, out, check)
        cancel.check()
        if request.personal:
            # Before the file is renamed into place: a report that cannot be logged is not handed out.
            scope = " · ".join(value for _label, value in report.facts[:2] if value) or report.title
            access_log.record(ctx, AccessKind.REPORT, request.kind, scope, report.residents, target)
    progress(1, 1, render("report.done", request.lang))
    log.info("report %s written as %s (%s)", request.kind, fmt, "redacted" if request.redact else "full")
    return target


def _write(report: m.Report, fmt: str, out: BinaryIO, check: Callable[[int, int], None]) -> None:
    if fmt == "pdf":
        from fieldapp.reports.pdf import render_pdf

        render_pdf(report, out, check)
    elif fmt == "xlsx":
        from fieldapp.reports.xlsx import render_xlsx

        render_xlsx(report, out, check, summary_name=text("sheet.summary", report.lang))
    else:
        from fieldapp.reports.plain import render_text

        out.write(render_text(report).encode("utf-8"))


# -- collecting ------------------------------------------------------------------------------------------------------


def collect_report(ctx: Context, request: ReportRequest, fmt: str | None = None) -> m.Report:
    """The report's frozen records (no file is written): the figures from the indicator builder, the lines from the
    services. `fmt` ("pdf", "xlsx", "txt"; None = all) lets a PDF skip the workbook's sheets. Raises NotFoundError
    for an unknown --id."""
    if request.personal:
        require(ctx, "report.personal")
    if request.kind not in KINDS:
        raise ValidationError("enum.unknown", "kind", value=request.kind, allowed=", ".join(KINDS))
    g = _Gather(ctx, request, fmt)
    builder = {"tour": g.tour_report, "campaign": g.campaign_report, "control": g.control_report,
               "journal": g.journal_report, "press": g.press_report, "plan": g.plan_report}[request.kind]
    return builder()


def _pick(lang: str, ru: str | None, kk: str | None) -> str:
    return (kk or ru or "") if lang == "kk" else (ru or "")


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    return date.fromisoformat(str(value)[:10])


def _stamp(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _read_pick(lang: str, ru: int, kk: int, r: tuple[Any, ...]) -> str:
    return _pick(lang, r[ru], r[kk])


def _read_stamp(i: int, r: tuple[Any, ...]) -> datetime | None:
    return _stamp(r[i])


def _read_day(i: int, r: tuple[Any, ...]) -> date | None:
    return _day(r[i])


def _read_label(labels: _EnumLabels, column: str, i: int, r: tuple[Any, ...]) -> str:
    return labels.label(column, r[i])


def _read_text(i: int, r: tuple[Any, ...]) -> str:
    value = r[i]
    return "" if value is None else str(value)


def _int(value: m.Cell) -> int:
    return value if isinstance(value, int) else 0


def _period_text(first: date | None, last: date | None) -> str:
    if first and last:
        return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}" if first != last else f"{first:%d.%m.%Y}"
    if first:
        return f"{first:%d.%m.%Y} –"
    if last:
        return f"– {last:%d.%m.%Y}"
    return ""


@dataclass(frozen=True, slots=True)
class _StopLine:
    id: str
    tour_id: str
    tour_title: str
    seq: int
    day: date | None
    district: str
    settlement: str
    venue: str
    venue_type: str
    status: str
    cancel_reason: str
    approximate: bool
    headcount: int
    activities: int
    participants: int
    receptions: int
    outcomes: tuple[int, int, int, int, int]  # explained, resolved, helped, referred, under control


class _Gather:
    """Collects one report's records for a request (one instance per report)."""

    def __init__(self, ctx: Context, request: ReportRequest, fmt: str | None = None) -> None:
        self.ctx, self.req, self.lang = ctx, request, request.lang
        self.workbook = fmt in (None, "xlsx")  # the sheets are gathered only for a workbook
        self.scope = request.scope
        self.narrow = q.Narrow()
        self.tour_id: str | None = None
        self.item_id: str | None = None
        rid = request.record_id
        if rid is not None:
            self._select(rid)
        self.rs: ResolvedScope = resolve_scope(ctx, self.scope)
        self.printed_at = ctx.clock()
        self._residents: Residents | None = None
        self._descriptions: dict[str, str] | None = None
        self._control: list[control_service.ControlRow] | None = None
        self._signals: list[signals.SignalInfo] | None = None
        self.named = 0  # receptions whose applicant a table prints by name (the PDF's and the workbook's alike)

    def _select(self, rid: str) -> None:
        """Narrow to the record --id names (its kind decides what it may be); unknown → record.not_found."""
        kind = self.req.kind
        with self.ctx.db.reading() as s:
            if kind in ("tour", "journal"):
                tour_row = s.get(Tour, rid)
                if tour_row is not None and not tour_row.deleted:
                    self.tour_id = rid
                    self.narrow = q.Narrow(tour_id=rid)
                    return
                stop_row = s.get(Stop, rid) if kind == "journal" else None
                if stop_row is not None and not stop_row.deleted:
                    self.tour_id = stop_row.tour_id
                    self.narrow = q.Narrow(stop_id=rid)
                    return
                raise NotFoundError("record.not_found", "tour", id=rid)
            if kind in ("campaign", "press", "plan"):
                campaign_service.get_campaign(self.ctx, rid)  # raises record.not_found
                self.scope = replace(self.scope, campaign_ids=frozenset({rid}))
                return
            item = s.get(ControlItem, rid)
            if item is None or item.deleted:
                raise NotFoundError("record.not_found", "control_item", id=rid)
            self.item_id = rid

    # -- shared pieces ---------------------------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        return text(key, self.lang, **params)

    def clean(self, value: str, cut_from: str | None = None) -> str:
        """Free text typed by people (titles, venues, reasons, captions) as the report prints it: in a redacted
        report, through the one scrubber with the names of the residents the report concerns."""
        if not self.req.redact or not value:
            return value
        if self._residents is None:
            # The applicants of the receptions in scope and of the control items listed, the items' officials and
            # the tips' reporters: read once, on the first text that needs them.
            items = [r.id for r in self.control_rows()]
            with self.ctx.db.reading() as s:
                self._residents = Residents.of(q.resident_names(s, self.rs, self.narrow, items))
        return scrub(value, self._residents, self.lang, cut_from=cut_from)

    def control_title(self, item_id: str, title: str) -> str:
        """A control item's title, by default cut from the resident's essence: scrubbed from the whole essence."""
        if not self.req.redact:
            return title
        if self._descriptions is None:
            with self.ctx.db.reading() as s:
                self._descriptions = q.control_item_descriptions(s)
        return self.clean(title, self._descriptions.get(item_id))

    @property
    def narrowed(self) -> bool:
        return self.narrow.tour_id is not None or self.narrow.stop_id is not None

    def stops(self) -> list[_StopLine]:
        with self.ctx.db.reading() as s:
            rows = q.stop_rows(s, self.rs, self.narrow) if not self.rs.empty else []
        return [
            _StopLine(
                str(r[0]), str(r[1]), str(r[2]), int(r[3]), _day(r[4]), _pick(self.lang, r[5], r[6]),
                _pick(self.lang, r[7], r[8]), str(r[9] or ""), str(r[10]), str(r[11]), str(r[12] or ""),
                bool(r[13]), int(r[14]), int(r[15]), int(r[16]), int(r[17]),
                (int(r[18]), int(r[19]), int(r[20]), int(r[21]), int(r[22])),
            )
            for r in rows
        ]

    def indicators(self, stops: Sequence[_StopLine]) -> Indicators:
        """The figures of the report: the indicator builder's for a scope; for one tour or stop (which a scope
        cannot name), the sums of its stops' lines, which the services counted the builder's way."""
        if not self.narrowed:
            return build_indicators(self.ctx, self.scope)
        done = [s for s in stops if s.status == StopStatus.DONE.value]
        outcome = [sum(s.outcomes[i] for s in stops) for i in range(5)]
        # The rest as the builder counts them under a place/time filter (domain/indicators.py): the campaign and the
        # groups of a tour that held a stop, the polls tallied at its done stops, its own control items and the tips
        # of its campaign received in its districts during its days.
        groups = tours.get_tour(self.ctx, self.tour_id).group_ids if self.tour_id and done else ()
        items = self.control_rows()
        results = self.poll_results(stops)
        tips = self.signal_list()
        return Indicators(
            campaigns=1 if done else 0, working_groups=len(set(groups)),
            tours=len({s.tour_id for s in done}), stops=len(done), settlements=len({s.settlement for s in done}),
            activities=sum(s.activities for s in done), participants=sum(s.participants for s in done),
            residents_came=sum(s.headcount for s in done), receptions=sum(s.receptions for s in stops),
            explained=outcome[0], resolved_on_spot=outcome[1], helped=outcome[2], referred=outcome[3],
            under_control=outcome[4],
            control_open=sum(1 for r in items if r.status.is_open),
            control_resolved=sum(1 for r in items if r.status in (ControlStatus.RESOLVED, ControlStatus.CLOSED)),
            control_overdue=sum(1 for r in items if r.overdue),
            polls=len(results), poll_answers=sum(r.total for r in results),
            signals=len(tips), signals_resolved=sum(1 for t in tips if t.status == SignalStatus.REMOVED),
        )

    def indicator_block(self, ind: Indicators, keys: Sequence[str] | None = None) -> m.IndicatorBlock:
        values = ind.as_dict()
        chosen = keys if keys is not None else list(values)
        return m.IndicatorBlock(self.t("sec.indicators"),
                                tuple(m.Indicator(k, indicator_label(k, self.lang), values[k]) for k in chosen))

    def facts(self, *, tour: tours.TourInfo | None = None, extra: Sequence[tuple[str, str]] = (),
              campaigns: Sequence[str] = ()) -> list[tuple[str, str]]:
        """The title block: campaign, tour, period, group, region, district, and the print mode. `campaigns`: the
        campaigns the report found at work when none was asked for (the press release names them too)."""
        out: list[tuple[str, str]] = []
        campaign_ids: list[str] = list(campaigns)
        if tour is not None:
            campaign_ids = [tour.campaign_id]
        elif self.rs.campaign_ids is not None:
            campaign_ids = sorted(self.rs.campaign_ids)
        infos = [campaign_service.get_campaign(self.ctx, cid) for cid in campaign_ids]
        if infos:
            out.append((self.t("fact.campaign"), "; ".join(c.title(self.lang) for c in infos)))
        else:
            out.append((self.t("fact.campaign"), self.t("fact.all")))
        if tour is not None:
            out.append((self.t("fact.tour"), self.clean(tour.title)))
        first, last = self.rs.date_from, self.rs.date_to
        if first is None and last is None:
            if tour is not None:
                first, last = tour.starts_on, tour.ends_on
            elif len(infos) == 1:
                first, last = infos[0].starts_on, infos[0].ends_on
        out.append((self.t("fact.period"), _period_text(first, last) or self.t("fact.all")))
        groups = self.groups(tour, campaign_ids)
        if groups:
            out.append((self.t("fact.group"), "; ".join(g.name for g in groups)))
        regions = sorted({c.region_id for c in infos if c.region_id})
        if regions:
            names = [places.get_region(self.ctx, r) for r in regions]
            out.append((self.t("fact.region"), "; ".join(_pick(self.lang, r.name_ru, r.name_kk) for r in names)))
        if self.rs.district_ids is not None:
            names_d = [places.get_district(self.ctx, d) for d in sorted(self.rs.district_ids)]
            out.append((self.t("fact.district"), "; ".join(_pick(self.lang, d.name_ru, d.name_kk) for d in names_d)
                        or "—"))
        out += extra
        if self.req.redact:
            out.append((self.t("fact.redacted"), self.t("redacted")))
        return out

    def groups(self, tour: tours.TourInfo | None, campaign_ids: Sequence[str]) -> list[campaign_service.GroupInfo]:
        if tour is not None:
            return [campaign_service.get_group(self.ctx, gid) for gid in tour.group_ids]
        if len(campaign_ids) == 1:
            return list(campaign_service.list_groups(self.ctx, campaign_ids[0]))
        return []

    def signature(self, groups: Sequence[campaign_service.GroupInfo]) -> m.Signature:
        """«Руководитель рабочей группы ______ / ФИО»: the head's name when one group is reported and the report is
        not redacted (a redacted report prints no names at all)."""
        name = self.t("sign.name")
        heads = {g.head_id for g in groups if g.head_id}
        if len(heads) == 1 and not self.req.redact:
            name = people.get_member(self.ctx, heads.pop()).full_name
        return m.Signature(self.t("sign.role"), name, self.t("sign.hint"))

    def texts(self) -> dict[str, str]:
        printed = self.t("printed", date=f"{self.printed_at:%d.%m.%Y %H:%M}")
        return {"printed": printed, "footer": printed, "page": text("page", self.lang, page="{page}",
                                                                     pages="{pages}")}

    def running_head(self, title: str) -> str:
        return f"{self.t('app')} · {title}"

    def report(self, kind: str, title: str, facts: Sequence[tuple[str, str]], blocks: Sequence[m.Block],
               summary: m.Summary, sheets: Sequence[m.Table], *, landscape: bool = False,
               signature: m.Signature | None = None, press: str = "") -> m.Report:
        return m.Report(
            kind=kind, lang=self.lang, title=title, running_head=self.running_head(title), facts=tuple(facts),
            blocks=tuple(blocks), sheets=tuple(sheets), summary=summary, printed_at=self.printed_at,
            redacted=self.req.redact, landscape=landscape, signature=signature, texts=self.texts(), press=press,
            residents=self.named,
        )

    # -- tables ----------------------------------------------------------------------------------------------------

    _OUTCOME_KEYS = ("explained", "resolved_on_spot", "helped", "referred", "under_control")

    def stops_table(self, stops: Sequence[_StopLine], ind: Indicators, *, for_pdf: bool) -> m.Table:
        """The route: a line per stop. On paper the receptions by outcome are a table of their own (stop_outcomes),
        so that a portrait page keeps readable columns."""
        many_tours = len({s.tour_id for s in stops}) > 1
        cols = [m.Column(self.t("col.no"), "int", 5), m.Column(self.t("col.date"), "date", 11)]
        if many_tours and not for_pdf:
            cols.append(m.Column(self.t("col.tour"), "text", 34))
        cols += [m.Column(self.t("col.district"), "text", 18), m.Column(self.t("col.settlement"), "text", 18),
                 m.Column(self.t("col.venue"), "text", 30)]
        if not for_pdf:
            cols += [m.Column(self.t("col.venue_type"), "text", 18)]
        cols += [m.Column(self.t("col.status"), "text", 13),
                 m.Column(self.t("col.activities"), "int", 11, True),
                 m.Column(self.t("col.participants"), "int", 11, True),
                 m.Column(self.t("col.headcount"), "int", 11, True)]
        keys = ["activities", "participants", "residents_came"]
        if not for_pdf:
            cols += [m.Column(self.t("col.receptions"), "int", 10, True)]
            cols += [m.Column(indicator_label(k, self.lang), "int", 11, True) for k in self._OUTCOME_KEYS]
            keys += ["receptions", *self._OUTCOME_KEYS]

        approved = self.approvals(stops)

        def status(s: _StopLine) -> str:
            if s.status == StopStatus.CANCELLED.value and s.cancel_reason:
                return self.t("cancelled_because", reason=self.clean(s.cancel_reason))
            label = StopStatus(s.status).label(self.lang)
            return f"{label}\n{approved[s.id]}" if s.id in approved else label

        def line(n: int, s: _StopLine) -> m.Row:
            came: m.Cell = s.headcount
            if for_pdf and s.approximate and s.headcount:
                came = f"≈{s.headcount}"
            row: list[m.Cell] = [s.seq if not many_tours else n, s.day]
            if many_tours and not for_pdf:
                row.append(self.clean(s.tour_title))
            row += [s.district, s.settlement, self.clean(s.venue)]
            if not for_pdf:
                row.append(VenueType(s.venue_type).label(self.lang))
            row += [status(s), s.activities, s.participants, came]
            if not for_pdf:
                row += [s.receptions, *s.outcomes]
            return tuple(row)

        rows = [line(n, s) for n, s in enumerate(stops, start=1)]
        return m.Table(self.t("sheet.stops"), self.t("sec.stops"), tuple(cols), m.fixed(rows), len(rows),
                       totals=self._totals(cols, keys, ind), empty_text=self.t("none"))

    def approvals(self, stops: Sequence[_StopLine]) -> dict[str, str]:
        """«Утверждено: ФИО, дата» of each approved stop of the report (services/approval.py)."""
        return {sid: a.caption(self.lang) for sid, a in approval.approvals(self.ctx, [s.id for s in stops]).items()}

    def approval_facts(self, stops: Sequence[_StopLine], most: int = 12) -> list[tuple[str, str]]:
        """The journal's title block names who approved each approved stop's day (the first `most`)."""
        approved = self.approvals(stops)
        lines = [(f"{s.seq}. {s.settlement}" + (f", {s.day:%d.%m.%Y}" if s.day else ""), approved[s.id])
                 for s in stops if s.id in approved]
        if len(lines) > most:
            rest = render("approval.more", self.lang, count=len(lines) - most)
            lines = [*lines[:most], ("…", rest)]
        return lines

    def _totals(self, cols: Sequence[m.Column], keys: Sequence[str], ind: Indicators) -> m.Row:
        """The totals line under the columns marked `total`, from the indicators (in the order of `keys`)."""
        values = ind.as_dict()
        totals: list[m.Cell] = [self.t("total")] + [None] * (len(cols) - 1)
        for i, key in zip([n for n, c in enumerate(cols) if c.total], keys, strict=True):
            totals[i] = values[key]
        return tuple(totals)

    def stop_outcomes(self, stops: Sequence[_StopLine], ind: Indicators) -> m.Table:
        """Receptions per stop by outcome (the paper companion of the route table)."""
        many_tours = len({s.tour_id for s in stops}) > 1
        cols = [m.Column(self.t("col.no"), "int", 5), m.Column(self.t("col.settlement"), "text", 22),
                m.Column(self.t("col.receptions"), "int", 10, True)]
        cols += [m.Column(indicator_label(k, self.lang), "int", 11, True) for k in self._OUTCOME_KEYS]
        rows = [(s.seq if not many_tours else n, s.settlement, s.receptions, *s.outcomes)
                for n, s in enumerate(stops, start=1) if s.receptions]
        return m.Table(self.t("sheet.receptions"), self.t("sec.receptions"), tuple(cols), m.fixed(rows), len(rows),
                       totals=self._totals(cols, ["receptions", *self._OUTCOME_KEYS], ind),
                       empty_text=self.t("none"))

    def activities_table(self, *, for_pdf: bool) -> m.Table:
        with self.ctx.db.reading() as s:
            rows = q.activity_rows(s, self.rs, self.narrow) if not self.rs.empty else []
        cols = [m.Column(self.t("col.date"), "date", 11), m.Column(self.t("col.settlement"), "text", 18),
                m.Column(self.t("col.activity_type"), "text", 18), m.Column(self.t("col.audience"), "text", 18),
                m.Column(self.t("col.title"), "text", 40), m.Column(self.t("col.participants"), "int", 11, True)]
        if not for_pdf:
            cols = [cols[0], m.Column(self.t("col.district"), "text", 18), *cols[1:],
                    m.Column(self.t("col.handouts"), "int", 12, True),
                    m.Column(self.t("col.publications"), "int", 12, True),
                    m.Column(self.t("col.description"), "text", 50)]
        lines: list[m.Row] = []
        for (_stop, day, held, d_ru, d_kk, s_ru, s_kk, _tour, kind, audience, title, part, hand, pub,
             desc) in rows:
            held_day = _day(held) or _day(day)
            act = ActivityType(kind).label(self.lang)
            aud = Audience(audience).label(self.lang)
            if for_pdf:
                lines.append((held_day, _pick(self.lang, s_ru, s_kk), act, aud, self.clean(title or ""), int(part)))
            else:
                lines.append((held_day, _pick(self.lang, d_ru, d_kk), _pick(self.lang, s_ru, s_kk), act, aud,
                              self.clean(title or ""), int(part), int(hand), int(pub), self.clean(desc or "")))
        totals: list[m.Cell] = [self.t("total")] + [None] * (len(cols) - 1)
        part_total = sum(int(r[11]) for r in rows)
        totals[5 if for_pdf else 6] = part_total
        if not for_pdf:
            totals[7], totals[8] = sum(int(r[12]) for r in rows), sum(int(r[13]) for r in rows)
        return m.Table(self.t("sheet.activities"), self.t("sec.activities"), tuple(cols), m.fixed(lines), len(lines),
                       totals=tuple(totals), empty_text=self.t("none"))

    def receptions_table(self, *, for_pdf: bool) -> m.Table:
        """The journal: streamed from the database each time it is written, personal columns left out (and never
        read) in redacted mode."""
        redact = self.req.redact
        columns = q.RECEPTION_COLUMNS_REDACTED if redact else q.RECEPTION_COLUMNS
        with self.ctx.db.reading() as s:
            count = q.count_receptions(s, self.rs, self.narrow) if not self.rs.empty else 0
        if not redact:
            self.named = max(self.named, count)
        spec: list[tuple[str, m.Column]] = [
            ("reg_no", m.Column(self.t("col.reg_no"), "text", 18)),
            ("received_at", m.Column(self.t("col.date"), "datetime", 16)),
            ("district", m.Column(self.t("col.district"), "text", 16)),
            ("settlement", m.Column(self.t("col.settlement"), "text", 16)),
        ]
        if not redact:
            spec += [("applicant_name", m.Column(self.t("col.applicant"), "text", 24)),
                     ("applicant_iin", m.Column(self.t("col.iin"), "text", 14)),
                     ("applicant_phone", m.Column(self.t("col.phone"), "text", 16)),
                     ("applicant_address", m.Column(self.t("col.address"), "text", 24))]
        spec += [("social_category", m.Column(self.t("col.social"), "text", 14)),
                 ("appeal_form", m.Column(self.t("col.form"), "text", 12)),
                 ("topic", m.Column(self.t("col.topic"), "text", 18))]
        if not redact:
            spec.append(("essence", m.Column(self.t("col.essence"), "text", 36)))
        spec += [("outcome", m.Column(self.t("col.outcome"), "text", 16)),
                 ("help_kind", m.Column(self.t("col.help_kind"), "text", 14)),
                 ("responsible", m.Column(self.t("col.responsible"), "text", 22)),
                 ("deadline", m.Column(self.t("col.deadline"), "date", 11))]
        keys = [k for k, _ in spec]
        if for_pdf:
            # A paper register keeps the applicant in one cell (name, IIN, phone, address under each other) and the
            # form with the topic; the district, social category and kind of help stay in the workbook.
            paper_spec: list[tuple[str, m.Column]] = []
            for k, c in spec:
                if k in ("district", "social_category", "help_kind", "applicant_iin", "applicant_phone",
                         "applicant_address", "topic"):
                    continue
                if k == "applicant_name":
                    c = m.Column(self.t("col.applicant"), "text", 30)
                elif k == "appeal_form":
                    c = m.Column(f"{self.t('col.form')} / {self.t('col.topic').lower()}", "text", 18)
                paper_spec.append((k, c))
            spec = paper_spec
        index = {c: i for i, c in enumerate(columns)}
        lang = self.lang
        ctx, rs, narrow = self.ctx, self.rs, self.narrow
        labels = _EnumLabels(lang)

        iin_word = self.t("col.iin")
        pdf_keys = [k for k, _ in spec]

        def paper(r: tuple[Any, ...]) -> m.Row:
            full = dict(zip(keys, convert(r), strict=True))
            out: list[m.Cell] = []
            for k in pdf_keys:
                if k == "applicant_name":
                    iin = full["applicant_iin"]
                    parts = [full[k], f"{iin_word} {iin}" if iin else "", full["applicant_phone"],
                             full["applicant_address"]]
                    out.append("\n".join(str(p) for p in parts if p))
                elif k == "appeal_form":
                    out.append(f"{full[k]}\n{full['topic']}")
                else:
                    out.append(full[k])
            return tuple(out)

        # One small reader per column, chosen once: this runs for every line of a 100,000-line journal.
        readers: list[Callable[[tuple[Any, ...]], m.Cell]] = []
        for k in keys:
            if k in ("district", "settlement", "responsible"):
                readers.append(partial(_read_pick, lang, index[f"{k}_ru"], index[f"{k}_kk"]))
            elif k == "received_at":
                readers.append(partial(_read_stamp, index[k]))
            elif k == "deadline":
                readers.append(partial(_read_day, index[k]))
            elif k in labels.enums:
                readers.append(partial(_read_label, labels, k, index[k]))
            else:
                readers.append(partial(_read_text, index[k]))

        def convert(r: tuple[Any, ...]) -> m.Row:
            return tuple([read(r) for read in readers])

        def rows() -> Iterator[m.Row]:
            if rs.empty:
                return
            with ctx.db.reading() as s:
                for r in q.reception_rows(s, rs, narrow, columns):
                    yield paper(r) if for_pdf else convert(r)

        return m.Table(self.t("sheet.receptions"), self.t("sec.receptions"), tuple(c for _, c in spec), rows, count,
                       empty_text=self.t("none"))

    def control_rows(self) -> list[control_service.ControlRow]:
        """The supervisor's list (overdue first) narrowed to the scope: campaign, district, registration period; for
        one tour (or stop), only the items raised at its receptions."""
        if self._control is None:
            self._control = self._control_rows()
        return self._control

    def _control_rows(self) -> list[control_service.ControlRow]:
        if self.item_id is not None:
            return [control_service.get_item(self.ctx, self.item_id).row]
        if self.rs.empty:
            return []
        # The register's own filter, in SQL: the items the dashboard and the control page count for this scope.
        query = control_register.in_scope(self.rs, tour_id=self.narrow.tour_id, stop_id=self.narrow.stop_id)
        return list(control_register.register_rows(self.ctx, query))

    def _days_left(self, row: control_service.ControlRow) -> str:
        if row.days_left is None:
            return "" if row.status.is_open else self.t("closed")
        if row.days_left < 0 or row.overdue:
            return self.t("overdue_by", n=abs(row.days_left))
        return str(row.days_left)

    def control_table(self, rows: Sequence[control_service.ControlRow], *, for_pdf: bool) -> m.Table:
        """The register, overdue first; on paper the registration day and the official go to the cards."""
        cols = [m.Column(self.t("col.no"), "int", 5), m.Column(self.t("col.problem"), "text", 40),
                m.Column(self.t("col.settlement"), "text", 16)]
        if not for_pdf:
            cols.append(m.Column(self.t("col.registered"), "date", 12))
        cols += [m.Column(self.t("col.deadline"), "date", 11), m.Column(self.t("col.status"), "text", 13)]
        if for_pdf:
            cols.append(m.Column(self.t("col.days_left"), "text", 15))
        else:
            # The workbook counts: working days left as a number (negative = overdue by that many; empty when
            # closed), and whether the item is overdue as a word a filter can pick.
            cols += [m.Column(self.t("col.days_left"), "int", 12), m.Column(self.t("col.overdue"), "text", 12)]
        cols.append(m.Column(self.t("col.responsible"), "text", 26))
        person = not self.req.redact and not for_pdf
        if person:
            cols.append(m.Column(self.t("col.person"), "text", 20))
        cols.append(m.Column(self.t("col.applicants"), "int", 11))
        lines = []
        for n, r in enumerate(rows, start=1):
            line: list[m.Cell] = [n, self.control_title(r.id, r.title), r.settlement_name or ""]
            if not for_pdf:
                line.append(r.registered_on)
            line += [r.deadline, r.status.label(self.lang)]
            if for_pdf:
                line.append(self._days_left(r))
            else:
                line += [r.days_left, self.t("overdue") if r.overdue else ""]
            line.append(r.responsible_org_name or "")
            if person:
                line.append(r.responsible_person)
            line.append(r.receptions)
            lines.append(tuple(line))
        return m.Table(self.t("sheet.control"), self.t("sec.control"), tuple(cols), m.fixed(lines), len(lines),
                       empty_text=self.t("no_control"))

    def poll_results(self, stops: Sequence[_StopLine]) -> list[polls.PollResults]:
        """Results of the polls in scope, counted as the indicator counts them: every tally of the campaigns' polls,
        or — with a place, a period or one tour — only the tallies at the done stops of the report."""
        if self.rs.empty:
            return []
        at_stops = self.rs.place_or_time or self.narrowed
        done = {s.id for s in stops if s.status == StopStatus.DONE.value}
        out = []
        for info in polls.list_polls(self.ctx):
            if self.rs.campaign_ids is not None and info.campaign_id not in self.rs.campaign_ids:
                continue
            results = polls.poll_results(self.ctx, info.id)
            if at_stops:
                options = tuple(replace(o, count=sum(n for sid, n in o.by_stop if sid in done),
                                        by_stop=tuple((sid, n) for sid, n in o.by_stop if sid in done))
                                for o in results.options)
                if not any(o.by_stop for o in options):
                    continue
                results = replace(results, options=options)
            out.append(results)
        return out

    def polls_table(self, results: Sequence[polls.PollResults]) -> m.Table:
        cols = (m.Column(self.t("col.question"), "text", 44), m.Column(self.t("col.option"), "text", 34),
                m.Column(self.t("col.answers"), "int", 11, True),
                m.Column(self.t("col.share"), "float", 10, number_format="0.0"))
        lines: list[m.Row] = []
        for res in results:
            question = _pick(self.lang, res.poll.question_ru, res.poll.question_kk)
            for o in res.options:
                # A number (the percentage, rounded to 0.1 as printed), so that a spreadsheet can sort and sum it.
                lines.append((question, o.option.label(self.lang), o.count, round(100 * o.share(res.total), 1)))
        total = sum(r.total for r in results)
        return m.Table(self.t("sheet.polls"), self.t("sec.polls"), cols, m.fixed(lines), len(lines),
                       totals=(self.t("total"), None, total, None), empty_text=self.t("none"))

    def signal_list(self) -> list[signals.SignalInfo]:
        """The tips of the scope (campaign, district, period); for one tour or stop, those of its campaign received
        in the districts of its done stops during its days (report_scope.py)."""
        if self._signals is None:
            self._signals = [] if self.rs.empty else tips_in_scope(self.ctx, self.rs, self.tour_id, self.narrow)
        return self._signals

    def signals_table(self) -> m.Table:
        lines: list[m.Row] = []
        names = {st.id: _pick(self.lang, st.name_ru, st.name_kk) for st in places.list_settlements(self.ctx)}
        # A tip's exact point may be a resident's house: a redacted report gives it to about a kilometre.
        digits = COARSE_DECIMALS if self.req.redact else 5
        for sg in self.signal_list():
            line: list[m.Cell] = [sg.received_at, SignalKind(sg.kind).label(self.lang),
                                  SignalChannel(sg.channel).label(self.lang), names.get(sg.settlement_id or "", ""),
                                  None if sg.latitude is None else round(sg.latitude, digits),
                                  None if sg.longitude is None else round(sg.longitude, digits)]
            if not self.req.redact:
                line += [sg.address, sg.reporter]
            line += [SignalStatus(sg.status).label(self.lang), _day(sg.resolved_at)]
            lines.append(tuple(line))
        number = "0." + "0" * digits
        cols = [m.Column(self.t("col.received"), "datetime", 16), m.Column(self.t("col.kind"), "text", 20),
                m.Column(self.t("col.channel"), "text", 14), m.Column(self.t("col.settlement"), "text", 16),
                m.Column(self.t("col.latitude"), "float", 11, number_format=number),
                m.Column(self.t("col.longitude"), "float", 11, number_format=number)]
        if not self.req.redact:
            cols += [m.Column(self.t("col.address"), "text", 30), m.Column(self.t("col.reporter"), "text", 18)]
        cols += [m.Column(self.t("col.status"), "text", 14), m.Column(self.t("col.resolved_at"), "date", 12)]
        return m.Table(self.t("sheet.signals"), self.t("sec.signals"), tuple(cols), m.fixed(lines), len(lines),
                       empty_text=self.t("none"))

    def sheets(self, stops: Sequence[_StopLine], ind: Indicators,
               control_rows: Sequence[control_service.ControlRow] | None = None) -> list[m.Table]:
        """The workbook's sheets after the summary: stops, activities, receptions, control, polls, signals."""
        if not self.workbook:
            return []
        rows = self.control_rows() if control_rows is None else control_rows
        return [self.stops_table(stops, ind, for_pdf=False), self.activities_table(for_pdf=False),
                self.receptions_table(for_pdf=False), self.control_table(rows, for_pdf=False),
                self.polls_table(self.poll_results(stops)), self.signals_table()]

    # -- breakdowns and charts -------------------------------------------------------------------------------------

    _BREAKDOWN_KEYS = ("activities", "participants", "residents_came", "receptions", "helped", "under_control")

    def breakdown(self, by: BreakdownBy, title_key: str, ind: Indicators, label_key: str = "col.district") -> m.Table:
        rows: list[BreakdownRow] = build_breakdown(self.ctx, self.scope, by)
        cols = (m.Column(self.t(label_key), "text", 30),
                *(m.Column(indicator_label(k, self.lang), "int", 13, True) for k in self._BREAKDOWN_KEYS))
        lines = [(r.label(self.lang), *(getattr(r.indicators, k) for k in self._BREAKDOWN_KEYS)) for r in rows]
        # Groups and directions overlap (a tour may carry two groups): their rows need not add up to the totals.
        totals = (self.t("total"), *(getattr(ind, k) for k in self._BREAKDOWN_KEYS)) if by in (
            "district", "campaign", "period", "settlement") else None
        if totals is None:
            cols = tuple(replace(c, total=False) for c in cols)
        return m.Table(self.t("sheet.summary"), self.t(title_key), cols, m.fixed(lines), len(lines), totals=totals,
                       empty_text=self.t("none"))

    def stop_breakdown(self, stops: Sequence[_StopLine], ind: Indicators) -> m.Table:
        """The summary breakdown of one tour: a line per stop."""
        cols = (m.Column(self.t("col.settlement"), "text", 30),
                *(m.Column(indicator_label(k, self.lang), "int", 13, True) for k in self._BREAKDOWN_KEYS))
        lines: list[m.Row] = []
        for s in stops:
            done = s.status == StopStatus.DONE.value
            values = {"activities": s.activities, "participants": s.participants, "residents_came": s.headcount,
                      "receptions": s.receptions, "helped": s.outcomes[2], "under_control": s.outcomes[4]}
            if not done:
                values.update(activities=0, participants=0, residents_came=0)
            label = f"{s.seq}. {s.settlement}" + (f" ({s.day:%d.%m.%Y})" if s.day else "")
            lines.append((label, *(int(values[k]) for k in self._BREAKDOWN_KEYS)))
        totals = (self.t("total"), *(getattr(ind, k) for k in self._BREAKDOWN_KEYS))
        return m.Table(self.t("sheet.summary"), self.t("sec.stops"), cols, m.fixed(lines), len(lines), totals=totals)

    def outcome_bars(self, ind: Indicators) -> m.Bars:
        return m.Bars(self.t("chart.outcomes"), tuple(Outcome(o).label(self.lang) for o in Outcome),
                      tuple(getattr(ind, k) for k in self._OUTCOME_KEYS))

    def topic_bars(self) -> m.Bars:
        with self.ctx.db.reading() as s:
            counts = q.topic_counts(s, self.rs, self.narrow) if not self.rs.empty else {}
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return m.Bars(self.t("chart.topics"), tuple(Topic(k).label(self.lang) for k, _ in ordered),
                      tuple(v for _, v in ordered))

    def table_bars(self, table: m.Table, column: int, title_key: str) -> m.Bars:
        lines = list(table.rows())
        return m.Bars(self.t(title_key), tuple(str(r[0]) for r in lines), tuple(_int(r[column]) for r in lines))

    def poll_blocks(self, results: Sequence[polls.PollResults]) -> list[m.Block]:
        out: list[m.Block] = []
        for res in results:
            question = _pick(self.lang, res.poll.question_ru, res.poll.question_kk)
            out.append(m.Bars(f"{self.t('sec.polls')}: «{question.strip('«»')}»",
                              tuple(o.option.label(self.lang) for o in res.options),
                              tuple(o.count for o in res.options)))
        return out

    def photos(self, stops: Sequence[_StopLine]) -> m.Photos | None:
        items: list[m.Photo] = []
        for s in stops[:200]:
            owners: list[tuple[photos.OwnerTable, str]] = [("stop", s.id)]
            owners += [("activity", a.id) for a in tours.list_activities(self.ctx, s.id)]
            for owner, owner_id in owners:
                for info in photos.list_photos(self.ctx, owner, owner_id):
                    if info.mime not in _PHOTO_TYPES or len(items) >= _MAX_PHOTOS:
                        continue
                    try:
                        data = photos.photo_bytes(self.ctx, info.id)
                    except StorageError:
                        continue  # a photo whose file has not arrived by sync yet: the report goes without it
                    caption = self.clean(info.caption) or s.settlement
                    if s.day:
                        caption = f"{caption} ({s.day:%d.%m.%Y})"
                    items.append(m.Photo(data, caption, self.clean(info.credit)))
            if len(items) >= _MAX_PHOTOS:
                break
        return m.Photos(self.t("sec.photos"), tuple(items)) if items else None

    def coverage(self) -> list[m.Block]:
        if self.rs.campaign_ids is None or self.rs.empty:
            ids = [c.id for c in campaign_service.list_campaigns(self.ctx)] if not self.rs.empty else []
        else:
            ids = sorted(self.rs.campaign_ids)
        out: list[m.Block] = []
        for cid in ids:
            cov = campaign_service.coverage(self.ctx, cid)
            if not cov.cells:
                continue
            rows = []
            for d in cov.districts:
                if self.rs.district_ids is not None and d.id not in self.rs.district_ids:
                    continue
                marks = []
                for r in cov.directions:
                    cell = cov.cell(d.id, r.id)
                    marks.append(f"✓ {cell.stops_done}" if cell.covered else ("○" if cell.planned else ""))
                rows.append((_pick(self.lang, d.name_ru, d.name_kk), tuple(marks)))
            title = self.t("sec.coverage")
            if len(ids) > 1:
                info = campaign_service.get_campaign(self.ctx, cid)
                title = f"{title}: {info.title(self.lang)}"
            out.append(m.Matrix(title, self.t("coverage.corner"), tuple(r.name(self.lang) for r in cov.directions),
                                tuple(rows), self.t("coverage.legend")))
        return out

    def summary(self, ind: Indicators, breakdown: m.Table | None) -> m.Summary:
        chart_cols = (1, 4) if breakdown is not None and breakdown.count else ()
        return m.Summary(self.indicator_block(ind), breakdown, self.t("chart.summary") if breakdown else "",
                         chart_cols)

    # -- the kinds -------------------------------------------------------------------------------------------------

    def tour_report(self) -> m.Report:
        tour = tours.get_tour(self.ctx, self.tour_id) if self.tour_id else None
        stops = self.stops()
        ind = self.indicators(stops)
        title = self.t("title.tour") if tour is not None else self.t("title.tours")
        groups = self.groups(tour, [tour.campaign_id] if tour else [])
        keys = ["tours", "stops", "settlements", "activities", "participants", "residents_came", "receptions",
                "explained", "resolved_on_spot", "helped", "referred", "under_control"]
        blocks: list[m.Block] = [self.indicator_block(ind, keys)]
        blocks += [self.stops_table(stops, ind, for_pdf=True), self.stop_outcomes(stops, ind)]
        if tour is not None:
            breakdown = self.stop_breakdown(stops, ind)
            done = [s for s in stops if s.status == StopStatus.DONE.value]
            blocks.append(m.Bars(self.t("chart.stops"), tuple(f"{s.seq}. {s.settlement}" for s in done),
                                 tuple(s.headcount for s in done)))
        else:
            breakdown = self.breakdown("district", "sec.by_district", ind)
            blocks.append(self.table_bars(breakdown, 1, "chart.district_activities"))
        blocks += [self.outcome_bars(ind), self.topic_bars(), self.activities_table(for_pdf=True)]
        blocks += self.poll_blocks(self.poll_results(stops))
        pictures = self.photos(stops)
        if pictures is not None:
            blocks.append(pictures)
        facts = self.facts(tour=tour)
        return self.report("tour", title, facts, blocks, self.summary(ind, breakdown), self.sheets(stops, ind),
                           signature=self.signature(groups))

    def campaign_report(self) -> m.Report:
        stops = self.stops()
        ind = self.indicators(stops)
        by_district = self.breakdown("district", "sec.by_district", ind)
        blocks: list[m.Block] = [self.indicator_block(ind), by_district,
                                 self.table_bars(by_district, 1, "chart.district_activities"),
                                 self.table_bars(by_district, 4, "chart.district_receptions")]
        if self.rs.campaign_ids is None or len(self.rs.campaign_ids) > 1:
            blocks.append(self.breakdown("campaign", "sec.by_campaign", ind, "fact.campaign"))
        blocks += [self.breakdown("group", "sec.by_group", ind, "col.title"),
                   self.breakdown("direction", "sec.by_direction", ind, "col.title")]
        blocks += self.coverage()
        blocks += [self.breakdown("period", "sec.by_period", ind, "fact.period"), self.outcome_bars(ind),
                   self.topic_bars()]
        blocks += self.poll_blocks(self.poll_results(stops))
        campaign_ids = sorted(self.rs.campaign_ids) if self.rs.campaign_ids is not None else []
        groups = self.groups(None, campaign_ids)
        return self.report("campaign", self.t("title.campaign"), self.facts(), blocks, self.summary(ind, by_district),
                           self.sheets(stops, ind), signature=self.signature(groups))

    def plan_report(self) -> m.Report:
        """The printed plan of one campaign (services/plan_report.py)."""
        campaign_id = report_campaign(self.ctx, self.scope, self.rs)
        return plan_report(self.ctx, campaign_id, self.lang, self.printed_at, self.texts(),
                           self.running_head(self.t("title.plan")))

    def control_report(self) -> m.Report:
        rows = self.control_rows()
        ind = build_indicators(self.ctx, self.scope) if self.item_id is None else Indicators(
            control_open=int(rows[0].status.is_open), control_resolved=int(rows[0].status.value in ("resolved",
                                                                                                    "closed")),
            control_overdue=int(rows[0].overdue))
        keys = ["under_control", "control_open", "control_resolved", "control_overdue"]
        statuses = Counter(r.status for r in rows)
        blocks: list[m.Block] = [self.indicator_block(ind, keys)]
        if self.item_id is None:
            blocks.append(m.Bars(self.t("chart.status"), tuple(st.label(self.lang) for st in ControlStatus),
                                 tuple(statuses.get(st, 0) for st in ControlStatus)))
        blocks.append(self.control_table(rows, for_pdf=True))
        blocks.append(m.PageBreak())
        blocks += [self.card(r) for r in rows]
        extra: list[tuple[str, str]] = []
        # The register's figures are those of its items, not the campaign's stops and receptions.
        summary = m.Summary(self.indicator_block(ind, keys), None)
        # The register's workbook: the items and the receptions they were raised at — not the scope's whole journal.
        sheets = [self.control_table(rows, for_pdf=False), self.control_receptions(rows)] if self.workbook else []
        return self.report("control", self.t("title.control"), self.facts(extra=extra), blocks, summary, sheets,
                           signature=self.signature([]))

    def control_receptions(self, rows: Sequence[control_service.ControlRow]) -> m.Table:
        table, named = control_receptions_table(self.ctx, rows, self.lang, self.req.redact,
                                                lambda r: self.control_title(r.id, r.title))
        self.named = max(self.named, named)
        return table

    def card(self, row: control_service.ControlRow) -> m.ControlCard:
        item = control_service.get_item(self.ctx, row.id)
        facts = [(self.t("col.status"), row.status.label(self.lang)),
                 (self.t("col.registered"), f"{row.registered_on:%d.%m.%Y}"),
                 (self.t("col.deadline"), f"{row.deadline:%d.%m.%Y}"
                  + (f" ({self._days_left(row)})" if self._days_left(row) else "")),
                 (self.t("col.settlement"), row.settlement_name or "—"),
                 (self.t("col.responsible"), row.responsible_org_name or "—")]
        if not self.req.redact:
            if row.responsible_person:
                facts.append((self.t("col.person"), row.responsible_person))
            if item.description and item.description != row.title:
                facts.append((self.t("col.description"), item.description))
        facts.append((self.t("col.applicants"), str(row.receptions)))
        history = tuple(
            (f"{e.at:%d.%m.%Y %H:%M}", e.kind.label(self.lang),
             ("" if self.req.redact else e.note) + (f" → {e.new_deadline:%d.%m.%Y}" if e.new_deadline else ""))
            for e in item.events
        )
        mark = f" — {self.t('overdue').upper()}" if row.overdue else ""
        return m.ControlCard(f"{self.control_title(row.id, row.title)}{mark}", tuple(facts),
                             (self.t("col.date"), self.t("col.event"), self.t("col.note")), history, row.overdue)

    def journal_report(self) -> m.Report:
        tour = tours.get_tour(self.ctx, self.tour_id) if self.tour_id else None
        stops = self.stops()
        ind = self.indicators(stops)
        keys = ["receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control"]
        journal = self.receptions_table(for_pdf=True)
        blocks: list[m.Block] = [self.indicator_block(ind, keys), journal]
        sheets = [self.receptions_table(for_pdf=False)] + [
            t for t in self.sheets(stops, ind) if t.sheet != self.t("sheet.receptions")] if self.workbook else []
        groups = self.groups(tour, [tour.campaign_id] if tour else [])
        breakdown = None
        if self.workbook:
            breakdown = self.breakdown("district", "sec.by_district", ind) if not self.narrowed else \
                self.stop_breakdown(stops, ind)
        summary = self.summary(ind, breakdown)
        facts = self.facts(tour=tour, extra=self.approval_facts(stops))
        return self.report("journal", self.t("title.journal"), facts, blocks, summary, sheets,
                           landscape=True, signature=self.signature(groups))

    def press_report(self) -> m.Report:
        stops = self.stops()
        ind = self.indicators(stops)
        facts = PressFacts(indicators=ind, approximate=any(s.approximate and s.headcount for s in stops),
                           date_from=self.rs.date_from, date_to=self.rs.date_to)
        campaign_ids = sorted(self.rs.campaign_ids) if self.rs.campaign_ids is not None else [
            r.key for r in build_breakdown(self.ctx, self.scope, "campaign") if r.key is not None]
        if len(campaign_ids) == 1:
            # One campaign did the work counted (named, or the only one active there): the release names it.
            info = campaign_service.get_campaign(self.ctx, campaign_ids[0])
            facts = replace(facts, campaign_ru=info.title_ru, campaign_kk=info.title_kk, campaign_kind=info.kind.value)
        if self.rs.district_ids is not None and len(self.rs.district_ids) == 1:
            d = places.get_district(self.ctx, next(iter(self.rs.district_ids)))
            facts = replace(facts, district_ru=d.name_ru, district_kk=d.name_kk)
        # The paragraph is drafted from the figures and the names of the campaign and the district, never from text
        # typed about residents, so redaction has nothing to scrub there; scrubbing it anyway would hit the districts
        # and villages named after people («Жамбыл ауданы») whenever a resident bears that name.
        paragraph = press_paragraph(facts, self.lang)
        # The title block names the campaign the paragraph names, not «all».
        named = campaign_ids if len(campaign_ids) == 1 else ()
        return self.report("press", self.t("title.press"), self.facts(campaigns=named), [], self.summary(ind, None),
                           [], press=paragraph)


class _EnumLabels:
    """Labels of the coded journal columns, looked up once per code instead of once per line."""

    enums: dict[str, Any] = {"social_category": SocialCategory, "appeal_form": AppealForm, "topic": Topic,
                             "outcome": Outcome, "help_kind": HelpKind}

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.cache: dict[tuple[str, str], str] = {}

    def label(self, column: str, code: object) -> str:
        if code is None or code == "":
            return ""
        key = (column, str(code))
        found = self.cache.get(key)
        if found is None:
            try:
                found = self.enums[column](str(code)).label(self.lang)
            except ValueError:
                found = str(code)  # a code of a newer version: shown as it is
            self.cache[key] = found
        return found

