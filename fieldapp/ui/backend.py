"""What the window asks of the composition root (fieldapp.app): open databases, build the demo, remember settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from fieldapp.domain.progress import CancelToken, Progress

if TYPE_CHECKING:
    from fieldapp.services.context import Context


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

    def open(self, path: Path, *, create: bool = False, user: str | None = None,
             password: str | None = None) -> Context:
        """Open `path` (closing the previous database) and remember it; raises DomainError when refused.

        Runs on a worker thread at start. `user`/`password` are what the sign-in dialog asked for; without them the
        environment's account (FIELDAPP_USER/FIELDAPP_PASSWORD) is used."""
        ...

    def create_database(self, path: Path, user: str, password: str, *, protected: bool = True) -> Context:
        """Make a new, empty database at `path` with `user` as its coordinator (protected unless told otherwise)
        and open it signed in as them; raises DomainError when refused (an existing file, say)."""
        ...

    def needs_sign_in(self, path: Path) -> bool:
        """True when `path` is a protected database, or a plain one with accounts, and no account for it is given by
        the environment."""
        ...

    def is_protected(self, path: Path) -> bool:
        """True when `path` cannot be read at all without an account (a plain one can, read-only)."""
        ...

    def pending_changes(self, ctx: Context) -> int | None:
        """Own changes not exported yet (cheap: asked on every page switch); None when it cannot be told."""
        ...

    def build_demo(self, progress: Progress, cancel: CancelToken) -> Path:
        """Write the demo database into the data folder; runs on a worker thread."""
        ...

    def working_state(self, ctx: Context) -> WorkingState: ...

    def recent_databases(self) -> list[Path]: ...

    def remember_language(self, lang: str) -> None: ...

    def saved_geometry(self) -> dict[str, int | bool] | None:
        """Where the window was closed last time (ui.window_geometry), if anywhere."""
        ...

    def remember_geometry(self, geometry: dict[str, int | bool]) -> None: ...

    def log_file(self) -> Path: ...

    def close(self) -> None: ...
