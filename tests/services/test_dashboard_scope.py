"""The dashboard's three parts count one scope alike (issue 18): the tiles (build_indicators), the charts (receptions
per topic, activities per district) and the overdue box (the control register's query for that scope). Two campaigns
in two districts, built through the services; each scope is checked against figures known by hand, so a part that
ignored the scope would show the whole database's."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from fieldapp.domain.indicators import Scope
from fieldapp.services import campaigns, control, receptions, tours
from fieldapp.services.context import Context
from fieldapp.services.control_register import RegisterQuery, overdue_in_scope, register_counts, register_page
from fieldapp.services.indicators import build_breakdown, build_indicators, build_topic_counts
from fieldapp.services.receptions import ReceptionDraft


@pytest.fixture
def two_campaigns(ctx: Context, world: Any) -> dict[str, str]:
    """Мир и согласие in Аса (Жамбылский р-н): 3 receptions (2 water, 1 roads), a meeting of 50, two overdue items
    (registered 10.02 and 20.02). Чистый аул in Сарыкемер (Байзакский р-н): 1 reception (water), a lecture of 20,
    one overdue item (registered 15.01) and one not yet due."""
    other = campaigns.create_campaign(ctx, "Чистый аул", title_kk="Таза ауыл")
    tour = tours.create_tour(ctx, other, "Байзакский район, март")
    far = tours.add_stop(ctx, tour, world.sarykemer, planned_on=date(2026, 2, 20))
    tours.mark_stop_done(ctx, world.stop, arrived_at=datetime(2026, 3, 2, 10))
    tours.mark_stop_done(ctx, far, arrived_at=datetime(2026, 2, 20, 10))
    tours.add_activity(ctx, world.stop, tours.ActivityDraft(participants=50, held_at=datetime(2026, 3, 2, 11)))
    tours.add_activity(ctx, far, tours.ActivityDraft(type="lecture", participants=20,
                                                     held_at=datetime(2026, 2, 20, 11)))
    for n, topic in enumerate(("water supply", "water supply", "roads and transport")):
        receptions.record_reception(ctx, ReceptionDraft(stop_id=world.stop, applicant_name=f"Житель {n}",
                                                        received_at=datetime(2026, 3, 2, 11, n), topic=topic))
    receptions.record_reception(ctx, ReceptionDraft(stop_id=far, applicant_name="Житель Сарыкемера",
                                                    received_at=datetime(2026, 2, 20, 11), topic="water supply"))
    body = control.Responsible(org_name="Акимат района")
    for title, place, campaign, registered, deadline in (
            ("Водоснабжение Асы", world.asa, world.campaign, date(2026, 2, 10), date(2026, 2, 25)),
            ("Дорога в Асе", world.asa, world.campaign, date(2026, 2, 20), date(2026, 2, 27)),
            ("Свалка в Сарыкемере", world.sarykemer, other, date(2026, 1, 15), date(2026, 1, 30)),
            ("Освещение Сарыкемера", world.sarykemer, other, date(2026, 2, 25), date(2026, 3, 20))):
        control.take_under_control(ctx, title, body, registered_on=registered, deadline=deadline,
                                   settlement_id=place, campaign_id=campaign)
    return {"mir": world.campaign, "clean": other, "zhambyl": world.zhambyl, "baizak": world.baizak}


# scope -> (receptions, activities' participants, overdue control items), known by hand
CASES = {
    "all": ({}, 4, 70, 3),
    "mir": ({"campaign": "mir"}, 3, 50, 2),
    "clean": ({"campaign": "clean"}, 1, 20, 1),
    "baizak": ({"district": "baizak"}, 1, 20, 1),
    "february": ({"period": (date(2026, 2, 1), date(2026, 2, 28))}, 1, 20, 2),
    "mir in february": ({"campaign": "mir", "period": (date(2026, 2, 1), date(2026, 2, 28))}, 0, 0, 2),
}


@pytest.mark.parametrize("case", list(CASES))
def test_tiles_charts_and_overdue_box_count_the_same_scope(ctx: Context, two_campaigns: dict[str, str],
                                                           case: str) -> None:
    spec, receptions_n, participants, overdue = CASES[case]
    ids = two_campaigns
    period = spec.get("period")
    scope = Scope(campaign_ids=frozenset({ids[spec["campaign"]]}) if "campaign" in spec else None,
                  district_ids=frozenset({ids[spec["district"]]}) if "district" in spec else None,
                  date_from=period[0] if period else None, date_to=period[1] if period else None)
    tiles = build_indicators(ctx, scope)
    assert (tiles.receptions, tiles.participants, tiles.control_overdue) == (receptions_n, participants, overdue)
    # The charts: receptions per topic and activities per district add up to the tiles.
    assert sum(build_topic_counts(ctx, scope).values()) == tiles.receptions
    by_district = build_breakdown(ctx, scope, "district", only=("activities",))
    assert sum(r.indicators.activities for r in by_district) == tiles.activities
    # The overdue box: the register's query for the scope finds the items the tile counts, and only those.
    query = overdue_in_scope(ctx, scope)  # what the dashboard asks the register
    assert register_counts(ctx, query).shown == tiles.control_overdue
    rows = register_page(ctx, query, 0, 10)
    assert len(rows) == overdue and all(row.overdue for row in rows)


def test_the_register_searches_title_and_settlement(ctx: Context, two_campaigns: dict[str, str]) -> None:
    def titles(text: str) -> list[str]:
        return sorted(r.title for r in register_page(ctx, RegisterQuery(text=text), 0, 50))

    assert titles("сарыкемер") == ["Освещение Сарыкемера", "Свалка в Сарыкемере"]
    assert titles("ДОРОГА") == ["Дорога в Асе"]
    assert titles("аса") == ["Водоснабжение Асы", "Дорога в Асе"]  # the settlement's name found too
    assert register_counts(ctx, RegisterQuery(text="  ")).shown == 4
    assert register_counts(ctx, RegisterQuery(text="нет такого")).shown == 0
