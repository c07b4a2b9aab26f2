"""The bar a page shows above its form: an unsaved draft found in the database (Restore / Discard), or why the
form's draft cannot be kept. Non-modal: the page works on while it is shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.ui.forms.ui_draft_bar import Ui_DraftBar
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import show_datetime


class DraftBar(QFrame):
    restoreRequested = Signal()
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DraftBar()
        self.ui.setupUi(self)
        self._saved_at: datetime | None = None
        self._problem: DomainError | None = None
        self.ui.restoreButton.clicked.connect(self.restoreRequested)
        self.ui.discardButton.clicked.connect(self.discardRequested)
        self.ui.closeButton.clicked.connect(self.dismiss)
        self.hide()

    @property
    def offering(self) -> bool:
        return self._saved_at is not None and not self.isHidden()

    def offer(self, saved_at: datetime) -> None:
        """Offer back the draft saved at `saved_at`."""
        self._saved_at, self._problem = saved_at, None
        self._show()

    def warn(self, problem: DomainError) -> None:
        """Say why the form's draft is not kept (too large, the database refused it); an offer stays first."""
        if self.offering:
            return
        self._saved_at, self._problem = None, problem
        self._show()

    def clear_problem(self) -> None:
        if self._problem is not None:
            self.dismiss()

    def dismiss(self) -> None:
        self._saved_at = self._problem = None
        self.hide()

    def _show(self) -> None:
        offering = self._saved_at is not None
        self.ui.restoreButton.setVisible(offering)
        self.ui.discardButton.setVisible(offering)
        self.ui.closeButton.setVisible(not offering)
        self._show_text()
        self.show()

    def _show_text(self) -> None:
        if self._saved_at is not None:
            self.ui.messageLabel.setText(
                self.tr("Найден несохранённый черновик от %1").replace("%1", show_datetime(self._saved_at)))
        elif self._problem is not None:
            self.ui.messageLabel.setText(self._problem.message(current_language()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_text()
        super().changeEvent(event)
