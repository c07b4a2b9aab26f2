"""The rotation generator over many shapes: 0–8 groups, 0–8 districts, periods from a day to two months, holidays
inside. Every accepted plan keeps the three rules (each group in each district exactly once; never two groups in
one district at once; slots start and end on working days) and is as even as the period allows; every refusal is
truly impossible for the rule it names. Working days are counted here on their own, from the weekday and the
holiday set, not through the calendar's code."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.workdays import Holiday, HolidayCalendar, YearCalendar
from fieldapp.services.planning import rotate

YEAR = 2030


def _calendar(holidays: set[date]) -> HolidayCalendar:
    return HolidayCalendar({YEAR: YearCalendar(YEAR, tuple(Holiday(d, "праздник", "мереке") for d in holidays), ())})


def _working(day: date, holidays: set[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


@st.composite
def shapes(draw: st.DrawFn) -> tuple[int, int, date, date, set[date]]:
    groups = draw(st.integers(0, 8))
    districts = draw(st.integers(0, 8))
    start = date(YEAR, 1, 1) + timedelta(days=draw(st.integers(0, 290)))
    end = start + timedelta(days=draw(st.integers(0, 64)))
    span = (end - start).days
    holidays = {start + timedelta(days=draw(st.integers(0, span))) for _ in range(draw(st.integers(0, 6)))}
    return groups, districts, start, end, holidays


@settings(max_examples=400, deadline=None)
@given(shapes())
def test_every_plan_keeps_the_rules_and_every_refusal_is_impossible(
    shape: tuple[int, int, date, date, set[date]],
) -> None:
    n_groups, n_districts, start, end, holidays = shape
    groups = [f"g{i}" for i in range(n_groups)]
    districts = [f"d{i}" for i in range(n_districts)]
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    working = [d for d in days if _working(d, holidays)]
    try:
        plan = rotate(groups, districts, start, end, _calendar(holidays))
    except ValidationError as exc:
        if exc.code == "rotation.no_groups":
            assert n_groups == 0
        elif exc.code == "rotation.no_districts":
            assert n_groups > 0 and n_districts == 0
        else:
            # A district receives every group, one after another, and a group visits every district one after
            # another; each visit takes a working day at least: fewer working days than either cannot be planned.
            assert exc.code == "rotation.too_few_days", exc.code
            assert n_groups and n_districts and len(working) < max(n_groups, n_districts)
            assert exc.params["days"] == len(working) and exc.params["needed"] == max(n_groups, n_districts)
        return

    assert n_groups and n_districts and len(working) >= max(n_groups, n_districts)  # no refusal was due
    # every group in every district exactly once
    assert Counter((g, d) for g, d, _, _ in plan) == Counter({(g, d): 1 for g in groups for d in districts})
    for _, _, first, last in plan:
        assert start <= first <= last <= end
        assert _working(first, holidays) and _working(last, holidays)
    # never two groups in one district at the same time, never one group in two districts at once
    for i, (g1, d1, a1, b1) in enumerate(plan):
        for g2, d2, a2, b2 in plan[i + 1:]:
            if d1 == d2 or g1 == g2:
                assert b1 < a2 or b2 < a1, (g1, d1, a1, b1, g2, d2, a2, b2)
    # as even as the period allows: the slots' working days differ by one at most and no working day is left over
    lengths = {(a, b): sum(1 for d in working if a <= d <= b) for _, _, a, b in plan}
    assert max(lengths.values()) - min(lengths.values()) <= 1
    assert sum(lengths.values()) == len(working)
