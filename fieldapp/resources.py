"""Locates the read-only files shipped with the app (fonts, holidays, translations, icons, styles).

They live in the top-level `resources/` folder of the checkout. An installed wheel carries them inside the package as
`fieldapp/_resources` (pyproject.toml, tool.hatch force-include); a PyInstaller bundle unpacks them as `resources/`
beside the code (build.spec). Every reader goes through `resource_path`, so the three places are decided only here.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Where the wheel puts resources/ inside the package; it must match the force-include target in pyproject.toml.
PACKAGED = "_resources"


def resources_root() -> Path:
    """The folder holding the shipped files: the bundle's, else the installed package's, else the checkout's."""
    # PyInstaller unpacks data files into a temporary folder and records it only as this private attribute.
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        return Path(bundle) / "resources"
    # Installed from a wheel. Qt, reportlab and the calendar need real file paths, so only a package on the file
    # system counts: the folder beside this module (what importlib.resources.files() gives for such a package, whose
    # import cost the start-up 4 ms). An editable install imports the checkout's fieldapp/, which has no _resources
    # (hatch also copies one into site-packages, never imported), so the checkout's folder is read.
    here = Path(__file__).resolve().parent
    packaged = here / PACKAGED
    if packaged.is_dir():
        return packaged
    return here.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of `<resources>/<parts...>`; it is not checked for existence, callers report a missing file."""
    return resources_root().joinpath(*parts)
