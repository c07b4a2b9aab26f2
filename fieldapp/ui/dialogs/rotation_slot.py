"""A rotation slot added or changed by hand (the planning page): a group, a district, a first and a last day. The
rules (one district per group at a time, one group per district at a time) are services/campaigns.py's; a refusal
stays in the dialog, under the fields, with the field at fault marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import campaigns
from fieldapp.services.campaigns import DistrictRef, GroupInfo
from fieldapp.services.context import Context
from fieldapp.services.planning import SlotView
from fieldapp.ui.forms.ui_rotation_slot import Ui_RotationSlotDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import focus_field, set_invalid, set_state
from fieldapp.ui.widgets.save_keys import save_keys


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RotationSlotDialog(QDialog):
    def __init__(self, ctx: Context, groups: Sequence[GroupInfo], districts: Sequence[DistrictRef],
                 slot: SlotView | None, period: tuple[date, date], parent: QWidget | None = None) -> None:
        """`slot` None adds a slot (any of `groups`); else changes that one's district and days (its group stays)."""
        super().__init__(parent)
        self.ui = Ui_RotationSlotDialog()
        self.ui.setupUi(self)
        self.setObjectName("rotationSlotDialog")
        self._ctx, self._slot = ctx, slot
        self.slot_id: str | None = slot.id if slot else None
        ui, lang = self.ui, current_language()
        for group in groups:
            ui.groupCombo.addItem(f"{group.name} ({group.code})" if group.code else group.name, group.id)
        for district in districts:
            ui.districtCombo.addItem(district.name_kk if lang == "kk" and district.name_kk else district.name_ru,
                                     district.id)
        if slot is not None:
            ui.groupCombo.setCurrentIndex(max(ui.groupCombo.findData(slot.group_id), 0))
            ui.districtCombo.setCurrentIndex(max(ui.districtCombo.findData(slot.district.id), 0))
            period = (slot.starts_on, slot.ends_on)
        ui.groupCombo.setEnabled(slot is None)  # a slot is its group's: moving it is a district or days
        ui.fromEdit.setDate(_qdate(period[0]))
        ui.toEdit.setDate(_qdate(period[1]))
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self.save)
        self._save_keys = save_keys(self, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def save(self) -> None:
        ui = self.ui
        first: date = ui.fromEdit.date().toPython()  # type: ignore[assignment]
        last: date = ui.toEdit.date().toPython()  # type: ignore[assignment]
        for widget in (ui.districtCombo, ui.fromEdit, ui.toEdit, ui.groupCombo):
            set_invalid(widget, False)
        try:
            if self._slot is None:
                self.slot_id = campaigns.add_rotation_slot(self._ctx, ui.groupCombo.currentData() or "",
                                                           ui.districtCombo.currentData() or "", first, last)
            else:
                campaigns.update_rotation_slot(self._ctx, self._slot.id, ui.districtCombo.currentData() or "",
                                               first, last)
        except DomainError as exc:
            widget = {"district": ui.districtCombo, "period": ui.toEdit, "group": ui.groupCombo}.get(exc.field or "")
            if widget is not None:
                set_invalid(widget, True)
                focus_field(widget)
            ui.errorLabel.setText(exc.message(current_language()))
            set_state(ui.errorLabel, "bad")
            ui.errorLabel.setVisible(True)
            return
        self.accept()

    def _retranslate(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Сохранить"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.setWindowTitle(self.tr("Новый слот ротации") if self._slot is None else self.tr("Слот ротации"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
