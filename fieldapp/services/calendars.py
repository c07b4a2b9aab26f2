"""The holiday calendars a user has: the yearly files shipped with the app, overlaid by those imported into the data
folder (resources/holidays/README.md describes the format). Per user, not per database: no sign-in is needed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fieldapp.config import app_paths
from fieldapp.domain.workdays import HolidayCalendar, read_year_file
from fieldapp.resources import resource_path

Origin = Literal["shipped", "imported"]


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """One year that has a calendar, and the file it is read from."""

    year: int
    origin: Origin
    path: Path
    replaces_shipped: bool = False  # an imported file for a year the app also ships

    def as_json(self) -> dict[str, object]:
        return {"year": self.year, "origin": self.origin, "path": str(self.path),
                "replaces_shipped": self.replaces_shipped}


def shipped_dir() -> Path:
    return resource_path("holidays")


def user_dir() -> Path:
    """Where `import_calendar` keeps a user's files; read by every workspace's calendar."""
    return app_paths().data / "holidays"


def current_calendar() -> HolidayCalendar:
    """The shipped yearly calendars, overlaid by any the user imported."""
    shipped = HolidayCalendar.load(shipped_dir())
    imported = user_dir()
    if imported.is_dir() and any(imported.glob("*.json")):
        return shipped.overlay(HolidayCalendar.load(imported))
    return shipped


def list_calendars() -> list[CalendarYear]:
    """Every year known, ascending, with where it comes from (an imported file wins over the shipped one)."""
    shipped = HolidayCalendar.load(shipped_dir()).years_map
    imported = HolidayCalendar.load(user_dir()).years_map if user_dir().is_dir() else {}
    rows = []
    for year in sorted({*shipped, *imported}):
        if year in imported:
            rows.append(CalendarYear(year, "imported", _path(imported[year].source), year in shipped))
        else:
            rows.append(CalendarYear(year, "shipped", _path(shipped[year].source)))
    return rows


def import_calendar(path: Path) -> CalendarYear:
    """Check a year's file and keep it in the user's data folder as `<year>.json`; ValidationError
    `holidays.invalid` names the bad entry and then nothing changes."""
    target = HolidayCalendar.import_file(Path(path), user_dir())
    year = read_year_file(target).year
    shipped = HolidayCalendar.load(shipped_dir()).years_map
    return CalendarYear(year, "imported", target, year in shipped)


def _path(source: Path | None) -> Path:
    assert source is not None  # calendars loaded from a folder always know their file
    return source
