"""The photo strip's items: a photo whose file is not on this laptop says so in its tooltip, with its credit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import PhotoRole
from fieldapp.services.photos import PhotoInfo
from fieldapp.ui.widgets.photos import DATA_ROLE, Thumbnail, show_thumbnails


def photo(n: int, caption: str, credit: str) -> PhotoInfo:
    return PhotoInfo(f"id-{n}", "0" * 64, "stop", "s", PhotoRole.GENERAL, caption, credit, "image/png", 10, None,
                     Path(f"/nowhere/{n}.png"))


def test_a_missing_file_is_said_in_the_tooltip_beside_the_credit(qtbot: QtBot) -> None:
    view = QListWidget()
    qtbot.addWidget(view)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    show_thumbnails(view, [
        Thumbnail(photo(1, "Встреча", "Фото: А. Ахметов"), None),
        Thumbnail(photo(2, "", "Фото: Б. Бекова"), image),
        Thumbnail(photo(3, "Сход", ""), None),
    ])
    tips = [view.item(i).toolTip().splitlines() for i in range(view.count())]
    assert tips[0] == ["Встреча", "Фото: А. Ахметов", "Файла фото нет на этом ноутбуке"]
    assert tips[1] == ["без подписи", "Фото: Б. Бекова"]
    assert tips[2] == ["Сход", "Файла фото нет на этом ноутбуке"]
    assert [view.item(i).data(DATA_ROLE) for i in range(3)] == ["id-1", "id-2", "id-3"]
    assert view.item(1).icon().isNull() is False and view.item(0).icon().isNull()
    assert view.item(0).data(Qt.ItemDataRole.DisplayRole) == "Встреча"
