"""The receptions per outcome and per topic counted without a pass over every reception (queries.reception_totals):
the whole file's counts less what lies at stops out of the scope, or the scope's own stops when it leaves more out.
Either way the figures must be those of a plain count over the joined rows, on a database built through the
services with a deleted stop, a deleted tour, a deleted campaign and a deleted reception; each way is taken by one
of the scopes (asserted), so that a wrong subtraction or a wrong choice shows."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import text

from fieldapp.domain.indicators import Scope
from fieldapp.services import campaigns, receptions, tours
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_indicators, build_topic_counts, resolve_scope
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.storage.queries import reception_totals

OUTCOMES = ("explained", "resolved on the spot", "help provided", "referred")
TOPICS = ("water supply", "roads and transport", "employment", "land and pastures")


@pytest.fixture
def spread(ctx: Context, world: Any) -> dict[str, str]:
    """Receptions at five stops of the world's campaign (one stop deleted later, one tour deleted later), two stops
    of a second campaign in Сарыкемер, one stop of a third campaign deleted later; one reception deleted."""
    other = campaigns.create_campaign(ctx, "Чистый аул")
    gone = campaigns.create_campaign(ctx, "Черновик кампании")
    near = tours.create_tour(ctx, world.campaign, "Второй выезд")
    doomed_tour = tours.create_tour(ctx, world.campaign, "Отменённый выезд")
    far = tours.create_tour(ctx, other, "Байзакский район")
    draft_tour = tours.create_tour(ctx, gone, "Выезд черновика")
    stops = {
        "asa": world.stop,
        "karakemer": tours.add_stop(ctx, near, world.karakemer, planned_on=date(2026, 2, 10)),
        "asa-2": tours.add_stop(ctx, near, world.asa, planned_on=date(2026, 2, 11)),
        "deleted-stop": tours.add_stop(ctx, near, world.karakemer, planned_on=date(2026, 2, 12)),
        "deleted-tour": tours.add_stop(ctx, doomed_tour, world.asa, planned_on=date(2026, 1, 20)),
        "sary-1": tours.add_stop(ctx, far, world.sarykemer, planned_on=date(2026, 1, 15)),
        "sary-2": tours.add_stop(ctx, far, world.sarykemer, planned_on=date(2026, 2, 25)),
        "deleted-campaign": tours.add_stop(ctx, draft_tour, world.sarykemer, planned_on=date(2026, 2, 1)),
    }
    days = {"asa": datetime(2026, 3, 2, 11), "karakemer": datetime(2026, 2, 10, 11),
            "asa-2": datetime(2026, 2, 11, 11), "deleted-stop": datetime(2026, 2, 12, 11),
            "deleted-tour": datetime(2026, 1, 20, 11), "sary-1": datetime(2026, 1, 15, 11),
            "sary-2": datetime(2026, 2, 25, 11), "deleted-campaign": datetime(2026, 2, 1, 11)}
    n = 0
    saved: list[str] = []
    for name, stop in stops.items():
        for k in range(3 + len(name) % 4):
            n += 1
            when = days[name].replace(minute=k)
            outcome = OUTCOMES[n % len(OUTCOMES)]
            saved.append(receptions.record_reception(ctx, ReceptionDraft(
                stop_id=stop, applicant_name=f"Житель {n}", received_at=when, topic=TOPICS[n % len(TOPICS)],
                outcome=outcome, help_kind="legal" if outcome == "help provided" else None,
                responsible_org_name="Акимат района" if outcome == "referred" else None)).id)
    receptions.delete_reception(ctx, saved[1], "ошибка ввода")
    tours.delete_stop(ctx, stops["deleted-stop"])
    tours.delete_tour(ctx, doomed_tour)
    campaigns.delete_campaign(ctx, gone)
    return {"mir": world.campaign, "clean": other, "zhambyl": world.zhambyl, "baizak": world.baizak}


def plain_counts(ctx: Context, column: str, scope: Scope) -> Counter[str]:
    """The straightforward count: every live reception joined to its live stop, tour, campaign and settlement."""
    rs = resolve_scope(ctx, scope)
    where = ["r.deleted = 0", "s.deleted = 0", "t.deleted = 0", "c.deleted = 0"]
    params: dict[str, Any] = {}
    if rs.campaign_ids is not None:
        where.append(f"c.id IN ({', '.join(repr(i) for i in sorted(rs.campaign_ids))})")
    if rs.district_ids is not None:
        where.append(f"st.district_id IN ({', '.join(repr(i) for i in sorted(rs.district_ids))})")
    if rs.date_from is not None:
        where.append("date(r.received_at) >= :first")
        params["first"] = rs.date_from.isoformat()
    if rs.date_to is not None:
        where.append("date(r.received_at) <= :last")
        params["last"] = rs.date_to.isoformat()
    sql = (f"SELECT r.{column}, count(*) FROM reception r JOIN stop s ON s.id = r.stop_id "
           "JOIN tour t ON t.id = s.tour_id JOIN campaign c ON c.id = t.campaign_id "
           f"JOIN settlement st ON st.id = s.settlement_id WHERE {' AND '.join(where)} GROUP BY r.{column}")
    with ctx.db.session() as s:
        return Counter({str(k): int(v) for k, v in s.execute(text(sql), params)})


SCOPES = {
    "whole file": ({}, "less what lies outside"),
    "first campaign": ({"campaign": "mir"}, "its own stops"),
    "second campaign": ({"campaign": "clean"}, "its own stops"),
    "Байзакский район": ({"district": "baizak"}, "its own stops"),
    "February": ({"period": (date(2026, 2, 1), date(2026, 2, 28))}, "less what lies outside"),
    "second campaign in February": ({"campaign": "clean", "period": (date(2026, 2, 1), date(2026, 2, 28))},
                                    "its own stops"),
}


@pytest.mark.parametrize("case", list(SCOPES))
def test_outcomes_and_topics_equal_a_plain_count(ctx: Context, spread: dict[str, str], case: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec, expected_way = SCOPES[case]
    period = spec.get("period")
    scope = Scope(campaign_ids=frozenset({spread[spec["campaign"]]}) if "campaign" in spec else None,
                  district_ids=frozenset({spread[spec["district"]]}) if "district" in spec else None,
                  date_from=period[0] if period else None, date_to=period[1] if period else None)
    ways: list[str] = []
    whole_file = reception_totals._whole_file
    monkeypatch.setattr(reception_totals, "_whole_file",
                        lambda *a: ways.append("less what lies outside") or whole_file(*a))
    at_stops = reception_totals._at_stops
    monkeypatch.setattr(reception_totals, "_at_stops", lambda *a: (ways.append("its own stops")
                                                                    if not ways else None) or at_stops(*a))

    tiles = build_indicators(ctx, scope)
    topics = build_topic_counts(ctx, scope)

    outcomes = plain_counts(ctx, "outcome", scope)
    assert tiles.receptions == sum(outcomes.values()) > 0
    assert (tiles.explained, tiles.resolved_on_spot, tiles.helped, tiles.referred) == tuple(
        outcomes[o] for o in OUTCOMES)
    assert topics == {k: v for k, v in plain_counts(ctx, "topic", scope).items() if v}
    assert set(ways) == {expected_way}  # both the tiles and the chart went that way


def test_a_scope_of_no_receptions_counts_none(ctx: Context, spread: dict[str, str]) -> None:
    scope = Scope(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    assert build_indicators(ctx, scope).receptions == 0
    assert build_topic_counts(ctx, scope) == {}
