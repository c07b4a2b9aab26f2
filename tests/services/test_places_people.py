"""Places and people: CRUD with tombstones, find-or-create by name as people type it, the settlement picker, BINs."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.enums import OrganizationKind
from fieldapp.domain.iin import control_digit
from fieldapp.services import people, places
from fieldapp.services.context import Context


def valid_bin(first11: str) -> str:
    check = control_digit(first11)
    assert check is not None
    return f"{first11}{check}"


def test_find_or_create_settlement_ignores_case_yo_and_spaces(ctx: Context, world: Any) -> None:
    orlovka = places.find_or_create_settlement(ctx, world.zhambyl, "Ёлкино")
    assert places.find_or_create_settlement(ctx, world.zhambyl, "  ЕЛКИНО ") == orlovka
    assert places.find_or_create_settlement(ctx, world.zhambyl, "ёлкино") == orlovka
    # a namesake in another district is another village
    assert places.find_or_create_settlement(ctx, world.baizak, "Елкино") != orlovka
    # by the Kazakh name too
    assert places.find_or_create_settlement(ctx, world.zhambyl, "ҚАРАКЕМЕР") == world.karakemer
    assert len(places.list_settlements(ctx, world.zhambyl)) == 3


def test_find_or_create_region_and_district(ctx: Context, world: Any) -> None:
    assert places.find_or_create_region(ctx, "жамбыл облысы") == world.region
    assert places.find_or_create_district(ctx, world.region, "бәйзақ ауданы") == world.baizak
    new = places.find_or_create_district(ctx, world.region, "Меркенский район")
    assert places.get_district(ctx, new).name_ru == "Меркенский район"
    assert places.get_district(ctx, new).region_id == world.region


def test_settlement_picker_searches_by_prefix_in_both_languages(ctx: Context, world: Any) -> None:
    places.create_settlement(ctx, world.zhambyl, "Карасу", "Қарасу")
    hits = places.search_settlements(ctx, "кара")
    assert {h.name_ru for h in hits} == {"Каракемер", "Карасу"}
    hits = places.search_settlements(ctx, "Қара")  # Kazakh letters: the Kazakh names
    assert {h.name_ru for h in hits} == {"Каракемер", "Карасу"}
    assert places.search_settlements(ctx, "сары")[0].district_ru == "Байзакский район"
    assert places.search_settlements(ctx, "сары", district_id=world.zhambyl) == ()
    assert places.search_settlements(ctx, "") == ()
    # LIKE wildcards typed by a user are plain characters
    assert places.search_settlements(ctx, "%") == () and places.search_settlements(ctx, "_") == ()
    # an exact name comes before longer ones
    places.create_settlement(ctx, world.baizak, "Аса-2")
    assert [h.name_ru for h in places.search_settlements(ctx, "аса")] == ["Аса", "Аса-2"]
    assert places.search_settlements(ctx, "аса")[0].label("kk") == "Аса (Жамбыл ауданы)"


def test_deleted_places_are_tombstoned_and_vanish_from_lists(ctx: Context, world: Any, refused: Any) -> None:
    places.delete_settlement(ctx, world.karakemer)
    assert world.karakemer not in {s.id for s in places.list_settlements(ctx)}
    assert places.search_settlements(ctx, "каракем") == ()
    with refused("record.not_found", "settlement"):
        places.get_settlement(ctx, world.karakemer)
    # the row is still there, only tombstoned (never a hard delete)
    from fieldapp.storage.tables import Settlement

    with ctx.db.session() as s:
        row = s.get(Settlement, world.karakemer)
        assert row is not None and row.deleted
    # find-or-create makes a new one rather than reviving the tombstone
    assert places.find_or_create_settlement(ctx, world.zhambyl, "Каракемер") != world.karakemer


def test_edits_bump_updated_at_and_check_kato_and_coordinates(ctx: Context, world: Any, refused: Any) -> None:
    from fieldapp.storage.tables import Settlement

    with ctx.db.session() as s:
        before = s.get(Settlement, world.asa)
        assert before is not None
        stamp = before.updated_at
    places.update_settlement(ctx, world.asa, world.zhambyl, "Аса", "Аса", kato="31 4030 100", latitude=42.9,
                             longitude=71.4)
    info = places.get_settlement(ctx, world.asa)
    assert info.kato == "314030100" and info.latitude == 42.9
    with ctx.db.session() as s:
        after = s.get(Settlement, world.asa)
        assert after is not None and after.updated_at > stamp
    with refused("kato.format", "kato"):
        places.update_settlement(ctx, world.asa, world.zhambyl, "Аса", kato="12345")
    with refused("latitude.range", "latitude"):
        places.create_settlement(ctx, world.zhambyl, "Нигде", latitude=91.0, longitude=10.0)
    with refused("required", "name"):
        places.create_region(ctx, "   ")


def test_created_by_is_the_signed_in_member(ctx: Context) -> None:
    from fieldapp.storage.tables import Region

    member = people.create_member(ctx, "Иванов Иван")
    ctx.member_id = member
    region = places.create_region(ctx, "Карагандинская область")
    with ctx.db.session() as s:
        row = s.get(Region, region)
        assert row is not None and row.created_by == member


def test_organisation_bin_is_checked(ctx: Context, refused: Any) -> None:
    good = valid_bin("05014000123")
    org = people.create_organization(ctx, "Акимат Жамбылского района", bin=f"{good[:6]} {good[6:]}",
                                     kind="государственный орган")
    assert people.get_organization(ctx, org).bin == good
    bad = good[:11] + str((int(good[11]) + 1) % 10)
    with refused("bin.checksum", "bin"):
        people.create_organization(ctx, "ОО «Мир добра»", bin=bad)
    with refused("bin.length", "bin"):
        people.update_organization(ctx, org, "Акимат", bin="123")
    assert people.create_organization(ctx, "Без БИН", bin="  ") != org


def test_find_or_create_organisation_by_any_of_its_names(ctx: Context) -> None:
    org = people.create_organization(ctx, "Общественное объединение «Мир добра»", name_kk="«Мейірім әлемі» ҚБ",
                                     short_name="ОО «Мир добра»", kind=OrganizationKind.NGO)
    assert people.find_or_create_organization(ctx, 'оо "мир добра"') == org
    assert people.find_or_create_organization(ctx, "«МЕЙІРІМ ӘЛЕМІ» ҚБ") == org
    assert people.find_organization(ctx, "Красный Полумесяц") is None
    created = people.find_or_create_organization(ctx, "Красный Полумесяц", kind="ngo")
    assert people.get_organization(ctx, created).kind is OrganizationKind.NGO
    assert people.find_organization(ctx, "красный  полумесяц") == created


def test_members_with_their_organisation(ctx: Context, refused: Any) -> None:
    police = people.create_organization(ctx, "Департамент полиции", kind="law enforcement")
    major = people.create_member(ctx, "Сейтказиева Гульнар", position="старший инспектор", rank="майор полиции",
                                 organization_id=police)
    people.create_member(ctx, "Абенов Ерлан")
    assert [m.full_name for m in people.list_members(ctx, police)] == ["Сейтказиева Гульнар"]
    info = people.get_member(ctx, major)
    assert info.organization_name == "Департамент полиции" and info.rank == "майор полиции"
    people.delete_member(ctx, major)
    assert [m.full_name for m in people.list_members(ctx)] == ["Абенов Ерлан"]
    with refused("record.not_found", "organization"):
        people.create_member(ctx, "Кто-то", organization_id="nope")
    with refused("required", "full_name"):
        people.create_member(ctx, " ")
