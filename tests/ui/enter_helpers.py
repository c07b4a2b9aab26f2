"""What the Enter tests share (test_enter_saves.py: the pages; test_enter_dialogs.py: the dialogs): a database from
`fieldapp init` with a tour, a stop and a control item entered through the services, the window signed in to it, keys
typed on the real widgets, and the status bar's and the refusals' texts in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.services import campaigns, control, places, tours
from fieldapp.services.accounts import init_database
from fieldapp.services.control import Responsible
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
BOSS, BOSS_PW = "boss", "boss-pw"
LANGS = ["ru", "kk"]
QT_NOISE = ("This plugin does not support propagateSizeHints", "This plugin does not support raise",
            "This plugin does not support grabbing the keyboard")  # the offscreen plugin: a popup, a raise


def init_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`fieldapp init office.db` with the coordinator's account, signed in through the environment as the CLI
    does (a window opened on it signs in as the coordinator)."""
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")
    path = tmp_path / "office.db"
    init_database(path, BOSS, BOSS_PW)
    monkeypatch.setenv("FIELDAPP_USER", BOSS)
    monkeypatch.setenv("FIELDAPP_PASSWORD", BOSS_PW)
    return path


def build_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`fieldapp init office.db`, then entered through the services as the coordinator: a village, a campaign with a
    working group, a tour with a stop today and a control item; the window signs in as the coordinator through the
    environment."""
    path = init_office(tmp_path, monkeypatch)
    ctx = open_workspace(path, user=BOSS, password=BOSS_PW)
    try:
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(ctx, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(ctx, "Мир и согласие", title_kk="Бейбітшілік және келісім",
                                             kind="pilot project")
        campaigns.create_group(ctx, campaign, "Группа 1")
        today = ctx.today()
        tour = tours.create_tour(ctx, campaign, "Жамбылский район", starts_on=today, ends_on=today + timedelta(5))
        tours.add_stop(ctx, tour, asa, planned_on=today, venue="Дом культуры")
        control.take_under_control(ctx, "Водоснабжение аула", Responsible(org_name="Акимат Жамбылского района"),
                                   settlement_id=asa, campaign_id=campaign)
    finally:
        ctx.db.close()
    return path


def open_window(make_window: WindowFactory, qtbot: QtBot, path: Path, lang: str, page: str) -> MainWindow:
    window = make_window(path, lang)
    assert window.ctx is not None
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(page)
    return window


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Put the keyboard focus on `widget`, its window made active first (a message box closed leaves none)."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace what `widget` holds by `text`, typed key by key (QTest.keyClicks knows ASCII only)."""
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)


def press_enter(qtbot: QtBot, widget: QWidget, *, ctrl: bool = False) -> None:
    focus(qtbot, widget)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    target = QApplication.focusWidget() or widget  # a combo's or spin box's own line edit takes the key
    qtbot.keyClick(target, Qt.Key.Key_Return, modifier)


def saved_prefix() -> str:
    """«Сохранено » in the interface language: the status bar's message for every write the database reports."""
    return QCoreApplication.translate("MainWindow", "Сохранено %1: %2").split("%1")[0]


def wait_saved(qtbot: QtBot, window: MainWindow, what: str) -> str:
    """The status bar says that `what` (a record kind of data_bus.TABLE_LABELS, ru) was saved, in the language."""
    label = QCoreApplication.translate("Changes", what)
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage().startswith(saved_prefix())
                    and label in window.ui.statusbar.currentMessage())
    message = window.ui.statusbar.currentMessage()
    window.ui.statusbar.clearMessage()
    return message


def refusal(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    """The refusal shown (one at a time), closed for the next key; its text is returned through the box."""
    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.objectName() == "domainErrorDialog" and b.isVisible()]
    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def dismiss(qtbot: QtBot, window: MainWindow, box: QMessageBox) -> None:
    box.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def keys_in_tooltip(button: QAbstractButton, keys: str) -> None:
    tip = button.toolTip()
    assert tip.endswith(f" ({keys})"), tip
    assert len(tip) > len(keys) + 3, tip  # the button's own words before the keys


def assert_translated(lang: str, text: str, russian: str) -> None:
    if lang == "kk":
        assert russian not in text, text
