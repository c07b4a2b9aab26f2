"""The shell: navigation, pages, menus and status bar. It delegates to the backend and the pages; it decides nothing.

It starts light: a page is built when first shown, the import and export tools when first used, and the database of
the start opens on a worker once the window is painted.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QMainWindow, QWidget

import fieldapp
from fieldapp.domain.errors import AccessError, DomainError
from fieldapp.ui import i18n, qt_lean, window_geometry
from fieldapp.ui.backend import Backend, WorkingState
from fieldapp.ui.data_bus import DataBus, describe
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_main_window import Ui_MainWindow
from fieldapp.ui.pages import NAVIGATION, PAGE_KEYS, Page, build_page, page_spec
from fieldapp.ui.widgets.eliding_label import ElidingLabel
from fieldapp.ui.workers import Runner, Task, run_with_progress

if TYPE_CHECKING:
    from fieldapp.services.context import Context
    from fieldapp.ui.data_transfer import DataTransfer
    from fieldapp.ui.dialogs.create_database import CreateDatabaseDialog
    from fieldapp.ui.dialogs.sign_in import SignInDialog
    from fieldapp.ui.welcome import WelcomePage

log = logging.getLogger(__name__)

KEY_ROLE = qt_lean.USER_ROLE
PARKED_MESSAGE_MS = 30_000  # long enough to be read after the dashboard has settled
SAVED_MESSAGE_MS = 8_000  # «Сохранено …»: read at a glance, gone before the next entry


class Pages:
    """The main window's pages by key, each built on first access (and then added to the window's stack)."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            if key not in PAGE_KEYS:
                raise KeyError(key)
            page = self._built[key] = self._build(key)
        return page

    def __contains__(self, key: object) -> bool:
        return key in PAGE_KEYS

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def values(self) -> list[QWidget]:
        """The pages built so far: the others have nothing to reload or retranslate."""
        return list(self._built.values())

    def items(self) -> list[tuple[str, QWidget]]:
        return list(self._built.items())


class MainWindow(QMainWindow):
    databaseOpened = Signal(object)  # the Path of the database now shown

    def __init__(self, backend: Backend, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.backend = backend
        self.runner = runner or Runner()
        self.ctx: Context | None = None
        self.state = WorkingState()
        self._demo_task: Task | None = None
        self._open_task: Task | None = None
        self._opening: Path | None = None  # the start's database, opened once the window is painted
        self._painted = False
        self._data: DataTransfer | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.create_dialog: CreateDatabaseDialog | None = None
        self.password_dialog: QDialog | None = None
        self.accounts_dialog: QDialog | None = None
        self.access_log_dialog: QDialog | None = None
        self.holiday_calendars_dialog: QDialog | None = None

        self._welcome: WelcomePage | None = None  # built when first shown: a start on a database never shows it
        self.pages = Pages(self._make_page)
        self._stale: set[str] = set()  # built pages that missed a change while hidden: reloaded when shown
        self.bus = DataBus(self)
        self.bus.changed.connect(self._on_data_changed)
        self.page_actions: dict[str, QAction] = {}
        self._build_navigation()
        self._build_status_bar()
        self._languages = QActionGroup(self)
        for action, lang in self._language_actions():
            self._languages.addAction(action)
            action.triggered.connect(partial(self.set_language, lang))
        self._connect()
        self._retranslate()
        self.ui.splitter.setSizes([self.ui.navList.minimumWidth(), 1000])
        self._set_workspace_enabled(False)  # nothing is open yet: start() shows the welcome page or the database

    # -- building -------------------------------------------------------------------------------------------------

    def _make_page(self, key: str) -> QWidget:
        """Build page `key`, wire what it tells the window, and give it the open database."""
        page = build_page(page_spec(key), self.runner, self.ui.pageStack)
        # A page says what it knows by signals; the window listens to those it has (the placeholders have none).
        for signal, slot in (("workingStopChanged", self._on_working_stop), ("openStop", self._open_stop),
                             ("demoRequested", self.open_demo),
                             ("syncStateChanged", self._on_sync_state),
                             ("openSignal", self._open_signal), ("openControl", self._open_control),
                             ("showOnMap", self._show_on_map)):
            if hasattr(page, signal):
                getattr(page, signal).connect(slot)
        self.ui.pageStack.addWidget(page)
        if self.ctx is not None:
            page_api: Page = page  # type: ignore[assignment]
            page_api.set_context(self.ctx)
        return page

    @property
    def data(self) -> DataTransfer:
        """The journal and KATO imports and the export, made when first used (they bring openpyxl along)."""
        if self._data is None:
            from fieldapp.ui.data_transfer import DataTransfer

            self._data = DataTransfer(self, self.runner, lambda: self.ctx)
        return self._data

    def _build_navigation(self) -> None:
        # Page actions go above the form's own View entries.
        first_view_action = self.ui.menuView.actions()[0]
        for number, spec in enumerate(NAVIGATION, start=1):
            item = QListWidgetItem(spec.qicon(), "")
            item.setData(KEY_ROLE, spec.key)
            self.ui.navList.addItem(item)
            action = QAction(spec.qicon(), "", self)
            action.setObjectName(f"actionPage_{spec.key}")
            if number <= 9:
                qt_lean.set_shortcut(action, f"Ctrl+{number}")
            action.triggered.connect(partial(self.show_page, spec.key))
            self.ui.menuView.insertAction(first_view_action, action)
            self.page_actions[spec.key] = action
        self.ui.menuView.insertSeparator(first_view_action)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self)
        self.member_label = QLabel(self)
        # Tour titles run long («Мир и согласие»: итоговый выезд …): cut at the room left, so the sync state stays in
        # view, and whole where there is room.
        self.tour_label = ElidingLabel(self)
        self.stop_label = ElidingLabel(self)
        self.sync_label = QLabel(self)
        for name, label in (("statusDatabase", self.database_label), ("statusMember", self.member_label),
                            ("statusTour", self.tour_label), ("statusStop", self.stop_label)):
            label.setObjectName(name)
            # The stop, last, takes what the others leave (so the labels stay side by side); short of room, the
            # tour and the stop give way down to their minimum, the database and member keep their width.
            self.ui.statusbar.addWidget(label, 1 if label is self.stop_label else 0)
        self.sync_label.setObjectName("statusSync")
        # Open sync conflicts, shown only while there are some; the link opens the Sync page where they are ended.
        self.conflict_label = QLabel(self)
        self.conflict_label.setObjectName("statusConflicts")
        self.conflict_label.linkActivated.connect(lambda _link: self.show_page("sync"))
        self.conflicts: int | None = None
        # Counted on a worker (a query over the change log): one count at a time, another after it when a commit
        # came in while it ran.
        self._conflict_count: Task | None = None
        self._recount_conflicts = False
        self.ui.statusbar.addPermanentWidget(self.conflict_label)
        self.ui.statusbar.addPermanentWidget(self.sync_label)

    def _language_actions(self) -> tuple[tuple[QAction, str], ...]:
        return ((self.ui.actionLanguageRu, "ru"), (self.ui.actionLanguageKk, "kk"), (self.ui.actionLanguageEn, "en"))

    def _connect(self) -> None:
        self.ui.navList.currentRowChanged.connect(self._on_nav_row)
        self.ui.actionOpen.triggered.connect(self.choose_database_file)
        self.ui.actionOpenDemo.triggered.connect(self.open_demo)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionChangePassword.triggered.connect(self.change_password)
        self.ui.actionAccounts.triggered.connect(self.manage_accounts)
        self.ui.actionAccessLog.triggered.connect(self.show_access_log)
        self.ui.actionShowNavigation.toggled.connect(self.ui.navList.setVisible)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionLogFolder.triggered.connect(self.open_log_folder)
        self.ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        self.ui.actionJournalTemplate.triggered.connect(lambda: self.data.write_template())
        self.ui.actionImportJournal.triggered.connect(lambda: self.data.import_journal())
        self.ui.actionPlanTemplate.triggered.connect(lambda: self.data.write_plan_template())
        self.ui.actionImportPlan.triggered.connect(lambda: self.data.import_plan())
        self.ui.actionImportKato.triggered.connect(lambda: self.data.import_kato())
        self.ui.actionHolidayCalendars.triggered.connect(self.show_holiday_calendars)
        self.ui.actionExport.triggered.connect(lambda: self.data.export())
        self.ui.actionSettings.triggered.connect(self.show_settings)
        self.ui.actionShortcuts.triggered.connect(self.show_shortcuts)

    # -- what is shown --------------------------------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomePage:
        """The page shown when no database is open, made when first needed."""
        if self._welcome is None:
            from fieldapp.ui.welcome import WelcomePage

            welcome = self._welcome = WelcomePage(self.backend.default_database(), self)
            self.ui.rootStack.insertWidget(0, welcome)
            welcome.createRequested.connect(self.create_local_database)
            welcome.demoRequested.connect(self.open_demo)
            welcome.openRequested.connect(self.choose_database_file)
        return self._welcome

    def show_welcome(self) -> None:
        self.ui.rootStack.setCurrentWidget(self.welcome)
        self._set_workspace_enabled(False)
        self.welcome.ui.createButton.setFocus()

    def _set_workspace_enabled(self, enabled: bool) -> None:
        for action in self.page_actions.values():
            action.setEnabled(enabled)
        self.ui.actionShowNavigation.setEnabled(enabled)
        # The template needs no database; the imports and exports work on the open one.
        for action in (self.ui.actionImportJournal, self.ui.actionImportPlan, self.ui.actionImportKato,
                       self.ui.actionExport):
            action.setEnabled(enabled)
        # Only an account that signed in has a password to change.
        self.ui.actionChangePassword.setEnabled(enabled and self.ctx is not None and bool(self.ctx.account))
        # The accounts are the coordinator's (services.accounts refuses anyone else); others see why it is off.
        coordinator = enabled and self.ctx is not None and self.ctx.role == "coordinator"
        self.ui.actionAccounts.setEnabled(coordinator)
        why = "" if coordinator else self.tr("Учётными записями управляет координатор")
        self.ui.actionAccounts.setToolTip(why)
        self.ui.actionAccounts.setStatusTip(why)
        # The access log is the coordinator's too (services.access_log refuses anyone else).
        self.ui.actionAccessLog.setEnabled(coordinator)
        why = "" if coordinator else self.tr("Журнал доступа смотрит координатор")
        self.ui.actionAccessLog.setToolTip(why)
        self.ui.actionAccessLog.setStatusTip(why)

    def show_page(self, key: str) -> None:
        """Show the page `key` (one of PAGE_KEYS); the navigation follows."""
        page = self.pages[key]
        self.ui.pageStack.setCurrentWidget(page)
        keys = [spec.key for spec in NAVIGATION]
        self.ui.navList.blockSignals(True)
        try:
            self.ui.navList.setCurrentRow(keys.index(key) if key in keys else -1)
        finally:
            self.ui.navList.blockSignals(False)
        if key not in keys:
            # A list that gets the focus with no current row makes its first row current (the dashboard): keep
            # the focus on a page that has no row of its own.
            page.setFocus()
        if key in self._stale:
            self._stale.discard(key)
            self._reload(page)
        self.refresh_sync_state()

    def refresh_sync_state(self) -> None:
        """The status bar's count of changes not exported: asked again after every commit that wrote and whenever
        the user moves to another page."""
        if self.ctx is None:
            return
        pending = self.backend.pending_changes(self.ctx)
        if pending is not None and pending != self.state.pending_changes:
            self.show_working_state(dataclasses.replace(self.state, pending_changes=pending))
        self._count_conflicts()

    def _count_conflicts(self) -> None:
        """Count the open sync conflicts on a worker; the status bar shows the count when it comes back."""
        ctx = self.ctx
        if ctx is None:
            self._show_conflicts(None)
            return
        if self._conflict_count is not None:
            self._recount_conflicts = True  # the count under way may have read before this commit
            return

        def count(_progress: object, _cancel: object) -> int:
            from fieldapp.services.sync_overview import open_conflicts  # brings SQLAlchemy, as the database does

            return open_conflicts(ctx)

        def failed(exc: BaseException) -> None:
            if ctx is not self.ctx:
                return  # a count of the database closed since
            if not isinstance(exc, DomainError):
                report(self, exc)
                return
            log.warning("the sync conflicts cannot be counted: %s", exc)
            self._show_conflicts(None)

        task = self.runner.start(count, on_result=lambda n: self._show_conflicts(n) if ctx is self.ctx else None,
                                 on_error=failed)
        if not task.done:
            self._conflict_count = task
            task.ended.connect(self._conflicts_counted)

    def _conflicts_counted(self) -> None:
        self._conflict_count = None
        if self._recount_conflicts:
            self._recount_conflicts = False
            self._count_conflicts()

    def _show_conflicts(self, count: int | None) -> None:
        if count != self.conflicts:
            self.conflicts = count
            self._retranslate_status()

    def current_page_key(self) -> str:
        current = self.ui.pageStack.currentWidget()
        return next(key for key, page in self.pages.items() if page is current)

    @property
    def opening(self) -> bool:
        """True while the start's database opens on a worker (tests wait on it)."""
        return self._opening is not None

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION):
            self.show_page(NAVIGATION[row].key)

    def _open_stop(self, stop_id: str) -> None:
        stop = self.pages["stop"]
        show_stop = getattr(stop, "show_stop", None)
        if callable(show_stop):
            show_stop(stop_id)
            self.show_page("stop")

    def _open_signal(self, signal_id: str) -> None:
        """A signal asked for by another page (a point of the map): the signals page, with it chosen."""
        show_signal = getattr(self.pages["signals"], "show_signal", None)
        if callable(show_signal):
            self.show_page("signals")
            show_signal(signal_id)

    def _open_control(self, item_id: str) -> None:
        """A control item asked for by another page (the map's point of a settlement): the register, with it chosen."""
        select = getattr(self.pages["control"], "select", None)
        if callable(select):
            self.show_page("control")
            select(item_id)

    def _show_on_map(self, layer: str, record_id: str) -> None:
        """«Показать на карте» of a signal or a stop: the map, centred on its point."""
        show_record = getattr(self.pages["map"], "show_record", None)
        if callable(show_record):
            self.show_page("map")
            show_record(layer, record_id)

    def _on_working_stop(self, tour: str, stop: str) -> None:
        self.show_working_state(dataclasses.replace(self.state, tour=tour or None, stop=stop or None))

    def _on_sync_state(self, pending: int) -> None:
        self.show_working_state(dataclasses.replace(self.state, pending_changes=pending))

    def show_working_state(self, state: WorkingState) -> None:
        self.state = state
        self._retranslate_status()

    # -- databases ------------------------------------------------------------------------------------------------

    def start(self, explicit: Path | None = None) -> None:
        """Open the database the backend picks for this start, or show the welcome screen.

        The database opens on a worker once the window is painted (the ORM, the schema check and the first counts
        take longer than the window itself); meanwhile the overview says it is opening.
        """
        path = self.backend.startup_database(explicit)
        if path is None:
            self.show_welcome()
            return
        self._opening = Path(path)
        self.ui.rootStack.setCurrentWidget(self.ui.workspacePage)
        self._set_workspace_enabled(False)
        self.show_page("dashboard")
        show_opening = getattr(self.pages["dashboard"], "show_opening", None)
        if callable(show_opening):
            show_opening()
        self._retranslate_status()
        if self.runner.synchronous:
            self._open_at_start()
        else:
            self.ui.pageStack.installEventFilter(self)
            # A window that is never shown (a test) opens all the same.
            QTimer.singleShot(0, self._open_unless_shown)

    def _open_unless_shown(self) -> None:
        if not self.isVisible():
            self._open_at_start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.pageStack and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.ui.pageStack.removeEventFilter(self)
            # After the paint has ended: the worker's imports would slow it down.
            QTimer.singleShot(0, self._open_at_start)
        return super().eventFilter(watched, event)

    def _open_at_start(self) -> None:
        path = self._opening
        if path is None or self._open_task is not None:
            return
        backend = self.backend
        self._open_task = self.runner.start(lambda _progress, _cancel: backend.open(path),
                                            on_result=self._opened_at_start, on_error=self._start_refused)

    def _opened_at_start(self, ctx: Context) -> None:
        self._opening = None
        self._open_task = None
        self.set_context(ctx)
        self.databaseOpened.emit(ctx.db.path)
        if ctx.read_only:
            # A plain file with accounts opened with nobody signed in: it is shown read-only behind the dialog that
            # asks who works (Cancel or «Только чтение» keeps it read-only).
            self.sign_in(ctx.db.path)

    def _start_refused(self, exc: BaseException) -> None:
        path, self._opening, self._open_task = self._opening, None, None
        self.show_welcome()
        self._retranslate_status()  # no longer «opening …»: nothing is open
        if path is not None and isinstance(exc, AccessError) and exc.code == "db.encrypted":
            self.sign_in(path)
            return
        report(self, exc)

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        try:
            if not create and self.backend.needs_sign_in(path):
                return self.sign_in(path)
            ctx = self.backend.open(path, create=create)
        except Exception as exc:
            # Domain errors and bugs alike end in a dialog here, not in a dead window.
            report(self, exc)
            return False
        self.set_context(ctx)
        self.databaseOpened.emit(ctx.db.path)
        return True

    def sign_in(self, path: Path) -> bool:
        """Ask for the account of the protected database `path`; the dialog opens it. Cancel leaves the welcome
        screen (or the database already shown). Returns False: nothing is open yet when this returns."""
        from fieldapp.ui.dialogs.sign_in import SignInDialog

        if self.sign_in_dialog is not None:
            self.sign_in_dialog.close()
        backend = self.backend
        read_only = None if backend.is_protected(path) else (lambda: backend.open(path, user="", password=None))
        dialog = SignInDialog(path, lambda user, password: backend.open(path, user=user, password=password), self,
                              read_only=read_only)
        self.sign_in_dialog = dialog
        dialog.signedIn.connect(self._signed_in)
        dialog.rejected.connect(self._sign_in_cancelled)
        dialog.open()
        return False

    def _signed_in(self, ctx: Context) -> None:
        self._forget_sign_in()
        self.set_context(ctx)
        self.databaseOpened.emit(ctx.db.path)

    def _sign_in_cancelled(self) -> None:
        self._forget_sign_in()
        if self.ctx is None:
            self.show_welcome()

    def _forget_sign_in(self) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.deleteLater()
            self.sign_in_dialog = None

    def set_context(self, ctx: Context) -> None:
        self.ctx = ctx
        self.bus.attach(ctx.db)
        self._stale.clear()
        self.state = WorkingState()  # the pages tell the tour and stop of this database as they load it
        # Pages not built yet get the database when they are built.
        for page in self.pages.values():
            page_api: Page = page  # type: ignore[assignment]
            page_api.set_context(ctx)
        self.ui.rootStack.setCurrentWidget(self.ui.workspacePage)
        self._set_workspace_enabled(True)
        self.show_page("dashboard")
        self.ui.navList.setFocus()
        state = self.backend.working_state(ctx)
        self.show_working_state(dataclasses.replace(
            state, tour=state.tour or self.state.tour, stop=state.stop or self.state.stop,
            pending_changes=state.pending_changes if state.pending_changes is not None else self.state.pending_changes))
        self._retranslate_title()
        self._announce_parked(ctx)

    def _announce_parked(self, ctx: Context) -> None:
        """Packages an older version kept aside went in as the file was opened: the user hears of it once."""
        parked = ctx.parked
        if parked is None or not parked.packages:
            return
        text = self.tr("Применены пакеты, отложенные до обновления программы: %n", "", parked.packages)
        text += " · " + self.tr("новых изменений: %1").replace("%1", str(parked.changes_new))
        if parked.still_parked:
            text += " · " + self.tr("ещё ждут более новой версии: %1").replace("%1", str(parked.still_parked))
        self.ui.statusbar.showMessage(text, PARKED_MESSAGE_MS)

    def refresh_pages(self) -> None:
        """Reload every page from the database: the shown one now, the others when they are next shown."""
        from fieldapp.storage.changes import ANY  # brings SQLAlchemy: loaded with the database, after the paint

        self._on_data_changed(frozenset({ANY}))

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        """Something was saved — here, by an import, a sync or a worker: the status bar says what, the shown page
        reloads now and the others when they are next shown (a hidden page's reload would be work nobody sees)."""
        if self.ctx is None:
            return
        self.refresh_sync_state()
        what = describe(tables)
        if what:
            self.ui.statusbar.showMessage(
                self.tr("Сохранено %1: %2").replace("%1", self.ctx.clock().strftime("%H:%M")).replace("%2", what),
                SAVED_MESSAGE_MS)
        current = self.ui.pageStack.currentWidget()
        for key, page in self.pages.items():
            if page is current:
                self._reload(page)
            else:
                self._stale.add(key)

    @staticmethod
    def _status_parts(template: str, name: str | None, none: str) -> tuple[str, str]:
        """«Выезд: %1» split at its placeholder: the words before it stay whole, the name may be cut; «не выбран»
        is no name and stays whole too."""
        before, _, after = template.partition("%1")
        return (before, name + after) if name else (before + none + after, "")

    @staticmethod
    def _reload(page: QWidget) -> None:
        reload = getattr(page, "reload", None)
        if callable(reload):
            reload()

    def create_local_database(self) -> None:
        """«Создать базу»: ask for the first coordinator and whether to protect the file; the dialog makes the
        database (the service of `fieldapp init`) and signs in. Cancel leaves the welcome screen."""
        from fieldapp.ui.dialogs.create_database import CreateDatabaseDialog

        if self.create_dialog is not None:
            self.create_dialog.close()
        backend, path = self.backend, self.backend.default_database()
        dialog = CreateDatabaseDialog(
            path, lambda user, password, protected: backend.create_database(path, user, password, protected=protected),
            self)
        self.create_dialog = dialog
        dialog.created.connect(self._created)
        dialog.rejected.connect(self._forget_create)
        dialog.open()

    def manage_accounts(self) -> None:
        """The coordinator's accounts of the open database."""
        from fieldapp.ui.dialogs.accounts import AccountsDialog

        if self.ctx is None:
            return
        dialog = AccountsDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self._accounts_dialog_done(dialog))
        self.accounts_dialog = dialog
        dialog.open()

    def _accounts_dialog_done(self, dialog: QDialog) -> None:
        self.accounts_dialog = None
        dialog.deleteLater()

    def show_holiday_calendars(self) -> None:
        """The yearly holiday calendars (per user, not per database): available without an open database."""
        from fieldapp.ui.dialogs.holiday_calendars import HolidayCalendarsDialog

        dialog = HolidayCalendarsDialog(self)
        dialog.imported.connect(self._calendar_imported)
        dialog.finished.connect(dialog.deleteLater)
        self.holiday_calendars_dialog = dialog
        dialog.open()

    def _calendar_imported(self, _year: int) -> None:
        if self.ctx is not None:
            self.ctx.forget_calendar()
            self.refresh_pages()  # days left and overdue are counted anew

    def show_access_log(self) -> None:
        """The coordinator's personal-data access log: who printed, exported or sent residents' data."""
        from fieldapp.ui.dialogs.record_log import show_access_log

        if self.ctx is not None:
            self.access_log_dialog = show_access_log(self, self.ctx)

    def change_password(self) -> None:
        """«Сменить пароль» of the signed-in account."""
        from fieldapp.ui.dialogs.change_password import ChangePasswordDialog

        if self.ctx is None or not self.ctx.account:
            return
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.finished.connect(lambda _result: self._password_dialog_done(dialog))
        self.password_dialog = dialog
        dialog.open()

    def _password_dialog_done(self, dialog: QDialog) -> None:
        if getattr(dialog, "changed", False):
            self.ui.statusbar.showMessage(self.tr("Пароль изменён"), PARKED_MESSAGE_MS)
        self.password_dialog = None
        dialog.deleteLater()

    def _created(self, ctx: Context) -> None:
        self._forget_create()
        self.set_context(ctx)
        self.databaseOpened.emit(ctx.db.path)

    def _forget_create(self) -> None:
        if self.create_dialog is not None:
            self.create_dialog.deleteLater()
            self.create_dialog = None

    def open_demo(self) -> None:
        demo = self.backend.demo_database()
        if demo.exists():
            self.open_database(demo)
            return
        if self._demo_task is not None and not self._demo_task.done:
            return  # a second click while the first build runs
        self._demo_task = run_with_progress(
            self.runner, self, self.tr("Создание демо-базы…"), self.backend.build_demo,
            on_result=self._open_built_demo, on_error=self._report,
        )

    def _open_built_demo(self, path: Path) -> None:
        self.open_database(Path(path))

    def _report(self, exc: BaseException) -> None:
        report(self, exc)

    def choose_database_file(self) -> None:
        from fieldapp.ui.widgets import file_dialogs

        # The folder a database was last opened from; before that, the open one's or the default one's.
        start = self.ctx.db.path.parent if self.ctx else self.backend.default_database().parent
        path = file_dialogs.open_file(self, file_dialogs.DATABASES, self.tr("Открыть базу данных"),
                                      self.tr("Базы данных (*.db *.sqlite *.sqlite3);;Все файлы (*)"), fallback=start)
        if path is not None:
            self.open_database(path)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = self.backend.recent_databases()
        for path in recent:
            action = menu.addAction(str(path))
            action.triggered.connect(partial(self.open_database, path))
        if not recent:
            empty = menu.addAction(self.tr("Список пуст"))
            empty.setEnabled(False)

    # -- language -------------------------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the interface language now; every form retranslates itself on the LanguageChange event."""
        code = i18n.switch_language(lang)
        self.backend.remember_language(code)
        self._check_language(code)

    def _check_language(self, code: str) -> None:
        for action, lang in self._language_actions():
            action.setChecked(lang == code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for row, spec in enumerate(NAVIGATION):
            title = spec.translated_title()
            self.ui.navList.item(row).setText(title)
            self.page_actions[spec.key].setText(title)
        self._fit_navigation()
        self._check_language(i18n.current_language())
        self._retranslate_status()
        self._retranslate_title()

    def _fit_navigation(self) -> None:
        """Widen the navigation to its longest title (Kazakh ones are longer) so that none is cut."""
        nav = self.ui.navList
        nav.ensurePolished()
        metrics = nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(nav.item(row).text()) for row in range(nav.count()))
        # icon + the item's padding and selection border + the list's frame
        wanted = min(longest + nav.iconSize().width() + 48, nav.maximumWidth())
        nav.setMinimumWidth(max(wanted, 200))
        sizes = self.ui.splitter.sizes()
        if sizes and sizes[0] < nav.minimumWidth():
            self.ui.splitter.setSizes([nav.minimumWidth(), max(sum(sizes) - nav.minimumWidth(), 1)])

    def _retranslate_title(self) -> None:
        title = self.tr("Полевой журнал")
        self.setWindowTitle(f"{self.ctx.db.path.name} — {title}" if self.ctx else title)

    def _retranslate_status(self) -> None:
        state = self.state
        for label in (self.member_label, self.tour_label, self.stop_label, self.sync_label):
            # Who works where means nothing before a database is open.
            label.setVisible(self.ctx is not None)
        if self.ctx is None and self._opening is not None:
            self.database_label.setText(self.tr("Открывается база %1…").replace("%1", self._opening.name))
            self.database_label.setToolTip(str(self._opening))
        elif self.ctx is None:
            self.database_label.setText(self.tr("База не открыта"))
            self.database_label.setToolTip("")
        else:
            self.database_label.setText(self.tr("База: %1").replace("%1", self.ctx.db.path.name))
            if self.ctx.read_only:
                self.database_label.setText(self.tr("База: %1 — только чтение, без входа")
                                            .replace("%1", self.ctx.db.path.name))
            self.database_label.setToolTip(str(self.ctx.db.path))
        self.member_label.setText(self.tr("Участник: %1").replace("%1", state.member or self.tr("не выбран")))
        self.tour_label.set_parts(*self._status_parts(self.tr("Выезд: %1"), state.tour, self.tr("не выбран")))
        self.stop_label.set_parts(*self._status_parts(self.tr("Остановка: %1"), state.stop, self.tr("не выбрана")))
        conflicts = self.conflicts if self.ctx is not None else None
        self.conflict_label.setVisible(bool(conflicts))
        if conflicts:
            text = self.tr("Конфликтов синхронизации: %1").replace("%1", str(conflicts))
            self.conflict_label.setText(f'<a href="sync" style="color: #b3261e">{text}</a>')
            self.conflict_label.setToolTip(self.tr("Правки с разных компьютеров расходятся: выберите верную "
                                                   "на странице «Синхронизация»"))
        if state.pending_changes is None:
            self.sync_label.setText(self.tr("Синхронизация: нет сведений"))
        elif state.pending_changes == 0:
            self.sync_label.setText(self.tr("Все изменения выгружены"))
        else:
            self.sync_label.setText(self.tr("Не выгружено: %n изменений", "", state.pending_changes))

    # -- help -----------------------------------------------------------------------------------------------------

    def show_about(self) -> None:
        text = self.tr(
            "Полевой журнал %1\n\nВыезды рабочих групп, мероприятия, приём граждан, вопросы на контроле, опросы и "
            "сигналы — без интернета, на одном ноутбуке. Отчёты в PDF и Excel, обмен данными через файлы."
        ).replace("%1", fieldapp.__version__)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("О программе"), text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("aboutDialog")
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_settings(self) -> None:
        """Файл → «Настройки…»: language, default folder, account, data folder, calendar years."""
        from fieldapp.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.state.member, self.set_language, self.change_password, self)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def show_shortcuts(self) -> None:
        """Справка → «Горячие клавиши»: read from the window's actions and every page's shortcuts."""
        from fieldapp.ui.dialogs.settings_shortcuts import ShortcutsDialog, collect_shortcuts, page_title_finder

        pages = [(self.pages[key], page_spec(key).translated_title()) for key in self.pages]  # all, built if not yet
        titles = [title for _page, title in pages]
        dialog = ShortcutsDialog(lambda: collect_shortcuts(self, page_title_finder(pages), titles), self)
        dialog.finished.connect(dialog.deleteLater)
        self.shortcuts_dialog = dialog
        dialog.open()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backend.log_file().parent)))

    # -- closing --------------------------------------------------------------------------------------------------

    def place_on_screen(self, screens: Sequence[QRect] | None = None) -> bool:
        """Before the first show: where it was closed last time, else its designed size fitted to the screen
        (`screens`: their available geometries, the primary first; the system's by default). Returns whether to show
        it maximised."""
        return window_geometry.place(self, self.backend.saved_geometry(), screens)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            self.backend.remember_geometry(window_geometry.saved(self))
        # Background jobs read the database: let them stop before it is closed under them.
        self.runner.shutdown()
        self.bus.attach(None)
        self.backend.close()
        super().closeEvent(event)

