"""A settlement picker: a line edit that searches settlements by the start of their Russian or Kazakh name as the
user types (services/places.search_settlements, indexed, so it stays instant over a whole KATO classifier) and
offers the hits with their district, so that namesakes can be told apart. Reusable by any page or dialog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.domain.rules import normalise_name
from fieldapp.services import places
from fieldapp.services.context import Context
from fieldapp.services.places import SettlementHit
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import set_invalid

ID_ROLE = Qt.ItemDataRole.UserRole
HITS = 20


class SettlementPicker(QLineEdit):
    """Type the start of a name, pick a hit (arrows and Enter, or a click); a name typed in full that names one
    settlement is taken on leaving the field. `settlement_id()` is None until a settlement is chosen."""

    chosen = Signal(str)  # the settlement id, "" when the choice was cleared by typing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx: Context | None = None
        self._id: str | None = None
        self._hits: tuple[SettlementHit, ...] = ()
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        # The service already filtered by prefix over both languages; the completer must not filter again by the
        # label (a Kazakh name typed would hide a hit labelled in Russian).
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.editingFinished.connect(self._settle)
        self.setPlaceholderText(self.tr("Начните вводить название населённого пункта"))

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx

    def settlement_id(self) -> str | None:
        return self._id

    def set_settlement(self, settlement_id: str | None, label: str = "") -> None:
        """Show a settlement already chosen (a stop being edited)."""
        self._id = settlement_id or None
        self.setText(label if settlement_id else "")
        set_invalid(self, False)

    def hits(self) -> tuple[SettlementHit, ...]:
        return self._hits

    def _search(self, text: str) -> None:
        if self._id is not None:
            self._id = None
            self.chosen.emit("")
        set_invalid(self, False)
        self._hits = ()
        if self._ctx is not None and normalise_name(text):
            try:
                # Synchronous: an indexed prefix query returning at most HITS rows.
                self._hits = places.search_settlements(self._ctx, text, limit=HITS)
            except DomainError:
                self._hits = ()
        lang = current_language()
        self._model.clear()
        for hit in self._hits:
            item = QStandardItem(hit.label(lang))
            item.setData(hit.id, ID_ROLE)
            item.setToolTip(f"{hit.label(lang)}, {(hit.region_kk or hit.region_ru) if lang == 'kk' else hit.region_ru}")
            self._model.appendRow(item)
        completer, popup = self.completer(), self.completer().popup()
        if self._hits:
            completer.complete()
        elif popup is not None:
            popup.hide()

    def _picked(self, index: QModelIndex) -> None:
        settlement_id = index.data(ID_ROLE)
        if settlement_id:
            self._choose(str(settlement_id), str(index.data(Qt.ItemDataRole.DisplayRole)))

    def _choose(self, settlement_id: str, label: str) -> None:
        self._id = settlement_id
        if self.text() != label:
            self.setText(label)
        set_invalid(self, False)
        self.chosen.emit(settlement_id)

    def _settle(self) -> None:
        """Leaving the field: a name typed in full (or a label) that matches exactly one hit is that settlement."""
        if self._id is not None or not self.text().strip():
            return
        typed = normalise_name(self.text())
        lang = current_language()
        exact = [h for h in self._hits
                 if typed in (normalise_name(h.name_ru), normalise_name(h.name_kk), normalise_name(h.label(lang)))]
        if len(exact) == 1:
            self._choose(exact[0].id, exact[0].label(lang))
