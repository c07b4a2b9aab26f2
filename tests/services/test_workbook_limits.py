"""Workbooks made to exhaust the machine, and ZIPs another reader would read otherwise (issue 11, items 4 and 5).

Every file here is built for real, byte by byte: a row numbered 1e300 (which made both imports walk empty rows for
ever), cells past column XFD, rows of millions of cells and texts of gigabytes unpacked from a few kilobytes, shared
string tables and style parts that swell into millions of objects, document types that declare entities, and ZIPs
holding two copies of a part or names that leave the archive. Each is refused with its message, naming the file (and
the sheet and row where they are known), the database stays as it was, and the reading process stays below 300 MB
(measured in a child process that has an address-space limit of 1.5 GB, so a regression fails instead of swapping).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from bounded import ADDRESS_SPACE, MEMORY_LIMIT_MB, PEAK, bounded_cli
from zipforge import Entry, build, deflated, deflated_repeat, overlapping

from fieldapp.services import sheets, xlsx_stream
from fieldapp.services.context import Context
from fieldapp.services.journal import COLUMNS, import_journal
from fieldapp.services.sheets import ImportRefused, Problem, open_first_sheet
from fieldapp.storage.database import open_database

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
ROOT = Path(__file__).resolve().parents[2]
KATO_HEADER = ["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"]
SHEET = "xl/worksheets/sheet1.xml"
HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
FOOT = b"</sheetData></worksheet>"


def sheet_xml(rows: str) -> str:
    return (HEAD + rows.encode() + FOOT).decode()


def entries(sheet: Entry | str, *, strings: Entry | str | None = None, styles: Entry | str | None = None,
            workbook: str | None = None) -> list[Entry]:
    """The parts of a one-sheet workbook, as few as the reader needs (and openpyxl's readers accept)."""
    overrides = (f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                 f'<Override PartName="/{SHEET}" ContentType="{CT}.worksheet+xml"/>')
    rels = f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    out: list[Entry] = []
    if strings is not None:
        overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
        rels += f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        out.append(strings if isinstance(strings, Entry) else deflated("xl/sharedStrings.xml", strings.encode()))
    if styles is not None:
        overrides += f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
        rels += f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
        out.append(styles if isinstance(styles, Entry) else deflated("xl/styles.xml", styles.encode()))
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>')
    book = workbook or (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MAIN}" '
                        f'xmlns:r="{REL}"><sheets><sheet name="Журнал" sheetId="1" r:id="rId1"/></sheets></workbook>')
    relations = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                 "</Relationships>")
    package = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    return [
        deflated("[Content_Types].xml", types.encode()),
        deflated("_rels/.rels", package.encode()),  # without it calamine finds no workbook in the file
        deflated("xl/workbook.xml", book.encode()),
        deflated("xl/_rels/workbook.xml.rels", relations.encode()),
        sheet if isinstance(sheet, Entry) else deflated(SHEET, sheet.encode()),
        *out,
    ]


def write(path: Path, parts: list[Entry]) -> Path:
    path.write_bytes(build(parts))
    return path


def workbook(path: Path, rows: str, **parts: Any) -> Path:
    return write(path, entries(sheet_xml(rows), **parts))


def read_all(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    with open_first_sheet(path) as sheet:
        return list(sheet.rows())


def refusal(path: Path) -> Problem:
    """The one problem the reader refuses the file with (opening it or reading its rows)."""
    with pytest.raises(ImportRefused) as caught:
        read_all(path)
    assert len(caught.value.problems) == 1
    problem = caught.value.problems[0]
    assert problem.file == path.name
    return problem


# --- row numbers, columns, cells -----------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["1e300", "99999999", "1048577", "0", "-3", "1.5", "nan", "inf", "x", "9" * 5000])
def test_a_row_numbered_outside_excel_is_refused_at_once(tmp_path: Path, number: str) -> None:
    path = workbook(tmp_path / "j.xlsx", f'<row r="1"><c r="A1" t="inlineStr"><is><t>№</t></is></c></row>'
                                         f'<row r="{number}"><c t="inlineStr"><is><t>x</t></is></c></row>')
    problem = refusal(path)
    assert problem.code == "import.row_number"
    assert problem.message("ru") == (f"j.xlsx: лист «Журнал»: «{number[:24]}» — не номер строки (в Excel строки с 1 "
                                     "по 1048576)")
    assert "1048576" in problem.message("kk") and "Excel's rows" in problem.message("en")


def test_the_last_row_of_excel_and_a_number_written_as_5_0_are_read(tmp_path: Path) -> None:
    path = workbook(tmp_path / "j.xlsx", '<row r="5.0"><c r="A5"><v>5</v></c></row>'
                                         '<row r="1048576"><c r="B1048576"><v>7</v></c></row>')
    rows = read_all(path)
    assert len(rows) == 1_048_576
    assert rows[4] == (5, (5,)) and rows[-1] == (1_048_576, (None, 7))


def test_a_cell_past_column_xfd_is_refused_and_xfd_is_read(tmp_path: Path) -> None:
    read = read_all(workbook(tmp_path / "ok.xlsx", '<row r="1"><c r="XFD1"><v>1</v></c></row>'))
    assert len(read[0][1]) == 16_384 and read[0][1][-1] == 1
    problem = refusal(workbook(tmp_path / "j.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>'
                                                    '<row r="2"><c r="XFE2"><v>1</v></c></row>'))
    assert (problem.code, problem.row) == ("import.column_ref", 2)
    assert "XFE2" in problem.message("ru") and "XFD" in problem.message("ru")
    # Cells without a reference count on from the last one: past XFD is refused the same way.
    problem = refusal(workbook(tmp_path / "k.xlsx", '<row r="3"><c r="XFD3"><v>1</v></c><c><v>2</v></c></row>'))
    assert (problem.code, problem.row) == ("import.row_too_wide", 3)


def test_a_reference_that_names_no_cell_is_a_damaged_file(ctx: Context, tmp_path: Path) -> None:
    header = "".join(f'<c t="inlineStr"><is><t>{c.ru}</t></is></c>' for c in COLUMNS)
    path = workbook(tmp_path / "j.xlsx", f'<row r="1">{header}</row><row r="2"><c r="A"><v>1</v></c></row>')
    with pytest.raises(ImportRefused) as caught:
        import_journal(ctx, path, dry_run=True)
    assert [p.code for p in caught.value.problems] == ["import.damaged"]


def test_a_row_of_more_cells_than_excel_has_columns_is_refused(tmp_path: Path) -> None:
    problem = refusal(workbook(tmp_path / "j.xlsx", '<row r="7">' + "<c/>" * 16_385 + "</row>"))
    assert (problem.code, problem.row) == ("import.row_too_wide", 7)
    assert problem.message("ru") == "j.xlsx, строка 7: лист «Журнал»: в строке больше 16384 ячеек"


def test_a_sheet_of_more_cells_or_rows_than_allowed_is_refused(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_stream, "MAX_SHEET_CELLS", 1_000)
    path = workbook(tmp_path / "j.xlsx", "".join(f"<row>{'<c><v>1</v></c>' * 20}</row>" for _ in range(60)))
    problem = refusal(path)
    assert (problem.code, problem.row) == ("import.too_many_cells", 51)
    monkeypatch.setattr(xlsx_stream, "MAX_ROWS", 100)
    problem = refusal(workbook(tmp_path / "k.xlsx", '<row r="1"/>' * 101))  # the same row, over and over
    assert problem.code == "import.too_many_rows" and "100" in problem.message("en")


def test_texts_longer_than_an_excel_cell_are_refused(tmp_path: Path) -> None:
    long = "ж" * 32_768
    inline = refusal(workbook(tmp_path / "i.xlsx", f'<row r="2"><c r="A2" t="inlineStr"><is><t>{long}</t></is></c>'
                                                   "</row>"))
    assert (inline.code, inline.row) == ("import.cell_too_long", 2)
    shared = refusal(workbook(tmp_path / "s.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                              strings=f'<sst xmlns="{MAIN}"><si><t>{long}</t></si></sst>'))
    assert shared.code == "import.cell_too_long" and "32767" in shared.message("ru")
    at_limit = workbook(tmp_path / "ok.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                        strings=f'<sst xmlns="{MAIN}"><si><t>{long[1:]}</t></si></sst>')
    assert read_all(at_limit) == [(1, (long[1:],))]


def test_the_shared_strings_table_is_bounded_in_count_and_length(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_stream, "MAX_SHARED_STRINGS", 10)
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    ten = workbook(tmp_path / "ten.xlsx", rows, strings=f'<sst xmlns="{MAIN}">{"<si><t>abc</t></si>" * 10}</sst>')
    assert read_all(ten) == [(1, ("abc",))]
    eleven = refusal(workbook(tmp_path / "eleven.xlsx", rows,
                              strings=f'<sst xmlns="{MAIN}">{"<si><t>a</t></si>" * 11}</sst>'))
    assert eleven.code == "import.strings_limit" and eleven.row is None
    assert eleven.message("en") == "eleven.xlsx: the workbook's table of texts holds more than 10 texts"
    # Their length together is that of the part, at most MAX_STRINGS_XML unpacked.
    monkeypatch.setattr(xlsx_stream, "MAX_SHARED_STRINGS", 1_000)
    monkeypatch.setattr(xlsx_stream, "MAX_STRINGS_XML", 1 << 20)
    long = refusal(workbook(tmp_path / "long.xlsx", rows,
                            strings=f'<sst xmlns="{MAIN}">' + f"<si><t>{'я' * 30_000}</t></si>" * 20 + "</sst>"))
    assert long.code == "import.part_too_large" and "xl/sharedStrings.xml" in long.message("ru")


def test_merged_ranges_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_stream, "MAX_MERGED", 5)
    merges = "".join(f'<mergeCell ref="A{n}:B{n}"/>' for n in range(1, 7))
    sheet = (HEAD + b'<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="6">'
             + merges.encode() + b"</mergeCells></worksheet>")
    problem = refusal(write(tmp_path / "j.xlsx", entries(sheet.decode())))
    assert problem.code == "import.too_many_merged" and "«Журнал»" in problem.message("ru")


# --- parts that unpack too far, markup that swells -----------------------------------------------------------------


def test_a_part_unpacking_past_its_limit_is_refused_whatever_its_header_declares(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Styles are read whole by openpyxl: 16 MB at most, here 20 MB of comments declared as 4 GB.
    styles = deflated_repeat("xl/styles.xml", f'<styleSheet xmlns="{MAIN}">'.encode(), b"<!-- padding -->",
                             20 << 20, b"</styleSheet>")
    problem = refusal(write(tmp_path / "s.xlsx", entries(sheet_xml(""), styles=styles)))
    assert problem.code == "import.part_too_large"
    assert problem.message("ru") == ("s.xlsx: часть книги «xl/styles.xml» после распаковки больше 16 МБ: это не "
                                     "обычная книга Excel")
    # The same limit for the sheet, streamed: its header declaring a small size changes nothing.
    monkeypatch.setattr(xlsx_stream, "MAX_SHEET_XML", 1 << 20)
    sheet = deflated_repeat(SHEET, HEAD, b'<row r="1"/>', 2 << 20, FOOT)
    lying = Entry(sheet.name, sheet.data, sheet.method, size=1000, crc=0)
    for name, part in (("big.xlsx", sheet), ("lying.xlsx", lying)):
        problem = refusal(write(tmp_path / name, entries(part)))
        assert problem.code in {"import.part_too_large", "import.damaged"}
    assert refusal(write(tmp_path / "again.xlsx", entries(sheet))).code == "import.part_too_large"


def test_a_streamed_part_may_unpack_to_a_hundred_times_its_size(tmp_path: Path) -> None:
    # 40 MB of rows from 40 KB: past the 32 MB any file may unpack to and a thousand times its size.
    sheet = deflated_repeat(SHEET, HEAD, b'<row r="1"/>', 40 << 20, FOOT)
    problem = refusal(write(tmp_path / "j.xlsx", entries(sheet)))
    assert (problem.code, problem.params["limit"]) == ("import.part_too_large", 32)
    # As many bytes packed as a sheet packs (stored here) are an ordinary file, just a large one.
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>' % (n, n) + b"x" * 20_000 + b"</t></is></c></row>"
                    for n in range(1, 2_101))
    read = read_all(write(tmp_path / "stored.xlsx", entries(Entry(SHEET, HEAD + rows + FOOT))))
    assert len(read) == 2_100 and read[-1] == (2_100, ("x" * 20_000,))


def test_elements_outside_rows_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_stream, "MAX_OTHER_ELEMENTS", 50)
    merges = "".join(f'<mergeCell ref="A{n}:B{n}"/>' for n in range(1, 60))
    sheet = (HEAD + b'<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="59">'
             + merges.encode() + b"</mergeCells></worksheet>")
    assert refusal(write(tmp_path / "j.xlsx", entries(sheet.decode()))).code == "import.xml_too_complex"


def test_a_document_type_is_refused(tmp_path: Path) -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>&c;</t></is></c></row>'
              "</sheetData></worksheet>")
    assert refusal(write(tmp_path / "sheet.xlsx", entries(laughs))).code == "import.damaged"
    book = (f'<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "x">]><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<sheets><sheet name="Журнал" sheetId="1" r:id="rId1"/></sheets></workbook>')
    assert refusal(write(tmp_path / "book.xlsx", entries(sheet_xml(""), workbook=book))).code == "import.damaged"


def test_markup_that_nests_too_deep_or_invents_names_is_refused(tmp_path: Path) -> None:
    deep = (HEAD.decode().replace("<sheetData>", "") + "<a>" * 100 + "</a>" * 100
            + '<sheetData><row r="1"/></sheetData></worksheet>')
    problem = refusal(write(tmp_path / "deep.xlsx", entries(deep)))
    assert problem.code == "import.xml_too_complex" and "xl/worksheets/sheet1.xml" in problem.message("en")
    names = "".join(f"<n{i}/>" for i in range(1_500))
    assert refusal(workbook(tmp_path / "names.xlsx", f'<row r="1">{names}</row>')).code == "import.xml_too_complex"


def test_a_styles_part_of_a_hundred_thousand_styles_is_refused(tmp_path: Path) -> None:
    xfs = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' * 100_000
    styles = f'<styleSheet xmlns="{MAIN}"><cellXfs count="100000">{xfs}</cellXfs></styleSheet>'
    problem = refusal(write(tmp_path / "s.xlsx", entries(sheet_xml(""), styles=styles)))
    assert problem.code == "import.xml_too_complex" and "xl/styles.xml" in problem.message("ru")


# --- the ZIP itself --------------------------------------------------------------------------------------------------


def test_two_entries_of_one_name_are_refused(tmp_path: Path) -> None:
    good = entries(sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'))
    fake = deflated(SHEET, sheet_xml('<row r="1"><c r="A1"><v>666</v></c></row>').encode())
    for name, parts in (("sheet.xlsx", [*good, fake]), ("types.xlsx", [good[0], *good]),
                        ("case.xlsx", [*good, Entry("XL/Worksheets/Sheet1.xml", b"<x/>")])):
        problem = refusal(write(tmp_path / name, parts))
        assert problem.code == "import.zip_duplicate"
        assert problem.message("en").startswith(f"{name}: the file holds two entries named «")
    assert read_all(write(tmp_path / "good.xlsx", good)) == [(1, (1,))]


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/evil.xml", "xl/../../evil.xml", "C:/evil.xml", "xl\\evil.xml",
                                  "xl/./evil.xml", "xl//evil.xml", "xl/evil\x00.xml"])
def test_entry_names_that_leave_the_archive_are_refused(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / "j.xlsx", [*entries(sheet_xml("")), Entry(name, b"<x/>")])
    problem = refusal(path)
    assert problem.code == "import.zip_name"
    assert problem.params["name"] == name


def test_a_local_header_naming_another_part_and_overlapping_entries_are_damaged_files(tmp_path: Path) -> None:
    parts = entries(sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'))
    renamed = Entry(parts[4].name, parts[4].data, parts[4].method, parts[4].size, parts[4].crc,
                    local_name="xl/worksheets/sheet9.xml")
    assert refusal(write(tmp_path / "header.xlsx", [*parts[:4], renamed])).code == "import.damaged"
    # The sheet's bytes inside another entry's: a reader following the directory reads them twice.
    sheet = Entry(SHEET, sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>').encode())
    path = tmp_path / "overlap.xlsx"
    path.write_bytes(overlapping(Entry("xl/media/image1.png", b"x" * 100), sheet, before=parts[:4]))
    with zipfile.ZipFile(path) as archive:  # what zipfile alone makes of it: both entries read fine
        assert archive.read(SHEET) == sheet.data and archive.read("xl/media/image1.png").endswith(sheet.data)
    assert refusal(path).code == "import.damaged"


def test_an_encrypted_entry_is_a_damaged_file(tmp_path: Path) -> None:
    data = bytearray(build(entries(sheet_xml(""))))
    start = data.index(b"PK\x01\x02")  # the first directory record: its flags at offset 8
    data[start + 8] |= 1
    path = tmp_path / "j.xlsx"
    path.write_bytes(bytes(data))
    assert refusal(path).code == "import.damaged"


# --- the command line and memory -----------------------------------------------------------------------------------


def _bombs(folder: Path) -> dict[str, tuple[Path, str]]:
    """The hostile workbooks of the memory test: name -> (file, the code it is refused with)."""
    # Below the 32 MB a small file's sheet may unpack to, to meet the limits of rows and elements.
    row_of_cells = deflated_repeat(SHEET, HEAD + b'<row r="1">', b"<c/>", 30 << 20, b"</row>" + FOOT)
    long_text = deflated_repeat(SHEET, HEAD + b'<row r="1"><c t="inlineStr"><is><t>', b"a", 30 << 20,
                                b"</t></is></c></row>" + FOOT)
    long_value = deflated_repeat(SHEET, HEAD + b'<row r="1"><c><v>', b"9", 30 << 20, b"</v></c></row>" + FOOT)
    # Past it: 4 GB, from 4 MB, refused at 100 times the packed size.
    gigabytes = deflated_repeat(SHEET, HEAD + b'<row r="1"><c><v>', b"9", 4000 << 20, b"</v></c></row>" + FOOT)
    elements = deflated_repeat(SHEET, HEAD.replace(b"<sheetData>", b"<x>"), b"<y/>", 30 << 20,
                               b"</x><sheetData/></worksheet>")
    strings = deflated_repeat("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">'.encode(), b"<si><t>ab</t></si>",
                              60 << 20, b"</sst>")
    huge_strings = deflated_repeat("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}"><si><t>'.encode(),
                                   "я".encode() * 16, 200 << 20, b"</t></si></sst>")
    many_short = deflated_repeat("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">'.encode(),
                                 f"<si><t>{chr(0x1D538) * 100}</t></si>".encode(), 200 << 20, b"</sst>")
    empty_row = sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    styles = deflated_repeat("xl/styles.xml", f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode(),
                             b'<xf numFmtId="0"/>', 15 << 20, b"</cellXfs></styleSheet>")
    rows_1e300 = sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row><row r="1e300"><c><v>1</v></c></row>')
    books = {
        "row_of_cells": (entries(row_of_cells), "import.xml_too_complex"),
        "long_text": (entries(long_text), "import.xml_too_complex"),
        "long_value": (entries(long_value), "import.xml_too_complex"),
        "gigabytes": (entries(gigabytes), "import.part_too_large"),
        "elements": (entries(elements), "import.xml_too_complex"),
        "strings_count": (entries(empty_row, strings=strings), "import.strings_limit"),
        "string_length": (entries(empty_row, strings=huge_strings), "import.xml_too_complex"),
        "strings_chars": (entries(empty_row, strings=many_short), "import.part_too_large"),
        "styles": (entries(sheet_xml(""), styles=styles), "import.xml_too_complex"),
        "row_1e300": (entries(rows_1e300), "import.row_number"),
    }
    return {name: (write(folder / f"{name}.xlsx", parts), code) for name, (parts, code) in books.items()}


CHILD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    {peak}
    from pathlib import Path
    from fieldapp.services import sheets
    out = {{}}
    for name, path in json.loads(sys.argv[1]).items():
        try:
            with sheets.open_first_sheet(Path(path)) as sheet:
                for _ in sheet.rows():
                    pass
            code = "read"
        except sheets.ImportRefused as exc:
            code = exc.problems[0].code
        except MemoryError:
            code = "MemoryError"
        out[name] = [code, peak()]
    print(json.dumps(out))
""")


@pytest.mark.slow
def test_bombs_are_refused_within_300_mb(tmp_path: Path) -> None:
    bombs = _bombs(tmp_path)
    sizes = {name: path.stat().st_size for name, (path, _) in bombs.items()}
    assert sizes["row_of_cells"] < 50_000 and sizes["row_1e300"] < 6_000 and max(sizes.values()) < 5_000_000, sizes
    done = subprocess.run([sys.executable, "-c", CHILD.format(peak=PEAK, limit=ADDRESS_SPACE),
                           json.dumps({name: str(path) for name, (path, _) in bombs.items()})],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert {name: code for name, (code, _) in seen.items()} == {name: code for name, (_, code) in bombs.items()}
    peak = max(mb for _, mb in seen.values())
    assert peak < MEMORY_LIMIT_MB, seen


FAST_CHILD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    {peak}
    from pathlib import Path
    from fieldapp.services import sheets
    with sheets.open_first_sheet(Path(sys.argv[1])) as sheet:
        rows = sum(1 for _ in sheet.rows())
        fast = sheet.fast is not None  # still: calamine read it (on its error the streaming reader takes over)
    print(json.dumps([fast, rows, peak()]))
""")


def _near_the_budget(folder: Path) -> dict[str, Path]:
    """Sheets the fast reader takes (a scan shows them plain, and their estimate is below its budget) that make
    calamine hold as much as they can: many cells, the rectangle, copies of a long shared text, long inline texts."""
    corner = sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row><row r="99999"><c r="Z99999"><v>2</v></c></row>')
    cells = "".join(f'<row r="{n}">' + "".join(f'<c r="{c}{n}" t="s"><v>0</v></c>' for c in "ABCDEFGHIJKLMNOPQRST")
                    + "</row>" for n in range(1, 81))
    texts = f'<sst xmlns="{MAIN}"><si><t>{"я" * 32_767}</t></si></sst>'
    inline = "".join(f'<row r="{n}">' + "".join(f'<c r="{c}{n}" t="inlineStr"><is><t>{chr(0x1D538) * 8_000}</t>'
                                                f"</is></c>" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "</row>"
                     for n in range(1, 31))
    many = "".join(f'<row r="{n}">' + "".join(f'<c r="{c}{n}"><v>{n}</v></c>' for c in "ABCDEFGHIJKLMNOPQRSTUVWXY")
                   + "</row>" for n in range(1, 40_001))
    return {
        "cells": write(folder / "cells.xlsx", entries(sheet_xml(many))),  # a million numbers
        "rectangle": write(folder / "rectangle.xlsx", entries(corner)),
        "copies": write(folder / "copies.xlsx", entries(sheet_xml(cells), strings=texts)),
        "inline": write(folder / "inline.xlsx", entries(Entry(SHEET, HEAD + inline.encode() + FOOT))),
    }


@pytest.mark.slow
def test_what_calamine_is_given_stays_within_300_mb(tmp_path: Path) -> None:
    """calamine holds a whole sheet, with a copy of a shared text in every cell that shows it, and cannot be
    stopped: the sheets it is given are those whose scan bounds that, and the worst of them stay below 300 MB."""
    from fieldapp.services.xlsx_fast import FAST_BUDGET

    for name, path in _near_the_budget(tmp_path).items():
        with open_first_sheet(path) as sheet:
            assert sheet.fast is not None and sheet.fast.estimate > FAST_BUDGET // 3, (name, sheet.fast)
        done = subprocess.run([sys.executable, "-c", FAST_CHILD.format(peak=PEAK, limit=ADDRESS_SPACE), str(path)],
                              capture_output=True, text=True, timeout=300, cwd=ROOT)
        assert done.returncode == 0, (name, done.stderr[-2000:])
        fast, rows, peak = json.loads(done.stdout)
        assert fast and rows > 0, name
        assert peak < MEMORY_LIMIT_MB, (name, peak)


def _digest(home: Path, db: Path) -> str:
    done, _ = bounded_cli(home, "sync", "digest", db)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("command", ["journal", "kato"])
def test_the_imports_refuse_a_row_1e300_and_a_cell_bomb_with_one_error_line(tmp_path: Path, command: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "office.db"
    open_database(db, create=True).close()
    before, bytes_before = _digest(home, db), hashlib.sha256(db.read_bytes()).hexdigest()
    headers = [c.ru for c in COLUMNS] if command == "journal" else KATO_HEADER
    header = "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in headers)
    looping = workbook(tmp_path / "row1e300.xlsx", f'<row r="1">{header}</row>'
                                                   '<row r="1e300"><c r="A1"><v>1</v></c></row>')
    bomb = write(tmp_path / "cells.xlsx", entries(deflated_repeat(SHEET, HEAD + b'<row r="1">', b"<c/>", 85 << 20,
                                                                  b"</row>" + FOOT)))  # 83 KB
    duplicate = write(tmp_path / "twice.xlsx", [*entries(sheet_xml("")), deflated(SHEET, sheet_xml("").encode())])
    expected = {looping: "не номер строки", bomb: "после распаковки больше 32 МБ",
                duplicate: "в файле две записи «xl/worksheets/sheet1.xml»"}
    for path, text in expected.items():
        done, peak = bounded_cli(home, "import", command, db, path, timeout=120)
        assert done.returncode == 1, (done.stdout, done.stderr)
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and path.name in errors[0] and text in errors[0], done.stderr
        assert peak < MEMORY_LIMIT_MB, (path.name, peak)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == bytes_before
    assert _digest(home, db) == before


# --- fuzzing a genuine workbook --------------------------------------------------------------------------------------


FUZZ = textwrap.dedent("""
    import io, resource, sys, tempfile, zipfile
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    {peak}
    from pathlib import Path
    from hypothesis import HealthCheck, given, settings, strategies as st
    from fieldapp.services.context import Context
    from fieldapp.services.journal import import_journal
    from fieldapp.services.sheets import ImportRefused
    from fieldapp.storage.database import open_database

    genuine = Path(sys.argv[1]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(genuine)) as source:
        parts = {{info.filename: source.read(info) for info in source.infolist()}}
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "fuzz.db", create=True)
    ctx = Context(db=db, blobs=folder / "blobs")
    outcomes = {{"read": 0, "refused": 0}}

    def mutate(draw, data):
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            kind = draw(st.sampled_from(["flip", "byte", "cut", "insert", "copy"]))
            at = draw(st.integers(0, max(0, len(data) - 1)))
            if kind == "flip" and data:
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif kind == "byte" and data:
                data[at] = draw(st.integers(0, 255))
            elif kind == "cut":
                del data[at:at + draw(st.integers(1, 64))]
            elif kind == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=16) | st.sampled_from(
                    [b"<row r=\\"1e300\\">", b"<c r=\\"XFE1\\"/>", b"<!DOCTYPE x>", b"<si><t>a</t></si>",
                     b"<c/>" * 20_000, b"&amp;", b"</row>", b"<row>"]))
            elif data:
                start = draw(st.integers(0, len(data) - 1))
                data[at:at] = data[start:start + draw(st.integers(1, 256))]
        return bytes(data)

    @st.composite
    def mutated(draw):
        if draw(st.booleans()):  # the file's bytes: its ZIP structure, deflate streams, CRCs
            return mutate(draw, genuine) or b"PK"
        name = draw(st.sampled_from(sorted(parts)))  # one part's XML, zipped again: the readers behind the ZIP
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for part, data in parts.items():
                zf.writestr(part, mutate(draw, data) if part == name else data)
        return out.getvalue()

    @settings(max_examples={examples}, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutated())
    def fuzz(data):
        path = folder / "fuzzed.xlsx"
        path.write_bytes(data)
        try:
            import_journal(ctx, path, dry_run=True)
            outcomes["read"] += 1
        except ImportRefused:
            outcomes["refused"] += 1

    fuzz()
    db.close()
    print(outcomes["read"], outcomes["refused"], peak())
""")


@pytest.mark.slow
def test_a_mutated_workbook_is_read_or_refused_never_a_crash(tmp_path: Path) -> None:
    genuine = tmp_path / "journal.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([c.ru for c in COLUMNS])
    for n in range(12):
        ws.append(["", "02.03.2025", "Жамбылский район", "Аса", f"Синтетикова Айгерим {n}", "", "+77010000001",
                   "пенсионер", "заявление", "водоснабжение", "Нет воды", "разъяснено", "", ""])
    wb.save(genuine)
    child = FUZZ.format(peak=PEAK, limit=ADDRESS_SPACE, examples=200)
    done = subprocess.run([sys.executable, "-c", child, str(genuine)], capture_output=True, text=True, timeout=900,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    read, refused, peak = map(int, done.stdout.split())
    assert read + refused >= 200 and refused > 0 and read > 0
    assert peak < MEMORY_LIMIT_MB, peak


# --- a file of nothing but bad rows --------------------------------------------------------------------------------


def _bad_rows_journal(path: Path, rows: int) -> Path:
    """A journal as a person fills it, every row with an IIN whose check digit is wrong."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([c.ru for c in COLUMNS])
    for n in range(rows):
        sheet.append([n + 1, "02.03.2026", "Жамбылский район", "с. Аса", f"Жителев Житель {n}", "900101300015",
                      "", "", "заявление", "", "вопрос", "разъяснено", "", ""])
    book.save(path)
    return path


@pytest.mark.parametrize("importer", ["journal", "kato"])
def test_a_file_of_bad_rows_stops_at_the_problem_limit(ctx: Context, tmp_path: Path, importer: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A small workbook of many bad rows is refused with the first MAX_PROBLEMS problems and a line that says
    reading stopped — not a problem record per cell, which took 1.4 GB for a 400 KB file."""
    from fieldapp.services.kato import import_kato

    monkeypatch.setattr(sheets, "MAX_PROBLEMS", 40)
    if importer == "journal":
        path = _bad_rows_journal(tmp_path / "j.xlsx", 300)
        run = lambda: import_journal(ctx, path, dry_run=True)  # noqa: E731
    else:
        book = openpyxl.Workbook()
        book.active.append(KATO_HEADER)
        for n in range(300):
            book.active.append(["31X4", "31", "00", "00", "000", "", f"ауыл {n}", f"село {n}", ""])
        path = tmp_path / "kato.xlsx"
        book.save(path)
        run = lambda: import_kato(ctx, path)  # noqa: E731
    with pytest.raises(ImportRefused) as caught:
        run()
    problems = caught.value.problems
    assert len(problems) == 41 and problems[-1].code == "import.too_many_problems"
    assert "40" in problems[-1].text("en") and all(p.row for p in problems[:-1])
