"""The planning page worked as a user works it, from a database made like `fieldapp init` makes it and set up
through the services: «Составить ротацию…», a period typed into the date fields, a refusal that says why, the
preview, «Принять», a stop held and the coverage matrix moving, a slot removed after a confirmation, a reload that
keeps an open proposal, and a member who sees the writing buttons disabled with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Role
from fieldapp.services import campaigns, places, planning, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.dialogs.rotation_slot import RotationSlotDialog
from fieldapp.ui.pages.planning import PlanningPage
from fieldapp.ui.pages.planning_grid import HELD, PLANNED, SLOT_ROLE
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 6, 20, 10, 0)
DISTRICTS = ["Байзакский район", "Жамбылский район", "Жуалынский район", "Кордайский район", "Меркенский район"]


@dataclass
class Office:
    chief: Context
    field: Context
    campaign: str
    groups: list[str]
    settlements: dict[str, list[str]]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    boss = open_workspace(path, user="boss", password="boss-pass", clock=lambda: NOW)
    add_user(boss, "chief", "chief-pass", Role.SUPERVISOR)
    add_user(boss, "field", "field-pass", Role.MEMBER)
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    settlements = {}
    for n, name in enumerate(DISTRICTS):
        district = places.create_district(boss, region, name)
        settlements[name] = [places.create_settlement(boss, district, f"Село {n}{k}") for k in range(2)]
    campaign = campaigns.create_campaign(boss, "Мир и согласие", region_id=region)
    directions = [d.id for d in campaigns.list_directions(boss)]
    groups = [campaigns.create_group(boss, campaign, f"Группа № {i + 1}", direction_id=directions[i])
              for i in range(5)]
    boss.db.close()
    chief = open_workspace(path, user="chief", password="chief-pass", clock=lambda: NOW)
    field = open_workspace(path, user="field", password="field-pass", clock=lambda: NOW)
    yield Office(chief, field, campaign, groups, settlements)
    field.db.close()
    chief.db.close()


def _page(qtbot: QtBot, ctx: Context) -> PlanningPage:
    page = PlanningPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1146, 708)
    page.set_context(ctx)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """Type a date as a user does, digits only: a full section moves on to the next by itself."""
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, text.replace(".", ""))


def _slots(ctx: Context, campaign: str) -> int:
    return len(campaigns.list_rotation(ctx, campaign))


def _cell(page: PlanningPage, direction_row: int, district_column: int) -> tuple[str, object]:
    item = page.ui.coverageTable.item(direction_row, district_column)
    return item.text(), item.background().color()


def _ask(qtbot: QtBot, page: PlanningPage) -> QMessageBox:
    box = page.dialog  # the question just asked (an answered one is already going away)
    assert box is not None and box.objectName() == "planningQuestion"
    qtbot.waitUntil(box.isVisible)
    return box


def test_generate_accept_hold_a_stop_and_see_the_matrix_move(qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office.chief)
    ui = page.ui
    assert ui.campaignCombo.currentText() == "Мир и согласие"
    assert ui.rotationStack.currentWidget() is ui.rotationEmptyPage
    assert "Составить ротацию" in ui.rotationEmptyLabel.text()
    assert not ui.generateFrame.isVisible()

    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    assert ui.generateFrame.isVisible() and "Групп: 5" in ui.districtsLabel.text()
    assert page.chosen_districts() == [d.id for d in planning.campaign_districts(office.chief, office.campaign)]
    _type_date(qtbot, ui.fromEdit, "01.06.2026")
    _type_date(qtbot, ui.toEdit, "04.06.2026")
    assert page.period() == (date(2026, 6, 1), date(2026, 6, 4))
    qtbot.keyClick(ui.toEdit, Qt.Key.Key_Return)
    assert ui.reasonLabel.isVisible() and "рабочих дней: 4" in ui.reasonLabel.text()
    assert not ui.acceptButton.isEnabled() and page.proposal is None

    _type_date(qtbot, ui.toEdit, "30.06.2026")
    qtbot.keyClick(ui.toEdit, Qt.Key.Key_Return)
    assert not ui.reasonLabel.isVisible() and ui.previewLabel.isVisible()
    assert "ещё не записано" in ui.previewLabel.text()
    table = ui.rotationTable
    assert (table.rowCount(), table.columnCount()) == (5, 5)
    assert table.horizontalHeaderItem(0).text() == "01.06–05.06"
    assert table.item(0, 0).text().startswith("Группа № 1\n")
    assert ui.acceptButton.isEnabled() and _slots(office.chief, office.campaign) == 0  # a preview writes nothing

    qtbot.mouseClick(ui.acceptButton, Qt.MouseButton.LeftButton)
    assert _slots(office.chief, office.campaign) == 25
    assert not ui.generateFrame.isVisible() and not ui.previewLabel.isVisible()
    assert table.item(0, 0).data(SLOT_ROLE)  # the grid now shows stored slots
    coverage = ui.coverageTable
    assert (coverage.rowCount(), coverage.columnCount()) == (5, 5)
    assert _cell(page, 0, 0) == ("0 / 1", PLANNED)

    # Group 1 holds a stop in the first district (the page is reloaded as the window does after any commit).
    tour = tours.create_tour(office.chief, office.campaign, "Выезд", group_ids=[office.groups[0]])
    village = office.settlements[DISTRICTS[0]][0]
    stop = tours.add_stop(office.chief, tour, village, planned_on=date(2026, 6, 2))
    tours.mark_stop_done(office.chief, stop, datetime(2026, 6, 2, 10, 0))
    page.reload()
    direction_row = next(r for r in range(coverage.rowCount())
                         if coverage.verticalHeaderItem(r).toolTip() == table.item(0, 0).text().split("\n", 1)[1])
    assert _cell(page, direction_row, 0) == ("1 / 1", HELD)
    assert sum(coverage.item(r, c).text() == "1 / 1" for r in range(5) for c in range(5)) == 1
    names = [ui.notVisitedTree.topLevelItem(0).child(k).text(0)
             for k in range(ui.notVisitedTree.topLevelItem(0).childCount())]
    assert names == ["Село 01"]  # Село 00 was met


def test_a_slot_goes_only_after_yes(qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office.chief)
    ui = page.ui
    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    ui.fromEdit.setDate(QDate(2026, 6, 1))
    ui.toEdit.setDate(QDate(2026, 6, 30))
    qtbot.mouseClick(ui.proposeButton, Qt.MouseButton.LeftButton)
    assert not ui.removeSlotButton.isEnabled()  # nothing stored is chosen in a preview
    qtbot.mouseClick(ui.acceptButton, Qt.MouseButton.LeftButton)
    table = ui.rotationTable
    rect = table.visualItemRect(table.item(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = table.currentItem().data(SLOT_ROLE)
    assert chosen and ui.removeSlotButton.isEnabled()

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = _ask(qtbot, page)
    assert "Выезды и остановки не изменятся" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert _slots(office.chief, office.campaign) == 25

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = _ask(qtbot, page)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert _slots(office.chief, office.campaign) == 24
    assert chosen not in {s.id for s in campaigns.list_rotation(office.chief, office.campaign)}
    assert table.item(1, 2) is None  # the period of that district is free now


def test_a_reload_keeps_the_open_proposal_and_the_typed_period(qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office.chief)
    ui = page.ui
    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    _type_date(qtbot, ui.fromEdit, "01.06.2026")
    _type_date(qtbot, ui.toEdit, "30.06.2026")
    qtbot.keyClick(ui.toEdit, Qt.Key.Key_Return)
    proposal = page.proposal
    _type_date(qtbot, ui.toEdit, "15.07.2026")  # typed, not yet shown
    page.reload()
    assert page.proposal is proposal and ui.generateFrame.isVisible() and ui.previewLabel.isVisible()
    assert page.period() == (date(2026, 6, 1), date(2026, 7, 15))
    qtbot.keyClick(ui.toEdit, Qt.Key.Key_Escape)  # Esc discards
    assert page.proposal is None and not ui.generateFrame.isVisible()
    assert ui.rotationStack.currentWidget() is ui.rotationEmptyPage and _slots(office.chief, office.campaign) == 0


def test_a_member_sees_the_plan_but_may_not_write_it(qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office.field)
    ui = page.ui
    for button in (ui.generateButton, ui.acceptButton, ui.removeSlotButton):
        assert not button.isEnabled()
        assert "руководитель или координатор" in button.toolTip()
    assert ui.coverageTable.rowCount() == 5  # the coverage is everyone's to read
    page.set_context(office.chief)
    assert ui.generateButton.isEnabled() and "Ctrl+G" in ui.generateButton.toolTip()


def test_a_tour_is_made_from_a_slot(qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office.chief)
    ui = page.ui
    assert not ui.createTourButton.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    _type_date(qtbot, ui.fromEdit, "01.06.2026")
    _type_date(qtbot, ui.toEdit, "30.06.2026")
    qtbot.keyClick(ui.toEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(ui.acceptButton, Qt.MouseButton.LeftButton)
    table = ui.rotationTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center())
    assert ui.createTourButton.isEnabled()
    qtbot.mouseClick(ui.createTourButton, Qt.MouseButton.LeftButton)
    made = tours.list_tours(office.chief, office.campaign)
    assert len(made) == 1 and made[0].title == "Группа № 1: Байзакский район, 01.06–05.06.2026"
    route = tours.route(office.chief, made[0].id)
    villages = office.settlements[DISTRICTS[0]]  # both never visited: by name, one a working day
    assert [(s.settlement_id, s.planned_on) for s in route] == [(villages[0], date(2026, 6, 1)),
                                                                (villages[1], date(2026, 6, 2))]
    assert ui.noticeLabel.isVisible() and "«Выезды»" in ui.noticeLabel.text()
    member = _page(qtbot, office.field)
    assert not member.ui.createTourButton.isEnabled()
    assert "руководитель или координатор" in member.ui.createTourButton.toolTip()


def _accepted_june(qtbot: QtBot, page: PlanningPage) -> None:
    ui = page.ui
    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    _type_date(qtbot, ui.fromEdit, "01.06.2026")
    _type_date(qtbot, ui.toEdit, "30.06.2026")
    qtbot.keyClick(ui.toEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(ui.acceptButton, Qt.MouseButton.LeftButton)


def test_a_slot_is_moved_shortened_and_added_by_keyboard(qtbot: QtBot, office: Office) -> None:
    page = _page(qtbot, office.chief)
    ui = page.ui
    _accepted_june(qtbot, page)
    table = ui.rotationTable
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center())
    slot_id = table.currentItem().data(SLOT_ROLE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = page.dialog
    assert isinstance(dialog, RotationSlotDialog) and not dialog.ui.groupCombo.isEnabled()
    qtbot.waitUntil(dialog.isVisible)
    before = {(s.id, s.district_id, s.ends_on) for s in campaigns.list_rotation(office.chief, office.campaign)}
    # Into the second district, which another group holds those days: refused in the dialog, nothing written.
    dialog.ui.districtCombo.setFocus()
    qtbot.keyClick(dialog.ui.districtCombo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.errorLabel.isVisible()
    assert "одна группа за раз" in dialog.ui.errorLabel.text()
    assert {(s.id, s.district_id, s.ends_on) for s in campaigns.list_rotation(office.chief, office.campaign)} \
        == before
    # Back to its own district, three days instead of five.
    qtbot.keyClick(dialog.ui.districtCombo, Qt.Key.Key_Up)
    _type_date(qtbot, dialog.ui.toEdit, "03.06.2026")
    qtbot.keyClick(dialog.ui.toEdit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    slot = next(s for s in campaigns.list_rotation(office.chief, office.campaign) if s.id == slot_id)
    assert (slot.starts_on, slot.ends_on) == (date(2026, 6, 1), date(2026, 6, 3))
    assert table.horizontalHeaderItem(0).text() == "01.06–03.06"  # the grid cut the first week
    assert table.currentItem().data(SLOT_ROLE) == slot_id  # the moved slot stays chosen

    qtbot.keyClick(table, Qt.Key.Key_Insert)
    added = page.dialog
    assert isinstance(added, RotationSlotDialog) and added.ui.groupCombo.isEnabled()
    assert added.ui.fromEdit.date() == QDate(2026, 7, 1)  # after the rotation
    qtbot.mouseClick(added.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert _slots(office.chief, office.campaign) == 26

    member = _page(qtbot, office.field)
    assert not member.ui.addSlotButton.isEnabled() and not member.ui.editSlotButton.isEnabled()


def test_the_rotation_takes_only_the_districts_left_ticked(qtbot: QtBot, office: Office) -> None:
    """A region imported whole has more districts than the pilot: the coordinator unticks those it leaves out."""
    region = campaigns.get_campaign(office.chief, office.campaign).region_id
    assert region is not None
    for name in ("Таласский район", "Шуский район"):
        places.create_district(office.chief, region, name)
    page = _page(qtbot, office.chief)
    ui = page.ui
    qtbot.mouseClick(ui.generateButton, Qt.MouseButton.LeftButton)
    names = [ui.districtList.item(i).text() for i in range(ui.districtList.count())]
    assert len(names) == 7 and len(page.chosen_districts()) == 7  # a new campaign: its whole region
    for name in ("Таласский район", "Шуский район"):
        ui.districtList.setFocus()
        ui.districtList.setCurrentRow(names.index(name))
        qtbot.keyClick(ui.districtList, Qt.Key.Key_Space)
    assert len(page.chosen_districts()) == 5
    _type_date(qtbot, ui.fromEdit, "01.06.2026")
    _type_date(qtbot, ui.toEdit, "30.06.2026")
    qtbot.mouseClick(ui.proposeButton, Qt.MouseButton.LeftButton)
    assert page.proposal is not None and page.proposal.rounds == 5
    assert ui.rotationTable.rowCount() == 7 and ui.rotationTable.columnCount() == 5  # the unticked stay empty
    qtbot.mouseClick(ui.acceptButton, Qt.MouseButton.LeftButton)
    assert {d.name_ru for d in planning.campaign_districts(office.chief, office.campaign)} == set(DISTRICTS)
    assert ui.coverageTable.columnCount() == 5  # the campaign now works where its rotation goes
