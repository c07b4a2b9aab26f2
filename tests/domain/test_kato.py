"""KATO codes, levels, look-alike letters and the version in a file name."""

from __future__ import annotations

import pytest

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.kato import KatoLevel, classify, fix_lookalikes, parse_code, version_from_filename


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
