"""Saved receptions stay correctable: found again over every stop, corrected with the desk's rules (the control
item an outcome opens or lets go of), deleted with a reason; a member changes only their own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.enums import ControlStatus, Outcome, Role, Topic
from fieldapp.domain.errors import AccessError
from fieldapp.services import campaigns, control, people, places, receptions, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.reception_list import ReceptionQuery, find_receptions
from fieldapp.services.receptions import ItemFate, ReceptionDraft
from fieldapp.services.workspace import open_workspace
from fieldapp.storage.tables import ControlItem, Reception

IIN = "921029350851"
NOW = datetime(2026, 3, 3, 9, 15)  # the day after the first stop


def draft(stop: str, name: str = "Сапарова Айгүл", **kw: Any) -> ReceptionDraft:
    return ReceptionDraft(stop_id=stop, applicant_name=name, **kw)


# -- the default time ----------------------------------------------------------------------------------------------


def test_the_default_time_is_the_stops_day_never_silently_today() -> None:
    now = datetime(2026, 3, 3, 16, 42, 31)
    assert receptions.default_received_at(date(2026, 3, 3), now) == datetime(2026, 3, 3, 16, 42)
    assert receptions.default_received_at(None, now) == datetime(2026, 3, 3, 16, 42)
    assert receptions.default_received_at(date(2026, 3, 2), now) == datetime(2026, 3, 2, 10, 0)
    assert receptions.default_received_at(date(2026, 3, 9), now) == datetime(2026, 3, 9, 10, 0)


# -- finding -------------------------------------------------------------------------------------------------------


@pytest.fixture
def two_stops(ctx: Context, world: Any) -> dict[str, Any]:
    second = tours.add_stop(ctx, world.tour, world.karakemer, planned_on=date(2026, 3, 3), venue="Школа")
    made = {
        "aigul": receptions.record_reception(ctx, draft(
            world.stop, applicant_iin=IIN, consent_given=True, topic=Topic.WATER, essence="Нет воды",
            received_at=datetime(2026, 3, 2, 10, 40))),
        "petr": receptions.record_reception(ctx, draft(
            world.stop, "Ёлкин Пётр", topic=Topic.ROADS, outcome=Outcome.CONTROL, responsible_org_name="Акимат",
            received_at=datetime(2026, 3, 2, 11, 5))),
        "olga": receptions.record_reception(ctx, draft(
            second, "Ким Ольга", topic=Topic.WATER, received_at=datetime(2026, 3, 3, 10, 0))),
    }
    return {"stop": world.stop, "second": second, **{k: v for k, v in made.items()}}


def _ids(ctx: Context, **kw: Any) -> list[str]:
    return [row.id for row in find_receptions(ctx, ReceptionQuery(**kw)).rows]


def test_receptions_are_found_by_talon_name_iin_topic_outcome_day_and_stop(ctx: Context,
                                                                          two_stops: dict[str, Any]) -> None:
    aigul, petr, olga = two_stops["aigul"], two_stops["petr"], two_stops["olga"]
    assert _ids(ctx) == [olga.id, petr.id, aigul.id]  # newest first
    assert _ids(ctx, text=petr.reg_no) == [petr.id]
    assert _ids(ctx, text=petr.reg_no.lower()) == [petr.id]
    assert _ids(ctx, text=petr.reg_no.rsplit("-", 1)[0] + "-") == [olga.id, petr.id, aigul.id]  # the talon's start
    assert _ids(ctx, text=str(int(petr.reg_no.rsplit("-", 1)[1]))) == [petr.id]  # its sequence: «2»
    assert _ids(ctx, text="ёлкин") == _ids(ctx, text="Елкин п") == [petr.id]
    assert _ids(ctx, text="9210") == [aigul.id]
    assert _ids(ctx, topic=Topic.WATER) == [olga.id, aigul.id]
    assert _ids(ctx, topic="водоснабжение", stop_id=two_stops["stop"]) == [aigul.id]
    assert _ids(ctx, outcome="взято на контроль") == [petr.id]
    assert _ids(ctx, day=date(2026, 3, 2)) == [petr.id, aigul.id]
    assert _ids(ctx, day=date(2026, 3, 2), text="ким") == []
    assert _ids(ctx, text="нетакого") == [] and _ids(ctx, text='"*') == []
    row = find_receptions(ctx, ReceptionQuery(text="ким")).rows[0]
    assert (row.place("ru"), row.place("kk"), row.topic, row.outcome) == (
        "Каракемер", "Қаракемер", Topic.WATER, Outcome.EXPLAINED)
    receptions.delete_reception(ctx, olga.id, "дубликат")
    assert _ids(ctx, topic=Topic.WATER) == [aigul.id]


def test_the_list_comes_in_pages(ctx: Context, world: Any) -> None:
    made = [receptions.record_reception(ctx, draft(world.stop, f"Житель {n}", received_at=datetime(2026, 3, 2, 9, n)))
            for n in range(7)]
    first = find_receptions(ctx, ReceptionQuery(stop_id=world.stop), limit=3)
    assert [r.id for r in first.rows] == [m.id for m in reversed(made)][:3] and first.more
    last = find_receptions(ctx, ReceptionQuery(stop_id=world.stop), offset=6, limit=3)
    assert [r.id for r in last.rows] == [made[0].id] and not last.more


def _plan(ctx: Context, **kw: Any) -> str:
    """SQLite's query plan of the list's query for these filters, run with its own statement and parameters."""
    from sqlalchemy import event

    from fieldapp.storage.queries import receptions as q

    seen: list[tuple[str, Any]] = []

    def spy(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    with ctx.db.session() as s:
        conn = s.connection()
        event.listen(conn, "before_cursor_execute", spy)
        try:
            q.find(s, **kw)
        finally:
            event.remove(conn, "before_cursor_execute", spy)
        statement, parameters = seen[-1]
        return " | ".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))


def test_the_search_uses_the_indexes(ctx: Context, world: Any) -> None:
    """A name, an IIN, a talon, a topic, a day or a stop is looked up through its index, never by reading every
    reception row (an index may be read through: the talon's for its last digits, the time's for the newest page)."""
    for kw in ({"match": '("ким"*)'}, {"talon_glob": "ЖГ1-*"}, {"match": '("12"*)', "talon_glob": "*-00012"},
               {"topic": "water supply"}, {"outcome": "referred"},
               {"since": datetime(2026, 3, 2), "before": datetime(2026, 3, 3)}, {"stop_id": world.stop}, {}):
        plan = _plan(ctx, **kw)
        assert re.search(r"SCAN reception(?!_fts)(?! USING (COVERING )?INDEX)", plan) is None, (kw, plan)
        # The stops and settlements are looked up for the page's rows, never read whole (15,000 settlements).
        assert re.search(r"SCAN (stop|settlement)\b", plan) is None, (kw, plan)


# -- correcting the outcome ----------------------------------------------------------------------------------------


def test_an_outcome_corrected_to_control_opens_its_item(ctx: Context, world: Any) -> None:
    d = draft(world.stop, essence="Нет освещения на улице", received_at=datetime(2026, 3, 2, 10, 40))
    saved = receptions.record_reception(ctx, d)
    edited = receptions.update_reception(ctx, saved.id, replace(d, outcome=Outcome.CONTROL,
                                                                  responsible_org_name="Акимат"))
    assert edited.reg_no == saved.reg_no and edited.control_item_id is not None
    item = control.get_item(ctx, edited.control_item_id)
    assert item.reception_ids == (saved.id,) and item.row.status is ControlStatus.OPEN
    assert item.row.registered_on == date(2026, 3, 2) and item.row.title == "Нет освещения на улице"


@pytest.fixture
def under_control(ctx: Context, world: Any) -> tuple[ReceptionDraft, str, str]:
    d = draft(world.stop, essence="Дорога", outcome=Outcome.CONTROL, responsible_org_name="Акимат")
    saved = receptions.record_reception(ctx, d)
    assert saved.control_item_id is not None
    return d, saved.id, saved.control_item_id


def _item(ctx: Context, item_id: str) -> ControlItem:
    with ctx.db.session() as s:
        row = s.get(ControlItem, item_id)
        assert row is not None
        s.expunge(row)
        return row


def test_an_outcome_corrected_away_from_control_keeps_the_item_open_on_its_own(
    ctx: Context, under_control: tuple[ReceptionDraft, str, str]
) -> None:
    d, reception, item = under_control
    edited = receptions.update_reception(ctx, reception, replace(d, outcome=Outcome.EXPLAINED), ItemFate.KEEP)
    assert edited.control_item_id is None
    got = control.get_item(ctx, item)  # not withdrawn although nobody worked on it: it was kept on purpose
    assert got.row.status is ControlStatus.OPEN and got.reception_ids == ()


def test_an_outcome_corrected_away_from_control_closes_the_item_when_asked(
    ctx: Context, under_control: tuple[ReceptionDraft, str, str]
) -> None:
    d, reception, item = under_control
    control.mark_in_progress(ctx, item, "запрос в акимат")
    receptions.update_reception(ctx, reception, replace(d, outcome=Outcome.EXPLAINED), "close")
    got = control.get_item(ctx, item)
    assert got.row.status is ControlStatus.CLOSED and [e.kind.value for e in got.events][-1] == "closed"
    assert got.reception_ids == ()


def test_closing_an_untouched_item_withdraws_it(ctx: Context, under_control: tuple[ReceptionDraft, str, str]) -> None:
    d, reception, item = under_control
    receptions.update_reception(ctx, reception, replace(d, outcome=Outcome.REFERRED), ItemFate.CLOSE)
    assert _item(ctx, item).deleted and control.list_control(ctx) == ()


# -- who may: accounts as `fieldapp init` and `account add` make them ---------------------------------------------


@dataclass(frozen=True)
class _World:
    stop: str
    second: str


def _world(ctx: Context) -> _World:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса", "Аса")
    karakemer = places.create_settlement(ctx, district, "Каракемер", "Қаракемер")
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project")
    group = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
    tour = tours.create_tour(ctx, campaign, "Выезд", group_ids=[group])
    return _World(tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 2)),
                  tours.add_stop(ctx, tour, karakemer, planned_on=date(2026, 3, 3)))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[str, Any]]:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    boss = open_workspace(path, user="boss", password="boss-pass", clock=lambda: NOW)
    world = _world(boss)
    for name in ("Ахметов Ерлан", "Бекова Дана", "Серикбаев Нурлан"):
        people.create_member(boss, name)
    add_user(boss, "erlan", "erlan-pass", Role.MEMBER, member="Ахметов")
    add_user(boss, "dana", "dana-pass", Role.MEMBER, member="Бекова")
    add_user(boss, "chief", "chief-pass", Role.SUPERVISOR, member="Серикбаев")
    contexts = {name: open_workspace(path, user=name, password=f"{name}-pass", clock=lambda: NOW)
                for name in ("erlan", "dana", "chief")}
    yield {"world": world, "boss": boss, **contexts}
    for ctx in (boss, *contexts.values()):
        ctx.db.close()


def test_a_member_corrects_and_deletes_only_their_own(office: dict[str, Any]) -> None:
    erlan, dana, chief, stop = office["erlan"], office["dana"], office["chief"], office["world"].stop
    d = draft(stop, essence="Пособие")
    mine = receptions.record_reception(erlan, d)
    theirs = receptions.record_reception(dana, draft(stop, "Ким Ольга"))
    receptions.update_reception(erlan, mine.id, replace(d, topic=Topic.PENSIONS))
    assert receptions.get_reception(erlan, mine.id).topic is Topic.PENSIONS
    assert receptions.edit_refusal(erlan, receptions.get_reception(erlan, mine.id).created_by) is None
    refusal = receptions.edit_refusal(erlan, receptions.get_reception(erlan, theirs.id).created_by)
    assert refusal is not None and "руководитель или координатор" in refusal
    for act in (lambda: receptions.update_reception(erlan, theirs.id, draft(stop, "Ким О.")),
                lambda: receptions.delete_reception(erlan, theirs.id, "дубликат")):
        with pytest.raises(AccessError) as err:
            act()
        assert err.value.message("ru") == refusal
    got = receptions.get_reception(chief, theirs.id)
    assert got.applicant_name == "Ким Ольга" and not got.deleted
    # The supervisor corrects and deletes anybody's; the reason stays with the tombstone.
    receptions.update_reception(chief, theirs.id, draft(stop, "Ким Ольга Петровна"))
    receptions.delete_reception(chief, theirs.id, "  дубликат   талона ")
    with chief.db.session() as s:
        row = s.get(Reception, theirs.id)
        assert row is not None and row.deleted and row.deleted_reason == "дубликат талона"
        assert row.applicant_name == "Ким Ольга Петровна" and row.created_by == dana.member_id
    assert receptions.edit_refusal(chief, dana.member_id) is None


def test_a_member_may_not_close_an_item_somebody_worked_on(office: dict[str, Any]) -> None:
    erlan, chief, stop = office["erlan"], office["chief"], office["world"].stop
    d = draft(stop, essence="Дорога", outcome=Outcome.CONTROL, responsible_org_name="Акимат")
    saved = receptions.record_reception(erlan, d)
    assert saved.control_item_id is not None
    control.mark_in_progress(chief, saved.control_item_id, "запрос в акимат")
    with pytest.raises(AccessError):
        receptions.update_reception(erlan, saved.id, replace(d, outcome=Outcome.EXPLAINED), ItemFate.CLOSE)
    assert receptions.get_reception(erlan, saved.id).outcome is Outcome.CONTROL  # nothing was written
    receptions.update_reception(erlan, saved.id, replace(d, outcome=Outcome.EXPLAINED), ItemFate.KEEP)
    assert control.get_item(chief, saved.control_item_id).row.status is ControlStatus.IN_PROGRESS


def test_an_approved_day_is_said_to_be_one_before_a_member_tries(office: dict[str, Any]) -> None:
    from fieldapp.services import approval

    erlan, chief, stop = office["erlan"], office["chief"], office["world"].stop
    mine = receptions.record_reception(erlan, draft(stop, essence="Пособие"))
    assert receptions.edit_refusal(erlan, erlan.member_id, "ru", stop) is None
    approval.approve(chief, stop)
    refusal = receptions.edit_refusal(erlan, erlan.member_id, "ru", stop)
    assert refusal is not None and "утверждён" in refusal
    with pytest.raises(AccessError) as err:
        receptions.update_reception(erlan, mine.id, draft(stop, "Сапарова А."))
    assert err.value.message("ru") == refusal  # the window says what the service would
    assert receptions.edit_refusal(chief, erlan.member_id, "ru", stop) is None
    assert receptions.edit_refusal(erlan, erlan.member_id, "ru", office["world"].second) is None


def test_a_reception_saved_without_a_time_is_put_on_its_stops_day(ctx: Context, world: Any) -> None:
    """The service's own default is the desk's: now at today's stop (the clock: 02.03.2026 10:30), the morning of
    the stop's day at any other, never silently today."""
    today = receptions.record_reception(ctx, draft(world.stop))
    later = tours.add_stop(ctx, world.tour, world.karakemer, planned_on=date(2026, 3, 4))
    other = receptions.record_reception(ctx, draft(later))
    assert receptions.get_reception(ctx, today.id).received_at == datetime(2026, 3, 2, 10, 30)
    assert receptions.get_reception(ctx, other.id).received_at == datetime(2026, 3, 4, 10, 0)
