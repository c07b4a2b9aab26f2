"""Report tests: one demo database per test session (per xdist worker), reports built through the real command line
and read back (PDF text with pdftotext or pypdf, workbooks with openpyxl)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from report_helpers import Build

from fieldapp.cli import main
from fieldapp.services.demo import build_demo


@pytest.fixture(autouse=True)
def signed_in(as_demo_coordinator: None) -> None:
    """Reports are built as the demo's coordinator (without an account the demo is read-only, and a report with
    personal data writes its access-log entry)."""


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, today=date.today())
    return path


@pytest.fixture(scope="session")
def report_cache(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], Path]:
    return {}


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reports")


@pytest.fixture
def build(demo_db: Path, out_dir: Path, report_cache: dict[tuple[str, ...], Path]) -> Build:
    """build(kind, fmt, *options) → the written file, built once per session for the same arguments."""

    def _build(kind: str, fmt: str, *options: str) -> Path:
        key = (kind, fmt, *options)
        if key not in report_cache:
            name = re.sub(r"[^\w.-]+", "_", "_".join(key))
            out = out_dir / f"{name}.{fmt}"
            code = main(["report", kind, str(demo_db), "-o", str(out), *options])
            assert code == 0, f"report {key} exited {code}"
            report_cache[key] = out
        return report_cache[key]

    return _build
