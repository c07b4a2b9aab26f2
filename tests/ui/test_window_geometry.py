"""The main window opens to fit the screen (a 1366×768 laptop shows the status bar) and where it was closed last time,
unless that place is off every screen now."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from fieldapp.config import Settings
from fieldapp.ui import window_geometry
from fieldapp.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]

# A 1366×768 laptop screen less a 40-pixel panel at the bottom.
LAPTOP = QRect(0, 0, 1366, 728)
WIDE = QRect(0, 0, 1920, 1040)


def status_bar_bottom(window: MainWindow) -> int:
    """The status bar's lowest pixel row, in screen coordinates."""
    bar = window.statusBar()
    return bar.mapToGlobal(QPoint(0, bar.height() - 1)).y()


def test_the_first_start_fits_a_1366x768_laptop(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert window.size().height() > LAPTOP.height()  # the designed size would not fit
    assert window.place_on_screen([LAPTOP]) is False
    window.show()
    qtbot.waitExposed(window)
    assert LAPTOP.contains(window.frameGeometry())
    # Room is kept for the window manager's title bar and borders, which offscreen has not.
    assert LAPTOP.marginsRemoved(window_geometry.FRAME).contains(window.geometry())
    assert status_bar_bottom(window) <= LAPTOP.bottom()
    assert window.statusBar().isVisible()
    # Not shrunk more than the screen asks: the full width is kept.
    assert window.width() == 1280


def test_a_window_gets_back_the_place_it_was_closed_in(make_window: WindowFactory, qtbot: QtBot) -> None:
    first = make_window()
    first.place_on_screen([WIDE])
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(200, 100, 1000, 620))
    qtbot.waitUntil(lambda: first.geometry() == QRect(200, 100, 1000, 620))
    first.close()
    assert Settings.load().window_geometry == {"x": 200, "y": 100, "width": 1000, "height": 620, "maximized": False}

    second = make_window()
    assert second.place_on_screen([WIDE]) is False
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == QRect(200, 100, 1000, 620)


def test_a_place_off_every_screen_is_ignored(make_window: WindowFactory, qtbot: QtBot) -> None:
    """Closed on a second monitor since unplugged: the window opens on the laptop's screen, fitted, not out of sight."""
    Settings(window_geometry={"x": 2100, "y": 50, "width": 1200, "height": 900, "maximized": True}).save()
    window = make_window()
    assert window.place_on_screen([LAPTOP]) is False  # nor maximised on a screen it was not on
    window.show()
    qtbot.waitExposed(window)
    assert LAPTOP.contains(window.frameGeometry())
    assert status_bar_bottom(window) <= LAPTOP.bottom()


def test_a_place_barely_on_screen_or_damaged_is_ignored() -> None:
    # Only a 40-pixel sliver on the screen, or its top (the title bar) above it: as good as off-screen.
    assert window_geometry.restored_rect({"x": 1326, "y": 100, "width": 800, "height": 600}, [LAPTOP]) is None
    assert window_geometry.restored_rect({"x": 100, "y": -300, "width": 800, "height": 600}, [LAPTOP]) is None
    for damaged in ({"x": "100", "y": 0, "width": 800, "height": 600}, {"x": 0, "y": 0, "width": 0, "height": 600},
                    {"x": True, "y": 0, "width": 800, "height": 600}, [0, 0, 800, 600], None):
        assert window_geometry.restored_rect(damaged, [LAPTOP]) is None  # type: ignore[arg-type]


def test_a_place_saved_on_a_larger_screen_is_fitted_to_the_one_it_is_on_now() -> None:
    saved = {"x": 300, "y": 200, "width": 1500, "height": 900}
    rect = window_geometry.restored_rect(saved, [LAPTOP])
    assert rect is not None
    assert LAPTOP.marginsRemoved(window_geometry.FRAME).contains(rect)
    assert rect.size() == LAPTOP.marginsRemoved(window_geometry.FRAME).size()
    # On the second of two screens side by side it stays on that one.
    right = QRect(1366, 0, 1920, 1040)
    assert window_geometry.restored_rect({"x": 1500, "y": 100, "width": 900, "height": 700},
                                         [LAPTOP, right]) == QRect(1500, 100, 900, 700)


def test_a_maximised_window_opens_maximised_with_its_normal_place_kept(make_window: WindowFactory,
                                                                         qtbot: QtBot) -> None:
    Settings(window_geometry={"x": 40, "y": 60, "width": 1000, "height": 600, "maximized": True}).save()
    window = make_window()
    assert window.place_on_screen([WIDE]) is True
    assert window.geometry() == QRect(40, 60, 1000, 600)


def test_the_app_remembers_its_window_across_starts(tmp_path: Path) -> None:
    """`fieldapp` itself, twice, on an offscreen 1366×768 screen: the first start fits it, closing saves the place,
    the second start opens there."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    report = tmp_path / "window.json"
    script = (
        "import json, sys\n"
        "from PySide6.QtCore import QPoint, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from fieldapp.ui.main_window import MainWindow\n"
        "app = QApplication(sys.argv[:1])\n"
        "def done():\n"
        "    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())\n"
        "    bar = window.statusBar()\n"
        "    f, g = window.frameGeometry(), window.geometry()\n"
        "    json.dump({'frame': [f.x(), f.y(), f.width(), f.height()],\n"
        "               'inside': [g.x(), g.y(), g.width(), g.height()],\n"
        "               'bar_bottom': bar.mapToGlobal(QPoint(0, bar.height() - 1)).y()}, open(sys.argv[1], 'w'))\n"
        "    if len(sys.argv) > 2:\n"
        "        window.move(window.x() + 30, window.y())\n"
        "    QTimer.singleShot(100, window.close)\n"
        "QTimer.singleShot(500, done)\n"
        "from fieldapp.cli import main\n"
        "sys.exit(main(['--lang', 'kk']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}

    def start(*extra: str) -> dict[str, list[int] | int]:
        done = subprocess.run([sys.executable, "-c", script, str(report), *extra], env=env, capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
        data: dict[str, list[int] | int] = json.loads(report.read_text())
        return data

    first = start("move")
    assert QRect(0, 0, 1366, 768).contains(QRect(*first["frame"]))  # type: ignore[misc]
    x, y, width, height = first["inside"]  # type: ignore[misc]
    assert first["bar_bottom"] <= 767  # type: ignore[operator]
    saved = Settings.load().window_geometry
    assert saved == {"x": x + 30, "y": y, "width": width, "height": height, "maximized": False}

    second = start()
    assert second["inside"] == [x + 30, y, width, height]


def test_the_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    root = Path(__file__).resolve().parents[2]
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(root / "resources" / "fieldapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert desktop["Exec"].split()[0] in scripts
    assert (root / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()
    assert desktop["Categories"] == "Office;"
    assert desktop["StartupWMClass"] == "fieldapp"  # the window class Qt gives the app (ensure_application)
    assert {"Comment[ru]", "Comment[kk]", "GenericName[kk]"} <= set(desktop)
    validate = shutil.which("desktop-file-validate")
    if validate is not None:
        done = subprocess.run([validate, str(root / "resources" / "fieldapp.desktop")], capture_output=True,
                              text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
