"""The demo database for the UI tests of reports and imports: built once per module, copied for each test."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from fieldapp.services.demo import build_demo

DEMO_TODAY = date(2026, 3, 2)  # a Monday


def build_demo_file(folder: Path) -> Path:
    path = folder / "demo.db"
    build_demo(path, today=DEMO_TODAY)
    return path


def copy_demo(source: Path, folder: Path) -> Path:
    """A private copy (a test may import into it) with whatever WAL file the build left."""
    target = folder / source.name
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            shutil.copy(part, f"{target}{suffix}")
    return target


def pdf_text(path: Path) -> str:
    """The text of every page, runs of white space squeezed (a label and its figure end up side by side)."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())
