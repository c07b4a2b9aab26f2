"""The bundled DejaVu fonts (Cyrillic and every Kazakh letter), registered with ReportLab once per process."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldapp.domain.errors import StorageError
from fieldapp.resources import resource_path

__all__ = ["BOLD", "COND", "COND_BOLD", "REGULAR", "register_fonts"]

REGULAR, BOLD = "FieldSans", "FieldSans-Bold"
COND, COND_BOLD = "FieldSansCond", "FieldSansCond-Bold"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts and their bold mapping (<b> in paragraphs); later calls do nothing.

    ReportLab's own Helvetica has no Cyrillic: without these every letter would print as a black square.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            path = resource_path("fonts", file)
            if not path.is_file():
                raise StorageError("report.font_missing", path=str(path))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for family, bold in ((REGULAR, BOLD), (COND, COND_BOLD)):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)
        _registered = True
