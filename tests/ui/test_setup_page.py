"""The «Настройка» page, from an empty database made as `fieldapp init` makes it: a coordinator sets up the pilot
«Мир и согласие» by hand (places, an organisation, members, the campaign, five groups on the five seeded directions);
the KATO search finds a settlement among 15,000 by part of its Russian or Kazakh name; a delete asks first and then
hides the thing from every picker while its history stays; a member sees everything read-only, told why."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite (two copies in one process break each other's locks)
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import Role
from fieldapp.services import campaigns, people, places, roles
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.kato import import_kato
from fieldapp.services.workspace import open_workspace
from fieldapp.ui.pages.setup import SetupPage
from fieldapp.ui.pages.setup_section import Section
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 10, 30)
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
USERS = {Role.COORDINATOR: "boss", Role.SUPERVISOR: "chief", Role.MEMBER: "field"}
SETTLEMENTS = [("Аса", "Аса"), ("Каракемер", "Қаракемер"), ("Орнек", "Өрнек"), ("Ерназар", "Ерназар"),
               ("Карасу", "Қарасу"), ("Коккайнар", "Көккайнар")]
PILOT_DIRECTIONS = ("information", "rural_business", "religion", "public_order", "anti_corruption")
HEADS = ["Ахметова Айгуль Сериковна", "Бекова Динара Ержановна", "Иманов Ерлан Маратович",
         "Сапаров Нурлан Кайратович", "Тулегенова Асель Болатовна"]
SECOND = ["Жумабаев Арман", "Омарова Салтанат", "Касымов Данияр", "Ли Ирина", "Нурланов Берик"]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[Role, Context]]:
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    contexts: dict[Role, Context] = {}
    for role in (Role.COORDINATOR, Role.SUPERVISOR, Role.MEMBER):
        if role is not Role.COORDINATOR:
            add_user(contexts[Role.COORDINATOR], USERS[role], PASSWORDS[USERS[role]], role)
        contexts[role] = open_workspace(path, user=USERS[role], password=PASSWORDS[USERS[role]], clock=lambda: NOW)
    yield contexts
    for ctx in contexts.values():
        ctx.db.close()


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[SetupPage]:
    widget = SetupPage(Runner(synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1166, 688)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    for box in widget.findChildren(QMessageBox):
        box.close()


def counts(ctx: Context) -> dict[str, int]:
    tables = ("region", "district", "settlement", "organization", "member", "campaign", "working_group",
              "group_member", "direction")
    with sqlite3.connect(ctx.db.path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t} WHERE NOT deleted").fetchone()[0] for t in tables}


def type_into(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    for char in text:  # QTest.keyClicks knows ASCII only
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the item shown as `text`, as a click in the popup does (activated is what the user's choice emits)."""
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def new(qtbot: QtBot, section: Section) -> Any:
    click(qtbot, section.ui.newButton)
    assert section.current_id is None and section.ui.formBox.title().startswith("Нов")
    return section.form


def saved_with_enter(qtbot: QtBot, section: Section, edit: QLineEdit) -> str:
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not section.dirty and section.current_id is not None
    assert section.ui.itemList.currentItem().data(Qt.ItemDataRole.UserRole) == section.current_id
    return section.current_id


def listed(section: Section) -> list[str]:
    lst = section.ui.itemList
    return [lst.item(i).text() for i in range(lst.count())]


def test_a_coordinator_sets_up_the_pilot_by_hand(qtbot: QtBot, page: SetupPage,
                                                 office: dict[Role, Context]) -> None:
    boss = office[Role.COORDINATOR]
    before = counts(boss)  # init's directions, and a member row for each account
    page.set_context(boss)
    assert not page.ui.roleLabel.isVisible()
    assert page.campaigns.ui.listStack.currentWidget() is page.campaigns.ui.emptyPage  # says what to do
    assert "Сохранить" in page.campaigns.ui.emptyText.text()
    assert len(listed(page.directions)) == 8  # the seeded list of init

    page.show_section("regions")
    f = new(qtbot, page.regions)
    type_into(qtbot, f.nameRuEdit, "Жамбылская область")
    type_into(qtbot, f.nameKkEdit, "Жамбыл облысы")
    region = saved_with_enter(qtbot, page.regions, f.nameKkEdit)

    page.show_section("districts")
    f = new(qtbot, page.districts)
    assert f.regionCombo.currentData() == region  # the one region is offered at once
    type_into(qtbot, f.nameRuEdit, "Жамбылский район")
    type_into(qtbot, f.nameKkEdit, "Жамбыл ауданы")
    district = saved_with_enter(qtbot, page.districts, f.nameKkEdit)

    page.show_section("settlements")
    s = page.settlements
    assert s.ui.scopeCombo.currentData() == district
    for ru, kk in SETTLEMENTS:
        f = new(qtbot, s)
        assert f.districtCombo.currentData() == district
        type_into(qtbot, f.nameRuEdit, ru)
        type_into(qtbot, f.nameKkEdit, kk)
        if ru == "Аса":
            type_into(qtbot, f.coordinatesEdit, "42.9000, 71.3667")
        saved_with_enter(qtbot, s, f.nameKkEdit)
    assert sorted(listed(s)) == sorted(ru for ru, _kk in SETTLEMENTS)

    page.show_section("organizations")
    f = new(qtbot, page.organizations)
    type_into(qtbot, f.nameRuEdit, "Акимат Жамбылского района")
    type_into(qtbot, f.nameKkEdit, "Жамбыл ауданының әкімдігі")
    choose(f.regionCombo, "Жамбылская область")
    organization = saved_with_enter(qtbot, page.organizations, f.nameKkEdit)

    page.show_section("members")
    for name in HEADS + SECOND:
        f = new(qtbot, page.members)
        type_into(qtbot, f.fullNameEdit, name)
        type_into(qtbot, f.positionEdit, "главный специалист")
        choose(f.organizationCombo, "Акимат Жамбылского района")
        type_into(qtbot, f.phoneEdit, "+7 701 123 45 67")
        saved_with_enter(qtbot, page.members, f.phoneEdit)

    page.show_section("campaigns")
    f = new(qtbot, page.campaigns)
    type_into(qtbot, f.titleRuEdit, "Мир и согласие")
    type_into(qtbot, f.titleKkEdit, "Бейбітшілік және келісім")
    choose(f.kindCombo, "пилотный проект")
    choose(f.organizerCombo, "Акимат Жамбылского района")
    choose(f.regionCombo, "Жамбылская область")
    f.startsEdit.setDate(QDate(2026, 3, 1))
    f.endsEdit.setDate(QDate(2026, 7, 31))
    type_into(qtbot, f.goalEdit, "Каждый район охвачен всеми направлениями")
    click(qtbot, page.campaigns.ui.saveButton)
    campaign = page.campaigns.current_id
    assert campaign is not None and page.campaigns.ui.statusLabel.text() == "Кампания сохранена."

    page.show_section("groups")
    g = page.groups
    assert g.ui.scopeCombo.currentData() == campaign
    directions = {d.code: d for d in campaigns.list_directions(boss)}
    for n, code in enumerate(PILOT_DIRECTIONS):
        f = new(qtbot, g)
        assert not f.addMemberButton.isEnabled()  # members once the group exists
        type_into(qtbot, f.nameEdit, f"Рабочая группа № {n + 1}")
        type_into(qtbot, f.codeEdit, f"рг{n + 1}")
        choose(f.directionCombo, directions[code].name_ru)
        choose(f.headCombo, HEADS[n])
        click(qtbot, g.ui.saveButton)
        assert g.current_id is not None
        for member, role in ((HEADS[n], "руководитель"), (SECOND[n], "")):
            choose(f.memberCombo, member)
            type_into(qtbot, f.roleEdit, role)
            click(qtbot, f.addMemberButton)
        assert f.membersList.count() == 2
        if n == 0:  # a member put in by mistake is taken out again
            choose(f.memberCombo, SECOND[1])
            click(qtbot, f.addMemberButton)
            assert f.membersList.count() == 3 and not f.removeMemberButton.isEnabled()
            f.membersList.setCurrentRow(next(i for i in range(3) if f.membersList.item(i).text() == SECOND[1]))
            click(qtbot, f.removeMemberButton)
            assert [f.membersList.item(i).text() for i in range(2)] == [f"{HEADS[0]} — руководитель", SECOND[0]]

    # The database holds exactly that, and nothing twice.
    added = {"region": 1, "district": 1, "settlement": 6, "organization": 1, "member": 10, "campaign": 1,
             "working_group": 5, "group_member": 10, "direction": 0}
    assert before["direction"] == 8 and before["campaign"] == before["working_group"] == before["region"] == 0
    assert counts(boss) == {table: before[table] + n for table, n in added.items()}
    (info,) = campaigns.list_campaigns(boss)
    assert (info.title_ru, info.title_kk, info.kind.value, info.organizer_id, info.region_id, info.starts_on,
            info.ends_on, info.goal) == ("Мир и согласие", "Бейбітшілік және келісім", "pilot project", organization,
                                         region, date(2026, 3, 1), date(2026, 7, 31),
                                         "Каждый район охвачен всеми направлениями")
    assert {(x.name_ru, x.name_kk) for x in places.list_settlements(boss, district)} == set(SETTLEMENTS)
    asa = places.search_settlements(boss, "Аса")[0]
    assert (places.get_settlement(boss, asa.id).latitude, places.get_settlement(boss, asa.id).longitude) == (
        42.9, 71.3667)
    members = {m.id: m for m in people.list_members(boss)}
    assert {m.full_name for m in members.values() if m.organization_id == organization
            and m.position == "главный специалист"} == set(HEADS + SECOND)
    groups = campaigns.list_groups(boss, campaign)
    assert sorted((gr.name, gr.code) for gr in groups) == [(f"Рабочая группа № {n}", f"РГ{n}") for n in range(1, 6)]
    for gr in groups:
        n = int(gr.code[-1]) - 1
        assert gr.direction_id == directions[PILOT_DIRECTIONS[n]].id
        assert members[gr.head_id or ""].full_name == HEADS[n]
        assert {(m.full_name, m.role) for m in campaigns.list_group_members(boss, gr.id)} == {
            (HEADS[n], "руководитель"), (SECOND[n], "")}


def kato_workbook(path: Path) -> Path:
    """A classifier shaped like the official one (te ab cd ef hij k name_kaz name_rus nn, a title line above the
    header, rural okrugs between districts and villages): 2 regions × 10 districts × 15 okrugs × 50 villages."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Классификатор административно-территориальных объектов"])
    ws.append(["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"])
    n = 0

    def row(ab: int, cd: int, ef: int, hij: int, kk: str, ru: str) -> None:
        nonlocal n
        n += 1
        te = f"{ab:02d}{cd:02d}{ef:02d}{hij:03d}"
        ws.append([te, te[0:2], te[2:4], te[4:6], te[6:9], 1, kk, ru, n])

    for ab, region_kk, region_ru in ((31, "Жамбыл облысы", "Жамбылская область"),
                                     (33, "Түркістан облысы", "Туркестанская область")):
        row(ab, 0, 0, 0, region_kk, region_ru)
        for cd in range(10, 30, 2):
            row(ab, cd, 0, 0, f"{cd}-аудан", f"Район {cd}")
            for ef in range(1, 16):
                row(ab, cd, ef, 0, f"{cd}-{ef} ауылдық округі", f"Сельский округ {cd}-{ef}")
                for hij in range(1, 51):
                    if (ab, cd, ef, hij) == (31, 10, 1, 1):
                        kk, ru = "Қаракемер ауылы", "село Каракемер"
                    elif (ab, cd, ef, hij) == (33, 20, 3, 7):
                        kk, ru = "Қаракемер ауылы", "село Каракемер"  # a namesake elsewhere
                    elif (ab, cd, ef, hij) == (31, 12, 5, 9):
                        kk, ru = "Көккайнар ауылы", "село Коккайнар"
                    else:
                        kk, ru = f"Ауыл {ab}-{cd}-{ef}-{hij}", f"село Аул {ab}-{cd}-{ef}-{hij}"
                    row(ab, cd, ef, hij, kk, ru)
    wb.save(path)
    return path


def test_the_kato_search_finds_a_village_among_15000_by_part_of_its_name(
        qtbot: QtBot, page: SetupPage, office: dict[Role, Context], tmp_path: Path) -> None:
    boss = office[Role.COORDINATOR]
    result = import_kato(boss, kato_workbook(tmp_path / "KATO_01.01.2026.xlsx"))
    assert result.settlements == 15_000
    page.set_context(boss)
    page.show_section("settlements")
    s = page.settlements
    type_into(qtbot, s.ui.filterEdit, "каракем")  # part of the Russian name, after its kind word «село»
    assert listed(s) == ["село Каракемер (Район 10)", "село Каракемер (Район 20)"]
    type_into(qtbot, s.ui.filterEdit, "Жоқжер")
    assert listed(s) == []
    assert s.ui.listStack.currentWidget() is s.ui.emptyPage and s.ui.emptyTitle.text() == "Ничего не найдено"
    type_into(qtbot, s.ui.filterEdit, "Көкка")  # the start of the Kazakh name
    assert listed(s) == ["село Коккайнар (Район 12)"]
    s.ui.itemList.setCurrentRow(0)
    f = s.form
    assert (f.nameRuEdit.text(), f.nameKkEdit.text(), f.katoEdit.text()) == (
        "село Коккайнар", "Көккайнар ауылы", "311205009")
    assert f.districtCombo.currentText() == "Район 12 (Жамбылская область)"
    type_into(qtbot, s.ui.filterEdit, "село ау")  # thousands match: the list shows the first few only
    assert 0 < len(listed(s)) <= 50
    # Picked from the classifier, edited by hand: the code and its version stay.
    type_into(qtbot, s.ui.filterEdit, "Коккай")
    s.ui.itemList.setCurrentRow(0)
    type_into(qtbot, f.coordinatesEdit, "43.1, 71.2")
    qtbot.keyClick(f.coordinatesEdit, Qt.Key.Key_Return)
    info = places.get_settlement(boss, s.current_id or "")
    assert (info.kato, info.kato_version, info.latitude, info.longitude) == ("311205009", "2026-01-01", 43.1, 71.2)
    type_into(qtbot, f.katoEdit, "311205010")  # a code typed by hand is no classifier's
    qtbot.keyClick(f.katoEdit, Qt.Key.Key_Return)
    info = places.get_settlement(boss, s.current_id or "")
    assert (info.kato, info.kato_version) == ("311205010", None)


def test_delete_asks_first_then_hides_the_thing_from_every_picker(qtbot: QtBot, page: SetupPage,
                                                                   office: dict[Role, Context]) -> None:
    chief = office[Role.SUPERVISOR]  # a supervisor may set up too
    organization = people.create_organization(chief, "Акимат Жамбылского района")
    member = people.create_member(chief, "Ахметова Айгуль", organization_id=organization)
    page.set_context(chief)
    page.show_section("organizations")
    o = page.organizations
    o.select(organization)
    o.ui.itemList.setFocus()
    qtbot.keyClick(o.ui.itemList, Qt.Key.Key_Delete)
    box = o.delete_box
    assert box is not None and box.isVisible() and "Акимат Жамбылского района" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter does not delete
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert [x.id for x in people.list_organizations(chief)] == [organization]

    click(qtbot, o.ui.deleteButton)
    box = o.delete_box
    assert box is not None
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert people.list_organizations(chief) == ()
    assert listed(o) == [] and o.ui.listStack.currentWidget() is o.ui.emptyPage
    offered = [page.members.form.organizationCombo.itemData(i)
               for i in range(page.members.form.organizationCombo.count())]
    assert offered == [None]  # gone from the member form's picker…
    assert page.campaigns.form.organizerCombo.count() == 1  # …and from the campaign's organiser
    # …but the member still points at it: history stays.
    assert people.get_member(chief, member).organization_id == organization
    with sqlite3.connect(chief.db.path) as conn:
        assert conn.execute("SELECT deleted FROM organization WHERE id = ?", (organization,)).fetchone() == (1,)

    # A settlement deleted leaves the search of every picker.
    region = places.create_region(chief, "Жамбылская область")
    district = places.create_district(chief, region, "Жамбылский район")
    asa = places.create_settlement(chief, district, "Аса")
    page.show_section("settlements")
    s = page.settlements
    type_into(qtbot, s.ui.filterEdit, "Аса")
    assert listed(s) == ["Аса (Жамбылский район)"]
    s.ui.itemList.setCurrentRow(0)
    click(qtbot, s.ui.deleteButton)
    assert s.delete_box is not None and "Аса" in s.delete_box.text()
    click(qtbot, s.delete_box.button(QMessageBox.StandardButton.Yes))
    assert listed(s) == [] and places.search_settlements(chief, "Аса") == ()
    assert s.current_id is None and s.form.nameRuEdit.text() == ""
    with sqlite3.connect(chief.db.path) as conn:
        assert conn.execute("SELECT name_ru, deleted FROM settlement WHERE id = ?", (asa,)).fetchone() == ("Аса", 1)


def test_a_member_sees_the_page_read_only_with_the_reason(qtbot: QtBot, page: SetupPage,
                                                          office: dict[Role, Context]) -> None:
    boss, member = office[Role.COORDINATOR], office[Role.MEMBER]
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    campaigns.create_campaign(boss, "Мир и согласие", region_id=region)
    page.set_context(member)
    reason = roles.reason(member, "setup", "ru")
    assert reason is not None and "руководитель или координатор" in reason
    assert page.ui.roleLabel.isVisible() and reason in page.ui.roleLabel.text()
    for section in page.sections:
        for button in (section.ui.newButton, section.ui.saveButton, section.ui.deleteButton):
            assert not button.isEnabled() and button.toolTip() == reason, (type(section).__name__, button)
        fields = [w for w in section.form_widget.findChildren(QWidget)
                  if isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton))]
        assert fields and all(not w.isEnabled() and w.toolTip() == reason for w in fields)
    # What is there can be read…
    page.show_section("campaigns")
    page.campaigns.ui.itemList.setCurrentRow(0)
    assert page.campaigns.form.titleRuEdit.text() == "Мир и согласие"
    assert not page.campaigns.ui.deleteButton.isEnabled()
    # …and an empty section says who may fill it instead of how.
    assert reason[1:] in page.members.ui.emptyText.text() and "Сохранить" not in page.members.ui.emptyText.text()
    qtbot.keyClick(page.campaigns.ui.itemList, Qt.Key.Key_Delete)
    assert page.campaigns.delete_box is None
    # A coordinator signing in on the same window gets the controls back.
    page.set_context(boss)
    assert not page.ui.roleLabel.isVisible()
    assert page.campaigns.ui.newButton.isEnabled() and page.campaigns.ui.newButton.toolTip() != reason


def test_a_reload_keeps_the_selection_and_what_is_being_typed(qtbot: QtBot, page: SetupPage,
                                                              office: dict[Role, Context]) -> None:
    boss = office[Role.COORDINATOR]
    first = people.create_organization(boss, "Акимат Жамбылского района")
    page.set_context(boss)
    page.show_section("organizations")
    o = page.organizations
    o.select(first)
    type_into(qtbot, o.form.shortNameEdit, "Акимат")  # not saved yet
    # Saved elsewhere meanwhile (another page, a sync): the window asks every page to reload.
    second = people.create_organization(boss, "Департамент полиции")
    people.update_organization(boss, first, "Акимат района")
    page.reload()
    assert listed(o) == ["Акимат района\nгосударственный орган", "Департамент полиции\nгосударственный орган"]
    assert o.current_id == first and o.ui.itemList.currentRow() == 0
    assert o.form.shortNameEdit.text() == "Акимат" and o.form.nameRuEdit.text() == "Акимат Жамбылского района"
    click(qtbot, o.ui.saveButton)  # what the user typed wins, as they see it
    assert people.get_organization(boss, first).short_name == "Акимат"
    # A form without edits follows what changed elsewhere.
    people.update_organization(boss, first, "Акимат Жамбылского района", short_name="Акимат")
    page.reload()
    assert o.form.nameRuEdit.text() == "Акимат Жамбылского района"
    # Choosing another organisation with edits on screen asks first; going back to the form keeps them.
    type_into(qtbot, o.form.binEdit, "1234")
    o.ui.itemList.setCurrentRow(1)
    box = o.discard_box
    assert box is not None and box.isVisible()
    assert o.current_id == first and o.ui.itemList.currentRow() == 0  # the click waits for the answer
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert o.form.binEdit.text() == "1234" and o.dirty
    o.ui.itemList.setCurrentRow(1)
    click(qtbot, o.discard_box.button(QMessageBox.StandardButton.Discard))
    assert o.current_id == second and o.form.nameRuEdit.text() == "Департамент полиции" and not o.dirty
    assert o.ui.itemList.currentRow() == 1
    assert people.get_organization(boss, first).bin is None  # nothing was saved
    # And the member form, shown later, offers both organisations.
    page.show_section("members")
    combo = page.members.form.organizationCombo
    assert {combo.itemData(i) for i in range(combo.count())} == {None, first, second}


def test_the_keyboard_walks_the_form_and_enter_saves(qtbot: QtBot, page: SetupPage,
                                                     office: dict[Role, Context]) -> None:
    page.set_context(office[Role.COORDINATOR])
    page.show_section("districts")
    d = page.districts
    assert d.ui.newButton.nextInFocusChain() is d.form.regionCombo  # the form's first field after «Добавить»
    chain = [d.form.regionCombo]
    while chain[-1] is not d.ui.saveButton and len(chain) < 10:
        following = chain[-1].nextInFocusChain()
        while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
            following = following.nextInFocusChain()
        chain.append(following)
    assert [w.objectName() for w in chain] == ["regionCombo", "nameRuEdit", "nameKkEdit", "katoEdit", "saveButton"]
    page.show_section("regions")
    r = page.regions
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    r.ui.itemList.setFocus()
    qtbot.keyClick(r.ui.itemList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: r.form.nameRuEdit.hasFocus())
    type_into(qtbot, r.form.nameRuEdit, "Жамбылская область")
    type_into(qtbot, r.form.katoEdit, "31000000")  # eight digits: refused, the field marked
    qtbot.keyClick(r.form.katoEdit, Qt.Key.Key_Return)
    boxes = [b for b in page.findChildren(QMessageBox) if b.objectName() == "domainErrorDialog"]
    assert boxes and "КАТО" in boxes[0].text()
    assert r.form.katoEdit.property("invalid") and r.current_id is None and r.dirty
    boxes[0].close()
    type_into(qtbot, r.form.katoEdit, "310000000")
    qtbot.keyClick(r.form.katoEdit, Qt.Key.Key_Return)
    assert r.current_id is not None and not r.form.katoEdit.property("invalid")
    assert places.get_region(office[Role.COORDINATOR], r.current_id).kato == "310000000"


def test_the_page_follows_a_language_switch(qtbot: QtBot, page: SetupPage, office: dict[Role, Context]) -> None:
    from fieldapp.ui.i18n import switch_language

    boss = office[Role.COORDINATOR]
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    places.create_district(boss, region, "Жамбылский район", "Жамбыл ауданы")
    page.set_context(boss)
    page.show_section("groups")
    type_into(qtbot, page.members.form.fullNameEdit, "Ахметова")  # unsaved, on another tab
    try:
        switch_language("kk")
        qtbot.waitUntil(lambda: page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.groupsTab)) == "Жұмыс топтары")
        assert page.groups.ui.emptyText.text().startswith("Алдымен «Науқандар» қойындысында науқан құрыңыз")
        assert page.groups.ui.scopeLabel.text() == "Науқан:"
        assert page.districts.ui.itemList.item(0).text() == "Жамбыл ауданы\n(Жамбыл облысы)"
        assert page.members.form.fullNameEdit.text() == "Ахметова"
        assert page.campaigns.form.kindCombo.currentText() == "акция"
    finally:
        switch_language("ru")
    qtbot.waitUntil(lambda: page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.groupsTab)) == "Рабочие группы")
    assert page.districts.ui.itemList.item(0).text() == "Жамбылский район\n(Жамбылская область)"
    assert page.campaigns.form.kindCombo.currentText() == "акция"


def test_the_history_of_a_record_is_one_click_away_even_for_a_member(qtbot: QtBot, page: SetupPage,
                                                                     office: dict[Role, Context]) -> None:
    boss, member = office[Role.COORDINATOR], office[Role.MEMBER]
    region = places.create_region(boss, "Жамбылская область")
    places.update_region(boss, region, "Жамбылская обл.", "Жамбыл облысы")
    page.set_context(member)
    page.show_section("regions")
    r = page.regions
    assert not r.ui.historyButton.isEnabled()  # nothing chosen yet
    r.select(region)
    assert r.ui.historyButton.isEnabled() and not r.ui.saveButton.isEnabled()
    click(qtbot, r.ui.historyButton)
    dialog = r.history_dialog
    assert dialog is not None and dialog.isVisible()
    shown = {dialog.model.index(row, col).data() for row in range(dialog.model.rowCount()) for col in range(6)}
    assert {"Жамбылская область", "Жамбылская обл.", "Жамбыл облысы"} <= shown
    dialog.close()


def test_another_campaign_with_a_group_half_typed_asks_first(qtbot: QtBot, page: SetupPage,
                                                             office: dict[Role, Context]) -> None:
    boss = office[Role.COORDINATOR]
    pilot = campaigns.create_campaign(boss, "Мир и согласие")
    other = campaigns.create_campaign(boss, "Акция «Закон и порядок»")
    group = campaigns.create_group(boss, other, "Группа акции")
    page.set_context(boss)
    page.show_section("groups")
    g = page.groups
    choose(g.ui.scopeCombo, "Мир и согласие")
    assert listed(g) == [] and g.ui.emptyText.text().startswith("Заполните форму справа")
    type_into(qtbot, g.form.nameEdit, "Рабочая группа № 1")
    choose(g.ui.scopeCombo, "Акция «Закон и порядок»")
    assert g.discard_box is not None and g.discard_box.isVisible()
    assert g.ui.scopeCombo.currentData() == pilot  # back on the campaign of the form until answered
    click(qtbot, g.discard_box.button(QMessageBox.StandardButton.Cancel))
    assert g.form.nameEdit.text() == "Рабочая группа № 1" and g.ui.scopeCombo.currentData() == pilot
    choose(g.ui.scopeCombo, "Акция «Закон и порядок»")
    click(qtbot, g.discard_box.button(QMessageBox.StandardButton.Discard))
    assert g.ui.scopeCombo.currentData() == other and listed(g) == ["Группа акции"]
    assert g.form.nameEdit.text() == "" and campaigns.list_groups(boss, pilot) == ()
    g.select(group)
    assert g.form.nameEdit.text() == "Группа акции"


def test_the_directions_list_is_edited_in_place(qtbot: QtBot, page: SetupPage, office: dict[Role, Context]) -> None:
    boss = office[Role.COORDINATOR]
    campaigns.create_campaign(boss, "Мир и согласие")
    page.set_context(boss)
    page.show_section("directions")
    d = page.directions
    f = new(qtbot, d)
    type_into(qtbot, f.nameRuEdit, "экологическое просвещение")
    type_into(qtbot, f.nameKkEdit, "экологиялық ағарту")
    type_into(qtbot, f.nameEnEdit, "environmental education")
    added = saved_with_enter(qtbot, d, f.nameEnEdit)
    assert len(listed(d)) == 9
    religion = next(x for x in campaigns.list_directions(boss) if x.code == "religion")
    d.select(religion.id)
    type_into(qtbot, f.nameRuEdit, "религия и межконфессиональное согласие")
    saved_with_enter(qtbot, d, f.nameRuEdit)
    renamed = next(x for x in campaigns.list_directions(boss) if x.id == religion.id)
    assert (renamed.code, renamed.name_ru, renamed.name_kk) == ("religion", "религия и межконфессиональное согласие",
                                                                "дін")
    page.show_section("groups")
    offered = [page.groups.form.directionCombo.itemText(i) for i in range(page.groups.form.directionCombo.count())]
    assert "экологическое просвещение" in offered and "религия и межконфессиональное согласие" in offered
    page.show_section("directions")
    d.select(added)
    click(qtbot, d.ui.deleteButton)
    click(qtbot, d.delete_box.button(QMessageBox.StandardButton.Yes))
    assert len(listed(d)) == 8
    page.show_section("groups")
    offered = [page.groups.form.directionCombo.itemText(i) for i in range(page.groups.form.directionCombo.count())]
    assert "экологическое просвещение" not in offered and len(offered) == 9  # «—» and the eight
