"""Whether the text a widget shows fits the room the widget gives it: each visible label, button, check box, group
box title, tab, header section, combo box, chart label, table/tree/list cell and input hint (placeholder) of a page is
measured with its own font metrics against its own contents rectangle (less the style's padding, indent, icon);
widgets lying partly outside their parent or over each other are found too. Every shortfall is listed.

Cells and input hints are measured by text_fit_cells.py, whose docstring says when a cut cell is allowed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, QRect, Qt
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
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
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


def name_of(widget: QWidget) -> str:
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
            return Misfit(name_of(widget), _text_of(widget), rect.width(), cut.width(),
                          f"room inside {name_of(parent)}")
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
                yield Misfit(name_of(label), plain, int(doc.idealWidth()), room)
            if doc.size().height() > height + SLACK:
                yield Misfit(name_of(label), plain, int(doc.size().height()), height, "height")
        else:
            needed = int(doc.idealWidth())
            if needed > room + SLACK:
                yield Misfit(name_of(label), plain, needed, room)
        return
    if label.buddy() is not None:
        text = _plain(text)  # «&Район:» shows «Район:» with the R underlined
    metrics = label.fontMetrics()
    whole = _before_cut(text, label.toolTip())
    if whole is not None and metrics.horizontalAdvance(whole) <= room:
        yield Misfit(name_of(label), text, metrics.horizontalAdvance(whole), room, "width (cut by the page with room)")
    if label.wordWrap():
        widest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if widest > room + SLACK:
            yield Misfit(name_of(label), text, widest, room, "width of a word")
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, room, 100_000), flags, text).height()
        if needed > height + SLACK:
            yield Misfit(name_of(label), text, needed, height, "height")
        return
    for line in _lines(text):
        needed = metrics.horizontalAdvance(line)
        if needed > room + SLACK:
            yield Misfit(name_of(label), line, needed, room)
    lines = max(len(text.split("\n")), 1)
    if metrics.height() * lines > height + SLACK + 2:
        yield Misfit(name_of(label), text, metrics.height() * lines, height, "height")


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
        yield Misfit(name_of(button), text, needed, room)


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
        yield Misfit(name_of(box), title, needed, frame.width())


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
            yield Misfit(f"{name_of(bar)}[{i}]", text, needed, room)
        used += bar.tabRect(i).width()
    if used > bar.width() + SLACK:
        yield Misfit(name_of(bar), "(all tabs)", used, bar.width())


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
            yield Misfit(f"{name_of(header.parentWidget() or header)}[{section}]", str(text), needed, room, "header")
        lines = str(text).count("\n") + 1
        if metrics.height() * lines > header.height() + SLACK:
            yield Misfit(f"{name_of(header.parentWidget() or header)}[{section}]", str(text),
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
        yield Misfit(name_of(combo), text, needed, field.width())


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
            yield Misfit(name_of(view), text.replace("\n", " / "), width, int(area.left()), "axis (cut)")
    items = getattr(view, "label_items", [])
    if not items:
        return
    band = area.height() / len(items)
    for n, label in enumerate(items):
        box = label.mapRectToScene(label.boundingRect())
        if box.right() > area.left() + SLACK or box.left() < 0:
            yield Misfit(f"{name_of(view)}[{n}]", label.toPlainText(), int(box.width()), int(area.left()),
                         "label column")
        if box.height() > band + SLACK:
            yield Misfit(f"{name_of(view)}[{n}]", label.toPlainText(), int(box.height()), int(band), "band height")


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
            boxes.append((name_of(widget) if widget is not None else f"layout {item.layout().objectName()}", geometry))
        for i, (name, box) in enumerate(boxes):
            for other, other_box in boxes[i + 1:]:
                cut = box.intersected(other_box)
                if cut.width() > SLACK and cut.height() > SLACK:
                    yield Misfit(name, f"over {other}", box.width(), box.width() - cut.width(), "room beside")


def misfits(page: QWidget) -> list[Misfit]:
    """Every text of `page` (and its visible children) that does not fit where it is shown."""
    from text_fit_cells import cells, placeholder  # here: that module takes Misfit and SLACK from this one

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
            found.extend(cells(widget))
        elif isinstance(widget, QLineEdit):
            found.extend(placeholder(widget))
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox, QComboBox)) and not isinstance(
                widget.parentWidget(), QAbstractItemView):
            cut = clipped_by_parent(widget, page)
            if cut is not None:
                found.append(cut)
    return found
