"""What keeps the start light (issue 17, item 4) beyond the modules it leaves for later (test_startup_imports.py):
compiled forms that import only the Qt names they use, a log file without logging.handlers, pages built
inside the window's stack."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldapp.ui import build_forms
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages import PAGE_CLASSES

ROOT = Path(__file__).resolve().parents[2]
WindowFactory = Callable[..., MainWindow]


def _qt_imports(tree: ast.Module) -> list[str]:
    return [alias.asname or alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("PySide6.") for alias in node.names]


@pytest.mark.parametrize("ui_file", build_forms.form_files(), ids=lambda p: p.name)
def test_a_compiled_form_imports_only_the_qt_names_it_uses(ui_file: Path) -> None:
    """Importing a Qt class makes its Python type and all of its enums; uic's fixed list of 40 names cost the main
    window's form about 10 ms of the start."""
    tree = ast.parse(build_forms.compiled_path(ui_file).read_text(encoding="utf-8"))
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    imported = _qt_imports(tree)
    assert imported, "a form builds Qt widgets"
    assert [name for name in imported if name not in used] == []


def test_pruning_keeps_what_a_form_uses_and_drops_the_rest() -> None:
    code = textwrap.dedent("""\
        from PySide6.QtCore import (QCoreApplication, QDate,
            QSize, Qt)
        from PySide6.QtGui import (QBrush, QGradient)
        from fieldapp.ui.widgets.settlement_picker import SettlementPicker

        class Ui_X(object):
            def setupUi(self, X):
                X.setMinimumSize(QSize(1, 1))  # QDate in a comment is not a use
                self.label = SettlementPicker(X)
                self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.label.setText(u"QBrush")
        """)
    pruned = build_forms.prune_qt_imports(code)
    assert _qt_imports(ast.parse(pruned)) == ["QSize", "Qt"]
    assert "from fieldapp.ui.widgets.settlement_picker import SettlementPicker" in pruned  # not Qt's: kept
    assert "QtGui" not in pruned
    assert pruned.split("class Ui_X", 1)[1] == code.split("class Ui_X", 1)[1]


def test_the_start_writes_its_log_without_logging_handlers_ctypes_or_qtsvg(tmp_path: Path) -> None:
    """logging.handlers brings sockets, pickle and queues (~6 ms of the start) for the one class the log would use:
    the app's own start writes its rotating log file without it."""
    child = textwrap.dedent("""
        import json, logging, sys
        import fieldapp.app
        fieldapp.app.launch(None, "ru")
        logging.getLogger("fieldapp.test").warning("the start's log works")
        from pathlib import Path
        maps = Path("/proc/self/maps").read_text()
        print(json.dumps({"handlers": "logging.handlers" in sys.modules, "ctypes": "ctypes" in sys.modules,
                          "svg": "libQt6Svg" in maps}))
    """)
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, env=env,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    # Nor ctypes, which the desktop check loads only for a display's plugin or once importing Qt has failed; nor
    # QtSvg, whose icon engine and thirteen renders took ~20 ms (the icons are PNG renditions: ui/icons.py).
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"handlers": False, "ctypes": False, "svg": False}
    logs = list(home.rglob("fieldapp.log"))
    assert len(logs) == 1 and "the start's log works" in logs[0].read_text(encoding="utf-8")


class ProbePage(QWidget):
    """A page that notes where it was made (the real pages' constructors take the same arguments)."""

    made_in: list[QWidget | None] = []

    def __init__(self, runner: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ProbePage.made_in.append(self.parentWidget())

    def set_context(self, ctx: object) -> None:
        pass


def test_pages_are_built_inside_the_page_stack(make_window: WindowFactory, qtbot: QtBot, small_db: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A page made alone and then moved into the styled window has its widgets' style worked out twice."""
    monkeypatch.setitem(PAGE_CLASSES, "planning", f"{__name__}:ProbePage")
    ProbePage.made_in.clear()
    window: MainWindow = make_window(small_db)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("planning")
    assert ProbePage.made_in == [window.ui.pageStack]
    for key in ("dashboard", "control", "planning"):  # the first page, then pages built on their first visit
        window.show_page(key)
        page = window.pages[key]
        assert page.parentWidget() is window.ui.pageStack
        assert window.ui.pageStack.currentWidget() is page and page.isVisible()


def test_the_numbers_set_before_the_paint_are_qts_own() -> None:
    from PySide6.QtCore import Qt

    from fieldapp.ui import qt_lean

    assert Qt.ItemDataRole.UserRole.value == qt_lean.USER_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == qt_lean.TOOLTIP_ROLE
    assert (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value == qt_lean.ALIGN_TOP_LEFT
    assert Qt.ShortcutContext.WindowShortcut.value == qt_lean.WINDOW_SHORTCUT
    assert Qt.TextFormat.PlainText.value == qt_lean.PLAIN_TEXT


def test_forms_set_enum_properties_and_shortcuts_without_naming_qt() -> None:
    code = textwrap.dedent("""\
        from PySide6.QtCore import (QCoreApplication, Qt)
        from PySide6.QtGui import (QAction, QKeySequence)
        from PySide6.QtWidgets import (QFormLayout, QLabel, QSplitter, QVBoxLayout)

        class Ui_X(object):
            def setupUi(self, X):
                self.actionOpen = QAction(X)
                self.actionOpen.setShortcut(u"Ctrl+O")
                self.label = QLabel(X)
                self.label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
                self.form = QFormLayout()
                self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
                self.splitter = QSplitter(self.label)
                self.splitter.setOrientation(Qt.Orientation.Vertical)
                self.box = QVBoxLayout()
                self.box.setAlignment(Qt.AlignmentFlag.AlignTop)
        """)
    lean = build_forms.prune_qt_imports(build_forms.avoid_qt_namespace(code))
    assert 'self.actionOpen.setProperty("shortcut", u"Ctrl+O")' in lean
    assert 'self.label.setProperty("alignment", 130)' in lean  # AlignRight 0x2 | AlignVCenter 0x80
    assert 'self.form.setProperty("labelAlignment", 2)' in lean  # a property of QFormLayout
    assert "self.splitter = QSplitter(parent=self.label)" in lean
    assert 'self.splitter.setProperty("orientation", 2)' in lean
    # A layout's alignment is no property of it: left as uic wrote it, so the form still imports Qt.
    assert "self.box.setAlignment(Qt.AlignmentFlag.AlignTop)" in lean
    assert "Qt" in _qt_imports(ast.parse(lean))
    without_the_layout = code.replace("        self.box.setAlignment(Qt.AlignmentFlag.AlignTop)\n", "")
    assert "Qt" not in _qt_imports(ast.parse(build_forms.prune_qt_imports(
        build_forms.avoid_qt_namespace(without_the_layout))))


def test_the_start_paints_the_window_without_making_the_qt_namespace(tmp_path: Path) -> None:
    """Naming `Qt` once makes all its ~150 enums: 15 ms of the start that a bare window never pays (qt_lean). The
    window painted without it still sets what the forms and pages ask for."""
    child = textwrap.dedent("""
        import json, sys
        from PySide6 import QtCore
        import fieldapp.app
        from fieldapp.ui.application import ensure_application
        window = fieldapp.app.launch(None, "ru")
        window.resize(1280, 800)
        window.show()
        app = ensure_application()
        while window.windowHandle() is None or not window.windowHandle().isExposed():
            app.processEvents()
        window.grab()
        made = "Qt" in QtCore.__dict__
        from PySide6.QtCore import Qt
        board = window.pages["dashboard"]
        tile = [t.caption_label for t in board.tiles.values()]
        print(json.dumps({
            "made_before_paint": made,
            "splitter": window.ui.splitter.orientation() == Qt.Orientation.Horizontal,
            "nav_scroll": window.ui.navList.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
            "loading_centred": board.ui.loadingLabel.alignment() == Qt.AlignmentFlag.AlignCenter,
            "captions_top_left": bool(tile) and all(
                t.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop for t in tile),
            "open_shortcut": window.ui.actionOpen.shortcut().toString(),
            "nav_shortcuts": sorted(filter(None, (a.shortcut().toString() for a in window.page_actions.values())))[:2],
            "refresh_context": [s.context() == Qt.ShortcutContext.WindowShortcut for s in board._button_shortcuts],
            "tour": window.tour_label.text(),
        }))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, env=env,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"made_before_paint": False, "splitter": True, "nav_scroll": True, "loading_centred": True,
                    "captions_top_left": True, "open_shortcut": "Ctrl+O", "nav_shortcuts": ["Ctrl+1", "Ctrl+2"],
                    "refresh_context": [True], "tour": "Выезд: не выбран"}


def test_the_window_loads_the_regular_and_bold_faces_that_carry_kazakh_letters(qapp: object) -> None:
    """Two of the four bundled files: the condensed faces are for the PDFs' tables and cost the start ~4 ms."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from fieldapp.resources import resource_path
    from fieldapp.ui.application import _load_fonts

    assert _load_fonts(resource_path("fonts")) == ["DejaVu Sans", "DejaVu Sans"]
    assert {"Book", "Bold"} <= set(QFontDatabase.styles("DejaVu Sans"))
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        metrics = QFontMetrics(QFont("DejaVu Sans", 11, weight))
        assert all(metrics.inFontUcs4(ord(letter)) for letter in "ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def test_the_start_spares_its_own_modules_pysides_source_scan(tmp_path: Path) -> None:
    """PySide reads the source of each module imported after it to find `from __feature__ import …`: ~10 ms of the
    start for fieldapp's and the standard library's modules, none of which selects a feature (qt_lean)."""
    child = textwrap.dedent("""
        import inspect, json
        read = []
        real = inspect.getsource
        def counting(obj):
            read.append(getattr(obj, "__name__", "?"))
            return real(obj)
        inspect.getsource = counting
        import fieldapp.app
        window = fieldapp.app.launch(None, "ru")
        window.show_page("dashboard")
        from fieldapp.ui import qt_lean
        print(json.dumps({"read": read, "replaced": qt_lean.skip_source_scan()}))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, env=env,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # A PySide whose internals changed keeps its own scan: this says so, so that the start's cost is looked at again.
    assert result["replaced"] is True
    # What is still read is PySide's own package while it loads, before fieldapp can step in.
    assert [name for name in result["read"] if not name.startswith(("PySide6", "shiboken6"))
            and name not in {"enum"}] == []


def test_the_scan_is_still_made_for_other_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module of any other package is answered as PySide would: by whether its source names PySide6."""
    import importlib

    from fieldapp.ui import qt_lean

    (tmp_path / "uses_qt_probe.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_probe.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert qt_lean.skip_source_scan()
    uses = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert uses(sys.modules["fieldapp.ui.main_window"]) is True
    assert uses(sys.modules["json"]) is False
    probes = {name: importlib.import_module(name) for name in ("uses_qt_probe", "plain_probe")}
    for name in probes:
        monkeypatch.delitem(sys.modules, name)  # the probes leave no module behind for later tests
    assert uses(probes["uses_qt_probe"]) is True
    assert uses(probes["plain_probe"]) is False


def test_the_style_sheet_set_after_the_window_is_built_styles_it(tmp_path: Path) -> None:
    """The start builds the window, then sets the style sheet (one polish of its widgets instead of one per step of
    their making): what was built before it is styled all the same, and what is built after it too."""
    child = textwrap.dedent("""
        import json
        from PySide6.QtWidgets import QApplication
        import fieldapp.app
        window = fieldapp.app.launch(None, "ru")  # makes the application itself, as a user's start does
        app = QApplication.instance()
        window.resize(1280, 800)
        window.show()
        while window.windowHandle() is None or not window.windowHandle().isExposed():
            app.processEvents()
        window.grab()
        board = window.pages["dashboard"]  # built after the sheet was set
        print(json.dumps({
            "sheet": "navList" in app.styleSheet(),
            "nav_pt": window.ui.navList.font().pointSize(),
            "board_title_pt": board.ui.titleLabel.font().pointSize(),
        }))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, env=env,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"sheet": True, "nav_pt": 11, "board_title_pt": 18}
