"""One window per database: a second app on a file another app shows is refused with who holds it and since when
(in the window's language), asks no password for it, and opens it once the first app is gone — killed included."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.app import AppBackend
from fieldapp.config import Settings, app_paths
from fieldapp.services.accounts import init_database
from fieldapp.ui.main_window import MainWindow

# The offscreen platform's note on every message box shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PASSWORD = "boss-pass"
# The first app, in a process of its own: the window's own open path (AppBackend.open) holds the database.
FIRST_APP = ("import sys, time; from fieldapp.app import AppBackend; from fieldapp.config import Settings, app_paths; "
             "b = AppBackend(app_paths(), Settings(), remember=False); b.open(sys.argv[1]); "
             "print('open', flush=True); time.sleep(120)")


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORD, protected=True)
    return path


def start_first_app(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "FIELDAPP_USER": "boss", "FIELDAPP_PASSWORD": PASSWORD}
    child = subprocess.Popen([sys.executable, "-c", FIRST_APP, str(path)], stdout=subprocess.PIPE, text=True,
                             env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    return child


@pytest.fixture
def first_app(office: Path) -> Iterator[subprocess.Popen[str]]:
    child = start_first_app(office)
    yield child
    child.kill()
    child.wait()


def refusal(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, "domainErrorDialog") if b.isVisible()]
    assert len(boxes) == 1, "one message says why the file did not open"
    return boxes[0]


def test_a_second_app_on_the_same_file_says_who_has_it(make_window: Callable[..., MainWindow], office: Path,
                                                       first_app: subprocess.Popen[str]) -> None:
    window = make_window(office, "kk")
    box = refusal(window)
    text = box.text()
    assert "басқа терезесінде ашық" in text and f"{first_app.pid} процесі" in text, text
    assert window.ctx is None and window.ui.rootStack.currentWidget() is window.welcome
    assert window.sign_in_dialog is None, "no password is asked for a file that will not open"
    assert "office.db" not in window.database_label.text(), "the status bar no longer says it is opening"
    box.grab().save(str(office.parent / "refused-kk.png"))


def test_choosing_the_file_from_the_menu_is_refused_before_any_password(
        make_window: Callable[..., MainWindow], office: Path, first_app: subprocess.Popen[str]) -> None:
    window = make_window()
    assert window.open_database(office) is False
    text = refusal(window).text()
    assert "уже открыта в другом окне fieldapp" in text and f"процесс {first_app.pid}" in text
    assert window.sign_in_dialog is None


def test_once_the_first_app_is_killed_the_file_opens(make_window: Callable[..., MainWindow], office: Path,
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    child = start_first_app(office)
    os.kill(child.pid, signal.SIGKILL)  # no close, no release: only the system lets its lock go
    child.wait()
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    window = make_window(office)
    assert window.ctx is not None and window.ctx.db.path == office
    assert not [b for b in window.findChildren(QMessageBox, "domainErrorDialog") if b.isVisible()]
    window.close()
    QApplication.processEvents()
    # Closing the window lets the file go: another app (a process of its own) may open it now.
    second = start_first_app(office)
    second.kill()
    second.wait()


def test_the_window_closing_or_opening_another_file_releases_it(office: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    other = tmp_path / "other.db"
    init_database(other, "boss", PASSWORD, protected=False)
    backend = AppBackend(app_paths(), Settings(), remember=False)
    backend.open(office)
    backend.open(other)
    child = start_first_app(office)  # would block at open, and never print, if the first file were still held
    child.kill()
    child.wait()
    backend.close()
    child = start_first_app(other)
    child.kill()
    child.wait()


def test_another_process_of_the_real_entry_point_is_refused(office: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    backend = AppBackend(app_paths(), Settings(), remember=False)
    backend.open(office)
    try:
        out = tmp_path / "shot.png"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run([sys.executable, "-m", "fieldapp", "screenshot", str(office), "--page", "dashboard",
                               "-o", str(out)], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("error: ") and "уже открыта в другом окне fieldapp" in done.stderr
        assert f"процесс {os.getpid()}" in done.stderr
        assert not out.exists()
    finally:
        backend.close()
