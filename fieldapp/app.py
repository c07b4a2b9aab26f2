"""Composition root of the desktop app: config → logging → database → services → window; and page screenshots.

Importing this module loads no Qt, and no ORM: the window is imported when `run`, `open_window` or `screenshot` is
called, the services when a database is opened (at start on a worker, once the window is painted).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.config import Paths, Settings, app_paths
from fieldapp.domain.errors import DomainError, ValidationError
from fieldapp.domain.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress

if TYPE_CHECKING:
    from fieldapp.services.context import Context
    from fieldapp.storage.app_lock import AppLock
    from fieldapp.ui.backend import WorkingState
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

PAGES: tuple[str, ...] = (
    "dashboard", "tours", "stop", "reception", "control", "polls", "signals", "reports", "sync", "setup", "planning",
    "map",
)
RECENT_LIMIT = 8
# The settings the window owns; the device ids in the same file belong to sync (storage.local_meta).
WINDOW_SETTINGS = ("language", "last_database", "recent_databases", "window_geometry")
DEMO_FILE = "demo.db"
USER_ENV, PASSWORD_ENV = "FIELDAPP_USER", "FIELDAPP_PASSWORD"


class AppBackend:
    """What the window delegates to: which database to open, opening it, the demo, and the settings file.

    `remember=False` (screenshots) leaves the settings file untouched.
    """

    def __init__(self, paths: Paths, settings: Settings, *, lang: str = "ru", remember: bool = True) -> None:
        self.paths = paths
        self.settings = settings
        self.lang = lang
        self.remember = remember
        self.ctx: Context | None = None
        self._lock: AppLock | None = None  # one window per database: held while its database is open

    def startup_database(self, explicit: Path | None) -> Path | None:
        if explicit is not None:
            return explicit
        last = self.settings.last_database
        if last and Path(last).is_file():
            return Path(last)
        if last:
            log.info("the last database is gone; showing the welcome screen")
        return None

    def default_database(self) -> Path:
        return self.paths.default_database

    def demo_database(self) -> Path:
        return self.paths.data / DEMO_FILE

    def open(self, path: Path, *, create: bool = False, user: str | None = None,
             password: str | None = None) -> Context:
        """Open `path` through the workspace service as `user` (the sign-in dialog's), else as the account of
        FIELDAPP_USER/FIELDAPP_PASSWORD, as the command line does; the previous database is closed only once the new
        one is open. Safe on a worker thread: the start opens its database there."""
        from fieldapp.services.housekeeping import sweep_leftovers
        from fieldapp.services.workspace import lock_for_window, open_workspace

        sweep_leftovers(self.paths)  # what a killed run left in the data folder (once a process)
        path = Path(path).expanduser().absolute()
        if user is None:
            user, password = os.environ.get(USER_ENV) or None, os.environ.get(PASSWORD_ENV)
        if user is None and path == self.demo_database().absolute():
            # The demo is a guided tour: it opens signed in as its coordinator, as CONTRACT.md names the account.
            from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER

            user, password = DEMO_USER, DEMO_PASSWORD
        # Before the password is checked: a file another window shows is refused whoever signs in.
        lock = lock_for_window(path)
        try:
            ctx = open_workspace(path, user=user, password=password, lang=self.lang, create=create)
        except BaseException:
            lock.release()
            raise
        self.close()
        self.ctx, self._lock = ctx, lock
        if self.remember:
            text = str(path)
            self.settings.last_database = text
            recent = [text, *(p for p in self.settings.recent_databases if p != text)]
            self.settings.recent_databases = recent[:RECENT_LIMIT]
            self._save_settings()
        return ctx

    def create_database(self, path: Path, user: str, password: str, *, protected: bool = True) -> Context:
        """Make a new database at `path` as `fieldapp init` does (its first account: this coordinator) and open it
        signed in as them."""
        from fieldapp.services.accounts import init_database

        path = Path(path).expanduser().absolute()
        init_database(path, user, password, protected=protected)
        return self.open(path, user=user, password=password)

    def needs_sign_in(self, path: Path) -> bool:
        """Whether opening `path` asks who signs in; StorageError when another window has it open."""
        from fieldapp.services.workspace import has_accounts, needs_credentials

        path = Path(path).expanduser().absolute()
        if path.is_file():
            from fieldapp.services.workspace import lock_for_window

            # A file another window shows is refused (StorageError) before anyone types a password for it.
            lock_for_window(path).release()
        if not path.is_file() or os.environ.get(USER_ENV) or path == self.demo_database().absolute():
            return False  # the demo opens as its coordinator (see open)
        # A plain file with accounts asks too: without an account it opens read-only (the dialog offers that).
        return needs_credentials(path) or has_accounts(path)

    def is_protected(self, path: Path) -> bool:
        from fieldapp.services.workspace import needs_credentials

        return needs_credentials(Path(path).expanduser().absolute())

    def build_demo(self, progress: Progress = no_progress, cancel: CancelToken = NEVER_CANCELLED) -> Path:
        # Imported here: only this button needs the demo scenario.
        from fieldapp.services.demo import build_demo

        target = self.demo_database()

        def checked(done: int, total: int, what: str) -> None:
            # The demo service has no cancel token of its own; raising from its progress callback aborts it, and it
            # removes the half-written file itself.
            cancel.check()
            progress(done, total, what)

        build_demo(target, progress=checked)
        return target

    def working_state(self, ctx: Context) -> WorkingState:
        from fieldapp.services.people import get_member
        from fieldapp.ui.backend import WorkingState

        member = None
        if ctx.member_id:
            try:
                member = get_member(ctx, ctx.member_id).full_name
            except DomainError:
                log.warning("the signed-in member %s is not in this database", ctx.member_id)
        # The current tour and stop arrive with their own pages as they load.
        return WorkingState(member=member, pending_changes=self.pending_changes(ctx))

    def pending_changes(self, ctx: Context) -> int | None:
        from fieldapp.services.sync_overview import pending_changes

        try:
            return pending_changes(ctx)
        except DomainError as exc:
            log.warning("the sync state of %s is unknown: %s", ctx.db.path.name, exc)
            return None

    def recent_databases(self) -> list[Path]:
        return [Path(p) for p in self.settings.recent_databases if Path(p).is_file()]

    def remember_language(self, lang: str) -> None:
        self.lang = lang
        if self.ctx is not None:
            self.ctx.lang = lang
        if self.remember:
            self.settings.language = lang
            self._save_settings()

    def saved_geometry(self) -> dict[str, int | bool] | None:
        return self.settings.window_geometry

    def remember_geometry(self, geometry: dict[str, int | bool]) -> None:
        if self.remember:
            self.settings.window_geometry = geometry
            self._save_settings()

    def _save_settings(self) -> None:
        try:
            self.settings.save(self.paths, only=WINDOW_SETTINGS)
        except OSError as exc:
            # The database is open all the same; only the next start will not remember it.
            log.warning("cannot save the settings file (%s)", exc)

    def log_file(self) -> Path:
        from fieldapp.logging_setup import log_file

        return log_file()

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.db.close()
            self.ctx = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def open_window(
    db_path: Path | None = None, lang: str | None = None, *, runner: Runner | None = None
) -> MainWindow:
    """Build the main window on the database this start should show (not shown yet; `run` shows it)."""
    from fieldapp.ui import i18n
    from fieldapp.ui.application import apply_style_sheet, ensure_application
    from fieldapp.ui.main_window import MainWindow

    app = ensure_application(styled=False)
    paths = app_paths()
    settings = Settings.load(paths)
    code = i18n.switch_language(lang or settings.language)
    window = MainWindow(AppBackend(paths, settings, lang=code), runner)
    window.start(db_path)
    apply_style_sheet(app)  # after the window is built: its widgets are polished once, with the sheet
    return window


def saved_language() -> str:
    """The language chosen in the window's menu (the start speaks it unless --lang says otherwise)."""
    return Settings.load(app_paths()).language


def launch(db_path: Path | None = None, lang: str | None = None) -> MainWindow:
    """Everything `run` does before the window is shown: the log, the check that Qt can open a window here (before Qt
    is loaded: Qt itself would abort, so this raises DomainError instead), the application, the window on the database
    of this start. The start-up benchmark measures this path, so it counts what a user's start costs."""
    from fieldapp.logging_setup import setup_logging
    from fieldapp.ui.desktop_check import desktop_problem

    log_path = setup_logging()
    problem = desktop_problem(gui=False)  # what Qt would abort on: the xcb plugin's libraries, the display
    if problem is not None:
        raise problem
    try:
        # First: it loads PySide and spares every module after it PySide's scan of its source (qt_lean).
        from fieldapp.ui import qt_lean  # noqa: F401
        from fieldapp.ui.application import ensure_application, route_qt_messages
        from fieldapp.ui.errors import install_excepthook, set_log_file
    except ImportError:
        # A system library of Qt's GUI is missing: say which, and the package that brings it.
        problem = desktop_problem()
        if problem is not None:
            raise problem from None
        raise

    ensure_application(styled=False)  # the style sheet comes once the window is built (open_window)
    route_qt_messages()
    set_log_file(log_path)
    window = open_window(db_path, lang)
    install_excepthook(lambda: window)
    return window


def run(db_path: Path | None = None, lang: str | None = None) -> int:
    """Start the desktop app; returns the exit code. Raises DomainError when Qt cannot open a window here."""
    window = launch(db_path, lang)
    if window.place_on_screen():
        window.showMaximized()
    else:
        window.show()
    log.info("desktop app started")
    from fieldapp.ui.application import ensure_application

    return int(ensure_application().exec())


def screenshot(db: Path, page: str, out: Path, lang: str = "ru", size: tuple[int, int] = (1280, 800)) -> None:
    """Render `page` of the app on database `db` offscreen into the PNG `out`, `size` pixels large.

    The settings file is left alone; the page's data is loaded before the grab. Raises DomainError for a database
    that cannot be opened or an unknown page.
    """
    if page not in PAGES:
        raise ValidationError("enum.unknown", "page", value=page, allowed=", ".join(PAGES))
    width, height = size
    if width <= 0 or height <= 0:
        raise ValidationError("number.invalid", "size", value=f"{width}x{height}")
    from fieldapp.ui import i18n
    from fieldapp.ui.application import dispose, ensure_application, grab_to_png
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.workers import Runner

    ensure_application(offscreen=True)
    code = i18n.switch_language(lang)
    backend = AppBackend(app_paths(), Settings(), lang=code, remember=False)
    ctx = backend.open(Path(db))
    # Synchronous: a page's data must be on screen before the grab, not on its way from a worker.
    window = MainWindow(backend, Runner(synchronous=True))
    try:
        window.set_context(ctx)
        window.show_page(page)
        grab_to_png(window, (width, height), Path(out))
    finally:
        dispose(window)
