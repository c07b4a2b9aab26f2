"""The printed plan (report kind "plan", CONTRACT.md's `fieldapp report plan`): a campaign's rotation as a grid of
districts by periods, the coverage of its districts by directions (stops held / slots planned) and the settlements
not visited for six months; a landscape PDF with the signature block, or a workbook with a sheet for each. Every
figure comes from services/planning.py, the one derivation the planning page and `fieldapp plan` show too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import ResolvedScope, Scope
from fieldapp.reports import model as m
from fieldapp.reports.texts import text
from fieldapp.services import campaigns, places, planning
from fieldapp.services.context import Context
from fieldapp.services.planning import PlanSummary, SlotView

__all__ = ["plan_report", "report_campaign"]

Words = Callable[..., str]  # the report's words in its language (reports/texts.py)


def report_campaign(ctx: Context, scope: Scope, resolved: ResolvedScope) -> str:
    """The one campaign a plan is printed for: --id, else --campaign TEXT (the exact title wins), else the only
    campaign there is. A plan of several campaigns would mix their rotations: refused, naming them."""
    if resolved.campaign_ids is not None and len(resolved.campaign_ids) == 1:
        return next(iter(resolved.campaign_ids))
    if scope.campaign_text is not None:
        return planning.find_campaign(ctx, scope.campaign_text).id
    found = campaigns.list_campaigns(ctx)
    if len(found) == 1:
        return found[0].id
    raise ValidationError("report.plan_campaign", "campaign")


def _pick(lang: str, ru: str, kk: str) -> str:
    return kk if lang == "kk" and kk else ru


def _periods(slots: Sequence[SlotView]) -> list[tuple[date, date]]:
    return sorted({(s.starts_on, s.ends_on) for s in slots})


def plan_report(ctx: Context, campaign_id: str, lang: str, printed_at: datetime, texts: dict[str, str],
                running_head: str) -> m.Report:
    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    summary = planning.plan_summary(ctx, campaign_id)
    codes = {g.id: g.code for g in campaigns.list_groups(ctx, campaign_id) if g.code}
    marks: dict[str, str] = {}
    for slot in summary.slots:
        marks.setdefault(slot.group_id, codes.get(slot.group_id) or f"№{len(marks) + 1}")
    title = t("title.plan")
    blocks: list[m.Block] = [_indicators(summary, t)]
    blocks += _rotation_grid(summary, marks, lang, t)
    blocks.append(_coverage_matrix(summary, lang, t))
    not_visited = _not_visited_table(summary, lang, t)
    blocks.append(not_visited)
    sheets = (_rotation_table(summary, lang, t), _coverage_table(summary, lang, t), not_visited)
    signature = m.Signature(t("sign.plan_role"), t("sign.name"), t("sign.hint"))
    return m.Report(
        kind="plan", lang=lang, title=title, running_head=running_head, facts=tuple(_facts(ctx, summary, lang, t)),
        blocks=tuple(blocks), sheets=sheets, summary=m.Summary(_indicators(summary, t), None),
        printed_at=printed_at, redacted=False, landscape=True, signature=signature, texts=texts,
    )


def _facts(ctx: Context, summary: PlanSummary, lang: str, t: Words) -> list[tuple[str, str]]:
    info = summary.campaign
    out = [(t("fact.campaign"), info.title(lang))]
    if summary.slots:
        first, last = min(s.starts_on for s in summary.slots), max(s.ends_on for s in summary.slots)
        out.append((t("fact.period"), f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"))
    if info.region_id:
        region = places.get_region(ctx, info.region_id)
        out.append((t("fact.region"), _pick(lang, region.name_ru, region.name_kk)))
    out.append((t("fact.district"), "; ".join(_pick(lang, d.name_ru, d.name_kk) for d in summary.districts) or "—"))
    return out


def _indicators(summary: PlanSummary, t: Words) -> m.IndicatorBlock:
    cells = summary.coverage.cells
    items = (
        m.Indicator("slots", t("plan.ind.slots"), len(summary.slots)),
        m.Indicator("districts", t("plan.ind.districts"), len(summary.districts)),
        m.Indicator("directions", t("plan.ind.directions"), len(summary.coverage.directions)),
        m.Indicator("planned_cells", t("plan.ind.planned"), sum(1 for c in cells if c.planned)),
        m.Indicator("met_cells", t("plan.ind.met"), sum(1 for c in cells if c.held)),
        m.Indicator("not_visited", t("plan.ind.not_visited"), len(summary.not_visited)),
    )
    return m.IndicatorBlock(t("sec.indicators"), items)


def _rotation_grid(summary: PlanSummary, marks: dict[str, str], lang: str, t: Words) -> list[m.Block]:
    if not summary.slots:
        return [m.Heading(t("sec.rotation")), m.Text(t("plan.no_rotation"))]
    periods = _periods(summary.slots)
    rows = []
    for district in summary.districts:
        here = [s for s in summary.slots if s.district.id == district.id]
        cells = tuple(", ".join(marks[s.group_id] for s in here if (s.starts_on, s.ends_on) == p) for p in periods)
        rows.append((_pick(lang, district.name_ru, district.name_kk), cells))
    seen: dict[str, SlotView] = {}
    for slot in summary.slots:
        seen.setdefault(slot.group_id, slot)
    legend = "; ".join(f"{marks[gid]} — {s.group_name}" + (f" ({s.direction_name(lang)})" if s.direction else "")
                       for gid, s in seen.items())
    columns = tuple(f"{a:%d.%m}–{b:%d.%m.%Y}" for a, b in periods)
    return [m.Matrix(t("sec.rotation"), t("plan.corner"), columns, tuple(rows), legend)]


def _coverage_matrix(summary: PlanSummary, lang: str, t: Words) -> m.Matrix:
    cov = summary.coverage
    rows = tuple(
        (_pick(lang, d.name_ru, d.name_kk),
         tuple(f"{cov.cell(d.id, r.id).held} / {cov.cell(d.id, r.id).planned}" for r in cov.directions))
        for d in cov.districts
    )
    return m.Matrix(t("sec.plan_coverage"), t("coverage.corner"), tuple(r.name(lang) for r in cov.directions), rows,
                    t("plan.coverage_legend"))


def _rotation_table(summary: PlanSummary, lang: str, t: Words) -> m.Table:
    columns = (m.Column(t("col.district"), "text", 22), m.Column(t("col.from"), "date", 12),
               m.Column(t("col.to"), "date", 12), m.Column(t("col.group"), "text", 34),
               m.Column(t("col.direction"), "text", 44))
    rows: list[m.Row] = [(s.district_name(lang), s.starts_on, s.ends_on, s.group_name, s.direction_name(lang))
                         for s in sorted(summary.slots, key=lambda s: (s.district_name(lang), s.starts_on))]
    return m.Table(t("sheet.rotation"), t("sec.rotation"), columns, m.fixed(rows), len(rows),
                   empty_text=t("plan.no_rotation"))


def _coverage_table(summary: PlanSummary, lang: str, t: Words) -> m.Table:
    cov = summary.coverage
    names = {d.id: _pick(lang, d.name_ru, d.name_kk) for d in cov.districts}
    directions = {r.id: r.name(lang) for r in cov.directions}
    columns = (m.Column(t("col.district"), "text", 22), m.Column(t("col.direction"), "text", 44),
               m.Column(t("col.planned"), "int", 14, True), m.Column(t("col.held"), "int", 14, True))
    rows: list[m.Row] = [(names[c.district_id], directions[c.direction_id], c.planned, c.held) for c in cov.cells]
    totals: m.Row = (t("total"), None, sum(c.planned for c in cov.cells), sum(c.held for c in cov.cells))
    return m.Table(t("sheet.coverage"), t("sec.plan_coverage"), columns, m.fixed(rows), len(rows), totals=totals,
                   empty_text=t("none"))


def _not_visited_table(summary: PlanSummary, lang: str, t: Words) -> m.Table:
    names = {d.id: _pick(lang, d.name_ru, d.name_kk) for d in summary.districts}
    columns = (m.Column(t("col.district"), "text", 22), m.Column(t("col.settlement"), "text", 30),
               m.Column(t("col.last_visit"), "text", 16))
    rows: list[m.Row] = [
        (names.get(n.district_id, ""), n.name(lang), f"{n.last_held:%d.%m.%Y}" if n.last_held else t("plan.never"))
        for n in sorted(summary.not_visited, key=lambda n: names.get(n.district_id, ""))
    ]
    title = t("sec.not_visited", since=f"{summary.since:%d.%m.%Y}")
    return m.Table(t("sheet.not_visited"), title, columns, m.fixed(rows), len(rows), empty_text=t("plan.all_visited"))
