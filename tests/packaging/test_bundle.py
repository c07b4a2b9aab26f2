"""The one-folder bundle built with build.spec stays within its size and runs the smoke steps (issue 16).

Building takes about half a minute on two cores; PyInstaller comes with the test extra (pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

if importlib.util.find_spec("PyInstaller") is None:
    pytest.skip("PyInstaller is not installed (pip install -e '.[test]' brings it)", allow_module_level=True)
if sys.platform.startswith("linux") and not (shutil.which("objdump") and shutil.which("strip")):
    pytest.skip("PyInstaller needs objdump and strip: install the Debian package binutils (.ci/run does)",
                allow_module_level=True)

from build_bundle import LIMIT_MB, build, executable, folder_bytes, smoke, steps


@pytest.mark.slow
def test_the_bundle_is_at_most_230_mb_and_runs_the_smoke_steps(tmp_path: Path) -> None:
    bundle = build(tmp_path / "dist")
    assert executable(bundle).is_file()
    # What the app reads at run time is inside the bundle, where fieldapp.resources looks first.
    assert (bundle / "_internal" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()

    size = folder_bytes(bundle)
    assert size <= LIMIT_MB * 10**6, f"the bundle is {size / 1e6:.1f} MB"

    ran = smoke(bundle, tmp_path / "work")
    failed = [f"{s.name}: exit {s.returncode}; {s.problem or ''}\n{s.output}" for s in ran if not s.ok]
    assert not failed, failed[0]
    assert [s.name for s in ran] == [s.name for s in steps()]
    assert ran[0].output.strip().startswith("fieldapp ")
