"""The fast reader of plain sheets: python-calamine (Rust) reads a sheet about three times faster than the streaming
reader (xlsx_stream), but it holds the whole sheet in memory — a rectangle of cells from A1 to the last one, and a
copy of a shared text in every cell that shows it — and it cannot be stopped halfway. So it is given a sheet only
after a scan of the sheet's XML and of the shared strings' XML (in pieces, through the same limits of unpacked size
as the streaming reader, with C-speed counts and searches rather than a parse) has shown that:

- inside <sheetData> there are only rows and cells as Excel, LibreOffice and openpyxl write them (`<row r="12"`,
  `<c r="B12" s="3" t="s">`), values, formulas and plain inline texts: no namespace prefix, comment, second
  reference, error cell (calamine reads those as empty, the imports name them as problems) or other markup; rows in
  order, within Excel's rows and columns; shared indexes that are numbers; no wide encoding;
- what lies outside <sheetData> passes the streaming reader's own checks of markup (elements, nesting, names);
- what calamine and the rows made of it will hold — the rectangle, the cells as read, their texts, the shared
  table, the file — stays below FAST_BUDGET bytes, estimated from above (tests/services/test_workbook_limits.py
  measures the sheets that come nearest).

Any other sheet, a sheet that passes a limit, and whatever calamine itself finds wrong go to the streaming reader,
which refuses or reads them as it always has: the fast reader never refuses a file on its own (but for a text longer
than a cell's, refused with its row as the streaming reader does).

Values are those of the streaming reader: an empty cell is None (calamine says "", so an empty text is None too), a
date without a time a datetime, a number a float (equal to the streaming reader's int), each row as wide as its last
cell holding something, a left-out row an empty tuple, rows up to the last one written.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any

import python_calamine

from fieldapp.services import xlsx_stream as xs

__all__ = ["FAST_BUDGET", "FastPlan", "fast_rows", "survey"]

# What calamine and the rows made of it may hold: with the process itself (about 100 MB with the database layer
# loaded) the import stays below the 300 MB any file below 50 MB may take. A 20,000-row journal is estimated at
# 66 MB (its import peaks at 141 MB); the sheets made to come nearest the budget peak below 180 MB read alone.
FAST_BUDGET = 128 << 20
MAX_FAST_FILE = 32 << 20  # the file, which calamine is handed whole (a copy of its bytes, and the bytes read)
_CELL_BYTES = 32  # calamine's cell value (a String and its tag) in the rectangle
_CELL_READ = 2 * (_CELL_BYTES + 8)  # a cell as read, with its position, in a vector that doubles as it grows
_STRING = 48  # a shared text's own String and its place in the table
_PY_CELL = 64  # a value in a Python row: its slot and a number or date object
_PY_CHAR = 4  # a Python str of the widest characters takes 4 bytes a character, and no UTF-8 byte is less
_PIECE = 1 << 20

# The scan counts and searches bytes (C speed) rather than parse them. Inside <sheetData> a plain sheet holds rows,
# cells, values, formulas and plain inline texts, written as Excel, LibreOffice and openpyxl write them: a cell's
# reference first, then its style and type (an error, t="e", is not among them), nothing written otherwise (a second
# r, spaces around '=', single quotes, a namespace prefix, a comment). A search for anything else finds none.
_CELL_REST = rb'"(?: s="[0-9]{1,5}")?(?: t="(?:s|n|b|str|inlineStr|d)")?(?: (?:cm|vm|ph)="[0-9]{1,5}")*/?>'
_OTHER_MARKUP = re.compile(rb'<(?!/|c r="[A-Z]{1,3}[1-9][0-9]{0,6}' + _CELL_REST
                           + rb'|row r="[1-9][0-9]{0,6}"[ />]|v[>/]|f[ >/]|is[>/]|t[ >/])')
_ROW_REF = re.compile(rb'<row r="([1-9][0-9]{0,6})"')
_ANY_REF = re.compile(rb'<c r="([^"]{0,12})"')
_REF = re.compile(rb"([A-Z]{1,3})([1-9][0-9]{0,6})")
# <x:c …>: calamine reads it by its local name.
_PREFIXED = re.compile(rb":(?:c|row|si|is|v|t|f|sheetData)[\s/>]")
# A shared text's index as calamine reads it: anything but digits it takes for 0, the streaming reader refuses.
_BAD_SHARED = re.compile(rb'"s"(?!><v>[0-9]{1,7}</v>)')
_OTHER_C = re.compile(rb"<c[^\s/>]")
_SI_TAG = re.compile(rb"<si[\s/>]")


class _NotPlain(Exception):
    """The scan found what the fast reader does not take: the streaming reader reads (or refuses) the sheet."""


@dataclass(frozen=True, slots=True)
class FastPlan:
    """What the scan found: the sheet is calamine's, and what it is estimated to take."""

    merged: tuple[str, ...]
    last_row: int  # the number of the sheet's last <row>, empty or not
    rows: int  # no cell lies below this row
    columns: int  # nor right of this column
    cells: int
    estimate: int  # bytes, from above
    check_length: bool  # whether a text may be longer than a cell's (the streaming reader refuses it)


def _pieces(source: xs.PartStream) -> Iterator[bytes]:
    """The part's XML in pieces cut after a '>', so that no tag the scan counts is split between two pieces."""
    carry = b""
    while True:
        piece = source.read(_PIECE)
        source.release()
        if not piece:
            if carry:
                yield carry
            return
        text = carry + piece
        cut = text.rfind(b">") + 1
        if cut == 0:
            if len(text) > xs.MAX_WINDOW:
                raise _NotPlain("a tag or text longer than the window")
            carry = text
            continue
        carry = text[cut:]
        yield text[:cut]


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@functools.cache
def _far_cell(digits: int, first: int) -> re.Pattern[bytes]:
    """A cell whose reference is not a column A to Z and a row below (first + 1) * 10 ** (digits - 1): any other
    reference — past Z, or further down — is then looked at one by one."""
    fewer = b"" if digits == 1 else b"[1-9][0-9]{0,%d}\"|" % (digits - 2)
    return re.compile(rb'<c r="(?![A-Z](?:%s[1-%d][0-9]{%d}"))' % (fewer, first, digits - 1))


def _cells_bound(text: bytes, last_row: int) -> tuple[int, int]:
    """(a row, a column) that no cell of `text` lies beyond. calamine places a cell by its own reference (not by
    its row's number), and makes the rectangle from A1 to the furthest one: so every reference counts."""
    digits = len(str(last_row))
    first = int(str(last_row)[0])
    if not _far_cell(digits, first).search(text):
        return (first + 1) * 10 ** (digits - 1) - 1, 26
    rows = columns = 0
    for ref in _ANY_REF.findall(text):
        found = _REF.fullmatch(ref)
        if found is None:
            raise _NotPlain("a cell reference calamine may read otherwise")
        rows, columns = max(rows, int(found[2])), max(columns, _column(found[1]))
    return rows, columns


class _Regions:
    """Splits a sheet's XML, piece by piece, into what lies inside <sheetData> (the rows, which the scan counts) and
    what lies outside it (a few kilobytes in a plain sheet: its views, columns, merged ranges, page setup)."""

    def __init__(self) -> None:
        self.state = 0  # 0 before <sheetData>, 1 inside it, 2 after it
        self.outside: list[bytes] = []
        self.outside_size = 0

    def inside(self, text: bytes) -> bytes:
        """The part of `text` inside <sheetData>; the rest is kept as the outside."""
        if self.state == 0:
            at = text.find(b"<sheetData")
            if at < 0:
                self._keep(text)
                return b""
            end = text.find(b">", at) + 1
            if end == 0:
                raise _NotPlain("<sheetData> cut off")
            self._keep(text[:end])
            text = text[end:]
            if self.outside[-1].endswith(b"/>"):  # <sheetData/>: a sheet without rows
                self.state = 2
                self._keep(text)
                return b""
            self.state = 1
        if self.state == 1:
            at = text.find(b"</sheetData>")
            if at < 0:
                return text
            self.state = 2
            self._keep(text[at:])
            return text[:at]
        self._keep(text)
        return b""

    def _keep(self, text: bytes) -> None:
        self.outside.append(text)
        self.outside_size += len(text)
        if self.outside_size > xs.MAX_WINDOW:
            raise _NotPlain("more than a plain sheet holds outside its rows")


def _check_outside(outside: bytes, part: str) -> tuple[str, ...]:
    """The merged ranges of a sheet's XML outside its rows, after the streaming reader's own checks of that markup
    (its elements, their nesting and names): what it would refuse is left to it."""
    if outside.count(b"<sheetData") != 1 or b"<row" in outside or _PREFIXED.search(outside) or (
            outside.count(b"<c") != len(_OTHER_C.findall(outside))):
        raise _NotPlain("rows or cells outside <sheetData>, or no <sheetData>")
    try:
        for _ in xs._records(xs.PartStream(io.BytesIO(outside), part, len(outside), len(outside)), xs._ROW):
            pass
    except ET.ParseError:
        raise _NotPlain("markup the streaming reader finds damaged") from None
    except xs.Exceeded:
        raise _NotPlain("markup past the streaming reader's limits") from None
    merged = [m[1] for m in xs._MERGE.finditer(outside)]
    if len(merged) > xs.MAX_MERGED:
        raise _NotPlain("past the streaming reader's merged ranges")
    return tuple(m.decode("ascii") for m in merged)


def _scan_sheet(archive: xs.WorkbookZip, part: str) -> tuple[tuple[str, ...], int, int, int, int, int, int, bool]:
    """(merged ranges, last <row>, last row and last column of a cell (from above), cells, XML bytes, bytes of the
    longest row, inline texts present) of a plain sheet: _NotPlain for any other."""
    regions = _Regions()
    last_row = bound = last_column = cells = size = longest = open_row = 0
    inline = False
    with archive.stream(part, xs.MAX_SHEET_XML, xs.MAX_SHEET_XML) as source:
        for piece in _pieces(source):
            # NUL bytes are an encoding (UTF-16, UTF-32) whose tags the searches of bytes do not see.
            if b"\0" in piece or _BAD_SHARED.search(piece):
                raise _NotPlain("a wide encoding, or a shared text's index that is not a number")
            size += len(piece)
            text = regions.inside(piece)
            if not text:
                continue
            if _OTHER_MARKUP.search(text):
                raise _NotPlain("markup inside the rows that is not a plain row, cell, value or text")
            count = text.count(b"<c ")
            cells += count
            inline = inline or b"inlineStr" in text
            numbers = [int(n) for n in _ROW_REF.findall(text)]
            # In order, as the streaming reader takes them (it skips a row out of order or repeated).
            if numbers and (numbers[0] <= last_row or any(a >= b for a, b in itertools.pairwise(numbers))):
                raise _NotPlain("rows out of order")
            if inline:  # a Python row holds the texts of its row: the longest row's XML bounds them
                starts = [m.start() for m in _ROW_REF.finditer(text)]
                if starts:
                    longest = max(longest, open_row + starts[0],
                                  *(b - a for a, b in itertools.pairwise(starts)))
                    open_row = len(text) - starts[-1]
                else:
                    open_row += len(text)
            last_row = numbers[-1] if numbers else last_row
            if count:
                rows, columns = _cells_bound(text, max(last_row, 1))
                bound, last_column = max(bound, rows), max(last_column, columns)
            if cells > xs.MAX_SHEET_CELLS:
                raise _NotPlain("past a limit of the streaming reader")
    if max(bound, last_row) > xs.MAX_ROWS or last_column > xs.MAX_COLUMNS:
        raise _NotPlain("past Excel's rows or columns")
    merged = _check_outside(b"".join(regions.outside), part)
    longest = max(longest, open_row) if inline else 0
    return merged, last_row, bound, last_column, cells, size, longest, inline


def _scan_strings(archive: xs.WorkbookZip, part: str | None) -> tuple[int, int, int]:
    """(texts, XML bytes, bytes of the longest text, from above) of the shared strings' part."""
    if part is None:
        return 0, 0, 0
    count = size = longest = 0
    last = 0  # where the last <si> began, counted from the part's start
    with archive.stream(part, xs.MAX_STRINGS_XML, xs.MAX_STRINGS_XML) as source:
        for text in _pieces(source):
            if _PREFIXED.search(text):
                raise _NotPlain("prefixed tags")
            for match in _SI_TAG.finditer(text):
                at = size + match.start()
                if count:
                    longest = max(longest, at - last)
                last = at
                count += 1
            size += len(text)
    if count:
        longest = max(longest, size - last)
    if count > xs.MAX_SHARED_STRINGS:
        raise _NotPlain("past a limit of the streaming reader")
    return count, size, longest


def survey(archive: xs.WorkbookZip, part: str, strings_part: str | None, file_size: int) -> FastPlan | None:
    """The plan of the fast reader for this sheet, or None when the streaming reader is to read it."""
    if file_size > MAX_FAST_FILE:
        return None
    try:
        texts, strings_size, longest = _scan_strings(archive, strings_part)
        merged, last_row, rows, columns, cells, sheet_size, longest_row, inline = _scan_sheet(archive, part)
    except (_NotPlain, xs.Exceeded):
        return None
    # calamine holds the cells as read (each with a copy of the shared text it shows: the longest, from above), the
    # inline texts (no more than the sheet's XML), then the rectangle of cells from A1; a Python row holds the
    # texts of a row, up to 4 bytes a character.
    row_text = _PY_CHAR * (longest_row if inline else 0) + columns * (_PY_CHAR * longest + _PY_CELL)
    estimate = (2 * file_size + strings_size + _STRING * texts + cells * (_CELL_READ + longest)
                + (sheet_size if inline else 0) + longest_row + rows * columns * _CELL_BYTES + row_text)
    if estimate > FAST_BUDGET:
        return None
    check_length = longest > xs.MAX_CELL_TEXT or longest_row > xs.MAX_CELL_TEXT  # bytes, at least the characters
    return FastPlan(merged, last_row, rows, columns, cells, estimate, check_length)


def fast_rows(source: IO[bytes], plan: FastPlan) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) of the first sheet of the workbook in `source` (its file, surveyed), from row 1.

    calamine reads the whole sheet before the first row is given: anything it raises (CalamineError, or a Rust
    panic) comes before any row, so that the caller can hand the sheet to the streaming reader instead."""
    source.seek(0)
    workbook = python_calamine.CalamineWorkbook.from_filelike(source)
    try:
        sheet = workbook.get_sheet_by_index(0)
        start = sheet.start
        offset = (None,) * (start[1] if start else 0)
        rows = sheet.iter_rows()
    except BaseException:
        workbook.close()
        raise
    return _converted(workbook, rows, offset, plan)


def _converted(workbook: Any, rows: Iterator[list[Any]], offset: tuple[None, ...],
               plan: FastPlan) -> Iterator[tuple[int, tuple[Any, ...]]]:
    limit, check_length = xs.MAX_CELL_TEXT, plan.check_length
    number = 0
    try:
        for number, row in enumerate(rows, start=1):  # calamine's rows start at row 1, its columns at the first used
            values = [None if value == "" else (_midnight(value) if type(value) is date else value) for value in row]
            while values and values[-1] is None:
                values.pop()
            if check_length and any(isinstance(v, str) and len(v) > limit for v in values):
                raise xs.Exceeded("import.cell_too_long", number, limit=limit)
            yield number, (*offset, *values) if offset and values else tuple(values)
    finally:
        workbook.close()
    for empty in range(number + 1, plan.last_row + 1):  # rows after the last value, as the streaming reader gives
        yield empty, ()


def _midnight(day: date) -> datetime:
    """A date cell without a time, as openpyxl gives it."""
    return datetime(day.year, day.month, day.day)
