"""The sheet readers behind the imports: the same values as openpyxl's read-only rows for the kinds of cells Excel and
other writers produce (shared and inline strings, rich text, dates in the 1900 and the 1904 date systems, booleans,
errors, cached formula results, left-out rows and cells), merged ranges still found, and journals written that way
imported — whether calamine read the sheet (plain sheets: the fast reader) or the streaming reader did (any other)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldapp.services import sheets
from fieldapp.services.context import Context
from fieldapp.services.journal import COLUMNS, import_journal, preview_journal
from fieldapp.services.kato import import_kato
from fieldapp.services.sheets import ImportRefused, open_first_sheet

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def excel_like(path: Path, sheet_xml: str, strings: list[str] | None = None, *, date1904: bool = False,
               extra_sheet: bool = False, raw_strings: str | None = None) -> Path:
    """A workbook as Excel writes it (shared strings, a styles part with date formats), built part by part.

    Styles: 0 General, 1 a built-in date (14), 2 a custom date dd.mm.yyyy (164), 3 text (@), 4 a duration [h]:mm."""
    strings = strings or []
    flag = ' date1904="1"' if date1904 else ""
    sst = raw_strings if raw_strings is not None else "".join(
        f'<si><t xml:space="preserve">{_xml_text(s)}</t></si>' for s in strings)
    sheets = '<sheet name="Журнал" sheetId="1" r:id="rId1"/>'
    rels = f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    overrides = f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SHEET_TYPE}"/>'
    if extra_sheet:
        sheets += '<sheet name="Списки" sheetId="2" r:id="rId4"/>'
        rels += f'<Relationship Id="rId4" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        overrides += f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{SHEET_TYPE}"/>'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}"
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            f"<workbookPr{flag}/><sheets>{sheets}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{rels}'
            f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
            '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>'
            '<numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
        ),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}">{sst}</sst>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
            f'<dimension ref="A1"/>{sheet_xml}</worksheet>'
        ),
    }
    if extra_sheet:
        parts["xl/worksheets/sheet2.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>список</t></is></c></row></sheetData></worksheet>'
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return path


def openpyxl_rows(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    """What the import read before it streamed the XML itself: openpyxl's read-only values."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        return [(n, tuple(r)) for n, r in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        wb.close()


def streamed_rows(path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    with open_first_sheet(path) as sheet:
        return list(sheet.rows())


RICH = (
    '<si><t>Жамбылский район</t></si>'
    '<si><r><rPr><b/></rPr><t>Аса</t></r><r><t xml:space="preserve"> (село)</t></r></si>'
    '<si><t>Сарыкемер</t><rPh sb="0" eb="1"><t>фонетика</t></rPh></si>'
    '<si><t>a_x005F_x000D_b</t></si>'
    '<si><t/></si>'
    '<si><t xml:space="preserve">  пробелы  </t></si>'
)
ODD_SHEET = (
    '<sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>'
    '<row r="2"><c r="A2" s="1"><v>46083</v></c><c r="B2" s="2"><v>46083.5</v></c><c r="C2" s="3"><v>920101300123</v>'
    '</c><c r="D2"><v>1.5E3</v></c><c r="E2" s="4"><v>1.25</v></c><c r="F2" s="1"><v>0.25</v></c></row>'
    '<row r="4"><c r="B4" t="b"><v>1</v></c><c r="D4" t="e"><v>#N/A</v></c>'
    '<c r="E4" t="str"><f>A1&amp;"!"</f><v>вычислено</v></c><c r="F4"><f>1+1</f></c></row>'
    '<row r="5" spans="1:3"><c t="inlineStr"><is><t>без ссылки</t></is></c><c><v>7</v></c>'
    '<c r="E5" t="d"><v>2026-03-02T00:00:00</v></c><c r="F5"><v></v></c></row>'
    '<row r="6"/>'
    '<row><c r="C7" t="inlineStr"><is><r><t>бо</t></r><r><t>гатый</t></r></is></c></row>'
    '<row r="9"><c r="D9" t="inlineStr"><is><t>после</t></is></c><c r="B9"><v>3</v></c></row>'
    '<row r="8"><c r="A8"><v>4</v></c></row>'
    '<row r="10"><c r="A10" t="inlineStr"><is/></c><c r="B10" t="inlineStr"/><c r="C10" s="0"><v>-2</v></c></row>'
    '</sheetData>'
    '<mergeCells count="2"><mergeCell ref="B12:C12"/><mergeCell ref="D13:D14"/></mergeCells>'
)


@pytest.mark.parametrize("date1904", [False, True])
def test_the_streamed_rows_are_openpyxls_read_only_values(tmp_path: Path, date1904: bool) -> None:
    path = excel_like(tmp_path / "odd.xlsx", ODD_SHEET, raw_strings=RICH, date1904=date1904)
    rows = streamed_rows(path)
    assert rows == openpyxl_rows(path)
    # And what they are, spelled out: dates in the workbook's date system, the rest as written.
    first = datetime(2026, 3, 2) + timedelta(days=1462 if date1904 else 0)  # 1904 counts from 1 Jan 1904
    assert rows[0][1] == ("Жамбылский район", "Аса (село)", "Сарыкемер", "a_x000D_b", "", "  пробелы  ")
    assert rows[1][1][:4] == (first, first.replace(hour=12), 920101300123, 1500.0)
    assert rows[2] == (3, ())
    assert rows[3][1] == (None, True, None, "#N/A", "вычислено", None)
    assert rows[4][1] == ("без ссылки", 7, None, None, datetime(2026, 3, 2), None)
    assert rows[5] == (6, ())
    assert rows[6][1] == (None, None, "богатый")
    assert rows[7] == (8, ())  # row 8, written after row 9, is skipped like openpyxl does
    assert rows[8][1] == (None, 3)  # as wide as its last cell, as openpyxl reads it
    assert [n for n, _ in rows] == list(range(1, 11))
    assert rows[9][1] == ("", None, -2)
    with open_first_sheet(path) as sheet:
        assert sheet.merged == ("B12:C12", "D13:D14")
        assert not sheet.looks_empty()


def test_a_workbook_written_by_openpyxl_reads_the_same(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["текст", 12, 3.5, datetime(2026, 1, 2), date(2026, 1, 3), True, None, "=1+1", "конец"])
    ws.append([])
    ws.cell(row=3, column=4, value="одна ячейка")
    ws.cell(row=5, column=2, value=datetime(2026, 2, 1, 9, 30))
    wb.create_sheet("Второй").append(["x"])
    wb.save(tmp_path / "o.xlsx")
    assert streamed_rows(tmp_path / "o.xlsx") == openpyxl_rows(tmp_path / "o.xlsx")


def test_merged_ranges_are_found_past_the_pieces_the_sheet_is_scanned_in(tmp_path: Path) -> None:
    # Enough rows that the XML is scanned in several pieces and a range may fall on a boundary between them.
    body = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{"ж" * 40} {n}</t></is></c></row>'
                   for n in range(1, 30001))
    merges = "".join(f'<mergeCell ref="A{n}:B{n}"/>' for n in range(2, 1000, 7))
    path = excel_like(tmp_path / "big.xlsx", f'<sheetData>{body}</sheetData><mergeCells>{merges}</mergeCells>')
    with open_first_sheet(path) as sheet:
        assert sheet.merged == tuple(f"A{n}:B{n}" for n in range(2, 1000, 7))


def _journal_sheet(rows: list[list[tuple[str, str]]]) -> str:
    """Rows of (kind, value) cells: s = shared string index, d = date serial with a date style, n = number."""
    out = []
    for r, cells in enumerate(rows, start=1):
        xml = []
        for c, (kind, value) in enumerate(cells):
            ref = f"{'ABCDEFGHIJKLMN'[c]}{r}"
            if kind == "s":
                xml.append(f'<c r="{ref}" t="s"><v>{value}</v></c>')
            elif kind == "d":
                xml.append(f'<c r="{ref}" s="2"><v>{value}</v></c>')
            elif kind == "n":
                xml.append(f'<c r="{ref}"><v>{value}</v></c>')
        out.append(f'<row r="{r}">{"".join(xml)}</row>')
    return f"<sheetData>{''.join(out)}</sheetData>"


@pytest.mark.parametrize(("date1904", "serial"), [(False, 46083), (True, 44621)])
def test_an_excel_journal_with_shared_strings_and_date_serials_imports(
    ctx: Context, tmp_path: Path, date1904: bool, serial: int
) -> None:
    # 2 March 2026 is serial 46083 in the 1900 date system and 44621 in the 1904 one.
    values = ["Жамбылский район", "Аса", "Синтетикова Айгерим", "заявление", "водоснабжение", "Нет воды",
              "разъяснено"]
    strings = [c.ru for c in COLUMNS] + values
    at = {v: str(strings.index(v)) for v in values}
    header = [("s", str(i)) for i in range(len(COLUMNS))]
    body = [("n", "1"), ("d", str(serial)), ("s", at["Жамбылский район"]), ("s", at["Аса"]),
            ("s", at["Синтетикова Айгерим"]), ("", ""), ("", ""), ("", ""), ("s", at["заявление"]),
            ("s", at["водоснабжение"]), ("s", at["Нет воды"]), ("s", at["разъяснено"])]
    path = excel_like(tmp_path / "Журнал.xlsx", _journal_sheet([header, body]), strings, date1904=date1904,
                      extra_sheet=True)
    preview = preview_journal(ctx, path)
    assert preview.ok, [p.message() for p in preview.problems]
    assert preview.other_sheets == ("Списки",)
    (only,) = preview.rows
    assert (only.day, only.settlement, only.essence) == (date(2026, 3, 2), "Аса", "Нет воды")
    assert import_journal(ctx, path).imported == 1


def test_merged_cells_in_an_excel_journal_are_refused_with_their_place(ctx: Context, tmp_path: Path) -> None:
    header = [("s", str(i)) for i in range(len(COLUMNS))]
    sheet = _journal_sheet([header]).replace(
        "</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"E2:E4\"/></mergeCells>")
    path = excel_like(tmp_path / "j.xlsx", sheet, [c.ru for c in COLUMNS])
    with pytest.raises(ImportRefused) as refused:
        import_journal(ctx, path)
    (problem,) = refused.value.problems
    assert (problem.row, problem.column, problem.code) == (2, "E", "import.merged")


def test_a_sheet_whose_xml_breaks_off_is_refused_as_damaged(ctx: Context, tmp_path: Path) -> None:
    header = [("s", str(i)) for i in range(len(COLUMNS))]
    path = excel_like(tmp_path / "j.xlsx", _journal_sheet([header]).replace("</sheetData>", "<row r=\"2\"><c"),
                      [c.ru for c in COLUMNS])
    with pytest.raises(ImportRefused) as refused:
        import_journal(ctx, path)
    assert refused.value.problems[0].code == "import.damaged"


@pytest.mark.parametrize("index", ["999", "-1"])
def test_a_cell_pointing_past_the_shared_strings_is_refused_as_damaged(
    ctx: Context, tmp_path: Path, index: str
) -> None:
    # -1 would quietly read the last string of the table: a damaged file, not a value.
    header = [("s", str(i)) for i in range(len(COLUMNS))]
    path = excel_like(tmp_path / "j.xlsx", _journal_sheet([header, [("s", index)] * len(COLUMNS)]),
                      [c.ru for c in COLUMNS])
    for importer in (import_journal, import_kato):
        with pytest.raises(ImportRefused) as refused:
            importer(ctx, path)
        assert [p.code for p in refused.value.problems] == ["import.damaged"]


def test_row_identities_and_reception_ids_are_those_earlier_imports_gave(ctx: Context, tmp_path: Path) -> None:
    # Pinned from the import as it was before its reader and checks were made faster: a journal imported then is
    # recognised now (no duplicates), on this laptop and through sync on another.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([c.ru for c in COLUMNS])
    ws.append(["", "02.03.2026", "Жамбылский район", "Аса", "Синтетикова Айгерим", "921029350851",
               "+7 701 000 00 01", "пенсионер", "заявление", "водоснабжение", "Нет воды на улице Школьной",
               "разъяснено", "", ""])
    twice = ["", datetime(2026, 2, 27), "Байзакский  район", "«Сарыкемер»", "Иванов Ёжик", None, None, None, "жалоба",
             "дороги и транспорт", "Яма", "взято на контроль", "Акимат района", None]
    ws.append(twice)
    ws.append(twice)
    wb.save(tmp_path / "j.xlsx")
    assert [r.identity for r in preview_journal(ctx, tmp_path / "j.xlsx").rows] == [
        "814ac3b425d8ba7cbf489ebf785b064dcab8fd5e76469b0fd10d7de59f703ed0",
        "fdf3a293513065863e326658e848c8a92881a050a4c49c7218485ab09b815197",
        "fdf3a293513065863e326658e848c8a92881a050a4c49c7218485ab09b815197#2",
    ]
    assert import_journal(ctx, tmp_path / "j.xlsx").reception_ids == (
        "019cabd8-3800-7bf2-8891-8f9470574a5d", "019c9c65-2400-7865-a7f8-ee518aab8326",
        "019c9c65-2400-7ae0-8ab6-e1bc7144fc88",
    )
    assert import_journal(ctx, tmp_path / "j.xlsx").already_present == 3


# --- which reader reads a sheet ---------------------------------------------------------------------------------


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, list[Any], list[Any]]:
    """(whether calamine read the sheet, its rows, the streaming reader's rows of the same sheet)."""
    with open_first_sheet(path) as sheet:
        fast, rows = sheet.fast is not None, list(sheet.rows())
    with monkeypatch.context() as patched:
        patched.setattr(sheets, "survey", lambda *args: None)
        return fast, rows, streamed_rows(path)


def _trimmed(rows: list[tuple[int, tuple[Any, ...]]]) -> list[tuple[int, tuple[Any, ...]]]:
    """Rows as wide as their last cell holding a value: calamine does not tell a cell left empty from none."""
    out = []
    for number, values in rows:
        cut = len(values)
        while cut and values[cut - 1] is None:
            cut -= 1
        out.append((number, values[:cut]))
    return out


def test_plain_workbooks_are_read_by_calamine_with_the_streaming_readers_values(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["№", "Дата", "ИИН", "Телефон", "Сумма", "Да", "Время"])
    ws.append([1, datetime(2026, 3, 2), "021029350851", "+7 701 000 00 01", 2.5, True, datetime(2026, 3, 2, 9, 30)])
    ws.append([2, date(2026, 3, 3), 921029350851, 87010000001, -3, False, None])
    ws.append([])
    ws.cell(row=6, column=3, value="после пропуска")
    ws.merge_cells("E8:F9")
    wb.create_sheet("Списки").append(["x"])
    wb.save(tmp_path / "o.xlsx")
    fast, rows, streamed = _both(tmp_path / "o.xlsx", monkeypatch)
    assert fast
    assert rows == _trimmed(streamed) == _trimmed(openpyxl_rows(tmp_path / "o.xlsx"))
    assert [n for n, _ in rows] == list(range(1, 10))  # to the last row written, E8:F9's empty cells
    assert rows[1][1][:3] == (1, datetime(2026, 3, 2), "021029350851")  # an IIN typed as text keeps its zero
    assert rows[2][1][2] == 921029350851 and rows[3] == (4, ()) and rows[5] == (6, (None, None, "после пропуска"))
    with open_first_sheet(tmp_path / "o.xlsx") as sheet:
        assert sheet.merged == ("E8:F9",) and sheet.other_sheets == ("Списки",)


@pytest.mark.parametrize("date1904", [False, True])
def test_an_excel_journal_is_read_by_calamine_with_its_dates_and_shared_texts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date1904: bool) -> None:
    strings = [c.ru for c in COLUMNS] + ["Жамбылский район", "", "  пробелы  "]
    rows = [[("s", str(i)) for i in range(len(COLUMNS))],
            [("n", "1"), ("d", "46083"), ("s", str(len(COLUMNS))), ("s", str(len(COLUMNS) + 1)), ("n", "1.5E3"),
             ("n", "920101300123"), ("s", str(len(COLUMNS) + 2))]]
    path = excel_like(tmp_path / "j.xlsx", _journal_sheet(rows), strings, date1904=date1904)
    fast, read, streamed = _both(path, monkeypatch)
    assert fast
    # An empty text and an empty cell are alike to calamine: both None here (the imports take "" and None alike).
    assert read[1][1] == (1, datetime(2030 if date1904 else 2026, 3, 3 if date1904 else 2), "Жамбылский район",
                          None, 1500, 920101300123, "  пробелы  ")
    assert read[0] == streamed[0] and read[1][1] == tuple(None if v == "" else v for v in streamed[1][1])


@pytest.mark.parametrize("rows", [
    '<row r="1"><c r="A1" t="e"><v>#N/A</v></c></row>',  # calamine reads an error as empty: the imports name it
    '<row r="1"><c t="inlineStr"><is><t>без ссылки</t></is></c></row>',
    '<row><c r="A1"><v>1</v></c></row>',
    '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>',
    '<row r="1"><c r="A1" r="XFD1048576"><v>1</v></c></row>',  # calamine would take the second reference
    '<row r="1"><!-- <c r="A1"> --><c><v>1</v></c></row>',  # a reference in a comment to count for a cell without
    '<row r="1"><c r=\'A1\' t=\'s\'><v>0</v></c></row>',
    '<row r="1"><c r="A1" t="s"><v>-1</v></c></row>',  # calamine reads any index that is not a number as 0
    '<row r="1"><c r="A1" t="str"><v><![CDATA[x]]></v></c></row>',
    '<row r="1"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="A1"><x:v>1</x:v></x:c>'
    '</row>',
    '<row r="1"><c r="A1"><v>1</v></c><unknown/></row>',  # markup the streaming reader counts against its limits
    '<row r="1"><c r="A1" t="inlineStr"><is><r><t>бо</t></r><r><t>гатый</t></r></is></c></row>',
])
def test_sheets_calamine_could_read_otherwise_are_left_to_the_streaming_reader(tmp_path: Path, rows: str) -> None:
    path = excel_like(tmp_path / "j.xlsx", f"<sheetData>{rows}</sheetData>", ["a"])
    with open_first_sheet(path) as sheet:
        assert sheet.fast is None


def test_a_sheet_calamine_would_hold_too_much_of_is_left_to_the_streaming_reader(tmp_path: Path) -> None:
    # Two cells, a rectangle from A1 to XFD900000: 15 billion cells for calamine.
    far = excel_like(tmp_path / "far.xlsx", '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
                                            '<row r="900000"><c r="XFD900000"><v>2</v></c></row></sheetData>')
    # A cell's own reference further down than its row says: calamine goes by the cell's.
    low = excel_like(tmp_path / "low.xlsx", '<sheetData><row r="1"><c r="A1"><v>1</v></c>'
                                            '<c r="Z1048576"><v>2</v></c></row></sheetData>')
    # 3,000 cells that each show a text of 32,767 characters: calamine copies it into every one (200 MB).
    long = excel_like(tmp_path / "long.xlsx", "<sheetData>" + "".join(
        f'<row r="{n}">' + "".join(f'<c r="{c}{n}" t="s"><v>0</v></c>' for c in "ABCDEFGHIJ") + "</row>"
        for n in range(1, 301)) + "</sheetData>", ["я" * 32_767])
    for path in (far, low, long):
        with open_first_sheet(path) as sheet:
            assert sheet.fast is None, path.name
            assert next(iter(sheet.rows()))[0] == 1


def test_a_sheet_in_a_wide_encoding_is_left_to_the_streaming_reader(tmp_path: Path) -> None:
    # UTF-16 hides every tag from a scan of bytes: the streaming reader's parser decodes it.
    plain = excel_like(tmp_path / "plain.xlsx", '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>')
    wide = tmp_path / "wide.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
            target.writestr(info.filename, data)
    with open_first_sheet(plain) as sheet:
        assert sheet.fast is not None and list(sheet.rows()) == [(1, (7,))]
    with open_first_sheet(wide) as sheet:
        assert sheet.fast is None and list(sheet.rows()) == [(1, (7,))]
