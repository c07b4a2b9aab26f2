"""Helpers of the command-line tests that need a real process (to kill it, or to give it a mount namespace of its
own), and of those that look at what a command left on disk."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl

from fieldapp.storage.files import is_temp_name

JOURNAL_ROW = ["", "02.03.2025", "Жамбылский район", "Аса", "Синтетикова Айгерим", "921029350851", "+77010000001",
               "пенсионер", "заявление", "водоснабжение", "Нет воды", "взято на контроль", "Акимат Аса", ""]


def fieldapp_env(home: Path, tmpdir: Path, **extra: str) -> dict[str, str]:
    """The environment of a fieldapp process: its own FIELDAPP_HOME and a fresh, empty system temporary folder; the
    account the test signs in with (FIELDAPP_USER/FIELDAPP_PASSWORD as the test set them, or in `extra`)."""
    env = dict(os.environ)
    env.update(FIELDAPP_HOME=str(home), TMPDIR=str(tmpdir), TEMP=str(tmpdir), TMP=str(tmpdir),
               FIELDAPP_FAST_KDF="1", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def command(*args: object) -> list[str]:
    return [sys.executable, "-m", "fieldapp", *(str(a) for a in args)]


def start(env: dict[str, str], *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(command(*args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(env: dict[str, str], *args: object, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), env=env, capture_output=True, text=True, timeout=timeout)


def temp_files(folder: Path) -> list[str]:
    """Our temporary files (and their SQLite sidecars) in `folder`."""
    return sorted(p.name for p in folder.iterdir() if is_temp_name(p.name))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool], delay: float, timeout: float = 120) -> bool:
    """SIGKILL `proc` `delay` seconds after `ready()` first holds; returns whether it was still running then (False:
    it finished first). The process is reaped, so its id names no process any more."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not ready() and time.monotonic() < deadline:
        time.sleep(0.002)
    if delay:
        time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.kill()
    proc.communicate()
    return killed


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_journal(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """A reception journal in the template's layout (row 1: the Russian headers) with these rows."""
    from fieldapp.services.journal import write_template

    write_template(path)
    wb = openpyxl.load_workbook(path)
    for row in rows:
        wb.worksheets[0].append(list(row))
    wb.save(path)
    return path


def journal_rows(count: int) -> list[list[object]]:
    """`count` distinct, valid rows (names and essences told apart by their number)."""
    return [["", f"{1 + n % 28:02d}.03.2025", "Жамбылский район", "Аса", f"Житель Номер{n}", "", "", "пенсионер",
             "заявление", "водоснабжение", f"Нет воды {n}", "разъяснено", "", ""] for n in range(count)]


def can_mount() -> bool:
    """Whether this process may make a private mount namespace with a tmpfs in it (root on Linux, usually)."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs $d && umount $d && rmdir $d"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def in_namespace(script: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace: its mounts vanish with it and touch nothing outside."""
    return subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script], env=env,
                          capture_output=True, text=True, timeout=timeout)
