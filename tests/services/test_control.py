"""Problems under control: events, extensions and their limits, derived status with concurrent events, overdue and
the supervisor's list."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from fieldapp.domain.enums import ControlEventKind, ControlStatus
from fieldapp.services import control, people
from fieldapp.services.context import Context
from fieldapp.services.control import Responsible
from fieldapp.storage.tables import ControlEvent, ControlItem


@pytest.fixture
def akimat(ctx: Context) -> str:
    return people.create_organization(ctx, "Акимат Жамбылского района")


def open_item(ctx: Context, org: str, title: str = "Ремонт моста", **kw: Any) -> str:
    return control.take_under_control(ctx, title, Responsible(org_id=org), **kw)


def test_take_under_control_directly(ctx: Context, akimat: str, world: Any, refused: Any) -> None:
    with refused("responsible.required", "responsible"):
        control.take_under_control(ctx, "Пастбища", Responsible())
    item = control.take_under_control(ctx, "Пастбища", Responsible(org_name="Земельный отдел", person="Исаев"),
                                      settlement_id=world.karakemer)
    info = control.get_item(ctx, item)
    assert info.row.deadline == date(2026, 3, 27) and info.row.responsible_org_name == "Земельный отдел"
    assert info.row.district_id == world.zhambyl and info.row.responsible_person == "Исаев"
    with refused("required", "title"):
        open_item(ctx, akimat, " ")


def test_events_build_the_history_and_the_status(ctx: Context, akimat: str, refused: Any) -> None:
    item = open_item(ctx, akimat)
    control.mark_in_progress(ctx, item, "запрос направлен")
    assert control.control_status(ctx, item) is ControlStatus.IN_PROGRESS
    control.mark_notified(ctx, item, "заявитель уведомлён по телефону")
    control.add_event(ctx, item, "примечание", "выезд на место 05.03")
    assert control.control_status(ctx, item) is ControlStatus.IN_PROGRESS
    control.resolve(ctx, item, "мост отремонтирован")
    assert control.control_status(ctx, item) is ControlStatus.RESOLVED
    kinds = [e.kind for e in control.get_item(ctx, item).events]
    assert kinds == [ControlEventKind.OPENED, ControlEventKind.IN_PROGRESS, ControlEventKind.NOTIFIED,
                     ControlEventKind.NOTE, ControlEventKind.RESOLVED]
    with refused("control.event_kind", "kind"):
        control.add_event(ctx, item, "opened")
    with refused("control.event_kind", "kind"):
        control.add_event(ctx, item, "extended")


@pytest.mark.parametrize("finish", ["resolve", "reject", "close"])
def test_final_statuses_refuse_later_transitions(ctx: Context, akimat: str, refused: Any, finish: str) -> None:
    item = open_item(ctx, akimat)
    getattr(control, finish)(ctx, item, "основание")
    for change in (lambda: control.mark_in_progress(ctx, item), lambda: control.resolve(ctx, item),
                   lambda: control.reject(ctx, item, "нет"), lambda: control.close(ctx, item),
                   lambda: control.extend_deadline(ctx, item, date(2026, 4, 10), "нужно время")):
        with refused("control.closed", "status"):
            change()
    control.add_event(ctx, item, ControlEventKind.NOTE, "архив")  # notes are still welcome
    control.mark_notified(ctx, item, "ответ вручён")


def test_rejection_needs_a_reason(ctx: Context, akimat: str, refused: Any) -> None:
    item = open_item(ctx, akimat)
    with refused("required", "reason"):
        control.reject(ctx, item, "  ")
    control.reject(ctx, item, "вопрос вне компетенции")
    assert control.control_status(ctx, item) is ControlStatus.REJECTED


def test_status_from_concurrent_events_arriving_out_of_order(ctx: Context, akimat: str, refused: Any) -> None:
    item = open_item(ctx, akimat)

    def merged(kind: str, at: datetime, event_id: str) -> None:
        # what a sync import writes: an event another laptop recorded, inserted as it is
        with ctx.db.session() as s:
            s.add(ControlEvent(id=event_id, control_item_id=item, kind=kind, at=at))

    # laptop B (offline) marked it in progress at 15:00 after laptop A had resolved it at 12:00;
    # B's event arrives first, A's later
    merged("in progress", datetime(2026, 3, 2, 15, 0), "0195ffff-0000-7000-8000-00000000000b")
    assert control.control_status(ctx, item) is ControlStatus.IN_PROGRESS
    merged("resolved", datetime(2026, 3, 2, 12, 0), "0195ffff-0000-7000-8000-00000000000a")
    assert control.control_status(ctx, item) is ControlStatus.RESOLVED
    with refused("control.closed"):
        control.mark_in_progress(ctx, item)


def test_events_at_the_same_moment_are_ordered_by_id(ctx: Context, akimat: str) -> None:
    item = open_item(ctx, akimat)
    at = datetime(2026, 3, 3, 9, 0)
    with ctx.db.session() as s:
        s.add(ControlEvent(id="0195ffff-0000-7000-8000-000000000002", control_item_id=item, kind="in progress", at=at))
        s.add(ControlEvent(id="0195ffff-0000-7000-8000-000000000001", control_item_id=item, kind="closed", at=at))
    # closed (the smaller id) comes first and is final
    assert control.control_status(ctx, item) is ControlStatus.CLOSED


# -- extensions ----------------------------------------------------------------------------------------------------


def test_extension_moves_the_deadline_and_records_the_new_date(ctx: Context, akimat: str) -> None:
    item = open_item(ctx, akimat)
    control.extend_deadline(ctx, item, date(2026, 4, 15), "ждём финансирования")
    info = control.get_item(ctx, item)
    assert info.row.deadline == date(2026, 4, 15)
    last = info.events[-1]
    assert (last.kind, last.new_deadline, last.note) == (ControlEventKind.EXTENDED, date(2026, 4, 15),
                                                         "ждём финансирования")
    assert info.row.status is ControlStatus.OPEN  # an extension changes no status


def test_extension_rules_and_their_boundaries(ctx: Context, akimat: str, refused: Any) -> None:
    item = open_item(ctx, akimat)  # registered 02.03.2026, due 27.03.2026
    with refused("extension.reason", "reason"):
        control.extend_deadline(ctx, item, date(2026, 4, 10), "  ")
    with refused("extension.not_later", "deadline"):
        control.extend_deadline(ctx, item, date(2026, 3, 27), "то же число")
    with refused("extension.not_later", "deadline"):
        control.extend_deadline(ctx, item, date(2026, 3, 20), "раньше")
    with refused("extension.too_long", "deadline"):
        control.extend_deadline(ctx, item, date(2026, 5, 3), "на два месяца и день")
    control.extend_deadline(ctx, item, date(2026, 3, 28), "на день")  # the day after the deadline: fine
    control.extend_deadline(ctx, item, date(2026, 5, 2), "ровно два месяца")  # the limit itself: fine
    assert control.get_item(ctx, item).row.deadline == date(2026, 5, 2)
    with refused("extension.not_later"):
        control.extend_deadline(ctx, item, date(2026, 5, 2), "ещё раз")
    with ctx.db.session() as s:
        row = s.get(ControlItem, item)
        assert row is not None and row.deadline == date(2026, 5, 2)
        assert s.query(ControlEvent).filter_by(control_item_id=item, kind="extended").count() == 2


# -- the supervisor's list ------------------------------------------------------------------------------------------


def test_overdue_items_come_first_with_working_days(ctx: Context, akimat: str, world: Any) -> None:
    police = people.create_organization(ctx, "Отдел полиции")
    due_soon = open_item(ctx, akimat, "Освещение улиц", settlement_id=world.asa)
    # registered 02.02.2026: 15 working days later is 23.02.2026 (February has no holidays), a week ago
    late = open_item(ctx, police, "Бродячие собаки", registered_on=date(2026, 2, 2), settlement_id=world.sarykemer)
    # registered Friday 06.02.2026: due Friday 27.02.2026, late by one working day (Monday 2 March)
    later = open_item(ctx, akimat, "Свалка", registered_on=date(2026, 2, 6), settlement_id=world.asa)
    done = open_item(ctx, akimat, "Остановка", registered_on=date(2026, 1, 12))
    control.resolve(ctx, done)

    rows = control.list_control(ctx)
    assert [r.id for r in rows] == [late, later, due_soon, done]
    by_id = {r.id: r for r in rows}
    assert by_id[late].deadline == date(2026, 2, 23) and by_id[late].overdue
    # late by the working days 24, 25, 26, 27 February and Monday 2 March
    assert by_id[late].days_left == -5
    assert by_id[later].overdue and (by_id[later].deadline, by_id[later].days_left) == (date(2026, 2, 27), -1)
    assert not by_id[due_soon].overdue and by_id[due_soon].days_left == 15
    assert not by_id[done].overdue and by_id[done].days_left is None  # resolved long ago: not overdue

    assert [r.id for r in control.list_control(ctx, overdue=True)] == [late, later]
    assert [r.id for r in control.list_control(ctx, status="решено")] == [done]
    assert [r.id for r in control.list_control(ctx, district_id=world.baizak)] == [late]
    assert [r.id for r in control.list_control(ctx, responsible_org_id=police)] == [late]
    assert {r.id for r in control.list_control(ctx, status=ControlStatus.OPEN, overdue=False)} == {due_soon}


def test_overdue_follows_the_clock_and_ends_with_the_item(ctx: Context, akimat: str) -> None:
    item = open_item(ctx, akimat)  # due 27.03.2026
    assert control.list_control(ctx, overdue=True) == ()
    ctx.clock = lambda: datetime(2026, 3, 27, 18, 0)
    assert control.list_control(ctx, overdue=True) == ()  # due today is not late
    ctx.clock = lambda: datetime(2026, 3, 27, 18, 0) + timedelta(days=1)
    assert [r.id for r in control.list_control(ctx, overdue=True)] == [item]
    control.extend_deadline(ctx, item, date(2026, 4, 30), "паводок")
    assert control.list_control(ctx, overdue=True) == ()
    ctx.clock = lambda: datetime(2026, 5, 4, 9, 0)
    assert [r.id for r in control.list_control(ctx, overdue=True)] == [item]
    control.close(ctx, item, "снято с контроля")
    assert control.list_control(ctx, overdue=True) == ()


def test_attach_and_edit(ctx: Context, akimat: str, world: Any, refused: Any) -> None:
    from fieldapp.services import receptions
    from fieldapp.services.receptions import ReceptionDraft

    item = open_item(ctx, akimat)
    rec = receptions.record_reception(ctx, ReceptionDraft(stop_id=world.stop, applicant_name="Байжанов Ерлан"))
    control.attach_reception(ctx, item, rec.id)
    control.attach_reception(ctx, item, rec.id)
    assert control.get_item(ctx, item).reception_ids == (rec.id,)
    control.update_item(ctx, item, "Ремонт моста через Асу", Responsible(org_name="ГУ «Отдел ЖКХ»"))
    info = control.get_item(ctx, item)
    assert info.row.title == "Ремонт моста через Асу" and info.row.responsible_org_name == "ГУ «Отдел ЖКХ»"
    with refused("record.not_found", "control_item"):
        control.resolve(ctx, "missing")
