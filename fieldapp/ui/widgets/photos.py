"""Photo thumbnails the pages share: scaled on a worker, shown in an icon-mode list that takes image files dropped on
it or chosen in a file dialog (the photos of a stop, a signal's photos before and after)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from fieldapp.domain.enums import PhotoRole
from fieldapp.domain.errors import DomainError
from fieldapp.services import photos
from fieldapp.services.context import Context
from fieldapp.services.photos import OwnerTable, PhotoInfo
from fieldapp.services.progress import CancelToken
from fieldapp.ui.errors import report
from fieldapp.ui.widgets import file_dialogs

DATA_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(120, 90)
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif *.bmp *.tif *.tiff"


@dataclass(frozen=True)
class Thumbnail:
    photo: PhotoInfo
    image: QImage | None  # made on the worker (QImage, unlike QPixmap, may be); None when the bytes are missing


def make_thumbnail(ctx: Context, photo: PhotoInfo) -> Thumbnail:
    """The photo's bytes read and scaled (worker side)."""
    try:
        data = photos.photo_bytes(ctx, photo.id)
    except DomainError:
        return Thumbnail(photo, None)  # not on this laptop yet (a sync brings it), or damaged
    image = QImage.fromData(data)
    if image.isNull():
        return Thumbnail(photo, None)
    return Thumbnail(photo, image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))


def load_thumbnails(ctx: Context, owner_table: OwnerTable, owner_id: str,
                    cancel: CancelToken | None = None) -> tuple[Thumbnail, ...]:
    """Every photo of one owner, as thumbnails (worker side)."""
    thumbnails = []
    for photo in photos.list_photos(ctx, owner_table, owner_id):
        if cancel is not None:
            cancel.check()
        thumbnails.append(make_thumbnail(ctx, photo))
    return tuple(thumbnails)


def show_thumbnails(view: QListWidget, thumbnails: Iterable[Thumbnail],
                    caption: Callable[[PhotoInfo], str] | None = None) -> None:
    """Fill `view` with one item per photo: its thumbnail, its caption (or `caption(photo)`), the photo id as data."""
    view.clear()
    for thumb in thumbnails:
        if caption is not None:
            text = caption(thumb.photo)
        else:
            text = thumb.photo.caption or QCoreApplication.translate("PhotoStrip", "без подписи")
        item = QListWidgetItem(text)
        # The caption and the credit in full, also when the strip shows none under the thumbnail.
        tip = [thumb.photo.caption or QCoreApplication.translate("PhotoStrip", "без подписи")]
        if thumb.photo.credit:
            tip.append(thumb.photo.credit)  # written as the paper prints it: «Фото: …»
        if thumb.image is not None:
            item.setIcon(QIcon(QPixmap.fromImage(thumb.image)))
        else:  # said with the credit, not instead of it
            tip.append(QCoreApplication.translate("PhotoStrip", "Файла фото нет на этом ноутбуке"))
        item.setToolTip("\n".join(tip))
        item.setData(DATA_ROLE, thumb.photo.id)
        view.addItem(item)


def choose_images(parent: QWidget, title: str) -> list[Path]:
    images = QCoreApplication.translate("PhotoStrip", "Изображения (%1);;Все файлы (*)").replace("%1", IMAGE_FILTER)
    return file_dialogs.open_files(parent, file_dialogs.PHOTOS, title, images)


def attach_files(parent: QWidget, ctx: Context, owner_table: OwnerTable, owner_id: str, paths: Iterable[Path], *,
                 caption: str = "", credit: str = "", role: PhotoRole = PhotoRole.GENERAL) -> int:
    """Attach the files at `paths` to one owner; returns how many were taken. A file the service refuses (not an
    image, unreadable) is reported by name, the others are kept."""
    return len(attach_each(parent, ctx, owner_table, owner_id, paths, caption=caption, credit=credit, role=role))


def attach_each(parent: QWidget, ctx: Context, owner_table: OwnerTable, owner_id: str, paths: Iterable[Path], *,
                caption: str = "", credit: str = "", role: PhotoRole = PhotoRole.GENERAL) -> list[PhotoInfo]:
    """As attach_files, returning the photos taken (a page that asks for their caption next needs them)."""
    added: list[PhotoInfo] = []
    for path in paths:
        try:
            # Synchronous: a photo is copied into the blob store, a few megabytes at most.
            added.append(photos.attach_photo(ctx, owner_table, owner_id, path, caption=caption, credit=credit,
                                             role=role, name=path.name))
        except DomainError as exc:
            report(parent.window(), exc)
    return added


class PhotoDrop(QObject):
    """Makes a list view take files dropped on it: `dropped` carries their paths (the page attaches them; a file that
    is not an image is refused there, by name)."""

    dropped = Signal(list)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        # Kept: the filter still sees the viewport's last events while the view is being destroyed, when asking the
        # view for its viewport would reach a deleted object.
        self._viewport = view.viewport()
        self._viewport.setAcceptDrops(True)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport:
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                    event, QDragEnterEvent | QDropEvent):
                if event.mimeData().hasUrls():
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
                files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
                if files:
                    event.acceptProposedAction()
                    self.dropped.emit(files)
                    return True
        return super().eventFilter(watched, event)
