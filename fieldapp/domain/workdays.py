"""Working days of Kazakhstan read from yearly holiday files, and the deadlines of problems under control.

The calendar is data (resources/holidays/<year>.json, format in its README.md), never rules in code.
"""

from __future__ import annotations

import calendar as _gregorian
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from fieldapp.domain.errors import ValidationError
from fieldapp.resources import resource_path

__all__ = [
    "DEFAULT_CONTROL_WORKING_DAYS",
    "NOTIFY_WORKING_DAYS",
    "Holiday",
    "HolidayCalendar",
    "Transfer",
    "TransferKind",
    "YearCalendar",
    "check_extension",
    "default_deadline",
    "max_extended_deadline",
    "notify_by",
    "read_year_file",
]

DEFAULT_CONTROL_WORKING_DAYS = 15
NOTIFY_WORKING_DAYS = 3
EXTENSION_MAX_MONTHS = 2
EXTENSION_PROPOSED_DAYS = 14  # what the extension form offers first

TransferKind = Literal["day_off", "working_day"]
TRANSFER_KINDS: tuple[TransferKind, ...] = ("day_off", "working_day")

_YEAR_FILE = re.compile(r"(\d{4})\.json")
# date.fromisoformat also takes "20260101" and ISO week dates; a calendar a person edits should have one spelling.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TOP_KEYS = frozenset({"year", "holidays", "transfers", "note"})
_HOLIDAY_KEYS = frozenset({"date", "name_ru", "name_kk", "note"})
_TRANSFER_KEYS = frozenset({"date", "kind", "note"})
_SATURDAY = 5
# Not strftime("%A"): that follows the process locale, and these texts must read the same everywhere.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Holiday:
    """A public holiday: a non-working day by law."""

    date: date
    name_ru: str
    name_kk: str


@dataclass(frozen=True, slots=True)
class Transfer:
    """A decree (or the weekend rule) turning a weekday into a day off, or a weekend day into a working day."""

    date: date
    kind: TransferKind
    note: str = ""


@dataclass(frozen=True, slots=True)
class YearCalendar:
    """One year's holidays and transfers, as read from its file."""

    year: int
    holidays: tuple[Holiday, ...]
    transfers: tuple[Transfer, ...]
    source: Path | None = None
    days_off: frozenset[date] = field(init=False, repr=False, compare=False)
    working_weekend_days: frozenset[date] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen: derived sets are computed once here so that lookups stay O(1).
        off = {h.date for h in self.holidays} | {t.date for t in self.transfers if t.kind == "day_off"}
        working = {t.date for t in self.transfers if t.kind == "working_day"}
        object.__setattr__(self, "days_off", frozenset(off))
        object.__setattr__(self, "working_weekend_days", frozenset(working))

    def is_working_day(self, d: date) -> bool:
        if d in self.working_weekend_days:
            return True
        return d.weekday() < _SATURDAY and d not in self.days_off


@dataclass(frozen=True, eq=False, slots=True)
class HolidayCalendar:
    """Working days over the years that have a calendar file. Immutable; share one instance freely."""

    years_map: Mapping[int, YearCalendar] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "years_map", MappingProxyType(dict(self.years_map)))

    # -- construction -------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None = None) -> HolidayCalendar:
        """All `<year>.json` files of `directory` (default: the shipped resources/holidays), cached per directory.

        The cache is keyed by the files' names, sizes and modification times, so an imported or edited file is
        picked up by the next call without re-reading the unchanged ones on every deadline computation.
        """
        folder = (directory if directory is not None else resource_path("holidays")).resolve()
        return _load_directory(folder, _directory_signature(folder))

    @classmethod
    def from_files(cls, paths: Iterable[Path]) -> HolidayCalendar:
        """A calendar of exactly these files; two files for one year are an error."""
        years: dict[int, YearCalendar] = {}
        for path in paths:
            year_cal = read_year_file(Path(path))
            previous = years.get(year_cal.year)
            if previous is not None:
                raise ValidationError(
                    "holidays.invalid", path=str(path),
                    detail=f"the year {year_cal.year} is already given by {previous.source}",
                )
            years[year_cal.year] = year_cal
        return cls(years)

    def overlay(self, other: HolidayCalendar) -> HolidayCalendar:
        """This calendar with the years of `other` taking precedence (a user's imported files over the shipped)."""
        return HolidayCalendar({**self.years_map, **other.years_map})

    @staticmethod
    def import_file(path: Path, target_dir: Path) -> Path:
        """Validate a user's calendar file, then copy it to `target_dir/<year>.json`; returns the new path.

        Nothing in `target_dir` changes when the file is refused.
        """
        source = Path(path)
        # Check and copy the same bytes, so that a file edited meanwhile cannot slip through unchecked.
        data = _read_bytes(source)
        year_cal = _checked(source, data)
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{year_cal.year}.json"
        # Write beside the target and rename: a crash or a full disk must not leave half a calendar behind.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{year_cal.year}.", suffix=".tmp", dir=target_dir)
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(data)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return target

    # -- queries ------------------------------------------------------------------------------------------------

    @property
    def years(self) -> tuple[int, ...]:
        """The years that have a calendar, ascending."""
        return tuple(sorted(self.years_map))

    def year(self, year: int) -> YearCalendar:
        """The calendar of `year`; raises ValidationError `holidays.missing` rather than guess."""
        try:
            return self.years_map[year]
        except KeyError:
            raise ValidationError("holidays.missing", year=year) from None

    def holiday_on(self, d: date) -> Holiday | None:
        """The public holiday falling on `d`, if any (for display; transfers are not holidays)."""
        return next((h for h in self.year(d.year).holidays if h.date == d), None)

    def is_working_day(self, d: date) -> bool:
        """False on weekends, public holidays and decreed days off; True on decreed working weekend days."""
        return self.year(d.year).is_working_day(d)

    def add_working_days(self, start: date, n: int) -> date:
        """The date `n` working days after `start` (start itself is not counted); n < 0 counts backwards."""
        step = timedelta(days=1 if n >= 0 else -1)
        d = start
        for _ in range(abs(n)):
            d += step
            while not self.is_working_day(d):
                d += step
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b] when b >= a, else minus those in (b, a]: antisymmetric, so "days left" and "days
        overdue" are one number; add_working_days(a, result) == b for any working day b >= a."""
        if b < a:
            return -self.working_days_between(b, a)
        return sum(1 for d in _days(a + timedelta(days=1), b) if self.is_working_day(d))


def _days(first: date, last: date) -> Iterator[date]:
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)


# -- reading files ----------------------------------------------------------------------------------------------


def _directory_signature(folder: Path) -> tuple[tuple[str, int, int, int], ...]:
    if not folder.is_dir():
        return ()
    entries = []
    for entry in os.scandir(folder):
        if _YEAR_FILE.fullmatch(entry.name) and entry.is_file():
            st = entry.stat()
            entries.append((entry.name, st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(sorted(entries))


@lru_cache(maxsize=16)
def _load_directory(folder: Path, signature: tuple[tuple[str, int, int, int], ...]) -> HolidayCalendar:
    return HolidayCalendar.from_files(folder / name for name, *_ in signature)


class _Invalid(Exception):
    """A problem inside one file; turned into ValidationError("holidays.invalid") with the file's path."""


def read_year_file(path: Path) -> YearCalendar:
    """Parse and check one calendar file; raises ValidationError `holidays.invalid` naming the bad entry."""
    return _checked(path, _read_bytes(path))


# A year's calendar takes a few kilobytes (about thirty entries); a file of megabytes is not one, and parsing it whole
# would take ten times its size (a 48 MB file took 400 MB): refused before it is read.
MAX_YEAR_FILE = 1 << 20


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_YEAR_FILE + 1)
        if len(raw) > MAX_YEAR_FILE:
            detail = f"the file is larger than {MAX_YEAR_FILE >> 20} MB: a year's calendar takes a few kilobytes"
            raise ValidationError("holidays.invalid", path=str(path), detail=detail)
        return raw
    except OSError as exc:
        detail = f"cannot read the file ({exc.strerror or exc})"
        raise ValidationError("holidays.invalid", path=str(path), detail=detail) from None


def _checked(path: Path, raw: bytes) -> YearCalendar:
    try:
        return _parse_year(path, raw)
    except _Invalid as exc:
        raise ValidationError("holidays.invalid", path=str(path), detail=str(exc)) from None


def _parse_year(path: Path, raw: bytes) -> YearCalendar:
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark, which plain utf-8 would reject.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Invalid("the file is not UTF-8 text") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Invalid(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(doc, dict):
        raise _Invalid('the file must hold one JSON object: {"year": ..., "holidays": [...], "transfers": [...]}')
    _no_unknown_keys(doc, _TOP_KEYS, "the file")

    year = doc.get("year")
    # bool is an int subclass: "year": true must not pass as 1.
    if type(year) is not int or not 1900 <= year <= 2200:
        raise _Invalid(f"«year» must be a four-digit year, got {json.dumps(year, ensure_ascii=False)}")
    named = _YEAR_FILE.fullmatch(path.name)
    if named and int(named.group(1)) != year:
        raise _Invalid(f"«year» is {year} but the file is named {path.name}")

    holidays = _parse_holidays(doc.get("holidays"), year)
    transfers = _parse_transfers(doc.get("transfers", []), year, {h.date for h in holidays})
    return YearCalendar(year=year, holidays=holidays, transfers=transfers, source=path)


def _parse_holidays(items: Any, year: int) -> tuple[Holiday, ...]:
    if not isinstance(items, list):
        raise _Invalid("«holidays» must be a list of {\"date\", \"name_ru\", \"name_kk\"} entries")
    seen: set[date] = set()
    result = []
    for number, item in enumerate(items, start=1):
        where = f"holidays, entry {number}"
        entry = _entry(item, where, _HOLIDAY_KEYS)
        d = _entry_date(entry, where, year)
        where = f"{where} ({d.isoformat()})"
        if d in seen:
            raise _Invalid(f"{where}: this date is listed twice")
        seen.add(d)
        result.append(Holiday(date=d, name_ru=_text(entry, "name_ru", where), name_kk=_text(entry, "name_kk", where)))
    return tuple(sorted(result, key=lambda h: h.date))


def _parse_transfers(items: Any, year: int, holiday_dates: set[date]) -> tuple[Transfer, ...]:
    if not isinstance(items, list):
        raise _Invalid("«transfers» must be a list of {\"date\", \"kind\"} entries")
    seen: set[date] = set()
    result = []
    for number, item in enumerate(items, start=1):
        where = f"transfers, entry {number}"
        entry = _entry(item, where, _TRANSFER_KEYS)
        d = _entry_date(entry, where, year)
        where = f"{where} ({d.isoformat()})"
        kind = entry.get("kind")
        if kind not in TRANSFER_KINDS:
            shown = json.dumps(kind, ensure_ascii=False)
            raise _Invalid(f"{where}: unknown kind {shown}; allowed: {', '.join(TRANSFER_KINDS)}")
        if d in seen:
            raise _Invalid(f"{where}: this date is listed twice")
        seen.add(d)
        # Entries that change nothing are almost always a mistyped date; refusing them catches the typo.
        if d in holiday_dates:
            raise _Invalid(f"{where}: the date is a public holiday, a transfer cannot apply to it")
        weekend = d.weekday() >= _SATURDAY
        if kind == "day_off" and weekend:
            raise _Invalid(f"{where}: a day off on a {_WEEKDAYS[d.weekday()]} changes nothing (wrong date?)")
        if kind == "working_day" and not weekend:
            raise _Invalid(f"{where}: a {_WEEKDAYS[d.weekday()]} is a working day already (wrong date?)")
        note = entry.get("note", "")
        if not isinstance(note, str):
            raise _Invalid(f"{where}: «note» must be text")
        result.append(Transfer(date=d, kind="day_off" if kind == "day_off" else "working_day", note=note))
    return tuple(sorted(result, key=lambda t: t.date))


def _entry(item: Any, where: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _Invalid(f"{where}: expected an object like {{\"date\": \"YYYY-MM-DD\", ...}}")
    _no_unknown_keys(item, allowed, where)
    return item


def _no_unknown_keys(obj: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise _Invalid(f"{where}: unknown key «{unknown[0]}»; allowed: {', '.join(sorted(allowed))}")


def _entry_date(entry: dict[str, Any], where: str, year: int) -> date:
    raw = entry.get("date")
    if not isinstance(raw, str) or not _ISO_DATE.fullmatch(raw):
        raise _Invalid(f"{where}: «date» must be YYYY-MM-DD, got {json.dumps(raw, ensure_ascii=False)}")
    try:
        d = date.fromisoformat(raw)
    except ValueError:
        raise _Invalid(f"{where}: «{raw}» is not a calendar date") from None
    if d.year != year:
        raise _Invalid(f"{where}: «{raw}» is not in {year}")
    return d


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"{where}: «{key}» must be non-empty text")
    return value.strip()


# -- deadlines of problems under control -----------------------------------------------------------------------


def default_deadline(registered: date, cal: HolidayCalendar) -> date:
    """The deadline of a new control item: 15 working days after its registration."""
    return cal.add_working_days(registered, DEFAULT_CONTROL_WORKING_DAYS)


def notify_by(registered: date, cal: HolidayCalendar) -> date:
    """The last day to notify the applicant: 3 working days after registration."""
    return cal.add_working_days(registered, NOTIFY_WORKING_DAYS)


def max_extended_deadline(registered: date) -> date:
    """The latest deadline an extension may set: two calendar months after registration, clamped to the month's
    end (31 December -> 28 or 29 February)."""
    months = registered.month - 1 + EXTENSION_MAX_MONTHS
    year, month = registered.year + months // 12, months % 12 + 1
    return date(year, month, min(registered.day, _gregorian.monthrange(year, month)[1]))


def proposed_extension(registered: date, current_deadline: date, today: date | None = None) -> date:
    """The new deadline an extension offers first: two more weeks from the current deadline — or from `today`, when
    that deadline has passed —, never past the two-month limit (the current deadline itself once it is there, which
    check_extension then refuses)."""
    limit = max_extended_deadline(registered)
    if current_deadline >= limit:
        return current_deadline
    start = max(current_deadline, today) if today is not None else current_deadline
    return min(start + timedelta(days=EXTENSION_PROPOSED_DAYS), limit)


def check_extension(registered: date, current_deadline: date, new_deadline: date, reason: str | None,
                    today: date | None = None) -> None:
    """Refuse an extension without a reason (`extension.reason`), one not after `today` (`extension.past`, naming
    a deadline counted from today), one not later than the current deadline (`extension.not_later`) or one past
    two months from registration (`extension.too_long`)."""
    if reason is None or not reason.strip():
        raise ValidationError("extension.reason", "reason")
    if today is not None and new_deadline <= today:
        proposal = proposed_extension(registered, current_deadline, today)
        raise ValidationError("extension.past", "deadline", deadline=_show(new_deadline), today=_show(today),
                              proposed=_show(proposal) if proposal > today else "—")
    if new_deadline <= current_deadline:
        raise ValidationError(
            "extension.not_later", "deadline", deadline=_show(new_deadline), current=_show(current_deadline)
        )
    limit = max_extended_deadline(registered)
    if new_deadline > limit:
        raise ValidationError("extension.too_long", "deadline", deadline=_show(new_deadline), limit=_show(limit))


def _show(d: date) -> str:
    # The format users write and read on paper in Kazakhstan.
    return f"{d:%d.%m.%Y}"
