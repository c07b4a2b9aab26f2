"""The file dialogs of the app: each kind of file starts in the folder last used for it, remembered across runs.

Qt's own dialogs are translated with the interface (i18n loads qtbase_<lang>); which folder they open in is the
app's affair. A folder is remembered per kind of file — packages, keys, reports, photos, journals — because a
coordinator keeps the USB stick's packages and the office's reports in different places. A remembered folder that
has gone (a stick pulled out) falls back to the default export folder of Settings, then Documents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp.config import app_paths
from fieldapp.ui.widgets.common import documents_folder

# The kinds of file (also the keys in desktop.ini; the sync page's three predate this module and keep their names).
PACKAGES_OUT, PACKAGES_IN, KEYS = "sync/export_folder", "sync/import_folder", "sync/key_folder"
REPORTS, TABLES, JOURNALS = "folders/reports", "folders/tables", "folders/journals"
PHOTOS, CALENDARS, DATABASES = "folders/photos", "folders/calendars", "folders/databases"


def desktop_settings() -> QSettings:
    """The desktop's remembered choices, in the app's own config folder (FIELDAPP_HOME in tests), not the registry."""
    return QSettings(str(app_paths().config / "desktop.ini"), QSettings.Format.IniFormat)


def last_folder(kind: str, fallback: Path | None = None) -> Path:
    """Where a dialog for `kind` starts: the folder last used for it while it exists, else `fallback` (while it
    exists), else the default folder (Settings' export folder, then Documents)."""
    for candidate in (desktop_settings().value(kind, ""), fallback):
        if candidate and Path(str(candidate)).is_dir():
            return Path(str(candidate))
    return documents_folder()


def remember_folder(kind: str, path: Path) -> None:
    """`path` (a file or a folder) was chosen for `kind`: the next dialog for it starts in its folder."""
    folder = path if path.is_dir() else path.parent
    settings = desktop_settings()
    settings.setValue(kind, str(folder))
    settings.sync()


def open_file(parent: QWidget | None, kind: str, title: str, filters: str, *,
              fallback: Path | None = None) -> Path | None:
    """One existing file chosen by the user (None: cancelled)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind, fallback)), filters)
    if not name:
        return None
    remember_folder(kind, Path(name))
    return Path(name)


def open_files(parent: QWidget | None, kind: str, title: str, filters: str) -> list[Path]:
    """Existing files chosen by the user (empty: cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(last_folder(kind)), filters)
    paths = [Path(name) for name in names]
    if paths:
        remember_folder(kind, paths[0])
    return paths


def save_file(parent: QWidget | None, kind: str, title: str, file_name: str, filters: str, *,
              folder: Path | None = None) -> tuple[Path | None, str]:
    """Where to write a new file proposed as `file_name` (in `folder`, else the last folder of `kind`): the path
    (None: cancelled) and the filter the user picked."""
    start = folder if folder is not None else last_folder(kind)
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(start / file_name), filters)
    if not name:
        return None, chosen
    remember_folder(kind, Path(name))
    return Path(name), chosen


def choose_folder(parent: QWidget | None, kind: str, title: str) -> Path | None:
    """An existing folder chosen by the user (None: cancelled)."""
    name = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind)))
    if not name:
        return None
    remember_folder(kind, Path(name))
    return Path(name)
