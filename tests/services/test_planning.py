"""Planning from a database made like a user makes it: the campaign's districts, generating and writing a
rotation (all or nothing, a supervisor's act, refusals that leave the database as it was), the coverage of the
plan summary against a query written here over stops, and the settlements not visited for six months."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError, DomainError, NotFoundError, ValidationError
from fieldapp.services import campaigns, places, planning, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.workspace import open_workspace

NOW = datetime(2026, 7, 15, 10, 0)
JUNE = (date(2026, 6, 1), date(2026, 6, 30))


@dataclass
class Office:
    boss: Context
    field: Context
    region: str
    districts: list[str]
    settlements: dict[str, list[str]]
    campaign: str
    groups: list[str]
    directions: list[str]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass-123", protected=False)
    boss = open_workspace(path, user="boss", password="boss-pass-123", clock=lambda: NOW)
    add_user(boss, "field", "field-pass-123", Role.MEMBER)
    field = open_workspace(path, user="field", password="field-pass-123", clock=lambda: NOW)
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    names = ["Байзакский район", "Жамбылский район", "Жуалынский район", "Кордайский район", "Меркенский район"]
    districts = [places.create_district(boss, region, n) for n in names]
    settlements = {d: [places.create_settlement(boss, d, f"{n[:4]} село {k}") for k in range(3)]
                   for d, n in zip(districts, names, strict=True)}
    campaign = campaigns.create_campaign(boss, "Мир и согласие", region_id=region)
    directions = [d.id for d in campaigns.list_directions(boss)][:5]
    groups = [campaigns.create_group(boss, campaign, f"Группа № {i + 1}", direction_id=directions[i])
              for i in range(5)]
    yield Office(boss, field, region, districts, settlements, campaign, groups, directions)
    field.db.close()
    boss.db.close()


def _digest(ctx: Context) -> list[tuple[object, ...]]:
    with ctx.db.session() as s:
        return [tuple(r) for r in s.execute(text("SELECT id, deleted FROM rotation_slot ORDER BY id")).all()]


def test_a_new_campaign_works_in_its_region_then_where_it_has_slots_or_stops(office: Office) -> None:
    ctx = office.boss
    assert [d.id for d in planning.campaign_districts(ctx, office.campaign)] == office.districts
    other = places.create_region(ctx, "Алматинская область")
    far = places.create_district(ctx, other, "Райымбекский район")
    tour = tours.create_tour(ctx, office.campaign, "Выезд", group_ids=[office.groups[0]])
    tours.add_stop(ctx, tour, office.settlements[office.districts[1]][0], planned_on=date(2026, 6, 2))
    campaigns.add_rotation_slot(ctx, office.groups[1], far, date(2026, 5, 4), date(2026, 5, 8))
    assert {d.id for d in planning.campaign_districts(ctx, office.campaign)} == {office.districts[1], far}


def test_the_pilot_is_planned_in_one_action(office: Office) -> None:
    ctx = office.boss
    dry = planning.generate_rotation(ctx, office.campaign, *JUNE, dry_run=True)
    assert len(dry.slots) == 25 and dry.rounds == 5 and dry.working_days == 22
    assert _digest(ctx) == []  # a dry run writes nothing
    planning.generate_rotation(ctx, office.campaign, *JUNE)
    summary = planning.plan_summary(ctx, office.campaign)
    assert [(s.group_id, s.district.id, s.starts_on, s.ends_on) for s in summary.slots] == \
        [(s.group_id, s.district.id, s.starts_on, s.ends_on) for s in dry.slots]
    assert Counter((s.group_id, s.district.id) for s in summary.slots) == Counter(
        {(g, d): 1 for g in office.groups for d in office.districts})
    for slot in summary.slots:
        assert ctx.calendar.is_working_day(slot.starts_on) and ctx.calendar.is_working_day(slot.ends_on)
    # 22 working days in five rounds: 5, 5, 4, 4, 4
    assert sorted({(s.starts_on, s.ends_on) for s in summary.slots}) == [
        (date(2026, 6, 1), date(2026, 6, 5)), (date(2026, 6, 8), date(2026, 6, 12)),
        (date(2026, 6, 15), date(2026, 6, 18)), (date(2026, 6, 19), date(2026, 6, 24)),
        (date(2026, 6, 25), date(2026, 6, 30))]
    cells = summary.coverage.cells
    assert len(cells) == 25 and all(c.planned == 1 and c.held == 0 for c in cells)

    before = _digest(ctx)
    with pytest.raises(ValidationError) as err:  # the same days again: two groups per district
        planning.generate_rotation(ctx, office.campaign, date(2026, 6, 29), date(2026, 7, 31))
    assert err.value.code == "rotation.exists" and "Группа №" in err.value.message("ru")
    assert _digest(ctx) == before
    planning.generate_rotation(ctx, office.campaign, date(2026, 7, 1), date(2026, 7, 31))  # next month is free
    assert len(planning.plan_summary(ctx, office.campaign).slots) == 50


def test_holidays_are_never_a_first_or_last_day(office: Office) -> None:
    ctx = office.boss
    proposal = planning.propose_rotation(ctx, office.campaign, date(2026, 3, 16), date(2026, 4, 3))
    assert proposal.working_days == 12  # three weeks less Nauryz: 23–25 March off
    for slot in proposal.slots:
        assert slot.starts_on not in {date(2026, 3, d) for d in range(21, 26)}
        assert slot.ends_on not in {date(2026, 3, d) for d in range(21, 26)}
        assert ctx.calendar.is_working_day(slot.starts_on) and ctx.calendar.is_working_day(slot.ends_on)


def test_refusals_name_the_rule_and_write_nothing(office: Office) -> None:
    ctx = office.boss
    with pytest.raises(ValidationError) as err:
        planning.generate_rotation(ctx, office.campaign, date(2026, 6, 1), date(2026, 6, 4))
    assert err.value.code == "rotation.too_few_days" and err.value.field == "period"
    assert "4" in err.value.message("ru") and "5" in err.value.message("kk") and "working days" in \
        err.value.message("en")
    empty = campaigns.create_campaign(ctx, "Пустая кампания", region_id=office.region)
    with pytest.raises(ValidationError) as err:
        planning.generate_rotation(ctx, empty, *JUNE)
    assert err.value.code == "rotation.no_groups"
    nowhere = campaigns.create_campaign(ctx, "Кампания без области")
    campaigns.create_group(ctx, nowhere, "Группа")
    with pytest.raises(ValidationError) as err:
        planning.generate_rotation(ctx, nowhere, *JUNE)
    assert err.value.code == "rotation.no_districts"
    with pytest.raises(AccessError):  # writing a rotation is a supervisor's act
        planning.generate_rotation(office.field, office.campaign, *JUNE)
    with pytest.raises(AccessError):
        planning.accept_rotation(office.field, planning.propose_rotation(office.field, office.campaign, *JUNE))
    assert _digest(ctx) == []


def test_more_groups_than_districts_rest_in_turn(office: Office) -> None:
    ctx = office.boss
    two = campaigns.create_campaign(ctx, "Две группы на три района")
    groups = [campaigns.create_group(ctx, two, f"Г{i}") for i in range(3)]
    tour = tours.create_tour(ctx, two, "Выезд", group_ids=groups[:1])
    for d in office.districts[:2]:
        tours.add_stop(ctx, tour, office.settlements[d][0])
    planning.generate_rotation(ctx, two, date(2026, 6, 1), date(2026, 6, 3))
    slots = campaigns.list_rotation(ctx, two)
    assert Counter((s.group_id, s.district_id) for s in slots) == Counter(
        {(g, d): 1 for g in groups for d in office.districts[:2]})
    assert len({(s.district_id, s.starts_on) for s in slots}) == 6


def test_coverage_equals_a_query_over_stops(office: Office) -> None:
    ctx = office.boss
    planning.generate_rotation(ctx, office.campaign, *JUNE)
    g = office.groups
    joint = tours.create_tour(ctx, office.campaign, "Совместный выезд", group_ids=[g[0], g[1]])
    alone = tours.create_tour(ctx, office.campaign, "Выезд группы 3", group_ids=[g[2]])
    dropped = tours.create_tour(ctx, office.campaign, "Удалённый выезд", group_ids=[g[3]])
    d, s = office.districts, office.settlements

    def held(tour: str, settlement: str, day: date) -> str:
        stop = tours.add_stop(ctx, tour, settlement, planned_on=day)
        tours.mark_stop_done(ctx, stop, datetime.combine(day, datetime.min.time()).replace(hour=11))
        return stop

    held(joint, s[d[0]][0], date(2026, 6, 2))  # two directions at once
    held(joint, s[d[0]][1], date(2026, 6, 3))
    held(joint, s[d[3]][0], date(2026, 5, 20))  # outside the rotation: still met
    held(alone, s[d[2]][2], date(2026, 6, 4))
    tours.add_stop(ctx, alone, s[d[1]][0], planned_on=date(2026, 6, 10))  # only planned
    cancelled = tours.add_stop(ctx, alone, s[d[1]][1], planned_on=date(2026, 6, 11))
    tours.cancel_stop(ctx, cancelled, "распутица")
    tours.delete_stop(ctx, held(alone, s[d[4]][0], date(2026, 6, 12)))
    held(dropped, s[d[4]][1], date(2026, 6, 12))
    tours.delete_tour(ctx, dropped)

    with ctx.db.session() as session:
        done_rows = session.execute(text(
            "SELECT se.district_id, wg.direction_id, COUNT(DISTINCT st.id) FROM stop st "
            "JOIN tour t ON t.id = st.tour_id AND t.deleted = 0 "
            "JOIN tour_group tg ON tg.tour_id = t.id AND tg.deleted = 0 "
            "JOIN working_group wg ON wg.id = tg.group_id AND wg.deleted = 0 AND wg.campaign_id = :c "
            "JOIN settlement se ON se.id = st.settlement_id "
            "WHERE st.deleted = 0 AND st.status = 'done' AND wg.direction_id IS NOT NULL "
            "GROUP BY se.district_id, wg.direction_id"), {"c": office.campaign}).all()
        planned_rows = session.execute(text(
            "SELECT rs.district_id, wg.direction_id, COUNT(*) FROM rotation_slot rs "
            "JOIN working_group wg ON wg.id = rs.group_id AND wg.deleted = 0 "
            "WHERE rs.deleted = 0 AND rs.campaign_id = :c AND wg.direction_id IS NOT NULL "
            "GROUP BY rs.district_id, wg.direction_id"), {"c": office.campaign}).all()
    done = {(a, b): n for a, b, n in done_rows}
    planned = {(a, b): n for a, b, n in planned_rows}
    assert sum(done.values()) == 7  # the query itself sees what was held: 3 stops × 2 directions + 1
    summary = planning.plan_summary(ctx, office.campaign)
    got = {(c.district_id, c.direction_id): (c.planned, c.held) for c in summary.coverage.cells}
    assert set(got) == {(x, r) for x in d for r in office.directions}
    assert got == {key: (planned.get(key, 0), done.get(key, 0)) for key in got}
    as_json = summary.as_json()["coverage"]
    assert sum(row["done"] for row in as_json) == 7 and sum(row["planned"] for row in as_json) == 25


def test_settlements_not_visited_for_six_months_longest_first(office: Office) -> None:
    ctx = office.boss  # today 15.07.2026: six months back is 15.01.2026
    d, s = office.districts, office.settlements
    tour = tours.create_tour(ctx, office.campaign, "Выезд", group_ids=[office.groups[0]])
    for settlement, day in ((s[d[0]][0], date(2025, 12, 1)), (s[d[0]][1], date(2026, 1, 14)),
                            (s[d[1]][0], date(2026, 1, 15)), (s[d[1]][1], date(2026, 5, 5)),
                            (s[d[0]][0], date(2025, 11, 1))):
        stop = tours.add_stop(ctx, tour, settlement, planned_on=day)
        tours.mark_stop_done(ctx, stop, datetime.combine(day, datetime.min.time()).replace(hour=9))
    tours.add_stop(ctx, tour, s[d[1]][2], planned_on=date(2026, 7, 1))  # planned only: not a visit
    summary = planning.plan_summary(ctx, office.campaign)
    assert summary.since == date(2026, 1, 15)
    rows = summary.not_visited
    never = [r for r in rows if r.last_held is None]
    # the campaign works where its stops are (two districts): their six settlements, two of them met lately
    assert rows[:len(never)] == tuple(never) and {r.settlement_id for r in never} == {s[d[0]][2], s[d[1]][2]}
    assert [(r.settlement_id, r.last_held) for r in rows[len(never):]] == [
        (s[d[0]][0], date(2025, 12, 1)), (s[d[0]][1], date(2026, 1, 14))]
    visited = {s[d[1]][0], s[d[1]][1]}
    assert not visited & {r.settlement_id for r in rows}
    assert planning.months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)


def test_find_campaign_by_text(office: Office) -> None:
    ctx = office.boss
    campaigns.create_campaign(ctx, "Мир и согласие — 2")
    assert planning.find_campaign(ctx, "мир и согласие").id == office.campaign  # the exact title wins
    assert planning.find_campaign(ctx, "— 2").title_ru == "Мир и согласие — 2"
    with pytest.raises(ValidationError) as err:
        planning.find_campaign(ctx, "согласие")
    assert err.value.code == "campaign.ambiguous"
    with pytest.raises(NotFoundError):
        planning.find_campaign(ctx, "нет такой")
    assert issubclass(NotFoundError, DomainError)


def test_a_tour_from_a_slot_routes_the_least_visited_first(office: Office) -> None:
    ctx = office.boss
    planning.generate_rotation(ctx, office.campaign, *JUNE)
    first = next(s for s in planning.plan_summary(ctx, office.campaign).slots
                 if s.group_id == office.groups[0] and s.district.id == office.districts[0])
    assert (first.starts_on, first.ends_on) == (date(2026, 6, 1), date(2026, 6, 5))
    met, second, third = office.settlements[office.districts[0]]
    earlier = tours.create_tour(ctx, office.campaign, "Весенний выезд", group_ids=[office.groups[3]])
    for village, day in ((met, date(2026, 5, 20)), (third, date(2026, 4, 2))):
        stop = tours.add_stop(ctx, earlier, village, planned_on=day)
        tours.mark_stop_done(ctx, stop, datetime.combine(day, datetime.min.time()).replace(hour=9))

    with pytest.raises(AccessError):
        planning.create_tour_for_slot(office.field, first.id)
    made = planning.create_tour_for_slot(ctx, first.id)
    info = tours.get_tour(ctx, made.tour_id)
    assert (info.starts_on, info.ends_on) == (first.starts_on, first.ends_on)
    assert made.title.startswith("Группа № 1: Байзакский район") and made.stops == 3
    route = tours.route(ctx, made.tour_id)
    # never visited first, then the longest unvisited; one stop a working day from the slot's first day
    assert [(s.settlement_id, s.planned_on) for s in route] == [
        (second, date(2026, 6, 1)), (third, date(2026, 6, 2)), (met, date(2026, 6, 3))]
    with ctx.db.session() as session:
        linked = session.execute(text("SELECT group_id FROM tour_group WHERE tour_id = :t AND deleted = 0"),
                                 {"t": made.tour_id}).scalars().all()
    assert linked == [office.groups[0]]


def test_moving_or_adding_a_slot_keeps_one_group_per_district(office: Office) -> None:
    ctx = office.boss
    planning.generate_rotation(ctx, office.campaign, *JUNE)
    slots = planning.plan_summary(ctx, office.campaign).slots
    first = slots[0]  # group 1 in the first district, 1–5 June
    other = next(s for s in slots if s.starts_on == first.starts_on and s.id != first.id)
    before = _digest(ctx)
    with pytest.raises(ValidationError) as err:  # into a district another group holds those days
        campaigns.update_rotation_slot(ctx, first.id, other.district.id, first.starts_on, first.ends_on)
    assert err.value.code == "rotation.district_busy" and err.value.field == "district"
    assert other.group_name in err.value.message("ru")
    spare = campaigns.create_group(ctx, office.campaign, "Резервная группа")
    with pytest.raises(ValidationError) as err:
        campaigns.add_rotation_slot(ctx, spare, first.district.id, date(2026, 6, 5), date(2026, 6, 8))
    assert err.value.code == "rotation.district_busy"
    assert _digest(ctx) == before
    # shortened, the slot frees its last days; after the rotation the district is free again
    campaigns.update_rotation_slot(ctx, first.id, first.district.id, first.starts_on, date(2026, 6, 3))
    campaigns.add_rotation_slot(ctx, spare, first.district.id, date(2026, 6, 4), date(2026, 6, 5))
    campaigns.add_rotation_slot(ctx, spare, office.districts[1], date(2026, 7, 1), date(2026, 7, 3))
    other_campaign = campaigns.create_campaign(ctx, "Другая кампания")
    elsewhere = campaigns.create_group(ctx, other_campaign, "Чужая группа")
    campaigns.add_rotation_slot(ctx, elsewhere, first.district.id, *JUNE)  # another campaign's rotation is its own


def test_a_month_planned_in_one_action_and_held_meets_every_district_with_every_direction(office: Office) -> None:
    """The issue's «done when»: the pilot — five groups, five districts, one month — planned in one action, a tour
    made from each slot and its stops held on their days: the coverage shows every district met by every direction."""
    ctx = office.boss
    planning.generate_rotation(ctx, office.campaign, *JUNE)
    for slot in planning.plan_summary(ctx, office.campaign).slots:
        made = planning.create_tour_for_slot(ctx, slot.id)
        for stop in tours.route(ctx, made.tour_id):
            assert stop.planned_on is not None and slot.starts_on <= stop.planned_on <= slot.ends_on
            tours.mark_stop_done(ctx, stop.id, datetime.combine(stop.planned_on, datetime.min.time()).replace(hour=10))
    summary = planning.plan_summary(ctx, office.campaign)
    assert len(summary.coverage.cells) == 25 and all(c.held >= 1 and c.planned == 1 for c in summary.coverage.cells)
    assert campaigns.coverage(ctx, office.campaign).complete  # each slot's own group held a stop in its days
    assert summary.not_visited == ()  # every village of the five districts met in June, within six months of July
