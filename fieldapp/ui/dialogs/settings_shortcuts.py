"""Справка → «Горячие клавиши»: every shortcut of the window, read from the window itself — the menu actions, the
pages' actions and the pages' QShortcuts — so the list cannot drift from what the keys do."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QHeaderView, QMenu, QTableWidgetItem, QWidget

from fieldapp.ui.forms.ui_settings_shortcuts import Ui_ShortcutsDialog
from fieldapp.ui.widgets.common import SHORTCUT_PREFIX, without_mnemonic

__all__ = ["ShortcutRow", "ShortcutsDialog", "collect_shortcuts"]

CONTEXT = "ShortcutsDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# What a page's bare QShortcut does when nothing names it: by its keys (portable text), as the pages use them.
_BY_KEYS: dict[str, str] = {
    "Ctrl+S": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Сохранить")),
    "Ctrl+F": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Поиск")),
    "F5": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Обновить")),
    "Ctrl+H": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "История изменений")),
    "Ctrl+N": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Новая запись")),
    "Esc": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Отменить ввод")),
    "Ctrl+L": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Список")),
    "Ctrl+Del": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Удалить")),
    "Ctrl+C": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Копировать")),
    "+": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Крупнее")),
    "=": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Крупнее")),
    "-": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Мельче")),
    "0": str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Показать всё")),
}
_DIGIT = re.compile(r"^\d$")
RUN = 3  # more keys than this for one action are shown as a range
_SHIFT_DIGIT = re.compile(r"^Shift\+.$")


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # as shown to the user (native text)
    where: str  # a menu's title or a page's
    what: str
    every_key: str = ""  # all the keys when `keys` shows a run as its ends (the cell's tooltip)


def _plain(text: str) -> str:
    """A menu or button text without its mnemonic and trailing dots."""
    return without_mnemonic(text).rstrip("…").rstrip(".").strip()


def _native(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _bare_action(sequence: QKeySequence) -> str:
    portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if portable in _BY_KEYS:
        return _tr(_BY_KEYS[portable])
    if _DIGIT.match(portable):
        return QCoreApplication.translate("ShortcutsDialog", "Отметить ответ с этим номером")
    if _SHIFT_DIGIT.match(portable):
        return QCoreApplication.translate("ShortcutsDialog", "Убрать отмеченный ответ с этим номером")
    return ""


def _keys_text(keys: list[str]) -> str:
    """Keys of one action, once each; a long run (the poll's 1…9) as its first and last."""
    unique = list(dict.fromkeys(keys))
    return f"{unique[0]} … {unique[-1]}" if len(unique) > RUN else ", ".join(unique)


def _named_button(owner: QWidget, name: str) -> QAbstractButton | None:
    """The button `name` nearest to a shortcut's owner: in the owner, else in its parents (a form's save button may
    sit beside the form, not in it); the nearest, so another page's button of the same name is never taken."""
    current: QWidget | None = owner
    while current is not None:
        button = current.findChild(QAbstractButton, name)
        if button is not None:
            return button
        current = current.parentWidget()
    return None


def collect_shortcuts(window: QWidget, page_of: Callable[[QObject], str | None],
                      places: Sequence[str] = ()) -> list[ShortcutRow]:
    """Every shortcut under `window`: its actions (where = the menu that shows them, or the page they belong to)
    and its pages' QShortcuts (what = the button they click, when it is named). `page_of` gives the title of the
    page an object lives on (None: the window itself). Rows of the same place and action are merged."""
    rows: list[ShortcutRow] = []
    for action in window.findChildren(QAction):
        keys = _native(action.shortcuts())
        if not keys:
            continue
        menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
        main = QCoreApplication.translate("ShortcutsDialog", "Главное окно")
        where = _plain(menus[0].title()) if menus else (page_of(action) or main)
        rows.append(ShortcutRow(keys, where, _plain(action.text()) or _plain(action.toolTip())))
    merged: dict[tuple[str, str], list[str]] = {}
    for shortcut in window.findChildren(QShortcut):
        sequence = shortcut.key()
        if sequence.isEmpty():
            continue
        what = shortcut.whatsThis()
        name = shortcut.objectName()
        parent = shortcut.parent()
        if not what and name.startswith(SHORTCUT_PREFIX) and isinstance(parent, QWidget):
            button = _named_button(parent, name[len(SHORTCUT_PREFIX):])
            if button is not None:
                what = _plain(button.text()) or _plain(button.toolTip())
        what = what or _bare_action(sequence) or QCoreApplication.translate("ShortcutsDialog", "Действие страницы")
        where = page_of(shortcut) or QCoreApplication.translate("ShortcutsDialog", "Главное окно")
        merged.setdefault((where, what), []).append(_native([sequence]))
    # The pages' keys in the order of `places` (the navigation's), the window's own first.
    ordered = sorted(merged.items(), key=lambda item: places.index(item[0][0]) if item[0][0] in places else -1)
    for (where, what), keys_list in ordered:
        rows.append(ShortcutRow(_keys_text(keys_list), where, what, ", ".join(dict.fromkeys(keys_list))))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, collect: Callable[[], list[ShortcutRow]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.setObjectName("shortcutsDialog")
        self._collect = collect
        header = self.ui.shortcutsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.rows: list[ShortcutRow] = []
        self.reload()

    def reload(self) -> None:
        self.rows = self._collect()
        table = self.ui.shortcutsTable
        table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for column, text in enumerate((row.keys, row.where, row.what)):
                item = QTableWidgetItem(text)
                item.setToolTip(row.every_key or text if column == 0 else text)
                table.setItem(i, column, item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.reload()
        super().changeEvent(event)


def page_title_finder(pages: Iterable[tuple[QWidget, str]]) -> Callable[[QObject], str | None]:
    """`page_of` for collect_shortcuts: the title of the page (of `pages`, widget and title) an object is on."""
    titles = {id(page): title for page, title in pages}

    def page_of(obj: QObject) -> str | None:
        current: QObject | None = obj
        while current is not None:
            if id(current) in titles:
                return titles[id(current)]
            current = current.parent()
        return None

    return page_of
