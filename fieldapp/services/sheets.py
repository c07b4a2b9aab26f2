"""Reading the first sheet of an .xlsx workbook for the imports: refusing what is not a workbook, finding columns by
header, typed cell values, and problems named by file, row and column in the user's language."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from fieldapp.domain.enums import LabelledEnum
from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.domain.messages import render

__all__ = [
    "ImportRefused",
    "Problem",
    "Sheet",
    "TextOrProblem",
    "date_value",
    "header_key",
    "open_first_sheet",
    "problem_from_error",
    "text_value",
]

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls (Excel 97–2003)
_EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_RU_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an imported file, where it is (row and column when known) and what is wrong.

    `params` may hold LabelledEnum members (shown by their label) or a LabelledEnum class (its labels, listed), so
    that the message is in the language it is rendered in, not the one it was found in.
    """

    file: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    row: int | None = None
    column: str | None = None  # the letter, as the spreadsheet shows it
    header: str | None = None

    def text(self, lang: str = "ru") -> str:
        params: dict[str, Any] = {}
        for key, value in self.params.items():
            if isinstance(value, LabelledEnum):
                params[key] = value.label(lang)
            elif isinstance(value, type) and issubclass(value, LabelledEnum):
                params[key] = ", ".join(member.label(lang) for member in value)
            elif isinstance(value, str) and value.startswith("import.kind."):
                params[key] = render(value, lang)
            else:
                params[key] = value
        return render(self.code, lang, **params)

    def message(self, lang: str = "ru") -> str:
        """`FILE, row N, column X (header): what is wrong`, or the shorter forms when row or column is unknown."""
        text = self.text(lang)
        if self.row is not None and self.column is not None:
            return render("import.at_cell", lang, file=self.file, row=self.row, column=self.column,
                          header=self.header or self.column, text=text)
        if self.row is not None:
            return render("import.at_row", lang, file=self.file, row=self.row, text=text)
        return render("import.at_file", lang, file=self.file, text=text)

    def as_json(self, lang: str = "ru") -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "column": self.column, "header": self.header, "code": self.code,
                "message": self.message(lang)}


def problem_from_error(error: DomainError, file: str, row: int | None = None, column: str | None = None,
                       header: str | None = None) -> Problem:
    """A domain rule's refusal (IIN checksum, outcome needs a responsible body…) as a problem at this cell."""
    return Problem(file, error.code, dict(error.params), row, column, header)


class ImportRefused(ValidationError):
    """The file was refused as a whole (all or nothing): every problem is listed, nothing was written."""

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        super().__init__("import.refused", file=file, count=len(problems))
        self.file = file
        self.problems = tuple(problems)

    def message(self, lang: str = "ru") -> str:
        if len(self.problems) == 1:
            return self.problems[0].message(lang)
        first = self.problems[0]
        where = first.message(lang).removeprefix(f"{first.file}, ").removeprefix(f"{first.file}: ")
        return render("import.refused", lang, file=self.file, count=len(self.problems), first=where)


# -- opening ---------------------------------------------------------------------------------------------------


@dataclass
class Sheet:
    """The first sheet of a workbook: its name, the other sheets' names, merged ranges and the rows as values."""

    file: str
    title: str
    other_sheets: tuple[str, ...]
    merged: tuple[str, ...]
    _workbook: Any
    _worksheet: Any

    def rows(self) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values) of every row in the sheet, from row 1, missing rows skipped."""
        # A workbook's stored dimension is sometimes wrong (some writers say A1): reading by it would cut data off.
        self._worksheet.reset_dimensions()
        for number, row in enumerate(self._worksheet.iter_rows(values_only=True), start=1):
            yield number, tuple(row)

    def looks_empty(self) -> bool:
        """True when no cell of the sheet holds anything."""
        return not any(v is not None and (not isinstance(v, str) or v.strip()) for _, row in self.rows() for v in row)

    def close(self) -> None:
        self._workbook.close()

    def __enter__(self) -> Sheet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# What openpyxl and its zip and XML layers raise for a file that is not a whole .xlsx.
READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, ValueError, EOFError, TypeError, IndexError,
    AttributeError, OSError, SyntaxError,
)


def _file_problem(path: Path, code: str) -> ImportRefused:
    return ImportRefused(path.name, [Problem(path.name, code)])


def open_first_sheet(path: Path) -> Sheet:
    """Open the workbook read-only (fast, constant memory) and take its first sheet; ImportRefused when the file
    is missing, not an .xlsx (text, an old .xls renamed, anything else) or damaged."""
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
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise _file_problem(path, "import.not_workbook")
        # openpyxl refuses any suffix but .xlsx/.xlsm even when the content is fine: hand it an open file instead.
        with path.open("rb") as fh:
            data = fh.read()
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        if not workbook.worksheets:
            raise _file_problem(path, "import.not_workbook")
        worksheet = workbook.worksheets[0]
        merged = _merged_ranges(workbook, worksheet)
        others = tuple(ws.title for ws in workbook.worksheets[1:])
    except ImportRefused:
        raise
    except READ_ERRORS:
        raise _file_problem(path, "import.damaged") from None
    return Sheet(path.name, str(worksheet.title), others, merged, workbook, worksheet)


def _merged_ranges(workbook: Any, worksheet: Any) -> tuple[str, ...]:
    """The merged ranges of a read-only sheet: openpyxl skips them in read-only mode, so they are read from the
    sheet's XML (they sit at its end, after the data)."""
    source = getattr(worksheet, "_worksheet_path", None)
    archive = getattr(workbook, "_archive", None)
    if source is None or archive is None:
        return ()
    with archive.open(source) as fh:
        xml = fh.read()
    return tuple(m.decode("ascii") for m in _MERGE.findall(xml))


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
