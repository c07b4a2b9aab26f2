"""The app's log: a rotating file in the user's log folder, shared by the command line and the desktop app.

Never log personal data (names, IIN, phones, addresses): log ids, counts and file names.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from fieldapp.config import app_paths

__all__ = ["LOG_NAME", "SizeRotatingFile", "log_file", "setup_logging"]

LOG_NAME = "fieldapp.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"

_handler: logging.Handler | None = None
_handler_path: Path | None = None


class SizeRotatingFile(logging.FileHandler):
    """A log file that moves to `<name>.1` (`.1` to `.2`, … up to `backups`) before a record would take it past
    `max_bytes`: the rule of logging.handlers.RotatingFileHandler, kept here because importing that module brings
    sockets, pickle and queues (~6 ms of the desktop's start, for the one class it would give)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:  # as logging's own handlers do: a failing log never breaks the app
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # another process (the command line) may have written to the same file
        written = self.stream.tell()
        # A record larger than the whole allowance still goes into a file of its own rather than rotating forever.
        return written > 0 and written + len(self.format(record).encode("utf-8")) + 1 > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler.emit opens it again (delay=True)
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        elif os.path.exists(base):
            os.remove(base)


def log_file() -> Path:
    return app_paths().logs / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating log file; returns its path. Safe to call again: when the log
    folder changed (FIELDAPP_HOME in tests) the file handler moves with it."""
    global _handler, _handler_path
    path = log_file()
    root = logging.getLogger()
    if _handler is not None and _handler_path == path:
        return path
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = SizeRotatingFile(path, MAX_BYTES, BACKUPS)
    except OSError:
        # No writable log folder must not stop the app; and without any handler logging's last resort would print
        # warnings on stderr, where the command line promises a single `error:` line.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    logging.getLogger("fieldapp").setLevel(level)
    _handler, _handler_path = handler, path
    return path
