"""File dialogs: each kind of file starts in the folder last used for it (across runs, per kind, falling back when
the folder is gone), and Qt's own dialog speaks the interface language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from fieldapp.config import Settings
from fieldapp.ui import i18n
from fieldapp.ui.dialogs.holiday_calendars import HolidayCalendarsDialog
from fieldapp.ui.widgets import file_dialogs
from fieldapp.ui.widgets.common import documents_folder


class Dialogs:
    """Qt's static dialogs answered as a user would: each call's start folder is kept, the answer is the next one."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[str] = []
        self.answers: list[str] = []

        def one(_parent: object, _title: str, start: str, *_rest: object) -> tuple[str, str]:
            self.started.append(start)
            return self.answers.pop(0), ""

        def many(_parent: object, _title: str, start: str, *_rest: object) -> tuple[list[str], str]:
            self.started.append(start)
            answer = self.answers.pop(0)
            return ([answer] if answer else []), ""

        def folder(_parent: object, _title: str, start: str, *_rest: object) -> str:
            self.started.append(start)
            return self.answers.pop(0)

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(one))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(one))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(many))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def test_each_kind_starts_in_its_own_last_folder(qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    stick, office = tmp_path / "USB stick", tmp_path / "Отчёты района"
    stick.mkdir()
    office.mkdir()
    dialogs.answers = [str(stick / "fieldapp-AAAA.fieldsync"), str(office / "сводка.pdf"), "",
                       str(stick / "b.fieldsync"), "", ""]

    assert file_dialogs.open_files(None, file_dialogs.PACKAGES_IN, "t", "*") == [stick / "fieldapp-AAAA.fieldsync"]
    assert file_dialogs.save_file(None, file_dialogs.REPORTS, "t", "сводка.pdf", "*")[0] == office / "сводка.pdf"
    # Cancelled: nothing chosen, nothing remembered.
    assert file_dialogs.open_file(None, file_dialogs.KEYS, "t", "*") is None
    file_dialogs.open_files(None, file_dialogs.PACKAGES_IN, "t", "*")
    file_dialogs.save_file(None, file_dialogs.REPORTS, "t", "второй.pdf", "*")
    file_dialogs.open_file(None, file_dialogs.KEYS, "t", "*")

    first_packages, first_report, first_key, packages, report, key = dialogs.started
    assert first_packages == first_key == str(documents_folder())
    assert first_report == str(documents_folder() / "сводка.pdf")
    assert packages == str(stick)
    assert report == str(office / "второй.pdf")
    assert key == str(documents_folder())  # the cancelled dialog left the keys' folder as it was


def test_the_folder_is_remembered_across_runs_and_forgotten_when_gone(qtbot: QtBot, tmp_path: Path,
                                                                      dialogs: Dialogs) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.answers = [str(stick)]
    assert file_dialogs.choose_folder(None, file_dialogs.PACKAGES_OUT, "t") == stick
    # A later run reads the same file (desktop.ini in the app's config folder): nothing is kept in memory only.
    assert file_dialogs.desktop_settings().value(file_dialogs.PACKAGES_OUT) == str(stick)
    assert file_dialogs.last_folder(file_dialogs.PACKAGES_OUT) == stick

    # The stick is pulled out: the default folder of Settings, then Documents.
    shutil.rmtree(stick)
    chosen = tmp_path / "exports"
    chosen.mkdir()
    settings = Settings.load()
    settings.export_folder = str(chosen)
    settings.save(only=["export_folder"])
    assert file_dialogs.last_folder(file_dialogs.PACKAGES_OUT) == chosen
    shutil.rmtree(chosen)
    assert file_dialogs.last_folder(file_dialogs.PACKAGES_OUT) == documents_folder()


def test_a_dialog_of_the_app_starts_where_the_last_file_came_from(qtbot: QtBot, tmp_path: Path,
                                                                  dialogs: Dialogs) -> None:
    """The holiday calendars dialog, twice, as on two days: the second import starts in the first one's folder."""
    folder = tmp_path / "Календари"
    folder.mkdir()
    year = folder / "2028.json"
    year.write_text(json.dumps({"year": 2028, "holidays": [], "transfers": []}), encoding="utf-8")
    for _ in range(2):
        dialog = HolidayCalendarsDialog()
        qtbot.addWidget(dialog)
        dialogs.answers.append(str(year))
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert dialogs.started == [str(documents_folder()), str(folder)]


@pytest.mark.parametrize(("lang", "cancel"), [("ru", "Отмена"), ("kk", None)])
def test_qt_file_dialog_speaks_the_interface_language(qtbot: QtBot, lang: str, cancel: str | None) -> None:
    i18n.switch_language(lang)
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog: the one a Linux laptop shows
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = [button.text().replace("&", "") for button in box.buttons()]
    expected = cancel or QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert expected != "Cancel" and expected in texts, texts
