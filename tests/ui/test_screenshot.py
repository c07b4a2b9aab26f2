"""`fieldapp.app.screenshot` renders every page offscreen into a PNG of the size asked for, in Russian and Kazakh."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from fieldapp.app import PAGES, screenshot
from fieldapp.config import app_paths
from fieldapp.domain.errors import StorageError, ValidationError
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages import PAGE_KEYS


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_the_contract_pages_are_the_ui_pages() -> None:
    assert PAGES == PAGE_KEYS


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_at_the_requested_size(
    qtbot: QtBot, small_db: Path, tmp_path: Path, page: str, lang: str
) -> None:
    out = tmp_path / "shots" / f"{page}-{lang}.png"
    screenshot(small_db, page, out, lang=lang)
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 10  # text, icons and tiles, not a blank window


def test_the_size_and_language_are_followed(qtbot: QtBot, small_db: Path, tmp_path: Path) -> None:
    ru, kk = tmp_path / "ru.png", tmp_path / "kk.png"
    screenshot(small_db, "dashboard", ru, lang="ru", size=(1024, 700))
    screenshot(small_db, "dashboard", kk, lang="kk", size=(1024, 700))
    assert current_language() == "kk"
    first, second = QImage(str(ru)), QImage(str(kk))
    assert (first.width(), first.height()) == (1024, 700)
    assert first != second  # the Kazakh labels really are different pixels


def test_a_screenshot_leaves_the_settings_alone(qtbot: QtBot, small_db: Path, tmp_path: Path) -> None:
    screenshot(small_db, "tours", tmp_path / "t.png")
    assert not app_paths().settings_file.exists()


def test_refusals_are_domain_errors(qtbot: QtBot, small_db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as unknown:
        screenshot(small_db, "calendar", tmp_path / "x.png")
    assert "calendar" in unknown.value.message("ru")
    with pytest.raises(StorageError) as missing:
        screenshot(tmp_path / "nowhere.db", "dashboard", tmp_path / "x.png")
    assert missing.value.code == "db.missing"
    assert not (tmp_path / "x.png").exists()
