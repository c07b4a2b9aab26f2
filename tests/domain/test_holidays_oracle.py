"""Every shipped holiday calendar agrees, day by day, with the `holidays` package (a test-only oracle), except for the
differences listed with their legal source in resources/holidays/README.md.

Days off are compared, not names: a day is a working day or not, by our file and by the package (its holidays, its
observed and substituted days off, and its weekend workdays).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from fieldapp.domain.workdays import HolidayCalendar
from fieldapp.resources import resource_path

holidays = pytest.importorskip("holidays", reason="the test extra installs the `holidays` oracle")

README = resource_path("holidays") / "README.md"
# A row of the known-differences table: | 2027-03-15 | off | working | source … |
_ROW = re.compile(r"^\|\s*(\d{4}-\d{2}-\d{2})\s*\|\s*(off|working)\s*\|\s*(off|working)\s*\|\s*(.*?)\s*\|\s*$")


def _shipped() -> HolidayCalendar:
    return HolidayCalendar.load(resource_path("holidays"))


def known_differences() -> dict[date, tuple[str, str, str]]:
    """date -> (ours, package's, source) from the README's table."""
    rows: dict[date, tuple[str, str, str]] = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match:
            rows[date.fromisoformat(match.group(1))] = (match.group(2), match.group(3), match.group(4))
    return rows


def differences(cal: HolidayCalendar, year: int) -> dict[date, tuple[str, str]]:
    oracle = holidays.country_holidays("KZ", years=year)
    found = {}
    d = date(year, 1, 1)
    while d.year == year:
        ours, theirs = cal.is_working_day(d), oracle.is_working_day(d)
        if ours != theirs:
            found[d] = ("working" if ours else "off", "working" if theirs else "off")
        d += timedelta(days=1)
    return found


def test_every_shipped_year_is_compared():
    # The oracle must cover every year we ship, or the comparison below would pass on nothing.
    years = _shipped().years
    assert years and years[0] <= 2019 and years[-1] >= 2027
    oracle = holidays.country_holidays("KZ", years=years)
    assert {d.year for d in oracle} == set(years)


@pytest.mark.parametrize("year", _shipped().years)
def test_shipped_year_agrees_with_the_package_or_the_difference_is_sourced(year):
    listed = {d: row for d, row in known_differences().items() if d.year == year}
    found = differences(_shipped(), year)
    unlisted = {d: v for d, v in found.items() if d not in listed or listed[d][:2] != v}
    assert not unlisted, (
        f"{year}: days where resources/holidays/{year}.json and the `holidays` package differ (ours, package's): "
        f"{unlisted}; correct the file or list the day with its legal source in resources/holidays/README.md"
    )
    stale = sorted(set(listed) - set(found))
    assert not stale, f"listed in README.md as differences but the two now agree: {stale}; remove those rows"


def test_every_listed_difference_names_its_source():
    for d, (_ours, _theirs, source) in known_differences().items():
        assert len(source) > 20, f"{d}: a known difference needs its decree or law, got {source!r}"


def test_the_comparison_catches_a_wrong_file(tmp_path):
    # The oracle really looks at the days: a 2019 file without its decree transfer is caught on both days.
    text = (resource_path("holidays") / "2019.json").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if "P1800000888" not in line]
    (tmp_path / "2019.json").write_text("\n".join(kept), encoding="utf-8")
    broken = HolidayCalendar.load(tmp_path)
    assert differences(broken, 2019) == {date(2019, 5, 4): ("off", "working"), date(2019, 5, 10): ("working", "off")}
