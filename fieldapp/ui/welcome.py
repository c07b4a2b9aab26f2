"""The first-start screen: create the local database, open the demo, or open a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from fieldapp.ui.forms.ui_welcome import Ui_WelcomePage


class WelcomePage(QWidget):
    createRequested = Signal()
    demoRequested = Signal()
    openRequested = Signal()

    def __init__(self, default_database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.locationLabel.setText(str(default_database))
        self.ui.createButton.clicked.connect(self.createRequested)
        self.ui.demoButton.clicked.connect(self.demoRequested)
        self.ui.openButton.clicked.connect(self.openRequested)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
