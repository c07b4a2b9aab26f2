"""A file refused as a whole (all or nothing), shown as a table of its problems — row, column, header, what is
wrong — so that each can be found and fixed in the spreadsheet without guessing. Used for the KATO classifier and for
any import refused before its preview could be shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from fieldapp.services.sheets import ImportRefused
from fieldapp.ui.dialogs.journal_preview import WIDEST_COLUMN, problem_model, show_sheet_column
from fieldapp.ui.forms.ui_import_problems import Ui_ImportProblemsDialog
from fieldapp.ui.i18n import current_language


class ImportProblemsDialog(QDialog):
    def __init__(self, refusal: ImportRefused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportProblemsDialog()
        self.ui.setupUi(self)
        self.setObjectName("importProblemsDialog")
        self.refusal = refusal
        self.problems = problem_model(self)
        view = self.ui.problemsView
        view.setModel(self.problems)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.closeButton.clicked.connect(self.accept)
        # Ctrl+C copies the whole list wherever the focus is: the table shows one cell per column, the clipboard
        # gets every message whole.
        QShortcut(QKeySequence.StandardKey.Copy, self, self.copy,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show()

    def _show(self) -> None:
        lang = current_language()
        self.ui.fileLabel.setText(self.tr("Файл: %1").replace("%1", self.refusal.file))
        count = len(self.refusal.problems)
        self.ui.messageLabel.setText(self.refusal.message(lang) if count == 1 else self.tr(
            "Файл не импортирован: найдено ошибок — %1.").replace("%1", str(count)))
        self.problems.set_rows(self.refusal.problems)
        view = self.ui.problemsView
        show_sheet_column(view, self.refusal.problems)
        view.resizeColumnsToContents()
        for column in range(self.problems.columnCount() - 1):
            view.setColumnWidth(column, min(view.columnWidth(column), WIDEST_COLUMN))

    def text(self) -> str:
        """Every problem in full, one per line, in the interface language."""
        lang = current_language()
        return "\n".join(problem.message(lang) for problem in self.refusal.problems)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.problems.retranslate()
            self._show()
        super().changeEvent(event)
