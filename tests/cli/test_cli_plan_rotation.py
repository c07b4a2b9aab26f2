"""`fieldapp plan` and `fieldapp plan generate` as CONTRACT.md has them, from a database made by `fieldapp init` and
set up through the services by its coordinator: the JSON layout, a generated rotation that keeps the contract's
rules, `--dry-run`, refusals that are exit 1 with one `error:` line and leave the digest unchanged, the member's
refusal naming who may, and the coverage moving when a stop is held."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.domain.enums import Role
from fieldapp.services import campaigns, places, tours
from fieldapp.services.accounts import add_user
from fieldapp.services.workspace import open_workspace

DISTRICTS = ["Байзакский район", "Жамбылский район", "Жуалынский район", "Кордайский район", "Меркенский район"]


@dataclass
class Office:
    path: Path
    settlements: dict[str, str]
    groups: list[str]


@pytest.fixture
def office(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setenv("FIELDAPP_USER", "coordinator")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "first-day-pass")
    path = tmp_path / "office.db"
    assert run("init", path, "--unprotected").code == 0
    ctx = open_workspace(path, user="coordinator", password="first-day-pass")
    try:
        add_user(ctx, "field", "field-day-pass", Role.MEMBER)
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        settlements = {}
        for n, name in enumerate(DISTRICTS):
            district = places.create_district(ctx, region, name, name.replace("ский район", " ауданы"))
            settlements[name] = places.create_settlement(ctx, district, f"Село {n + 1}", f"Ауыл {n + 1}")
        campaign = campaigns.create_campaign(ctx, "Мир и согласие", title_kk="Бейбітшілік пен келісім",
                                             region_id=region)
        campaigns.create_campaign(ctx, "Антинаркотический месячник")
        directions = campaigns.list_directions(ctx)
        groups = [campaigns.create_group(ctx, campaign, f"Группа № {i + 1}", direction_id=directions[i].id)
                  for i in range(5)]
    finally:
        ctx.db.close()
    yield Office(path, settlements, groups)


def _working(day: date) -> bool:
    from fieldapp.domain.workdays import HolidayCalendar

    return HolidayCalendar.load().is_working_day(day)


def test_generate_then_plan_json(run: Run, office: Office) -> None:
    digest = run("sync", "digest", office.path).out
    dry = run("plan", "generate", office.path, "--campaign", "мир и", "--from", "2026-06-01", "--to", "30.06.2026",
              "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out.splitlines()[0] == "пробный запуск — ничего не записано" and len(dry.out.splitlines()) == 26
    assert run("sync", "digest", office.path).out == digest

    done = run("plan", "generate", office.path, "--campaign", "Мир и согласие", "--from", "2026-06-01", "--to",
               "2026-06-30")
    assert done.code == 0, done.err
    assert "записана ротация кампании «Мир и согласие»: слотов 25, 01.06.2026–30.06.2026" in done.out
    assert run("sync", "digest", office.path).out != digest

    shown = run("plan", office.path, "--campaign", "Мир", "--json")
    assert shown.code == 0, shown.err
    plan = json.loads(shown.out)
    assert set(plan) == {"campaign", "slots", "coverage", "settlements_not_visited"}
    assert plan["campaign"] == "Мир и согласие"
    assert all(set(s) == {"group", "direction", "district", "from", "to"} for s in plan["slots"])
    assert Counter((s["group"], s["district"]) for s in plan["slots"]) == Counter(
        {(f"Группа № {i + 1}", d): 1 for i in range(5) for d in DISTRICTS})
    for s in plan["slots"]:
        first, last = date.fromisoformat(s["from"]), date.fromisoformat(s["to"])
        assert _working(first) and _working(last) and date(2026, 6, 1) <= first <= last <= date(2026, 6, 30)
    for i, a in enumerate(plan["slots"]):
        for b in plan["slots"][i + 1:]:
            if a["district"] == b["district"]:
                assert a["to"] < b["from"] or b["to"] < a["from"]
    assert all(set(c) == {"district", "direction", "planned", "done"} for c in plan["coverage"])
    assert len(plan["coverage"]) == 25 and {(c["planned"], c["done"]) for c in plan["coverage"]} == {(1, 0)}
    assert sorted(plan["settlements_not_visited"]) == [f"Село {n}" for n in range(1, 6)]
    assert "все посещены" not in run("plan", office.path, "--campaign", "Мир").out

    # a group holds a stop: its direction has met that district
    ctx = open_workspace(office.path, user="coordinator", password="first-day-pass")
    try:
        campaign = next(c.id for c in campaigns.list_campaigns(ctx) if c.title_ru == "Мир и согласие")
        tour = tours.create_tour(ctx, campaign, "Выезд", group_ids=[office.groups[0]])
        # held lately (the command's today is the real one), outside its June slot: the district still met it
        day = date.today() - timedelta(days=3)
        stop = tours.add_stop(ctx, tour, office.settlements["Кордайский район"], planned_on=day)
        tours.mark_stop_done(ctx, stop, datetime.combine(day, datetime.min.time()).replace(hour=10))
        direction = campaigns.list_directions(ctx)[0].name_ru
    finally:
        ctx.db.close()
    plan = json.loads(run("plan", office.path, "--campaign", "Мир", "--json").out)
    held = [c for c in plan["coverage"] if c["done"]]
    assert held == [{"district": "Кордайский район", "direction": direction, "planned": 1, "done": 1}]
    assert "Село 4" not in plan["settlements_not_visited"]

    text = run("plan", office.path, "--campaign", "Мир", "--lang", "kk")
    assert text.code == 0, text.err
    assert text.out.splitlines()[0] == "Бейбітшілік пен келісім"
    assert "Кордай ауданы\tАуыл 4" not in text.out and "Ауыл 1\tбірде-бір рет" in text.out


def test_refusals_are_exit_1_and_change_nothing(run: Run, office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    digest = run("sync", "digest", office.path).out
    short = run("plan", "generate", office.path, "--campaign", "Мир", "--from", "2026-06-01", "--to", "2026-06-04")
    assert short.code == 1 and short.err.startswith("error: ") and len(short.err.splitlines()) == 1
    assert "рабочих дней: 4" in short.err and "не меньше 5" in short.err
    nobody = run("plan", "generate", office.path, "--campaign", "месячник", "--from", "2026-06-01", "--to",
                 "2026-06-30")
    assert nobody.code == 1 and "нет рабочих групп" in nobody.err
    both = run("plan", office.path, "--campaign", "и")
    assert both.code == 1 and "подходит к нескольким кампаниям" in both.err
    assert run("plan", office.path, "--campaign", "нет такой").code == 1
    assert run("sync", "digest", office.path).out == digest

    monkeypatch.setenv("FIELDAPP_USER", "field")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "field-day-pass")
    member = run("plan", "generate", office.path, "--campaign", "Мир", "--from", "2026-06-01", "--to", "2026-06-30")
    assert member.code == 1 and "руководитель или координатор" in member.err
    assert run("plan", office.path, "--campaign", "Мир", "--json").code == 0  # reading the plan is everyone's
    assert run("sync", "digest", office.path).out == digest

    monkeypatch.setenv("FIELDAPP_USER", "coordinator")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "first-day-pass")
    june = ("--from", "2026-06-01", "--to", "2026-06-30")
    assert run("plan", "generate", office.path, "--campaign", "Мир", *june).code == 0
    digest = run("sync", "digest", office.path).out
    again = run("plan", "generate", office.path, "--campaign", "Мир", "--from", "2026-06-15", "--to", "2026-07-31")
    assert again.code == 1 and "уже есть ротация" in again.err
    assert run("sync", "digest", office.path).out == digest


def test_usage_errors_are_exit_2(run: Run, office: Office) -> None:
    assert run("plan", "generate", office.path, "--campaign", "Мир").code == 2
    assert run("plan", office.path, "--campaign", "Мир", "--dry-run").code == 2
    assert run("plan", office.path).code == 2
    assert run("plan", "generate", office.path, "--campaign", "Мир", "--from", "1 июня", "--to", "2026-06-30").code \
        == 1


def test_generate_over_the_districts_named(run: Run, office: Office) -> None:
    two = ("--district", "Байзак", "--district", "меркен")
    done = run("plan", "generate", office.path, "--campaign", "Мир", "--from", "2026-06-01", "--to", "2026-06-30",
               *two)
    assert done.code == 0, done.err
    plan = json.loads(run("plan", office.path, "--campaign", "Мир", "--json").out)
    assert {s["district"] for s in plan["slots"]} == {"Байзакский район", "Меркенский район"}
    assert len(plan["slots"]) == 10  # five groups, two districts: five rounds, three groups resting in each
    nothing = run("plan", "generate", office.path, "--campaign", "Мир", "--from", "2026-07-01", "--to",
                  "2026-07-31", "--district", "Алматы")
    assert nothing.code == 1 and "--district «Алматы»" in nothing.err
