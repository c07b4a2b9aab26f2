"""Figure `sync_size`: bytes of package per change, against the 60-byte budget (ratio = bytes per change / 60).

The harness thinks in seconds; here both columns are bytes per change (the app's, and the budget)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from bench_sync_import import run  # noqa: E402

FIGURE = "sync_size"
TARGET = 1.0
TITLE = "package bytes per change vs a budget of 60 bytes"
BUDGET = 60.0


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    r = run(quick, workdir)
    return r["bytes"] / r["changes"], BUDGET, {"bytes": r["bytes"], "changes": r["changes"]}
