"""The signals page's photos of the place before and after the check: two strips that take files from a dialog or
dropped on them, read their thumbnails on the worker, and ask for each new photo's caption and credit (corrected
later by a double-click or «Подпись…»). The page tells it which signal is shown; the rules are services/photos.py's.
Texts keep the page's translation context: they are the page's words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from fieldapp.domain.enums import PhotoRole
from fieldapp.domain.errors import DomainError
from fieldapp.services import photos
from fieldapp.services.context import Context
from fieldapp.services.photos import PhotoInfo
from fieldapp.ui.dialogs.photo_caption import PhotoCaptionDialog
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_signals import Ui_SignalsPage
from fieldapp.ui.widgets.photos import (
    DATA_ROLE,
    PhotoDrop,
    Thumbnail,
    attach_each,
    choose_images,
    load_thumbnails,
    show_thumbnails,
)
from fieldapp.ui.workers import Runner


class SignalPhotos(QObject):
    def __init__(self, page: QWidget, ui: Ui_SignalsPage, runner: Runner) -> None:
        super().__init__(page)
        self._page, self.ui, self._runner = page, ui, runner
        self._ctx: Context | None = None
        self._signal_id: str | None = None
        self._generation = 0
        self.pending = False
        self._owner: str | None = None
        self.caption_dialog: PhotoCaptionDialog | None = None
        self.lists: dict[PhotoRole, QListWidget] = {PhotoRole.BEFORE: ui.beforeList, PhotoRole.AFTER: ui.afterList}
        self.drops: dict[PhotoRole, PhotoDrop] = {}
        for role, add, remove in ((PhotoRole.BEFORE, ui.addBeforeButton, ui.removeBeforeButton),
                                  (PhotoRole.AFTER, ui.addAfterButton, ui.removeAfterButton)):
            drop = PhotoDrop(self.lists[role])
            drop.dropped.connect(lambda files, role=role: self.add(role, files))
            self.drops[role] = drop
            add.clicked.connect(lambda _checked=False, role=role: self.choose(role))
            remove.clicked.connect(lambda _checked=False, role=role: self.remove(role))
            # Double-click or Enter on a thumbnail: its caption and credit.
            self.lists[role].itemActivated.connect(self._ask_about)
            self.lists[role].itemSelectionChanged.connect(lambda role=role: self._chosen_in(role))
        # One «Подпись…» for both strips (a button on each would not fit a 768-pixel screen): the photo chosen, which
        # is on one strip only.
        ui.captionButton.clicked.connect(self.edit_caption)

    def show_signal(self, ctx: Context | None, signal_id: str | None) -> None:
        """The photos of the signal now shown (None: a new one, not saved yet, which cannot have any)."""
        self._ctx, self._signal_id = ctx, signal_id
        self.load()

    def load(self) -> None:
        """Read the thumbnails on the worker (photos are megabytes; the form is not held up)."""
        self._generation += 1
        generation = self._generation
        owner = self._signal_id if self._ctx is not None else None
        if owner != self._owner:
            # Another signal: its photos are not the last one's, not even for the moment they take to read.
            self._owner = owner
            self._show(generation, ())
        if self._ctx is None or owner is None:
            self._show(generation, ())
            return
        ctx = self._ctx
        self.pending = True
        self._runner.start(lambda progress, cancel: (generation, load_thumbnails(ctx, "signal", owner, cancel)),
                           on_result=self._on_loaded, on_error=self._failed)

    # Bound methods, not lambdas: Qt drops a finished job's delivery to a page that is gone.
    def _on_loaded(self, result: tuple[int, tuple[Thumbnail, ...]]) -> None:
        self._show(*result)

    def _failed(self, exc: BaseException) -> None:
        self.pending = False
        report(self._page.window(), exc)

    def _show(self, generation: int, thumbnails: tuple[Thumbnail, ...]) -> None:
        if generation != self._generation:
            return
        self.pending = False
        for role, view in self.lists.items():
            # No caption under a thumbnail: the strip it sits in says what it shows (the tooltip has it in full).
            show_thumbnails(view, (t for t in thumbnails if t.photo.role is role), caption=lambda _photo: "")
        self.show_state()

    def show_state(self) -> None:
        ui, saved = self.ui, self._signal_id is not None
        for widget in (ui.beforeList, ui.afterList, ui.addBeforeButton, ui.addAfterButton):
            widget.setEnabled(saved)
        ui.removeBeforeButton.setEnabled(saved and ui.beforeList.count() > 0)
        ui.removeAfterButton.setEnabled(saved and ui.afterList.count() > 0)
        ui.captionButton.setEnabled(saved and self.chosen() is not None)
        if saved:
            ui.photoHint.setText(QCoreApplication.translate(
                "SignalsPage", "Перетащите снимки на полосу «До» или «После» или нажмите «Добавить…»."))
        else:
            ui.photoHint.setText(QCoreApplication.translate(
                "SignalsPage", "Фото прикрепляются к сохранённому сигналу: сначала сохраните его."))

    def choose(self, role: PhotoRole) -> None:
        if role is PhotoRole.BEFORE:
            title = QCoreApplication.translate("SignalsPage", "Фото места до проверки")
        else:
            title = QCoreApplication.translate("SignalsPage", "Фото места после")
        self.add(role, choose_images(self._page, title))

    def add(self, role: PhotoRole, paths: Iterable[Path]) -> int:
        """Attach the photos at `paths` to the signal shown, as taken before or after, then ask for their caption and
        credit; returns how many were taken. A file the service refuses (not an image, unreadable) is reported by
        name, the others are kept."""
        if self._ctx is None or self._signal_id is None:
            return 0
        added = attach_each(self._page, self._ctx, "signal", self._signal_id, paths, role=role)
        if added:
            self.load()
            self._ask_caption(added, added=True)
        return len(added)

    def _chosen_in(self, role: PhotoRole) -> None:
        """A photo chosen on one strip unchooses the other's: «Подпись…» is about one photo."""
        if self.lists[role].selectedItems():
            for other, strip in self.lists.items():
                if other is not role:
                    strip.clearSelection()
        self.show_state()

    def chosen(self) -> QListWidgetItem | None:
        for strip in self.lists.values():
            if selected := strip.selectedItems():
                return selected[0]
        return None

    def edit_caption(self) -> None:
        """Correct the caption and credit of the photo chosen on either strip."""
        if (item := self.chosen()) is not None:
            self._ask_about(item)

    def _ask_about(self, item: QListWidgetItem) -> None:
        if self._ctx is None:
            return
        try:
            shot = photos.get_photo(self._ctx, item.data(DATA_ROLE))
        except DomainError as exc:
            report(self._page.window(), exc)
            return
        self._ask_caption([shot], added=False)

    def _ask_caption(self, shots: Sequence[PhotoInfo], *, added: bool) -> None:
        if self._ctx is None:
            return
        if self.caption_dialog is not None:
            self.caption_dialog.close()  # one question at a time: the photos stay as they are
        dialog = PhotoCaptionDialog(self._ctx, shots, added=added, parent=self._page)
        dialog.saved.connect(self.load)
        self.caption_dialog = dialog
        dialog.show()
        dialog.activateWindow()

    def remove(self, role: PhotoRole) -> None:
        item = self.lists[role].currentItem()
        if self._ctx is None or item is None:
            return
        try:
            photos.delete_photo(self._ctx, item.data(DATA_ROLE))
        except DomainError as exc:
            report(self._page.window(), exc)
            return
        self.load()
