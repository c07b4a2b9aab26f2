"""Working days from the yearly holiday files, their validation and import, and control-item deadlines."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.workdays import (
    DEFAULT_CONTROL_WORKING_DAYS,
    NOTIFY_WORKING_DAYS,
    HolidayCalendar,
    check_extension,
    default_deadline,
    max_extended_deadline,
    notify_by,
    proposed_extension,
    read_year_file,
)
from fieldapp.resources import resource_path

SHIPPED = resource_path("holidays")
YEARS = range(2019, 2028)


@pytest.fixture(scope="module")
def cal() -> HolidayCalendar:
    return HolidayCalendar.load()


# -- the shipped calendar ---------------------------------------------------------------------------------------


def test_every_year_2019_to_2027_is_shipped(cal: HolidayCalendar) -> None:
    assert set(YEARS) <= set(cal.years)


def test_load_is_cached_per_directory() -> None:
    assert HolidayCalendar.load() is HolidayCalendar.load(SHIPPED)


@pytest.mark.parametrize("d", [date(2026, 5, 2), date(2026, 5, 3), date(2026, 6, 13), date(2026, 6, 14)])
def test_weekends_are_not_working_days(cal: HolidayCalendar, d: date) -> None:
    assert d.weekday() >= 5
    assert not cal.is_working_day(d)


def test_an_ordinary_week_is_working(cal: HolidayCalendar) -> None:
    assert all(cal.is_working_day(date(2026, 6, day)) for day in range(8, 13))


def fixed_holidays(year: int) -> list[date]:
    days = [(1, 1), (1, 2), (1, 7), (3, 8), (3, 21), (3, 22), (3, 23), (5, 1), (5, 7), (5, 9), (7, 6)]
    # Constitution Day: 30 August until 2025; the Constitution of 15 March 2026 made its adoption day the holiday,
    # kept from 2027, so 2026 has none (resources/holidays/README.md).
    days += [(8, 30)] if year <= 2025 else [(3, 15)] if year >= 2027 else []
    # 25 October is a holiday again from 2022; until 2021 Independence Day took 16-17 December and 1 December
    # was the First President's Day.
    days += [(10, 25), (12, 16)] if year >= 2022 else [(12, 1), (12, 16), (12, 17)]
    return [date(year, m, d) for m, d in days]


@pytest.mark.parametrize("year", YEARS)
def test_each_fixed_holiday_is_skipped(cal: HolidayCalendar, year: int) -> None:
    for d in fixed_holidays(year):
        assert not cal.is_working_day(d), d
        assert cal.holiday_on(d) is not None, d


@pytest.mark.parametrize("d", [date(2021, 10, 25), date(2024, 12, 17), date(2022, 12, 1), date(2023, 12, 1),
                               date(2026, 8, 31), date(2027, 8, 30)])
def test_former_holidays_are_working_days(cal: HolidayCalendar, d: date) -> None:
    assert cal.is_working_day(d)


def test_nauryz_is_three_days(cal: HolidayCalendar) -> None:
    # 2024: 21-22 March are Thursday and Friday, 23 March a Saturday -> Monday 25 March is off too.
    assert [cal.is_working_day(date(2024, 3, day)) for day in range(20, 27)] == [
        True, False, False, False, False, False, True,
    ]
    names = {cal.holiday_on(date(2024, 3, day)).name_kk for day in (21, 22, 23)}  # type: ignore[union-attr]
    assert names == {"Наурыз мейрамы"}


def test_weekend_holiday_moves_to_the_next_working_day(cal: HolidayCalendar) -> None:
    # 8 March 2026 is a Sunday -> Monday 9 March is a day off, Tuesday 10 March is not.
    assert date(2026, 3, 8).weekday() == 6
    assert not cal.is_working_day(date(2026, 3, 9))
    assert cal.is_working_day(date(2026, 3, 10))
    # 1 January 2023 is a Sunday and 2 January a holiday itself -> the day off moves on to Tuesday 3 January.
    assert not cal.is_working_day(date(2023, 1, 3))
    assert cal.is_working_day(date(2023, 1, 4))
    # Nauryz 2026: Saturday 21 and Sunday 22 March, Monday 23 a holiday -> 24 and 25 March are days off.
    assert [cal.is_working_day(date(2026, 3, day)) for day in range(23, 27)] == [False, False, False, True]


def test_religious_holidays_on_a_weekend_do_not_move(cal: HolidayCalendar) -> None:
    # 7 January 2023 and Kurban Ait 2024 (16 June) are on a weekend; the following Mondays are working.
    assert date(2023, 1, 7).weekday() == 5 and date(2024, 6, 16).weekday() == 6
    assert cal.is_working_day(date(2023, 1, 9))
    assert cal.is_working_day(date(2024, 6, 17))


def test_kurban_ait_2026(cal: HolidayCalendar) -> None:
    assert [cal.is_working_day(date(2026, 5, day)) for day in (26, 27, 28)] == [True, False, True]
    holiday = cal.holiday_on(date(2026, 5, 27))
    assert holiday is not None and "Курбан" in holiday.name_ru


def test_decree_working_saturday_counts(cal: HolidayCalendar) -> None:
    # Order of the Ministry of Labour of 17.04.2024: Saturday 4 May worked, Wednesday 8 May off instead.
    assert date(2024, 5, 4).weekday() == 5
    assert cal.is_working_day(date(2024, 5, 4))
    assert not cal.is_working_day(date(2024, 5, 8))
    assert cal.add_working_days(date(2024, 5, 3), 1) == date(2024, 5, 4)
    assert cal.working_days_between(date(2024, 5, 3), date(2024, 5, 10)) == 3  # 4 May, 6 May, 10 May


def test_fifteen_working_days_by_hand(cal: HolidayCalendar) -> None:
    # Registered Monday 2 March 2026. Counting: 3,4,5,6 (4); 7-8 weekend, 9 off for 8 March; 10,11,12,13 (8);
    # 16,17,18,19,20 (13); 21-23 Nauryz, 24-25 its moved days; 26 (14), 27 (15) -> Friday 27 March.
    assert DEFAULT_CONTROL_WORKING_DAYS == 15
    assert default_deadline(date(2026, 3, 2), cal) == date(2026, 3, 27)
    assert cal.working_days_between(date(2026, 3, 2), date(2026, 3, 27)) == 15
    assert cal.working_days_between(date(2026, 3, 27), date(2026, 3, 2)) == -15


def test_notify_within_three_working_days(cal: HolidayCalendar) -> None:
    # Friday 20 March 2026: 21-25 are off, then 26 (1), 27 (2), 28-29 weekend, Monday 30 (3).
    assert NOTIFY_WORKING_DAYS == 3
    assert notify_by(date(2026, 3, 20), cal) == date(2026, 3, 30)


def test_start_day_is_not_counted(cal: HolidayCalendar) -> None:
    assert cal.add_working_days(date(2026, 6, 8), 0) == date(2026, 6, 8)
    assert cal.add_working_days(date(2026, 6, 8), 1) == date(2026, 6, 9)
    assert cal.add_working_days(date(2026, 6, 13), 1) == date(2026, 6, 15)  # registered on a Saturday
    assert cal.add_working_days(date(2026, 6, 15), -1) == date(2026, 6, 12)
    assert cal.working_days_between(date(2026, 6, 8), date(2026, 6, 8)) == 0


@given(
    a=st.dates(min_value=date(2019, 1, 1), max_value=date(2027, 12, 31)),
    days=st.integers(min_value=-120, max_value=120),
)
def test_add_and_between_agree(cal: HolidayCalendar, a: date, days: int) -> None:
    b = a + timedelta(days=days)
    if not date(2019, 1, 1) <= b <= date(2027, 12, 31):
        return
    between = cal.working_days_between(a, b)
    assert between == -cal.working_days_between(b, a)
    if b >= a and cal.is_working_day(b):
        assert cal.add_working_days(a, between) == b
    if b < a and cal.is_working_day(a):
        assert cal.add_working_days(b, -between) == a


def test_a_year_without_a_file_is_an_error(cal: HolidayCalendar) -> None:
    with pytest.raises(ValidationError) as err:
        cal.is_working_day(date(2018, 12, 28))
    assert (err.value.code, err.value.params) == ("holidays.missing", {"year": 2018})
    # a deadline running past the last calendar must not be guessed either
    with pytest.raises(ValidationError) as err:
        default_deadline(date(2027, 12, 20), cal)
    assert err.value.params == {"year": 2028}


def test_an_empty_or_absent_directory_knows_no_year(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        HolidayCalendar.load(tmp_path / "nowhere").is_working_day(date(2026, 1, 5))
    assert err.value.code == "holidays.missing"


# -- malformed files --------------------------------------------------------------------------------------------


def good_doc(year: int = 2026) -> dict[str, Any]:
    return {
        "year": year,
        "holidays": [{"date": f"{year}-01-01", "name_ru": "Новый год", "name_kk": "Жаңа жыл"}],
        "transfers": [
            {"date": "2026-01-09", "kind": "day_off", "note": "decree"},
            {"date": "2026-01-17", "kind": "working_day"},
        ],
    }


def write(path: Path, doc: Any) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def invalid(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        read_year_file(path)
    assert err.value.code == "holidays.invalid"
    assert err.value.params["path"] == str(path)
    return err.value


def test_a_good_file_reads(tmp_path: Path) -> None:
    year = read_year_file(write(tmp_path / "2026.json", good_doc()))
    assert year.year == 2026
    assert not year.is_working_day(date(2026, 1, 9))  # Friday, a decreed day off
    assert year.is_working_day(date(2026, 1, 17))  # Saturday, a decreed working day


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "2026.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good_doc()).encode())
    assert read_year_file(path).year == 2026


def test_bad_json(tmp_path: Path) -> None:
    err = invalid(write(tmp_path / "2026.json", '{"year": 2026, "holidays": [}'))
    assert "line 1" in err.params["detail"]


def mutate(doc: dict[str, Any], section: str, index: int, **changes: Any) -> dict[str, Any]:
    doc[section][index].update(changes)
    return doc


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (mutate(good_doc(), "holidays", 0, date="2026-02-30"), "holidays, entry 1: «2026-02-30» is not a calendar"),
        (mutate(good_doc(), "holidays", 0, date="01.01.2026"), "holidays, entry 1: «date» must be YYYY-MM-DD"),
        (mutate(good_doc(), "holidays", 0, date="2025-01-01"), "holidays, entry 1: «2025-01-01» is not in 2026"),
        (mutate(good_doc(), "holidays", 0, name_kk=" "), "holidays, entry 1 (2026-01-01): «name_kk»"),
        (mutate(good_doc(), "holidays", 0, dat="x"), "holidays, entry 1: unknown key «dat»"),
        (mutate(good_doc(), "transfers", 1, kind="holiday"),
         "transfers, entry 2 (2026-01-17): unknown kind \"holiday\""),
        (mutate(good_doc(), "transfers", 1, date="2026-01-09"), "transfers, entry 2 (2026-01-09): this date is listed"),
        (mutate(good_doc(), "transfers", 0, date="2026-01-10"),
         "transfers, entry 1 (2026-01-10): a day off on a Saturday"),
        (mutate(good_doc(), "transfers", 1, date="2026-01-16"),
         "transfers, entry 2 (2026-01-16): a Friday is a working day already"),
        (mutate(good_doc(), "transfers", 0, date="2026-01-01"),
         "transfers, entry 1 (2026-01-01): the date is a public"),
        ({**good_doc(), "year": "2026"}, "«year» must be a four-digit year"),
        ({**good_doc(), "year": True}, "«year» must be a four-digit year"),
        ({**good_doc(), "holidays": {}}, "«holidays» must be a list"),
        ({**good_doc(), "extra": 1}, "unknown key «extra»"),
        ([good_doc()], "one JSON object"),
    ],
)
def test_malformed_entries_are_named(tmp_path: Path, doc: Any, expected: str) -> None:
    err = invalid(write(tmp_path / "2026.json", doc))
    assert expected in err.params["detail"]
    assert str(tmp_path / "2026.json") in err.message("ru")


def test_year_must_match_the_file_name(tmp_path: Path) -> None:
    err = invalid(write(tmp_path / "2027.json", good_doc()))
    assert "named 2027.json" in err.params["detail"]


def test_a_bad_file_in_the_directory_stops_loading(tmp_path: Path) -> None:
    write(tmp_path / "2025.json", {**good_doc(2025), "transfers": []})
    write(tmp_path / "2026.json", mutate(good_doc(), "transfers", 0, kind="weekend"))
    with pytest.raises(ValidationError) as err:
        HolidayCalendar.load(tmp_path)
    assert err.value.code == "holidays.invalid"
    assert err.value.params["path"].endswith("2026.json")


def test_two_files_for_one_year_are_refused(tmp_path: Path) -> None:
    a = write(tmp_path / "a.json", good_doc())
    b = write(tmp_path / "b.json", good_doc())
    with pytest.raises(ValidationError) as err:
        HolidayCalendar.from_files([a, b])
    assert err.value.code == "holidays.invalid"
    assert "2026" in err.value.params["detail"]


# -- import -----------------------------------------------------------------------------------------------------


def test_import_refuses_a_bad_file_and_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "calendars"
    target.mkdir()
    original = (SHIPPED / "2026.json").read_bytes()
    (target / "2026.json").write_bytes(original)
    bad = write(tmp_path / "my-2026.json", mutate(good_doc(), "transfers", 1, date="2026-02-31"))
    with pytest.raises(ValidationError) as err:
        HolidayCalendar.import_file(bad, target)
    assert err.value.code == "holidays.invalid"
    assert "transfers, entry 2" in err.value.params["detail"]
    assert [p.name for p in target.iterdir()] == ["2026.json"]
    assert (target / "2026.json").read_bytes() == original


def test_import_copies_a_good_file_under_its_year(tmp_path: Path) -> None:
    target = tmp_path / "calendars"
    target.mkdir()
    (target / "2026.json").write_bytes((SHIPPED / "2026.json").read_bytes())
    before = HolidayCalendar.load(target)
    assert before.is_working_day(date(2026, 1, 9))
    edited = write(tmp_path / "kalendar.json", good_doc())
    assert HolidayCalendar.import_file(edited, target) == target / "2026.json"
    assert (target / "2026.json").read_bytes() == edited.read_bytes()
    assert [p.name for p in target.iterdir()] == ["2026.json"]
    # the cached calendar of that directory notices the new file
    assert not HolidayCalendar.load(target).is_working_day(date(2026, 1, 9))


# -- extensions of a control item -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "limit"),
    [
        (date(2026, 1, 15), date(2026, 3, 15)),
        (date(2025, 12, 31), date(2026, 2, 28)),
        (date(2023, 12, 31), date(2024, 2, 29)),
        (date(2026, 8, 31), date(2026, 10, 31)),
        (date(2026, 7, 31), date(2026, 9, 30)),
        (date(2026, 11, 30), date(2027, 1, 30)),
    ],
)
def test_max_extension_is_two_calendar_months_clamped(registered: date, limit: date) -> None:
    assert max_extended_deadline(registered) == limit


@pytest.mark.parametrize(
    ("current", "proposed"),
    [
        (date(2026, 2, 5), date(2026, 2, 19)),  # two more weeks
        (date(2026, 3, 5), date(2026, 3, 15)),  # no further than two months from registration
        (date(2026, 3, 15), date(2026, 3, 15)),  # already at the limit: nothing later to offer
    ],
)
def test_the_proposed_extension_is_two_weeks_within_the_limit(current: date, proposed: date) -> None:
    registered = date(2026, 1, 15)
    assert proposed_extension(registered, current) == proposed
    if proposed > current:  # what is offered is what the rule accepts
        check_extension(registered, current, proposed, "ждём ответа акимата")


def test_extension_of_exactly_two_months_is_allowed() -> None:
    check_extension(date(2026, 1, 15), date(2026, 2, 5), date(2026, 3, 15), "ждём ответа акимата")


def test_extension_one_day_past_two_months_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        check_extension(date(2026, 1, 15), date(2026, 2, 5), date(2026, 3, 16), "ждём ответа акимата")
    assert (err.value.code, err.value.field) == ("extension.too_long", "deadline")
    assert err.value.params == {"deadline": "16.03.2026", "limit": "15.03.2026"}


def test_extension_clamped_at_month_end() -> None:
    check_extension(date(2025, 12, 31), date(2026, 1, 22), date(2026, 2, 28), "зимник закрыт")
    with pytest.raises(ValidationError) as err:
        check_extension(date(2025, 12, 31), date(2026, 1, 22), date(2026, 3, 1), "зимник закрыт")
    assert err.value.code == "extension.too_long"


@pytest.mark.parametrize("reason", ["", "   ", "\n\t", None])
def test_extension_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(ValidationError) as err:
        check_extension(date(2026, 1, 15), date(2026, 2, 5), date(2026, 2, 20), reason)
    assert (err.value.code, err.value.field) == ("extension.reason", "reason")


@pytest.mark.parametrize("new", [date(2026, 2, 5), date(2026, 2, 4)])
def test_extension_must_be_later_than_the_current_deadline(new: date) -> None:
    with pytest.raises(ValidationError) as err:
        check_extension(date(2026, 1, 15), date(2026, 2, 5), new, "причина")
    assert (err.value.code, err.value.field) == ("extension.not_later", "deadline")
    check_extension(date(2026, 1, 15), date(2026, 2, 5), date(2026, 2, 6), "причина")


@pytest.mark.parametrize("new", [date(2026, 2, 20), date(2026, 2, 19)])
def test_an_extension_made_late_must_end_after_today_and_a_deadline_from_today_is_proposed(new: date) -> None:
    """An item whose deadline passed is extended on 20.02: a new deadline of today or earlier is refused (it would
    be overdue at once), even though it is after the old one, and two weeks counted from today are proposed."""
    today = date(2026, 2, 20)
    with pytest.raises(ValidationError) as err:
        check_extension(date(2026, 1, 15), date(2026, 2, 5), new, "причина", today)
    assert (err.value.code, err.value.field) == ("extension.past", "deadline")
    proposed = proposed_extension(date(2026, 1, 15), date(2026, 2, 5), today)
    assert proposed == date(2026, 3, 6) and err.value.params["proposed"] == "06.03.2026"
    check_extension(date(2026, 1, 15), date(2026, 2, 5), proposed, "причина", today)
    # Near the two-month limit the proposal is the limit itself; before the deadline, two weeks after it.
    assert proposed_extension(date(2026, 1, 15), date(2026, 2, 5), date(2026, 3, 10)) == date(2026, 3, 15)
    assert proposed_extension(date(2026, 1, 15), date(2026, 2, 5), date(2026, 1, 20)) == date(2026, 2, 19)


# -- resources --------------------------------------------------------------------------------------------------


def test_resource_path_finds_the_repository_resources() -> None:
    assert (resource_path("holidays") / "2026.json").is_file()


def test_resource_path_inside_a_pyinstaller_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("holidays", "2026.json") == tmp_path / "resources" / "holidays" / "2026.json"


RELIGIOUS = {(1, 7), (8, 11), (7, 31), (7, 20), (7, 9), (6, 28), (6, 16), (6, 6), (5, 27), (5, 16)}
# Days the weekend rule gives but a decree moved elsewhere (9 May 2020, a Saturday: Monday 11 May -> Friday 8 May).
DECREED_AWAY = {date(2020, 5, 11)}


@pytest.mark.parametrize("year", YEARS)
def test_shipped_files_apply_the_weekend_rule(cal: HolidayCalendar, year: int) -> None:
    # Recompute the rule independently: a secular holiday on Saturday or Sunday gives the next weekday that is
    # neither a holiday nor already given.
    holiday_dates = {h.date for h in cal.year(year).holidays}
    given_days: set[date] = set()
    for h in sorted(holiday_dates):
        if h.weekday() < 5 or (h.month, h.day) in RELIGIOUS:
            continue
        d = h + timedelta(days=1)
        while d.weekday() >= 5 or d in holiday_dates or d in given_days:
            d += timedelta(days=1)
        given_days.add(d)
    for d in given_days - DECREED_AWAY:
        assert not cal.is_working_day(d), d
    for d in DECREED_AWAY & given_days:
        assert cal.is_working_day(d), d
