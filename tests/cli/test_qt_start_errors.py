"""`fieldapp` on a desktop where Qt cannot start: one translated line saying what is missing, exit 1 — not Qt's
abort (exit 134) with its «no Qt platform plugin could be initialized»."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from process_helpers import fieldapp_env, run

from fieldapp.ui.desktop_check import XCB_LIBRARIES, desktop_problem

# What a desktop start inherits that would decide the platform: removed, then set per test.
DESKTOP_VARS = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")


def desktop_env(home: Path, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = fieldapp_env(home, tmp_path)
    for name in DESKTOP_VARS:
        env.pop(name, None)
    env.update(extra)
    return env


def save_language(home: Path, lang: str) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "settings.json").write_text(json.dumps({"language": lang}), encoding="utf-8")


def test_no_display_says_so_in_one_line_in_russian(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run(desktop_env(home, tmp_path), timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: окно не открыть: нет графического экрана")
    assert "DISPLAY" in lines[0]
    assert "platform plugin" not in done.stderr


def test_no_display_speaks_the_saved_language_and_lang_overrides_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    save_language(home, "kk")
    done = run(desktop_env(home, tmp_path), timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("error: терезені ашу мүмкін емес: графикалық экран жоқ")

    done = run(desktop_env(home, tmp_path), "--lang", "en", timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("error: cannot open the window: there is no graphical display")


def test_a_missing_xcb_library_names_its_debian_package(tmp_path: Path) -> None:
    """libxcb-cursor.so.0 made unloadable the way the dynamic loader sees it: a broken file of that name first on
    LD_LIBRARY_PATH (Qt's xcb plugin then fails to load, and Qt aborts — without the check)."""
    home, libs = tmp_path / "home", tmp_path / "libs"
    libs.mkdir()
    (libs / "libxcb-cursor.so.0").write_bytes(b"not a library")
    save_language(home, "kk")
    # A display that does not exist: the libraries are checked before the display is asked.
    env = desktop_env(home, tmp_path, DISPLAY=":1999", LD_LIBRARY_PATH=str(libs))
    done = run(env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr == ("error: терезені ашу мүмкін емес: жүйеде libxcb-cursor.so.0 кітапханалары жоқ; "
                           "оларды орнатыңыз: sudo apt install libxcb-cursor0\n")


def test_a_missing_gui_library_is_named_when_importing_qt_fails(tmp_path: Path) -> None:
    """The libraries Qt's GUI links against are asked about only once importing PySide has failed (the usual start
    does not load them twice): the message is the same one line, on a platform that needs no display too."""
    home, libs = tmp_path / "home", tmp_path / "libs"
    libs.mkdir()
    (libs / "libEGL.so.1").write_bytes(b"not a library")
    env = desktop_env(home, tmp_path, QT_QPA_PLATFORM="offscreen", LD_LIBRARY_PATH=str(libs))
    done = run(env, "--lang", "en", timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr == ("error: cannot open the window: the system lacks the libraries libEGL.so.1; "
                           "install them: sudo apt install libegl1\n")


def test_a_display_that_does_not_answer_is_named(tmp_path: Path) -> None:
    done = run(desktop_env(tmp_path / "home", tmp_path, DISPLAY=":1999"), "--lang", "ru", timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr == ("error: окно не открыть: нет связи с экраном :1999; запустите fieldapp в сеансе рабочего "
                           "стола\n")


def test_every_missing_library_is_listed_with_its_package_once() -> None:
    libraries = {"libfieldapp-absent-a.so.9": "fieldapp-absent", "libfieldapp-absent-b.so.9": "fieldapp-absent",
                 "libc.so.6": "libc6"}
    assert desktop_problem({"DISPLAY": ":0"}, gui_libraries=libraries, xcb_libraries={},
                           display_answers=lambda display: True, system="linux", gui=False) is None
    problem = desktop_problem({"DISPLAY": ":0"}, gui_libraries=libraries, xcb_libraries={},
                              display_answers=lambda display: True, system="linux")
    assert problem is not None
    assert problem.message("en") == ("cannot open the window: the system lacks the libraries "
                                     "libfieldapp-absent-a.so.9, libfieldapp-absent-b.so.9; "
                                     "install them: sudo apt install fieldapp-absent")


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc"])
def test_platforms_without_a_display_skip_the_display_and_xcb_checks(platform: str) -> None:
    absent = {"libfieldapp-absent.so.9": "fieldapp-absent"}
    assert desktop_problem({"QT_QPA_PLATFORM": platform}, xcb_libraries=absent, system="linux") is None


def test_a_wayland_session_is_left_to_qt_and_other_systems_are_not_checked() -> None:
    absent = {"libfieldapp-absent.so.9": "fieldapp-absent"}
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}
    assert desktop_problem(wayland, xcb_libraries=absent, system="linux") is None
    assert desktop_problem({}, gui_libraries=absent, system="win32") is None


@pytest.fixture
def x_server(tmp_path: Path) -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    for number in range(171, 190):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_working_x_desktop_passes_the_check(x_server: str) -> None:
    """No false refusal: with every library of the plugin present and a display that answers, Qt is let start."""
    env = {k: v for k, v in os.environ.items() if k not in DESKTOP_VARS}
    env["DISPLAY"] = x_server
    assert desktop_problem(env, system=sys.platform) is None
    assert "libxcb-cursor.so.0" in XCB_LIBRARIES
