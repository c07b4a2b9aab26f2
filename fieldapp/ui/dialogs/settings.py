"""Файл → «Настройки…» (Ctrl+,): the interface language (applied at once), the folder file dialogs start in for
exports, reports and sync packages, the signed-in account (and its password), the data folder, and the years the
holiday calendars know. Kept in the settings file (config.Settings) beside the language and the recent databases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from fieldapp.config import Settings, app_paths
from fieldapp.domain.enums import Role
from fieldapp.services import calendars
from fieldapp.services.context import Context
from fieldapp.ui.forms.ui_settings import Ui_SettingsDialog
from fieldapp.ui.i18n import LANGUAGES, current_language
from fieldapp.ui.widgets.common import documents_folder

__all__ = ["LANGUAGE_NAMES", "SettingsDialog"]

# Each language in its own name: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, ctx: Context | None, member: str | None, set_language: Callable[[str], None],
                 change_password: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("settingsDialog")
        self.ctx, self.member = ctx, member
        self._set_language, self._change_password = set_language, change_password
        ui = self.ui
        for code in LANGUAGES:
            ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        ui.languageCombo.setCurrentIndex(LANGUAGES.index(current_language()))
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.resetFolderButton.clicked.connect(lambda: self.set_folder(None))
        ui.openDataFolderButton.clicked.connect(self.open_data_folder)
        ui.changePasswordButton.clicked.connect(self._password)
        ui.changePasswordButton.setVisible(change_password is not None and ctx is not None and bool(ctx.account))
        ui.buttonBox.rejected.connect(self.reject)
        ui.dataFolderLabel.setText(str(self.data_folder()))
        self._retranslate()

    # -- language -------------------------------------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        code = self.ui.languageCombo.itemData(index)
        if code and code != current_language():
            self._set_language(code)  # the window switches, remembers it and retranslates everything (this too)

    # -- the default folder ---------------------------------------------------------------------------------------

    @staticmethod
    def folder() -> Path | None:
        """The default folder as saved (None: Documents)."""
        saved = Settings.load().export_folder
        return Path(saved) if saved else None

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Папка для экспорта и пакетов"),
                                                  str(documents_folder()))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        """Save `folder` as where file dialogs start (None: Documents again); only this field of the settings file
        is written, so the window's own fields stay as they are."""
        settings = Settings()
        settings.export_folder = str(folder) if folder else None
        settings.save(only=["export_folder"])
        self._show_folder()

    def _show_folder(self) -> None:
        folder = self.folder()
        edit = self.ui.folderEdit
        edit.setText(str(folder) if folder else self.tr("Документы (%1)").replace("%1", str(documents_folder())))
        edit.setToolTip(edit.text())
        edit.setCursorPosition(0)
        self.ui.resetFolderButton.setEnabled(folder is not None)

    # -- the data folder ------------------------------------------------------------------------------------------

    @staticmethod
    def data_folder() -> Path:
        return app_paths().data

    def open_data_folder(self) -> bool:
        folder = self.data_folder()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- the account ----------------------------------------------------------------------------------------------

    def _password(self) -> None:
        if self._change_password is not None:
            self._change_password()

    def account_text(self) -> str:
        ctx, lang = self.ctx, current_language()
        if ctx is None:
            return self.tr("база не открыта")
        if ctx.account:
            role = Role(ctx.role).label(lang) if ctx.role else "—"
            text = self.tr("%1, роль: %2").replace("%1", ctx.account).replace("%2", role)
            if self.member:
                text += "\n" + self.tr("Участник: %1").replace("%1", self.member)
            return text
        if ctx.read_only:
            return self.tr("вход не выполнен: база открыта только для чтения")
        return self.tr("база без учётных записей: вход не нужен")

    # -- the calendars --------------------------------------------------------------------------------------------

    def calendar_text(self) -> str:
        rows = calendars.list_calendars()
        if not rows:
            return self.tr("нет ни одного года: сроки считаются без праздников")
        imported = self.tr("импортирован")
        return ", ".join(f"{row.year} ({imported})" if row.origin == "imported" else str(row.year) for row in rows)

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        ui = self.ui
        combo = ui.languageCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(LANGUAGES.index(current_language()))
        combo.blockSignals(False)
        self._show_folder()
        ui.accountLabel.setText(self.account_text())
        ui.calendarLabel.setText(self.calendar_text())
        ui.dataFolderLabel.setToolTip(self.tr("Здесь база по умолчанию, фотографии, журналы работы и "
                                              "импортированные календари"))
