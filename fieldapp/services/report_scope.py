"""What a report holds beyond its scope's filters: the tips of one tour (or stop), and the receptions of the control
items a register lists. Each kind of report counts and lists its own records only (services/reports.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from fieldapp.domain.enums import Outcome, StopStatus, Topic
from fieldapp.domain.indicators import ResolvedScope
from fieldapp.reports import model as m
from fieldapp.reports.texts import text
from fieldapp.services import places, signals, tours
from fieldapp.services.context import Context
from fieldapp.services.control import ControlRow
from fieldapp.storage.queries import report_scope as q
from fieldapp.storage.queries.reports import Narrow

__all__ = ["control_receptions_table", "tips_in_scope"]


def _stop_day(stop: tours.StopInfo) -> date | None:
    return stop.arrived_at.date() if stop.arrived_at is not None else stop.planned_on


def tips_in_scope(ctx: Context, rs: ResolvedScope, tour_id: str | None, narrow: Narrow) -> list[signals.SignalInfo]:
    """Tips in the scope (campaign, district, period — the indicator's definition); narrowed to one tour or stop,
    those of its campaign received in the districts of its done stops, from its first day to its last (the tour's
    dates, or its done stops' days when it has none; one stop: its day)."""
    campaigns = rs.campaign_ids
    districts = rs.district_ids
    first, last = rs.date_from, rs.date_to
    if tour_id is not None:
        tour = tours.get_tour(ctx, tour_id)
        done = [s for s in tours.route(ctx, tour_id)
                if s.status == StopStatus.DONE and (narrow.stop_id is None or s.id == narrow.stop_id)]
        if not done:
            return []
        district_of = {st.id: st.district_id for st in places.list_settlements(ctx)}
        own = {district_of[s.settlement_id] for s in done if s.settlement_id in district_of}
        days = sorted(d for d in (_stop_day(s) for s in done) if d is not None)
        start, end = (tour.starts_on, tour.ends_on) if narrow.stop_id is None else (None, None)
        start, end = start or (days[0] if days else None), end or (days[-1] if days else None)
        campaigns = frozenset({tour.campaign_id}) if campaigns is None else campaigns & {tour.campaign_id}
        districts = frozenset(own) if districts is None else districts & own
        first = start if first is None or (start is not None and start > first) else first
        last = end if last is None or (end is not None and end < last) else last
    settlements = None
    if districts is not None:
        settlements = {st.id for d in districts for st in places.list_settlements(ctx, d)}
    out = []
    for sg in signals.list_signals(ctx):
        if campaigns is not None and sg.campaign_id not in campaigns:
            continue
        if settlements is not None and sg.settlement_id not in settlements:
            continue
        day = sg.received_at.date()
        if (first and day < first) or (last and day > last):
            continue
        out.append(sg)
    return out


def _label(enum: Any, code: object, lang: str) -> str:
    if code is None or code == "":
        return ""
    try:
        return str(enum(str(code)).label(lang))
    except ValueError:
        return str(code)


def control_receptions_table(ctx: Context, rows: Sequence[ControlRow], lang: str, redact: bool,
                             title: Callable[[ControlRow], str]) -> tuple[m.Table, int]:
    """The receptions each listed item was raised at, under the item's number in the register; personal columns
    (name, IIN, phone, essence) are neither read nor written when redacted. Returns the table and the number of
    lines that name a resident."""
    def t(key: str) -> str:
        return text(key, lang)

    personal = ("applicant_name", "applicant_iin", "applicant_phone", "essence")
    columns = tuple(c for c in q.CONTROL_RECEPTION_COLUMNS if not (redact and c in personal))
    number = {r.id: n for n, r in enumerate(rows, start=1)}
    titles = {r.id: title(r) for r in rows}
    cols = [m.Column(t("col.no"), "int", 5), m.Column(t("col.problem"), "text", 36),
            m.Column(t("col.reg_no"), "text", 18), m.Column(t("col.date"), "datetime", 16),
            m.Column(t("col.district"), "text", 16), m.Column(t("col.settlement"), "text", 16)]
    if not redact:
        cols += [m.Column(t("col.applicant"), "text", 24), m.Column(t("col.iin"), "text", 14),
                 m.Column(t("col.phone"), "text", 16)]
    cols.append(m.Column(t("col.topic"), "text", 18))
    if not redact:
        cols.append(m.Column(t("col.essence"), "text", 36))
    cols.append(m.Column(t("col.outcome"), "text", 16))
    kk = lang == "kk"

    def convert(r: tuple[Any, ...]) -> m.Row:
        v = dict(zip(columns, r, strict=True))
        when = v["received_at"]
        line: list[m.Cell] = [number[v["item_id"]], titles[v["item_id"]], v["reg_no"],
                              when if isinstance(when, datetime) else datetime.fromisoformat(str(when)),
                              (v["district_kk"] or v["district_ru"]) if kk else v["district_ru"],
                              (v["settlement_kk"] or v["settlement_ru"]) if kk else v["settlement_ru"]]
        if not redact:
            line += [v["applicant_name"] or "", v["applicant_iin"] or "", v["applicant_phone"] or ""]
        line.append(_label(Topic, v["topic"], lang))
        if not redact:
            line.append(v["essence"] or "")
        line.append(_label(Outcome, v["outcome"], lang))
        return tuple(line)

    with ctx.db.reading() as s:
        lines = [convert(r) for r in q.control_reception_rows(s, list(number), columns)]
    lines.sort(key=lambda line: (line[0] if isinstance(line[0], int) else 0))

    def source() -> Iterator[m.Row]:
        return iter(lines)

    table = m.Table(t("sheet.control_receptions"), t("sec.control_receptions"), tuple(cols), source, len(lines),
                    empty_text=t("none"))
    return table, 0 if redact else len(lines)

