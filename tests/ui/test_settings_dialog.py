"""Файл → «Настройки…» (Ctrl+,) on a database from `fieldapp init`, in ru and kk: the language switches the whole
window at once and is remembered; the default folder is where the app's real file dialogs open; the signed-in
account with its role, the data folder (opened through QDesktopServices) and the calendar years are shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from enter_helpers import BOSS, init_office
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from fieldapp.config import Settings, app_paths
from fieldapp.domain.enums import Role
from fieldapp.services import calendars
from fieldapp.ui import i18n
from fieldapp.ui.dialogs.settings import SettingsDialog
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.reports import ReportsPage
from fieldapp.ui.widgets.common import documents_folder

WindowFactory = Callable[..., MainWindow]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`fieldapp init office.db`: the coordinator's account, signed in through the environment as the CLI does."""
    return init_office(tmp_path, monkeypatch)


def open_settings(window: MainWindow, qtbot: QtBot) -> SettingsDialog:
    assert window.ui.actionSettings.shortcut() == QKeySequence("Ctrl+,")
    window.ui.actionSettings.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def start_folder_of_next_file_dialog(qtbot: QtBot) -> list[str]:
    """Watch for the app's next (real, Qt-drawn) file dialog: note the folder it opened in, then cancel it."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.directory().absolutePath())
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_account_data_folder_and_calendar_years_are_shown(
    make_window: WindowFactory, qtbot: QtBot, office: Path, lang: str
) -> None:
    window = make_window(office, lang)
    assert window.ctx is not None and window.ctx.account == BOSS
    dialog = open_settings(window, qtbot)
    ui = dialog.ui
    account = ui.accountLabel.text()
    assert BOSS in account and Role.COORDINATOR.label(lang) in account
    assert ui.dataFolderLabel.text() == str(app_paths().data)
    years = [row.year for row in calendars.list_calendars()]
    assert years and all(str(year) in ui.calendarLabel.text() for year in years)
    assert ui.languageCombo.currentData() == lang
    assert dialog.windowTitle() == {"ru": "Настройки", "kk": "Параметрлер"}[lang]
    # «Сменить пароль…» opens the window's own dialog for the signed-in account.
    assert ui.changePasswordButton.isVisibleTo(dialog)
    ui.changePasswordButton.click()
    assert window.password_dialog is not None and window.password_dialog.isVisible()
    window.password_dialog.reject()


@pytest.mark.parametrize(("start", "target"), [("ru", "kk"), ("kk", "ru")])
def test_changing_the_language_applies_at_once_and_is_remembered(
    make_window: WindowFactory, qtbot: QtBot, office: Path, start: str, target: str
) -> None:
    window = make_window(office, start)
    dialog = open_settings(window, qtbot)
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData(target))
    assert i18n.current_language() == target
    # Qt posts LanguageChange to every widget: the texts follow once those are delivered.
    qtbot.waitUntil(lambda: window.ui.actionSettings.text() == {"ru": "&Настройки…", "kk": "&Параметрлер…"}[target])
    assert window.ui.actionLanguageKk.isChecked() == (target == "kk")
    assert window.ui.menuHelp.title() == {"ru": "&Справка", "kk": "&Анықтама"}[target]
    # The dialog follows too, and the choice is the one the next start reads.
    assert dialog.windowTitle() == {"ru": "Настройки", "kk": "Параметрлер"}[target]
    assert dialog.ui.languageTitle.text() == {"ru": "&Язык интерфейса:", "kk": "Интерфейс &тілі:"}[target]
    assert Settings.load().language == target


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_default_folder_is_where_the_file_dialogs_start(
    make_window: WindowFactory, qtbot: QtBot, office: Path, tmp_path: Path, lang: str
) -> None:
    window = make_window(office, lang)
    dialog = open_settings(window, qtbot)
    folder = tmp_path / "exports"
    folder.mkdir()
    before = documents_folder()
    assert before != folder
    dialog.set_folder(folder)
    assert Settings.load().export_folder == str(folder)
    assert dialog.ui.folderEdit.text() == str(folder)
    # The window's own settings saved later (the geometry at close) do not undo it.
    window.backend.remember_language(lang)
    assert Settings.load().export_folder == str(folder)
    dialog.close()

    # File → import a journal: the real file dialog opens in the chosen folder.
    seen = start_folder_of_next_file_dialog(qtbot)
    window.ui.actionImportJournal.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert Path(seen[0]) == folder
    # The Sync page's package export asks in the same folder, and the Reports page proposes its file there.
    window.show_page("sync")
    seen = start_folder_of_next_file_dialog(qtbot)
    window.pages["sync"].export_changes()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(seen))
    assert Path(seen[0]) == folder
    reports = window.pages["reports"]
    assert isinstance(reports, ReportsPage)
    assert reports.proposed_path().parent == folder

    # «Документы» puts the Documents folder back.
    dialog = open_settings(window, qtbot)
    dialog.ui.resetFolderButton.click()
    assert Settings.load().export_folder is None
    assert documents_folder() == before
    assert not dialog.ui.resetFolderButton.isEnabled()


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_data_folder_opens_in_the_file_manager(make_window: WindowFactory, qtbot: QtBot, office: Path) -> None:
    window = make_window(office, "kk")
    dialog = open_settings(window, qtbot)
    opened = _Opened()
    # Qt's own hook for file URLs: what QDesktopServices would hand to the system's file manager comes here.
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]
    try:
        dialog.ui.openDataFolderButton.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [app_paths().data]
    assert app_paths().data.is_dir()


def test_without_a_database_the_settings_still_open(make_window: WindowFactory, qtbot: QtBot) -> None:
    """On the welcome screen: the language and folders can be set; there is no account to show."""
    window = make_window(None, "kk")
    assert window.ctx is None
    dialog = open_settings(window, qtbot)
    assert dialog.ui.accountLabel.text() == "дерекқор ашылмаған"
    assert not dialog.ui.changePasswordButton.isVisibleTo(dialog)
    assert dialog.ui.folderEdit.text() == f"Құжаттар ({documents_folder()})"
