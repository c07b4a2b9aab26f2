"""Setting up (campaigns, directions, groups and their members, members, organisations, places) is a supervisor's
act: a member's context is refused by every create/update/delete before anything is written, a supervisor's and a
coordinator's are not. The find-or-create helpers of the journal and plan imports stay open to whoever imports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.enums import Role
from fieldapp.domain.errors import AccessError
from fieldapp.services import campaigns, people, places, roles, sync
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.workspace import open_workspace

NOW = datetime(2026, 3, 2, 10, 30)
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[Role, Context]]:
    path = tmp_path / "office.db"
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    boss = open_workspace(path, user="boss", password=PASSWORDS["boss"], clock=lambda: NOW)
    add_user(boss, "chief", PASSWORDS["chief"], "supervisor")
    add_user(boss, "field", PASSWORDS["field"], "member")
    contexts = {Role.COORDINATOR: boss}
    for role, user in ((Role.SUPERVISOR, "chief"), (Role.MEMBER, "field")):
        contexts[role] = open_workspace(path, user=user, password=PASSWORDS[user], clock=lambda: NOW)
    yield contexts
    for ctx in contexts.values():
        ctx.db.close()


def _world(ctx: Context) -> dict[str, str]:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    org = people.create_organization(ctx, "Акимат Жамбылского района")
    member = people.create_member(ctx, "Ахметова Айгуль", organization_id=org)
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", region_id=region)
    direction = campaigns.list_directions(ctx)[0].id
    group = campaigns.create_group(ctx, campaign, "Информационная группа", direction_id=direction, head_id=member)
    campaigns.add_group_member(ctx, group, member)
    return {"region": region, "district": district, "settlement": places.create_settlement(ctx, district, "Аса"),
            "org": org, "member": member, "campaign": campaign, "direction": direction, "group": group,
            "slot": campaigns.add_rotation_slot(ctx, group, district, date(2026, 3, 2), date(2026, 3, 6))}


def _acts(w: dict[str, str]) -> dict[str, Callable[[Context], Any]]:
    return {
        "create_campaign": lambda c: campaigns.create_campaign(c, "Другая"),
        "update_campaign": lambda c: campaigns.update_campaign(c, w["campaign"], "Переименована"),
        "delete_campaign": lambda c: campaigns.delete_campaign(c, w["campaign"]),
        "create_direction": lambda c: campaigns.create_direction(c, "экология"),
        "update_direction": lambda c: campaigns.update_direction(c, w["direction"], "другое"),
        "delete_direction": lambda c: campaigns.delete_direction(c, w["direction"]),
        "create_group": lambda c: campaigns.create_group(c, w["campaign"], "Вторая"),
        "update_group": lambda c: campaigns.update_group(c, w["group"], "Другая"),
        "delete_group": lambda c: campaigns.delete_group(c, w["group"]),
        "add_group_member": lambda c: campaigns.add_group_member(c, w["group"], w["member"], "секретарь"),
        "remove_group_member": lambda c: campaigns.remove_group_member(c, w["group"], w["member"]),
        "add_rotation_slot": lambda c: campaigns.add_rotation_slot(c, w["group"], w["district"], date(2026, 4, 1),
                                                                   date(2026, 4, 3)),
        "update_rotation_slot": lambda c: campaigns.update_rotation_slot(c, w["slot"], w["district"],
                                                                         date(2026, 5, 1), date(2026, 5, 2)),
        "delete_rotation_slot": lambda c: campaigns.delete_rotation_slot(c, w["slot"]),
        "create_organization": lambda c: people.create_organization(c, "Полиция"),
        "update_organization": lambda c: people.update_organization(c, w["org"], "Акимат"),
        "delete_organization": lambda c: people.delete_organization(c, w["org"]),
        "create_member": lambda c: people.create_member(c, "Иванов Пётр"),
        "update_member": lambda c: people.update_member(c, w["member"], "Ахметова А."),
        "delete_member": lambda c: people.delete_member(c, w["member"]),
        "create_region": lambda c: places.create_region(c, "Алматинская область"),
        "update_region": lambda c: places.update_region(c, w["region"], "Жамбыл"),
        "delete_region": lambda c: places.delete_region(c, w["region"]),
        "create_district": lambda c: places.create_district(c, w["region"], "Байзакский район"),
        "update_district": lambda c: places.update_district(c, w["district"], w["region"], "Жамбыл"),
        "delete_district": lambda c: places.delete_district(c, w["district"]),
        "create_settlement": lambda c: places.create_settlement(c, w["district"], "Каракемер"),
        "update_settlement": lambda c: places.update_settlement(c, w["settlement"], w["district"], "Аса-2"),
        "delete_settlement": lambda c: places.delete_settlement(c, w["settlement"]),
    }


def test_a_member_is_refused_every_setup_act_and_nothing_changes(office: dict[Role, Context]) -> None:
    world = _world(office[Role.COORDINATOR])
    member = office[Role.MEMBER]
    for name, act in _acts(world).items():
        before = sync.digest(office[Role.COORDINATOR])
        with pytest.raises(AccessError) as err:
            act(member)
        assert isinstance(err.value, roles.RoleRefused) and err.value.act == "setup", name
        assert err.value.message("ru") == roles.reason(member, "setup", "ru")
        assert "руководитель или координатор" in err.value.message("ru")
        assert sync.digest(office[Role.COORDINATOR]) == before, name


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COORDINATOR])
def test_a_supervisor_and_a_coordinator_may_set_up(office: dict[Role, Context], role: Role) -> None:
    ctx = office[role]
    world = _world(ctx)
    acts = _acts(world)
    # Creates and edits first, then the deletes, the parts before what holds them.
    for name in sorted(acts, key=lambda n: n.startswith("delete_")):
        acts[name](ctx)
    assert [c.title_ru for c in campaigns.list_campaigns(ctx)] == ["Другая"]
    names = [m.full_name for m in people.list_members(ctx)]
    assert "Иванов Пётр" in names and "Ахметова Айгуль" not in names and "Ахметова А." not in names
    assert [r.name_ru for r in places.list_regions(ctx)] == ["Алматинская область"]


def test_the_import_helpers_stay_open_to_a_member(office: dict[Role, Context]) -> None:
    member = office[Role.MEMBER]
    region = places.find_or_create_region(member, "Жамбылская область")
    district = places.find_or_create_district(member, region, "Жамбылский район")
    places.find_or_create_settlement(member, district, "Аса")
    people.find_or_create_organization(member, "Акимат")
    assert [s.name_ru for s in places.list_settlements(member)] == ["Аса"]


def test_a_deleted_member_leaves_the_groups_and_the_pickers_but_not_the_history(office: dict[Role, Context]) -> None:
    ctx = office[Role.SUPERVISOR]
    world = _world(ctx)
    other = people.create_member(ctx, "Иванов Пётр")
    campaigns.add_group_member(ctx, world["group"], other, "секретарь")
    people.delete_member(ctx, world["member"])
    assert [(m.full_name, m.role) for m in campaigns.list_group_members(ctx, world["group"])] == [
        ("Иванов Пётр", "секретарь")]
    assert [m.id for m in people.list_members(ctx)].count(world["member"]) == 0
    assert campaigns.get_group(ctx, world["group"]).head_id == world["member"]  # who headed it stays written
