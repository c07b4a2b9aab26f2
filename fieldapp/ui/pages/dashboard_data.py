"""The dashboard's data: what its worker job reads (the indicators of a scope, their breakdowns for the charts,
today's stops, the overdue control items, what the filters offer) and the labels the charts show.

Apart from the page (ui/pages/dashboard.py): the page is painted at the start before any figure exists, and the
domain's indicator and enum types this module brings are loaded with the first figures instead (issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from fieldapp.domain.enums import Outcome, StopStatus, Topic
from fieldapp.domain.indicators import BreakdownRow, Indicators, Scope
from fieldapp.domain.progress import CancelToken, Progress

if TYPE_CHECKING:
    from fieldapp.services.agenda import DeskStop
    from fieldapp.services.context import Context
    from fieldapp.services.control import ControlRow

OVERDUE_SHOWN = 5  # overdue items listed by name; the control page has them all
# The outcome bars: the indicator that counts each outcome, in the order of the outcome list.
OUTCOME_BARS: tuple[tuple[str, Outcome], ...] = (
    ("explained", Outcome.EXPLAINED), ("resolved_on_spot", Outcome.RESOLVED), ("helped", Outcome.HELPED),
    ("referred", Outcome.REFERRED), ("under_control", Outcome.CONTROL),
)


def build_indicators(ctx: Context, scope: Scope) -> Indicators:
    # Imported on the worker: the page is built for the first paint, before the services are needed.
    from fieldapp.services.indicators import build_indicators as build

    return build(ctx, scope)


def load_indicators(ctx: Context, scope: Scope, progress: Progress, cancel: CancelToken) -> Indicators:
    """The worker job: count everything in `scope`."""
    cancel.check()
    return build_indicators(ctx, scope)


@dataclass(frozen=True)
class DashboardData:
    indicators: Indicators
    day: date | None = None  # the day "today" meant when the data was read
    topics: tuple[tuple[str, int], ...] = ()  # receptions per topic code, the most frequent first
    districts: tuple[BreakdownRow, ...] = ()  # districts with activities, the most active first
    today: tuple[DeskStop, ...] = ()  # the stops of today
    next_stop: DeskStop | None = None  # the nearest planned stop after today
    overdue: tuple[ControlRow, ...] = ()  # the longest overdue first, at most OVERDUE_SHOWN
    overdue_total: int = 0
    # What the scope filters offer, (id, title) and (id, name); None when this load did not read them (unchanged).
    campaigns: tuple[tuple[str, str], ...] | None = None
    districts_offered: tuple[tuple[str, str], ...] | None = None


def load_choices(ctx: Context) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """What the scope filters offer: the campaigns and the districts, named in the context's language."""
    from fieldapp.services.campaigns import list_campaigns
    from fieldapp.services.places import list_districts

    kk = ctx.lang == "kk"
    found = tuple((c.id, c.title(ctx.lang)) for c in list_campaigns(ctx))
    districts = tuple(sorted(((d.id, (d.name_kk or d.name_ru) if kk else d.name_ru) for d in list_districts(ctx)),
                             key=lambda pair: pair[1].casefold()))
    return found, districts


def load_dashboard(ctx: Context, scope: Scope, progress: Progress, cancel: CancelToken, *,
                   lists: bool = True) -> DashboardData:
    """The worker job: the indicators of `scope` with their breakdowns for the charts, today's stops and the overdue
    control items; with `lists`, what the scope filters offer too."""
    indicators = load_indicators(ctx, scope, progress, cancel)
    choices = load_choices(ctx) if lists else (None, None)
    if indicators == Indicators():
        return DashboardData(indicators, campaigns=choices[0], districts_offered=choices[1])
    # Imported on the worker, as the builder is: the page is built for the first paint.
    from fieldapp.services import agenda
    from fieldapp.services.control_register import overdue_in_scope, register_counts, register_page
    from fieldapp.services.indicators import build_breakdown, build_topic_counts

    cancel.check()
    topics = tuple(build_topic_counts(ctx, scope).items())
    cancel.check()
    # The chart shows activities alone: the other indicators per district are not counted.
    by_district = build_breakdown(ctx, scope, "district", only=("activities",))
    districts = tuple(sorted((r for r in by_district if r.indicators.activities),
                             key=lambda r: (-r.indicators.activities, r.label_ru.casefold())))
    cancel.check()
    today = agenda.today(ctx)
    cancel.check()
    # The register's own query: the longest overdue first, only as many as are shown, and their number.
    overdue = overdue_in_scope(ctx, scope)
    shown = register_page(ctx, overdue, 0, OVERDUE_SHOWN)
    return DashboardData(indicators, today.day, topics, districts, today.stops, today.next_stop, shown,
                         register_counts(ctx, overdue).shown, *choices)


def status_label(code: str, lang: str) -> str:
    try:
        return StopStatus(code).label(lang)
    except ValueError:
        return code


def chart_label(text: str) -> str:
    """A list label as a chart shows it: with a capital letter («водоснабжение» → «Водоснабжение»)."""
    return text[:1].upper() + text[1:]


def topic_label(code: str, lang: str) -> str:
    try:
        return chart_label(Topic(code).label(lang))
    except ValueError:
        return code  # a topic of a newer version of the app
