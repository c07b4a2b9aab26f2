"""The measure the no-elided-text test relies on (text_fit.py): given too little room, each kind of widget it checks
is reported with the width (or height) it needed; given room, none is. Table cells: a cut one is allowed only where
the user can widen the column, its tooltip has the whole text and the table has no room to give."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from text_fit import misfits

from fieldapp.ui.widgets.charts import BarChart

LONG = "Бизнеске грант немесе несие алу мәселесі"


def panel(qtbot: QtBot, room: bool) -> QWidget:
    """One widget of each kind, each with a long Kazakh text, in a grid; without `room` each is squeezed."""
    page = QWidget()
    qtbot.addWidget(page)
    grid = QGridLayout(page)
    label = QLabel(LONG, objectName="plainLabel")
    wrapped = QLabel(" ".join([LONG] * 4), objectName="wrappedLabel")
    wrapped.setWordWrap(True)
    button = QPushButton(LONG, objectName="pushButton")
    check = QCheckBox(LONG, objectName="checkBox")
    group = QGroupBox(LONG, objectName="groupBox")
    combo = QComboBox(objectName="comboBox")
    combo.addItem(LONG)
    tabs = QTabWidget(objectName="tabWidget")
    tabs.addTab(QWidget(), LONG)
    tabs.addTab(QWidget(), "Басқа")
    table = QTableView(objectName="tableView")
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels([LONG, "Саны"])
    table.setModel(model)
    cells = QTableView(objectName="cellTable")
    cells.setWordWrap(False)
    rows = QStandardItemModel(0, 2, cells)
    rows.appendRow([QStandardItem(LONG), QStandardItem("12")])
    cells.setModel(rows)
    tree = QTreeWidget(objectName="treeWidget")
    tree.setColumnCount(1)
    QTreeWidgetItem(tree, [LONG])
    search = QLineEdit(objectName="searchEdit")
    search.setPlaceholderText(LONG)
    search.setClearButtonEnabled(True)
    chart = BarChart("barChart")
    chart.show_bars("n", [" ".join([LONG] * 3), "Иә"], [3, 1])
    widgets = (label, wrapped, button, check, group, combo, tabs, table, cells, tree, search, chart)
    for n, widget in enumerate(widgets):
        grid.addWidget(widget, n, 0)
    if room:
        table.resizeColumnsToContents()
        cells.resizeColumnsToContents()
        tree.resizeColumnToContents(0)
        page.resize(1200, 1800)
    else:
        for widget in (label, button, check, group, combo):
            widget.setFixedWidth(80)
        wrapped.setFixedSize(200, 20)
        tabs.setFixedWidth(160)
        table.horizontalHeader().resizeSection(0, 60)
        cells.horizontalHeader().resizeSection(0, 90)
        tree.setFixedWidth(120)
        search.setFixedWidth(120)
        chart.setFixedSize(200, 70)
        page.resize(300, 900)
    page.show()
    qtbot.waitExposed(page)
    for _ in range(3):  # the chart lays its label column out on the next turn of the event loop
        QApplication.processEvents()
    return page


def test_each_kind_of_squeezed_text_is_found(qtbot: QtBot) -> None:
    found = misfits(panel(qtbot, room=False))
    names = {m.widget.split("[")[0] for m in found}
    assert {"QLabel(plainLabel)", "QLabel(wrappedLabel)", "QPushButton(pushButton)", "QCheckBox(checkBox)",
            "QGroupBox(groupBox)", "QComboBox(comboBox)", "QTabBar(tabWidget/qt_tabwidget_tabbar)",
            "QTableView(tableView)", "QTableView(cellTable)", "QTreeWidget(treeWidget)", "QLineEdit(searchEdit)",
            "BarChart(barChart)"} <= names, found
    plain = next(m for m in found if m.widget == "QLabel(plainLabel)")
    assert plain.text == LONG and plain.needed > plain.had
    assert any(m.widget == "QLabel(wrappedLabel)" and m.what == "height" for m in found)
    header = next(m for m in found if m.widget == "QTableView(tableView)[0]")
    assert header.text == LONG and header.had == 60
    cell = next(m for m in found if m.widget == "QTableView(cellTable)[0,0]")
    assert cell.text == LONG and cell.what == "cell width" and cell.had < 90 < cell.needed
    hint = next(m for m in found if m.widget == "QLineEdit(searchEdit)")
    assert hint.text == LONG and hint.what == "hint width" and hint.had < 120 < hint.needed


def test_text_with_room_is_not_reported(qtbot: QtBot) -> None:
    assert misfits(panel(qtbot, room=True)) == []


def test_a_text_the_page_cut_itself_is_found_where_the_whole_would_fit(qtbot: QtBot) -> None:
    """A status label cut to 32 letters by the code, its whole text in the tooltip: reported when the label has the
    room for the whole of it, not when it has not."""
    title = "Район имени Габита Мусрепова, февраль — март"
    label = QLabel(f"Выезд: {title[:31]}…", objectName="tourLabel")
    label.setToolTip(title)
    qtbot.addWidget(label)
    label.resize(600, 30)
    label.show()
    qtbot.waitExposed(label)
    (found,) = misfits(label)
    assert found.widget == "QLabel(tourLabel)" and found.what.startswith("width (cut")
    label.setFixedWidth(label.fontMetrics().horizontalAdvance(label.text()) + 4)
    assert misfits(label) == []


def test_widgets_a_squeezed_layout_draws_over_each_other_are_found(qtbot: QtBot) -> None:
    """A row whose items need more than its width: Qt draws them over each other (a search box over «Мәртебе:»)."""
    page = QWidget()  # a page in the window's stack: its size is set from outside, whatever its layout needs
    qtbot.addWidget(page)
    row = QWidget(page)
    layout = QHBoxLayout(row)
    search = QLineEdit(objectName="searchEdit")
    search.setMinimumWidth(220)
    label = QLabel("Мәртебе:", objectName="statusLabel")
    combo = QComboBox(objectName="statusCombo")
    combo.setMinimumWidth(200)
    for widget in (search, label, combo):
        layout.addWidget(widget)
    page.resize(700, 40)
    row.setGeometry(0, 0, 300, 40)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    assert any(m.what == "room beside" for m in misfits(page))
    row.setGeometry(0, 0, 700, 40)
    QApplication.processEvents()
    assert misfits(page) == []


def register(qtbot: QtBot, width: int) -> QTableView:
    """A register of two rows: a long Kazakh title (whole in its tooltip) in a column the user can widen, beside a
    short column that needs all of its width."""
    table = QTableView(objectName="register")
    table.setWordWrap(False)
    qtbot.addWidget(table)
    model = QStandardItemModel(0, 2, table)
    model.setHorizontalHeaderLabels(["Мәселе", "Мерзімі"])
    for n in range(2):
        title = QStandardItem(f"{LONG} {n}")
        title.setToolTip(title.text())
        model.appendRow([title, QStandardItem("01.02.2026")])
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.resize(width, 200)
    table.show()
    qtbot.waitExposed(table)
    table.resizeColumnsToContents()
    return table


def test_a_cut_cell_is_allowed_only_where_the_table_has_no_room_to_give(qtbot: QtBot) -> None:
    """Cut at 120 px in a table too narrow for both columns (the dates beside it at their width, the table
    scrolled sideways), the title column widenable and its tooltip whole: not reported. The same cut where the
    table is wide (its last column stretched far beyond its dates): reported, and so is a cut whose tooltip does not
    hold the text."""
    narrow = register(qtbot, 200)
    narrow.horizontalHeader().setStretchLastSection(False)
    narrow.setColumnWidth(0, 120)
    narrow.horizontalHeader().resizeSection(1, narrow.sizeHintForColumn(1))
    QApplication.processEvents()
    assert sum(narrow.columnWidth(c) for c in range(2)) >= narrow.viewport().width()
    assert misfits(narrow) == []
    narrow.model().item(0, 0).setToolTip("")
    (found,) = misfits(narrow)
    assert found.widget == "QTableView(register)[0,0]" and found.what == "cell width"
    wide = register(qtbot, 900)
    wide.setColumnWidth(0, 120)
    QApplication.processEvents()
    assert [m.widget for m in misfits(wide)] == ["QTableView(register)[0,0]"]


def test_wrapped_cells_fit_when_their_rows_grow(qtbot: QtBot) -> None:
    """A table that wraps words: a long title in a narrow column fits once the rows are as tall as their lines, and
    is reported by the height its lines need until then."""
    table = register(qtbot, 400)
    table.setWordWrap(True)
    table.setColumnWidth(0, 140)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    QApplication.processEvents()
    found = misfits(table)
    assert [(m.widget, m.what) for m in found] == [("QTableView(register)[0,0]", "cell height")], found
    assert found[0].needed >= 2 * table.fontMetrics().height()
    table.resizeRowsToContents()
    QApplication.processEvents()
    assert misfits(table) == []
