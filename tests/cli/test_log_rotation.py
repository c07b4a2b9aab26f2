"""The app's log file (shared by the command line and the desktop app) keeps to its size: it moves aside to .1 … .5
before a record would take it past the allowance, and the oldest is dropped."""

from __future__ import annotations

import logging
from pathlib import Path

from fieldapp.logging_setup import SizeRotatingFile


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    log = logging.getLogger(f"fieldapp.test.rotation.{name}")
    log.propagate = False
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    return log


def test_the_file_moves_aside_before_it_passes_its_size_and_keeps_five_old_ones(tmp_path: Path) -> None:
    path = tmp_path / "fieldapp.log"
    handler = SizeRotatingFile(path, max_bytes=1_000, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = _logger(handler, "sizes")
    try:
        for n in range(200):  # 200 lines of 100 bytes: 20 files' worth, of which the newest six are kept
            log.info("%03d %s", n, "x" * 95)
    finally:
        handler.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["fieldapp.log", *(f"fieldapp.log.{n}" for n in range(1, 6))]
    for p in tmp_path.iterdir():
        assert 0 < p.stat().st_size <= 1_000
    lines = [line for name in ["fieldapp.log.5", "fieldapp.log.4", "fieldapp.log.3", "fieldapp.log.2",
                               "fieldapp.log.1", "fieldapp.log"]
             for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    numbers = [int(line[:3]) for line in lines]
    assert numbers == list(range(numbers[0], 200)), "the newest lines, in order, none lost between the kept files"
    assert numbers[0] > 100


def test_a_file_another_process_wrote_to_counts_and_a_huge_record_is_still_written(tmp_path: Path) -> None:
    path = tmp_path / "fieldapp.log"
    path.write_text("y" * 990 + "\n", encoding="utf-8")  # the command line's lines, before the window starts
    handler = SizeRotatingFile(path, max_bytes=1_000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = _logger(handler, "shared")
    try:
        log.info("after the other process")
        log.info("z" * 5_000)  # larger than the whole allowance: a file of its own, not lost, not a loop
        log.info("next")
    finally:
        handler.close()
    assert (tmp_path / "fieldapp.log.3").read_text(encoding="utf-8") == "y" * 990 + "\n"
    assert (tmp_path / "fieldapp.log.2").read_text(encoding="utf-8") == "after the other process\n"
    assert (tmp_path / "fieldapp.log.1").read_text(encoding="utf-8") == "z" * 5_000 + "\n"
    assert (tmp_path / "fieldapp.log").read_text(encoding="utf-8") == "next\n"
