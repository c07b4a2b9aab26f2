"""The page shown for a section that is not built yet: its name, «Раздел в разработке» and what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from fieldapp.services.context import Context
from fieldapp.ui.forms.ui_placeholder import Ui_PlaceholderPage
from fieldapp.ui.pages import PageSpec


class PlaceholderPage(QWidget):
    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.setObjectName(f"page_{spec.key}")
        self.ui.iconLabel.setPixmap(spec.qicon().pixmap(64, 64))
        self._retranslate()

    def set_context(self, ctx: Context | None) -> None:
        return None

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.titleLabel.setText(self.spec.translated_title())
        self.ui.descriptionLabel.setText(self.spec.translated_description())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
