"""The Excel writer: a write-only workbook (summary with a chart, then one sheet per table) with typed cells, a styled
and frozen header, autofilter, column widths set before the first row, and totals stored as values.

Why values and not SUM formulas: openpyxl writes a formula without its cached result, and every reader that does not
recalculate — pandas, python-calamine, mail and messenger previews, openpyxl's own data_only — sees such a total as
empty. The totals are the indicator builder's figures; a test checks that each equals the sum of its lines."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from fieldapp.reports import model as m

__all__ = ["DATETIME_FORMAT", "DATE_FORMAT", "Check", "render_xlsx", "sheet_title"]

Check = Callable[[int, int], None]

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
# Tab, line feed and carriage return are allowed in a cell; the other control characters are not.
_CONTROL = {c: " " for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
_MAX_TEXT = 32_767  # Excel's limit of one cell

_HEAD_FONT = Font(bold=True, color="1F2933")
_HEAD_FILL = PatternFill("solid", fgColor="E4E9F0")
_HEAD_BORDER = Border(bottom=Side(style="thin", color="9AA5B1"))
_HEAD_ALIGN = Alignment(wrap_text=True, vertical="top")
_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name (≤ 31 characters, none of []:*?/\\)."""
    base = _SHEET_BAD.sub(" ", name).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


class _Cells:
    """Typed cells of one sheet. Styled cells are reused column by column: the write-only writer serialises each
    cell as soon as it is yielded, so one styled object per column is enough (and far cheaper than one per row)."""

    def __init__(self, ws: Any, columns: tuple[m.Column, ...]) -> None:
        self.ws = ws
        self.kinds = [c.kind for c in columns]
        self.styled: list[WriteOnlyCell | None] = []
        for c in columns:
            if c.kind in ("date", "datetime") or (c.kind == "float" and c.number_format):
                cell = WriteOnlyCell(ws)
                cell.number_format = c.number_format or (DATE_FORMAT if c.kind == "date" else DATETIME_FORMAT)
                self.styled.append(cell)
            else:
                self.styled.append(None)

    def row(self, values: m.Row) -> list[Any]:
        out: list[Any] = []
        append = out.append
        for value, styled in zip(values, self.styled, strict=True):
            if value is None or value == "":
                append(None)
            elif value.__class__ is str:
                append(self.text(value))
            elif styled is not None:
                styled.value = value
                append(styled)
            else:
                append(value)
        return out

    def text(self, value: str) -> Any:
        if not value.isprintable():
            value = value.translate(_CONTROL)  # control characters make the sheet XML invalid
        if len(value) > _MAX_TEXT:
            value = value[:_MAX_TEXT]
        if value[0] == "=":
            # A resident's text that starts with "=" must stay text, never become a formula Excel would run.
            cell = WriteOnlyCell(self.ws, value=value)
            cell.data_type = "s"
            return cell
        return value


def _header(ws: Any, headers: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.border, cell.alignment = _HEAD_FONT, _HEAD_FILL, _HEAD_BORDER, _HEAD_ALIGN
        cells.append(cell)
    return cells


def _bold(ws: Any, value: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = _BOLD
    return cell


def _widths(ws: Any, widths: list[float]) -> None:
    # Write-only sheets keep column widths only when they are set before the first row is written.
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def _totals_row(ws: Any, table: m.Table, sums: list[int | float]) -> list[Any]:
    """The totals line: the label, and under each column marked `total` the table's total as a value (the sum of
    the lines written, `sums`, where the table gives none)."""
    totals = table.totals or ()
    label = totals[0] if totals else ""
    row: list[Any] = [_bold(ws, label)]
    for i, col in enumerate(table.columns[1:], start=1):
        if col.total:
            given = totals[i] if i < len(totals) else None
            row.append(_bold(ws, given if isinstance(given, int | float) else sums[i]))
        else:
            row.append(None)
    return row


def _add(sums: list[int | float], totalled: list[int], values: m.Row) -> None:
    for i in totalled:
        value = values[i]
        if isinstance(value, int | float) and not isinstance(value, bool):
            sums[i] += value


def write_table_sheet(wb: Workbook, table: m.Table, taken: set[str], check: Check | None = None) -> int:
    """One sheet per table: header in row 1 (styled, frozen, filtered), typed lines, a totals line. Returns the
    number of lines written."""
    ws = wb.create_sheet(sheet_title(table.sheet, taken))
    _widths(ws, [c.width for c in table.columns])
    ws.freeze_panes = "A2"
    ws.append(_header(ws, [c.header for c in table.columns]))
    cells = _Cells(ws, table.columns)
    if check is not None:
        check(0, table.count)
    n = 0
    sums: list[int | float] = [0] * len(table.columns)
    totalled = [i for i, c in enumerate(table.columns) if c.total]
    for values in table.rows():
        ws.append(cells.row(values))
        if totalled:
            _add(sums, totalled, values)
        n += 1
        if check is not None and n % 2000 == 0:
            check(n, table.count)
    last_col = get_column_letter(len(table.columns))
    # The filter range is written after the rows (it sits at the end of the sheet XML), so it can be exact.
    ws.auto_filter.ref = f"A1:{last_col}{n + 1}"
    if table.totals is not None:
        ws.append(_totals_row(ws, table, sums))
    return n


def _write_summary(wb: Workbook, report: m.Report, taken: set[str], sheet_name: str) -> None:
    summary = report.summary
    ws = wb.create_sheet(sheet_title(sheet_name, taken))
    widths = [44.0, 14.0, 14.0, 14.0, 14.0, 14.0, 14.0, 14.0]
    breakdown = summary.breakdown
    if breakdown is not None:
        widths = [max(44.0, breakdown.columns[0].width)] + [max(12.0, c.width) for c in breakdown.columns[1:]]
    _widths(ws, widths)
    ws.freeze_panes = "A2"
    title = WriteOnlyCell(ws, value=report.title)
    title.font = _TITLE_FONT
    ws.append([title])
    row = 1
    for label, value in report.facts:
        ws.append([_bold(ws, label), value])
        row += 1
    ws.append([])
    ws.append(_header(ws, [summary.indicators.title, ""]))
    row += 2
    for item in summary.indicators.items:
        ws.append([item.label, item.value])
        row += 1
    if breakdown is None:
        return
    ws.append([])
    heading = WriteOnlyCell(ws, value=breakdown.title)
    heading.font = _BOLD
    ws.append([heading])
    ws.append(_header(ws, [c.header for c in breakdown.columns]))
    row += 3
    header_row = row
    cells = _Cells(ws, breakdown.columns)
    sums: list[int | float] = [0] * len(breakdown.columns)
    totalled = [i for i, c in enumerate(breakdown.columns) if c.total]
    for values in breakdown.rows():
        ws.append(cells.row(values))
        _add(sums, totalled, values)
        row += 1
    if breakdown.totals is not None:
        ws.append(_totals_row(ws, breakdown, sums))
    if summary.chart_columns and row > header_row:
        chart = BarChart()
        chart.type = "bar"
        chart.title = summary.chart_title or breakdown.title
        chart.style = 10
        chart.height, chart.width = max(7.5, 0.9 * (row - header_row) + 3), 18
        for col in summary.chart_columns:
            data = Reference(ws, min_col=col + 1, min_row=header_row, max_row=row)
            chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=row))
        chart.y_axis.scaling.min = 0  # bars start at zero, or the smallest would vanish
        chart.x_axis.scaling.orientation = "maxMin"  # the first district on top, as in the table
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        ws.add_chart(chart, f"{get_column_letter(len(widths) + 2)}2")


def render_xlsx(report: m.Report, out: BinaryIO, check: Check | None = None, summary_name: str = "Summary") -> None:
    """Write `report` as a workbook into `out`: the summary sheet first, then `report.sheets` in order."""
    wb = Workbook(write_only=True)
    taken: set[str] = set()
    _write_summary(wb, report, taken, summary_name)
    for table in report.sheets:
        write_table_sheet(wb, table, taken, check)
    wb.save(out)
