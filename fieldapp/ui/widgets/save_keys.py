"""Enter saves a form as it does at the reception desk: Enter in a single-line field (a line, a number, a date, a
picker, a tick box) clicks the form's save button, Ctrl+Enter clicks it from anywhere in the form — a multi-line
field too, where Enter starts a new line — and the button's tooltip names the keys. One helper for every page and
dialog, so the keys mean the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fieldapp.ui.widgets.common import SHORTCUT_PREFIX, without_mnemonic

__all__ = ["CTRL_ENTER", "ENTER", "SaveKeys", "save_keys"]

ENTER = "Enter"
CTRL_ENTER = "Ctrl+Enter"
# Fields where Enter means nothing else: it may save. (A table's editor commits its cell, a list opens its item, a
# multi-line field starts a new line, a button presses itself: they keep Enter.)
_ENTRY_FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox)
_MULTI_LINE = (QPlainTextEdit, QTextEdit)
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SaveKeys(QObject):
    """The keys of one form (`form`: the widget holding its fields) that click `button`.

    Enter is caught on its way up from the field: a field that uses Enter itself (a completer's popup, a table's
    editor, a multi-line field) accepts the key press, and it never reaches the form. Ctrl+Enter is a QShortcut of
    the form, so the «Горячие клавиши» list finds it and names the button."""

    def __init__(self, form: QWidget, button: QAbstractButton, *, enter: bool = True, ctrl_enter: bool = True,
                 skip: tuple[QWidget, ...] = ()) -> None:
        super().__init__(form)
        self.form, self.button, self.enter, self.skip = form, button, enter, skip
        self.shortcut: QShortcut | None = None
        form.installEventFilter(self)
        if ctrl_enter:
            shortcut = QShortcut(form)
            # Return is the main keyboard's key, Enter the keypad's.
            shortcut.setKeys([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setObjectName(f"{SHORTCUT_PREFIX}{button.objectName()}")
            shortcut.activated.connect(self.press)
            self.shortcut = shortcut
        self._shown = ""  # the tooltip this helper last set
        self._own = ""  # the button's own tooltip, without the keys ("" : none, its text stands for it)
        self._from_text: set[str] = set()  # the button's texts this helper made tooltips of
        button.installEventFilter(self)
        self.show_keys()

    def keys(self) -> str:
        """The keys as the tooltip names them: Ctrl+Enter only where a multi-line field needs it."""
        multi_line = any(self.form.findChildren(kind) for kind in _MULTI_LINE)
        named = [ENTER] if self.enter else []
        if self.shortcut is not None and (multi_line or not self.enter):
            named.append(CTRL_ENTER)
        return ", ".join(named)

    def press(self) -> bool:
        """Click the button when it can be clicked; False leaves the key to the others (a dialog's default)."""
        if not (self.button.isEnabled() and self.button.isVisibleTo(self.form.window())):
            return False
        self.button.click()
        return True

    def is_entry(self, widget: QWidget | None) -> bool:
        """Whether Enter in `widget` (the focus) saves this form."""
        if widget is None or not (widget is self.form or self.form.isAncestorOf(widget)):
            return False
        current: QWidget | None = widget
        while current is not None and current is not self.form:
            if isinstance(current, QAbstractItemView) or current in self.skip:
                return False
            current = current.parentWidget()
        return isinstance(widget, _ENTRY_FIELDS) or isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)

    def show_keys(self) -> None:
        """«… (Enter)» after the button's own tooltip, or after its text when it has none; kept through language
        switches and renames (retranslateUi sets the tooltip or the text again). A disabled button's tooltip is
        left alone: it may be the reason it is disabled (widgets/access.py), and its keys do nothing then."""
        if not self.button.isEnabled():
            return
        tip = self.button.toolTip()
        suffix = f" ({self.keys()})"
        if tip != self._shown:  # set by someone else: the button's own tooltip now, unless it is one of ours
            # given back (widgets/access.py restores the tooltip it found, maybe ours, after a language switch)
            own = tip.removesuffix(suffix)
            self._own = "" if own in self._from_text else own
        base = self._own
        if not base:
            base = without_mnemonic(self.button.text())
            self._from_text.add(base)
        text = base + suffix
        self._shown = text
        if text != tip:
            self.button.setToolTip(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.button:
            # ToolTip: just before it shows (a page may have renamed the button: «Сохранить изменения»).
            if kind in (QEvent.Type.LanguageChange, QEvent.Type.ToolTipChange, QEvent.Type.ToolTip,
                        QEvent.Type.EnabledChange):
                self.show_keys()
            return False
        if kind == QEvent.Type.Show:
            self.show_keys()  # the button's text may have been set after this helper was made
        elif self.enter and kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in _RETURN_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
                and self.is_entry(self.form.window().focusWidget()):
            return self.press()
        return False


def save_keys(form: QWidget, button: QAbstractButton, *, enter: bool = True, ctrl_enter: bool = True,
              skip: tuple[QWidget, ...] = ()) -> SaveKeys:
    """Enter in `form`'s single-line fields and Ctrl+Enter anywhere in it click `button` (when enabled); `skip`:
    fields whose Enter does something else (a search box). Kept alive by `form`."""
    return SaveKeys(form, button, enter=enter, ctrl_enter=ctrl_enter, skip=skip)
