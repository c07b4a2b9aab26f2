"""The stop page's approval bar: a supervisor clicks «Утвердить день», confirms, and the bar says «Утверждено: ФИО,
дата»; a member sees the button disabled with the reason; after the approval the member's head count is refused;
Russian and Kazakh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from approval_office import CHIEF, Office, make_office
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Role
from fieldapp.services import approval, tours
from fieldapp.ui.i18n import switch_language
from fieldapp.ui.pages.stop import StopPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    made = make_office(tmp_path / "office.db")
    yield made
    made.close()


def _page(qtbot: QtBot, office: Office, role: Role) -> StopPage:
    page = StopPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.set_context(office.ctx[role])
    page.show_stop(office.stop)
    return page


def test_a_supervisor_approves_the_day_from_the_stop_page(qtbot: QtBot, office: Office,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, office, Role.SUPERVISOR)
    bar = page.approval_bar
    assert bar.isVisible()
    assert bar.ui.statusLabel.text() == "День не утверждён"
    assert bar.ui.approveButton.isEnabled() and bar.ui.approveButton.text() == "Утвердить день"
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(bar.ui.approveButton, Qt.MouseButton.LeftButton)  # «No»: nothing happens
    assert approval.approval(office.ctx[Role.SUPERVISOR], office.stop) is None
    bar.ui.approveButton.setFocus()
    qtbot.keyClick(bar.ui.approveButton, Qt.Key.Key_Space)  # «Yes»
    assert len(asked) == 2 and "только руководитель или координатор" in asked[1]
    assert approval.approval(office.ctx[Role.SUPERVISOR], office.stop) is not None
    assert bar.ui.statusLabel.text() == f"Утверждено: {CHIEF}, 02.03.2026"
    assert not bar.ui.approveButton.isVisible()
    assert not bar.ui.warningLabel.isVisible()
    bar.grab().save(str(Path("/tmp") / "approval_bar_ru.png"))
    switch_language("kk")
    qtbot.wait(20)  # the LanguageChange events are posted
    assert bar.ui.statusLabel.text() == f"Бекітілді: {CHIEF}, 02.03.2026"
    page.grab().save(str(Path("/tmp") / "stop_approved_kk.png"))


def test_a_member_sees_the_button_disabled_with_the_reason_and_cannot_change_an_approved_day(
        qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office, Role.MEMBER)
    button = page.approval_bar.ui.approveButton
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip() == "утверждать день остановки может только руководитель или координатор"
    switch_language("kk")
    qtbot.wait(20)  # the LanguageChange events are posted
    assert page.approval_bar.ui.statusLabel.text() == "Күн бекітілмеген"
    assert button.toolTip() == "аялдама күнін тек басшы немесе үйлестіруші бекіте алады"
    page.grab().save(str(Path("/tmp") / "stop_member_kk.png"))
    switch_language("ru")
    qtbot.wait(20)
    page.grab().save(str(Path("/tmp") / "stop_member_ru.png"))
    assert page.ui.headcountBox.isEnabled() and page.ui.activitiesBox.isEnabled()
    # Approved elsewhere (the supervisor's CLI, a sync): the page shows it once it reloads, and the day's head count
    # and activities are read-only for the member, saying why.
    approval.approve(office.ctx[Role.SUPERVISOR], office.stop)
    page.reload()
    assert page.approval_bar.ui.statusLabel.text() == f"Утверждено: {CHIEF}, 02.03.2026"
    reason = "день утверждён: исправлять его записи может только руководитель или координатор"
    for box in (page.ui.headcountBox, page.ui.activitiesBox):
        assert not box.isEnabled() and box.toolTip() == reason
    assert not page.ui.headcountButton.isEnabled() and not page.ui.addActivityButton.isEnabled()
    assert page.approval_bar.ui.warningLabel.text() == reason.capitalize()
    assert page.ui.orgBox.isEnabled() and page.ui.photosBox.isEnabled()  # not part of the approved day
    before = tours.headcount(office.ctx[Role.MEMBER], office.stop).total
    page.ui.headcountSpin.setValue(300)
    page.save_headcount()  # even if reached some other way, the service refuses
    assert tours.headcount(office.ctx[Role.MEMBER], office.stop).total == before
    page.grab().save(str(Path("/tmp") / "stop_member_approved_ru.png"))
    # The unapproved stop stays open to the member.
    page.show_stop(office.other_stop)
    assert page.ui.headcountBox.isEnabled() and page.ui.activitiesBox.isEnabled()
    assert page.ui.headcountBox.toolTip() == ""


def test_the_bar_tells_the_supervisor_what_awaits_review(qtbot: QtBot, office: Office) -> None:
    approval.approve(office.ctx[Role.SUPERVISOR], office.stop)
    page = _page(qtbot, office, Role.SUPERVISOR)
    bar = page.approval_bar
    assert not bar.ui.warningLabel.isVisible()
    # A record nobody approved (as one added offline arrives by sync): written here past the service's check.
    from fieldapp.storage.tables import Activity
    with office.ctx[Role.SUPERVISOR].db.session() as s:
        s.add(Activity(stop_id=office.stop, title="С другого ноутбука"))
    page.reload()
    assert bar.ui.warningLabel.isVisible()
    assert "Записей, добавленных без утверждения: 1" in bar.ui.warningLabel.text()
    assert bar.ui.approveButton.isVisible() and bar.ui.approveButton.isEnabled()
    assert page.ui.headcountBox.isEnabled() and page.ui.activitiesBox.isEnabled()  # a supervisor may correct
    page.grab().save(str(Path("/tmp") / "stop_pending_ru.png"))
