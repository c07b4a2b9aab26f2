"""Locates the read-only files shipped with the app (resources/), in a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` folder: next to the package in a checkout, under sys._MEIPASS in a PyInstaller bundle."""
    # PyInstaller unpacks data files into a temporary folder and records it only as this private attribute.
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of `resources/<parts...>`; it is not checked for existence, callers report a missing file."""
    return resources_root().joinpath(*parts)
