"""Progress reporting and cancellation for long work, as plain callables (the UI re-emits them as Qt signals).

Here, below the services, so that the window can start a job without importing the services package (and with it
the ORM) before its first paint."""

from __future__ import annotations

import threading
from collections.abc import Callable

# progress(done, total, what): total 0 means "unknown".
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, what: str) -> None:
    return None


class Cancelled(Exception):
    """The user cancelled; whatever the work had started is rolled back."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


NEVER_CANCELLED = CancelToken()
