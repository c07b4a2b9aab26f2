"""What the window asks of the composition root (fieldapp.app): open databases, build the demo, remember settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from fieldapp.services.context import Context
from fieldapp.services.progress import CancelToken, Progress


@dataclass(frozen=True)
class WorkingState:
    """Who is working where, for the status bar; None = not chosen yet. `pending_changes` = edits not exported."""

    member: str | None = None
    tour: str | None = None
    stop: str | None = None
    pending_changes: int | None = None


class Backend(Protocol):
    """Implemented by fieldapp.app.AppBackend; tests may pass their own."""

    def startup_database(self, explicit: Path | None) -> Path | None:
        """The database to open at start (`explicit`, else the last one if it still exists); None = welcome."""
        ...

    def default_database(self) -> Path: ...

    def demo_database(self) -> Path: ...

    def open(self, path: Path, *, create: bool = False) -> Context:
        """Open `path` (closing the previous database) and remember it; raises DomainError when refused."""
        ...

    def build_demo(self, progress: Progress, cancel: CancelToken) -> Path:
        """Write the demo database into the data folder; runs on a worker thread."""
        ...

    def working_state(self, ctx: Context) -> WorkingState: ...

    def recent_databases(self) -> list[Path]: ...

    def remember_language(self, lang: str) -> None: ...

    def log_file(self) -> Path: ...

    def close(self) -> None: ...
