"""The app's log: a rotating file in the user's log folder, shared by the command line and the desktop app.

Never log personal data (names, IIN, phones, addresses): log ids, counts and file names.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from fieldapp.config import app_paths

__all__ = ["LOG_NAME", "log_file", "setup_logging"]

LOG_NAME = "fieldapp.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"

_handler: logging.Handler | None = None
_handler_path: Path | None = None


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
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        # No writable log folder must not stop the app; and without any handler logging's last resort would print
        # warnings on stderr, where the command line promises a single `error:` line.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    logging.getLogger("fieldapp").setLevel(level)
    _handler, _handler_path = handler, path
    return path
