"""Renders resources/icons/*.svg into the PNG files the window loads (fieldapp/ui/icons.py); build_forms runs it.

The SVGs stay the sources (and the desktop entry's icon). `rendered.json` records the hash of the SVG each icon's
PNGs were made from: a test fails when an SVG changed and its PNGs were not made again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.ui.build_forms import ROOT
from fieldapp.ui.icons import renditions

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICONS_DIR = ROOT / "resources" / "icons"
MANIFEST = "rendered.json"


def svg_hash(svg: Path) -> str:
    return hashlib.sha256(svg.read_bytes()).hexdigest()


def rendered(svg: Path, size: int) -> QImage:
    """The QImage of `svg` drawn at `size` × `size` pixels on a transparent ground."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not an SVG Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def render_icons(icons_dir: Path = ICONS_DIR, force: bool = False) -> list[Path]:
    """Write the PNGs of every SVG whose hash is not the one recorded (all of them with `force`)."""
    from PySide6.QtGui import QGuiApplication

    manifest_path = icons_dir / MANIFEST
    manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    # Painting needs an application (offscreen: the build runs without a screen); kept alive while it renders.
    app = QGuiApplication.instance() or QGuiApplication(["build_icons", "-platform", "offscreen"])
    written: list[Path] = []
    for svg in sorted(icons_dir.glob("*.svg")):
        digest = svg_hash(svg)
        targets = [(icons_dir / name, pixels) for name, pixels in renditions(svg.stem)]
        if not force and manifest.get(svg.name) == digest and all(path.exists() for path, _ in targets):
            continue
        for path, pixels in targets:
            if not rendered(svg, pixels).save(str(path), "PNG"):  # type: ignore[call-overload]  # stub: bytes
                raise SystemExit(f"error: cannot write {path}")
            written.append(path)
        manifest[svg.name] = digest
    manifest_path.write_text(json.dumps(dict(sorted(manifest.items())), indent=1) + "\n", encoding="utf-8")
    del app
    return written
