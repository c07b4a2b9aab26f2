"""The supervisor's list of problems under control as a table: named columns, a sort role, overdue rows marked; fed
page by page from SQL as the view scrolls (canFetchMore/fetchMore), sorted by the query, not in memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from fieldapp.services.control import ControlRow
from fieldapp.services.control_register import PAGE_SIZE
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import show_date

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right: dates as dates, numbers as numbers
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3

OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#b71c1c")

Index = QModelIndex | QPersistentModelIndex

# What fetches rows offset … offset + limit - 1 of the current query (a service call on the open database).
FetchRows = Callable[[int, int], Sequence[ControlRow]]


class Column(IntEnum):
    TITLE = 0
    STATUS = 1
    DEADLINE = 2
    DAYS_LEFT = 3
    RESPONSIBLE = 4
    SETTLEMENT = 5
    REGISTERED = 6
    RECEPTIONS = 7


def _header(column: Column) -> str:
    texts = {
        Column.TITLE: QCoreApplication.translate("ControlTableModel", "Вопрос"),
        Column.STATUS: QCoreApplication.translate("ControlTableModel", "Статус"),
        Column.DEADLINE: QCoreApplication.translate("ControlTableModel", "Срок"),
        Column.DAYS_LEFT: QCoreApplication.translate("ControlTableModel", "Рабочих дней осталось"),
        Column.RESPONSIBLE: QCoreApplication.translate("ControlTableModel", "Ответственный"),
        Column.SETTLEMENT: QCoreApplication.translate("ControlTableModel", "Населённый пункт"),
        Column.REGISTERED: QCoreApplication.translate("ControlTableModel", "Взят на контроль"),
        Column.RECEPTIONS: QCoreApplication.translate("ControlTableModel", "Обращений"),
    }
    return texts[column]


# The query's sort key of each column (services.control_register.SORT_KEYS).
SORT_KEYS: dict[Column, str] = {
    Column.TITLE: "title", Column.STATUS: "status", Column.DEADLINE: "deadline", Column.DAYS_LEFT: "days_left",
    Column.RESPONSIBLE: "responsible", Column.SETTLEMENT: "settlement", Column.REGISTERED: "registered",
    Column.RECEPTIONS: "receptions",
}


class ControlTableModel(QAbstractTableModel):
    """Rows of the control register in the order the service gives (overdue first unless a column is sorted).

    `set_page` gives the first page, the number of rows the query has and how to fetch more; the view asks for
    more as it scrolls. `sort` does not reorder in memory: it says which order is wanted (`sortRequested`), and the
    page reloads the first page in that order.
    """

    sortRequested = Signal(str, bool)  # sort key ("default" = the supervisor's order), descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ControlRow] = []
        self._total = 0
        self._fetch: FetchRows | None = None
        self._fetching = False
        self.sort_key, self.descending = "default", False

    def set_rows(self, rows: Sequence[ControlRow]) -> None:
        """All rows at once (nothing more to fetch)."""
        self.set_page(rows, len(rows), None)

    def set_page(self, first: Sequence[ControlRow], total: int, fetch: FetchRows | None) -> None:
        self.beginResetModel()
        self._rows = list(first)
        self._total = max(total, len(self._rows))
        self._fetch = fetch
        self.endResetModel()

    @property
    def total(self) -> int:
        """Rows the query has, fetched or not."""
        return self._total

    def rows(self) -> tuple[ControlRow, ...]:
        """The rows fetched so far."""
        return tuple(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and not self._fetching and \
            len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        # A view (or the model tester) reacting to rowsInserted may ask for more at once: one page at a time.
        self._fetching = True
        try:
            more = list(self._fetch(len(self._rows), PAGE_SIZE))
            if not more:
                # Rows vanished since the count (another laptop's import): the list ends here.
                self._total = len(self._rows)
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self._total = max(self._total, len(self._rows))
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column), "default") if 0 <= column < len(Column) else "default"
        descending = order == Qt.SortOrder.DescendingOrder and key != "default"
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.sortRequested.emit(key, descending)

    def row_at(self, row: int) -> ControlRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
                Column):
            return _header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(Column):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if role == OVERDUE_ROLE:
            return row.overdue
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (Column.DEADLINE, Column.DAYS_LEFT):
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.RESPONSIBLE):
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DAYS_LEFT, Column.RECEPTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: ControlRow, column: Column) -> str:
        lang = current_language()
        if column == Column.TITLE:
            return row.title
        if column == Column.STATUS:
            status = row.status.label(lang)
            return QCoreApplication.translate("ControlTableModel", "%1, срок истёк").replace("%1", status) \
                if row.overdue else status
        if column == Column.DEADLINE:
            return show_date(row.deadline)
        if column == Column.DAYS_LEFT:
            return "" if row.days_left is None else str(row.days_left)
        if column == Column.RESPONSIBLE:
            person = f" ({row.responsible_person})" if row.responsible_person else ""
            return f"{row.responsible_org_name or '—'}{person}"
        if column == Column.SETTLEMENT:
            return row.settlement_name or "—"
        if column == Column.REGISTERED:
            return show_date(row.registered_on)
        return str(row.receptions)

    @staticmethod
    def _sort_value(row: ControlRow, column: Column) -> object:
        if column == Column.STATUS:
            return f"{0 if row.overdue else 1}{row.status.value}"
        if column == Column.DEADLINE:
            return row.deadline.toordinal()
        if column == Column.REGISTERED:
            return row.registered_on.toordinal()
        if column == Column.DAYS_LEFT:
            # Finished items have no days left: they sort after every open one.
            return row.days_left if row.days_left is not None else 10**6
        if column == Column.RECEPTIONS:
            return row.receptions
        return ControlTableModel._display(row, column).casefold()

    def retranslate(self) -> None:
        """Labels follow the interface language: every cell and header is shown anew."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

