"""Every order and lateness filter of the control register equals the whole list (services.control.list_control)
sorted in Python by the order's own rule: the register reads statuses only where a filter or the status order needs
them, asks lateness and the default order only whether an item is open, and counts receptions from the links less
those to deleted receptions. Built through the services: items open, in progress, resolved, rejected and closed,
overdue and not, titles in both cases of Cyrillic and Latin, several receptions per item, one of them deleted."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from fieldapp.services import control, receptions
from fieldapp.services.context import Context
from fieldapp.services.control import ControlRow, list_control
from fieldapp.services.control_register import RegisterQuery, register_counts, register_page
from fieldapp.services.receptions import ReceptionDraft

TITLES = ("водопровод", "Дорога", "освещение", "Аптека", "школа", "Ёлка на площади", "mosque roof", "Баня")


@pytest.fixture
def register(ctx: Context, world: Any) -> list[ControlRow]:
    body = control.Responsible(org_name="Акимат района")
    saved = [receptions.record_reception(ctx, ReceptionDraft(
        stop_id=world.stop, applicant_name=f"Житель {n}", received_at=datetime(2026, 3, 2, 11, n))).id
        for n in range(9)]
    links = {0: saved[0:3], 1: saved[3:4], 3: saved[4:6], 5: saved[6:7], 6: saved[7:9]}
    items = []
    for n, title in enumerate(TITLES):
        items.append(control.take_under_control(
            ctx, title, body, registered_on=date(2026, 1, 10), deadline=date(2026, 2, 1) + timedelta(days=5 * n),
            settlement_id=world.asa, campaign_id=world.campaign, reception_ids=links.get(n, [])))
    control.add_event(ctx, items[1], "in progress", "взяли в работу")
    control.add_event(ctx, items[6], "in progress", "в работе")
    control.resolve(ctx, items[2], "сделано")
    control.reject(ctx, items[4], "не наш вопрос")
    control.close(ctx, items[7], "снято")
    receptions.delete_reception(ctx, saved[1], "ошибка ввода")  # item 0 keeps two live receptions
    return list(list_control(ctx))


def by_rule(rows: list[ControlRow], sort: str, descending: bool) -> list[ControlRow]:
    rules = {
        "title": lambda r: (r.title.casefold(), r.id),
        "deadline": lambda r: (r.deadline, r.id),
        "receptions": lambda r: (r.receptions, r.id),
        "days_left": lambda r: (not r.status.is_open, r.deadline, r.id),
        "status": lambda r: (not r.overdue, r.status.value, r.id),
        "registered": lambda r: (r.registered_on, r.id),
    }
    return sorted(rows, key=rules[sort], reverse=descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["title", "deadline", "receptions", "days_left", "status", "registered"])
def test_each_order_is_the_whole_list_sorted_by_its_rule(ctx: Context, register: list[ControlRow], sort: str,
                                                         descending: bool) -> None:
    query = RegisterQuery(sort=sort, descending=descending)
    assert list(register_page(ctx, query, 0, 100)) == by_rule(register, sort, descending)
    assert list(register_page(ctx, query, 3, 2)) == by_rule(register, sort, descending)[3:5]


def test_the_figures_the_orders_read(register: list[ControlRow]) -> None:
    found = {r.title: r for r in register}
    assert [found[t].receptions for t in TITLES] == [2, 1, 0, 2, 0, 1, 2, 0]
    # open or in progress with the deadline before 2 March; «mosque roof» is due on 3 March
    assert [t for t in TITLES if found[t].overdue] == ["водопровод", "Дорога", "Аптека", "Ёлка на площади"]
    assert [t for t in TITLES if found[t].status.is_open] == ["водопровод", "Дорога", "Аптека", "Ёлка на площади",
                                                              "mosque roof"]


def test_lateness_filters_and_the_default_order(ctx: Context, register: list[ControlRow]) -> None:
    late = [r for r in register if r.overdue]
    assert list(register_page(ctx, RegisterQuery(overdue=True), 0, 100)) == sorted(late,
                                                                                    key=lambda r: (r.deadline, r.id))
    on_time = [r for r in register if not r.overdue]
    assert list(register_page(ctx, RegisterQuery(overdue=False, sort="title"), 0, 100)) == by_rule(on_time, "title",
                                                                                                  False)
    default = sorted(register, key=lambda r: (not r.overdue, not r.status.is_open, r.deadline, r.id))
    assert list(register_page(ctx, RegisterQuery(), 0, 100)) == default
    # pages among the open items, across into the finished ones, and wholly among those
    for offset, limit in ((2, 3), (4, 3), (5, 1), (6, 5), (0, 5), (8, 2)):
        assert list(register_page(ctx, RegisterQuery(descending=True), offset, limit)) == \
            default[offset:offset + limit], (offset, limit)
    counts = register_counts(ctx, RegisterQuery(overdue=True))
    assert (counts.shown, counts.overdue, counts.total) == (len(late), len(late), len(register))
    counts = register_counts(ctx, RegisterQuery())
    assert (counts.shown, counts.overdue) == (len(register), len(late))
