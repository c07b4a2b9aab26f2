"""Figure `sync_reimport`: importing the same 50 packages again (all already imported) against the first import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bench_sync_import import run  # noqa: E402

FIGURE = "sync_reimport"
TARGET = 0.3
TITLE = "sync re-import of the same 50 packages vs their first import"


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    r = run(quick, workdir)
    return r["again"], r["first"], {"changes": r["changes"]}
