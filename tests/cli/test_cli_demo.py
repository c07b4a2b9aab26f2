"""`fieldapp demo` then `fieldapp stats`: the seeds' figures come out of the real command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_helpers import Run

from fieldapp.cli import main
from fieldapp.domain.indicators import INDICATOR_KEYS
from fieldapp.services.indicators import build_breakdown, build_indicators
from fieldapp.services.workspace import open_workspace


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.db"
    # Module-scoped: runs before the per-test FIELDAPP_HOME, so give it one of its own (the log goes there).
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_HOME", str(tmp_path_factory.mktemp("demo_home")))
        assert main(["demo", str(path)]) == 0
    return path


def _stats(run: Run, *args: str | Path) -> dict[str, int]:
    result = run("stats", *args, "--json")
    assert result.code == 0, result.err
    data: dict[str, int] = json.loads(result.out)
    return data


def test_zhambyl_district_has_the_seed_figures(run: Run, demo_db: Path) -> None:
    data = _stats(run, demo_db, "--district", "Жамбылский")
    assert (data["activities"], data["residents_came"], data["helped"], data["under_control"]) == (17, 600, 113, 12)


def test_the_pilot_has_five_working_groups(run: Run, demo_db: Path) -> None:
    assert _stats(run, demo_db, "--campaign", "Мир и согласие")["working_groups"] == 5


def test_the_whole_database(run: Run, demo_db: Path) -> None:
    data = _stats(run, demo_db)
    assert data["poll_answers"] == 40 + 208 + 60 + 15
    assert data["signals"] > 50
    assert data["signals_resolved"] > data["signals"] / 2


@pytest.mark.parametrize("what", ["campaigns", "groups", "tours", "stops", "control", "signals", "devices"])
def test_every_list_has_records(run: Run, demo_db: Path, what: str) -> None:
    result = run("list", what, demo_db, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)


@pytest.mark.parametrize("by", ["campaign", "district", "settlement", "period"])
def test_breakdowns_of_the_demo_add_up(demo_db: Path, by: str) -> None:
    additive = ("stops", "activities", "participants", "residents_came", "receptions", "explained", "helped",
                "resolved_on_spot", "referred", "under_control", "control_open", "control_resolved",
                "control_overdue", "signals", "signals_resolved")
    ctx = open_workspace(demo_db)
    try:
        total = build_indicators(ctx).as_dict()
        rows = build_breakdown(ctx, None, by)  # type: ignore[arg-type]
    finally:
        ctx.db.close()
    for key in additive:
        assert sum(r.indicators.as_dict()[key] for r in rows) == total[key], (by, key)
    assert set(total) == set(INDICATOR_KEYS)


def test_an_existing_file_is_kept_without_force(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    path.write_bytes(b"precious")
    result = run("demo", path)
    assert result.code == 1
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(b"precious").digest()
    forced = run("demo", path, "--force", "--lang", "en")
    assert forced.code == 0, forced.err
    assert "Zhambyl district: 17 activities, 600 came, 113 helped, 12 taken under control" in forced.out
    assert forced.err == ""  # stderr is not a terminal: no progress bar
