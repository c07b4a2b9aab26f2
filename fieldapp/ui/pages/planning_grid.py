"""The two tables of the planning page filled from the plan: the rotation as districts × periods (a slot alone over
several periods spans them; two slots in one cell are a clash, shown red) and the coverage matrix (directions ×
districts, «held / planned», coloured by what the district has met)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from fieldapp.services.campaigns import Coverage, DistrictRef
from fieldapp.services.planning import SlotView
from fieldapp.ui.widgets.common import show_date

SLOT_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored slot's id on its grid cell ("" in a preview)
SLOT_WIDTH, DISTRICT_WIDTH = 130, 80  # pixels, at least, of a grid period and of a coverage column
HEADER_CHARS = 28  # a direction's name is wrapped in the coverage matrix: some run to fifty letters
# One light colour per direction (in the campaign's order); dark text stays readable on all of them.
DIRECTION_COLOURS = ("#dbe9f6", "#fde2c8", "#d9f0d3", "#eadcf3", "#fbe3e8", "#e0f2f1", "#f3efcf", "#e6e6e6")
HELD, PLANNED, NOTHING, CLASH = QColor("#c8e6c9"), QColor("#fff3c4"), QColor("#eeeeee"), QColor("#ffcdd2")


def _pick(lang: str, ru: str, kk: str) -> str:
    return kk if lang == "kk" and kk else ru


def periods(slots: Sequence[SlotView]) -> list[tuple[date, date]]:
    """The grid's columns: the shortest periods every slot is a run of (one per round in a generated rotation)."""
    cuts = sorted({s.starts_on for s in slots} | {s.ends_on + timedelta(days=1) for s in slots})
    spans = [(a, b - timedelta(days=1)) for a, b in pairwise(cuts)]
    return [(a, b) for a, b in spans if any(s.starts_on <= a and b <= s.ends_on for s in slots)]


def _colour(order: Sequence[str], direction_id: str | None) -> QColor:
    if direction_id is None or direction_id not in order:
        return QColor("#ffffff")
    return QColor(DIRECTION_COLOURS[list(order).index(direction_id) % len(DIRECTION_COLOURS)])


def fill_rotation(table: QTableWidget, slots: Sequence[SlotView], districts: Sequence[DistrictRef],
                  direction_order: Sequence[str], lang: str, no_direction: str, keep_slot: str | None) -> None:
    """Districts down (the campaign's and any a slot names), periods across; the cell of `keep_slot` current."""
    known: dict[str, DistrictRef] = {d.id: d for d in districts}
    known.update({s.district.id: s.district for s in slots})
    rows = sorted(known.values(), key=lambda d: _pick(lang, d.name_ru, d.name_kk).casefold())
    columns = periods(slots)
    table.clear()
    table.clearSpans()
    table.setRowCount(len(rows))
    table.setColumnCount(len(columns))
    table.setVerticalHeaderLabels([_pick(lang, d.name_ru, d.name_kk) for d in rows])
    table.setHorizontalHeaderLabels([f"{a:%d.%m}–{b:%d.%m}" for a, b in columns])
    row_of = {d.id: n for n, d in enumerate(rows)}
    cells: dict[tuple[int, int], list[SlotView]] = {}
    for slot in slots:
        for c, (a, b) in enumerate(columns):
            if slot.starts_on <= a and b <= slot.ends_on:
                cells.setdefault((row_of[slot.district.id], c), []).append(slot)
    for (r, c), here in cells.items():
        # A group's code, when it has one, keeps a row of long names (the demo's) to a few lines; its tooltip has all.
        item = QTableWidgetItem("\n".join(f"{s.group_code or s.group_name}\n{s.direction_name(lang)}".strip()
                                          for s in here))
        item.setData(SLOT_ROLE, here[0].id)
        item.setToolTip("\n".join(f"{s.group_name} — {s.direction_name(lang) or no_direction}: "
                                  f"{show_date(s.starts_on)}–{show_date(s.ends_on)}" for s in here))
        first = here[0].direction.id if here[0].direction else None
        item.setBackground(QBrush(CLASH if len(here) > 1 else _colour(direction_order, first)))
        table.setItem(r, c, item)
    for slot in slots:  # a slot alone over several periods reads as one block
        r = row_of[slot.district.id]
        mine = [c for c in range(len(columns)) if cells.get((r, c)) == [slot]]
        if len(mine) > 1 and mine == list(range(mine[0], mine[-1] + 1)):
            table.setSpan(r, mine[0], 1, len(mine))
    table.resizeRowsToContents()
    if keep_slot:
        for (r, c), here in cells.items():
            if any(s.id == keep_slot for s in here):
                table.setCurrentCell(r, c)
                break


def fill_coverage(table: QTableWidget, cov: Coverage | None, lang: str, tooltip: str) -> None:
    """Directions down, districts across: a direction's name runs to fifty letters and reads on a line or two at
    the left, where a district's fits a narrow column. `tooltip`: %1 district, %2 direction, %3 held, %4 planned."""
    table.clear()
    if cov is None:
        table.setRowCount(0)
        table.setColumnCount(0)
        return
    table.setRowCount(len(cov.directions))
    table.setColumnCount(len(cov.districts))
    for r, direction in enumerate(cov.directions):
        header = QTableWidgetItem(textwrap.fill(direction.name(lang), HEADER_CHARS, break_long_words=False))
        header.setToolTip(direction.name(lang))
        table.setVerticalHeaderItem(r, header)
    for c, district in enumerate(cov.districts):
        name = _pick(lang, district.name_ru, district.name_kk)
        header = QTableWidgetItem(name.replace(" ", "\n", 1))
        header.setToolTip(name)
        table.setHorizontalHeaderItem(c, header)
    for r, direction in enumerate(cov.directions):
        for c, district in enumerate(cov.districts):
            cell = cov.cell(district.id, direction.id)
            item = QTableWidgetItem(f"{cell.held} / {cell.planned}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QBrush(HELD if cell.held else PLANNED if cell.planned else NOTHING))
            item.setToolTip(tooltip.replace("%1", _pick(lang, district.name_ru, district.name_kk))
                            .replace("%2", direction.name(lang)).replace("%3", str(cell.held))
                            .replace("%4", str(cell.planned)))
            table.setItem(r, c, item)
    table.resizeRowsToContents()
