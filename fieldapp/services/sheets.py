"""Reading the first sheet of an .xlsx workbook for the imports: refusing what is not a workbook, finding columns by
header, typed cell values, and problems named by file, row and column in the user's language.

Every workbook passes the checks of xlsx_stream (its ZIP's structure, the unpacked size of each part, the markup of
the parts openpyxl reads) before anything reads a row. A sheet that a scan shows plain and small enough is read by
calamine (xlsx_fast, three times faster); any other, and every refusal, is the streaming reader's (xlsx_stream).
Both give the same values.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import filterfalse
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter, range_boundaries

from fieldapp.services import xlsx_stream as xs
from fieldapp.services.import_problems import ImportRefused, Problem, problem_from_error
from fieldapp.services.xlsx_fast import FastPlan, fast_rows, survey

__all__ = [
    "ImportRefused",
    "KeptRows",
    "Problem",
    "Sheet",
    "TextOrProblem",
    "date_value",
    "header_key",
    "open_first_sheet",
    "open_sheet",
    "problem_from_error",
    "text_value",
]

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls (Excel 97–2003)
# Problems listed for one file: a file with more is refused with the first ones and a line saying reading stopped
# (a small workbook of a million bad rows would otherwise take gigabytes of problem records, and nobody reads them).
MAX_PROBLEMS = 1_000
# What an import may hold of the rows it has read: it checks every row before it writes any (all or nothing), so the
# rows, and what is planned and written from them, are in memory at once. With the process itself (about 150 MB
# with calamine's copy of a small sheet) that keeps any import of any file below 300 MB; past it the file is refused
# at that row, asking for smaller files. Measured at the most each shape of genuine rows may hold: 41,000 journal
# rows 219 MB, 55,000 rows of short texts 225 MB, 4,200 rows of 4,000-character essences 243 MB; 45,000 planned
# stops 232 MB; 59,500 KATO lines 165 MB (the official classifier, 17,000 lines, takes under a third of it).
MAX_KEPT = 100 << 20
_EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
_RU_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Sheet:
    """The first sheet of a workbook: its name, the other sheets' names, merged ranges and the rows as values.

    The rows are the values openpyxl's read-only `iter_rows(values_only=True)` gives with `data_only=True`, read by
    calamine when the sheet was found plain and small (`fast`), streamed from the sheet's XML otherwise (constant
    memory, no cell objects), in both cases several times faster than openpyxl."""

    file: str
    title: str
    other_sheets: tuple[str, ...]
    merged: tuple[str, ...]
    _archive: xs.WorkbookZip
    _part: str  # the sheet's XML inside the archive
    _cells: xs.CellReader
    _reader: xs.WorkbookReader
    fast: FastPlan | None = None

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values) of every row in the sheet, from row 1; a missing row is an empty tuple."""
        if self.fast is not None:
            assert self._archive.source is not None
            try:
                found = fast_rows(self._archive.source, self.fast)
            except (KeyboardInterrupt, SystemExit, MemoryError):
                raise
            except BaseException:  # calamine's errors and Rust panics: the streaming reader decides
                self.fast = None
            else:
                return self._refusing(found)
        if not self._cells.strings:
            try:
                self._reader.read_strings()
            except xs.Exceeded as exc:
                raise exc.refusal(self.file) from None
            except xs.READ_ERRORS as exc:
                raise ValueError(f"shared strings unreadable: {exc}") from None
            self._cells.strings = self._reader.shared_strings
        return self._refusing(self._streamed())

    def _refusing(self, rows: Iterator[tuple[int, tuple[Any, ...]]]) -> Iterator[tuple[int, tuple[Any, ...]]]:
        try:
            yield from rows
        except xs.Exceeded as exc:
            raise exc.refusal(self.file, self.title) from None

    def _streamed(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        # Not the sheet's stored dimension (some writers say A1: reading by it would cut data off): a row is as
        # wide as its last cell, as openpyxl's read-only rows are once their dimensions are reset.
        counter = 1
        try:
            with self._archive.stream(self._part, xs.MAX_SHEET_XML) as source:
                for number, row in self._cells.rows(source):
                    while counter < number:  # rows the file leaves out
                        yield counter, ()
                        counter += 1
                    if counter == number:  # a row repeated or out of order is skipped, as openpyxl does
                        yield number, row
                        counter += 1
        except ET.ParseError as exc:  # a truncated or mangled sheet: what the callers take as a damaged file
            raise ValueError(f"sheet XML unreadable: {exc}") from None
        except (zipfile.BadZipFile, zlib.error) as exc:  # its deflate stream or CRC damaged: the same
            raise ValueError(f"sheet unreadable: {exc}") from None

    def held_bytes(self) -> int:
        """What the workbook's shared texts take while the streaming reader reads this sheet (after rows() began):
        a table of a million texts is a hundred megabytes or more. calamine's whole copy of a sheet it reads is
        bounded by FAST_BUDGET instead."""
        return 0 if self.fast is not None else sum(map(sys.getsizeof, self._cells.strings))

    def looks_empty(self) -> bool:
        """True when no cell of the sheet holds anything."""
        return not any(v is not None and (not isinstance(v, str) or v.strip()) for _, row in self.rows() for v in row)

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> Sheet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file_problem(path: Path, code: str) -> ImportRefused:
    return ImportRefused(path.name, [Problem(path.name, code)])


def open_first_sheet(path: Path) -> Sheet:
    """Open the workbook read-only (fast, constant memory) and take its first sheet; ImportRefused when the file
    is missing, not an .xlsx (text, an old .xls renamed, anything else) or damaged."""
    return open_sheet(path, 0)


def open_sheet(path: Path, index: int) -> Sheet:
    """open_first_sheet for the sheet at `index` (0-based, in the workbook's order, below the number of sheets):
    its `other_sheets` are all the others, in order, so that opening sheet 0 tells the names of every sheet."""
    if not path.is_file():
        raise _file_problem(path, "import.missing_file")
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except OSError:
        raise _file_problem(path, "import.damaged") from None
    if magic.startswith(_OLE2_MAGIC):
        raise _file_problem(path, "import.old_xls")
    if not magic.startswith(b"PK"):
        raise _file_problem(path, "import.not_workbook")
    title = ""
    try:
        # Not openpyxl's own opening: it refuses any suffix but .xlsx/.xlsm even when the content is fine, and
        # trusts the ZIP's structure.
        archive = xs.open_zip(path)
        try:
            names = set(archive.namelist())
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise _file_problem(path, "import.not_workbook")
            reader = xs.WorkbookReader(archive)
            reader.read_all(strings=False)
            if not reader.sheet_parts:
                raise _file_problem(path, "import.not_workbook")
            title, part = reader.sheet_parts[index]
            # calamine reads the first sheet only (the plan and KATO readers read further sheets by streaming).
            plan = survey(archive, part, reader.strings_part, path.stat().st_size) if index == 0 else None
            if plan is None:
                title = ""  # the shared strings belong to the workbook: their refusal names no sheet
                reader.read_strings()
                title = reader.sheet_parts[index][0]
                merged = xs.merged_ranges(archive, part)
            else:
                merged = plan.merged
            others = tuple(name for n, (name, _) in enumerate(reader.sheet_parts) if n != index)
            wb = reader.wb
            cells = xs.CellReader(reader.shared_strings, frozenset(wb._date_formats),
                                  frozenset(wb._timedelta_formats), wb.epoch)
        except BaseException:
            archive.close()
            raise
    except ImportRefused:
        raise
    except xs.Exceeded as exc:
        raise exc.refusal(path.name, title or None) from None
    except xs.READ_ERRORS:
        raise _file_problem(path, "import.damaged") from None
    return Sheet(path.name, title, others, merged, archive, part, cells, reader, plan)


class KeptRows:
    """The memory the rows an import keeps will take, counted from above as they are read: each row costs
    `per_row` bytes (its record, ids, what is planned and written for it, measured for each import) and the texts
    of its cells; past `limit` the import is refused (import.too_large) at that row. `held`: what the sheet being
    read holds besides the rows (Sheet.held_bytes), counted against the same limit."""

    def __init__(self, file: str, sheet: str, per_row: int, limit: int = MAX_KEPT, held: int = 0) -> None:
        self.file = file
        self.sheet = sheet
        self.per_row = per_row
        self.limit = limit
        self.held = held
        self.rows = 0
        self.size = 0

    def add(self, number: int, values: Iterable[Any]) -> None:
        """Count one row kept (`values`: its cells as read); ImportRefused once the budget is passed."""
        self.rows += 1
        texts = [v for v in values if type(v) is str]
        # What a kept text takes: the str, and (when it is not ASCII) the UTF-8 copy Python keeps inside it once it
        # has been handed to SQLite or packed for sync — up to 3 bytes a character outside the astral planes.
        # Summed at C speed: this runs for every row of a 20,000-row journal.
        self.size += (self.per_row + sum(map(sys.getsizeof, texts))
                      + 3 * sum(map(len, filterfalse(str.isascii, texts))))
        if self.size + self.held > self.limit:
            raise ImportRefused(self.file, [Problem(self.file, "import.too_large",
                                                    {"sheet": self.sheet, "rows": self.rows}, number)])


def merged_cells_in(ranges: Sequence[str], first_row: int) -> list[tuple[int, int, int, int, str]]:
    """(min_col, min_row, max_col, max_row, text) of the merged ranges that reach row `first_row` or below."""
    out = []
    for ref in ranges:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if max_row is not None and max_row >= first_row:
            out.append((int(min_col or 1), int(min_row or 1), int(max_col or 1), int(max_row), ref))
    return out


# -- headers and cells -----------------------------------------------------------------------------------------


def header_key(value: object) -> str:
    """A header as compared: case, ё/е, line breaks and extra spaces ignored."""
    if value is None:
        return ""
    text = str(value).replace("ё", "е").replace("Ё", "Е")
    return " ".join(text.split()).casefold()


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index."""
    return str(get_column_letter(index + 1))


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "import.kind.bool"
    if isinstance(value, int | float):
        return "import.kind.number"
    if isinstance(value, datetime | date):
        return "import.kind.date"
    return "import.kind.other"


def _show(value: object) -> str:
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}" if value.time() != datetime.min.time() else f"{value:%d.%m.%Y}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# A cell's value as the import wants it, or the problem's code and params.
TextOrProblem = tuple[str, None] | tuple[None, tuple[str, dict[str, Any]]]


def text_value(value: object, *, numbers_as_text: bool = False) -> TextOrProblem:
    """The text of a cell (stripped, inner runs of spaces kept); None → "". Numbers are text only where digits are
    what people type (IIN, phone): elsewhere a number is a misplaced value."""
    if value is None:
        return "", None
    if isinstance(value, str):
        text = value.strip()
        if text in _EXCEL_ERRORS:
            return None, ("import.excel_error", {"value": text})
        return text, None
    if numbers_as_text and isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            return None, ("import.expected_text", {"kind": _kind(value), "value": _show(value)})
        return str(int(value)), None
    return None, ("import.expected_text", {"kind": _kind(value), "value": _show(value)})


DateOrProblem = tuple[date | None, None] | tuple[None, tuple[str, dict[str, Any]]]


def date_value(value: object) -> DateOrProblem:
    """A date from an Excel date cell or from text DD.MM.YYYY (also D.M.YYYY and YYYY-MM-DD); None for empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        raw = value.strip()
        if raw in _EXCEL_ERRORS:
            return None, ("import.excel_error", {"value": raw})
        try:
            if m := _RU_DATE.fullmatch(raw):
                return date(int(m[3]), int(m[2]), int(m[1])), None
            if m := _ISO_DATE.fullmatch(raw):
                return date(int(m[1]), int(m[2]), int(m[3])), None
        except ValueError:
            pass
        return None, ("date.invalid", {"value": raw})
    # A bare number is not taken for an Excel serial date: without a date format nobody can tell 45000 was meant.
    return None, ("import.expected_date", {"kind": _kind(value), "value": _show(value)})


def enough_problems(file: str, problems: list[Problem]) -> bool:
    """Whether reading should stop: MAX_PROBLEMS are listed; the last line then says that reading stopped there."""
    if len(problems) < MAX_PROBLEMS:
        return False
    if problems[-1].code != "import.too_many_problems":
        problems.append(Problem(file, "import.too_many_problems", {"limit": MAX_PROBLEMS}))
    return True
