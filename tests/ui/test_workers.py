"""The worker adapter: a job runs off the GUI thread and its progress, result, error or cancellation arrive on it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.domain.errors import ValidationError
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.ui.workers import Runner


class Seen:
    def __init__(self) -> None:
        self.progress: list[tuple[int, int, str]] = []
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.cancelled = 0
        self.threads: set[bool] = set()  # True = the callback ran on the GUI thread

    def on_gui_thread(self) -> None:
        app = QApplication.instance()
        assert app is not None
        self.threads.add(QThread.currentThread() is app.thread())

    def start(self, runner: Runner, job: object) -> None:
        def result(value: object) -> None:
            self.on_gui_thread()
            self.results.append(value)

        def error(exc: BaseException) -> None:
            self.on_gui_thread()
            self.errors.append(exc)

        def progress(done: int, total: int, what: str) -> None:
            self.on_gui_thread()
            self.progress.append((done, total, what))

        def cancelled() -> None:
            self.cancelled += 1

        runner.start(job, on_result=result, on_error=error, on_progress=progress,  # type: ignore[arg-type]
                     on_cancelled=cancelled)


def counting_job(progress: Progress, cancel: CancelToken) -> tuple[int, str]:
    for step in range(1, 4):
        cancel.check()
        progress(step, 3, f"шаг {step}")
    return 42, threading.current_thread().name


@pytest.mark.parametrize("synchronous", [False, True])
def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, synchronous: bool) -> None:
    runner, seen = Runner(synchronous=synchronous), Seen()
    seen.start(runner, counting_job)
    qtbot.waitUntil(lambda: bool(seen.results))
    value, worker_thread = seen.results[0]  # type: ignore[misc]
    assert value == 42
    assert (worker_thread == threading.main_thread().name) is synchronous
    assert seen.progress == [(1, 3, "шаг 1"), (2, 3, "шаг 2"), (3, 3, "шаг 3")]
    assert seen.threads == {True}
    qtbot.waitUntil(lambda: not runner.busy)


def test_an_exception_becomes_the_error_callback(qtbot: QtBot) -> None:
    def refuse(progress: Progress, cancel: CancelToken) -> None:
        raise ValidationError("required", "title")

    runner, seen = Runner(), Seen()
    seen.start(runner, refuse)
    qtbot.waitUntil(lambda: bool(seen.errors))
    assert isinstance(seen.errors[0], ValidationError) and seen.errors[0].field == "title"
    assert seen.results == [] and seen.threads == {True}


def test_cancel_stops_the_job_and_reports_it(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(progress: Progress, cancel: CancelToken) -> str:
        started.set()
        release.wait(5)
        cancel.check()
        return "not reached"

    runner, seen = Runner(), Seen()
    seen.start(runner, slow)
    assert started.wait(5)
    task = next(iter(runner._active))
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: seen.cancelled == 1)
    assert seen.results == [] and seen.errors == []
    assert runner.shutdown(5_000)


def test_shutdown_cancels_what_still_runs(qtbot: QtBot) -> None:
    started = threading.Event()

    def endless(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.01)

    runner, seen = Runner(), Seen()
    seen.start(runner, endless)
    assert started.wait(5)
    assert runner.shutdown(5_000)
    qtbot.waitUntil(lambda: seen.cancelled == 1)


def test_a_long_session_does_not_wear_out_none() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call and aborts the process after a
    few thousand calls ("deallocating None"); 6.11.3 is pinned for that reason. This guards any future upgrade."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(100_000):\n"
        "    label.setText('Азаматтарды қабылдау')\n"
        "print(before - sys.getrefcount(None))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip())) < 1000  # references to None neither leak nor get lost
