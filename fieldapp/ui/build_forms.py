"""Compiles forms/*.ui into fieldapp/ui/forms/ui_*.py (only when newer), refreshes the translations and renders the
icons' PNGs from their SVGs (build_icons).

Run `python -m fieldapp.ui.build_forms` after editing a .ui file, a translatable string or an icon; commit what it
writes.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS_DIR = ROOT / "forms"
UI_PACKAGE = ROOT / "fieldapp" / "ui"
COMPILED_DIR = UI_PACKAGE / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")
SOURCE_LANGUAGE = "ru"
# Linguist needs a territory to pick the plural rules of a language.
LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}

HEADER = (
    "# GENERATED from forms/{name} by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.\n"
)


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: next to this interpreter (a venv), else on PATH."""
    local = Path(sys.executable).with_name(name)
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found; install PySide6-Essentials in this environment")
    return found


def compiled_path(ui_file: Path, out_dir: Path = COMPILED_DIR) -> Path:
    return out_dir / f"ui_{ui_file.stem}.py"


def form_files(forms_dir: Path = FORMS_DIR) -> list[Path]:
    return sorted(forms_dir.glob("*.ui"))


def render_form(ui_file: Path) -> str:
    """The Python code of a form, as it must be on disk (header included)."""
    # -a: no connectSlotsByName(); the views connect their signals by hand, so a renamed widget fails loudly.
    result = subprocess.run(
        [tool("pyside6-uic"), "-a", "-g", "python", str(ui_file)],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"error: {ui_file.name}: pyside6-uic failed: {result.stderr.strip()}")
    return HEADER.format(name=ui_file.name) + prune_qt_imports(avoid_qt_namespace(result.stdout))


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n(]+)\n", re.MULTILINE)


# `self.x.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)`, as uic writes it.
_ENUM_SETTER = re.compile(
    r"^(?P<indent>[ ]+)(?P<obj>self\.\w+)\.set(?P<prop>\w+)\((?P<value>Qt\.\w+\.\w+(?:\|Qt\.\w+\.\w+)*)\)$",
    re.MULTILINE)
_CREATED = re.compile(r"^[ ]+(self\.\w+) = (Q\w+)\(", re.MULTILINE)
# `self.actionOpen.setShortcut(u"Ctrl+O")`: the setter's overloads turn the text into Qt's key enums.
# `QSplitter(self.page)`: telling the parent from the constructor's (orientation, parent) overload names Qt.
_SPLITTER = re.compile(r"= QSplitter\((?P<parent>[\w.]+)\)$", re.MULTILINE)
_SHORTCUT = re.compile(r'^(?P<indent>[ ]+)(?P<obj>self\.\w+)\.setShortcut\((?P<text>u"[^"\\]*")\)$', re.MULTILINE)


def avoid_qt_namespace(code: str) -> str:
    """Set a widget's enum property (alignment, orientation, scroll bar policy) by its number, and an action's
    shortcut from its text, through Qt's property system: not through the `Qt` namespace.

    The first use of `Qt` makes every one of its ~150 enums a Python enum: 15 ms of the start, before the window is
    painted, which a bare window never pays (fieldapp/ui/qt_lean.py). Only a property the widget's class declares
    is rewritten (checked here against Qt's meta-object); any other use (a layout's alignment, an item's flags) stays
    as uic wrote it. A splitter gets its parent by name, which spares its constructor the orientation overload."""
    from PySide6 import QtCore, QtWidgets

    classes = dict(_CREATED.findall(code))

    def by_number(match: re.Match[str]) -> str:
        widget = getattr(QtWidgets, classes.get(match["obj"], ""), None)
        prop = match["prop"][0].lower() + match["prop"][1:]
        if widget is None or widget.staticMetaObject.indexOfProperty(prop) < 0:
            return match[0]
        number = 0
        for name in match["value"].split("|"):
            _qt, enum, member = name.split(".")
            number |= getattr(getattr(QtCore.Qt, enum), member).value
        return f'{match["indent"]}{match["obj"]}.setProperty("{prop}", {number})  # {match["value"]}'

    code = _SPLITTER.sub(r"= QSplitter(parent=\g<parent>)", _ENUM_SETTER.sub(by_number, code))
    return _SHORTCUT.sub(r'\g<indent>\g<obj>.setProperty("shortcut", \g<text>)', code)


def prune_qt_imports(code: str) -> str:
    """uic imports the same long list of Qt names into every form; keep only those the form uses.

    Importing a Qt class makes its Python type and every enum of it (QGradient alone has 180 presets): the main
    window's form spent 10 ms of the start on classes it never touches."""
    used = {node.id for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Name)}

    def pruned(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).strip("()").replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if n in used]
        return f"from {match.group(1)} import {', '.join(kept)}\n" if kept else ""

    return _QT_IMPORT.sub(pruned, code)


def is_stale(ui_file: Path, out_dir: Path = COMPILED_DIR) -> bool:
    target = compiled_path(ui_file, out_dir)
    return not target.exists() or target.stat().st_mtime < ui_file.stat().st_mtime


def compile_forms(force: bool = False, forms_dir: Path = FORMS_DIR, out_dir: Path = COMPILED_DIR) -> list[Path]:
    """Compile every .ui that is newer than its Python form (all of them with `force`); returns what was written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    init = out_dir / "__init__.py"
    if not init.exists():
        init.write_text('"""Python forms GENERATED from forms/*.ui by fieldapp.ui.build_forms — never edited."""\n',
                        encoding="utf-8")
    written = []
    for ui_file in form_files(forms_dir):
        if force or is_stale(ui_file, out_dir):
            target = compiled_path(ui_file, out_dir)
            target.write_text(render_form(ui_file), encoding="utf-8")
            written.append(target)
    return written


def translation_sources() -> list[Path]:
    """What lupdate reads: the .ui files and the hand-written UI code (the compiled forms would only repeat them)."""
    code = [p for p in sorted(UI_PACKAGE.rglob("*.py")) if COMPILED_DIR not in p.parents]
    return form_files() + code


def ts_path(lang: str, ts_dir: Path = TRANSLATIONS_DIR) -> Path:
    return ts_dir / f"fieldapp_{lang}.ts"


def update_translations(ts_dir: Path = TRANSLATIONS_DIR) -> None:
    """Merge the current source strings into the .ts files, keeping the translations already made."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in translation_sources()]
    for lang in LANGUAGES:
        # The source language needs only its plural forms («%n изменение / изменения / изменений»).
        extra = ["-pluralonly"] if lang == SOURCE_LANGUAGE else []
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *extra,
             "-source-language", LOCALES[SOURCE_LANGUAGE], "-target-language", LOCALES[lang],
             *sources, "-ts", str(ts_path(lang, ts_dir))],
            check=True,
        )


def release_translations(ts_dir: Path = TRANSLATIONS_DIR, qm_dir: Path | None = None) -> list[Path]:
    """Build the .qm file of every .ts (the app loads only these)."""
    written = []
    for lang in LANGUAGES:
        qm = (qm_dir or ts_dir) / f"fieldapp_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang, ts_dir)), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fieldapp.ui.build_forms", description=__doc__)
    parser.add_argument("--force", action="store_true", help="recompile every form, not only the changed ones")
    parser.add_argument("--no-translations", action="store_true", help="skip lupdate and lrelease")
    args = parser.parse_args(argv)
    for path in compile_forms(force=args.force):
        print(f"compiled {path.relative_to(ROOT)}")
    from fieldapp.ui.build_icons import render_icons

    for path in render_icons(force=args.force):
        print(f"rendered {path.relative_to(ROOT)}")
    if not args.no_translations:
        update_translations()
        for path in release_translations():
            print(f"released {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
