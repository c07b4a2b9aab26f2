"""What a role may not do is disabled in the window, with the service's reason (services/roles.py) in its tooltip:
the control page's decisions, the sync page's conflict and device-key buttons, the reports page's personal data.
The accounts are made as `fieldapp init` and `account add` make them; each role signs in through open_workspace."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Role
from fieldapp.services import campaigns, places, receptions, roles, sync, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.dialogs.export import ExportDialog
from fieldapp.ui.pages.control import ControlPage
from fieldapp.ui.pages.reports import ReportsPage
from fieldapp.ui.pages.sync import SyncPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 10, 30)
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
USERS = {Role.COORDINATOR: "boss", Role.SUPERVISOR: "chief", Role.MEMBER: "field"}
SUPERVISOR_REASON = {"ru": "руководитель или координатор", "en": "a supervisor or a coordinator"}


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[Role, Context]]:
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    contexts: dict[Role, Context] = {}
    for role in (Role.COORDINATOR, Role.SUPERVISOR, Role.MEMBER):
        if role is not Role.COORDINATOR:
            add_user(contexts[Role.COORDINATOR], USERS[role], PASSWORDS[USERS[role]], role)
        ctx = open_workspace(path, user=USERS[role], password=PASSWORDS[USERS[role]], clock=lambda: NOW)
        ctx.blobs = tmp_path / "blobs"
        contexts[role] = ctx
    member, chief = contexts[Role.MEMBER], contexts[Role.SUPERVISOR]
    # The supervisor sets the campaign up; the member logs the day.
    region = places.create_region(chief, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(chief, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(chief, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(chief, "Мир и согласие", kind="pilot project")
    group = campaigns.create_group(chief, campaign, "Информационная группа", code="жг1")
    tour = tours.create_tour(chief, campaign, "Выезд", group_ids=[group])
    stop = tours.add_stop(chief, tour, asa, planned_on=date(2026, 3, 2), venue="Дом культуры")
    receptions.record_reception(member, ReceptionDraft(
        stop_id=stop, applicant_name="Сапарова Айгүл", essence="Нет воды", outcome="взято на контроль",
        responsible_org_name="Акимат"))
    yield contexts
    for ctx in contexts.values():
        ctx.db.close()


def _page(qtbot: QtBot, cls: type[Any]) -> Any:
    page = cls(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_control_page_disables_decisions_for_a_member(qtbot: QtBot, office: dict[Role, Context]) -> None:
    page = _page(qtbot, ControlPage)
    ui = page.ui
    decisions = (ui.extendButton, ui.resolveButton, ui.rejectButton, ui.deadlineEdit)
    page.set_context(office[Role.MEMBER])
    assert page.detail is not None and page.detail.row.status.is_open
    assert ui.progressButton.isEnabled() and ui.noteEdit.isEnabled()  # progress and notes stay a member's
    for widget in decisions:
        assert not widget.isEnabled()
        assert SUPERVISOR_REASON["ru"] in widget.toolTip()
    assert ui.extendButton.toolTip() == roles.reason(office[Role.MEMBER], "control.extend", "ru")
    for role in (Role.SUPERVISOR, Role.COORDINATOR):
        page.set_context(office[role])
        for widget in decisions:
            assert widget.isEnabled() and SUPERVISOR_REASON["ru"] not in widget.toolTip()


def test_the_sync_page_leaves_conflicts_and_keys_to_a_coordinator(qtbot: QtBot,
                                                                  office: dict[Role, Context]) -> None:
    page = _page(qtbot, SyncPage)
    ui = page.ui
    own_tooltip = ui.enrolButton.toolTip()
    assert own_tooltip  # the form's own explanation
    for role in (Role.MEMBER, Role.SUPERVISOR):
        page.set_context(office[role])
        reason = roles.reason(office[role], "device.enrol", "ru")
        assert reason is not None and "координатор" in reason
        for widget in (ui.enrolButton, ui.officeCheck, ui.revokeButton):
            assert not widget.isEnabled() and widget.toolTip() == reason
        for widget in (ui.pickButton, ui.writeValueButton, ui.newValueEdit):
            assert not widget.isEnabled()
            assert widget.toolTip() == roles.reason(office[role], "sync.resolve", "ru")
    page.set_context(office[Role.COORDINATOR])
    assert ui.enrolButton.isEnabled() and ui.officeCheck.isEnabled()
    assert ui.enrolButton.toolTip() == own_tooltip  # its own tooltip is back
    assert not ui.revokeButton.isEnabled()  # no device chosen, but no refusal in its tooltip
    assert "координатор" not in ui.revokeButton.toolTip()


def test_the_reports_page_keeps_personal_data_to_a_supervisor(qtbot: QtBot, office: dict[Role, Context],
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, ReportsPage)
    ui = page.ui
    page.set_context(office[Role.MEMBER])
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("journal"))
    reason = roles.reason(office[Role.MEMBER], "report.personal", "ru")
    assert reason is not None
    assert ui.redactCheck.isChecked() and not ui.redactCheck.isEnabled()
    assert ui.redactCheck.toolTip() == reason and ui.redactHint.text().endswith(reason)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("press"))  # names nobody: nothing to explain
    assert not ui.redactCheck.isEnabled() and ui.redactCheck.toolTip() != reason
    assert reason not in ui.redactHint.text()

    # The member prints the journal anyway, redacted: the locked tick is what goes to the service.
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("journal"))
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("xlsx"))
    out = tmp_path / "journal.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.build()
    qtbot.waitUntil(lambda: page.last_output is not None and not page.building, timeout=60_000)
    assert not page.findChildren(QMessageBox)
    text = " ".join(str(c) for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
                    for c in row if c)
    assert "Сапарова" not in text

    for role in (Role.SUPERVISOR, Role.COORDINATOR):
        page.set_context(office[role])
        assert ui.redactCheck.isEnabled() and ui.redactCheck.toolTip() != reason
        assert reason not in ui.redactHint.text()


def test_the_export_dialog_leaves_personal_data_out_for_a_member(qtbot: QtBot, office: dict[Role, Context]) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.select("csv", "receptions")
    dialog.set_context(office[Role.MEMBER])
    reason = roles.reason(office[Role.MEMBER], "export.personal", "ru")
    assert reason is not None and SUPERVISOR_REASON["ru"] in reason
    assert dialog.redact() and not dialog.ui.redactCheck.isEnabled() and dialog.ui.redactCheck.toolTip() == reason
    for role in (Role.SUPERVISOR, Role.COORDINATOR):
        dialog.set_context(office[role])
        assert dialog.ui.redactCheck.isEnabled() and dialog.ui.redactCheck.toolTip() != reason
        dialog.ui.redactCheck.setChecked(False)
        assert not dialog.redact()


def _laptop(path: Path, user: str) -> Context:
    ctx = open_workspace(path, user=user, password=PASSWORDS[user], clock=lambda: NOW)
    ctx.blobs = path.with_suffix(".blobs")
    return ctx


def test_a_member_sees_a_conflict_but_only_a_coordinator_ends_it(qtbot: QtBot, tmp_path: Path) -> None:
    """Two copies of one office database (each its own device) retitle the same tour: the conflict reaches the
    first; its member sees the values and why the buttons are disabled, its coordinator keeps one."""
    first = tmp_path / "a" / "office.db"
    first.parent.mkdir()
    init_database(first, "boss", PASSWORDS["boss"], protected=False)
    boss = _laptop(first, "boss")
    add_user(boss, "field", PASSWORDS["field"], "member")
    campaign = campaigns.create_campaign(boss, "Мир и согласие", kind="pilot project")
    tour = tours.create_tour(boss, campaign, "Выезд")
    boss.db.close()
    second = tmp_path / "b" / "office.db"
    second.parent.mkdir()
    second.write_bytes(first.read_bytes())
    a, b = _laptop(first, "boss"), _laptop(second, "boss")
    member = _laptop(first, "field")
    try:
        keys = {name: tmp_path / f"{name}.fieldkey" for name in "ab"}
        sync.export_key(a, keys["a"])
        sync.export_key(b, keys["b"])
        sync.enrol(a, keys["b"])
        sync.enrol(b, keys["a"])
        tours.update_tour(a, tour, "Выезд в Аса")
        tours.update_tour(b, tour, "Выезд в Каракемер")
        package = tmp_path / "b.fieldsync"
        sync.export_package(b, package)
        assert sync.import_packages(a, [package]).as_json()["new_conflicts"]

        page = _page(qtbot, SyncPage)
        ui = page.ui
        page.set_context(member)
        assert page.current_conflict() is not None
        page.select_head(1)
        assert page.selected_head_column() == 1
        ui.newValueEdit.setText("Выезд")  # typed while disabled by a script: the button stays disabled
        reason = roles.reason(member, "sync.resolve", "ru")
        assert reason is not None and reason in ui.conflictsHint.text()
        for widget in (ui.pickButton, ui.writeValueButton, ui.newValueEdit):
            assert not widget.isEnabled() and widget.toolTip() == reason
        assert ui.headsView.isEnabled()  # the values are there to see

        page.set_context(a)
        assert page.current_conflict() is not None
        page.select_head(1)
        assert ui.pickButton.isEnabled() and reason not in ui.conflictsHint.text()
        assert page.keep_selected_value()
        assert not sync.list_conflicts(a)
    finally:
        for ctx in (a, b, member):
            ctx.db.close()
