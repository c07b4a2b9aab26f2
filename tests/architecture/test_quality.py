"""House rules that tools check: ruff on the whole tree, mypy --strict on the Qt-free layers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "fieldapp", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_qt_free_layers() -> None:
    result = _run(str(BIN / "mypy"), "--no-incremental", "fieldapp/domain", "fieldapp/storage", "fieldapp/services",
                  "fieldapp/sync", "fieldapp/reports")
    assert result.returncode == 0, result.stdout + result.stderr
