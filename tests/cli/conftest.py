"""Command-line tests: a small hand-made database, and a runner of the real entry point in-process."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_helpers import Result, Run, Sample, insert, sample_rows

from fieldapp.cli import main


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_FAST_KDF", "1")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run `fieldapp.cli.main(args)` with a stdin that is not a terminal; returns exit code, stdout, stderr."""

    def _run(*args: str | Path, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def sample(tmp_path: Path) -> Sample:
    path = tmp_path / "sample.db"
    rows, ids = sample_rows()
    insert(path, rows)
    return Sample(path, ids)
