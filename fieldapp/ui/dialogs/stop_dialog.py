"""A planned stop of a tour's route, added or edited: the settlement (searched by name), the planned day, the venue
and its type, a note. It saves through the tours service and stays open when a field is refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fieldapp.domain.enums import VenueType
from fieldapp.domain.errors import DomainError
from fieldapp.services import tours
from fieldapp.services.context import Context
from fieldapp.services.tours import StopInfo
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_stop_dialog import Ui_StopDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import fill_enum_combo, focus_field, select_data, set_invalid
from fieldapp.ui.widgets.save_keys import save_keys


class StopDialog(QDialog):
    def __init__(self, ctx: Context, tour_id: str, stop: StopInfo | None = None, *, day: date | None = None,
                 position: int | None = None, parent: QWidget | None = None) -> None:
        """`stop` None adds a stop (on `day`, at `position` in the route or at its end); else edits that one."""
        super().__init__(parent)
        self.ui = Ui_StopDialog()
        self.ui.setupUi(self)
        self.setObjectName("stopDialog")
        self._ctx, self._tour_id, self._stop, self._position = ctx, tour_id, stop, position
        self.stop_id: str | None = stop.id if stop else None
        ui = self.ui
        self._first: QWidget = ui.settlementEdit
        ui.settlementEdit.set_context(ctx)
        fill_enum_combo(ui.venueTypeCombo, VenueType)
        when = (stop.planned_on if stop else None) or day or ctx.today()
        ui.dateEdit.setDate(QDate(when.year, when.month, when.day))
        if stop is not None:
            lang = current_language()
            name = (stop.settlement_kk or stop.settlement_ru) if lang == "kk" else stop.settlement_ru
            ui.settlementEdit.set_settlement(stop.settlement_id, name)
            select_data(ui.venueTypeCombo, stop.venue_type.value)
            ui.venueEdit.setText(stop.venue)
            ui.notesEdit.setPlainText(stop.notes)
        else:
            select_data(ui.venueTypeCombo, VenueType.CULTURE_HOUSE.value)
        ui.buttonBox.accepted.connect(self.save)
        # Enter saves from a one-line field, Ctrl+Enter from the note too.
        self._save_keys = save_keys(self, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def focus_date(self) -> None:
        """Open on the day: the stop is being moved to another day."""
        self._first = self.ui.dateEdit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first.setFocus()

    def save(self) -> None:
        ui = self.ui
        settlement = ui.settlementEdit.settlement_id() or ""
        planned_on: date = ui.dateEdit.date().toPython()  # type: ignore[assignment]
        kind = ui.venueTypeCombo.currentData()
        try:
            if self._stop is None:
                self.stop_id = tours.add_stop(self._ctx, self._tour_id, settlement, planned_on=planned_on,
                                              venue=ui.venueEdit.text(), venue_type=kind,
                                              notes=ui.notesEdit.toPlainText(), position=self._position)
            else:
                tours.update_stop(self._ctx, self._stop.id, settlement, planned_on=planned_on,
                                  venue=ui.venueEdit.text(), venue_type=kind, notes=ui.notesEdit.toPlainText())
        except DomainError as exc:
            if exc.field == "settlement":
                set_invalid(ui.settlementEdit, True)
                focus_field(ui.settlementEdit)
            report(self, exc)
            return
        self.accept()

    def _retranslate(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Сохранить"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.setWindowTitle(self.tr("Новая остановка") if self._stop is None else self.tr("Остановка маршрута"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            fill_enum_combo(self.ui.venueTypeCombo, VenueType)
            self._retranslate()
        super().changeEvent(event)
