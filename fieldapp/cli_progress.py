"""A text progress bar for the command line, drawn on stderr only when stderr is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["TextProgress"]


class TextProgress:
    """A Progress callable (done, total, what) that redraws one line; silent when the stream is not a terminal."""

    def __init__(self, stream: TextIO | None = None, *, width: int = 30, interval: float = 0.1) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.width = width
        self.interval = interval
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = float("-inf")  # the first call always draws
        self._drawn = 0

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        # Redrawing on every row would cost more than the work itself on a slow console.
        if now - self._last < self.interval and not (total and done >= total):
            return
        self._last = now
        label = " ".join(what.split())[:32]
        if total > 0:
            share = min(max(done / total, 0.0), 1.0)
            filled = int(share * self.width)
            line = f"{label:<32} [{'#' * filled}{'-' * (self.width - filled)}] {share:4.0%}"
        else:
            line = f"{label:<32} {done}"
        pad = max(self._drawn - len(line), 0)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()
        self._drawn = len(line)

    def close(self) -> None:
        """End the bar's line, so what follows starts on a fresh one."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0

    def __enter__(self) -> TextProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
