"""The frozen records a report is made of: the services fill them, the PDF, Excel and text writers only render them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

CellKind = Literal["text", "int", "float", "date", "datetime"]
Cell = str | int | float | date | datetime | None
Row = tuple[Cell, ...]
# A table's lines come from a factory, so a journal of 100,000 receptions is streamed from the database to the file
# instead of being held in memory; each call starts the lines again.
RowSource = Callable[[], Iterable[Row]]


def fixed(rows: Sequence[Row]) -> RowSource:
    """A RowSource over rows already in memory."""
    frozen = tuple(rows)
    return lambda: frozen


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: CellKind = "text"
    width: float = 12.0  # in characters (Excel); the PDF shares its page width in the same proportions
    total: bool = False  # summed in the totals row
    number_format: str = ""  # Excel's display format of a "float" column ("0.0", "0.00000"); the value stays exact


@dataclass(frozen=True, slots=True)
class Table:
    """A titled table; `sheet` names its Excel sheet (≤ 31 characters), `count` its number of lines."""

    sheet: str
    title: str
    columns: tuple[Column, ...]
    rows: RowSource
    count: int
    # The totals line as the indicator builder counted it (label first, None under columns without a total). The
    # workbook stores these values, not SUM formulas: openpyxl cannot write a formula's cached value, and pandas,
    # python-calamine and mail previews read a formula without one as empty. A test checks that the lines add up.
    totals: Row | None = None
    empty_text: str = ""


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    label: str
    value: int


@dataclass(frozen=True, slots=True)
class IndicatorBlock:
    title: str
    items: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class Bars:
    """A bar chart: one bar per label, values from the indicator builder or a service."""

    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Photo:
    data: bytes
    caption: str
    credit: str


@dataclass(frozen=True, slots=True)
class Photos:
    title: str
    items: tuple[Photo, ...]


@dataclass(frozen=True, slots=True)
class Matrix:
    """A grid of short marks (the coverage of districts by directions), with a legend under it."""

    title: str
    corner: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    legend: str = ""


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class ControlCard:
    """One problem under control with its history (the control register prints one per item)."""

    title: str
    facts: tuple[tuple[str, str], ...]
    history_header: tuple[str, str, str]
    history: tuple[tuple[str, str, str], ...]
    overdue: bool


Block = Heading | Text | IndicatorBlock | Table | Bars | Photos | Matrix | ControlCard | PageBreak


@dataclass(frozen=True, slots=True)
class Signature:
    role: str  # «Руководитель рабочей группы»
    name: str  # the head's name, or the «ФИО» placeholder
    name_hint: str  # printed under the line: «(подпись)»


@dataclass(frozen=True, slots=True)
class Summary:
    """The summary sheet of the workbook: the indicators, and a breakdown with its totals line (values)."""

    indicators: IndicatorBlock
    breakdown: Table | None
    chart_title: str = ""
    chart_columns: tuple[int, ...] = ()  # indexes of the breakdown's columns drawn in the summary chart


@dataclass(frozen=True, slots=True)
class Report:
    kind: str
    lang: str
    title: str
    running_head: str  # the page header
    facts: tuple[tuple[str, str], ...]  # the title block: campaign, period, group, region…
    blocks: tuple[Block, ...]  # the PDF body, in order
    sheets: tuple[Table, ...]  # the workbook's sheets after the summary
    summary: Summary
    printed_at: datetime
    redacted: bool
    landscape: bool = False
    signature: Signature | None = None
    texts: dict[str, str] = field(default_factory=dict)  # page footer words: page, of, printed, redacted note
    press: str = ""  # the press paragraph (press reports)
    residents: int = 0  # receptions whose applicant it prints by name (the personal-data access log's count)
