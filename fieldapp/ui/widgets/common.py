"""Small helpers the pages share: enum pickers in the interface language, dates in the locale, field marking."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QStandardPaths, QTime
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from fieldapp.config import Settings
from fieldapp.ui import qt_lean
from fieldapp.ui.i18n import current_language

if TYPE_CHECKING:
    from datetime import date, datetime

    from PySide6.QtWidgets import QMessageBox

    from fieldapp.domain.enums import LabelledEnum


def fill_enum_combo(combo: QComboBox, enum: type[LabelledEnum], none_label: str | None = None) -> None:
    """Fill `combo` with the labels of `enum` in the interface language (the code as item data), keeping the
    current choice; `none_label` adds a first «not chosen» item whose data is None."""
    fill_combo(combo, enum.choices(current_language()), none_label)


def fill_combo(combo: QComboBox, rows: Iterable[tuple[object, str]], none_label: str | None = None, *,
               tips: bool = False) -> None:
    """Fill `combo` with `rows` (data, text), keeping the current choice (else the first item) and emitting no
    change; `none_label` adds a first «all» / «not chosen» item whose data is None; `tips` gives each row its text
    as a tooltip (a long name cut by a narrow picker is still readable)."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        if none_label is not None:
            combo.addItem(none_label, None)
        for data, text in rows:
            combo.addItem(text, data)
            if tips:
                combo.setItemData(combo.count() - 1, text, qt_lean.TOOLTIP_ROLE)  # a first page fills some
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def date_format(with_time: bool = False) -> str:
    """The interface locale's short date (and time) format with four-digit years: Qt's Kazakh short format is
    «dd.MM.yy», and «15.10.26» in a table, a combo or the status bar reads as a day, not a year."""
    locale = QLocale()
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat) if with_time else \
        locale.dateFormat(QLocale.FormatType.ShortFormat)
    return _TWO_DIGIT_YEAR.sub("yyyy", fmt)


def show_date(value: date | datetime | None) -> str:
    """A date (or the date of a datetime) in the short format of the interface locale, the year in four digits;
    «—» for none. Every date the interface shows goes through here (or show_datetime)."""
    from datetime import datetime  # here, not at import: the first paint shows no date, and the module costs ~3 ms

    if value is None:
        return "—"
    day = value.date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def show_datetime(value: datetime | None) -> str:
    """A moment in the interface locale's short format, the year in four digits; «—» for none."""
    if value is None:
        return "—"
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, date_format(with_time=True))


def show_number(value: int) -> str:
    return QLocale().toString(value)


def without_mnemonic(text: str) -> str:
    """A button's or menu's text as the user reads it: its «&» mnemonic marks gone («&&» is a literal «&»)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field the last save refused (the style sheet draws it red) or clear the mark."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def focus_field(widget: QWidget) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()


def set_state(widget: QWidget, state: str) -> None:
    """A label's look by meaning: "", "ok", "warn" or "bad" (see resources/styles/fieldapp.qss)."""
    if widget.property("state") == state:
        return
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


_UNSAFE = re.compile(r'[\\/*?"<>|\x00-\x1f]')


def safe_file_name(text: str) -> str:
    """`text` as a file name on every system: no path separators or reserved characters, no runs of spaces."""
    cleaned = _UNSAFE.sub(" ", text.replace(":", " -"))
    return " ".join(cleaned.split()).strip(" .") or "report"


def documents_folder() -> Path:
    """Where a file dialog starts before a folder was used: the default folder chosen in Settings (while it
    exists), else the user's Documents folder (the home folder when there is none)."""
    chosen = Settings.load().export_folder
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


SHORTCUT_PREFIX = "shortcutFor_"


def button_shortcuts(page: QWidget, *pairs: tuple[QAbstractButton, str]) -> list[QShortcut]:
    """Keyboard shortcuts for a page's buttons, kept as QShortcuts of the page.

    A shortcut given to a button in a .ui file does not survive: retranslateUi calls setText, and
    QAbstractButton.setText resets the shortcut to the text's mnemonic. A page-level QShortcut clicks the button
    (so a disabled button stays inert) and survives every language switch.
    """
    shortcuts = []
    for button, sequence in pairs:
        # Through its properties: the first page has some, and the setters would name Qt (see qt_lean).
        shortcut = QShortcut(page)
        shortcut.setProperty("key", sequence)
        shortcut.setProperty("context", qt_lean.WINDOW_SHORTCUT)
        # «Горячие клавиши» (Справка) finds the button a shortcut clicks by this name.
        shortcut.setObjectName(f"{SHORTCUT_PREFIX}{button.objectName()}")
        shortcut.activated.connect(button.animateClick)
        shortcuts.append(shortcut)
    return shortcuts


def ask_yes_no(parent: QWidget, title: str, text: str, on_yes: Callable[[], None], name: str, *,
               yes: str | None = None, no: str | None = None) -> QMessageBox:
    """A yes/no question that does not block (tests answer it) and is gone once answered; No is the default, so
    Enter does nothing irreversible. `on_yes` runs only on «Да» (or the `yes` text, «Удалить» say)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox  # made when first asked: its wrapper is slow to make at start

    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName(name)
    box.button(QMessageBox.StandardButton.Yes).setText(yes or QCoreApplication.translate("Questions", "Да"))
    box.button(QMessageBox.StandardButton.No).setText(no or QCoreApplication.translate("Questions", "Нет"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.button(QMessageBox.StandardButton.Yes).clicked.connect(on_yes)
    box.open()
    return box
