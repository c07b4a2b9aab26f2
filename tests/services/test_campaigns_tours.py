"""Campaigns, directions, groups, rotation and coverage; tours, the route, logging a stop, head counts, activities."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.enums import StopStatus
from fieldapp.domain.errors import AccessError
from fieldapp.services import campaigns, people, places, sync, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.tours import ActivityDraft
from fieldapp.services.workspace import open_workspace
from fieldapp.storage.tables import StopHeadcount

# -- campaigns and directions ----------------------------------------------------------------------------------------


def test_campaign_period_must_not_end_before_it_starts(ctx: Context, refused: Any) -> None:
    with refused("period.reversed", "period"):
        campaigns.create_campaign(ctx, "Азбука правопорядка", starts_on=date(2026, 6, 26), ends_on=date(2026, 6, 1))
    one_day = campaigns.create_campaign(ctx, "День приёма", kind="день приёма граждан",
                                        starts_on=date(2026, 6, 1), ends_on=date(2026, 6, 1))
    assert campaigns.get_campaign(ctx, one_day).kind.value == "reception day"
    with refused("enum.unknown", "kind"):
        campaigns.create_campaign(ctx, "X", kind="fiesta")


def test_a_campaign_is_titled_in_kazakh_only_when_its_kazakh_title_is_filled_in(ctx: Context) -> None:
    both = campaigns.get_campaign(ctx, campaigns.create_campaign(ctx, "Чистый аул", title_kk="Таза ауыл"))
    russian_only = campaigns.get_campaign(ctx, campaigns.create_campaign(ctx, "Мир и согласие"))
    assert [both.title(lang) for lang in ("ru", "kk", "en")] == ["Чистый аул", "Таза ауыл", "Чистый аул"]
    assert [russian_only.title(lang) for lang in ("ru", "kk")] == ["Мир и согласие", "Мир и согласие"]
    assert both.title() == "Чистый аул"


def test_default_directions_are_seeded_once_in_three_languages(ctx: Context, other_ctx: Context) -> None:
    assert campaigns.ensure_default_directions(ctx) == 8
    assert campaigns.ensure_default_directions(ctx) == 0
    listed = campaigns.list_directions(ctx)
    assert len(listed) == 8
    assert all(d.name_ru and d.name_kk and d.name_en for d in listed)
    names_en = {d.name_en for d in listed}
    assert {"information and explanation", "rural business development", "religion", "public order and road safety",
            "anti-corruption", "anti-drug prevention", "prevention of domestic violence and trafficking",
            "legal literacy"} == names_en
    # a second laptop seeding on its own gets the same ids: a merge yields one list, not two
    campaigns.ensure_default_directions(other_ctx)
    assert {d.id for d in campaigns.list_directions(other_ctx)} == {d.id for d in listed}


def test_a_deleted_or_renamed_seed_is_left_as_the_user_made_it(ctx: Context) -> None:
    campaigns.ensure_default_directions(ctx)
    by_code = {d.code: d for d in campaigns.list_directions(ctx)}
    campaigns.delete_direction(ctx, by_code["religion"].id)
    campaigns.update_direction(ctx, by_code["legal_literacy"].id, "Правовое просвещение", "Құқықтық ағарту")
    assert campaigns.ensure_default_directions(ctx) == 0
    after = {d.code: d for d in campaigns.list_directions(ctx)}
    assert "religion" not in after and after["legal_literacy"].name_ru == "Правовое просвещение"
    assert after["legal_literacy"].name("kk") == "Құқықтық ағарту"


def test_group_members(ctx: Context, world: Any) -> None:
    head = people.create_member(ctx, "Жумабеков Арман")
    expert = people.create_member(ctx, "Ахметова Динара")
    campaigns.add_group_member(ctx, world.group, head, "руководитель")
    first = campaigns.add_group_member(ctx, world.group, expert, "эксперт")
    assert campaigns.add_group_member(ctx, world.group, expert, "психолог") == first  # no second membership
    assert [(m.full_name, m.role) for m in campaigns.list_group_members(ctx, world.group)] == [
        ("Ахметова Динара", "психолог"), ("Жумабеков Арман", "руководитель")]
    campaigns.remove_group_member(ctx, world.group, expert)
    assert [m.full_name for m in campaigns.list_group_members(ctx, world.group)] == ["Жумабеков Арман"]


# -- rotation and coverage -------------------------------------------------------------------------------------------


def _done_at(ctx: Context, tour: str, settlement: str, day: date) -> str:
    stop = tours.add_stop(ctx, tour, settlement, planned_on=day)
    tours.mark_stop_done(ctx, stop, datetime.combine(day, datetime.min.time()).replace(hour=10))
    return stop


def test_coverage_is_district_by_direction_planned_against_done(ctx: Context, world: Any, refused: Any) -> None:
    campaigns.ensure_default_directions(ctx)
    dirs = {d.code: d.id for d in campaigns.list_directions(ctx)}
    info = campaigns.create_group(ctx, world.campaign, "Группа 1", code="G1", direction_id=dirs["information"])
    order = campaigns.create_group(ctx, world.campaign, "Группа 2", code="G2", direction_id=dirs["public_order"])
    march, april = (date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 30))
    campaigns.add_rotation_slot(ctx, info, world.zhambyl, *march)
    campaigns.add_rotation_slot(ctx, info, world.baizak, *april)
    campaigns.add_rotation_slot(ctx, order, world.baizak, *march)
    campaigns.add_rotation_slot(ctx, order, world.zhambyl, *april)
    with refused("rotation.overlap", "period"):  # one group, one district at a time
        campaigns.add_rotation_slot(ctx, info, world.baizak, date(2026, 3, 31), date(2026, 4, 5))

    tour1 = tours.create_tour(ctx, world.campaign, "Группа 1 в районах", group_ids=[info])
    tour2 = tours.create_tour(ctx, world.campaign, "Группа 2 в районах", group_ids=[order])
    _done_at(ctx, tour1, world.asa, date(2026, 3, 10))  # G1 in Zhambyl in March: planned and done
    _done_at(ctx, tour1, world.sarykemer, date(2026, 3, 15))  # G1 in Baizak, but its Baizak month is April
    tours.add_stop(ctx, tour2, world.sarykemer, planned_on=date(2026, 3, 20))  # G2 in Baizak: only planned
    cancelled = tours.add_stop(ctx, tour2, world.karakemer, planned_on=date(2026, 4, 3))
    tours.cancel_stop(ctx, cancelled, "распутица")

    cov = campaigns.coverage(ctx, world.campaign)
    assert {d.id for d in cov.districts} == {world.zhambyl, world.baizak}
    assert {d.id for d in cov.directions} == {dirs["information"], dirs["public_order"]}
    zh_info = cov.cell(world.zhambyl, dirs["information"])
    assert (zh_info.planned, zh_info.done, zh_info.stops_done, zh_info.covered) == (1, 1, 1, True)
    assert (cov.cell(world.baizak, dirs["information"]).planned, cov.cell(world.baizak, dirs["information"]).done) \
        == (1, 0)
    assert not cov.cell(world.baizak, dirs["public_order"]).covered
    assert not cov.cell(world.zhambyl, dirs["public_order"]).covered
    assert not cov.complete

    _done_at(ctx, tour1, world.sarykemer, date(2026, 4, 30))  # last day of the slot counts
    _done_at(ctx, tour2, world.sarykemer, date(2026, 3, 1))  # first day too
    _done_at(ctx, tour2, world.karakemer, date(2026, 4, 2))
    cov = campaigns.coverage(ctx, world.campaign)
    assert cov.complete
    assert sum(c.planned for c in cov.cells) == 4 and sum(c.done for c in cov.cells) == 4


# -- tours and the route ---------------------------------------------------------------------------------------------


def test_route_order_and_reorder(ctx: Context, world: Any, refused: Any) -> None:
    second = tours.add_stop(ctx, world.tour, world.karakemer)
    first = tours.add_stop(ctx, world.tour, world.sarykemer, position=0)
    assert [s.id for s in tours.route(ctx, world.tour)] == [first, world.stop, second]
    assert [s.seq for s in tours.route(ctx, world.tour)] == [1, 2, 3]
    tours.reorder_stops(ctx, world.tour, [second, first, world.stop])
    assert [s.id for s in tours.route(ctx, world.tour)] == [second, first, world.stop]
    with refused("route.mismatch", "stop"):
        tours.reorder_stops(ctx, world.tour, [second, first])
    with refused("route.mismatch", "stop"):
        tours.reorder_stops(ctx, world.tour, [second, first, first])
    tours.delete_stop(ctx, first)
    assert [s.settlement_ru for s in tours.route(ctx, world.tour)] == ["Каракемер", "Аса"]


def test_tour_groups_keep_their_order(ctx: Context, world: Any) -> None:
    extra = campaigns.create_group(ctx, world.campaign, "Группа по религии", code="ДІН")
    tours.set_tour_groups(ctx, world.tour, [extra, world.group])
    assert tours.get_tour(ctx, world.tour).group_ids == (world.group, extra)
    tours.set_tour_groups(ctx, world.tour, [extra])
    assert tours.get_tour(ctx, world.tour).group_ids == (extra,)


def test_logging_a_stop(ctx: Context, world: Any, refused: Any) -> None:
    with refused("stop.cancel_reason", "reason"):
        tours.cancel_stop(ctx, world.stop, "   ")
    tours.cancel_stop(ctx, world.stop, "буран, дорога закрыта")
    stop = tours.get_stop(ctx, world.stop)
    assert stop.status is StopStatus.CANCELLED and stop.cancel_reason == "буран, дорога закрыта"
    arrived, departed = datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 2, 13, 30)
    with refused("period.reversed", "departed_at"):
        tours.mark_stop_done(ctx, world.stop, departed, arrived)
    tours.mark_stop_done(ctx, world.stop, arrived, departed)
    stop = tours.get_stop(ctx, world.stop)
    assert (stop.status, stop.arrived_at, stop.departed_at, stop.cancel_reason) == (StopStatus.DONE, arrived,
                                                                                   departed, "")
    other = tours.add_stop(ctx, world.tour, world.karakemer)
    tours.mark_stop_done(ctx, other)
    assert tours.get_stop(ctx, other).arrived_at == datetime(2026, 3, 2, 10, 30)  # the context's clock
    tours.reopen_stop(ctx, other)
    assert tours.get_stop(ctx, other).status is StopStatus.PLANNED


def test_head_counts_are_kept_per_device_and_summed(ctx: Context, world: Any, switch_device: Any,
                                                     refused: Any) -> None:
    switch_device(ctx, "0190aaaa-0000-7000-8000-000000000001")
    assert tours.set_headcount(ctx, world.stop, 350, approximate=True).total == 350
    switch_device(ctx, "0190bbbb-0000-7000-8000-000000000002")
    count = tours.set_headcount(ctx, world.stop, 250)
    assert (count.total, count.this_device, count.devices, count.approximate) == (600, 250, 2, True)
    # setting again replaces this device's own number, it does not add a row
    assert tours.set_headcount(ctx, world.stop, 240).total == 590
    switch_device(ctx, "0190aaaa-0000-7000-8000-000000000001")
    assert tours.headcount(ctx, world.stop).this_device == 350
    with ctx.db.session() as s:
        rows = s.query(StopHeadcount).filter_by(stop_id=world.stop).all()
        assert sorted(r.count for r in rows) == [240, 350]
    assert tours.route(ctx, world.tour)[0].headcount == 590
    with refused("number.negative", "headcount"):
        tours.set_headcount(ctx, world.stop, -5)


def test_participating_organisations(ctx: Context, world: Any) -> None:
    akimat = people.create_organization(ctx, "Акимат района")
    ngo = people.create_organization(ctx, "ОО «Мир добра»", kind="ngo")
    tours.add_stop_organization(ctx, world.stop, akimat)
    tours.add_stop_organization(ctx, world.stop, akimat)
    tours.add_stop_organization(ctx, world.stop, ngo)
    assert [o.name_ru for o in tours.list_stop_organizations(ctx, world.stop)] == ["Акимат района", "ОО «Мир добра»"]
    tours.remove_stop_organization(ctx, world.stop, akimat)
    assert [o.id for o in tours.list_stop_organizations(ctx, world.stop)] == [ngo]


def test_activities_with_non_negative_figures(ctx: Context, world: Any, refused: Any) -> None:
    talk = tours.add_activity(ctx, world.stop, ActivityDraft(type="лекция", audience="студенты", title="Профилактика",
                                                             participants=180, handouts=200, publications=2))
    tours.add_activity(ctx, world.stop, ActivityDraft(type="flash mob"))
    assert [(a.type.value, a.participants) for a in tours.list_activities(ctx, world.stop)] == [
        ("lecture", 180), ("flash mob", 0)]
    for field in ("participants", "handouts", "publications"):
        with refused("number.negative", field):
            tours.update_activity(ctx, talk, ActivityDraft(**{field: -1}))  # type: ignore[arg-type]
    tours.update_activity(ctx, talk, ActivityDraft(type="lecture", participants=185))
    tours.delete_activity(ctx, talk)
    assert [a.type.value for a in tours.list_activities(ctx, world.stop)] == ["flash mob"]
    with refused("record.not_found", "stop"):
        tours.add_activity(ctx, "missing", ActivityDraft())


def test_places_used_by_the_route_have_names(ctx: Context, world: Any) -> None:
    places.update_settlement(ctx, world.asa, world.zhambyl, "Аса", "Аса ауылы")
    assert tours.get_stop(ctx, world.stop).settlement_kk == "Аса ауылы"


# -- who sets up the route, who logs it ------------------------------------------------------------------------------


def _office(tmp_path: Path) -> dict[str, Context]:
    """A database made as `fieldapp init` makes it, with a supervisor and a member signed in beside the coordinator."""
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    contexts: dict[str, Context] = {}
    for user, role in (("boss", None), ("chief", "supervisor"), ("field", "member")):
        if role is not None:
            add_user(contexts["boss"], user, f"{user}-pass", role)
        contexts[user] = open_workspace(path, user=user, password=f"{user}-pass",
                                        clock=lambda: datetime(2026, 3, 2, 10))
    return contexts


def test_the_route_is_set_up_by_a_supervisor_and_logged_by_a_member(tmp_path: Path) -> None:
    office = _office(tmp_path)
    try:
        chief, member = office["chief"], office["field"]
        region = places.create_region(chief, "Жамбылская область")
        asa = places.create_settlement(chief, places.create_district(chief, region, "Жамбылский район"), "Аса")
        campaign = campaigns.create_campaign(chief, "Мир и согласие", kind="pilot project")
        group = campaigns.create_group(chief, campaign, "Информационная группа")
        tour = tours.create_tour(chief, campaign, "Выезд", group_ids=[group])
        stop = tours.add_stop(chief, tour, asa, planned_on=date(2026, 3, 2))
        later = tours.add_stop(chief, tour, asa, planned_on=date(2026, 3, 4))
        refusals = {
            "create tour": lambda: tours.create_tour(member, campaign, "Ещё выезд"),
            "update tour": lambda: tours.update_tour(member, tour, "Другое название"),
            "tour groups": lambda: tours.set_tour_groups(member, tour, []),
            "delete tour": lambda: tours.delete_tour(member, tour),
            "add stop": lambda: tours.add_stop(member, tour, asa),
            "update stop": lambda: tours.update_stop(member, later, asa, planned_on=date(2026, 3, 9)),
            "reorder": lambda: tours.reorder_stops(member, tour, [later, stop]),
            "delete stop": lambda: tours.delete_stop(member, later),
            "cancel stop": lambda: tours.cancel_stop(member, later, "распутица"),
        }
        for label, act in refusals.items():
            before = sync.digest(chief)
            with pytest.raises(AccessError) as err:
                act()
            assert "руководитель или координатор" in err.value.message("ru"), label
            assert sync.digest(chief) == before, label
        # The member logs the day: held on its day, then undone and held again.
        tours.mark_stop_done(member, stop)
        tours.reopen_stop(member, stop)
        tours.mark_stop_done(member, stop)
        assert tours.get_stop(member, stop).status is StopStatus.DONE
        # A cancelled stop goes back on the route only by the one who may cancel it.
        tours.cancel_stop(chief, later, "распутица")
        with pytest.raises(AccessError):
            tours.reopen_stop(member, later)
        assert tours.get_stop(chief, later).status is StopStatus.CANCELLED
        tours.reopen_stop(chief, later)
        assert tours.get_stop(chief, later).status is StopStatus.PLANNED
        # The supervisor changes the tour and its groups in one call.
        other = campaigns.create_group(chief, campaign, "Группа по религии")
        tours.update_tour(chief, tour, "Выезд в Жамбылский район", group_ids=[other])
        assert tours.get_tour(chief, tour).group_ids == (other,)
        tours.update_tour(chief, tour, "Выезд в Жамбылский район", notes="  с ночёвкой ")
        assert tours.get_tour(chief, tour).group_ids == (other,) and tours.get_tour(chief, tour).notes == "с ночёвкой"
    finally:
        for ctx in office.values():
            ctx.db.close()


def test_a_stop_held_before_its_day_needs_a_confirmation(ctx: Context, world: Any, refused: Any) -> None:
    future = tours.add_stop(ctx, world.tour, world.karakemer, planned_on=date(2026, 3, 5))
    with refused("stop.held_early", "date") as err:
        tours.mark_stop_done(ctx, future)  # today is 2 March
    assert "05.03.2026" in err.value.message("ru") and "05.03.2026" in err.value.message("kk")
    assert "раньше срока" in err.value.message("ru")
    with refused("stop.held_early", "date"):
        tours.mark_stop_done(ctx, future, datetime(2026, 3, 4, 18, 0))  # logged afterwards, still a day early
    assert tours.get_stop(ctx, future).status is StopStatus.PLANNED
    tours.mark_stop_done(ctx, future, datetime(2026, 3, 5, 9, 0))  # on its day: no question
    tours.reopen_stop(ctx, future)
    tours.mark_stop_done(ctx, future, early=True)
    stop = tours.get_stop(ctx, future)
    assert stop.status is StopStatus.DONE and stop.arrived_at == datetime(2026, 3, 2, 10, 30)


def test_moving_a_stop_keeps_its_head_count_mark(ctx: Context, world: Any) -> None:
    tours.set_headcount(ctx, world.stop, 600, approximate=True)
    tours.update_stop(ctx, world.stop, world.karakemer, planned_on=date(2026, 3, 3), venue="Школа",
                      venue_type="school")
    stop = tours.get_stop(ctx, world.stop)
    assert (stop.settlement_ru, stop.planned_on, stop.venue, stop.venue_type.value, stop.headcount_approximate) == (
        "Каракемер", date(2026, 3, 3), "Школа", "school", True)
