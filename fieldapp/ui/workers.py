"""The one adapter that runs a service function on a QThreadPool and delivers its progress and outcome as Qt signals.

A job is `job(progress, cancel) -> result`: Qt-free, opening its own database session. Its callbacks run on the GUI
thread; a `Runner(synchronous=True)` runs the job inline (tests, screenshots).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldapp.domain.progress import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

Job = Callable[[Progress, CancelToken], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits these, so Qt queues them across the thread boundary."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QObject):
    """One run of a job. Its signals are emitted on the GUI thread; `cancel()` asks the job to stop."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()  # after any of the three outcomes

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.token = CancelToken()
        self.done = False
        self._relay = _Relay()
        self._relay.progress.connect(self.progress)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)

    def cancel(self) -> None:
        self.token.cancel()

    def execute(self) -> None:
        """The body, on whatever thread runs it; exceptions become signals, never escape into Qt."""
        try:
            result = self.job(self._relay.progress.emit, self.token)
        except Cancelled:
            self._relay.cancelled.emit()
        except BaseException as exc:
            # A bug in a job must reach the GUI as a signal, not vanish with the pool thread.
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)

    def _finish(self) -> None:
        self.done = True
        self.ended.emit()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)
        self._finish()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.failed.emit(exc)
        self._finish()

    @Slot()
    def _on_cancelled(self) -> None:
        self.cancelled.emit()
        self._finish()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


class Runner:
    """Starts jobs on its own pool and keeps each Task alive until it ends."""

    def __init__(self, *, synchronous: bool = False, max_threads: int = 2) -> None:
        self.synchronous = synchronous
        self.pool = QThreadPool()
        # SQLite has one writer at a time; more threads would only queue on the file lock.
        self.pool.setMaxThreadCount(max_threads)
        self._active: set[Task] = set()

    def start(
        self,
        job: Job,
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        task = Task(job)
        if on_result is not None:
            task.succeeded.connect(on_result)
        task.failed.connect(on_error if on_error is not None else _log_unhandled)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        self._active.add(task)
        task.ended.connect(lambda: self._active.discard(task))
        if self.synchronous:
            task.execute()
        else:
            self.pool.start(_Runnable(task))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel what runs and wait for it (a job must not outlive the database it reads)."""
        for task in list(self._active):
            task.cancel()
        return self.pool.waitForDone(timeout_ms)


def _log_unhandled(exc: BaseException) -> None:
    log.error("a background job failed and nobody handled it", exc_info=exc)


def run_with_progress(
    runner: Runner,
    owner: QWidget,
    title: str,
    job: Job,
    *,
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run `job` behind a window-modal progress dialog whose Cancel button cancels it."""
    dialog = QProgressDialog(title, QCoreApplication.translate("ProgressDialog", "Отмена"), 0, 0, owner)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(420)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progress(done: int, total: int, what: str) -> None:
        if dialog.wasCanceled():
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if what:
            dialog.setLabelText(what)

    def close() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    task = runner.start(job, on_result=on_result, on_error=on_error, on_progress=progress,
                        on_cancelled=on_cancelled)
    if task.done:
        close()
    else:
        dialog.canceled.connect(task.cancel)
        dialog.rejected.connect(task.cancel)  # Esc closes the dialog without clicking Cancel
        task.ended.connect(close)
    return task
