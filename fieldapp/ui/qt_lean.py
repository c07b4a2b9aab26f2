"""What the window sets before its first paint without naming PySide6's `Qt` namespace.

Naming PySide6's `Qt` namespace once makes every one of its ~150 enums a Python enum: 15 ms of the start, which a
bare window never pays; some setters name it too, to tell their overloads apart (an action's shortcut). What the
first paint sets goes through Qt's property system, or an int argument, with these numbers instead (compiled forms
likewise: build_forms.avoid_qt_namespace); everything after the paint names `Qt` as usual. The numbers are Qt's
own and fixed across Qt 6; tests/ui/test_startup_lean.py checks each against Qt, and that the start stays clear.

Importing this module also spares the start PySide's source scan of the modules imported after it (see
`skip_source_scan`); `ui.application` imports it before its own modules for that reason.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

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


def skip_source_scan() -> bool:
    """Tell PySide that fieldapp's own modules and the standard library's select no `__feature__`, without it reading
    their source.

    For its opt-in `from __feature__ import snake_case`, PySide reads the whole source of every module named in an
    import statement after PySide itself was imported (inspect.getsource, PYSIDE-2029) to see whether it mentions
    PySide6: 37 modules and ~10 ms of the start, which a bare window never pays. No fieldapp module selects a
    feature, so the answer a scan would give changes nothing (0 and -1 both mean "no feature" while no module asks
    for one); any other package is still scanned as PySide does. Returns whether the scan was replaced: a PySide whose
    internals differ keeps its own scan, only slower.
    """
    feature = sys.modules.get("shibokensupport.feature")
    scan: Any = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan):
        return False
    if getattr(scan, "fieldapp_skips", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        top = (getattr(module, "__name__", None) or "").partition(".")[0]
        if top == "fieldapp":
            return True  # what the scan finds for a module naming PySide6: flag 0, no feature
        if top in sys.stdlib_module_names:
            return False
        return bool(scan(module))

    uses_pyside.fieldapp_skips = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


skip_source_scan()
