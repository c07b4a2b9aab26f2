"""The shell as a user meets it: first start, reopening, navigation by keyboard, language, and errors."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from fieldapp.config import Settings, app_paths
from fieldapp.domain.errors import ValidationError
from fieldapp.services.indicators import build_indicators
from fieldapp.services.progress import Progress
from fieldapp.storage.database import open_database
from fieldapp.ui import errors
from fieldapp.ui.i18n import current_language
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages import NAVIGATION
from fieldapp.ui.pages.control import ControlPage
from fieldapp.ui.pages.dashboard import DashboardPage
from fieldapp.ui.pages.placeholder import PlaceholderPage
from fieldapp.ui.pages.planning import PlanningPage
from fieldapp.ui.pages.polls import PollsPage
from fieldapp.ui.pages.reception import ReceptionPage
from fieldapp.ui.pages.reports import ReportsPage

WindowFactory = Callable[..., MainWindow]

# The offscreen platform cannot resize a shown window to a dialog's new size hints and says so; that is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


NAV_KK = ["Шолу", "Сапарлар", "Аялдама", "Азаматтарды қабылдау", "Бақылау", "Сауалнамалар", "Белгілер", "Есептер",
          "Синхрондау", "Баптау", "Жоспарлау", "Карта"]
NAV_RU = ["Обзор", "Выезды", "Остановка", "Приём граждан", "Контроль", "Опросы", "Сигналы", "Отчёты", "Синхронизация",
          "Настройка", "Планирование", "Карта"]


def nav_texts(window: MainWindow) -> list[str]:
    return [window.ui.navList.item(row).text() for row in range(window.ui.navList.count())]


def dialogs(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == name
            and w.isVisible()]


def dashboard(window: MainWindow) -> DashboardPage:
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    return page


def test_first_start_shows_the_welcome_screen_and_creates_the_local_database(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.ui.rootStack.currentWidget() is window.welcome
    target = app_paths().default_database
    assert window.welcome.ui.locationLabel.text() == str(target)
    assert not target.exists()
    # Navigation is off until there is a database to show.
    assert not window.page_actions["tours"].isEnabled()

    qtbot.mouseClick(window.welcome.ui.createButton, Qt.MouseButton.LeftButton)
    # «Создать базу» asks for the first coordinator (tests/ui/test_create_database.py tries it all).
    dialog = window.create_dialog
    assert dialog is not None and dialog.isVisible()
    for edit, typed in ((dialog.ui.userEdit, "koordinator"), (dialog.ui.passwordEdit, "parol"),
                        (dialog.ui.repeatEdit, "parol")):
        qtbot.keyClicks(edit, typed)
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)

    assert target.is_file()
    assert window.ctx is not None and window.ctx.db.path == target.absolute()
    assert window.ui.rootStack.currentWidget() is window.ui.workspacePage
    assert window.current_page_key() == "dashboard"
    assert Settings.load().last_database == str(target.absolute())
    qtbot.waitUntil(lambda: not dashboard(window).loading)
    assert dashboard(window).ui.contentStack.currentWidget() is dashboard(window).ui.emptyPage
    assert window.database_label.text() == f"База: {target.name}"
    assert target.name in window.windowTitle()


def test_the_last_database_reopens_at_the_next_start(make_window: WindowFactory, qtbot: QtBot, small_db: Path) -> None:
    first = make_window(small_db)
    assert first.ctx is not None
    first.close()
    assert Settings.load().last_database == str(small_db.absolute())

    second = make_window()
    assert second.ui.rootStack.currentWidget() is second.ui.workspacePage
    assert second.ctx is not None and second.ctx.db.path == small_db.absolute()
    recent = second.backend.recent_databases()
    assert recent[0] == small_db.absolute()


def test_a_vanished_last_database_brings_back_the_welcome_screen(make_window: WindowFactory, tmp_path: Path) -> None:
    Settings(last_database=str(tmp_path / "moved-away.db")).save()
    window = make_window()
    assert window.ui.rootStack.currentWidget() is window.welcome
    assert dialogs("domainErrorDialog") == []


def test_db_option_opens_that_database_instead_of_the_last(
    make_window: WindowFactory, small_db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    open_database(other, create=True).close()
    Settings(last_database=str(small_db)).save()
    window = make_window(other)
    assert window.ctx is not None and window.ctx.db.path == other.absolute()


def test_ctrl_number_switches_pages(make_window: WindowFactory, qtbot: QtBot, small_db: Path) -> None:
    window = make_window(small_db)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Back to front, so each press really changes the page; Ctrl+1…Ctrl+9 reach the first nine.
    order = list(reversed(range(min(len(NAVIGATION), 9))))
    for row in order:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == NAVIGATION[row].key
        assert window.ui.navList.currentRow() == row
    assert len(NAVIGATION) == 12
    # Every page is built now: none says «Раздел в разработке» any more.
    window.show_page("planning")
    planning = window.pages["planning"]
    assert isinstance(planning, PlanningPage) and not isinstance(planning, PlaceholderPage)
    assert planning.ui.titleLabel.text() == "Планирование ротации"


def test_the_planning_page_is_in_the_navigation(make_window: WindowFactory, qtbot: QtBot, small_db: Path) -> None:
    window = make_window(small_db)
    window.show_page("planning")
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page_key() == "planning"
    assert window.ui.navList.currentRow() == [spec.key for spec in NAVIGATION].index("planning")


def test_clicking_the_navigation_switches_pages(make_window: WindowFactory, small_db: Path) -> None:
    window = make_window(small_db)
    window.ui.navList.setCurrentRow(4)
    assert window.current_page_key() == "control"


def test_switching_to_kazakh_at_run_time_retranslates_everything(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path
) -> None:
    window = make_window(small_db)
    qtbot.waitUntil(lambda: not dashboard(window).loading)
    assert nav_texts(window) == NAV_RU

    window.ui.actionLanguageKk.trigger()

    qtbot.waitUntil(lambda: nav_texts(window) == NAV_KK)
    assert current_language() == "kk"
    assert window.ui.actionLanguageKk.isChecked() and not window.ui.actionLanguageRu.isChecked()
    assert window.ui.menuHelp.title() == "&Анықтама"
    assert window.page_actions["reception"].text() == "Азаматтарды қабылдау"
    window.show_page("planning")
    planning = window.pages["planning"]
    assert isinstance(planning, PlanningPage)
    qtbot.waitUntil(lambda: planning.ui.titleLabel.text() == "Ротацияны жоспарлау")
    assert planning.ui.generateButton.text() == "Ротация құру…"
    qtbot.waitUntil(lambda: window.pages["sync"].ui.titleLabel.text() == "Синхрондау")
    polls_page = window.pages["polls"]
    assert isinstance(polls_page, PollsPage)
    qtbot.waitUntil(lambda: polls_page.ui.titleLabel.text() == "Сауалнамалар")
    reports = window.pages["reports"]
    assert isinstance(reports, ReportsPage)
    assert reports.ui.titleLabel.text() == "Есептер"
    assert reports.ui.kindCombo.itemText(0) == "Жұмыс тобының сапары туралы есеп"
    assert reports.ui.languageCombo.currentData() == "kk"  # the report language follows until the user picks one
    assert window.ui.actionImportJournal.text() == "Қабылдау журналын &импорттау…"
    control = window.pages["control"]
    assert isinstance(control, ControlPage)
    qtbot.waitUntil(lambda: control.ui.titleLabel.text() == "Бақылаудағы мәселелер")
    reception = window.pages["reception"]
    assert isinstance(reception, ReceptionPage)
    assert reception.ui.saveButton.text() == "Сақтап, келесіні қабылдау (Enter)"
    assert reception.ui.outcomeCombo.itemText(4) == "бақылауға алынды"  # the pickers follow the language too
    board = dashboard(window)
    assert board.ui.refreshButton.text() == "Жаңарту"
    assert board.tiles["helped"].caption_label.text() == "Көмек көрсетілді"
    assert window.member_label.text() == "Қатысушы: таңдалмаған"
    assert Settings.load().language == "kk"

    window.ui.actionLanguageEn.trigger()
    qtbot.waitUntil(lambda: nav_texts(window)[0] == "Overview")
    assert board.tiles["under_control"].caption_label.text() == "Taken under control"

    window.ui.actionLanguageRu.trigger()
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_RU)
    assert board.tiles["helped"].caption_label.text() == "Оказана помощь"


def test_the_saved_language_is_used_at_the_next_start(make_window: WindowFactory, small_db: Path) -> None:
    Settings(language="kk", last_database=str(small_db)).save()
    window = make_window()
    assert nav_texts(window) == NAV_KK


def test_a_file_that_is_not_a_database_gets_a_friendly_message(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("это не база данных\n" * 100, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(junk), "")))
    window = make_window()

    window.ui.actionOpen.trigger()

    qtbot.waitUntil(lambda: len(dialogs("domainErrorDialog")) == 1)
    box = dialogs("domainErrorDialog")[0]
    assert box.windowTitle() == "Файл базы данных"
    assert "не является базой данных fieldapp" in box.text() and str(junk) in box.text()
    assert box.parent() is window
    assert window.ui.rootStack.currentWidget() is window.welcome
    assert junk.read_text(encoding="utf-8").startswith("это не база данных")
    box.close()


def test_a_domain_error_from_a_service_names_the_field(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(ctx: object, scope: object) -> None:
        raise ValidationError("period.reversed", "period", start="10.03.2026", end="01.03.2026")

    monkeypatch.setattr("fieldapp.ui.pages.dashboard_data.build_indicators", refuse)
    window = make_window(small_db, lang="kk")
    qtbot.waitUntil(lambda: len(dialogs("domainErrorDialog")) == 1)
    box = dialogs("domainErrorDialog")[0]
    assert box.windowTitle() == "Деректерді тексеріңіз"
    assert box.text() == "кезең: кезең басы 10.03.2026 соңынан 01.03.2026 кеш"
    assert not dashboard(window).loading
    box.close()


def test_a_bug_shows_the_exception_dialog_with_the_log_path(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(ctx: object, scope: object) -> None:
        raise ZeroDivisionError("a bug")

    log_file = tmp_path / "logs" / "fieldapp.log"
    monkeypatch.setattr(errors, "_log_file", log_file)
    monkeypatch.setattr("fieldapp.ui.pages.dashboard_data.build_indicators", broken)
    make_window(small_db)
    qtbot.waitUntil(lambda: len(dialogs("bugDialog")) == 1)
    box = dialogs("bugDialog")[0]
    assert str(log_file) in box.text()
    assert "не потеряны" in box.text()
    assert "ZeroDivisionError" in box.detailedText()
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    box.close()


def test_the_excepthook_routes_an_escaped_exception_to_the_bug_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook(lambda: None)
    try:
        raise KeyError("escaped")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: len(dialogs("bugDialog")) == 1)
    box = dialogs("bugDialog")[0]
    assert "KeyError" in box.detailedText()
    box.close()


def fake_demo(calls: list[int], *, pause: float = 0.0) -> types.SimpleNamespace:
    """A stand-in for fieldapp.services.demo: reports progress in 50 steps, then writes an empty database."""

    def build_demo(path: Path, progress: Progress) -> None:
        for step in range(1, 51):
            progress(step, 50, f"шаг {step}")
            calls.append(step)
            time.sleep(pause)
        open_database(path, create=True).close()

    return types.SimpleNamespace(build_demo=build_demo, DEMO_USER="coordinator", DEMO_PASSWORD="demo")


def test_open_demo_builds_it_on_a_worker_and_opens_it(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setitem(sys.modules, "fieldapp.services.demo", fake_demo(calls))
    window = make_window()
    demo = app_paths().data / "demo.db"

    qtbot.mouseClick(window.welcome.ui.demoButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.ctx is not None, timeout=10_000)
    assert window.ctx is not None and window.ctx.db.path == demo.absolute()
    assert len(calls) == 50
    assert window.ui.rootStack.currentWidget() is window.ui.workspacePage
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "progressDialog") is None)
    # A second click opens the existing demo without rebuilding it.
    window.open_demo()
    assert len(calls) == 50


def test_cancelling_the_demo_leaves_nothing_behind(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setitem(sys.modules, "fieldapp.services.demo", fake_demo(calls, pause=0.05))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)

    window.ui.actionOpenDemo.trigger()
    qtbot.waitUntil(lambda: bool(calls))
    dialog = window.findChild(QProgressDialog, "progressDialog")
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible)  # it appears once the work takes longer than a moment
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Отмена"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert len(calls) < 50
    assert window.ctx is None
    assert window.ui.rootStack.currentWidget() is window.welcome
    assert not (app_paths().data / "demo.db").exists()
    assert dialogs("bugDialog") == [] and dialogs("domainErrorDialog") == []


def test_the_real_demo_opens_signed_in_with_its_figures_on_the_dashboard(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.open_demo()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30_000)
    assert window.ctx is not None
    board = dashboard(window)
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    expected = build_indicators(window.ctx)
    assert expected.receptions > 0 and expected.helped > 0
    assert {key: tile.value for key, tile in board.tiles.items()} == expected.as_dict()
    assert window.member_label.text() != "Участник: не выбран"


def test_run_starts_the_app_logs_and_remembers_the_database(small_db: Path) -> None:
    """`run` as the command line calls it, in a process of its own (it owns the event loop and sys.excepthook)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import time\n"
        "from fieldapp.config import Settings\n"
        "app = QApplication(sys.argv[:1])\n"
        "deadline = time.monotonic() + 30\n"
        "# The database opens on a worker once the window is painted: quit when it is remembered.\n"
        "timer = QTimer()\n"
        "timer.timeout.connect(lambda: app.quit() if Settings.load().last_database or time.monotonic() > deadline "
        "else None)\n"
        "timer.start(50)\n"
        "from fieldapp.app import run\n"
        "sys.exit(run(Path(sys.argv[1]), lang='kk'))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script, str(small_db)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    log_text = (app_paths().logs / "fieldapp.log").read_text(encoding="utf-8")
    assert "desktop app started" in log_text
    settings = Settings.load()
    assert settings.last_database == str(small_db.absolute())
    assert settings.language == "ru"  # --lang is for this run; only the menu changes the saved language


def test_button_shortcuts_survive_a_language_switch(make_window: WindowFactory, qtbot: QtBot, small_db: Path) -> None:
    """QAbstractButton.setText (called by every retranslateUi) resets a button's shortcut; pages keep theirs."""
    window = make_window(small_db)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.actionLanguageKk.trigger()
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_KK)
    for key in ("dashboard", "control", "polls"):
        window.show_page(key)
        _press_and_expect_a_click(qtbot, window, window.pages[key].ui.refreshButton)


def _press_and_expect_a_click(qtbot: QtBot, window: MainWindow, button: QPushButton) -> None:
    clicks: list[bool] = []
    button.clicked.connect(lambda *_: clicks.append(True))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(clicks) == 1)


def test_saving_the_window_settings_keeps_the_device_ids_sync_wrote_meanwhile(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path
) -> None:
    window = make_window(small_db, "ru")
    # Sync records which device id a file has (and what it exported) in the same settings file, after the window
    # loaded its copy of the settings.
    fresh = Settings.load()
    fresh.device_ids[str(small_db)] = "0190aaaa-0000-7000-8000-000000000001"
    fresh.save(only=("device_ids",))
    window.ui.actionLanguageKk.trigger()
    qtbot.waitUntil(lambda: nav_texts(window) == NAV_KK)
    after = Settings.load()
    assert after.language == "kk"
    assert after.device_ids.get(str(small_db)) == "0190aaaa-0000-7000-8000-000000000001"


def test_the_status_bar_counts_changes_not_exported_and_follows_new_edits(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path
) -> None:
    from fieldapp.services import campaigns

    window = make_window(small_db, "ru")
    assert window.ctx is not None
    before = window.state.pending_changes
    assert before is not None and window.sync_label.text().startswith("Не выгружено")
    campaigns.create_campaign(window.ctx, "Новая кампания")  # a page saves without telling the window
    window.show_page("control")
    assert window.state.pending_changes is not None and window.state.pending_changes > before
    assert str(window.state.pending_changes) in window.sync_label.text()


def test_packages_parked_by_an_older_version_are_announced_when_the_upgraded_app_opens_the_file(
    make_window: WindowFactory, qtbot: QtBot, small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldapp.services import campaigns, sync
    from fieldapp.services.workspace import open_workspace
    from fieldapp.sync import exchange

    laptop = tmp_path / "laptop.db"
    laptop.write_bytes(small_db.read_bytes())  # a copy: it continues as a device of its own
    for source, target in ((laptop, small_db), (small_db, laptop)):
        ctx = open_workspace(source)
        sync.export_key(ctx, tmp_path / f"{source.stem}.key")
        ctx.db.close()
        ctx = open_workspace(target)
        sync.enrol(ctx, tmp_path / f"{source.stem}.key")
        ctx.db.close()
    newer = exchange.SCHEMA_VERSION + 1
    ctx = open_workspace(laptop)
    campaigns.create_campaign(ctx, "Кампания новой версии")
    with monkeypatch.context() as newer_app:
        newer_app.setattr(exchange, "SCHEMA_VERSION", newer)
        sync.export_package(ctx, tmp_path / "new.fieldsync")
    ctx.db.close()
    ctx = open_workspace(small_db)
    assert sync.import_packages(ctx, [tmp_path / "new.fieldsync"]).parked  # parked: this version cannot read it
    ctx.db.close()

    monkeypatch.setattr(exchange, "SCHEMA_VERSION", newer)  # the upgrade
    window = make_window(small_db, "ru")
    message = window.ui.statusbar.currentMessage()
    assert "отложенный до обновления программы" in message and "новых изменений" in message, message
