"""The window's icons: PNG renditions of resources/icons/*.svg, made at development time (ui/build_icons.py).

Loading the SVGs at start brought Qt's SVG icon engine (QtSvg and its plugin) and rendered thirteen icons: about
20 ms of every start. A PNG is read by QtGui alone; each page icon has a file of twice its size for high-DPI screens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

PAGE_ICON_SIZE = 22  # forms/main_window.ui: the navigation's iconSize (menus draw the same file smaller)
APP_ICON = "fieldapp"
APP_ICON_SIZES = (16, 32, 48, 256)  # the window icon: title bar, task bar, window switcher


def icon_sizes(stem: str) -> tuple[int, ...]:
    return APP_ICON_SIZES if stem == APP_ICON else (PAGE_ICON_SIZE,)


def icon_scales(stem: str) -> tuple[int, ...]:
    """Device pixel ratios rendered: the window icon's largest size already serves a high-DPI screen."""
    return (1,) if stem == APP_ICON else (1, 2)


def icon_file(stem: str, size: int, scale: int = 1) -> str:
    return f"{stem}-{size}{'@2x' if scale == 2 else ''}.png"


def renditions(stem: str) -> list[tuple[str, int]]:
    """Every PNG file of the icon `stem` with its width in pixels: what build_icons writes and load_icon reads."""
    return [(icon_file(stem, size, scale), size * scale) for size in icon_sizes(stem) for scale in icon_scales(stem)]


def load_icon(folder: Path, stem: str) -> QIcon:
    """The icon named `stem` (an SVG's name without its suffix), from its PNG renditions in `folder`."""
    icon = QIcon()
    for name, _pixels in renditions(stem):
        # A high-DPI file is added as a larger size, not left to Qt's own «@2x» lookup: that one follows the device
        # pixel ratio of the moment the icon is made, and a window moved to a high-DPI screen would draw it blurred.
        icon.addFile(str(folder / name))
    return icon
