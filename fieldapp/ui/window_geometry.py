"""Where the main window opens: where it was closed last time if that is still on a screen, else its designed size
made to fit the screen (a 1366×768 laptop with a panel has about 1366×728: the designed 1280×800 would put the status
bar below the edge).

The geometry is kept in the settings file as plain numbers (x, y, width, height of the window's inside, and whether it
was maximised) so that a file written on another screen layout can be judged before it is used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's title bar and borders lie outside the geometry Qt sets; before the first show their size is
# unknown, so this much of the screen is kept for them (left, title bar, right, bottom).
FRAME = QMargins(8, 32, 8, 8)
# A saved place counts as on a screen when this much of the window, its top edge included, is on one: enough to see
# it and drag it by its title bar.
MIN_VISIBLE = QSize(120, 60)


def available_screens() -> list[QRect]:
    """The available geometry (without panels and docks) of every screen, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    screens = sorted(QGuiApplication.screens(), key=lambda screen: screen is not primary)
    return [screen.availableGeometry() for screen in screens]


def fit(rect: QRect, screen: QRect) -> QRect:
    """`rect` made no larger than `screen` (less the window frame) and moved inside it."""
    inner = screen.marginsRemoved(FRAME)
    size = rect.size().boundedTo(inner.size())
    left = max(inner.left(), min(rect.left(), inner.right() + 1 - size.width()))
    top = max(inner.top(), min(rect.top(), inner.bottom() + 1 - size.height()))
    return QRect(QPoint(left, top), size)


def default_rect(size: QSize, screen: QRect) -> QRect:
    """The designed `size`, fitted to `screen` and centred on it."""
    rect = fit(QRect(screen.topLeft(), size), screen)
    rect.moveCenter(screen.marginsRemoved(FRAME).center())
    return fit(rect, screen)


def _saved_rect(saved: Mapping[str, Any]) -> QRect | None:
    values = [saved.get(key) for key in ("x", "y", "width", "height")]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return None  # not what this module writes (a hand-edited or damaged file)
    rect = QRect(*values)
    return rect if rect.width() > 0 and rect.height() > 0 else None


def _screen_of(rect: QRect, screens: Sequence[QRect]) -> QRect | None:
    """The screen that shows most of `rect`, provided it shows enough of it, top edge included."""
    best: QRect | None = None
    best_area = 0
    for screen in screens:
        part = rect.intersected(screen)
        on_screen = (part.width() >= MIN_VISIBLE.width() and part.height() >= MIN_VISIBLE.height()
                     and screen.top() <= rect.top() <= screen.bottom())
        if on_screen and part.width() * part.height() > best_area:
            best, best_area = screen, part.width() * part.height()
    return best


def restored_rect(saved: Mapping[str, Any] | None, screens: Sequence[QRect]) -> QRect | None:
    """Where the saved geometry puts the window now (fitted to its screen, which may have shrunk), or None when there
    is none or it is off every screen (a monitor since unplugged)."""
    if not isinstance(saved, Mapping):
        return None
    rect = _saved_rect(saved)
    if rect is None:
        return None
    screen = _screen_of(rect, screens)
    return fit(rect, screen) if screen is not None else None


def place(window: QWidget, saved: Mapping[str, Any] | None, screens: Sequence[QRect] | None = None) -> bool:
    """Give the (not yet shown) `window` its saved place, else its designed size fitted to the first (primary)
    screen. Returns whether it was maximised when closed (the caller shows it so)."""
    screens = available_screens() if screens is None else list(screens)
    if not screens:
        return False
    rect = restored_rect(saved, screens)
    maximised = rect is not None and isinstance(saved, Mapping) and saved.get("maximized") is True
    if rect is None:
        rect = default_rect(window.size(), screens[0])
    # A netbook's screen can be smaller than the designed minimum: the window must still fit on it.
    window.setMinimumSize(window.minimumSize().boundedTo(rect.size()))
    window.setGeometry(rect)
    return maximised


def saved(window: QWidget) -> dict[str, int | bool]:
    """What `place` restores: the window's inside when not maximised, and whether it is maximised."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    return {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height(),
            "maximized": window.isMaximized()}
