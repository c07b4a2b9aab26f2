"""The Export dialog: what to hand to other tools (stops or signals as GeoJSON, receptions or control items as CSV)
and whether to leave personal data out. It only asks; the File menu's controller writes the file."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton, QWidget

from fieldapp.services.context import Context
from fieldapp.ui.forms.ui_export import Ui_ExportDialog
from fieldapp.ui.widgets.access import guard


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.setObjectName("exportDialog")
        self._choices: tuple[tuple[QRadioButton, str, str], ...] = (
            (self.ui.stopsRadio, "geojson", "stops"), (self.ui.signalsRadio, "geojson", "signals"),
            (self.ui.receptionsRadio, "csv", "receptions"), (self.ui.controlRadio, "csv", "control"),
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._ctx: Context | None = None
        self._retranslate_buttons()

    def set_context(self, ctx: Context | None) -> None:
        """Whose export it is: a role that may not export personal data (services/roles.py) gets «leave personal
        data out» ticked and locked, the reason in its tooltip."""
        self._ctx = ctx
        self._show_access()

    def _show_access(self) -> None:
        if guard(self.ui.redactCheck, self._ctx, "export.personal"):
            self.ui.redactCheck.setChecked(True)

    def choice(self) -> tuple[str, str]:
        """(kind, what) as the exports service names them: ("geojson", "stops") …"""
        return next(((kind, what) for radio, kind, what in self._choices if radio.isChecked()), ("geojson", "stops"))

    def select(self, kind: str, what: str) -> None:
        for radio, k, w in self._choices:
            radio.setChecked((k, w) == (kind, what))

    def redact(self) -> bool:
        return self.ui.redactCheck.isChecked()

    def _retranslate_buttons(self) -> None:
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Сохранить…"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_buttons()
            self._show_access()
        super().changeEvent(event)
