"""Wrong passwords on the command line (issue 11, item 10): each process finds the ones before it, and the next
attempt waits as long as the window would make it; FIELDAPP_FAST_KDF never weakens a key slot outside the tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import profiles
from cli_helpers import Run

from fieldapp import cli
from fieldapp.storage import sign_in_attempts as attempts
from fieldapp.storage.accounts import TEST_MARKER_ENV, add_account
from fieldapp.storage.database import open_database
from fieldapp.storage.engine import keyring_path
from fieldapp.storage.protection import create_protected

USER, PASSWORD = "coordinator", "demo"
REAL = profiles.RFC_9106_LOW_MEMORY


@pytest.fixture
def protected(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    key = create_protected(path, USER, PASSWORD)
    db = open_database(path, key, create=True)
    try:
        with db.session() as session:
            add_account(session, USER, PASSWORD, "coordinator")
    finally:
        db.close()
    return path


def fieldapp(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line in a process of its own (it inherits FIELDAPP_HOME and the test marker)."""
    return subprocess.run([sys.executable, "-m", "fieldapp", *map(str, args)], env=env or {**os.environ},
                          capture_output=True, text=True, timeout=120, check=False)


def slots(path: Path) -> list[dict[str, object]]:
    ring = json.loads(keyring_path(path).read_bytes())
    return list(ring["slots"])


def test_each_process_counts_the_wrong_passwords_of_the_ones_before(
    protected: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, "FIELDAPP_USER": USER, "FIELDAPP_PASSWORD": "wrong"}
    for n in (1, 2, 3):
        done = fieldapp("stats", protected, "--lang", "en", env=env)
        assert done.returncode == 1
        assert done.stderr == "error: wrong user name or password\n"
        assert attempts.load(protected).count == n  # remembered beside the file, not in the process
    left = attempts.wait_left(protected)
    assert 0 < left <= attempts.retry_delay(3) == 2

    # The next processes wait before they try, longer each time (the sleep is recorded, not slept).
    last = attempts.load(protected).last
    monkeypatch.setattr(attempts, "_now", lambda: last)
    slept: list[float] = []
    monkeypatch.setattr(cli, "_sleep", slept.append)
    monkeypatch.setenv("FIELDAPP_USER", USER)
    monkeypatch.setenv("FIELDAPP_PASSWORD", "still wrong")
    first = run("stats", protected, "--lang", "en")
    second = run("stats", protected, "--lang", "en")
    assert (first.code, second.code) == (1, 1)
    assert slept == [2.0, 4.0]
    assert second.err == "error: wrong user name or password\n"  # no note on a stderr that is not a terminal
    assert attempts.load(protected).count == 5

    monkeypatch.setenv("FIELDAPP_PASSWORD", PASSWORD)
    assert run("stats", protected, "--json").code == 0
    assert slept == [2.0, 4.0, 8.0]
    assert attempts.load(protected).count == 0 and not attempts.record_file(protected).exists()


def test_the_wait_is_announced_on_a_terminal(protected: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    for _ in range(3):
        attempts.record_failure(protected)
    slept: list[float] = []
    monkeypatch.setattr(cli, "_sleep", slept.append)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    wait = cli._sign_in_wait("en")
    wait(1.2)
    assert slept == [1.2]
    assert capsys.readouterr().err == "note: too many wrong passwords: the next sign-in attempt in 2 s\n"


def test_fast_kdf_is_ignored_outside_the_test_suite(tmp_path: Path) -> None:
    """A laptop whose environment still holds FIELDAPP_FAST_KDF=1 writes real key slots all the same."""
    inside, outside = tmp_path / "inside.db", tmp_path / "outside.db"
    script = ("import sys; from fieldapp.storage.protection import create_protected; "
              "create_protected(sys.argv[1], 'u', 'p')")
    env = {**os.environ, "FIELDAPP_FAST_KDF": "1"}
    env.pop(TEST_MARKER_ENV, None)
    done = subprocess.run([sys.executable, "-c", script, str(outside)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    (slot,) = slots(outside)
    assert (slot["time_cost"], slot["memory_cost"], slot["parallelism"]) == (
        REAL.time_cost, REAL.memory_cost, REAL.parallelism)
    # Inside the suite (this process, and the processes its tests start) the cheap setting still holds.
    assert TEST_MARKER_ENV in os.environ
    create_protected(inside, "u", "p")
    (cheap,) = slots(inside)
    assert cheap["memory_cost"] == 8 and cheap["time_cost"] == 1


def test_a_weak_key_slot_gets_the_real_parameters_at_its_next_sign_in(protected: Path) -> None:
    (before,) = slots(protected)
    assert before["memory_cost"] == 8  # written by the test suite's cheap setting
    env = {**os.environ, "FIELDAPP_USER": USER, "FIELDAPP_PASSWORD": PASSWORD, "FIELDAPP_FAST_KDF": "1"}
    env.pop(TEST_MARKER_ENV, None)
    done = fieldapp("stats", protected, "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["receptions"] == 0
    (after,) = slots(protected)
    assert (after["time_cost"], after["memory_cost"]) == (REAL.time_cost, REAL.memory_cost)
    assert after["salt"] != before["salt"] and after["wrapped"] != before["wrapped"]
    # The same password still opens it; a wrong one still does not.
    assert fieldapp("stats", protected, "--json", env=env).returncode == 0
    assert fieldapp("stats", protected, "--json", env={**env, "FIELDAPP_PASSWORD": "wrong"}).returncode == 1
