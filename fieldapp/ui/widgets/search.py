"""The search box of a list page: Ctrl+F goes to it, and a proxy that keeps the rows whose visible text or tooltip
holds what was typed (ignoring case), as the user types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from fieldapp.ui.widgets.common import focus_field


def search_shortcut(page: QWidget, edit: QLineEdit) -> QShortcut:
    """Ctrl+F on `page` puts the cursor in its search box, with the text chosen to be typed over."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: focus_field(edit))
    return shortcut


def matches(needle: str, *texts: object) -> bool:
    """True when `needle` (ignoring case and spaces around it) is in one of `texts`; an empty needle matches."""
    wanted = needle.strip().casefold()
    return not wanted or any(wanted in str(text).casefold() for text in texts if text)


class SearchProxy(QSortFilterProxyModel):
    """Sorts as QSortFilterProxyModel does; keeps the rows whose cells or tooltip hold the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_search(self, text: str) -> None:
        self.needle = text
        # Setting the filter string refilters (invalidateFilter is deprecated); filterAcceptsRow reads the needle.
        self.setFilterFixedString(text)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.needle.strip():
            return True
        model = self.sourceModel()
        cells = [model.index(source_row, column, source_parent) for column in range(model.columnCount(source_parent))]
        texts = [model.data(cell, Qt.ItemDataRole.DisplayRole) for cell in cells]
        if cells:
            texts.append(model.data(cells[0], Qt.ItemDataRole.ToolTipRole))
        return matches(self.needle, *texts)
