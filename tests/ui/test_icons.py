"""The window's icons are PNG renditions of resources/icons/*.svg (ui/icons.py, made by ui/build_icons.py): current
with their SVGs, the sizes the window draws, like the SVG they come from, and a start that never loads QtSvg."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from fieldapp.resources import resource_path
from fieldapp.ui import build_icons
from fieldapp.ui.icons import APP_ICON, PAGE_ICON_SIZE, icon_file, icon_sizes, load_icon, renditions
from fieldapp.ui.pages import PAGES

ICONS = resource_path("icons")
SVGS = sorted(ICONS.glob("*.svg"))


def test_every_page_has_its_svg_and_the_window_its_own() -> None:
    stems = {svg.stem for svg in SVGS}
    assert {spec.icon for spec in PAGES} | {APP_ICON} == stems


@pytest.mark.parametrize("svg", SVGS, ids=lambda p: p.name)
def test_the_pngs_are_current_with_their_svg_and_of_their_size(svg: Path) -> None:
    manifest = json.loads((ICONS / build_icons.MANIFEST).read_text(encoding="utf-8"))
    assert manifest.get(svg.name) == build_icons.svg_hash(svg), \
        f"{svg.name} changed: run python -m fieldapp.ui.build_forms and commit the PNGs it writes"
    for name, pixels in renditions(svg.stem):
        assert QImage(str(ICONS / name)).size() == QSize(pixels, pixels)


@pytest.mark.parametrize("svg", SVGS, ids=lambda p: p.name)
def test_a_png_looks_like_its_svg(qapp: object, svg: Path) -> None:
    """Drawn again from the SVG now, pixel for pixel within a little antialiasing, shape and colour: neither blank,
    nor another icon, nor the right shape in the wrong colour."""
    size = icon_sizes(svg.stem)[-1]
    png = QImage(str(ICONS / icon_file(svg.stem, size))).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = build_icons.rendered(svg, size).convertToFormat(QImage.Format.Format_ARGB32)
    drawn = sum(png.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))
    assert drawn > size * size // 20, "the icon is (nearly) empty"

    def channels(image: QImage, x: int, y: int) -> tuple[int, ...]:
        c = image.pixelColor(x, y)
        return (c.alpha(), c.red(), c.green(), c.blue())

    differ = sum(max(abs(a - b) for a, b in zip(channels(png, x, y), channels(fresh, x, y), strict=True)) > 8
                 for x in range(size) for y in range(size))
    assert differ <= size * size // 100


def test_page_icons_have_a_sharper_file_for_high_dpi_screens(qapp: object) -> None:
    icon = load_icon(ICONS, "dashboard")
    assert not icon.isNull()
    assert icon.pixmap(QSize(PAGE_ICON_SIZE, PAGE_ICON_SIZE), 1.0).size() == QSize(22, 22)
    assert icon.pixmap(QSize(PAGE_ICON_SIZE, PAGE_ICON_SIZE), 2.0).size() == QSize(44, 44)
    assert icon.pixmap(QSize(16, 16), 1.0).size() == QSize(16, 16)  # a menu's size, drawn from the 22-pixel file
    window = load_icon(ICONS, APP_ICON)
    assert {s.width() for s in window.availableSizes()} == {16, 32, 48, 256}


def test_rendering_again_writes_only_what_changed(tmp_path: Path, qapp: object) -> None:
    folder = tmp_path / "icons"
    folder.mkdir()
    for svg in SVGS[:2]:
        (folder / svg.name).write_bytes(svg.read_bytes())
    first = build_icons.render_icons(folder)
    assert len(first) == sum(len(renditions(s.stem)) for s in SVGS[:2])
    assert build_icons.render_icons(folder) == []
    changed = folder / SVGS[0].name
    changed.write_text(changed.read_text(encoding="utf-8").replace("</svg>", "<!-- edited --></svg>"),
                       encoding="utf-8")
    assert {p.name for p in build_icons.render_icons(folder)} == {name for name, _ in renditions(SVGS[0].stem)}
