"""The indicator builder on a small hand-made database: every key, every filter, tombstones, breakdowns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import groupby
from typing import Any

import pytest
from sqlmodel import SQLModel, col, select

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.indicators import INDICATOR_KEYS, Indicators, Scope, indicator_label, parse_date
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_breakdown, build_indicators, build_topic_counts, resolve_scope
from fieldapp.storage.tables import (
    Activity,
    Campaign,
    ControlEvent,
    ControlItem,
    ControlReception,
    Direction,
    District,
    Poll,
    PollOption,
    PollTally,
    Reception,
    Region,
    Settlement,
    Signal,
    Stop,
    StopHeadcount,
    Tour,
    TourGroup,
    WorkingGroup,
)


@dataclass
class World:
    ids: dict[str, str] = field(default_factory=dict)


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def world(ctx: Context) -> World:
    """Two districts, three live campaigns and one tombstoned, tours, stops, receptions, control items, polls and
    signals — with a tombstoned twin next to most kinds of record, which must never count."""
    w = World()
    rows: list[Any] = []

    def add(name: str, obj: Any) -> Any:
        rows.append(obj)
        w.ids[name] = obj.id
        return obj

    region = add("region", Region(name_ru="Жамбылская область", name_kk="Жамбыл облысы"))
    d1 = add("D1", District(region_id=region.id, name_ru="Жамбылский район", name_kk="Жамбыл ауданы"))
    d2 = add("D2", District(region_id=region.id, name_ru="Байзакский район", name_kk="Бәйзақ ауданы"))
    s1 = add("S1", Settlement(district_id=d1.id, name_ru="Аса", name_kk="Аса"))
    s2 = add("S2", Settlement(district_id=d1.id, name_ru="Каракемер", name_kk="Қаракемер"))
    s3 = add("S3", Settlement(district_id=d2.id, name_ru="Сарыкемер", name_kk="Сарыкемер"))
    dir1 = add("Dir1", Direction(code="info", name_ru="Информационно-разъяснительная", name_kk="Ақпараттық"))
    dir2 = add("Dir2", Direction(code="religion", name_ru="Религия", name_kk="Дін"))

    c1 = add("C1", Campaign(title_ru="Пилотный проект «Мир и согласие»", title_kk="«Бейбітшілік пен келісім» жобасы"))
    c2 = add("C2", Campaign(title_ru="Наказ будущему поколению"))
    add("C3", Campaign(title_ru="Месячник «Зелёный свет»"))
    cdel = add("Cdel", Campaign(title_ru="Мир и согласие (черновик)", deleted=True))

    g1 = add("G1", WorkingGroup(campaign_id=c1.id, name="Группа 1", direction_id=dir1.id))
    g2 = add("G2", WorkingGroup(campaign_id=c1.id, name="Группа 2", direction_id=dir2.id))
    g3 = add("G3", WorkingGroup(campaign_id=c2.id, name="Караван"))
    add("Gdel", WorkingGroup(campaign_id=c1.id, name="Удалённая", deleted=True))
    add("Gcdel", WorkingGroup(campaign_id=cdel.id, name="Черновик"))

    t1 = add("T1", Tour(campaign_id=c1.id, title="Выезд 1"))
    t2 = add("T2", Tour(campaign_id=c1.id, title="Выезд 2 (ещё не начат)"))
    t3 = add("T3", Tour(campaign_id=c2.id, title="Автокараван"))
    tdel = add("Tdel", Tour(campaign_id=c1.id, title="Удалённый выезд", deleted=True))
    add("Tcdel", Tour(campaign_id=cdel.id, title="Выезд удалённой кампании"))
    rows += [
        TourGroup(tour_id=t1.id, group_id=g1.id),
        TourGroup(tour_id=t1.id, group_id=g2.id),
        TourGroup(tour_id=t2.id, group_id=g1.id),
        TourGroup(tour_id=t3.id, group_id=g3.id),
        TourGroup(tour_id=t3.id, group_id=g1.id, deleted=True),
    ]

    p1 = add("P1", Stop(tour_id=t1.id, settlement_id=s1.id, status="done", arrived_at=_dt("2025-03-10 10:00")))
    p2 = add("P2", Stop(tour_id=t1.id, settlement_id=s2.id, status="done", planned_on=_d("2025-03-12")))
    p3 = add("P3", Stop(tour_id=t1.id, settlement_id=s3.id, status="done", planned_on=_d("2025-03-30"),
                        arrived_at=_dt("2025-04-02 10:00")))
    p4 = add("P4", Stop(tour_id=t2.id, settlement_id=s1.id, status="planned", planned_on=_d("2025-05-01")))
    p5 = add("P5", Stop(tour_id=t3.id, settlement_id=s3.id, status="done", arrived_at=_dt("2025-04-15 09:00")))
    p6 = add("P6", Stop(tour_id=tdel.id, settlement_id=s1.id, status="done", arrived_at=_dt("2025-03-10 12:00")))
    p7 = add("P7", Stop(tour_id=t1.id, settlement_id=s1.id, status="done", arrived_at=_dt("2025-03-11 12:00"),
                        deleted=True))
    p8 = add("P8", Stop(tour_id=t3.id, settlement_id=s1.id, status="cancelled", planned_on=_d("2025-04-20")))

    for stop, participants in ((p1, 30), (p1, 20), (p2, 10), (p3, 7), (p4, 9), (p5, 100), (p6, 500), (p7, 1),
                               (p8, 3)):
        rows.append(Activity(stop_id=stop.id, participants=participants))
    rows.append(Activity(stop_id=p1.id, participants=100, deleted=True))
    for stop, device, count in ((p1, "A", 50), (p1, "B", 25), (p2, "A", 5), (p3, "A", 40), (p4, "A", 99),
                                (p5, "C", 60), (p6, "A", 500), (p7, "A", 7)):
        rows.append(StopHeadcount(stop_id=stop.id, device_id=device, count=count))
    rows.append(StopHeadcount(stop_id=p1.id, device_id="C", count=1000, deleted=True))

    seq = iter(range(1, 1000))

    def rec(stop: Stop, at: str, outcome: str, deleted: bool = False) -> Reception:
        return add(f"R{len(rows)}", Reception(reg_no=f"T-{next(seq):05d}", received_at=_dt(at), stop_id=stop.id,
                              applicant_name="Тестов Тест", outcome=outcome, deleted=deleted))

    rec(p1, "2025-03-10 11:00", "explained")
    rec(p1, "2025-03-10 11:10", "help provided")
    under_control = rec(p1, "2025-03-10 11:20", "taken under control")
    rec(p1, "2025-03-10 11:30", "help provided", deleted=True)
    rec(p2, "2025-03-12 15:00", "resolved on the spot")
    referred = rec(p3, "2025-04-02 12:00", "referred")
    rec(p3, "2025-04-03 09:00", "help provided")
    rec(p4, "2025-05-01 10:00", "explained")
    rec(p5, "2025-04-15 10:00", "help provided")
    rec(p5, "2025-04-15 10:30", "help provided")
    rec(p6, "2025-03-10 13:00", "explained")
    rec(p7, "2025-03-11 13:00", "explained")

    def item(name: str, campaign: Campaign | None, settlement: Settlement | None, registered: str, deadline: str,
             events: list[tuple[str, str]], deleted: bool = False, event_ids: list[str] | None = None) -> None:
        ci = add(name, ControlItem(title=name, campaign_id=campaign.id if campaign else None,
                                   settlement_id=settlement.id if settlement else None,
                                   registered_on=_d(registered), deadline=_d(deadline), deleted=deleted))
        for n, (kind, at) in enumerate(events):
            extra = {"id": event_ids[n]} if event_ids else {}
            deleted_event = kind.startswith("-")
            rows.append(ControlEvent(control_item_id=ci.id, kind=kind.lstrip("-"), at=_dt(at), deleted=deleted_event,
                                     **extra))

    # final beats a later "in progress"
    item("K1", c1, s1, "2025-03-10", "2025-04-01",
         [("opened", "2025-03-10 11:20"), ("resolved", "2025-03-20 10:00"), ("in progress", "2025-03-25 10:00")])
    # events stored out of order: the greatest `at` wins, not the last inserted
    item("K2", c1, s3, "2025-04-02", "2026-12-31",
         [("in progress", "2025-04-05 10:00"), ("opened", "2025-04-02 12:00")])
    # an extension does not change the status; overdue
    item("K3", c2, s3, "2025-04-15", "2025-05-01",
         [("opened", "2025-04-15 10:00"), ("extended", "2025-04-30 10:00"), ("notified", "2025-05-02 10:00")])
    # of two final events the first one stands (closed, which counts as resolved), whatever order they are stored in
    item("K4", c1, s2, "2025-03-12", "2025-03-30",
         [("opened", "2025-03-12 15:00"), ("rejected", "2025-03-29 10:00"), ("closed", "2025-03-28 10:00")])
    # a tombstoned final event does not count: still open, overdue
    item("K5", c2, s1, "2025-03-10", "2025-03-20", [("opened", "2025-03-10 12:00"), ("-resolved", "2025-03-15 10:00")])
    # no events at all: open; deadline yesterday (the ctx clock is 2026-03-02): overdue
    item("K6", None, None, "2025-06-01", "2026-03-01", [])
    # two final events at the same instant: the smaller id stands (rejected: neither open nor resolved)
    item("K8", c2, s3, "2025-04-15", "2025-04-30",
         [("rejected", "2025-04-20 10:00"), ("resolved", "2025-04-20 10:00")],
         event_ids=["00000000-0000-7000-8000-000000000001", "00000000-0000-7000-8000-000000000002"])
    # K1 came from P1 (a link row), K2 from P3 (the reception's own column): both on tour T1 of groups G1 and G2.
    rows.append(ControlReception(control_item_id=w.ids["K1"], reception_id=under_control.id))
    referred.control_item_id = w.ids["K2"]
    item("K7", c1, s1, "2025-03-10", "2025-03-11", [("opened", "2025-03-10 12:00")], deleted=True)
    # deadline today is not overdue yet
    item("K9", cdel, s1, "2025-03-10", "2025-03-11", [("opened", "2025-03-10 12:00")])

    def poll(name: str, campaign: Campaign | None, tallies: list[tuple[int, Stop | None, str, int]],
             deleted: bool = False, options: int = 2) -> None:
        p = add(name, Poll(question_ru=name, campaign_id=campaign.id if campaign else None, deleted=deleted))
        opts = [PollOption(poll_id=p.id, seq=i, label_ru=f"вариант {i}") for i in range(options)]
        rows.extend(opts)
        for option, stop, device, count in tallies:
            rows.append(PollTally(option_id=opts[option].id, stop_id=stop.id if stop else None, device_id=device,
                                  count=count))

    poll("Q1", c2, [(0, p5, "A", 40), (0, p5, "B", 3), (1, p5, "A", 208), (1, None, "A", 15)])
    rows.append(PollTally(option_id=rows[-1].option_id, stop_id=p5.id, device_id="Z", count=1000, deleted=True))
    poll("Q2", c1, [(0, p1, "A", 10), (0, p3, "A", 5), (1, p4, "A", 7)])
    poll("Q3", None, [(0, None, "A", 4)])
    poll("Qdel", c1, [(0, p1, "A", 50)], deleted=True)

    def sig(name: str, campaign: Campaign | None, settlement: Settlement | None, at: str, status: str,
            deleted: bool = False) -> None:
        add(name, Signal(kind="drug graffiti", latitude=54.87, longitude=69.15, received_at=_dt(at), status=status,
                         campaign_id=campaign.id if campaign else None,
                         settlement_id=settlement.id if settlement else None, deleted=deleted))

    sig("Sg1", c2, s3, "2025-04-16 10:00", "removed")
    sig("Sg2", c2, s3, "2025-04-17 10:00", "received")
    sig("Sg3", None, s1, "2025-03-11 10:00", "removed")
    sig("Sg4", c1, None, "2025-05-05 10:00", "verified")
    sig("Sg5", c1, s1, "2025-03-11 10:00", "removed", deleted=True)
    sig("Sg6", cdel, s1, "2025-03-11 10:00", "removed")

    # No relationships are mapped, so the unit of work does not order inserts by foreign key: do it table by table.
    order = {t.name: n for n, t in enumerate(SQLModel.metadata.sorted_tables)}
    with ctx.db.session() as session:
        for _, group in groupby(sorted(rows, key=lambda r: order[r.__tablename__]), key=lambda r: r.__tablename__):
            session.add_all(list(group))
            session.flush()
    return w


WHOLE = Indicators(
    campaigns=3, working_groups=3, tours=3, stops=4, settlements=3, activities=5, participants=167,
    residents_came=180, receptions=9, explained=2, resolved_on_spot=1, helped=4, referred=1, under_control=1,
    control_open=4, control_resolved=2, control_overdue=3, polls=3, poll_answers=292, signals=4, signals_resolved=2,
)


def test_whole_database(ctx: Context, world: World) -> None:
    assert build_indicators(ctx) == WHOLE
    assert build_indicators(ctx, Scope()) == WHOLE


def test_empty_database_is_all_zeros(ctx: Context) -> None:
    assert build_indicators(ctx) == Indicators()


def test_district_filter_ignores_case_and_counts_what_was_done_there(ctx: Context, world: World) -> None:
    expected = Indicators(
        campaigns=1, working_groups=2, tours=1, stops=2, settlements=2, activities=3, participants=60,
        residents_came=80, receptions=5, explained=2, resolved_on_spot=1, helped=1, referred=0, under_control=1,
        control_open=1, control_resolved=2, control_overdue=1, polls=1, poll_answers=10, signals=1,
        signals_resolved=1,
    )
    assert build_indicators(ctx, Scope(district_text="ЖАМБЫЛ")) == expected
    assert build_indicators(ctx, Scope(district_text="жамбыл ауданы")) == expected  # Kazakh name
    assert build_indicators(ctx, Scope(district_ids=frozenset({world.ids["D1"]}))) == expected


def test_campaign_filter_counts_everything_of_the_campaign(ctx: Context, world: World) -> None:
    expected = Indicators(
        campaigns=1, working_groups=2, tours=2, stops=3, settlements=3, activities=4, participants=67,
        residents_came=120, receptions=7, explained=2, resolved_on_spot=1, helped=2, referred=1, under_control=1,
        control_open=1, control_resolved=2, control_overdue=0, polls=1, poll_answers=22, signals=1,
        signals_resolved=0,
    )
    # The tombstoned «Мир и согласие (черновик)» matches the text too, and must not count.
    assert build_indicators(ctx, Scope(campaign_text="мир И СОГЛАСИЕ")) == expected
    assert build_indicators(ctx, Scope(campaign_text="Бейбітшілік")) == expected
    assert build_indicators(ctx, Scope(campaign_ids=frozenset({world.ids["C1"]}))) == expected


def test_campaign_text_folds_yo(ctx: Context, world: World) -> None:
    got = build_indicators(ctx, Scope(campaign_text="зеленый свет"))
    assert got == Indicators(campaigns=1)
    assert resolve_scope(ctx, Scope(campaign_text="ЗЕЛЁНЫЙ")).campaign_ids == frozenset({world.ids["C3"]})


def test_campaign_text_matching_several_campaigns(ctx: Context, world: World) -> None:
    rs = resolve_scope(ctx, Scope(campaign_text="е"))  # every live title has an е (or ё)
    assert rs.campaign_ids == frozenset({world.ids["C1"], world.ids["C2"], world.ids["C3"]})
    assert build_indicators(ctx, Scope(campaign_text="е")).stops == 4


def test_period_filter(ctx: Context, world: World) -> None:
    expected = Indicators(
        campaigns=2, working_groups=3, tours=2, stops=2, settlements=1, activities=2, participants=107,
        residents_came=100, receptions=4, explained=0, resolved_on_spot=0, helped=3, referred=1, under_control=0,
        control_open=2, control_resolved=0, control_overdue=1, polls=2, poll_answers=256, signals=2,
        signals_resolved=1,
    )
    assert build_indicators(ctx, Scope(date_from=date(2025, 4, 1), date_to=date(2025, 4, 30))) == expected


def test_period_bounds_are_inclusive_and_stops_without_arrival_use_the_planned_day(ctx: Context, world: World) -> None:
    one_day = build_indicators(ctx, Scope(date_from=date(2025, 4, 2), date_to=date(2025, 4, 2)))
    assert (one_day.stops, one_day.receptions, one_day.control_open) == (1, 1, 1)  # P3 arrived 10:00, K2
    planned = build_indicators(ctx, Scope(date_from=date(2025, 3, 12), date_to=date(2025, 3, 12)))
    assert (planned.stops, planned.residents_came, planned.resolved_on_spot) == (1, 5, 1)
    # P3 was planned for 30 March but arrived on 2 April: the arrival wins.
    march_end = build_indicators(ctx, Scope(date_from=date(2025, 3, 30), date_to=date(2025, 3, 31)))
    assert march_end.stops == 0
    open_ended = build_indicators(ctx, Scope(date_from=date(2025, 4, 16)))
    assert (open_ended.signals, open_ended.receptions, open_ended.stops) == (3, 1, 0)
    until = build_indicators(ctx, Scope(date_to=date(2025, 3, 10)))
    assert (until.stops, until.receptions, until.control_resolved, until.control_open) == (1, 3, 1, 1)


def test_filters_combine(ctx: Context, world: World) -> None:
    got = build_indicators(ctx, Scope(campaign_text="мир", district_text="байзак"))
    assert (got.stops, got.receptions, got.control_open, got.signals, got.campaigns, got.tours) == (1, 2, 1, 0, 1, 1)
    assert (got.polls, got.poll_answers) == (1, 5)


def test_a_filter_that_matches_nothing_gives_zeros_and_is_reported(ctx: Context, world: World) -> None:
    assert build_indicators(ctx, Scope(campaign_text="нет такой")) == Indicators()
    assert build_indicators(ctx, Scope(district_text="Меркенский")) == Indicators()
    rs = resolve_scope(ctx, Scope(campaign_text="нет такой", district_text="жамбыл"))
    assert rs.unmatched == (("--campaign", "нет такой"),)
    assert rs.district_ids == frozenset({world.ids["D1"]})
    # matching ids and texts intersect
    assert build_indicators(ctx, Scope(campaign_text="мир", campaign_ids=frozenset({world.ids["C2"]}))) == Indicators()


def test_tombstones_never_count(ctx: Context, world: World) -> None:
    with ctx.db.session() as session:
        for name in ("C2",):
            campaign = session.get(Campaign, world.ids[name])
            assert campaign is not None
            campaign.deleted = True
    got = build_indicators(ctx)
    # C2's tour, stop P5, its receptions, poll Q1, signals Sg1/Sg2 and control items K3/K5/K8 all go with it.
    assert got.campaigns == 2
    assert got.stops == 3
    assert got.receptions == 7
    assert got.polls == 2
    assert got.signals == 2
    assert (got.control_open, got.control_overdue) == (2, 1)


def test_overdue_follows_the_context_clock(ctx: Context, world: World) -> None:
    later = Context(db=ctx.db, blobs=ctx.blobs, clock=lambda: datetime(2027, 1, 1, 9, 0))
    assert build_indicators(later).control_overdue == 4  # K2's deadline 2026-12-31 has passed too
    earlier = Context(db=ctx.db, blobs=ctx.blobs, clock=lambda: datetime(2025, 3, 25, 9, 0))
    # K5 (deadline 2025-03-20) is the only open item past its deadline then; K3 and K6 are not due yet.
    assert build_indicators(earlier).control_overdue == 1


ADDITIVE = ("stops", "activities", "participants", "residents_came", "receptions", "explained", "resolved_on_spot",
            "helped", "referred", "under_control", "control_open", "control_resolved", "control_overdue", "signals",
            "signals_resolved")


def _sums(rows: list[Any]) -> dict[str, int]:
    return {k: sum(r.indicators.as_dict()[k] for r in rows) for k in INDICATOR_KEYS}


def test_breakdown_by_campaign_sums_to_the_totals(ctx: Context, world: World) -> None:
    rows = build_breakdown(ctx, None, "campaign")
    keys = [r.key for r in rows]
    assert keys[-1] is None  # Sg3, K6 and Q3 belong to no campaign
    assert set(keys[:-1]) == {world.ids["C1"], world.ids["C2"], world.ids["C3"]}
    sums = _sums(rows)
    for key in (*ADDITIVE, "campaigns", "working_groups", "tours", "polls", "poll_answers"):
        assert sums[key] == getattr(WHOLE, key), key
    by_id = {r.key: r for r in rows}
    c1 = by_id[world.ids["C1"]]
    assert c1.label_ru == "Пилотный проект «Мир и согласие»"
    assert c1.label_kk == "«Бейбітшілік пен келісім» жобасы"
    assert c1.indicators == build_indicators(ctx, Scope(campaign_ids=frozenset({world.ids["C1"]})))
    assert by_id[world.ids["C3"]].indicators == Indicators(campaigns=1)
    assert by_id[world.ids["C2"]].label_kk == "Наказ будущему поколению"  # no Kazakh title: the Russian one
    assert by_id[None].label("ru") == "не указано"
    assert by_id[None].indicators == Indicators(control_open=1, control_overdue=1, polls=1, poll_answers=4,
                                                signals=1, signals_resolved=1)


def test_breakdown_by_district_and_settlement(ctx: Context, world: World) -> None:
    rows = build_breakdown(ctx, None, "district")
    by_id = {r.key: r for r in rows}
    assert by_id[world.ids["D1"]].indicators == build_indicators(ctx, Scope(district_ids=frozenset({world.ids["D1"]})))
    assert by_id[world.ids["D2"]].label_kk == "Бәйзақ ауданы"
    assert [r.label_ru for r in rows] == ["Байзакский район", "Жамбылский район", "не указано"]
    sums = _sums(rows)
    for key in ADDITIVE:
        assert sums[key] == getattr(WHOLE, key), key
    assert sums["poll_answers"] == 266  # at done stops only: P5's 251, P1's 10, P3's 5

    settlements = {r.key: r.indicators for r in build_breakdown(ctx, None, "settlement")}
    assert settlements[world.ids["S1"]].stops == 1
    assert settlements[world.ids["S1"]].residents_came == 75
    assert settlements[world.ids["S3"]].stops == 2
    assert settlements[world.ids["S3"]].tours == 2
    assert settlements[world.ids["S3"]].settlements == 1
    assert _sums(list(build_breakdown(ctx, None, "settlement")))["receptions"] == WHOLE.receptions


def test_breakdown_by_period(ctx: Context, world: World) -> None:
    rows = build_breakdown(ctx, None, "period")
    assert [r.key for r in rows] == ["2025-03", "2025-04", "2025-05", "2025-06"]
    months = {r.key: r.indicators for r in rows}
    assert months["2025-04"] == build_indicators(ctx, Scope(date_from=date(2025, 4, 1), date_to=date(2025, 4, 30)))
    assert months["2025-05"].receptions == 1  # at the planned stop P4
    assert months["2025-06"].control_open == 1  # K6
    sums = _sums(rows)
    for key in ADDITIVE:
        assert sums[key] == getattr(WHOLE, key), key


def test_breakdown_by_group_and_direction(ctx: Context, world: World) -> None:
    groups = {r.key: r for r in build_breakdown(ctx, None, "group")}
    g1 = groups[world.ids["G1"]].indicators
    assert (g1.stops, g1.working_groups, g1.tours, g1.campaigns, g1.residents_came) == (3, 1, 1, 1, 120)
    assert (g1.receptions, g1.control_open, g1.control_resolved) == (7, 1, 1)  # K2 and K1
    assert groups[world.ids["G2"]].indicators.control_resolved == 1
    assert groups[world.ids["G2"]].indicators.stops == 3  # T1 carries both groups
    g3 = groups[world.ids["G3"]].indicators
    assert (g3.stops, g3.residents_came, g3.polls, g3.poll_answers) == (1, 60, 1, 251)
    assert groups[world.ids["G3"]].label_ru == "Караван"
    assert world.ids["Gdel"] not in groups

    directions = {r.key: r for r in build_breakdown(ctx, None, "direction")}
    assert directions[world.ids["Dir1"]].label_kk == "Ақпараттық"
    assert directions[world.ids["Dir1"]].indicators.stops == 3
    assert directions[world.ids["Dir2"]].indicators.working_groups == 1
    # G3 has no direction: its work lands in the unassigned row, with the signals.
    assert directions[None].indicators.stops == 1
    assert directions[None].indicators.signals == WHOLE.signals


def test_breakdown_respects_the_scope(ctx: Context, world: World) -> None:
    rows = build_breakdown(ctx, Scope(district_text="байзак"), "campaign")
    by_id = {r.key: r.indicators for r in rows}
    assert set(by_id) == {world.ids["C1"], world.ids["C2"]}
    assert by_id[world.ids["C1"]].stops == 1
    assert by_id[world.ids["C2"]].signals == 2
    assert build_breakdown(ctx, Scope(campaign_text="нет такой"), "district") == []


def test_unknown_breakdown_is_refused(ctx: Context) -> None:
    with pytest.raises(ValidationError):
        build_breakdown(ctx, None, "weekday")  # type: ignore[arg-type]


def test_scope_and_dates() -> None:
    assert parse_date("2025-04-01") == date(2025, 4, 1)
    assert parse_date("01.04.2025") == date(2025, 4, 1)
    assert parse_date(" 1.4.2025 ") == date(2025, 4, 1)
    for bad in ("2025-02-30", "01/04/2025", "вчера", ""):
        with pytest.raises(ValidationError) as err:
            parse_date(bad, where="--from")
        assert err.value.message("ru").startswith("--from")
    with pytest.raises(ValidationError):
        Scope(date_from=date(2025, 5, 1), date_to=date(2025, 4, 1))
    assert Scope(campaign_text="  ").campaign_text is None


def test_labels_in_three_languages() -> None:
    assert [f for f in Indicators.__dataclass_fields__] == list(INDICATOR_KEYS)
    for key in INDICATOR_KEYS:
        ru, kk, en = (indicator_label(key, lang) for lang in ("ru", "kk", "en"))
        assert ru and kk and en and len({ru, kk}) == 2, key
    assert indicator_label("helped", "kk") == "Көмек көрсетілді"
    assert Indicators(helped=3).rows("en")[11] == ("helped", "Help provided", 3)


def test_sql_status_agrees_with_the_domain_rule(ctx: Context) -> None:
    """The SQL status (the register, the lists) and domain.rules.derive_status pick the same status for any three
    events, ties of time included."""
    import itertools

    from sqlalchemy import select

    from fieldapp.domain.rules import derive_status
    from fieldapp.storage.queries.indicators import control_status_column

    kinds = ["opened", "in progress", "resolved", "rejected", "closed", "extended"]
    times = ["2025-01-01 10:00", "2025-01-02 10:00", "2025-01-02 10:00"]
    expected: dict[str, str] = {}
    with ctx.db.session() as s:
        for n, combo in enumerate(itertools.product(kinds, repeat=3)):
            ci = ControlItem(title=f"C{n}", registered_on=_d("2025-01-01"), deadline=_d("2025-02-01"))
            s.add(ci)
            s.flush()
            events = [
                ControlEvent(control_item_id=ci.id, kind=k, at=_dt(t), id=f"00000000-0000-7000-8000-{n:08d}{i:04d}")
                for i, (k, t) in enumerate(zip(combo, reversed(times), strict=True))
            ]
            s.add_all(events)
            expected[ci.id] = derive_status(events).value
    with ctx.db.session() as s:
        rows = s.execute(select(col(ControlItem.id), control_status_column(col(ControlItem.id))))
        got = {item_id: status for item_id, status in rows}
    assert {k: got[k] for k in expected} == expected


def _topics_by_hand(ctx: Context, campaign_id: str | None = None, district_id: str | None = None,
                    first: date | None = None, last: date | None = None) -> dict[str, int]:
    """Receptions per topic counted row by row in Python, from the definition (live reception at a live stop of a
    live tour of a live campaign, in scope), not through the indicator SQL."""
    counts: dict[str, int] = {}
    with ctx.db.session() as s:
        for r in s.scalars(select(Reception)).all():
            stop = s.get(Stop, r.stop_id)
            tour = s.get(Tour, stop.tour_id) if stop else None
            campaign = s.get(Campaign, tour.campaign_id) if tour else None
            settlement = s.get(Settlement, stop.settlement_id) if stop else None
            if r.deleted or stop is None or stop.deleted or tour is None or tour.deleted or campaign is None \
                    or campaign.deleted or settlement is None:
                continue
            day = r.received_at.date()
            if (campaign_id and campaign.id != campaign_id) or (district_id and settlement.district_id != district_id) \
                    or (first and day < first) or (last and day > last):
                continue
            counts[r.topic] = counts.get(r.topic, 0) + 1
    return counts


def test_receptions_by_topic_agree_with_a_count_by_hand_and_add_up(ctx: Context, world: World) -> None:
    topics = ["water supply", "roads and transport", "water supply", "land and pastures", "water supply",
              "roads and transport", "health", "water supply", "employment", "health", "documents", "health"]
    with ctx.db.session() as s:
        receptions = s.scalars(select(Reception).order_by(Reception.reg_no)).all()
        assert len(receptions) == len(topics)
        for reception, topic in zip(receptions, topics, strict=True):
            reception.topic = topic

    whole = build_topic_counts(ctx)
    assert whole == _topics_by_hand(ctx)
    # The tombstoned reception (land), the one of a tombstoned tour (documents) and of a tombstoned stop (the third
    # health) stay out.
    assert whole == {"water supply": 4, "roads and transport": 2, "health": 2, "employment": 1}
    assert list(whole) == ["water supply", "health", "roads and transport", "employment"]
    assert sum(whole.values()) == build_indicators(ctx).receptions

    scopes = [
        (Scope(district_text="жамбыл"), {"district_id": world.ids["D1"]}),
        (Scope(campaign_text="мир и согласие"), {"campaign_id": world.ids["C1"]}),
        (Scope(date_from=date(2025, 4, 1), date_to=date(2025, 4, 30)),
         {"first": date(2025, 4, 1), "last": date(2025, 4, 30)}),
    ]
    for scope, by_hand in scopes:
        got = build_topic_counts(ctx, scope)
        assert got == _topics_by_hand(ctx, **by_hand), scope
        assert sum(got.values()) == build_indicators(ctx, scope).receptions, scope
    assert build_topic_counts(ctx, Scope(campaign_text="нет такой")) == {}


def test_receptions_by_topic_of_an_empty_database(ctx: Context) -> None:
    assert build_topic_counts(ctx) == {}
