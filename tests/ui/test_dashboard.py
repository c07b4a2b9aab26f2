"""The overview page counts a real database through the one indicator builder, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fieldapp.domain.indicators import INDICATOR_KEYS
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.workers import Runner

WindowFactory = Callable[..., MainWindow]


def test_dashboard_shows_the_figures_of_the_database(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path, small_figures: dict[str, int]
) -> None:
    window = make_window(small_db)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading)

    assert page.ui.contentStack.currentWidget() is page.ui.tilesPage
    assert set(page.tiles) == set(INDICATOR_KEYS)
    shown = {key: int(tile.value_label.text().replace("\xa0", "").replace(" ", "")) for key, tile in page.tiles.items()}
    assert shown == small_figures
    assert page.tiles["residents_came"].caption_label.text() == "Пришло жителей"
    # An overdue control item is flagged; a zero is not.
    assert page.tiles["control_overdue"].property("alert") is True
    assert page.tiles["referred"].property("alert") is False


def test_refresh_recounts_after_a_change(make_window: WindowFactory, qtbot: QtBot, small_db: Path) -> None:
    window = make_window(small_db)
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading)
    assert window.ctx is not None
    with window.ctx.db.session() as s:
        s.execute(text("UPDATE stop_headcount SET count = count + 1000"))

    qtbot.mouseClick(page.ui.refreshButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading)

    assert page.tiles["residents_came"].value == 2600
    assert page.tiles["residents_came"].value_label.text() == QLocale().toString(2600)


def test_an_empty_database_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.db", create=True)
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(Context(db=db))
    try:
        assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
        assert "Выезды" in page.ui.emptyText.text() and "Открыть демо" in page.ui.emptyText.text()
    finally:
        db.close()


def test_without_a_database_the_page_is_empty_not_broken(qtbot: QtBot) -> None:
    page = DashboardPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(None)
    assert not page.loading
    assert page.ui.contentStack.currentWidget() is page.ui.emptyPage
