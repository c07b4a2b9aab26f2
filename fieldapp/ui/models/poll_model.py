"""The answers of one poll per stop as a table: a row per stop, a column per option (numbered as on the tally
buttons, the full label in the header's tooltip) and the stop's total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldapp.ui.widgets.common import show_date, show_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PollStopRow:
    stop_id: str | None  # None = answers counted outside any stop
    name: str
    day: date | None
    counts: tuple[int, ...]  # in the order of the poll's options

    @property
    def total(self) -> int:
        return sum(self.counts)


class PollStopModel(QAbstractTableModel):
    """Columns: the stop, its date, one per option, the total."""

    FIXED = 2  # stop, date

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options: tuple[str, ...] = ()
        self._rows: tuple[PollStopRow, ...] = ()

    def set_results(self, options: Sequence[str], rows: Sequence[PollStopRow]) -> None:
        self.beginResetModel()
        self._options = tuple(options)
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[PollStopRow, ...]:
        return self._rows

    def row_of(self, stop_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.stop_id == stop_id), -1)

    def total_column(self) -> int:
        return self.FIXED + len(self._options)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._options else self.FIXED + len(self._options) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        option = section - self.FIXED
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("PollStopModel", "Остановка")
            if section == 1:
                return QCoreApplication.translate("PollStopModel", "Дата")
            if option < len(self._options):
                return str(option + 1)
            return QCoreApplication.translate("PollStopModel", "Всего")
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= option < len(self._options):
            return f"{option + 1}. {self._options[option]}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or \
                not 0 <= index.column() < self.columnCount():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return show_date(row.day)
            return show_number(self._number(row, column))
        if role == SORT_ROLE:
            if column == 0:
                return row.name.casefold()
            if column == 1:
                return row.day.toordinal() if row.day else 0
            return self._number(row, column)
        if role == ID_ROLE:
            return row.stop_id or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIXED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _number(self, row: PollStopRow, column: int) -> int:
        option = column - self.FIXED
        return row.counts[option] if option < len(row.counts) else row.total

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
