"""A plain file with accounts opened without signing in is read-only — in the service, on the command line and in
the window (the sign-in dialog offers «Только чтение»); the «История» of a record and the coordinator's access log
in their dialog, in Russian and Kazakh. From `fieldapp init`, never the demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.cli import main
from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError, StorageError
from fieldapp.services import campaigns, places, receptions, reports, roles, sync, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.reports import ReportRequest, Scope
from fieldapp.services.workspace import open_workspace
from fieldapp.ui import i18n
from fieldapp.ui.dialogs.record_log import AccessLogDialog, HistoryDialog
from fieldapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 10, 30)
PASSWORDS = {"boss": "boss-pass", "field": "field-pass"}
APPLICANT = "Сапарова Айгүл"


@pytest.fixture(autouse=True)
def nobody_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDAPP_USER", raising=False)
    monkeypatch.delenv("FIELDAPP_PASSWORD", raising=False)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, str, str]]:
    """A plain office file: a coordinator, a member, a day with one reception; the journal printed once."""
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"], clock=lambda: NOW)
    try:
        add_user(boss, "field", PASSWORDS["field"], Role.MEMBER)
        region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(boss, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(boss, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(boss, "Мир и согласие", kind="pilot project")
        tour = tours.create_tour(boss, campaign, "Выезд", group_ids=[campaigns.create_group(boss, campaign, "Г1")])
        stop = tours.add_stop(boss, tour, asa, planned_on=date(2026, 3, 2))
        saved = receptions.record_reception(boss, ReceptionDraft(
            stop_id=stop, applicant_name=APPLICANT, essence="Нет воды", outcome="explained", consent_given=True))
        receptions.update_reception(boss, saved.id, ReceptionDraft(
            stop_id=stop, applicant_name=APPLICANT, essence="Нет воды", outcome="help provided", help_kind="medical",
            consent_given=True))
        reports.build_report(boss, ReportRequest("journal", tmp_path / "journal.pdf", Scope(), record_id=tour))
    finally:
        boss.db.close()
    yield path, stop, saved.id


def test_without_an_account_the_file_is_read_not_written(office: tuple[Path, str, str]) -> None:
    path, stop, _reception = office
    before = path.read_bytes()
    ctx = open_workspace(path)
    try:
        assert ctx.read_only and ctx.role is None
        assert [r.name_ru for r in places.list_regions(ctx)] == ["Жамбылская область"]  # everything can be read
        assert sync.digest(ctx)
        with pytest.raises(StorageError) as refused:
            receptions.record_reception(ctx, ReceptionDraft(stop_id=stop, applicant_name="Кто-то", outcome="explained"))
        assert refused.value.code == "db.readonly" and "войдите" in refused.value.message("ru")
        with pytest.raises(AccessError) as guarded:
            places.create_region(ctx, "Туркестанская область")  # a guarded act says why before trying
        assert guarded.value.code == "access.read_only"
        assert not any(roles.allowed(ctx, act) for act in roles.ACTS)
        assert roles.reason(ctx, "setup", "kk") == "база есептік жазбаға кірмей ашылған — тек оқу үшін: өзгеріс " \
                                                    "енгізу үшін кіріңіз"
    finally:
        ctx.db.close()
    assert path.read_bytes() == before


def test_the_command_line_without_an_account_reads_and_refuses_to_write(
        office: tuple[Path, str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path, _stop, _reception = office
    assert main(["list", "campaigns", str(path)]) == 0
    assert "Мир и согласие" in capsys.readouterr().out
    digest_before = sync_digest(path)
    code = main(["import", "plan", str(path), str(tmp_path / "missing.xlsx")])
    assert code == 1
    assert main(["template", "plan", str(tmp_path / "plan.xlsx")]) == 0  # needs no database at all
    capsys.readouterr()
    assert main(["control", "extend", str(path), "x", "--to", "2026-04-01", "--reason", "r", "--lang", "en"]) == 1
    assert capsys.readouterr().err == ("error: the database is open without signing in — read-only: sign in to make "
                                       "changes\n")
    assert sync_digest(path) == digest_before


def sync_digest(path: Path) -> str:
    ctx = open_workspace(path, user="boss", password=PASSWORDS["boss"])
    try:
        return sync.digest(ctx)
    finally:
        ctx.db.close()


def test_the_window_offers_read_only_and_says_so(make_window: Callable[..., MainWindow], qtbot: QtBot,
                                                 office: tuple[Path, str, str]) -> None:
    path, _stop, _reception = office
    window = make_window(path, "ru")
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None and window.sign_in_dialog.isVisible(), timeout=20_000)
    dialog = window.sign_in_dialog
    assert dialog is not None and dialog.read_only_button is not None
    assert dialog.ui.titleLabel.text() == "В базе есть учётные записи"
    assert dialog.read_only_button.text() == "Только &чтение"
    dialog.read_only_button.click()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    assert window.ctx.read_only
    assert window.database_label.text() == "База: office.db — только чтение, без входа"
    assert not window.ui.actionAccounts.isEnabled() and not window.ui.actionAccessLog.isEnabled()
    assert not window.ui.actionImportPlan.isEnabled() or not roles.allowed(window.ctx, "plan.import")


def test_history_and_access_log_dialogs(qtbot: QtBot, office: tuple[Path, str, str]) -> None:
    path, _stop, reception = office
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"])
    field = open_workspace(path, user="field", password=PASSWORDS["field"])
    try:
        history = HistoryDialog(boss, reception)
        qtbot.addWidget(history)
        rows = history.model.rows()
        outcome = [(e.old, e.new) for e in rows if e.field == "outcome"]
        assert outcome == [("", "explained"), ("explained", "help provided")]
        assert history.ui.contentStack.currentWidget() is history.ui.tablePage
        assert history.windowTitle().startswith("История: ")
        texts = {history.model.index(r, c).data() for r in range(history.model.rowCount()) for c in range(6)}
        assert APPLICANT in texts and "boss" in texts  # the member the account acts as (its own name)

        hidden = HistoryDialog(field, reception)  # a member: the applicant's data as •••
        qtbot.addWidget(hidden)
        shown = {hidden.model.index(r, 5).data() for r in range(hidden.model.rowCount())}
        assert APPLICANT not in shown and "•••" in shown and "•••" in hidden.ui.hintLabel.text()

        log = AccessLogDialog(boss)
        qtbot.addWidget(log)
        assert log.model.rowCount() == 1
        assert log.model.index(0, log.model.column_of("file")).data() == "journal.pdf"
        assert log.model.index(0, log.model.column_of("kind")).data() == "отчёт"
        i18n.switch_language("kk")
        qtbot.waitUntil(lambda: log.windowTitle() == "Дербес деректерге қол жеткізу журналы", timeout=5_000)
        assert log.model.headerData(0, _horizontal()) == "Қашан"
        assert log.model.index(0, log.model.column_of("kind")).data() == "есеп"
        i18n.switch_language("ru")
    finally:
        boss.db.close()
        field.db.close()


def _horizontal() -> object:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_control_and_signals_pages_open_the_chosen_record_s_history(
        qtbot: QtBot, office: tuple[Path, str, str]) -> None:
    from fieldapp.services import signals
    from fieldapp.services.signals import SignalDraft
    from fieldapp.ui.pages.control import ControlPage
    from fieldapp.ui.pages.signals import SignalsPage
    from fieldapp.ui.workers import Runner

    path, stop, _reception = office
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"], clock=lambda: NOW)
    try:
        saved = receptions.record_reception(boss, ReceptionDraft(
            stop_id=stop, applicant_name="Жители аула", essence="Дорога размыта", outcome="взято на контроль",
            responsible_org_name="Акимат"))
        signal = signals.record_signal(boss, SignalDraft(kind="drug graffiti", description="Надпись на остановке",
                                                        latitude=43.05, longitude=71.37,
                                                        received_at=NOW))
        for page_class, record in ((ControlPage, saved.control_item_id), (SignalsPage, signal)):
            page = page_class(Runner(synchronous=True))
            qtbot.addWidget(page)
            page.resize(1366, 768)
            page.show()
            page.set_context(boss)
            qtbot.waitUntil(lambda page=page: page.model.rowCount() == 1, timeout=20_000)
            assert not page.ui.historyButton.isEnabled() or page.detail is not None
            page.ui.tableView.selectRow(0)
            qtbot.waitUntil(lambda page=page: page.detail is not None, timeout=5_000)
            assert page.ui.historyButton.isEnabled()
            page.ui.historyButton.click()
            dialog = page.history_dialog
            assert dialog.record_id == record and dialog.isVisible()
            fields = {e.field for e in dialog.model.rows()}
            assert {"title", "deadline"} <= fields if page_class is ControlPage else {"description"} <= fields
            dialog.close()
    finally:
        boss.db.close()


def test_the_stop_page_opens_the_stop_s_history(qtbot: QtBot, office: tuple[Path, str, str]) -> None:
    from fieldapp.ui.pages.stop import StopPage
    from fieldapp.ui.workers import Runner

    path, stop, _reception = office
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"], clock=lambda: NOW)
    try:
        asa = tours.get_stop(boss, stop).settlement_id
        tours.update_stop(boss, stop, asa, planned_on=date(2026, 3, 2), venue="Дом культуры")
        page = StopPage(Runner(synchronous=True))
        qtbot.addWidget(page)
        page.show()
        page.set_context(boss)
        qtbot.waitUntil(lambda: page.current_stop_id() == stop, timeout=20_000)
        page.ui.historyButton.click()
        entries = page.history_dialog.model.rows()
        assert [(e.old_text, e.new_text) for e in entries if e.field == "venue"][-1] == ("", "Дом культуры")
        assert any(e.field == "settlement_id" and e.new_text == "Аса" for e in entries)
        page.history_dialog.close()
    finally:
        boss.db.close()
