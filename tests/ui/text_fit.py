"""Whether the text a widget shows fits the room the widget gives it: each visible label, button, check box, group
box title, tab, header section, combo box, chart label, table/tree/list cell and input hint (placeholder) of a page is
measured with its own font metrics against its own contents rectangle (less the style's padding, indent, icon);
widgets lying partly outside their parent or over each other are found too. Every shortfall is listed.

Cells: each cell of the rows shown in a view's viewport is measured against its column: the style's text rectangle
for the cell (less the check box and icon it draws) less the style's text margin. A view that wraps words (a
table's default) may lay a text over several lines: it fits when the lines fit the row's height. A cell cut all the
same is allowed in one case only, the one where the user is no worse off than with any other sizing: its whole
text is in its tooltip, the user can widen its column (Interactive), and the view has no room to give it: the
columns fill the viewport, no other column is wider than its header and rows need (a stretched last column wider
than its texts is room), and every splitter the view lies in has its other panes at their minimum width. A cell
cut where the view or the page has room left is a cut the page chose, and reported; the widest cut of a column is.

Input hints: the placeholder of an empty, enabled line edit (a search box) is measured against the room Qt draws it
in (the style's contents rectangle less the text margins, the 2 px Qt keeps each side and the icons beside it);
Qt cuts it with «…» there."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsTextItem,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

SLACK = 1  # a pixel of rounding between metrics and layout
TEXT_ITEM = 8  # QGraphicsTextItem.Type: the labels and values QtCharts draws
MNEMONIC = re.compile(r"&(?!&)")


@dataclass(frozen=True)
class Misfit:
    widget: str  # class and object name
    text: str
    needed: int
    had: int
    what: str = "width"

    def __str__(self) -> str:
        return f"{self.widget}: «{self.text}» needs {self.what} {self.needed}, has {self.had}"


def _name(widget: QWidget) -> str:
    """The widget's class and object name; an unnamed one (or one of Qt's own parts, «qt_…») is named by its
    nearest named ancestor too."""
    name = widget.objectName()
    if not name or name.startswith("qt_"):
        parent = widget.parentWidget()
        while parent is not None and (not parent.objectName() or parent.objectName().startswith("qt_")):
            parent = parent.parentWidget()
        if parent is not None:
            name = f"{parent.objectName()}/{name}"
    return f"{type(widget).__name__}({name})"


def _plain(text: str) -> str:
    return MNEMONIC.sub("", text).replace("&&", "&")


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def clipped_by_parent(widget: QWidget, page: QWidget) -> Misfit | None:
    """A widget that lies partly outside an ancestor up to the page (or a scroll area's viewport)."""
    child, rect = widget, widget.rect()
    while child is not page and child.parentWidget() is not None:
        parent = child.parentWidget()
        rect = rect.translated(child.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return None
        if not parent.rect().contains(rect):
            cut = parent.rect().intersected(rect)
            return Misfit(_name(widget), _text_of(widget), rect.width(), cut.width(), f"room inside {_name(parent)}")
        child = parent
    return None


def _text_of(widget: QWidget) -> str:
    for attr in ("text", "title", "currentText"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            value = getter()
            if isinstance(value, str):
                return value
    return ""


def _label(label: QLabel) -> Iterator[Misfit]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    rect = label.contentsRect()
    margin = label.margin()
    indent = label.indent() if label.indent() >= 0 else (label.fontMetrics().horizontalAdvance("x") // 2
                                                         if label.frameWidth() > 0 else 0)
    room = rect.width() - 2 * margin - max(indent, 0)
    height = rect.height() - 2 * margin
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        plain = doc.toPlainText()
        if label.wordWrap():
            doc.setTextWidth(room)
            if doc.idealWidth() > room + SLACK:
                yield Misfit(_name(label), plain, int(doc.idealWidth()), room)
            if doc.size().height() > height + SLACK:
                yield Misfit(_name(label), plain, int(doc.size().height()), height, "height")
        else:
            needed = int(doc.idealWidth())
            if needed > room + SLACK:
                yield Misfit(_name(label), plain, needed, room)
        return
    if label.buddy() is not None:
        text = _plain(text)  # «&Район:» shows «Район:» with the R underlined
    metrics = label.fontMetrics()
    whole = _before_cut(text, label.toolTip())
    if whole is not None and metrics.horizontalAdvance(whole) <= room:
        yield Misfit(_name(label), text, metrics.horizontalAdvance(whole), room, "width (cut by the page with room)")
    if label.wordWrap():
        widest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if widest > room + SLACK:
            yield Misfit(_name(label), text, widest, room, "width of a word")
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, room, 100_000), flags, text).height()
        if needed > height + SLACK:
            yield Misfit(_name(label), text, needed, height, "height")
        return
    for line in _lines(text):
        needed = metrics.horizontalAdvance(line)
        if needed > room + SLACK:
            yield Misfit(_name(label), line, needed, room)
    lines = max(len(text.split("\n")), 1)
    if metrics.height() * lines > height + SLACK + 2:
        yield Misfit(_name(label), text, metrics.height() * lines, height, "height")


def _before_cut(text: str, tip: str) -> str | None:
    """The text a page cut with «…» itself, whole again, when its tooltip holds what was cut («Выезд: Район имени
    Габита Мусрепова, фев…» with the tour's title as its tooltip); None for a text not cut that way."""
    if not text.endswith("…") or not tip or "\n" in text:
        return None
    stem = text[:-1].rstrip()
    for start in range(len(stem)):
        part = stem[start:]
        if len(part) >= 4 and tip.startswith(part) and len(tip) > len(part):
            return stem[:start] + tip
    return None


def _icon_room(button: QAbstractButton) -> int:
    return button.iconSize().width() + 4 if not button.icon().isNull() else 0


def _button(button: QAbstractButton) -> Iterator[Misfit]:
    text = _plain(button.text())
    if not text.strip():
        return
    metrics = button.fontMetrics()
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        room = style.subElementRect(element, option, button).width()
        needed = max(metrics.horizontalAdvance(line) for line in _lines(text)) + _icon_room(button)
    elif isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        needed = max(metrics.horizontalAdvance(line) for line in _lines(text)) + _icon_room(button)
        if button.menu() is not None:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return
        # A tool button's own size hint is its text and icon and the style's frame; it is never padded beyond.
        room = button.width()
        needed = button.sizeHint().width()
    else:
        return
    if needed > room + SLACK:
        yield Misfit(_name(button), text, needed, room)


def _group(box: QGroupBox) -> Iterator[Misfit]:
    title = _plain(box.title())
    if not title.strip():
        return
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    frame = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxFrame, box)
    needed = box.fontMetrics().horizontalAdvance(title) + (20 if box.isCheckable() else 0) + 8
    if needed > frame.width() + SLACK:
        yield Misfit(_name(box), title, needed, frame.width())


def _tabs(bar: QTabBar) -> Iterator[Misfit]:
    metrics = bar.fontMetrics()
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    used = 0
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = _plain(bar.tabText(i))
        room = bar.tabRect(i).width() - space
        icon = bar.iconSize().width() + 4 if not bar.tabIcon(i).isNull() else 0
        needed = metrics.horizontalAdvance(text) + icon
        if bar.tabButton(i, QTabBar.ButtonPosition.RightSide) is not None:
            room -= bar.tabButton(i, QTabBar.ButtonPosition.RightSide).width()
        if needed > room + SLACK:
            yield Misfit(f"{_name(bar)}[{i}]", text, needed, room)
        used += bar.tabRect(i).width()
    if used > bar.width() + SLACK:
        yield Misfit(_name(bar), "(all tabs)", used, bar.width())


def _header(header: QHeaderView) -> Iterator[Misfit]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    font = header.font()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        header_font = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(header_font if header_font is not None else font)
        needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        room = header.sectionSize(section)
        if needed > room + SLACK:
            yield Misfit(f"{_name(header.parentWidget() or header)}[{section}]", str(text), needed, room, "header")
        lines = str(text).count("\n") + 1
        if metrics.height() * lines > header.height() + SLACK:
            yield Misfit(f"{_name(header.parentWidget() or header)}[{section}]", str(text),
                         metrics.height() * lines, header.height(), "header height")


def _combo(combo: QComboBox) -> Iterator[Misfit]:
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = combo.fontMetrics().horizontalAdvance(text) + icon
    if needed > field.width() + SLACK:
        yield Misfit(_name(combo), text, needed, field.width())


def _chart(view: QChartView) -> Iterator[Misfit]:
    """The texts drawn on a chart: QtCharts cuts one of its labels with «...» when it has no room, the bar charts cut
    theirs with «…» only when a band cannot hold the lines. Each label of a bar chart's label column must lie left of
    the bars and within its bar's band."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the items of the axes shown before
    full = set(getattr(view, "labels", ()))
    area = view.chart().plotArea()
    for item in view.chart().scene().items():
        if item.type() != TEXT_ITEM or not item.isVisible():
            continue
        drawn = item.toGraphicsObject()
        text = drawn.toPlainText() if isinstance(drawn, QGraphicsTextItem) else ""
        if ("..." in text or "…" in text) and text.replace("\n", " ") not in full:
            width = max(QFontMetrics(drawn.font()).horizontalAdvance(line) for line in text.split("\n"))
            yield Misfit(_name(view), text.replace("\n", " / "), width, int(area.left()), "axis (cut)")
    items = getattr(view, "label_items", [])
    if not items:
        return
    band = area.height() / len(items)
    for n, label in enumerate(items):
        box = label.mapRectToScene(label.boundingRect())
        if box.right() > area.left() + SLACK or box.left() < 0:
            yield Misfit(f"{_name(view)}[{n}]", label.toPlainText(), int(box.width()), int(area.left()), "label column")
        if box.height() > band + SLACK:
            yield Misfit(f"{_name(view)}[{n}]", label.toPlainText(), int(box.height()), int(band), "band height")


def overlaps(page: QWidget) -> Iterator[Misfit]:
    """Widgets of one layout drawn over each other: the layout was squeezed below what its items need (a search box
    over the label beside it)."""
    for layout in page.findChildren(QLayout):
        boxes: list[tuple[str, QRect]] = []
        for n in range(layout.count()):
            item = layout.itemAt(n)
            widget = item.widget()
            if widget is not None and not widget.isVisible():
                continue
            if widget is None and (item.layout() is None or item.isEmpty()):
                continue  # a spacer
            geometry = item.geometry()
            if geometry.isEmpty():
                continue
            boxes.append((_name(widget) if widget is not None else f"layout {item.layout().objectName()}", geometry))
        for i, (name, box) in enumerate(boxes):
            for other, other_box in boxes[i + 1:]:
                cut = box.intersected(other_box)
                if cut.width() > SLACK and cut.height() > SLACK:
                    yield Misfit(name, f"over {other}", box.width(), box.width() - cut.width(), "room beside")


def misfits(page: QWidget) -> list[Misfit]:
    """Every text of `page` (and its visible children) that does not fit where it is shown."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # widgets a page has let go of are gone
    found: list[Misfit] = list(overlaps(page))
    for widget in [page, *page.findChildren(QWidget)]:
        if not widget.isVisible():  # shown on the page, or in a part of it one scrolls to
            continue
        if isinstance(widget, QLabel):
            found.extend(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button(widget))
        elif isinstance(widget, QGroupBox):
            found.extend(_group(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QComboBox):
            found.extend(_combo(widget))
        elif isinstance(widget, QChartView):
            found.extend(_chart(widget))
        elif isinstance(widget, (QTableView, QTreeView, QListView)):
            found.extend(_cells(widget))
        elif isinstance(widget, QLineEdit):
            found.extend(_placeholder(widget))
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox, QComboBox)) and not isinstance(
                widget.parentWidget(), QAbstractItemView):
            cut = clipped_by_parent(widget, page)
            if cut is not None:
                found.append(cut)
    return found


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


def _cells(view: QAbstractItemView) -> Iterator[Misfit]:
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
        name = f"{_name(view)}[{worst.row},{worst.column}]"
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


def _placeholder(edit: QLineEdit) -> Iterator[Misfit]:
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
        yield Misfit(_name(edit), hint, needed, room, "hint width")
