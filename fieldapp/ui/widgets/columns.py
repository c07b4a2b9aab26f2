"""Column widths of the list tables: each column as wide as its contents, a long text column capped and its text
wrapped over as many lines as it needs, the rows growing to show them (a Kazakh district or body name is not cut
with «…» where the row can simply be taller)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView


class WrappedRows:
    """Keeps the rows of `table` (its model set) as tall as their wrapped text: after the data is fitted, as rows
    are fetched, and again whenever a column changes width (the user drags it, the window gives the stretched last
    column more room). The refits of one turn of the event loop are done once."""

    def __init__(self, table: QTableView) -> None:
        self.table = table
        table.setWordWrap(True)
        rows = table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a row of one line keeps the height of the others
        self._timer = QTimer(table)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(self.refit)
        # Rows a paged model fetches as the view scrolls are fitted as they come, not the whole table again.
        table.model().rowsInserted.connect(self._fit_new)

    def _fit_new(self, _parent: object, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self.table.resizeRowToContents(row)

    def refit(self, *_args: object) -> None:
        """Fit the rows again on the next turn of the event loop."""
        self._timer.start()

    def fit(self, caps: Mapping[int, int]) -> None:
        """Every column as wide as its contents, those of `caps` (column: pixels) no wider than their cap: their
        text wraps."""
        table = self.table
        table.resizeColumnsToContents()
        for column, widest in caps.items():
            if table.columnWidth(column) > widest:
                table.setColumnWidth(column, widest)
        table.resizeRowsToContents()
