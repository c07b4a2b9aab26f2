"""Roles enforced in the services (services/roles.py): a database made by `init` with its coordinator, a supervisor
and a member; every guarded act refused for a role below it (AccessError naming who may, the database unchanged)
and done by the roles at or above it. A database without accounts (nobody signed in) keeps every act open."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError, NotFoundError
from fieldapp.services import campaigns, control, exports, hub, places, receptions, roles, sync, tours
from fieldapp.services.accounts import add_user, disable_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.reports import ReportRequest, build_report
from fieldapp.services.sync_overview import resolve_typed
from fieldapp.services.workspace import open_workspace
from fieldapp.storage.database import open_database

NOW = datetime(2026, 3, 2, 10, 30)
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
ROLE_OF = {"boss": Role.COORDINATOR, "chief": Role.SUPERVISOR, "field": Role.MEMBER}


@dataclass(frozen=True)
class Team:
    path: Path
    ctx: dict[Role, Context]
    stop: str
    tour: str
    item: str
    key_file: Path  # another laptop's public key, to enrol


def _open(path: Path, user: str | None = None) -> Context:
    ctx = open_workspace(path, user=user, password=PASSWORDS.get(user or ""), clock=lambda: NOW)
    ctx.blobs = path.with_suffix(".blobs")
    return ctx


def _world(ctx: Context) -> tuple[str, str, str]:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project", starts_on=date(2026, 3, 1),
                                         ends_on=date(2026, 7, 31))
    group = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
    tour = tours.create_tour(ctx, campaign, "Выезд в Жамбылский район", group_ids=[group])
    stop = tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 2), venue="Дом культуры")
    return tour, stop, asa


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    boss = _open(path, "boss")
    add_user(boss, "chief", PASSWORDS["chief"], "supervisor")
    add_user(boss, "field", PASSWORDS["field"], "member")
    contexts = {Role.COORDINATOR: boss, Role.SUPERVISOR: _open(path, "chief"), Role.MEMBER: _open(path, "field")}
    member = contexts[Role.MEMBER]
    # The coordinator sets the campaign up (a supervisor's act and above); the member records the day and takes a
    # problem under control: that much is a member's work.
    tour, stop, _asa = _world(boss)
    saved = receptions.record_reception(member, ReceptionDraft(
        stop_id=stop, applicant_name="Сапарова Айгүл", applicant_iin="921029350851", applicant_phone="+77011234567",
        consent_given=True, consent_method="oral",
        topic="водоснабжение", essence="В ауле Аса нет воды третью неделю", outcome="взято на контроль",
        responsible_org_name="Акимат Жамбылского района"))
    assert saved.control_item_id is not None
    other = tmp_path / "laptop.db"
    init_database(other, "boss", PASSWORDS["boss"], protected=False)
    laptop = _open(other, "boss")
    key_file = tmp_path / "laptop.key"
    sync.export_key(laptop, key_file)
    laptop.db.close()
    try:
        yield Team(path, contexts, stop, tour, saved.control_item_id, key_file)
    finally:
        for ctx in contexts.values():
            ctx.db.close()


def _deadline(ctx: Context, item: str) -> date:
    return control.get_item(ctx, item).row.deadline


def _acts(team: Team, tmp_path: Path) -> dict[str, Any]:
    """Each guarded act as one call on a context (the same arguments for every role)."""
    later = _deadline(team.ctx[Role.COORDINATOR], team.item) + timedelta(days=7)
    return {
        "control.extend": lambda c: control.extend_deadline(c, team.item, later, "ждём подрядчика"),
        "control.resolve": lambda c: control.resolve(c, team.item, "вода есть"),
        "control.reject": lambda c: control.reject(c, team.item, "не в компетенции"),
        "control.close": lambda c: control.close(c, team.item),
        "report.personal": lambda c: build_report(c, ReportRequest("journal", tmp_path / "journal.xlsx",
                                                                   record_id=team.tour)),
        "export.personal": lambda c: exports.export(c, "csv", "receptions", tmp_path / "receptions.csv"),
        "sync.resolve": lambda c: sync.resolve_conflict(c, "reception", "x", "essence", value="y"),
        "sync.resolve (typed)": lambda c: resolve_typed(c, "reception", "x", "essence", text="y"),
        "device.enrol": lambda c: sync.enrol(c, team.key_file),
        "device.revoke": lambda c: sync.revoke(c, "0" * 16),
        "hub.push": lambda c: hub.push(c, "postgresql://nobody@127.0.0.1:1/none"),
        "hub.pull": lambda c: hub.pull(c, "postgresql://nobody@127.0.0.1:1/none"),
        "hub.enrol": lambda c: hub.enrol(c, "postgresql://nobody@127.0.0.1:1/none", team.key_file),
        "hub.revoke": lambda c: hub.revoke(c, "postgresql://nobody@127.0.0.1:1/none", "0" * 16),
        "accounts": lambda c: add_user(c, "another", "another-pass", "member"),
        "accounts (disable)": lambda c: disable_user(c, "field"),
    }


def _act_name(label: str) -> str:
    return label.split(" ")[0]


@pytest.mark.parametrize("role", [Role.MEMBER, Role.SUPERVISOR])
def test_every_act_above_the_role_is_refused_and_changes_nothing(team: Team, tmp_path: Path, role: Role) -> None:
    ctx = team.ctx[role]
    acts = _acts(team, tmp_path)
    refused = [label for label in acts if not roles.allowed(ctx, _act_name(label))]
    expected = {"member": 16, "supervisor": 10}[role.value]
    assert len(refused) == expected
    for label in refused:
        before = sync.digest(team.ctx[Role.COORDINATOR])
        with pytest.raises(AccessError) as err:
            acts[label](ctx)
        act = _act_name(label)
        assert isinstance(err.value, roles.RoleRefused) and err.value.act == act, label
        who = roles.lowest_role(act)
        assert err.value.message("en").startswith("only " + ("a supervisor or a coordinator" if who is
                                                             Role.SUPERVISOR else "a coordinator")), label
        assert "{roles}" not in err.value.message("kk") and "{roles}" not in err.value.message("ru")
        assert sync.digest(team.ctx[Role.COORDINATOR]) == before, label
    assert not (tmp_path / "journal.xlsx").exists() and not (tmp_path / "receptions.csv").exists()


def test_a_member_may_still_print_and_export_without_personal_data(team: Team, tmp_path: Path) -> None:
    member = team.ctx[Role.MEMBER]
    out = build_report(member, ReportRequest("journal", tmp_path / "journal.xlsx", record_id=team.tour, redact=True))
    assert out.is_file()
    press = build_report(member, ReportRequest("press", tmp_path / "press.txt"))  # figures only: nobody named
    assert press.is_file()
    result = exports.export(member, "csv", "receptions", tmp_path / "receptions.csv", redact=True)
    assert result.count == 1 and "Сапарова" not in (tmp_path / "receptions.csv").read_text("utf-8-sig")
    # and what a member does every day: progress on an item, notes, notifications
    control.mark_in_progress(member, team.item, "звонили в акимат")
    control.mark_notified(member, team.item, "заявитель знает")


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COORDINATOR])
def test_a_supervisor_and_a_coordinator_decide_on_control_items_and_print_personal_data(
        team: Team, tmp_path: Path, role: Role) -> None:
    ctx = team.ctx[role]
    later = _deadline(ctx, team.item) + timedelta(days=7)
    control.extend_deadline(ctx, team.item, later, "ждём подрядчика")
    assert _deadline(ctx, team.item) == later
    control.resolve(ctx, team.item, "вода есть")
    assert control.control_status(ctx, team.item).value == "resolved"
    assert build_report(ctx, ReportRequest("journal", tmp_path / "journal.xlsx", record_id=team.tour)).is_file()
    exports.export(ctx, "csv", "receptions", tmp_path / "receptions.csv")
    assert "Сапарова" in (tmp_path / "receptions.csv").read_text("utf-8-sig")
    second = receptions.record_reception(ctx, ReceptionDraft(
        stop_id=team.stop, applicant_name="Иванов Пётр", essence="дорога", outcome="взято на контроль",
        responsible_org_name="Акимат Жамбылского района"))
    assert second.control_item_id is not None
    control.reject(ctx, second.control_item_id, "не в компетенции")
    third = receptions.record_reception(ctx, ReceptionDraft(
        stop_id=team.stop, applicant_name="Петров Иван", essence="свет", outcome="взято на контроль",
        responsible_org_name="Акимат Жамбылского района"))
    assert third.control_item_id is not None
    control.close(ctx, third.control_item_id, "снят с контроля")


def test_a_coordinator_enrols_and_revokes_resolves_and_manages_accounts(team: Team) -> None:
    boss = team.ctx[Role.COORDINATOR]
    fingerprint = sync.enrol(boss, team.key_file)
    sync.revoke(boss, fingerprint)
    with pytest.raises(NotFoundError):  # past the role check: there is no such conflict
        sync.resolve_conflict(boss, "reception", "x", "essence", value="y")
    add_user(boss, "another", "another-pass", "member")
    disable_user(boss, "another")


def test_the_hub_is_a_coordinators(team: Team, hub_url: str) -> None:
    boss = team.ctx[Role.COORDINATOR]
    assert hub.push(boss, hub_url).sent > 0
    hub.pull(boss, hub_url)
    with pytest.raises(roles.RoleRefused):
        hub.push(team.ctx[Role.SUPERVISOR], hub_url)


def test_the_table_orders_the_roles() -> None:
    rank = {Role.MEMBER: 0, Role.SUPERVISOR: 1, Role.COORDINATOR: 2}
    for act, rule in roles.ACTS.items():
        for role in Role:
            ctx = Context(db=None, role=role.value)  # type: ignore[arg-type]
            assert roles.allowed(ctx, act) == (rank[role] >= rank[rule.lowest]), (act, role)
            assert (roles.reason(ctx, act, "ru") is None) == roles.allowed(ctx, act)
    ctx = Context(db=None, role=Role.MEMBER.value)  # type: ignore[arg-type]
    assert roles.reason(ctx, "control.extend", "ru") == (
        "продлевать срок вопроса на контроле может только руководитель или координатор")
    assert roles.reason(ctx, "sync.resolve", "kk") == "синхрондау қайшылықтарын тек үйлестіруші шеше алады"
    assert not roles.allowed(Context(db=None, role="auditor"), "report.personal")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        roles.allowed(ctx, "no such act")


def test_nobody_signed_in_to_a_database_without_accounts_may_do_all_but_accounts(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_database(path, create=True)
    try:
        ctx = Context(db=db, blobs=tmp_path / "blobs", clock=lambda: NOW)
        assert ctx.role is None
        tour, stop, _ = _world(ctx)
        saved = receptions.record_reception(ctx, ReceptionDraft(
            stop_id=stop, applicant_name="Сапарова Айгүл", essence="вода", outcome="взято на контроль",
            responsible_org_name="Акимат"))
        assert saved.control_item_id is not None
        later = _deadline(ctx, saved.control_item_id) + timedelta(days=7)
        control.extend_deadline(ctx, saved.control_item_id, later, "ждём")
        control.resolve(ctx, saved.control_item_id)
        build_report(ctx, ReportRequest("journal", tmp_path / "j.xlsx", record_id=tour))
        assert [a for a, rule in roles.ACTS.items() if not roles.allowed(ctx, a)] == ["accounts", "access_log",
                                                                                   "password.reset"]
    finally:
        db.close()
