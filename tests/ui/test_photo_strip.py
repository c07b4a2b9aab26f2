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


def test_a_protected_databases_sealed_photo_is_shown(tmp_path: Path, qtbot: QtBot) -> None:
    import io

    from PIL import Image

    from fieldapp.services import campaigns, photos, places, tours
    from fieldapp.services.context import Context
    from fieldapp.storage.blobs import MAGIC
    from fieldapp.storage.database import open_database
    from fieldapp.storage.protection import create_protected
    from fieldapp.ui.widgets.photos import load_thumbnails

    path = tmp_path / "field.db"
    db = open_database(path, create_protected(path, "coordinator", "demo"))
    try:
        ctx = Context(db=db, blobs=tmp_path / "blobs")
        region = places.create_region(ctx, "Жамбылская область")
        village = places.create_settlement(ctx, places.create_district(ctx, region, "Жамбылский район"), "Аса")
        stop = tours.add_stop(ctx, tours.create_tour(ctx, campaigns.create_campaign(ctx, "Караван"), "Выезд"), village)
        out = io.BytesIO()
        Image.new("RGB", (240, 180), (10, 120, 40)).save(out, "PNG")
        info = photos.attach_photo(ctx, "stop", stop, out.getvalue(), caption="Встреча")
        assert info.path.read_bytes().startswith(MAGIC)
        [thumb] = load_thumbnails(ctx, "stop", stop)
        assert thumb.image is not None and (thumb.image.width(), thumb.image.height()) == (120, 90)
        view = QListWidget()
        qtbot.addWidget(view)
        show_thumbnails(view, [thumb])
        assert not view.item(0).icon().isNull() and view.item(0).toolTip() == "Встреча"
    finally:
        db.close()
