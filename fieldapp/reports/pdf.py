"""The PDF writer: A4 pages with a running head and "page X of Y", a title block, indicator tables, bar charts,
photos, control cards, the signature block; long tables are cut page by page so 10,000 rows stay linear."""

from __future__ import annotations

import io
import math
import zlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as _PlatypusTable

from fieldapp.reports import model as m
from fieldapp.reports.fonts import BOLD, COND, COND_BOLD, REGULAR, register_fonts
from fieldapp.reports.pdfa import make_pdfa

__all__ = ["Check", "PdfStyles", "cell_text", "render_pdf"]

Check = Callable[[int, int], None]  # check(done, total): progress, and raises to cancel


class RLTable(_PlatypusTable):  # type: ignore[misc]
    """ReportLab's table with the condensed DejaVu as its cells' base font. ReportLab sets a cell's font on the
    canvas before drawing it, even a cell that holds a Paragraph, and its default is Helvetica: an unembedded font
    in the file, which PDF/A forbids (pdfa.py)."""

    def __init__(self, data: Any, *args: Any, style: Any = None, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), COND)]))
        if style is not None:
            self.setStyle(style)

INK = colors.HexColor("#1F2933")
GREY = colors.HexColor("#616E7C")
RULE = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E4E9F0")
ZEBRA = colors.HexColor("#F5F7FA")
BAR = colors.HexColor("#3E6A9A")
ALERT = colors.HexColor("#B42318")
PAD = 2.5  # cell padding, points


def cell_text(value: m.Cell) -> str:
    """How a cell reads on paper: dates as ДД.ММ.ГГГГ, whole numbers without separators (they are searched)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class PdfStyles:
    """The one stylesheet of every report."""

    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
        self.title = ParagraphStyle("title", parent=self.body, fontName=BOLD, fontSize=15, leading=19,
                                    alignment=TA_CENTER, spaceAfter=4 * mm)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=BOLD, fontSize=11.5, leading=14,
                                 spaceBefore=5 * mm, spaceAfter=2 * mm)
        self.fact_label = ParagraphStyle("fact_label", parent=self.body, fontName=BOLD, textColor=GREY)
        self.cell = ParagraphStyle("cell", parent=self.body, fontName=COND, fontSize=8, leading=9.6)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=COND_BOLD, alignment=TA_LEFT)
        self.caption = ParagraphStyle("caption", parent=self.body, fontName=COND, fontSize=8, leading=10,
                                      textColor=GREY, alignment=TA_CENTER)
        self.press = ParagraphStyle("press", parent=self.body, fontSize=11, leading=16, firstLineIndent=8 * mm)
        self.card_title = ParagraphStyle("card", parent=self.body, fontName=BOLD, fontSize=10, leading=13)


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


# -- long tables ---------------------------------------------------------------------------------------------------


class _Cells:
    """Turns a model table's lines into ReportLab cells: a plain string when it fits its column (cheap to draw),
    a wrapping Paragraph otherwise; sizes the columns from their content; measures each line's height once."""

    def __init__(self, table: m.Table, width: float, styles: PdfStyles, sample: Sequence[Sequence[str]]) -> None:
        self.style = styles.cell
        self.font, self.size, self.leading = COND, styles.cell.fontSize, styles.cell.leading
        self.widths = self._layout(table.columns, sample, width)
        self.inner = [w - 2 * PAD for w in self.widths]
        self.right = [c.kind in ("int", "float") for c in table.columns]
        self.header = [Paragraph(escape(c.header), styles.head) for c in table.columns]
        self.header_height = self.measure(self.header)

    def _layout(self, columns: Sequence[m.Column], sample: Sequence[Sequence[str]], width: float) -> list[float]:
        """Column widths: short columns (numbers, dates, codes) get what their content needs, so they never break;
        the long text columns share the rest in proportion to their content, never narrower than their longest
        word (up to a limit) or a header word."""
        def w(text: str, font: str = COND) -> float:
            return float(stringWidth(text, font, self.size))

        natural, minimum, rigid = [], [], []
        for i, col in enumerate(columns):
            head_word = max((w(word, COND_BOLD) for word in col.header.split()), default=0.0)
            content, longest_word = 0.0, 0.0
            for row in sample:
                for line in row[i].split("\n"):
                    content = max(content, w(line))
                    if col.kind == "text" and len(line) > 12:
                        longest_word = max(longest_word, max((w(word) for word in line.split()), default=0.0))
                    else:
                        longest_word = max(longest_word, w(line))
            extra = 2 * PAD + 1.5
            natural.append(max(content, head_word) + extra)
            minimum.append(max(head_word, min(longest_word, 60.0)) + extra)
            rigid.append(col.kind != "text" or content <= 90.0)
        fixed = sum(n for n, r in zip(natural, rigid, strict=True) if r)
        room = width - fixed
        flex = [i for i, r in enumerate(rigid) if not r]
        out = [n if r else 0.0 for n, r in zip(natural, rigid, strict=True)]
        if not flex:
            return [x * width / sum(out) for x in out] if sum(out) else out
        want = sum(natural[i] for i in flex)
        floor = sum(minimum[i] for i in flex)
        if room >= want:
            for i in flex:
                out[i] = natural[i] + (room - want) * natural[i] / want
            return out
        if room < floor and room > 0.35 * width:
            # Not even the longest words fit: the long texts' columns shrink (a long word breaks), the short stay.
            for i in flex:
                out[i] = minimum[i] * room / floor
            return out
        if room < floor:
            total = fixed + floor
            return [(n if r else mn) * width / total for n, mn, r in zip(natural, minimum, rigid, strict=True)]
        # The long texts must wrap: they share the room as the report's column hints say, never below their
        # longest word, never beyond what they need; what one leaves unused goes to the others.
        hints = {i: columns[i].width for i in flex}
        for i in flex:
            out[i] = max(minimum[i], min(natural[i], room * hints[i] / sum(hints.values())))
        for _ in range(4):
            spare = room - sum(out[i] for i in flex)
            open_ = [i for i in flex if out[i] < natural[i]]
            if spare <= 0.5 or not open_:
                break
            weight = sum(hints[i] for i in open_)
            for i in open_:
                out[i] = min(natural[i], out[i] + spare * hints[i] / weight)
        over = sum(out[i] for i in flex) - room
        if over > 0.5:
            slack = {i: out[i] - minimum[i] for i in flex}
            total_slack = sum(slack.values()) or 1.0
            for i in flex:
                out[i] -= over * slack[i] / total_slack
        return out

    def row(self, texts: Sequence[str]) -> list[str]:
        """The cells of a line as plain strings, long ones broken into lines that fit their column.

        Table cells with line breaks are drawn line by line by the Table itself; a Paragraph per long cell would
        cost a markup parse and three layouts each, the bulk of the time on a journal of 10,000 receptions.
        """
        out: list[str] = []
        for text, inner in zip(texts, self.inner, strict=True):
            if "\n" not in text and stringWidth(text, self.font, self.size) <= inner:
                out.append(text)
            else:
                lines = [line for part in text.split("\n")
                         for line in (simpleSplit(part, self.font, self.size, inner) or [""])]
                out.append("\n".join(lines))
        return out

    def measure(self, cells: Sequence[Any]) -> float:
        lines = 1
        height = 0.0
        for cell, inner in zip(cells, self.inner, strict=True):
            if isinstance(cell, str):
                lines = max(lines, cell.count("\n") + 1)
            elif isinstance(cell, Flowable):
                height = max(height, float(cell.wrap(inner, 10_000)[1]))
        return float(max(height, lines * self.leading) + 2 * PAD)


class PagedTable(Flowable):  # type: ignore[misc]
    """A long table that fills each page with as many lines as fit and repeats its header there.

    ReportLab's own Table re-measures every remaining row at each page break (quadratic on a long journal); here
    each line is measured once and a page-sized Table is cut off at every split.
    """

    def __init__(self, cells: _Cells, rows: list[list[Any]], heights: list[float], totals: list[Any] | None,
                 start: int = 0) -> None:
        super().__init__()
        self.cells, self.rows, self.heights, self.totals, self.start = cells, rows, heights, totals, start

    def _height(self, end: int) -> float:
        body = sum(self.heights[self.start:end])
        tail = self.cells.measure(self.totals) if self.totals is not None and end == len(self.rows) else 0.0
        return self.cells.header_height + body + tail

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return sum(self.cells.widths), self._height(len(self.rows))

    def _table(self, end: int) -> RLTable:
        data: list[list[Any]] = [self.cells.header, *self.rows[self.start:end]]
        heights = [self.cells.header_height, *self.heights[self.start:end]]
        last = end == len(self.rows) and self.totals is not None
        if last and self.totals is not None:
            data.append(self.totals)
            heights.append(self.cells.measure(self.totals))
        cmds: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), COND, self.cells.size, self.cells.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ]
        cmds += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, right in enumerate(self.cells.right) if right]
        if last:
            cmds += [("FONT", (0, -1), (-1, -1), COND_BOLD, self.cells.size, self.cells.leading),
                     ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL)]
        return RLTable(data, colWidths=self.cells.widths, rowHeights=heights, style=TableStyle(cmds))

    def split(self, aW: float, aH: float) -> list[Flowable]:
        room = aH - self.cells.header_height
        end = self.start
        while end < len(self.rows) and room - self.heights[end] >= 0:
            room -= self.heights[end]
            end += 1
        if end == len(self.rows) and self.totals is not None and room < self.cells.measure(self.totals):
            end -= 1  # the totals line never stands alone on a page
        if end <= self.start:
            return []  # not even one line fits here: Platypus moves the table to the next page
        return [self._table(end), PagedTable(self.cells, self.rows, self.heights, self.totals, end)]

    def draw(self) -> None:
        table = self._table(len(self.rows))
        table.wrapOn(self.canv, *self.wrap(0, 0))
        table.drawOn(self.canv, 0, 0)


def table_flowables(table: m.Table, width: float, styles: PdfStyles, check: Check | None = None) -> list[Flowable]:
    """A model table as flowables: its title, then the paged table (or the text for an empty one)."""
    out: list[Flowable] = []
    if table.title:
        out.append(Paragraph(escape(table.title), styles.h2))
    if check is not None:
        check(0, table.count)
    texts: list[list[str]] = []
    for n, values in enumerate(table.rows(), start=1):
        texts.append([cell_text(v) for v in values])
        if check is not None and n % 200 == 0:
            check(n, table.count)
    if not texts:
        out.append(_para(table.empty_text or "—", styles.body))
        return out
    totals_text = [cell_text(v) for v in table.totals] if table.totals is not None else None
    # A sample sizes the columns: enough lines to see the long ones, few enough to stay quick on a big journal.
    cells = _Cells(table, width, styles, texts[:400] + ([totals_text] if totals_text else []))
    rows = [cells.row(t) for t in texts]
    heights = [cells.measure(r) for r in rows]
    totals = cells.row(totals_text) if totals_text is not None else None
    out.append(PagedTable(cells, rows, heights, totals))
    return out


# -- charts, photos, cards -----------------------------------------------------------------------------------------


def _step(top: int) -> int:
    """A round step for about five gridlines, never below 1 (the counts are whole numbers)."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return int(next(k * power for k in (1, 2, 5, 10) if k * power >= raw))


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(bars: m.Bars, width: float) -> Drawing:
    """Horizontal bars with their values; the axis starts at 0, or the smallest bar would vanish."""
    n = max(len(bars.values), 1)
    row = 14.0
    label_width = min(width * 0.42, 62 * mm)
    height = n * row + 24
    drawing = Drawing(width, height)
    drawing.initialFontName = COND  # the drawing's starting font: ReportLab's default would be an unembedded one
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 4, 16
    chart.width, chart.height = width - label_width - 34, n * row
    chart.data = [list(bars.values) or [0]]
    chart.categoryAxis.categoryNames = [_fit(lbl, COND, 7.5, label_width - 6) for lbl in bars.labels] or [""]
    chart.categoryAxis.reverseDirection = True  # the first label on top, as it reads in a list
    chart.categoryAxis.labels.fontName = COND
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    top = max(bars.values, default=0)
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step * math.ceil(top / step), step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = COND
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E7EB")
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = row * 0.62
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = COND
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def photo_flowables(photos: m.Photos, width: float, styles: PdfStyles) -> list[Flowable]:
    """Photos two to a row, each scaled to its cell keeping its proportions, with caption and credit under it."""
    out: list[Flowable] = [Paragraph(escape(photos.title), styles.h2)]
    col = (width - 6 * mm) / 2
    cells: list[list[Flowable]] = []
    for photo in photos.items:
        reader = ImageReader(io.BytesIO(photo.data))
        w, h = reader.getSize()
        scale = min(col / w, 62 * mm / h)
        caption = escape(photo.caption) + (f"<br/><i>{escape(photo.credit)}</i>" if photo.credit else "")
        cells.append([Image(io.BytesIO(photo.data), width=w * scale, height=h * scale),
                      Spacer(1, 1.5 * mm), Paragraph(caption, styles.caption)])
    grid = [cells[i:i + 2] + ([[]] if len(cells[i:i + 2]) == 1 else []) for i in range(0, len(cells), 2)]
    if grid:
        table = RLTable(grid, colWidths=[col + 3 * mm] * 2,
                        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
        out.append(table)
    return out


def _facts_table(facts: Iterable[tuple[str, str]], width: float, styles: PdfStyles) -> RLTable | None:
    rows = [[Paragraph(escape(k), styles.fact_label), _para(v, styles.body)] for k, v in facts]
    if not rows:
        return None
    return RLTable(rows, colWidths=[width * 0.26, width * 0.74], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))


def _indicators(block: m.IndicatorBlock, width: float, styles: PdfStyles) -> list[Flowable]:
    head = ParagraphStyle("ind_head", parent=styles.head, fontSize=8.5)
    rows: list[list[Any]] = [[Paragraph(escape(block.title), head), ""]]
    rows += [[_para(i.label, styles.body), str(i.value)] for i in block.items]
    table = RLTable(rows, colWidths=[width * 0.72, width * 0.28], repeatRows=1, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 9.5, 12),
        ("FONT", (1, 1), (1, -1), BOLD, 9.5, 12),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
    ]))
    return [table]


def _matrix(block: m.Matrix, width: float, styles: PdfStyles) -> list[Flowable]:
    first = width * 0.24
    other = (width - first) / max(len(block.columns), 1)
    center = ParagraphStyle("center", parent=styles.head, alignment=TA_CENTER)
    rows: list[list[Any]] = [[Paragraph(escape(block.corner), styles.head),
                              *(Paragraph(escape(c), center) for c in block.columns)]]
    rows += [[_para(label, styles.cell), *marks] for label, marks in block.rows]
    table = RLTable(rows, colWidths=[first] + [other] * len(block.columns), repeatRows=1, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), COND, 9, 11),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("GRID", (0, 0), (-1, -1), 0.3, RULE),
    ]))
    out: list[Flowable] = [Paragraph(escape(block.title), styles.h2), table]
    if block.legend:
        out += [Spacer(1, 1.5 * mm), _para(block.legend, styles.caption)]
    return out


def _card(card: m.ControlCard, width: float, styles: PdfStyles) -> list[Flowable]:
    title = escape(card.title)
    style = ParagraphStyle("alert", parent=styles.card_title, textColor=ALERT) if card.overdue else styles.card_title
    parts: list[Flowable] = [Paragraph(title, style), Spacer(1, 1 * mm)]
    facts = _facts_table(card.facts, width, styles)
    if facts is not None:
        parts.append(facts)
    if card.history:
        head = [Paragraph(escape(h), styles.head) for h in card.history_header]
        rows = [head] + [[_para(a, styles.cell), _para(b, styles.cell), _para(c, styles.cell)]
                         for a, b, c in card.history]
        parts += [Spacer(1, 1.5 * mm), RLTable(rows, colWidths=[width * 0.2, width * 0.25, width * 0.55],
                                               style=TableStyle([
                                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                   ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                                                   ("GRID", (0, 0), (-1, -1), 0.3, RULE)]))]
    parts.append(Spacer(1, 5 * mm))
    return [KeepTogether(parts)]


def _signature(sig: m.Signature, printed: str, width: float, styles: PdfStyles) -> Flowable:
    hint = ParagraphStyle("hint", parent=styles.caption, alignment=TA_CENTER)
    rows = [
        [_para(sig.role, styles.body), "", _para(f"/ {sig.name}", styles.body)],
        ["", Paragraph(escape(sig.name_hint), hint), ""],
    ]
    table = RLTable(rows, colWidths=[width * 0.42, width * 0.26, width * 0.32], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
    ]))
    return KeepTogether([Spacer(1, 12 * mm), table, Spacer(1, 6 * mm), _para(printed, styles.body)])


# -- the document ----------------------------------------------------------------------------------------------------


def _numbered_canvas(head: str, footer_left: str, page_text: str, lang: str = "ru") -> type[Canvas]:
    """A canvas that keeps every page until the end, then stamps header and "page X of Y" with the known total:
    one pass over the document instead of building it twice. It writes PDF/A-2b (pdfa.py)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The initial font is an embedded one: ReportLab's default, Helvetica, would sit unembedded in every
            # page's resources, which PDF/A forbids.
            # (BaseDocTemplate passes its own initialFontName and lang, None unless set.)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            kwargs["lang"] = kwargs.get("lang") or {"kk": "kk-KZ", "en": "en"}.get(lang, "ru-RU")
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # A page's drawing operations are thousands of short strings: kept as they are, a journal of 10,000
            # pages held most of a gigabyte until the end. One compressed text per page holds a twentieth of it.
            state = dict(self.__dict__)
            state["_code"] = zlib.compress("\n".join(self._code).encode("utf-8"), 1)
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                # ReportLab joins the operations with line breaks: one text of them joined the same way is the same
                # page, and the header and footer go on after it.
                self._code = [zlib.decompress(state["_code"]).decode("utf-8")]
                self._furniture(total)
                super().showPage()
            make_pdfa(self)
            super().save()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            left, right = 16 * mm, width - 16 * mm
            self.saveState()
            self.setFont(COND, 7.5)
            self.setFillColor(GREY)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.drawString(left, height - 11 * mm, _fit(head, COND, 7.5, right - left))
            self.line(left, height - 12.5 * mm, right, height - 12.5 * mm)
            self.line(left, 11.5 * mm, right, 11.5 * mm)
            self.drawString(left, 8 * mm, footer_left)
            self.drawRightString(right, 8 * mm, page_text.format(page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def render_pdf(report: m.Report, out: BinaryIO, check: Check | None = None) -> None:
    """Write `report` as a PDF into `out` (a binary file); `check` is called as the long tables are laid out."""
    styles = PdfStyles()
    size = landscape(A4) if report.landscape else A4
    margin_x, margin_top, margin_bottom = 16 * mm, 17 * mm, 16 * mm
    width = size[0] - 2 * margin_x
    doc = BaseDocTemplate(out, pagesize=size, leftMargin=margin_x, rightMargin=margin_x, topMargin=margin_top,
                          bottomMargin=margin_bottom, title=report.title, author="fieldapp",
                          subject=report.running_head, creator="fieldapp", keywords=[report.kind])
    frame = Frame(margin_x, margin_bottom, width, size[1] - margin_top - margin_bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    story: list[Flowable] = [Paragraph(escape(report.title), styles.title)]
    facts = _facts_table(report.facts, width, styles)
    if facts is not None:
        story += [facts, Spacer(1, 3 * mm)]
    for block in report.blocks:
        story += _block(block, width, styles, check)
    if report.press:
        story += [Spacer(1, 3 * mm)] + [_para(p, styles.press) for p in report.press.split("\n\n")]
    printed = report.texts.get("printed", "")
    if report.signature is not None:
        story.append(_signature(report.signature, printed, width, styles))
    elif printed:
        story += [Spacer(1, 8 * mm), _para(printed, styles.body)]
    canvas = _numbered_canvas(report.running_head, report.texts.get("footer", ""), report.texts.get("page", "{page}"),
                              report.lang)
    doc.build(story, canvasmaker=canvas)


def _block(block: m.Block, width: float, styles: PdfStyles, check: Check | None) -> list[Flowable]:
    if isinstance(block, m.Heading):
        return [Paragraph(escape(block.text), styles.h2)]
    if isinstance(block, m.Text):
        return [_para(block.text, styles.body), Spacer(1, 2 * mm)]
    if isinstance(block, m.IndicatorBlock):
        return _indicators(block, width * 0.8, styles)
    if isinstance(block, m.Table):
        return table_flowables(block, width, styles, check)
    if isinstance(block, m.Bars):
        return [KeepTogether([Paragraph(escape(block.title), styles.h2), bar_chart(block, width)])]
    if isinstance(block, m.Photos):
        return photo_flowables(block, width, styles)
    if isinstance(block, m.Matrix):
        return _matrix(block, width, styles)
    if isinstance(block, m.ControlCard):
        return _card(block, width, styles)
    return [RLPageBreak()]
