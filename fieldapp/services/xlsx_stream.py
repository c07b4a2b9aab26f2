"""The streaming reader of an .xlsx workbook's first sheet, and the checks every workbook passes before anything
reads it.

A workbook is a ZIP of XML that can be made to unpack into gigabytes or to describe a row a googol lines down: its
structure is checked (domain.zipcheck) and every part is read in pieces within the limits below, refused with a
message when it passes one, before the memory or time it would take is spent. This reader is the authority on what
a workbook holds: the fast reader (xlsx_fast) takes only the sheets it can show are plain and small, and leaves every
other one, and every refusal, to this one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.utils.exceptions import CellCoordinatesException, InvalidFileException
from openpyxl.xml.constants import SHARED_STRINGS

from fieldapp.domain.zipcheck import ZipRefused, open_checked
from fieldapp.services.import_problems import ImportRefused, Problem

# What a workbook may hold: Excel's own limits where it has one, so that no file Excel writes is refused, and
# limits on the work and memory of the rest, so that no file below 50 MB takes more than a few hundred MB.
MAX_ROWS = 1_048_576  # Excel's rows
MAX_COLUMNS = 16_384  # Excel's columns, A to XFD
MAX_CELL_TEXT = 32_767  # Excel's characters in a cell
MAX_SHEET_CELLS = 20_000_000  # cells of the sheet read (a million journal rows of twenty columns)
MAX_SHARED_STRINGS = 1_048_576  # texts of the workbook's shared table (their length: MAX_STRINGS_XML)
MAX_MERGED = 100_000  # merged ranges of the sheet
MAX_ENTRIES = 4_096  # entries of the ZIP
MAX_SHEET_XML = 1 << 30  # the sheet's XML, unpacked (a million rows of 1 KB)
# The shared strings' XML, unpacked: the table is held whole while a sheet is streamed, and short texts take more
# in memory than in XML (a Python str is 49 bytes and more; <si><t></t></si> 16): a 56 MB table of a million texts
# took 105 MB, and a process that had read it peaked at 255 MB.
MAX_STRINGS_XML = 64 << 20
# A streamed part may also unpack to no more than XML_RATIO times its packed size (beyond XML_FLOOR): Excel's parts
# pack 5 to 20 times, a bomb a thousand times, and parsing takes time even where it takes no memory.
XML_RATIO = 100
XML_FLOOR = 32 << 20
MAX_PART_XML = 16 << 20  # any other part (workbook, styles, relations…), which openpyxl reads whole
# '<' of those parts, all together: openpyxl makes objects of each element (a style takes 1.7 KB), so a 20 KB
# file of 100,000 styles took 170 MB. A plain workbook has a few hundred, one with styles gone wild 60,000.
MAX_PART_TAGS = 100_000
MAX_WINDOW = 8 << 20  # XML read while a row (or a shared string) is still open, or inside one tag or text
MAX_RECORD_ELEMENTS = 8 * MAX_COLUMNS  # elements inside one row or shared string
MAX_DEPTH = 64  # nesting of elements outside rows (a sheet nests 7 deep)
MAX_OTHER_ELEMENTS = 1_000_000  # elements outside rows (columns, merges, links, formats…)
MAX_TAG_NAMES = 1_000  # distinct element names in a part (the parser keeps each one)
_METHODS = frozenset((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))  # what Excel and every other writer use
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


class Exceeded(Exception):
    """A limit passed, found where the file's name is not known: the reader turns it into the file's ImportRefused
    (with the sheet's name and the row where they are known)."""

    def __init__(self, code: str, row: int | None = None, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.row = row
        self.params = params

    def refusal(self, file: str, sheet: str | None = None) -> ImportRefused:
        params = {**self.params, "sheet": sheet} if sheet is not None else self.params
        return ImportRefused(file, [Problem(file, self.code, params, self.row)])


def _megabytes(limit: int) -> int:
    return limit >> 20


class PartStream:
    """One part of the workbook as the XML parser reads it, a piece at a time: never more than `limit` bytes
    unpacked (whatever the ZIP's header declares), nor more than `window` since the reader last gave memory back
    (release(): a row done, an element dropped) — that bounds a row, a tag or a text — and no document type: it may
    declare entities that grow inside the parser, where no count of bytes sees them. No writer of .xlsx uses one."""

    def __init__(self, raw: IO[bytes], part: str, limit: int, window: int, tags: WorkbookZip | None = None) -> None:
        self._raw = raw
        self.part = part
        self._limit = limit
        self._window = window
        self._tags = tags
        self._count = 0
        self._mark = 0
        self._tail = b""

    def read(self, size: int | None = -1) -> bytes:
        whole = size is None or size < 0
        data = self._raw.read(self._limit + 1 - self._count if size is None or size < 0 else size)
        self._count += len(data)
        if self._count > self._limit:
            raise Exceeded("import.part_too_large", part=self.part, limit=_megabytes(self._limit))
        if self._count - self._mark > self._window:
            raise Exceeded("import.xml_too_complex", part=self.part)
        if b"<!DOCTYPE" in data or b"<!DOCTYPE" in self._tail + data[:9]:
            raise Exceeded("import.damaged")
        self._tail = data[-8:]
        if whole and self._tags is not None:  # a part openpyxl turns into objects whole
            self._tags.tags_left -= data.count(b"<")
            if self._tags.tags_left < 0:
                raise Exceeded("import.xml_too_complex", part=self.part)
        return data

    def release(self) -> None:
        self._mark = self._count

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> PartStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class WorkbookZip(zipfile.ZipFile):
    """The workbook's ZIP, its structure checked (zipcheck), whose parts are read through PartStream: those openpyxl
    reads whole within MAX_PART_XML and MAX_PART_TAGS, the sheet and the shared strings a piece at a time."""

    tags_left = MAX_PART_TAGS
    source: IO[bytes] | None = None  # the file, closed with the archive

    def open(self, name: str | zipfile.ZipInfo, mode: Literal["r", "w"] = "r", pwd: bytes | None = None, *,
             force_zip64: bool = False) -> Any:
        if mode != "r":
            return super().open(name, mode, pwd, force_zip64=force_zip64)
        part = name.filename if isinstance(name, zipfile.ZipInfo) else str(name)
        return PartStream(super().open(name, mode, pwd), part, MAX_PART_XML, MAX_PART_XML, self)

    def stream(self, part: str, limit: int, window: int = MAX_WINDOW) -> PartStream:
        packed = self.getinfo(part).compress_size  # bytes the entry really takes: entries share none (zipcheck)
        limit = min(limit, max(XML_FLOOR, XML_RATIO * packed))
        return PartStream(super().open(part), part, limit, min(window, limit))

    def close(self) -> None:
        super().close()
        if self.source is not None:
            self.source.close()
            self.source = None


def open_zip(path: Path) -> WorkbookZip:
    fh = path.open("rb")
    try:
        archive = open_checked(fh, max_entries=MAX_ENTRIES, methods=_METHODS, cls=WorkbookZip)
    except ZipRefused as exc:
        fh.close()
        problems = {
            "entries": Problem(path.name, "import.zip_entries", {"limit": MAX_ENTRIES}),
            "duplicate": Problem(path.name, "import.zip_duplicate", {"name": exc.name}),
            "name": Problem(path.name, "import.zip_name", {"name": exc.name}),
        }
        raise ImportRefused(path.name, [problems.get(exc.reason, Problem(path.name, "import.damaged"))]) from None
    except BaseException:
        fh.close()
        raise
    assert isinstance(archive, WorkbookZip)
    archive.source = fh
    return archive


def _records(source: PartStream, tag: str) -> Iterator[ET.Element]:
    """The `tag` elements of the part (a sheet's rows, the table's strings), each whole, in order.

    The tree the parser builds is pruned as it goes: a record once the caller is done with it, any other element as
    soon as it ends, so that what is held is the open elements and the record being read, whatever the length of
    the part; within a record, the number of elements and (through the stream's window) its bytes are bounded."""
    stack: list[ET.Element] = []  # the open elements outside records: the last is the parent of what ends
    names: set[str] = set()
    record: ET.Element | None = None
    inside = 0
    others = MAX_OTHER_ELEMENTS
    for event, element in ET.iterparse(source, events=("start", "end")):
        if event == "start":
            tag_name = element.tag
            if tag_name not in names:
                names.add(tag_name)
                if len(names) > MAX_TAG_NAMES:
                    raise Exceeded("import.xml_too_complex", part=source.part)
            if record is not None:
                inside += 1
                if inside > MAX_RECORD_ELEMENTS:
                    raise Exceeded("import.xml_too_complex", part=source.part)
            elif tag_name == tag:
                record = element
            else:
                stack.append(element)
                others -= 1
                if len(stack) > MAX_DEPTH or others < 0:
                    raise Exceeded("import.xml_too_complex", part=source.part)
            continue
        if record is not None:
            if element is not record:
                continue
            yield element
            record = None
            inside = 0
        else:
            stack.pop()
        element.clear()
        if stack:  # it is its parent's last child: it ended after every earlier sibling was dropped
            del stack[-1][-1]
        source.release()



_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _IS, _T, _R, _SI = (f"{_MAIN}{tag}" for tag in ("row", "c", "v", "is", "t", "r", "si"))
_DIGITS = "0123456789"


def _rich_text(node: ET.Element) -> str:
    """The text of an <is> or <si>: its plain <t>, then the <t> of its formatted runs (phonetic runs left out),
    as openpyxl's Text.content."""
    plain: str | None = None
    runs: list[str] = []
    for child in node:
        if child.tag == _T:
            plain = child.text or ""
        elif child.tag == _R:
            for part in child:
                if part.tag == _T and part.text is not None:
                    runs.append(part.text)
    if plain is None:
        return "".join(runs)
    return plain + "".join(runs) if runs else plain


def _number(text: str) -> int | float:
    return float(text) if ("." in text or "E" in text or "e" in text) else int(text)


class CellReader:
    """Turns a sheet's <row> elements into tuples of values: shared and inline strings, numbers, booleans, errors,
    cached formula results (data only), and the numbers whose cell style is a date format as datetimes in the
    workbook's date system (1900 or 1904) — the rules of openpyxl's WorkSheetParser.parse_cell."""

    def __init__(self, strings: Sequence[str], date_styles: frozenset[int], timedelta_styles: frozenset[int],
                 epoch: datetime) -> None:
        self.strings = strings
        self.date_styles = date_styles
        self.timedelta_styles = timedelta_styles
        self.epoch = epoch
        self._dates: dict[tuple[int | float, bool], Any] = {}
        self._columns: dict[str, int] = {}

    def rows(self, source: PartStream) -> Iterator[tuple[int, tuple[Any, ...]]]:
        number = 0
        cells = 0
        for count, element in enumerate(_records(source, _ROW), start=1):
            raw = element.get("r")
            number = number + 1 if raw is None else _row_number(raw)
            if number > MAX_ROWS or count > MAX_ROWS:
                raise Exceeded("import.too_many_rows", limit=MAX_ROWS)
            width = len(element)
            cells += width
            if width > MAX_COLUMNS:
                raise Exceeded("import.row_too_wide", number, limit=MAX_COLUMNS)
            if cells > MAX_SHEET_CELLS:
                raise Exceeded("import.too_many_cells", number, limit=MAX_SHEET_CELLS)
            try:
                values = self._row(element)
            except Exceeded as exc:
                exc.row = number
                raise
            yield number, values

    def _row(self, element: ET.Element) -> tuple[Any, ...]:
        cells: list[tuple[int, Any]] = []
        column = 0
        for cell in element:
            ref = cell.get("r")
            if ref:
                column = self._column(ref)
            else:
                column += 1
                if column > MAX_COLUMNS:
                    raise Exceeded("import.row_too_wide", limit=MAX_COLUMNS)
            cells.append((column, self._value(cell)))
        if not cells:
            return ()
        width = cells[-1][0]  # as wide as its last cell, as openpyxl's rows are
        if len(cells) == width and all(c == n for n, (c, _) in enumerate(cells, start=1)):
            return tuple(v for _, v in cells)
        values: list[Any] = [None] * width
        for col, value in cells:
            if 1 <= col <= width:
                values[col - 1] = value
        return tuple(values)

    def _column(self, ref: str) -> int:
        letters = ref.rstrip(_DIGITS)
        found = self._columns.get(letters)
        if found is None or letters == ref:
            try:
                found = coordinate_to_tuple(ref)[1]  # checks the whole reference once
            except CellCoordinatesException:  # the callers take a ValueError for a damaged file
                raise ValueError(f"{ref[:20]!r} is not a cell reference") from None
            if found > MAX_COLUMNS:  # openpyxl reads up to ZZZ
                raise Exceeded("import.column_ref", value=ref[:20])
            self._columns[letters] = found
        return found

    def _value(self, cell: ET.Element) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_IS)
            if inline is None:
                return None
            inline_text = _rich_text(inline)
            if len(inline_text) > MAX_CELL_TEXT:
                raise Exceeded("import.cell_too_long", limit=MAX_CELL_TEXT)
            return inline_text
        text = cell.findtext(_V) or None
        if text is None:
            return None
        if kind == "n":
            number = _number(text)
            style = cell.get("s")
            style_id = int(style) if style else 0
            if style_id in self.date_styles:
                return self._date(number, style_id in self.timedelta_styles)
            return number
        if kind == "s":
            index = int(text)
            if not 0 <= index < len(self.strings):  # the callers take a ValueError for a damaged file
                raise ValueError(f"shared string {index} is not in the workbook's table")
            return self.strings[index]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        if len(text) > MAX_CELL_TEXT:
            raise Exceeded("import.cell_too_long", limit=MAX_CELL_TEXT)
        return text  # str (a formula's text result), e (an error such as #N/A)

    def _date(self, number: int | float, duration: bool) -> Any:
        key = (number, duration)
        found = self._dates.get(key)
        if found is None:
            try:
                found = from_excel(number, self.epoch, timedelta=duration)
            except (OverflowError, ValueError):
                found = "#VALUE!"  # a serial outside the dates: openpyxl shows it as this error
            if len(self._dates) >= 65_536:  # a journal has a few hundred days; a sheet of distinct serials, millions
                self._dates.clear()
            self._dates[key] = found
        return found


def _row_number(raw: str) -> int:
    """The `r` of a <row>: a whole number from 1 to 1,048,576 (written "5.0" by some, as openpyxl allows).
    Anything else is refused here, not taken for the number of empty rows to walk through before it."""
    try:
        number = int(raw)
    except ValueError:
        try:
            as_float = float(raw) if len(raw) <= 24 else 0.0
        except ValueError:
            as_float = 0.0
        number = int(as_float) if as_float.is_integer() and 1 <= as_float <= MAX_ROWS else 0
    if not 1 <= number <= MAX_ROWS:
        raise Exceeded("import.row_number", value=raw[:24])
    return number


def _read_strings(source: PartStream) -> list[str]:
    """The shared strings table, as openpyxl's read_string_table reads it, within the limits of count and length
    (their total length is bounded by that of the part: MAX_STRINGS_XML)."""
    strings: list[str] = []
    for node in _records(source, _SI):
        text = _rich_text(node).replace("x005F_", "")
        if len(text) > MAX_CELL_TEXT:
            raise Exceeded("import.cell_too_long", limit=MAX_CELL_TEXT)
        strings.append(text)
        if len(strings) > MAX_SHARED_STRINGS:
            raise Exceeded("import.strings_limit", limit=MAX_SHARED_STRINGS)
    return strings


class WorkbookReader(ExcelReader):  # type: ignore[misc]
    """openpyxl's reading of the workbook's parts (manifest, workbook, relations, styles, date system) without its
    worksheet objects: their construction scans a whole sheet that has no stored dimension; rows come from
    CellReader instead. External links (cached copies of other workbooks, possibly large) are not read."""

    sheet_parts: list[tuple[str, str]]
    archive: WorkbookZip

    def __init__(self, archive: WorkbookZip) -> None:  # ExcelReader's, on an archive already checked
        self.archive = archive
        self.valid_files = archive.namelist()
        self.read_only = True
        self.keep_vba = False
        self.data_only = True
        self.keep_links = False
        self.rich_text = False
        self.shared_strings: list[str] = []

    @property
    def strings_part(self) -> str | None:
        """The shared strings' part in the archive, if the workbook has one (read_manifest first)."""
        found = self.package.find(SHARED_STRINGS)
        return None if found is None else str(found.PartName[1:])

    def read_strings(self) -> None:
        part = self.strings_part
        if part is not None:
            with self.archive.stream(part, MAX_STRINGS_XML) as source:
                self.shared_strings = _read_strings(source)

    def read_worksheets(self) -> None:
        self.sheet_parts = []
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                continue  # a chart sheet is not among a workbook's worksheets
            self.sheet_parts.append((str(sheet.name), str(rel.target)))

    def read_all(self, *, strings: bool = True) -> None:
        """Every part but the sheets; the shared strings only with `strings` (the fast reader has calamine read
        them, after its own scan of their part)."""
        self.read_manifest()
        if strings:
            self.read_strings()
        self.read_workbook()
        self.read_properties()
        self.read_custom()
        self.read_theme()
        apply_stylesheet(self.archive, self.wb)
        self.read_worksheets()


# What openpyxl and its zip and XML layers raise for a file that is not a whole .xlsx.
READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, ValueError, EOFError, TypeError, IndexError,
    AttributeError, OSError, SyntaxError, CellCoordinatesException, NotImplementedError,
)


def merged_ranges(archive: WorkbookZip, part: str) -> tuple[str, ...]:
    """The merged ranges of the sheet, read from its <mergeCells> (they sit at its end, after the data) by a scan
    of the XML in pieces, so that a large sheet is never held in memory whole."""
    found: list[bytes] = []
    overlap = 256  # longer than any <mergeCell ref="…"> up to the end of its reference
    carry = b""
    with archive.stream(part, MAX_SHEET_XML, MAX_SHEET_XML) as fh:
        while True:
            piece = fh.read(1 << 20)
            text = carry + piece
            if not piece:
                found.extend(m[1] for m in _MERGE.finditer(text))
                break
            cut = max(len(text) - overlap, 0)
            found.extend(m[1] for m in _MERGE.finditer(text) if m.start() < cut)
            if len(found) > MAX_MERGED:
                raise Exceeded("import.too_many_merged", limit=MAX_MERGED)
            # What starts at the cut or after is scanned again with the next piece.
            carry = text[cut:]
    if len(found) > MAX_MERGED:
        raise Exceeded("import.too_many_merged", limit=MAX_MERGED)
    return tuple(m.decode("ascii") for m in found)

