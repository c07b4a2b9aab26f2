"""Receptions and control items as tables for spreadsheets and scripts: CSV (UTF-8 with BOM, «;») or an Excel
workbook with typed cells. Redaction leaves personal columns out and passes kept free text through the scrubber.

IINs and phones in a CSV. A CSV carries no types: Excel and LibreOffice read «012345678901» as the number
12345678901 (42 of the demo's 478 IINs lost their leading zero so), and quoting the field changes nothing in either
(LibreOffice honours quotes only when «Format quoted field as text» is ticked; Excel never). The one form both read
as text when the file is simply opened is the formula ="012345678901": Excel evaluates it, LibreOffice evaluates
formulas in a CSV by default (checked with LibreOffice 7.4 in tests/services/test_export_tables.py). A leading
apostrophe stays visible in both, and a leading tab stays in the cell's value. So the spreadsheet CSV (the default)
writes IINs and phones that a spreadsheet would take for numbers as ="…"; every other value is plain.

For scripts: `plain=True` (`fieldapp export csv … --plain`) writes every value as it is (read it with
`pandas.read_csv(path, sep=";", dtype=str, encoding="utf-8-sig")`), and the XLSX export stores IINs and phones as
text cells, dates as dates and counts as numbers, which pandas (`read_excel(..., dtype={"ИИН": str})`),
python-calamine, Excel and LibreOffice all read as they are.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO, TextIO

from openpyxl import Workbook
from sqlalchemy.orm import Session

from fieldapp.domain.enums import (
    AppealForm,
    ControlStatus,
    HelpKind,
    LabelledEnum,
    Outcome,
    SocialCategory,
    Topic,
)
from fieldapp.domain.redaction import Residents, scrub
from fieldapp.domain.rules import derive_status, is_overdue
from fieldapp.reports import model as m
from fieldapp.reports.xlsx import write_table_sheet
from fieldapp.services.context import Context
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.storage.queries import imports as q
from fieldapp.storage.queries import reports as report_queries

__all__ = ["CSV_DELIMITER", "Scrub", "Tabular", "as_text", "control_table", "receptions_table", "tick", "write_csv",
           "write_xlsx"]

# Excel in a Russian or Kazakh locale splits CSV on the list separator «;» (the comma is the decimal separator
# there), so a comma-separated file opens as one column; with the BOM it also knows the text is UTF-8.
CSV_DELIMITER = ";"

_HEADERS: dict[str, tuple[str, str, str]] = {
    "reg_no": ("Талон", "Талон", "Registration number"),
    "received_at": ("Дата и время", "Күні мен уақыты", "Date and time"),
    "campaign": ("Кампания", "Науқан", "Campaign"),
    "tour": ("Выезд", "Сапар", "Tour"),
    "district": ("Район", "Аудан", "District"),
    "settlement": ("Населённый пункт", "Елді мекен", "Settlement"),
    "name": ("ФИО заявителя", "Өтініш берушінің аты-жөні", "Applicant"),
    "iin": ("ИИН", "ЖСН", "IIN"),
    "phone": ("Телефон", "Телефон", "Phone"),
    "address": ("Адрес", "Мекенжай", "Address"),
    "social": ("Социальная категория", "Әлеуметтік санат", "Social category"),
    "form": ("Форма обращения", "Өтініш нысаны", "Appeal form"),
    "topic": ("Тема", "Тақырып", "Topic"),
    "essence": ("Суть обращения", "Өтініштің мәні", "Essence"),
    "outcome": ("Результат", "Нәтиже", "Outcome"),
    "help_kind": ("Вид помощи", "Көмек түрі", "Kind of help"),
    "responsible": ("Ответственный", "Жауапты", "Responsible body"),
    "control_item": ("Вопрос на контроле", "Бақылаудағы мәселе", "Item under control"),
    "id": ("Идентификатор", "Сәйкестендіргіш", "Id"),
    "title": ("Вопрос", "Мәселе", "Item"),
    "description": ("Описание", "Сипаттамасы", "Description"),
    "status": ("Статус", "Мәртебе", "Status"),
    "overdue": ("Просрочен", "Мерзімі өткен", "Overdue"),
    "registered_on": ("Дата регистрации", "Тіркелген күні", "Registered"),
    "deadline": ("Срок", "Мерзім", "Deadline"),
    "notify_by": ("Уведомить до", "Хабарлау мерзімі", "Notify by"),
    "person": ("Ответственное лицо", "Жауапты тұлға", "Responsible person"),
    "receptions": ("Обращений", "Өтініштер", "Receptions"),
}
_SHEETS = {"receptions": ("Приём граждан", "Азаматтарды қабылдау", "Receptions"),
           "control": ("Вопросы на контроле", "Бақылаудағы мәселелер", "Control items")}
_PERSONAL = frozenset({"name", "iin", "phone", "address", "essence", "description", "person"})
_YES_NO = {"ru": ("да", "нет"), "kk": ("иә", "жоқ"), "en": ("yes", "no")}
# The workbook's cell kinds and column widths (characters); every other column is text.
_KINDS: dict[str, m.CellKind] = {"received_at": "datetime", "registered_on": "date", "deadline": "date",
                                 "notify_by": "date", "receptions": "int"}
_WIDTHS = {"reg_no": 18, "received_at": 16, "campaign": 28, "tour": 30, "name": 26, "iin": 14, "phone": 17,
           "address": 28, "essence": 40, "responsible": 30, "control_item": 30, "id": 38, "title": 40,
           "description": 40, "person": 22}
# Columns a spreadsheet must keep as text, and the values it would otherwise read as numbers.
_TEXT_COLUMNS = frozenset({"iin", "phone"})
_NUMBER_LIKE = re.compile(r"[0-9+()\- ]*[0-9][0-9+()\- ]*")


@dataclass(frozen=True)
class Tabular:
    """A table to write: its column keys and a factory of its lines (Python values: text, dates, numbers)."""

    what: str
    keys: tuple[str, ...]
    lines: Callable[[], Iterator[list[object]]]


def _header(keys: Iterable[str], lang: str) -> list[str]:
    index = {"ru": 0, "kk": 1}.get(lang, 2)
    return [_HEADERS[k][index] for k in keys]


def as_text(value: str) -> str:
    """A value a spreadsheet would read as a number (an IIN, a phone) in the one form Excel and LibreOffice both keep
    as text when a CSV is opened: ="…". Anything else is returned as it is."""
    if _NUMBER_LIKE.fullmatch(value):
        return f'="{value}"'
    return value


def _cell(value: object, key: str, plain: bool) -> str:
    """A value as Excel (ru locale) reads it back: dates DD.MM.YYYY; text that would start a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    text = str(value)
    if key in _TEXT_COLUMNS and not plain and text:
        return as_text(text)
    if text[:1] in ("=", "@") or (text[:1] in ("+", "-") and not text[1:].replace(" ", "").isdigit()):
        # A resident's text starting with = would run as a formula when the file is opened (CSV injection).
        return "'" + text
    return text


def _when(value: object) -> object:
    if value is None or isinstance(value, datetime | date):
        return value
    text = str(value)
    try:
        return datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)
    except ValueError:
        return text


def _label(enum: type[LabelledEnum], value: object, lang: str) -> str:
    if value is None or value == "":
        return ""
    try:
        return enum(str(value)).label(lang)
    except ValueError:
        return str(value)


class Scrub:
    """What a free-text value goes through: as it is in a full export; in a redacted one, the one scrubber with the
    names of every resident the database holds (an export covers them all)."""

    def __init__(self, s: Session, redact: bool, lang: str) -> None:
        self.lang = lang
        self.residents = Residents.of(report_queries.resident_names(s)) if redact else None

    def __call__(self, value: str | None, cut_from: str | None = None) -> str | None:
        if self.residents is None:
            return value
        return scrub(value, self.residents, self.lang, cut_from=cut_from)


def tick(progress: Progress, cancel: CancelToken, n: int, what: str) -> None:
    if n % 1000 == 0:
        cancel.check()
        progress(n, 0, what)


def receptions_table(ctx: Context, redact: bool, lang: str, progress: Progress, cancel: CancelToken) -> Tabular:
    keys = tuple(k for k in ("reg_no", "received_at", "campaign", "tour", "district", "settlement", "name", "iin",
                             "phone", "address", "social", "form", "topic", "essence", "outcome", "help_kind",
                             "responsible", "control_item") if not (redact and k in _PERSONAL))
    kk = lang == "kk"

    def lines() -> Iterator[list[object]]:
        with ctx.db.reading() as s:
            clean = Scrub(s, redact, lang)
            for n, r in enumerate(q.export_receptions(s)):
                tick(progress, cancel, n, "receptions")
                (reg_no, received, campaign, tour, st_ru, st_kk, d_ru, d_kk, name, iin, phone, address, social, form,
                 topic, essence, outcome, help_kind, responsible, control_item, _id) = r
                values = {
                    "reg_no": reg_no, "received_at": _when(received), "campaign": campaign, "tour": clean(tour),
                    "district": (d_kk or d_ru) if kk else d_ru, "settlement": (st_kk or st_ru) if kk else st_ru,
                    "name": name, "iin": iin, "phone": phone, "address": address,
                    "social": _label(SocialCategory, social, lang), "form": _label(AppealForm, form, lang),
                    "topic": _label(Topic, topic, lang), "essence": essence,
                    "outcome": _label(Outcome, outcome, lang), "help_kind": _label(HelpKind, help_kind, lang),
                    "responsible": responsible, "control_item": control_item,
                }
                yield [values[k] for k in keys]

    return Tabular("receptions", keys, lines)


@dataclass(frozen=True, slots=True)
class _Event:
    id: str
    kind: str
    at: datetime


def control_table(ctx: Context, redact: bool, lang: str, progress: Progress, cancel: CancelToken) -> Tabular:
    keys = tuple(k for k in ("id", "title", "description", "status", "overdue", "registered_on", "deadline",
                             "notify_by", "responsible", "person", "district", "settlement", "campaign", "receptions")
                 if not (redact and k in _PERSONAL))
    yes, no = _YES_NO.get(lang, _YES_NO["en"])
    today = ctx.today()
    kk = lang == "kk"

    def lines() -> Iterator[list[object]]:
        with ctx.db.reading() as s:
            clean = Scrub(s, redact, lang)
            events: dict[str, list[_Event]] = {}
            for item_id, event_id, kind, at in q.control_event_rows(s):
                events.setdefault(item_id, []).append(_Event(event_id, kind, datetime.fromisoformat(at)))
            for n, r in enumerate(q.export_control(s)):
                tick(progress, cancel, n, "control")
                (item_id, title, description, registered, deadline, notify, org, person, st_ru, st_kk, d_ru, d_kk,
                 campaign, receptions) = r
                status = derive_status(events.get(item_id, []))
                due = _when(deadline)
                late = isinstance(due, date) and is_overdue(status, due, today)
                values = {
                    # The title is typed by people (by default the first words of a resident's essence).
                    "id": item_id, "title": clean(title, description), "description": clean(description),
                    "status": _label(ControlStatus, status.value, lang), "overdue": yes if late else no,
                    "registered_on": _when(registered), "deadline": due, "notify_by": _when(notify),
                    "responsible": org, "person": person, "district": (d_kk or d_ru) if kk else d_ru,
                    "settlement": (st_kk or st_ru) if kk else st_ru, "campaign": campaign,
                    "receptions": int(receptions or 0),
                }
                yield [values[k] for k in keys]

    return Tabular("control", keys, lines)


def write_csv(fh: TextIO, table: Tabular, lang: str, plain: bool = False) -> int:
    """The table as CSV into `fh` (opened with newline=""): the header in `lang`, CRLF line ends, «;»."""
    out: Any = csv.writer(fh, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    out.writerow(_header(table.keys, lang))
    count = 0
    for line in table.lines():
        out.writerow([_cell(v, k, plain) for k, v in zip(table.keys, line, strict=True)])
        count += 1
    return count


def write_xlsx(out: BinaryIO, table: Tabular, lang: str) -> int:
    """The table as a one-sheet workbook into `out`: typed cells (IINs and phones as text), a frozen, filtered
    header. Returns the number of lines."""
    columns = tuple(m.Column(h, _KINDS.get(k, "text"), float(_WIDTHS.get(k, 16)))
                    for k, h in zip(table.keys, _header(table.keys, lang), strict=True))
    kinds = [c.kind for c in columns]

    def rows() -> Iterator[m.Row]:
        for line in table.lines():
            yield tuple(_typed(v, kind) for v, kind in zip(line, kinds, strict=True))

    sheet = _SHEETS[table.what][{"ru": 0, "kk": 1}.get(lang, 2)]
    wb = Workbook(write_only=True)
    count = write_table_sheet(wb, m.Table(sheet, sheet, columns, rows, 0), set())
    wb.save(out)
    return count


def _typed(value: object, kind: str) -> m.Cell:
    if value is None:
        return None
    if kind in ("date", "datetime") and isinstance(value, date):
        return value
    if kind == "int" and isinstance(value, int):
        return value
    return str(value)
