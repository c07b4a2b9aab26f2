"""IIN and BIN rules of DOMAIN.md: control digit in one or two passes, normalisation, hints, synthetic IINs."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.iin import (
    IinHint,
    Sex,
    control_digit,
    iin_hint,
    is_placeholder_iin,
    is_valid_bin,
    is_valid_iin,
    make_iin,
    validate_bin,
    validate_iin,
)

FIRST_PASS = "921029350851"
SECOND_PASS = "061211600012"


def weighted(digits: str, weights: list[int]) -> int:
    """Independent of the code under test, so a wrong weight table there cannot agree with itself here."""
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11


W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def test_first_pass_example_is_valid() -> None:
    # 9*1+2*2+1*3+0*4+2*5+9*6+3*7+5*8+0*9+8*10+5*11 = 276 = 25*11 + 1 -> control digit 1
    assert weighted(FIRST_PASS[:11], W1) == 1
    assert control_digit(FIRST_PASS[:11]) == 1
    assert validate_iin(FIRST_PASS) == FIRST_PASS
    assert is_valid_iin(FIRST_PASS)


def test_second_pass_example_is_valid() -> None:
    # first pass: 0+12+3+8+5+6+42+0+0+0+11 = 87 = 7*11 + 10 -> second pass:
    # 0+24+5+12+7+8+54+0+0+0+2 = 112 = 10*11 + 2 -> control digit 2
    assert weighted(SECOND_PASS[:11], W1) == 10
    assert weighted(SECOND_PASS[:11], W2) == 2
    assert control_digit(SECOND_PASS[:11]) == 2
    assert validate_iin(SECOND_PASS) == SECOND_PASS


@pytest.mark.parametrize("iin", [FIRST_PASS, SECOND_PASS])
@pytest.mark.parametrize("digit", "0123456789")
def test_a_changed_control_digit_is_refused(iin: str, digit: str) -> None:
    if digit == iin[-1]:
        return
    changed = iin[:-1] + digit
    assert not is_valid_iin(changed)
    with pytest.raises(ValidationError) as err:
        validate_iin(changed)
    assert (err.value.code, err.value.field) == ("iin.checksum", "iin")
    assert err.value.params["value"] == changed


@pytest.mark.parametrize("position", [*range(10), 11])
def test_a_one_digit_change_is_refused(position: int) -> None:
    # Weights 1..10 are coprime with 11, so changing one of digits 1-10 (or the control digit) always changes the
    # first-pass sum; only when the new sum happens to be 10 does the second pass decide, so skip those.
    refused = 0
    for digit in "0123456789":
        if digit == FIRST_PASS[position]:
            continue
        changed = FIRST_PASS[:position] + digit + FIRST_PASS[position + 1:]
        if weighted(changed[:11], W1) == 10:
            continue
        assert not is_valid_iin(changed), changed
        refused += 1
    assert refused >= 8


def test_the_eleventh_digit_weighs_eleven_in_the_first_pass() -> None:
    # A known blind spot of the official algorithm (weight 11 = 0 mod 11): it pins the weight table to 1..11.
    assert is_valid_iin(FIRST_PASS[:10] + "0" + FIRST_PASS[11])


def test_second_pass_is_used_when_the_first_gives_ten() -> None:
    # Build a case of our own: serials of 921029-3 where the first pass gives 10.
    prefixes = [f"9210293{s:04d}" for s in range(10000)]
    tens = [p for p in prefixes if weighted(p, W1) == 10 and weighted(p, W2) != 10]
    assert tens
    for prefix in tens[:50]:
        second = weighted(prefix, W2)
        assert control_digit(prefix) == second
        for digit in "0123456789":
            assert is_valid_iin(prefix + digit) == (int(digit) == second), prefix + digit


def test_both_passes_ten_is_invalid() -> None:
    prefix = "92102930034"
    # first: 9+4+3+0+10+54+21+0+0+30+44 = 175 = 15*11 + 10; second: 27+8+5+0+14+72+27+0+0+3+8 = 164 = 14*11 + 10
    assert weighted(prefix, W1) == 10
    assert weighted(prefix, W2) == 10
    assert control_digit(prefix) is None
    for digit in "0123456789":
        assert not is_valid_iin(prefix + digit)
        with pytest.raises(ValidationError) as err:
            validate_iin(prefix + digit)
        assert err.value.code == "iin.checksum"


@pytest.mark.parametrize("typed", ["921 029 350 851", "921029-350851", " 9210 2935 0851 ", "921029\u00a0350851"])
def test_spaces_and_dashes_are_stripped(typed: str) -> None:
    assert validate_iin(typed) == FIRST_PASS


@pytest.mark.parametrize(
    "typed",
    ["", "92102935085", "9210293508511", "92102935085I", "\u0669\u0662\u0661029350851", "921029350851.0"],
)
def test_not_twelve_digits_is_a_length_error(typed: str) -> None:
    assert not is_valid_iin(typed)
    with pytest.raises(ValidationError) as err:
        validate_iin(typed)
    assert (err.value.code, err.value.field) == ("iin.length", "iin")
    assert err.value.params["value"] == typed.strip()


def test_control_digit_refuses_other_lengths() -> None:
    with pytest.raises(ValueError):
        control_digit("9210293508")
    with pytest.raises(ValueError):
        control_digit("9210293508a")


def test_hint_of_the_examples() -> None:
    assert iin_hint(FIRST_PASS) == IinHint(birth_date=date(1992, 10, 29), sex="male", century=1900)
    assert iin_hint(SECOND_PASS) == IinHint(birth_date=date(2006, 12, 11), sex="female", century=2000)


@pytest.mark.parametrize(
    ("digit", "century", "sex"),
    [("1", 1800, "male"), ("2", 1800, "female"), ("3", 1900, "male"), ("4", 1900, "female"),
     ("5", 2000, "male"), ("6", 2000, "female")],
)
def test_seventh_digit_gives_century_and_sex(digit: str, century: int, sex: Sex) -> None:
    hint = iin_hint("010203" + digit + "00001")
    assert hint == IinHint(birth_date=date(century + 1, 2, 3), sex=sex, century=century)


@pytest.mark.parametrize("digit", "0789")
def test_seventh_digit_without_meaning_gives_no_hint(digit: str) -> None:
    assert iin_hint("010203" + digit + "00001") == IinHint(birth_date=None, sex=None, century=None)


def test_impossible_date_is_a_hint_of_none_not_an_error() -> None:
    prefix = "9213293" + "5085"  # month 13
    iin = prefix + str(control_digit(prefix))
    assert validate_iin(iin) == iin  # the checksum is the only rule
    assert iin_hint(iin) == IinHint(birth_date=None, sex="male", century=1900)


def test_leap_day_depends_on_the_century() -> None:
    assert iin_hint("000229300000").birth_date is None  # 1900 was not a leap year
    assert iin_hint("000229500000").birth_date == date(2000, 2, 29)


def test_hint_of_a_partly_typed_number() -> None:
    assert iin_hint("921029").birth_date is None
    assert iin_hint("921029 3").birth_date == date(1992, 10, 29)


@given(
    birth=st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)),
    male=st.booleans(),
    serial=st.integers(min_value=0, max_value=9999),
)
def test_make_iin_round_trip(birth: date, male: bool, serial: int) -> None:
    iin = make_iin(birth, male, serial)
    assert validate_iin(iin) == iin
    hint = iin_hint(iin)
    assert hint.birth_date == birth
    assert hint.sex == ("male" if male else "female")
    assert hint.century == birth.year // 100 * 100


def test_make_iin_takes_the_next_serial_when_there_is_no_control_digit() -> None:
    # 921029-3-0034 has no control digit (test_both_passes_ten_is_invalid); 0035 has one.
    assert make_iin(date(1992, 10, 29), True, 34) == "92102930035" + str(control_digit("92102930035"))
    assert make_iin(date(1992, 10, 29), True, 33)[7:11] == "0033"


def test_make_iin_refuses_what_an_iin_cannot_hold() -> None:
    with pytest.raises(ValueError):
        make_iin(date(1799, 12, 31), True, 1)
    with pytest.raises(ValueError):
        make_iin(date(2000, 1, 1), True, 10000)


def test_bin_uses_the_same_control_digit() -> None:
    prefix = "08054000138"
    # 0+16+0+20+20+0+0+0+9+30+88 = 183 = 16*11 + 7
    bin_ = prefix + "7"
    assert validate_bin("080540 001387") == bin_
    assert is_valid_bin(bin_)
    assert not is_valid_bin(prefix + "8")
    with pytest.raises(ValidationError) as err:
        validate_bin(prefix + "8")
    assert (err.value.code, err.value.field) == ("bin.checksum", "bin")
    with pytest.raises(ValidationError) as err:
        validate_bin("0805400013")
    assert (err.value.code, err.value.field) == ("bin.length", "bin")


# -- placeholders: numbers typed where the IIN was not known ----------------------------------------------------


@pytest.mark.parametrize("typed", ["000000000000", "0000 0000 0000", "111111111110", "555555555550",
                                   "111111111111", "123456789012", "123456789013", "987654321098",
                                   "012345678901"])
def test_a_placeholder_is_refused_whatever_its_control_digit(typed: str) -> None:
    assert is_placeholder_iin(typed)
    assert not is_valid_iin(typed)
    with pytest.raises(ValidationError) as err:
        validate_iin(typed)
    assert (err.value.code, err.value.field) == ("iin.placeholder", "iin")
    digits = typed.replace(" ", "")
    assert err.value.message("ru") == (
        f"ИИН: ИИН {digits} — заглушка, а не номер человека: если ИИН неизвестен, оставьте поле пустым")
    assert "leave the field empty" in err.value.message("en") and "бос қалдырыңыз" in err.value.message("kk")


def test_twelve_zeros_pass_the_checksum_and_are_still_refused() -> None:
    # Every digit weighs 0: the control digit of eleven zeros is 0, so the checksum alone lets it through.
    assert control_digit("00000000000") == 0
    assert all(control_digit(d * 11) == 0 for d in "0123456789")


def test_a_run_that_spells_a_real_birth_date_may_be_someones_number() -> None:
    # 890123-4-5678: born 23 January 1989, a woman, serial 5678 — a run of digits, and a possible person.
    prefix = "89012345678"
    check = control_digit(prefix)
    assert check is not None
    assert not is_placeholder_iin(prefix + str(check))
    assert validate_iin(prefix + str(check)) == prefix + str(check)
    assert not is_placeholder_iin(FIRST_PASS) and not is_placeholder_iin(SECOND_PASS)
    assert not is_placeholder_iin("00000000000")  # eleven digits: not an IIN at all, a length error


def test_make_iin_never_makes_a_placeholder() -> None:
    # 11 November 1811, a man, serial 1111: eleven ones, whose control digit 0 makes 111111111110.
    iin = make_iin(date(1811, 11, 11), True, 1111)
    assert iin != "111111111110" and not is_placeholder_iin(iin) and validate_iin(iin) == iin
