"""The «new poll» dialog: the question in Russian and Kazakh, the options one per line («Да | Иә» gives the Kazakh
label after the bar) and the campaign. It saves through the polls service and stays open when a field is refused."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import polls
from fieldapp.services.context import Context
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_poll_dialog import Ui_PollDialog
from fieldapp.ui.widgets.common import focus_field, set_invalid
from fieldapp.ui.widgets.save_keys import save_keys


def option_lines(text: str) -> list[str | tuple[str, str]]:
    """The options typed one per line; «ru | kk» carries both labels. Blank lines are skipped."""
    options: list[str | tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        ru, bar, kk = line.partition("|")
        options.append((ru.strip(), kk.strip()) if bar else ru.strip())
    return options


class PollDialog(QDialog):
    def __init__(self, ctx: Context, campaigns: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PollDialog()
        self.ui.setupUi(self)
        self.setObjectName("pollDialog")
        self._ctx = ctx
        self.poll_id: str | None = None
        self.ui.campaignCombo.addItem(self.tr("без кампании"), None)
        for campaign_id, title in campaigns:
            self.ui.campaignCombo.addItem(title, campaign_id)
        if campaigns:
            self.ui.campaignCombo.setCurrentIndex(1)
        self.ui.buttonBox.accepted.connect(self.save)
        # Enter saves from a one-line field, Ctrl+Enter from the options too (Enter there starts the next one).
        self._save_keys = save_keys(self, self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.questionRuEdit.textEdited.connect(lambda _t: set_invalid(self.ui.questionRuEdit, False))
        self.ui.optionsEdit.textChanged.connect(lambda: set_invalid(self.ui.optionsEdit, False))
        self._retranslate_buttons()

    def save(self) -> None:
        ui = self.ui
        try:
            self.poll_id = polls.create_poll(
                self._ctx, ui.questionRuEdit.text(), option_lines(ui.optionsEdit.toPlainText()),
                question_kk=ui.questionKkEdit.text(), campaign_id=ui.campaignCombo.currentData())
        except DomainError as exc:
            widget = ui.questionRuEdit if exc.field == "question" else ui.optionsEdit \
                if exc.field == "option" else None
            if widget is not None:
                set_invalid(widget, True)
                focus_field(widget)
            report(self, exc)
            return
        self.accept()

    def _retranslate_buttons(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Сохранить"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_buttons()
        super().changeEvent(event)
