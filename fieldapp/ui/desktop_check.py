"""Can Qt open a window here? Asked before Qt is imported, because Qt's own answer is an abort (exit 134) with a
message naming neither the missing piece nor the package that brings it.

Qt-free on purpose: importing PySide6.QtGui already fails when one of its system libraries is missing. The check
dlopens the system libraries Qt's GUI and its xcb platform plugin link against and, on X11, opens one connection to
the display. The start asks only what Qt would abort on (the xcb plugin's libraries, the display) before Qt, and
the GUI's own libraries once importing PySide has failed: that failure is a Python ImportError, not an abort, so the
usual start does not pay for loading them twice (ctypes and the nine libraries: about 6 ms).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from fieldapp.domain.errors import DomainError

# soname -> the Debian/Ubuntu package that ships it. The libraries libQt6Gui links against (read with `ldd` on
# PySide6 6.11's libraries; libc, libstdc++ and the like are left out: without them nothing runs at all).
GUI_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# What the xcb platform plugin (libqxcb.so, libQt6XcbQpa.so.6) adds; a desktop without Qt programs often lacks
# libxcb-cursor0 (Qt ≥ 6.5 needs it) and the xcb-util family.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _loads(soname: str) -> bool:
    import ctypes  # here: a start on a platform without a display never needs it

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _x_display_answers(display: str) -> bool:
    """One xcb connection to `display` (xcb reads XAUTHORITY as Qt's plugin will)."""
    import ctypes

    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return bool(connection) and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def _uses_xcb(env: Mapping[str, str]) -> bool | None:
    """Will Qt start on xcb? True: yes; False: on a platform that needs no display (offscreen, minimal, vnc…) or on
    Wayland; None: there is no display at all."""
    platform = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if platform not in ("", "xcb"):
        return False
    wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not platform and wayland and (env.get("XDG_SESSION_TYPE") == "wayland" or not env.get("DISPLAY")):
        # Qt tries its wayland plugin first in a Wayland session; its needs are a Wayland desktop's own libraries.
        return False
    if env.get("DISPLAY"):
        return True
    return None


def desktop_problem(
    env: Mapping[str, str] | None = None,
    *,
    gui_libraries: Mapping[str, str] = GUI_LIBRARIES,
    xcb_libraries: Mapping[str, str] = XCB_LIBRARIES,
    loads: Callable[[str], bool] = _loads,
    display_answers: Callable[[str], bool] = _x_display_answers,
    system: str = sys.platform,
    gui: bool = True,
) -> DomainError | None:
    """What keeps Qt from opening a window here (a message saying what to install or do), or None.

    `gui=False` leaves out the libraries Qt's GUI links against (importing PySide reports those itself, as an
    ImportError the caller can explain by asking again with `gui=True`)."""
    if not system.startswith("linux"):
        return None  # Windows and macOS builds carry what Qt needs
    env = os.environ if env is None else env
    uses_xcb = _uses_xcb(env)
    if uses_xcb is None:
        return DomainError("desktop.no_display")
    needed: dict[str, str] = dict(gui_libraries) if gui else {}
    if uses_xcb:
        needed.update(xcb_libraries)
    missing = [soname for soname in needed if not loads(soname)]
    if missing:
        packages = list(dict.fromkeys(needed[soname] for soname in missing))
        return DomainError("desktop.missing_libraries", libraries=", ".join(missing), packages=" ".join(packages))
    if uses_xcb and not display_answers(env["DISPLAY"]):
        return DomainError("desktop.display_unreachable", display=env["DISPLAY"])
    return None

