"""What the window sets before its first paint without naming PySide6's `Qt` namespace.

Naming PySide6's `Qt` namespace once makes every one of its ~150 enums a Python enum: 15 ms of the start, which a
bare window never pays; some setters name it too, to tell their overloads apart (an action's shortcut). What the
first paint sets goes through Qt's property system, or an int argument, with these numbers instead (compiled forms
likewise: build_forms.avoid_qt_namespace); everything after the paint names `Qt` as usual. The numbers are Qt's
own and fixed across Qt 6; tests/ui/test_startup_lean.py checks each against Qt, and that the start stays clear.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

USER_ROLE = 0x100  # Qt.ItemDataRole.UserRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
ALIGN_TOP_LEFT = 0x21  # Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
WINDOW_SHORTCUT = 1  # Qt.ShortcutContext.WindowShortcut
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText


def set_shortcut(target: QObject, sequence: str) -> None:
    """`target.setShortcut(QKeySequence(sequence))` for an action, through its property: Qt makes the key sequence
    from the text itself (nor is PySide's QKeySequence class made, another 2 ms of enums)."""
    target.setProperty("shortcut", sequence)
