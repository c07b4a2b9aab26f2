"""The caption and credit of photos: asked right after photos are added (both optional, prefilled empty) and
corrected later for one photo. Not modal: the photos are attached already, so the page goes on working while it is
open, and closing it leaves them as they are. The rules are services/photos.py's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import photos
from fieldapp.services.context import Context
from fieldapp.services.photos import PhotoInfo
from fieldapp.ui.forms.ui_photo_caption import Ui_PhotoCaptionDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import set_state
from fieldapp.ui.widgets.save_keys import save_keys


class PhotoCaptionDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: Context, shots: Sequence[PhotoInfo], *, added: bool, parent: QWidget | None = None) -> None:
        """`added`: the photos were just attached (the fields start empty); else one photo's caption is corrected."""
        super().__init__(parent)
        self.ui = Ui_PhotoCaptionDialog()
        self.ui.setupUi(self)
        self.setObjectName("photoCaptionDialog")
        self._ctx, self.shots, self._added = ctx, tuple(shots), added
        ui = self.ui
        if not added and self.shots:
            ui.captionEdit.setText(self.shots[0].caption)
            ui.creditEdit.setText(self.shots[0].credit)
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self.save)
        self._save_keys = save_keys(self, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        ui.buttonBox.rejected.connect(self.reject)
        ui.captionEdit.setFocus()
        self._retranslate()

    def save(self) -> None:
        """Write the caption and credit typed to every photo of the dialog (each keeps its role: before, after)."""
        caption, credit = self.ui.captionEdit.text(), self.ui.creditEdit.text()
        try:
            for shot in self.shots:
                photos.update_photo(self._ctx, shot.id, caption=caption, credit=credit, role=shot.role)
        except DomainError as exc:  # the photo removed meanwhile (here or by a sync)
            self.ui.errorLabel.setText(exc.message(current_language()))
            set_state(self.ui.errorLabel, "bad")
            self.ui.errorLabel.setVisible(True)
            return
        self.saved.emit()
        self.accept()

    def _retranslate(self) -> None:
        ui, lang = self.ui, current_language()
        roles = ", ".join(dict.fromkeys(f"«{shot.role.label(lang)}»" for shot in self.shots))
        if self._added:
            ui.introLabel.setText(self.tr("Добавлено фото: %1 (%2). Подпись и автор необязательны: их видно в "
                                          "подсказке к снимку.").replace("%1", str(len(self.shots)))
                                  .replace("%2", roles))
        else:
            ui.introLabel.setText(self.tr("Исправьте подпись и автора снимка (%1).").replace("%1", roles))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Сохранить"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Без подписи") if self._added else self.tr("Отмена"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
