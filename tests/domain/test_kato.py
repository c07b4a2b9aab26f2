"""KATO codes, levels, look-alike letters and the version in a file name."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.kato import (
    KatoLevel,
    bare_name,
    classify,
    fix_lookalikes,
    is_okrug_name,
    parse_code,
    settlement_type,
    version_from_filename,
)


def test_code_from_te_or_from_its_parts_as_spreadsheets_hand_them_over() -> None:
    assert parse_code("991010001").code == "991010001"
    assert parse_code(991010001).code == "991010001"
    assert parse_code(None, 99, 10, 10, 1).code == "991010001"
    assert parse_code(991010001.0, "99", "10", "10", "001").code == "991010001"
    code = parse_code("991020003")
    assert (code.ab, code.cd, code.ef, code.hij) == ("99", "10", "20", "003")
    assert (code.region_code, code.district_code) == ("990000000", "991000000")


@pytest.mark.parametrize(("te", "parts"), [
    ("99101000", ()), ("9910100011", ()), ("99101000x", ()), ("", ()), (True, ()), (99.5, ()),
    ("000000000", ()), ("991010001", ("99", "10", "10", "002")),
])
def test_bad_codes_are_refused(te: object, parts: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as err:
        parse_code(te, *parts)
    assert err.value.code in {"kato.format", "kato.parts_mismatch"} and err.value.field == "kato"


def test_levels_from_the_code_and_okrugs_told_from_towns_by_name() -> None:
    assert classify(parse_code("990000000"), "Образец: область") is KatoLevel.REGION
    assert classify(parse_code("991000000"), "Образец: район") is KatoLevel.DISTRICT
    assert classify(parse_code("991010000"), "Образец: Учебный сельский округ") is KatoLevel.OKRUG
    assert classify(parse_code("991010000"), "", "Үлгі: Оқу ауылдық округі") is KatoLevel.OKRUG
    assert classify(parse_code("991020000"), "Образец: город Учебный") is KatoLevel.SETTLEMENT
    assert classify(parse_code("991010001"), "Образец: село") is KatoLevel.SETTLEMENT


def test_lookalike_letters_become_kazakh_ones_keeping_case() -> None:
    assert fix_lookalikes("ЌЄҐЇЎЅЈ ќєґїўѕј") == "ҚҒӨҮҰҢӘ қғөүұңә"
    assert fix_lookalikes("Ќызылжар ауылдыќ округі") == "Қызылжар ауылдық округі"
    assert fix_lookalikes("Караганда") == "Караганда"


@pytest.mark.parametrize(("name", "version"), [
    ("KATO_01.04.2024.xlsx", "2024-04-01"), ("kato-2022-12-01.xlsx", "2022-12-01"), ("КАТО 2023.xlsx", "2023"),
    ("kato.xlsx", None), ("dir/kato_2021_06_30.xlsx", "2021-06-30"),
])
def test_version_from_the_file_name(name: str, version: str | None) -> None:
    assert version_from_filename(name) == version


def test_city_districts_of_astana_almaty_and_shymkent_are_districts() -> None:
    assert classify(parse_code("711110000"), "район Алматы", "Алматы ауданы") is KatoLevel.DISTRICT
    assert classify(parse_code("751710000"), "Наурызбайский район") is KatoLevel.DISTRICT
    assert classify(parse_code("791110000"), "Абайский район") is KatoLevel.DISTRICT
    assert parse_code("751710020").city_district_code == "751710000"
    assert classify(parse_code("311010000"), "г.Тараз") is KatoLevel.SETTLEMENT  # elsewhere the same shape is a town


@pytest.mark.parametrize("name", [
    "Асинский с.о.", "Айшабибинский с.о", "с.о.Гродеково", "с.а.Гродеково", "п.а. Бауыржан Момышулы", "Тараз г.а.",
    "Жуалынский р.а.", "Актюбинский а.о.", "Карасазский п.о.", "Кокбастауский округ", "Акбулымский сельский округ",
    "аппарат акима с.Жанатурмыс", "Аса а.о.", "Ақтөбе а.о", "Гродеково а.ә.", "Бауыржан Момышұлы к.ә.",
    "Қаратау қаласы әкімдігі", "Тараз қ.ә.", "Қарасаз кенттік округі", "Ақбұлым ауылдық округі",
])
def test_administrative_units_in_every_official_spelling(name: str) -> None:
    assert is_okrug_name(name)
    assert classify(parse_code("314030000"), name) is KatoLevel.OKRUG


@pytest.mark.parametrize("name", ["с.Аса", "г.Каратау", "п.Карасаз", "Аса ауылы", "Сарыагаш", "Оса", "г. Аксу"])
def test_places_people_live_in_are_not_taken_for_units(name: str) -> None:
    assert not is_okrug_name(name)


@pytest.mark.parametrize(("name", "bare"), [
    ("с.Аса", "Аса"), ("с. Аса", "Аса"), ("Аса ауылы", "Аса"), ("«Аса»", "Аса"), ("п.Карасаз", "Карасаз"),
    ("Қарасаз кенті", "Қарасаз"), ("г.Тараз", "Тараз"), ("село Коныр", "Коныр"), ("Аса", "Аса"),
    ("с. «Аса» ауылы", "Аса"), ("Бауыржан Момышулы", "Бауыржан Момышулы"), ("Балхаш г.а.", "Балхаш"),
    ("г. Балхаш", "Балхаш"), ("Балқаш қ.ә.", "Балқаш"),
    ("мкр. Самал", "Самал"), ("мкр Самал", "Самал"), ("микрорайон Самал", "Самал"), ("Самал мкр.", "Самал"),
    ("ш.а. Самал", "Самал"), ("Самал шағын ауданы", "Самал"), ("шағын аудан Самал", "Самал"),
    ("Мкр-Самал", "Мкр-Самал"), ("Шаяхметов", "Шаяхметов"),
])
def test_type_prefixes_and_quotes_left_out_of_the_bare_name(name: str, bare: str) -> None:
    assert bare_name(name) == bare


@pytest.mark.parametrize(("name", "kind"), [
    ("с.Аса", "с."), ("Аса ауылы", "ауылы"), ("п. Карасаз", "п."), ("Қарасаз кенті", "кенті"), ("Аса", ""),
    ("«Аса»", ""), ("г.Тараз", "г."), ("Бауыржан Момышулы", ""),
    ("мкр. Самал", "мкр."), ("мкр Самал", "мкр"), ("ш.а. Самал", "ш.а."), ("Самал шағын ауданы", "шағын ауданы"),
    ("Шашубай", ""), ("Мкрtest", ""),
])
def test_the_type_written_around_a_name(name: str, kind: str) -> None:
    assert settlement_type(name) == kind
