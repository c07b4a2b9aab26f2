"""From the new-user audit: Kazakh dates with four-digit years wherever the window shows a date (Qt's Kazakh short
format is «dd.MM.yy»), every shortcut of the window listed under Справка → «Горячие клавиши», and the help text of
the empty pages shown whole at 1366×768 in every language. On databases from `fieldapp init` and the services."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from enter_helpers import BOSS, BOSS_PW, init_office
from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QTableView
from pytestqt.qtbot import QtBot

from fieldapp.services import campaigns, places, tours
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.dialogs.record_log import HistoryDialog
from fieldapp.ui.dialogs.settings_shortcuts import ShortcutsDialog
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages import page_spec
from fieldapp.ui.widgets.common import show_date, show_datetime

WindowFactory = Callable[..., MainWindow]
TWO_DIGIT_YEAR = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b(?![./-]?\d)")
FOUR_DIGIT_DATE = re.compile(r"\b\d{2}[./]\d{2}[./]20\d{2}\b")
EMPTY_PAGES = ("tours", "stop", "reception", "control", "reports")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`fieldapp init office.db`, the coordinator signed in through the environment."""
    return init_office(tmp_path, monkeypatch)


@pytest.fixture
def with_tour(office: Path) -> Path:
    """A tour through two villages, entered through the services as the coordinator: three dated stops."""
    ctx = open_workspace(office, user=BOSS, password=BOSS_PW)
    try:
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(ctx, district, "Аса", "Аса")
        ornek = places.create_settlement(ctx, district, "Орнек", "Өрнек")
        campaign = campaigns.create_campaign(ctx, "Мир и согласие", title_kk="Бейбітшілік және келісім",
                                             kind="pilot project")
        tour = tours.create_tour(ctx, campaign, "Жамбылский район, октябрь", starts_on=date(2026, 10, 12),
                                 ends_on=date(2026, 10, 16))
        tours.add_stop(ctx, tour, ornek, planned_on=date(2026, 10, 12), venue="Дом культуры")
        tours.add_stop(ctx, tour, asa, planned_on=date(2026, 10, 15), venue="Школа")
    finally:
        ctx.db.close()
    return office


T = TypeVar("T", bound=QObject)


def child(parent: QObject, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def shown_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def assert_four_digit_years(texts: list[str]) -> None:
    joined = "\n".join(texts)
    assert not TWO_DIGIT_YEAR.search(joined), joined
    assert FOUR_DIGIT_DATE.search(joined), joined


def test_the_display_functions_write_four_digit_years_in_every_language(qtbot: QtBot) -> None:
    from fieldapp.ui import i18n

    for lang, day, moment in (("kk", "15.10.2026", "15.10.2026 09:05"), ("ru", "15.10.2026", "15.10.2026 09:05"),
                              ("en", "15/10/2026", "15/10/2026 09:05")):
        i18n.switch_language(lang)
        assert show_date(date(2026, 10, 15)) == day
        assert show_date(datetime(2026, 10, 15, 9, 5)) == day
        assert show_datetime(datetime(2026, 10, 15, 9, 5)) == moment


def test_kazakh_dates_have_four_digit_years_in_tables_combos_history_and_status_bar(
    make_window: WindowFactory, qtbot: QtBot, with_tour: Path
) -> None:
    window = make_window(with_tour, "kk")
    assert window.ctx is not None
    # Tours: the route table's dates and the tour list's period.
    window.show_page("tours")
    page = window.pages["tours"]
    route = child(page, QTableView, "routeView")
    qtbot.waitUntil(lambda: route.model().rowCount() == 2)
    texts = [str(route.model().index(r, c).data()) for r in range(2) for c in range(route.model().columnCount())]
    assert_four_digit_years(texts)
    assert "12.10.2026" in texts and "15.10.2026" in texts
    tour_list = child(page, QListWidget, "tourList")
    assert_four_digit_years([tour_list.item(i).text() for i in range(tour_list.count())])
    # The reception desk's and the stop page's stop combos.
    for key in ("reception", "stop"):
        window.show_page(key)
        combo = child(window.pages[key], QComboBox, "stopCombo")
        qtbot.waitUntil(lambda c=combo: c.count() >= 2)  # type: ignore[misc]
        assert_four_digit_years([combo.itemText(i) for i in range(combo.count())])
    # A stop's history: when each change was made.
    stop_id = route.model().index(0, 0).data(Qt.ItemDataRole.UserRole) or tours.route(window.ctx, next(
        iter(t.id for t in tours.list_tours(window.ctx))))[0].id
    history = HistoryDialog(window.ctx, stop_id, window)
    qtbot.addWidget(history)
    assert history.model.rowCount() > 0
    assert_four_digit_years(shown_texts(child(history, QTableView, "logView"), 0))
    history.close()
    # The status bar: no date in it with a two-digit year (what it shows: the database, who, where, sync state).
    bar = [label.text() for label in window.ui.statusbar.findChildren(QLabel)] + [window.ui.statusbar.currentMessage()]
    assert not TWO_DIGIT_YEAR.search("\n".join(bar)), bar


def _every_shortcut(window: MainWindow) -> tuple[list[tuple[str, str]], list[str]]:
    """The QActions with a shortcut (keys, text) and the keys of every QShortcut, read from the widgets."""
    actions = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", "").rstrip("…"))
               for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    shortcuts = [s.key().toString(QKeySequence.SequenceFormat.NativeText)
                 for s in window.findChildren(QShortcut) if not s.key().isEmpty()]
    return actions, shortcuts


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_shortcut_list_holds_every_shortcut_of_the_window(
    make_window: WindowFactory, qtbot: QtBot, with_tour: Path, lang: str
) -> None:
    window = make_window(with_tour, lang)
    assert window.ui.actionShortcuts.shortcut() == QKeySequence("F1")
    assert window.ui.actionShortcuts in window.ui.menuHelp.actions()
    window.ui.actionShortcuts.trigger()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == {"ru": "Горячие клавиши", "kk": "Жылдам пернелер"}[lang]
    table = dialog.ui.shortcutsTable
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[union-attr]
    # A run of keys (the poll's 1 … 9) shows its ends; the cell's tooltip has every key.
    every = [table.item(r, 0).toolTip() for r in range(table.rowCount())]  # type: ignore[union-attr]
    listed_keys = {key.strip() for keys in every for key in keys.split(", ")}
    # Every page was built for the list, so every page's own keys are in the window now.
    actions, shortcuts = _every_shortcut(window)
    assert len(actions) >= 12 and len(shortcuts) >= 10
    for keys, text in actions:
        assert any(keys in row[0].split(", ") and text.strip() == row[2] for row in rows), (keys, text)
    for keys in shortcuts:
        assert keys in listed_keys, keys
    # What a few well-known keys are listed as, in the interface language.
    settings = {"ru": "Настройки", "kk": "Параметрлер"}[lang]
    assert any(row[0] == QKeySequence("Ctrl+,").toString(QKeySequence.SequenceFormat.NativeText)
               and row[2] == settings for row in rows)
    tours_title = page_spec("tours").translated_title()
    assert any(row[1] == tours_title and row[2] for row in rows)  # the Tours page's buttons, by their text
    assert all(row[2] for row in rows)


def _required_height(label: QLabel) -> int:
    """The height the label's text needs, wrapped at the label's own width."""
    rect = label.contentsRect()
    flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
    return label.fontMetrics().boundingRect(QRect(0, 0, rect.width(), 100_000), flags, label.text()).height()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_help_text_of_the_empty_pages_is_not_clipped_at_1366x768(
    make_window: WindowFactory, qtbot: QtBot, office: Path, lang: str
) -> None:
    window = make_window(office, lang)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for key in EMPTY_PAGES:
        window.show_page(key)
        page = window.pages[key]
        title = child(page, QLabel, "emptyTitle")
        label = child(page, QLabel, "emptyText")
        qtbot.waitUntil(label.isVisible)
        for _ in range(3):
            QApplication.processEvents()
        assert label.text(), key
        rect = label.contentsRect()
        words = label.text().split()
        widest = max(label.fontMetrics().horizontalAdvance(w) for w in words)
        assert widest <= rect.width(), (key, lang)
        assert _required_height(label) <= rect.height(), (key, lang, _required_height(label), rect.height())
        # The page shows the whole label: nothing of it lies outside the page.
        top_left = label.mapTo(page, label.rect().topLeft())
        assert page.rect().contains(QRect(top_left, label.size())), (key, lang)
        assert title.isVisible(), (key, lang)
        assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width(), (key, lang)
