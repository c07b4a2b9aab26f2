"""The QApplication of fieldapp: name, icon, bundled fonts, style sheet; and the offscreen page screenshot."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from fieldapp.resources import resource_path
from fieldapp.ui import qt_lean  # noqa: F401  # first of fieldapp's Qt modules: it spares the rest PySide's source scan
from fieldapp.ui.icons import APP_ICON, load_icon

log = logging.getLogger(__name__)

_READY = "fieldappReady"
_STYLED = "fieldappStyled"


def ensure_application(argv: Sequence[str] | None = None, *, offscreen: bool = False,
                       styled: bool = True) -> QApplication:
    """The one QApplication (made here unless pytest-qt or a caller already made it), set up once.

    `styled=False` leaves the style sheet to `apply_style_sheet`, for a caller that builds its window first."""
    existing = QApplication.instance()
    fusion = False
    if existing is None:
        if offscreen:
            # Must be decided before the QApplication exists; a caller's own choice wins.
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        args = list(argv) if argv is not None else [sys.argv[0]]
        # The Fusion style chosen by Qt's own option: setStyle() would hand back the style, whose Python wrapper
        # and its enums take several milliseconds of the start to make.
        fusion = "-style" not in args
        app = QApplication([*args, "-style", "Fusion"] if fusion else args)
    elif isinstance(existing, QApplication):
        app = existing
    else:
        raise RuntimeError("a QCoreApplication without widgets is already running")
    if not app.property(_READY):
        QCoreApplication.setApplicationName("fieldapp")  # also the X11 window class (StartupWMClass)
        # Wayland matches the window to resources/fieldapp.desktop (its menu entry and icon) by this name.
        QGuiApplication.setDesktopFileName("fieldapp")
        app.setWindowIcon(load_icon(resource_path("icons"), APP_ICON))
        if not fusion:
            app.setStyle("Fusion")
        _load_fonts(resource_path("fonts"))
        app.setProperty(_READY, True)
    if styled:
        apply_style_sheet(app)
    return app


def apply_style_sheet(app: QApplication) -> None:
    """The app's style sheet (resources/styles), once.

    The start sets it once its window is built (ensure_application(styled=False)): the window's widgets are then
    polished once, with it, rather than one by one as they are made and again as the forms set them up (~3 ms of
    the start). Whatever is made later is polished with it as usual."""
    if app.property(_STYLED):
        return
    style = resource_path("styles", "fieldapp.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    app.setProperty(_STYLED, True)


# The faces the window may fall back to for Kazakh letters. The condensed ones are the PDF tables' (reports/fonts.py):
# parsing each font file takes about 2 ms of the start, and the window never asks for a condensed face.
WINDOW_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def _load_fonts(folder: Path) -> list[str]:
    """Bundled fonts (their Kazakh letters render even where the system has no such font); returns the families
    Qt registered."""
    families: list[str] = []
    for name in WINDOW_FONTS:
        font = folder / name
        loaded = QFontDatabase.addApplicationFont(str(font)) if font.is_file() else -1
        if loaded < 0:
            log.warning("font %s could not be loaded", name)
        else:
            families.extend(QFontDatabase.applicationFontFamilies(loaded))
    return families


def grab_to_png(window: QWidget, size: tuple[int, int], out: Path) -> None:
    """Render `window` at `size` into the PNG `out` (offscreen: nothing appears on a screen)."""
    window.resize(QSize(*size))
    window.show()
    app = QApplication.instance()
    assert app is not None
    # Let layouts settle and pending LanguageChange/paint events arrive before grabbing.
    for _ in range(3):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    if image.size() != QSize(*size):
        # A high-DPI screen grabs at device pixels; the contract is the size asked for.
        image = image.scaled(QSize(*size))
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # the stub says bytes; PySide wants str
        raise OSError(f"cannot write {out}")


def dispose(window: QWidget) -> None:
    """Close `window` and delete it now, not at some later turn of an event loop that may never come."""
    window.close()
    window.deleteLater()
    # processEvents() leaves deferred deletes alone outside an event loop: without this a closed window would live
    # on, and a later language switch would still retranslate (and lay out again) its widgets.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file instead of a console the user never sees (not in tests: pytest-qt
    captures them to fail on warnings)."""
    qInstallMessageHandler(_qt_message)
