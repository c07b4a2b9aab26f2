"""The reception journal workbook of CONTRACT.md: the empty template to fill in by hand, its preview, and its
all-or-nothing import through the bulk writer (one transaction), idempotent by a stable identity of each row."""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlmodel import col

from fieldapp.domain.enums import (
    AppealForm,
    CampaignKind,
    HelpKind,
    LabelledEnum,
    Outcome,
    SocialCategory,
    StopStatus,
    Topic,
)
from fieldapp.domain.errors import DomainError, NotFoundError, ValidationError
from fieldapp.domain.ids import journal_number, stable_id
from fieldapp.domain.iin import normalise as iin_digits
from fieldapp.domain.iin import validate_iin
from fieldapp.domain.messages import render
from fieldapp.domain.rules import check_consent, code_from_title, decide_outcome, normalise_name
from fieldapp.domain.workdays import default_deadline, max_extended_deadline, notify_by
from fieldapp.services._common import touch
from fieldapp.services.context import Context
from fieldapp.services.place_match import PlaceMatcher
from fieldapp.services.place_match import named_id as _named_id
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.sheets import (
    ImportRefused,
    KeptRows,
    Problem,
    column_letter,
    date_value,
    enough_problems,
    header_key,
    merged_cells_in,
    open_first_sheet,
    problem_from_error,
    text_value,
)
from fieldapp.storage.bulk import BulkWriter, Rows, bulk_transaction, paused_gc, sql_date, sql_datetime
from fieldapp.storage.files import atomic_write, spill_beside
from fieldapp.storage.queries import imports as q
from fieldapp.storage.tables import Campaign, Stop, Tour, utcnow

__all__ = [
    "COLUMNS",
    "ImportResult",
    "JournalColumn",
    "JournalPreview",
    "JournalRow",
    "import_journal",
    "preview_journal",
    "write_template",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class JournalColumn:
    key: str
    ru: str
    kk: str
    width: int
    required: bool = True
    aliases: tuple[str, ...] = ()  # more headers people write for it

    def header(self, lang: str) -> str:
        return self.kk if lang == "kk" else self.ru

    def header_keys(self) -> set[str]:
        return {header_key(h) for h in (self.ru, self.kk, *self.aliases)}


# CONTRACT.md, "The reception journal workbook": columns A–N in this order.
COLUMNS: tuple[JournalColumn, ...] = (
    JournalColumn("no", "№", "№", 6, required=False, aliases=("N", "#", "№ п/п", "Nº")),
    JournalColumn("date", "Дата", "Күні", 12),
    JournalColumn("district", "Район", "Аудан", 24),
    JournalColumn("settlement", "Населённый пункт", "Елді мекен", 24),
    JournalColumn("name", "ФИО заявителя", "Өтініш берушінің аты-жөні", 32),
    JournalColumn("iin", "ИИН", "ЖСН", 15),
    JournalColumn("phone", "Телефон", "Телефон", 17),
    JournalColumn("social", "Социальная категория", "Әлеуметтік санат", 24),
    JournalColumn("form", "Форма обращения", "Өтініш нысаны", 17),
    JournalColumn("topic", "Тема", "Тақырып", 30),
    JournalColumn("essence", "Суть обращения", "Өтініштің мәні", 48),
    JournalColumn("outcome", "Результат", "Нәтиже", 28),
    JournalColumn("responsible", "Ответственный", "Жауапты", 30),
    JournalColumn("deadline", "Срок", "Мерзім", 12),
)
# Not in the contract's columns, read when present: «help provided» may name its kind, and a journal may record
# consent row by row.
EXTRA_COLUMNS: tuple[JournalColumn, ...] = (
    JournalColumn("help_kind", "Вид помощи", "Көмек түрі", 24, required=False),
    JournalColumn("consent", "Согласие", "Келісім", 12, required=False, aliases=(
        "Согласие на обработку персональных данных", "Согласие на обработку ПД",
        "Дербес деректерді өңдеуге келісім",
    )),
)
_BY_KEY = {c.key: c for c in (*COLUMNS, *EXTRA_COLUMNS)}
# What a row kept costs, besides its texts (sheets.KeptRows): its record, identity and ids, its share of the plan
# (stop, settlement, order in its day), and the reception (and control item) written for it.
_ROW_BYTES = 1_000
_TEXT_LIMITS = {"district": 200, "settlement": 200, "name": 300, "phone": 40, "essence": 4000, "responsible": 300}
_YES = frozenset({"да", "иә", "ия", "yes", "+", "1", "есть", "бар"})
_NO = frozenset({"нет", "жоқ", "no", "-", "0"})
_EARLIEST = date(2000, 1, 1)


# -- the template ------------------------------------------------------------------------------------------------

_LISTS: tuple[tuple[str, type[LabelledEnum]], ...] = (
    ("social", SocialCategory), ("form", AppealForm), ("topic", Topic), ("outcome", Outcome),
)
TEMPLATE_ROWS = 5000  # rows that carry the drop-down lists and date checks


def template_header(ws: Any, columns: Iterable[JournalColumn], lang: str) -> dict[str, str]:
    """Row 1 of a template sheet: the columns' headers in `lang` (bold, shaded, wrapped), their widths, frozen,
    with a filter; returns each column's letter by key."""
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE7F0")
    letters: dict[str, str] = {}
    for index, column in enumerate(columns):
        letter = letters[column.key] = column_letter(index)
        cell = ws.cell(row=1, column=index + 1, value=column.header(lang))
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[letter].width = column.width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32
    ws.auto_filter.ref = f"A1:{column_letter(len(letters) - 1)}1"
    return letters


def template_list(lists: Any, n: int, title: str, labels: list[str], ws: Any, letter: str, last: int,
                  width: int = 36) -> None:
    """Column `n` of the hidden lists sheet holds `labels` under `title`; column `letter` of `ws` offers them as a
    drop-down down to row `last`. A warning, not a stop: the import also takes the other language's words, which
    the list does not show."""
    list_letter = column_letter(n)
    lists.cell(row=1, column=n + 1, value=title).font = Font(bold=True)
    for r, label in enumerate(labels, start=2):
        lists.cell(row=r, column=n + 1, value=label)
    lists.column_dimensions[list_letter].width = width
    dv = DataValidation(type="list", formula1=f"'{lists.title}'!${list_letter}$2:${list_letter}${len(labels) + 1}",
                        allow_blank=True, errorStyle="warning", showErrorMessage=True)
    dv.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(dv)


def template_date_check(ws: Any, letter: str, last: int) -> None:
    """Column `letter` of `ws` shows dates as ДД.ММ.ГГГГ and warns about anything else down to row `last`."""
    ws.column_dimensions[letter].number_format = "DD.MM.YYYY"
    dv = DataValidation(type="date", operator="greaterThanOrEqual", formula1="DATE(2000,1,1)", allow_blank=True,
                        errorStyle="warning", showErrorMessage=True)
    dv.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(dv)


def write_template(path: Path, lang: str = "ru") -> Path:
    """Write the empty journal: headers in Russian or Kazakh (English asks for the Russian ones, the contract's
    only other language), drop-down lists of the canonical labels, date checks, widths, a frozen header."""
    head_lang = "kk" if lang == "kk" else "ru"
    wb = Workbook()
    ws = wb.active
    ws.title = "Қабылдау журналы" if head_lang == "kk" else "Журнал приёма"
    lists = wb.create_sheet("Тізімдер" if head_lang == "kk" else "Списки")
    letters = template_header(ws, COLUMNS, head_lang)
    # Text format keeps an IIN's leading zero and a phone's plus sign as typed.
    for key in ("iin", "phone"):
        ws.column_dimensions[letters[key]].number_format = "@"
    ws[f"{letters['iin']}1"].comment = Comment(render("journal.consent_note", head_lang), "fieldapp")
    ws[f"{letters['deadline']}1"].comment = Comment(
        "Пусто — 15 рабочих дней" if head_lang == "ru" else "Бос — 15 жұмыс күні", "fieldapp")
    last = TEMPLATE_ROWS + 1
    for n, (key, enum) in enumerate(_LISTS):
        template_list(lists, n, _BY_KEY[key].header(head_lang), [m.label(head_lang) for m in enum], ws, letters[key],
                      last)
    for key in ("date", "deadline"):
        template_date_check(ws, letters[key], last)
    lists.sheet_state = "hidden"
    with atomic_write(path, make_folder=True) as out, spill_beside(path):
        wb.save(out)
    return path


# -- parsed rows ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JournalRow:
    """One valid row of the journal, values already in the app's codes."""

    row: int
    day: date
    district: str
    settlement: str
    name: str
    iin: str | None
    phone: str
    social_category: SocialCategory | None
    appeal_form: AppealForm
    topic: Topic
    essence: str
    outcome: Outcome
    help_kind: HelpKind | None
    responsible: str
    deadline: date | None  # as written; a control item without one gets 15 working days
    consent: bool
    identity: str  # the stable row identity (see _identity)
    no: int | None = None  # the journal's own № of the row, when it is a whole number


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, dry run, would do)."""

    file: str
    dry_run: bool
    rows: int
    imported: int
    already_present: int
    tour_id: str | None
    tour_title: str
    tour_created: bool
    campaign_created: bool
    stops_created: int
    settlements_created: int
    districts_created: int
    regions_created: int
    organizations_created: int
    control_items_created: int
    reception_ids: tuple[str, ...] = ()
    seconds: float = 0.0

    def lines(self, lang: str = "ru") -> list[str]:
        out = []
        if self.dry_run:
            out.append(render("journal.dry_run", lang))
        if self.tour_id or self.tour_created:
            created = ""
            if self.tour_created:
                created = render("journal.tour_created" if self.dry_run else "journal.tour_new", lang)
            out.append(render("journal.tour", lang, title=self.tour_title, id=self.tour_id or "—", created=created))
        out.append(render(
            "journal.summary", lang, imported=self.imported, present=self.already_present, stops=self.stops_created,
            settlements=self.settlements_created, districts=self.districts_created,
            organizations=self.organizations_created, controls=self.control_items_created,
        ))
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "dry_run": self.dry_run, "rows": self.rows, "imported": self.imported,
            "already_present": self.already_present, "tour_id": self.tour_id, "tour_title": self.tour_title,
            "tour_created": self.tour_created, "campaign_created": self.campaign_created,
            "stops_created": self.stops_created, "settlements_created": self.settlements_created,
            "districts_created": self.districts_created, "regions_created": self.regions_created,
            "organizations_created": self.organizations_created,
            "control_items_created": self.control_items_created, "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True)
class JournalPreview:
    """What the File menu shows before importing: the rows read, every problem, and what the import would do."""

    file: str
    sheet: str
    other_sheets: tuple[str, ...]  # ignored: only the first sheet is read
    header_lang: str  # ru, kk or mixed
    ignored_columns: tuple[str, ...]  # headers the journal does not know
    rows: tuple[JournalRow, ...]
    problems: tuple[Problem, ...]
    result: ImportResult | None  # None when there are problems

    @property
    def ok(self) -> bool:
        return not self.problems


# -- reading -------------------------------------------------------------------------------------------------------


@dataclass
class _Parsed:
    file: str
    sheet: str = ""
    other_sheets: tuple[str, ...] = ()
    header_lang: str = "ru"
    ignored: tuple[str, ...] = ()
    rows: list[JournalRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Cache:
    """Per-import memo of the domain rules: a journal repeats the same few labels and dates thousands of times."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.today = ctx.today()
        self.enums: dict[tuple[type[LabelledEnum], str], LabelledEnum | DomainError] = {}
        self.enum_cells: dict[tuple[type[LabelledEnum], str], LabelledEnum] = {}  # cell text as read → member
        self.deadlines: dict[date, date | DomainError] = {}
        self.notify: dict[date, date] = {}
        self.folded: dict[str, str] = {}

    def fold(self, text: str) -> str:
        """normalise_name, remembered: district, settlement and body names repeat on most rows."""
        found = self.folded.get(text)
        if found is None:
            found = self.folded[text] = normalise_name(text)
        return found

    def enum(self, cls: type[LabelledEnum], text: str, field_name: str) -> LabelledEnum:
        key = (cls, text)
        found = self.enums.get(key)
        if found is None:
            try:
                found = cls.parse(text, field_name)
            except DomainError as exc:
                found = exc
            self.enums[key] = found
        if isinstance(found, DomainError):
            raise found
        return found

    def deadline(self, day: date) -> date:
        found = self.deadlines.get(day)
        if found is None:
            try:
                found = default_deadline(day, self.ctx.calendar)
            except DomainError as exc:
                found = exc
            self.deadlines[day] = found
        if isinstance(found, DomainError):
            raise found
        return found

    def notify_by(self, day: date) -> date:
        if day not in self.notify:
            self.notify[day] = notify_by(day, self.ctx.calendar)
        return self.notify[day]


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Row 1 of a sheet matched to the columns an import knows."""

    where: dict[str, int]  # column key → its index in the sheet
    lang: str  # ru, kk or mixed
    ignored: tuple[str, ...]  # headers the import does not know
    problems: tuple[Problem, ...]  # doubled and missing columns


def match_header(file: str, header: tuple[Any, ...], columns: Iterable[JournalColumn],
                 sheet: str | None = None) -> HeaderMatch:
    """Map column keys to their index in the sheet by header text (Russian, Kazakh or an alias; case and ё/е
    ignored); missing and doubled columns become problems, named in the headers' language."""
    columns = tuple(columns)
    known = {k: c for c in columns for k in c.header_keys()}
    where: dict[str, int] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    ru = kk = 0
    for index, value in enumerate(header):
        key = header_key(value)
        if not key:
            continue
        column = known.get(key)
        if column is None:
            ignored.append(str(value).strip())
            continue
        if column.key in where:
            problems.append(Problem(file, "import.duplicate_column",
                                    {"header": str(value).strip(), "other": column_letter(where[column.key])},
                                    1, column_letter(index), str(value).strip(), sheet))
            continue
        where[column.key] = index
        if key == header_key(column.ru) != header_key(column.kk):
            ru += 1
        elif key == header_key(column.kk) != header_key(column.ru):
            kk += 1
    header_lang = "kk" if kk and not ru else ("mixed" if kk and ru else "ru")
    lang = "kk" if header_lang == "kk" else "ru"
    for column in columns:
        if column.required and column.key not in where:
            problems.append(Problem(file, "import.missing_column", {"header": column.header(lang)}, 1, sheet=sheet))
    return HeaderMatch(where, header_lang, tuple(ignored), tuple(problems))


def _locate_columns(parsed: _Parsed, header: tuple[Any, ...]) -> dict[str, int]:
    found = match_header(parsed.file, header, (*COLUMNS, *EXTRA_COLUMNS))
    parsed.problems.extend(found.problems)
    parsed.header_lang, parsed.ignored = found.lang, found.ignored
    return found.where


def _parse(ctx: Context, path: Path, progress: Progress, cancel: CancelToken) -> _Parsed:
    parsed = _Parsed(path.name)
    try:
        sheet = open_first_sheet(path)
    except ImportRefused as exc:
        parsed.problems.extend(exc.problems)
        return parsed
    cache = _Cache(ctx)
    with sheet:
        parsed.sheet, parsed.other_sheets = sheet.title, sheet.other_sheets
        try:
            rows = sheet.rows()
            first = next(rows, None)
            if first is None or (not any(header_key(v) for v in first[1]) and sheet.looks_empty()):
                parsed.problems.append(Problem(parsed.file, "import.empty_sheet", {"sheet": sheet.title}))
                return parsed
            # Row 1 is the header (CONTRACT.md); an empty row 1 reports every column as missing there.
            header = first[1]
            where = _locate_columns(parsed, header)
            headers = {key: str(header[i]).strip() for key, i in where.items()}
            for min_col, min_row, _, _, ref in merged_cells_in(sheet.merged, 1):
                letter = column_letter(min_col - 1)
                title = str(header[min_col - 1] or letter).strip() if min_col - 1 < len(header) else letter
                parsed.problems.append(Problem(parsed.file, "import.merged", {"cells": ref}, min_row, letter, title))
            if parsed.problems:
                return parsed
            seen: Counter[str] = Counter()
            kept = KeptRows(parsed.file, sheet.title, _ROW_BYTES, held=sheet.held_bytes())
            for number, values in rows:
                if number % 2000 == 0:
                    cancel.check()
                    progress(number, 0, path.name)
                row = _parse_row(ctx, cache, parsed, number, values, where, headers)
                if parsed.problems and enough_problems(parsed.file, parsed.problems):
                    break
                if row is not None:
                    # Identical rows are kept apart by their order of appearance: the 2nd copy is the 2nd visit.
                    seen[row.identity] += 1
                    if seen[row.identity] > 1:
                        row = _with_identity(row, f"{row.identity}#{seen[row.identity]}")
                    kept.add(number, values)
                    parsed.rows.append(row)
        except ImportRefused as exc:
            parsed.problems.extend(exc.problems)
            return parsed
        except (KeyError, ValueError, EOFError, OSError, TypeError) as exc:
            # A workbook truncated after its first parts opens and then fails in the middle of its rows.
            log.info("journal %s unreadable: %s", path.name, type(exc).__name__)
            parsed.problems.append(Problem(parsed.file, "import.damaged"))
            return parsed
    if not parsed.rows and not parsed.problems:
        parsed.problems.append(Problem(parsed.file, "import.no_rows", {"sheet": parsed.sheet}))
    return parsed


def _with_identity(row: JournalRow, identity: str) -> JournalRow:
    return replace(row, identity=identity)


def _parse_row(
    ctx: Context, cache: _Cache, parsed: _Parsed, number: int, values: tuple[Any, ...], where: dict[str, int],
    headers: dict[str, str],
) -> JournalRow | None:
    """One row checked against every rule; all of its problems are listed, not just the first."""
    cells = {key: (values[i] if i < len(values) else None) for key, i in where.items()}
    if all(v is None or (isinstance(v, str) and not v.strip()) for k, v in cells.items() if k != "no"):
        return None  # an empty (or only numbered) line of the form
    problems: list[Problem] = []

    def problem(key: str, code: str, params: dict[str, Any]) -> None:
        problems.append(Problem(parsed.file, code, params, number, column_letter(where[key]), headers[key]))

    def from_error(key: str, error: DomainError) -> None:
        problems.append(problem_from_error(error, parsed.file, number, column_letter(where[key]), headers[key]))

    def text(key: str, *, numbers: bool = False, required: bool = False) -> str:
        if key not in where:
            return ""
        value, bad = text_value(cells[key], numbers_as_text=numbers)
        if bad is not None:
            problem(key, *bad)
            return ""
        assert value is not None
        limit = _TEXT_LIMITS.get(key)
        if limit and len(value) > limit:
            problem(key, "import.too_long", {"limit": limit})
        if required and not value:
            problem(key, "required", {})
        return value

    def when(key: str) -> date | None:
        if key not in where:
            return None
        value, bad = date_value(cells[key])
        if bad is not None:
            problem(key, *bad)
            return None
        return value

    def enum(key: str, cls: type[LabelledEnum], field_name: str, required: bool = False) -> Any:
        if key not in where:
            return None
        cell = cells[key]
        if isinstance(cell, str):
            known = cache.enum_cells.get((cls, cell))
            if known is not None:  # this very cell text was read as this member before
                return known
        before = len(problems)
        raw = text(key, required=required)
        if not raw or len(problems) > before:
            return None
        try:
            member = cache.enum(cls, raw, field_name)
        except DomainError:
            problem(key, "enum.unknown", {"value": raw, "allowed": cls})
            return None
        if isinstance(cell, str):
            cache.enum_cells[(cls, cell)] = member
        return member

    day = when("date")
    if day is None and not any(p.column == column_letter(where["date"]) for p in problems):
        problem("date", "required", {})
    elif day is not None and day > cache.today:
        problem("date", "import.date_future", {"value": f"{day:%d.%m.%Y}"})
    elif day is not None and day < _EARLIEST:
        problem("date", "import.date_old", {"value": f"{day:%d.%m.%Y}"})
    district = text("district", required=True)
    settlement = text("settlement", required=True)
    name = text("name", required=True)
    iin: str | None = None
    raw_iin = text("iin", numbers=True)
    if raw_iin:
        # Excel turns a typed IIN into a number and drops its leading zero: put it back.
        digits = iin_digits(raw_iin)
        if isinstance(cells["iin"], int | float) and digits.isdigit() and len(digits) < 12:
            raw_iin = digits.zfill(12)
        try:
            iin = validate_iin(raw_iin)
        except DomainError as exc:
            from_error("iin", exc)
    phone = text("phone", numbers=True)
    social = enum("social", SocialCategory, "social_category")
    form = enum("form", AppealForm, "appeal_form", required=True)
    topic = enum("topic", Topic, "topic", required=True)
    essence = text("essence")
    outcome = enum("outcome", Outcome, "outcome", required=True)
    help_kind = enum("help_kind", HelpKind, "help_kind")
    responsible = text("responsible")
    deadline = when("deadline")
    consent = bool(iin or phone)
    if "consent" in where:
        raw_consent = text("consent")
        if raw_consent.casefold() in _YES:
            consent = True
        elif raw_consent.casefold() in _NO or not raw_consent:
            consent = False
        else:
            problem("consent", "import.yes_no", {"value": raw_consent})
    if outcome is not None:
        # The journal has no column for the kind of help (CONTRACT.md): «help provided» without one is «other».
        kind = help_kind or (HelpKind.OTHER if outcome is Outcome.HELPED else None)
        try:
            decide_outcome(outcome, kind, bool(responsible))
        except ValidationError as exc:
            from_error("responsible" if exc.field == "responsible" else "outcome", exc)
        help_kind = kind if outcome is Outcome.HELPED else None
    try:
        check_consent(consent, iin=iin, phone=phone, address="")
    except ValidationError as exc:
        from_error("consent" if "consent" in where else "iin", exc)
    if outcome is Outcome.CONTROL and day is not None:
        try:
            due = deadline or cache.deadline(day)
            cache.notify_by(day)
        except DomainError as exc:
            from_error("deadline", exc)
        else:
            limit = max_extended_deadline(day)
            if due < day:
                problem("deadline", "deadline.before_registration",
                        {"deadline": f"{due:%d.%m.%Y}", "registered": f"{day:%d.%m.%Y}"})
            elif due > limit:
                problem("deadline", "extension.too_long", {"deadline": f"{due:%d.%m.%Y}", "limit": f"{limit:%d.%m.%Y}"})
    if problems:
        parsed.problems.extend(problems)
        return None
    assert day is not None and form is not None and topic is not None and outcome is not None
    kept = deadline if outcome is Outcome.CONTROL else None
    identity = _identity_of(day, district, settlement, name, iin, phone, social, form, topic, essence, outcome,
                            help_kind, responsible, kept, cache.fold)
    return JournalRow(number, day, district, settlement, name, iin, phone, social, form, topic, essence, outcome,
                      help_kind, responsible, kept, consent, identity, _row_no(cells.get("no")))


def _row_no(value: object) -> int | None:
    """The № cell as a whole number (1, 1.0, " 12 "), else None: the column is free, never a reason to refuse."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _identity(row: JournalRow) -> str:
    """The stable identity of a row: a digest of what it says, never of where it sits.

    Values are compared as the app stores them (codes, folded names, IIN digits), so the same journal written in
    Russian or Kazakh, re-sorted, re-numbered or saved under another name is the same set of receptions. A row
    whose content was corrected imports as a new reception (the earlier one can be deleted in the app).
    """
    return _identity_of(row.day, row.district, row.settlement, row.name, row.iin, row.phone, row.social_category,
                        row.appeal_form, row.topic, row.essence, row.outcome, row.help_kind, row.responsible,
                        row.deadline, normalise_name)


def _identity_of(
    day: date, district: str, settlement: str, name: str, iin: str | None, phone: str,
    social: SocialCategory | None, form: AppealForm, topic: Topic, essence: str, outcome: Outcome,
    help_kind: HelpKind | None, responsible: str, deadline: date | None, fold: Callable[[str], str],
) -> str:
    """_identity from the row's values (`fold` is normalise_name or a memo of it), before the row is built."""
    parts = (
        day.isoformat(), fold(district), fold(settlement), normalise_name(name),
        iin or "", "".join(filter(str.isdigit, phone)),
        social.value if social else "", form.value, topic.value,
        " ".join(essence.split()).casefold(), outcome.value, help_kind.value if help_kind else "",
        fold(responsible), deadline.isoformat() if deadline else "",
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# -- planning: what the rows need in the database ------------------------------------------------------------------


@dataclass
class _Plan:
    file: str
    rows: list[JournalRow]
    new_rows: list[JournalRow] = field(default_factory=list)
    present: int = 0
    tour_id: str | None = None
    tour_title: str = ""
    tour_created: bool = False
    campaign_id: str | None = None
    campaign_created: bool = False
    campaign_region: str | None = None
    reg_prefix: str = ""
    regions: Rows = field(default_factory=lambda: Rows("region"))
    districts: Rows = field(default_factory=lambda: Rows("district"))
    settlements: Rows = field(default_factory=lambda: Rows("settlement"))
    organizations: Rows = field(default_factory=lambda: Rows("organization"))
    campaigns: Rows = field(default_factory=lambda: Rows("campaign"))
    tours: Rows = field(default_factory=lambda: Rows("tour"))
    stops: Rows = field(default_factory=lambda: Rows("stop"))
    row_settlement: dict[int, str] = field(default_factory=dict)  # journal row → settlement id
    row_stop: dict[int, str] = field(default_factory=dict)
    row_org: dict[int, str] = field(default_factory=dict)
    row_id: dict[int, str] = field(default_factory=dict)  # journal row → its stable reception id
    # journal row → its place among all the file's rows of its day: the seconds after midnight it is received at
    in_day: dict[int, int] = field(default_factory=dict)
    held: dict[str, date] = field(default_factory=dict)  # planned stops the journal's rows show held, and the day
    problems: list[Problem] = field(default_factory=list)

    def result(self, dry_run: bool, reception_ids: tuple[str, ...] = (), seconds: float = 0.0) -> ImportResult:
        controls = sum(1 for r in self.new_rows if r.outcome is Outcome.CONTROL)
        # A dry run's new tour has no id yet: the one planned is minted afresh by the real import.
        tour_id = None if dry_run and self.tour_created else self.tour_id
        return ImportResult(
            self.file, dry_run, len(self.rows), len(self.new_rows), self.present, tour_id, self.tour_title,
            self.tour_created, self.campaign_created, len(self.stops), len(self.settlements), len(self.districts),
            len(self.regions), len(self.organizations), controls, reception_ids, seconds,
        )


def _plan(ctx: Context, parsed: _Parsed, tour_id: str | None, header_lang: str) -> _Plan:
    """What the rows need, with ids for what the import creates; an id that an earlier record already holds (one
    renamed or deleted since) is planned again as a random one."""
    plan = _plan_once(ctx, parsed, tour_id, header_lang, frozenset())
    taken = _taken_ids(ctx, plan)
    return _plan_once(ctx, parsed, tour_id, header_lang, taken) if taken else plan


def _taken_ids(ctx: Context, plan: _Plan) -> frozenset[str]:
    taken: set[str] = set()
    with ctx.db.reading() as s:
        for rows in (plan.regions, plan.districts, plan.settlements, plan.organizations, plan.campaigns, plan.tours,
                     plan.stops):
            if len(rows):
                at = rows.columns.index("id")
                taken |= q.existing_ids(s, rows.table, [str(row[at]) for row in rows.rows])
    return frozenset(taken)


def _plan_once(ctx: Context, parsed: _Parsed, tour_id: str | None, header_lang: str, taken: frozenset[str]) -> _Plan:
    plan = _Plan(parsed.file, parsed.rows)
    first = min(r.day for r in parsed.rows)
    # Dated by the journal, like the ids: the same journal gives the same records on every laptop.
    stamp = datetime(first.year, first.month, first.day)
    synced = {"created_at": stamp, "updated_at": utcnow(), "created_by": ctx.member_id, "deleted": False}
    kk = header_lang == "kk"
    plan.row_id = {r.row: stable_id(r.identity, r.day) for r in parsed.rows}
    # The journal gives the day only: its order within the day — by the journal's own № where it is filled, then as
    # the rows stand — counted over every row of the file (rows imported before included), so a row gets the same
    # time whether the file is imported whole or after an earlier part, and in a copy sorted otherwise.
    seen: Counter[date] = Counter()
    for r in sorted(parsed.rows, key=lambda row: (row.no is None, row.no or 0, row.row)):
        plan.in_day[r.row] = seen[r.day]
        seen[r.day] += 1
    with ctx.db.reading() as s:
        present = q.existing_ids(s, "reception", list(plan.row_id.values()))
        plan.new_rows = [r for r in parsed.rows if plan.row_id[r.row] not in present]
        plan.present = len(parsed.rows) - len(plan.new_rows)
        title = " ".join(Path(parsed.file).stem.split()) or "Журнал"
        if tour_id:
            found = q.tour_with_campaign(s, tour_id)
            if found is None:
                raise NotFoundError("record.not_found", "tour", id=tour_id)
            plan.tour_id, plan.tour_title, plan.campaign_id, campaign_title, plan.campaign_region = found
            code, group_name = q.first_group_naming(s, tour_id)
            plan.reg_prefix = code or code_from_title(group_name) or code_from_title(campaign_title)
        else:
            plan.tour_title = title
            campaign = q.campaign_by_title(s, title)
            if campaign is not None:
                plan.campaign_id, plan.campaign_region = campaign
                plan.tour_id = q.tour_by_title(s, plan.campaign_id, title)
            plan.reg_prefix = code_from_title(title)
        if not plan.new_rows:
            return plan
        regions = q.regions(s)
        districts = q.districts(s)
        settlements = q.settlements(s)
        organizations = q.organizations(s)
        stops = q.tour_stops(s, plan.tour_id) if plan.tour_id else []

    days = [r.day for r in plan.new_rows]
    if plan.campaign_id is None:
        plan.campaign_id, plan.campaign_created = _named_id(taken, "campaign", normalise_name(plan.tour_title),
                                                            day=first), True
        plan.campaigns.add(id=plan.campaign_id, **synced, title_ru=plan.tour_title,
                           title_kk=plan.tour_title if kk else "", kind=CampaignKind.RECEPTION_DAY.value,
                           starts_on=min(days), ends_on=max(days))
    if plan.tour_id is None:
        plan.tour_id, plan.tour_created = _named_id(taken, "tour", plan.campaign_id,
                                                    normalise_name(plan.tour_title), day=first), True
        plan.tours.add(id=plan.tour_id, **synced, campaign_id=plan.campaign_id, title=plan.tour_title,
                       starts_on=min(days), ends_on=max(days))

    places = PlaceMatcher(regions, districts, settlements, taken, synced, kk)
    plan.regions, plan.districts, plan.settlements = places.regions, places.districts, places.settlements
    fold = places.fold

    # Districts: the known ones first, so that new ones can go to the region the known ones share.
    district_of: dict[int, str] = {}
    pending: list[JournalRow] = []
    lang = "kk" if kk else "ru"
    header = COLUMNS[2].header(lang)
    letter = column_letter(2)
    for r in plan.new_rows:
        matches = places.district_matches(r.district, r.settlement, plan.campaign_region)
        if len(matches) == 1:
            district_of[r.row] = next(iter(matches))
        elif matches:
            plan.problems.append(Problem(plan.file, "import.ambiguous_district",
                                         {"value": r.district, "regions": places.regions_of(matches)}, r.row,
                                         letter, header))
        else:
            pending.append(r)
    if plan.problems:
        return plan
    if pending:
        region_id = places.region_for_new(plan.campaign_region, district_of.values())
        for r in pending:
            district_of[r.row] = places.new_district(region_id, r.district)

    orgs: dict[str, str] = {}
    for oid, ru, kk_name, short in organizations:
        for name in (normalise_name(short), normalise_name(kk_name), normalise_name(ru)):
            if name:
                orgs[name] = oid
    stop_at: dict[tuple[str, date], str] = {}
    planned_only = {sid for sid, _p, _d, arrived, status, _s in stops
                    if arrived is None and status == StopStatus.PLANNED.value}
    for sid, stop_place, planned, arrived, _status, _seq in stops:
        for day in (arrived, planned):
            if day is not None:
                stop_at.setdefault((stop_place, day), sid)
    seq = max((seq for *_, seq in stops), default=0)
    for r in sorted(plan.new_rows, key=lambda row: (row.day, row.row)):
        settlement_id = places.settlement(district_of[r.row], r.settlement)
        plan.row_settlement[r.row] = settlement_id
        stop_id = stop_at.get((settlement_id, r.day))
        if stop_id in planned_only:
            # A planned stop the journal has receptions at took place that day: it is marked held, as a stop the
            # import creates is (without it the stop, its head counts and polls stay out of every total).
            plan.held.setdefault(stop_id, r.day)
        if stop_id is None:
            seq += 1
            stop_id = stop_at[(settlement_id, r.day)] = _named_id(taken, "stop", plan.tour_id, settlement_id,
                                                                    day=r.day)
            # A journal row is a reception that happened: the stop took place that day (its hour is not known).
            plan.stops.add(id=stop_id, **synced, tour_id=plan.tour_id, settlement_id=settlement_id, seq=seq,
                           planned_on=r.day, status="done")
        plan.row_stop[r.row] = stop_id
        if r.responsible:
            key_org = fold(r.responsible)
            known_org = orgs.get(key_org)
            if known_org is None:
                known_org = orgs[key_org] = _named_id(taken, "organization", key_org)
                plan.organizations.add(id=known_org, **synced, name_ru=r.responsible,
                                       name_kk=r.responsible if kk else "")
            plan.row_org[r.row] = known_org
    return plan


# -- writing -------------------------------------------------------------------------------------------------------

_RECEPTION_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "deleted", "reg_no", "received_at", "stop_id", "member_id",
    "applicant_name", "applicant_iin", "applicant_phone", "applicant_address", "applicant_settlement_id",
    "social_category", "consent_given", "consent_method", "consent_at", "appeal_form", "topic", "essence", "outcome",
    "help_kind", "responsible_org_id", "control_item_id",
)
_ITEM_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "deleted", "title", "description", "campaign_id", "settlement_id",
    "responsible_org_id", "responsible_person", "registered_on", "deadline", "notify_by",
)
_EVENT_COLUMNS = (
    "id", "created_at", "updated_at", "created_by", "deleted", "control_item_id", "kind", "at", "by_member_id", "note",
    "new_deadline",
)
_LINK_COLUMNS = ("id", "created_at", "updated_at", "created_by", "deleted", "control_item_id", "reception_id")


def _write(ctx: Context, plan: _Plan, writer: BulkWriter, progress: Progress, cancel: CancelToken) -> tuple[str, ...]:
    """Everything in the writer's one transaction, parents before children; a cancel or any error leaves the file
    untouched."""
    cache = _Cache(ctx)
    now = sql_datetime(utcnow())  # updated_at: this file's own bookkeeping, never synced
    member = ctx.member_id
    n = len(plan.new_rows)
    writer.total = n * 2 + len(plan.stops) + len(plan.settlements)

    def step(done: int, all_: int, what: str) -> None:
        cancel.check()  # raising here rolls the whole transaction back
        progress(done, all_, what)

    writer.progress = step
    if not plan.tour_created:
        _widen_periods(writer, plan)
    if plan.held:
        _mark_held(writer, plan)
    for rows in (plan.regions, plan.districts, plan.settlements, plan.organizations, plan.campaigns, plan.tours,
                 plan.stops):
        if len(rows):
            writer.insert_rows(rows, rows.table)
    receptions: list[tuple[object, ...]] = []
    items: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    links: list[tuple[object, ...]] = []
    ordered = sorted(plan.new_rows, key=lambda row: row.row)
    ids: list[str] = []
    for r in ordered:
        rid = plan.row_id[r.row]
        ids.append(rid)
        received = datetime(r.day.year, r.day.month, r.day.day) + timedelta(seconds=plan.in_day[r.row])
        received_text = sql_datetime(received)
        settlement_id = plan.row_settlement[r.row]
        org_id = plan.row_org.get(r.row)
        item_id = None
        if r.outcome is Outcome.CONTROL:
            item_id = stable_id(r.identity, r.day, "control_item")
            due = r.deadline or cache.deadline(r.day)
            title = " ".join(r.essence.split())[:120] or r.topic.label("ru")
            # Created «when received», as the ids and numbers are derived from the row: the same on every laptop.
            items.append((item_id, received_text, now, member, 0, title, r.essence, plan.campaign_id,
                          settlement_id, org_id, "", sql_date(r.day), sql_date(due),
                          sql_date(cache.notify_by(r.day))))
            events.append((stable_id(r.identity, r.day, "control_event"), received_text, now, member, 0, item_id,
                           "opened", received_text, None, "", None))
            links.append((stable_id(r.identity, r.day, "control_reception"), received_text, now, member, 0,
                          item_id, rid))
        receptions.append((
            rid, received_text, now, member, 0, journal_number(plan.reg_prefix, r.identity),
            # Who received the resident, or opened the item, the journal does not say: not the one importing it
            # (who is the record's creator, bookkeeping that never conflicts when two laptops import one file).
            received_text, plan.row_stop[r.row], None, r.name, r.iin, r.phone, "", settlement_id,
            r.social_category.value if r.social_category else None, int(r.consent),
            "signed" if r.consent else None, received_text if r.consent else None, r.appeal_form.value,
            r.topic.value, r.essence, r.outcome.value, r.help_kind.value if r.help_kind else None, org_id,
            item_id,
        ))
    # In id order: ids sort by reception day, so rows in journal order land all over every index on an id
    # (the table's, the change log's, the field winners'), and a page cache a fraction of their size keeps
    # re-reading and re-writing the same pages.
    for table_rows in (items, events, receptions, links):
        table_rows.sort(key=_first)
    if items:
        writer.insert("control_item", _ITEM_COLUMNS, items, "control_item")
        writer.insert("control_event", _EVENT_COLUMNS, events, "control_event")
    writer.insert("reception", _RECEPTION_COLUMNS, receptions, "reception")
    if links:
        writer.insert("control_reception", _LINK_COLUMNS, links, "control_reception")
    cancel.check()
    return tuple(ids)


def _widen_periods(writer: BulkWriter, plan: _Plan) -> None:
    """An existing tour (and its campaign) takes in the days of the rows it gets: a later page of the journal, or a
    journal of a tour planned by hand. Through the ORM, so sync captures the edits; two laptops that widen the same
    tour to the same days agree."""
    first, last = min(r.day for r in plan.new_rows), max(r.day for r in plan.new_rows)
    session = writer.session()
    try:
        tour = session.get(Tour, plan.tour_id)
        campaign = session.get(Campaign, tour.campaign_id) if tour is not None else None
        for record in (tour, campaign):
            if record is None:
                continue
            starts = first if record.starts_on is None else min(record.starts_on, first)
            ends = last if record.ends_on is None else max(record.ends_on, last)
            if (starts, ends) != (record.starts_on, record.ends_on):
                record.starts_on, record.ends_on = starts, ends
        session.flush()
    finally:
        session.close()


def _mark_held(writer: BulkWriter, plan: _Plan) -> None:
    """The planned stops the journal's rows took place at become held, as a stop the import creates is (its hour
    is not known, so no arrival time is set). Through the ORM, in the import's transaction: sync captures it."""
    session = writer.session()
    try:
        for stop in session.scalars(select(Stop).where(col(Stop.id).in_(sorted(plan.held)))):
            if stop.status == StopStatus.PLANNED.value:
                stop.status = StopStatus.DONE.value
                touch(stop)
        session.flush()
    finally:
        session.close()


def _first(row: tuple[object, ...]) -> str:
    return str(row[0])


# -- the use cases -------------------------------------------------------------------------------------------------


def preview_journal(
    ctx: Context, path: Path, tour_id: str | None = None, progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> JournalPreview:
    """Read and check the journal without writing: the rows, every problem (row, column, what is wrong), and what
    an import would do. A missing --tour id is raised (NotFoundError), not listed: it is not the file's fault."""
    path = Path(path)
    parsed = _parse(ctx, path, progress, cancel)
    result = None
    problems = list(parsed.problems)
    if not problems:
        plan = _plan(ctx, parsed, tour_id, parsed.header_lang)
        problems = plan.problems
        result = None if problems else plan.result(dry_run=True)
    return JournalPreview(parsed.file, parsed.sheet, parsed.other_sheets, parsed.header_lang, parsed.ignored,
                          tuple(parsed.rows), tuple(problems), result)


def import_journal(
    ctx: Context, path: Path, tour_id: str | None = None, dry_run: bool = False, progress: Progress = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ImportResult:
    """Import the journal all or nothing: ImportRefused listing every problem (nothing written), else every new row
    as a reception at its stop (rows already imported are skipped). `dry_run` only says what would be done."""
    started = time.perf_counter()
    path = Path(path)
    with paused_gc():  # tens of thousands of rows, each a few dozen objects, none of them in a cycle
        parsed = _parse(ctx, path, progress, cancel)
        if parsed.problems:
            raise ImportRefused(parsed.file, parsed.problems)
        if dry_run:
            plan = _plan(ctx, parsed, tour_id, parsed.header_lang)
            if plan.problems:
                raise ImportRefused(parsed.file, plan.problems)
            return plan.result(dry_run=True, seconds=time.perf_counter() - started)
        # The write lock first, then the plan: what is already here cannot change before the rows go in, so a
        # second import of the same file running at the same time waits, then finds them and adds nothing.
        with bulk_transaction(ctx.db.engine) as writer:
            plan = _plan(ctx, parsed, tour_id, parsed.header_lang)
            if plan.problems:
                raise ImportRefused(parsed.file, plan.problems)
            if not plan.new_rows:
                return plan.result(dry_run=False, seconds=time.perf_counter() - started)
            ids = _write(ctx, plan, writer, progress, cancel)
    seconds = time.perf_counter() - started
    log.info("journal imported: %d new receptions, %d already present, %.2f s", len(ids), plan.present, seconds)
    return plan.result(dry_run=False, reception_ids=ids, seconds=seconds)

