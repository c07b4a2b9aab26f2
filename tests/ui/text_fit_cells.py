"""How much of their text the cells of a table, tree or list and the input hints of empty fields show, for
text_fit.misfits.

Cells: each cell of the rows shown in a view's viewport is measured against its column: the style's text rectangle
for the cell (less the check box and icon it draws) less the style's text margin. A view that wraps words (a
table's default) may lay a text over several lines: it fits when the lines fit the row's height. A cell cut all the
same is allowed in one case only, the one where the user is no worse off than with any other sizing: its whole
text is in its tooltip, the user can widen its column (Interactive), and the view has no room to give it: the
columns fill the viewport, no other column is wider than its header and rows need (a stretched last column wider
than its texts is room), and every splitter the view lies in has its other panes at their minimum width. A cell
cut where the view or the page has room left is a cut the page chose, and reported; the widest cut of a column is.

Input hints: the placeholder of an empty line edit (a search box) is measured against the room Qt draws it in
(QLineEdit::paintEvent: the style's contents rectangle less the text margins, the 2 px Qt keeps each side and the
icons beside it); Qt cuts it with «…» there."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)
from text_fit import SLACK, Misfit, name_of


def _cell_option(view: QAbstractItemView, index: QModelIndex) -> QStyleOptionViewItem | None:
    """The option the view's delegate paints `index` with: its text, font, icon, check box and word wrap."""
    delegate = view.itemDelegateForIndex(index)
    if not isinstance(delegate, QStyledItemDelegate) or view.indexWidget(index) is not None:
        return None
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate.initStyleOption(option, index)
    return option


@dataclass(frozen=True)
class _Cell:
    row: int
    column: int
    text: str
    width: int  # the width its text needs on its longest line
    room: int  # the width its text is drawn in
    decoration: int  # the cell's width less `room`: the style's margins, icon, check box
    needed_height: int  # the height its lines need (several when the view wraps words)
    height: int
    wraps: bool
    tip: str

    @property
    def one_line(self) -> int:
        """The column width that shows the text on one line."""
        return self.width + self.decoration

    @property
    def cut(self) -> bool:
        if self.needed_height > self.height + SLACK:
            return True
        return not self.wraps and self.width > self.room + SLACK


def _measure_cell(view: QAbstractItemView, index: QModelIndex) -> _Cell | None:
    option = _cell_option(view, index)
    if option is None or not option.text.strip():
        return None
    style = view.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = text_rect.width() - 2 * margin
    metrics = QFontMetrics(option.font)
    text = option.text.replace("\u2028", "\n")
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
    if wraps:
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
        needed_height = metrics.boundingRect(QRect(0, 0, max(room, 1), 100_000), flags, text).height()
    else:
        needed_height = metrics.height() * len(text.split("\n"))
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    decoration = option.rect.width() - room
    return _Cell(index.row(), index.column(), text, widest, room, decoration, needed_height, text_rect.height(),
                 wraps, str(tip) if tip else "")


def _shown_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The first cell of each row the viewport shows (a tree's expanded children included)."""
    model = view.model()
    shown = view.viewport().rect()
    if isinstance(view, QTreeView):
        index = model.index(0, 0)
        while index.isValid():
            rect = view.visualRect(index)
            if rect.top() > shown.bottom():
                return
            if rect.bottom() >= shown.top() and rect.height() > 0:
                yield index
            index = view.indexBelow(index)
        return
    column = view.modelColumn() if isinstance(view, QListView) else 0
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        rect = view.visualRect(model.index(row, column))
        if rect.height() > 0 and rect.bottom() >= shown.top() and rect.top() <= shown.bottom():
            yield model.index(row, column)


def _columns(view: QAbstractItemView) -> list[int]:
    if isinstance(view, QListView):
        return [view.modelColumn()]
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    return [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)]


def _no_room_to_give(view: QAbstractItemView, header: QHeaderView, columns: list[int], column: int) -> bool:
    """The view could not show more of `column`: its columns fill the viewport, none of the others is wider than its
    contents (header or any row) need, and each splitter the view lies in has its other panes at their minimum."""
    if sum(header.sectionSize(c) for c in columns) < view.viewport().width() - SLACK:
        return False
    for other in columns:
        need = max(header.sectionSizeHint(other), view.sizeHintForColumn(other))
        if other != column and header.sectionSize(other) > need + SLACK:
            return False
    child: QWidget = view
    while child.parentWidget() is not None:
        parent = child.parentWidget()
        if isinstance(parent, QSplitter) and parent.orientation() == Qt.Orientation.Horizontal:
            for n in range(parent.count()):
                pane = parent.widget(n)
                if pane is not child and pane.isVisible() and pane.width() > max(
                        pane.minimumSizeHint().width(), pane.minimumWidth()) + SLACK:
                    return False
        child = parent
    return True


def cells(view: QAbstractItemView) -> Iterator[Misfit]:
    """The shown cells of a table, tree or list whose text does not fit its cell: the widest cut cell of each column,
    unless the module's rule allows the cut (whole text in the tooltip, the column widenable, no room to give)."""
    model = view.model()
    if model is None or model.rowCount() == 0 or (
            isinstance(view, QListView) and view.viewMode() == QListView.ViewMode.IconMode):
        return
    columns = _columns(view)
    header = None if isinstance(view, QListView) else (
        view.horizontalHeader() if isinstance(view, QTableView) else view.header())
    cells: dict[int, list[_Cell]] = {c: [] for c in columns}
    for first in _shown_rows(view):
        for column in columns:
            cell = _measure_cell(view, first.siblingAtColumn(column))
            if cell is not None:
                cells[column].append(cell)
    for column in columns:
        cut = [cell for cell in cells[column] if cell.cut]
        if not cut:
            continue
        if header is not None and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive \
                and all(cell.text in cell.tip for cell in cut) and _no_room_to_give(view, header, columns, column):
            continue  # the user may widen it, and the tooltip says it all: no sizing would show more
        worst = max(cut, key=lambda cell: (cell.needed_height - cell.height, cell.width - cell.room))
        name = f"{name_of(view)}[{worst.row},{worst.column}]"
        if worst.needed_height > worst.height + SLACK:
            yield Misfit(name, worst.text, worst.needed_height, worst.height, "cell height")
        else:
            yield Misfit(name, worst.text, worst.width, worst.room, "cell width")


def _side_icons(edit: QLineEdit) -> int:
    """The room the icons inside a line edit take from its text (Qt's QLineEditPrivate::effectiveTextMargins); the
    clear button of an empty box has faded out and takes none."""
    size = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
    room = 0
    for button in edit.findChildren(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly):
        action = button.defaultAction()
        if action is not None and action.objectName() == "_q_qlineeditclearaction":
            continue
        if button.isVisibleTo(edit):
            room += size // 4 + size + 6
    return room


def placeholder(edit: QLineEdit) -> Iterator[Misfit]:
    """The input hint of an empty line edit, where Qt draws it (QLineEdit::paintEvent): cut with «…» if longer."""
    hint = edit.placeholderText()
    if not hint.strip() or edit.text():
        return
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    metrics = edit.fontMetrics()
    room = (rect.width() - margins.left() - margins.right() - _side_icons(edit) - 2 * 2
            - max(0, -metrics.minLeftBearing()))
    needed = metrics.horizontalAdvance(hint)
    if needed > room + SLACK:
        yield Misfit(name_of(edit), hint, needed, room, "hint width")
