"""One window per database (storage.app_lock): taken, counted in one process, refused to another, released, and
taken over from a killed holder."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.domain.errors import StorageError
from fieldapp.storage import app_lock

HOLD = ("import sys, time; from fieldapp.storage.app_lock import acquire; acquire(sys.argv[1]); "
        "print('held', flush=True); time.sleep(120)")


def hold_in_another_process(db: Path) -> subprocess.Popen[str]:
    """A second process holding the lock of `db` as a running app window does (it is killed by the caller)."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "field.db"
    path.write_bytes(b"")  # the lock never reads the database itself
    return path


@pytest.fixture
def other(db: Path) -> Iterator[subprocess.Popen[str]]:
    child = hold_in_another_process(db)
    yield child
    child.kill()
    child.wait()


def test_a_lock_is_taken_beside_the_database_and_released(db: Path) -> None:
    lock = app_lock.acquire(db)
    target = db.with_name("field.db.lock")
    assert app_lock.lock_file(db) == target and target.is_file()
    content = json.loads(target.read_text(encoding="utf-8"))
    assert content["pid"] == os.getpid() and content["host"] == socket.gethostname() and content["since"]
    found = app_lock.holder(db)
    assert found is not None and found.pid == os.getpid()
    lock.release()
    assert app_lock.holder(db) is None
    assert not target.exists()
    lock.release()  # twice is harmless


def test_one_process_counts_its_holds(db: Path) -> None:
    # The app re-opening its own database (another account) must not lock itself out.
    first = app_lock.acquire(db)
    with app_lock.acquire(db):
        pass
    assert app_lock.holder(db) is not None, "the first hold still stands"
    first.release()
    assert app_lock.holder(db) is None


def test_another_process_is_refused_with_who_and_since(db: Path, other: subprocess.Popen[str]) -> None:
    with pytest.raises(StorageError) as refused:
        app_lock.acquire(db)
    assert refused.value.code == "db.open_elsewhere"
    text = refused.value.message("ru")
    assert f"процесс {other.pid}" in text and socket.gethostname() in text and "другом окне" in text
    assert "басқа терезесінде" in refused.value.message("kk")
    found = app_lock.holder(db)
    assert found is not None and found.pid == other.pid and found.since


def test_a_killed_holder_leaves_a_lock_the_next_start_takes_over(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    child = hold_in_another_process(db)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    target = app_lock.lock_file(db)
    assert json.loads(target.read_text(encoding="utf-8"))["pid"] == child.pid, "the killed app left its lock file"
    assert app_lock.holder(db) is None, "nobody holds it any more"
    with caplog.at_level(logging.INFO, logger="fieldapp.storage.app_lock"), app_lock.acquire(db):
        assert json.loads(target.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert f"left by process {child.pid}" in caplog.text
    assert not target.exists()


def test_a_lock_file_naming_a_dead_process_is_no_lock(db: Path) -> None:
    # As a crash of an older version or a copied folder leaves it: content, but no process holding it.
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                              check=True)
    dead = int(finished.stdout)
    app_lock.lock_file(db).write_text(json.dumps({"pid": dead, "host": socket.gethostname(), "since": "x"}))
    assert app_lock.holder(db) is None
    with app_lock.acquire(db):
        found = app_lock.holder(db)
        assert found is not None and found.pid == os.getpid()


def test_released_by_one_process_taken_by_the_next(db: Path) -> None:
    child = hold_in_another_process(db)
    try:
        with pytest.raises(StorageError):
            app_lock.acquire(db)
    finally:
        child.terminate()
        child.wait()
    with app_lock.acquire(db):
        assert app_lock.holder(db) is not None
