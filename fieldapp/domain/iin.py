"""Kazakhstan's IIN (individuals) and BIN (organisations): control digit, validation, birth hints, synthetic IINs.

The checksum is the rule; the birth date and sex in an IIN are only a hint (DOMAIN.md, "Rules").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Literal

from fieldapp.domain.errors import ValidationError

__all__ = [
    "IinHint",
    "Sex",
    "control_digit",
    "iin_hint",
    "is_placeholder_iin",
    "is_valid_bin",
    "is_valid_iin",
    "make_iin",
    "normalise",
    "validate_bin",
    "validate_iin",
]

Sex = Literal["male", "female"]

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# People copy numbers from scans and messengers with spaces, dashes or non-breaking spaces in between.
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014]+")
# str.isdigit() would also accept Arabic-Indic and other Unicode digits, which int() then silently converts.
_TWELVE_DIGITS = re.compile(r"[0-9]{12}")

# digit 7 -> (first year of the century, sex); 0 and 7..9 carry no hint
_CENTURY_SEX: dict[str, tuple[int, Sex]] = {
    "1": (1800, "male"),
    "2": (1800, "female"),
    "3": (1900, "male"),
    "4": (1900, "female"),
    "5": (2000, "male"),
    "6": (2000, "female"),
}


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11


def control_digit(first11: str) -> int | None:
    """The 12th digit for these 11 digits, or None when both passes give 10 (no valid number has this prefix)."""
    if len(first11) != 11 or not first11.isascii() or not first11.isdigit():
        raise ValueError("control_digit needs exactly 11 ASCII digits")
    check = _weighted(first11, _FIRST_WEIGHTS)
    if check == 10:
        check = _weighted(first11, _SECOND_WEIGHTS)
    return None if check == 10 else check


def normalise(value: str) -> str:
    """`value` without the spaces and dashes people type between digit groups."""
    return _SEPARATORS.sub("", value)


def _is_placeholder(digits: str) -> bool:
    first = digits[:11]
    if len(set(first)) == 1:
        # 000000000000, and 111111111110 … 999999999990: eleven equal digits always give the control digit 0.
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(first)}
    if steps not in ({1}, {9}):
        return False
    # A run such as 123456789012 or 987654321098. A few runs spell a real birth date (890123456789: 23 January
    # 1989), and such a number may well be someone's: only a run that is no date at all is taken for a stand-in.
    return iin_hint(digits).birth_date is None


def is_placeholder_iin(value: str) -> bool:
    """Whether `value` is an obvious stand-in typed where the IIN was not known (twelve zeros, eleven equal digits,
    a run like 123456789012), not a person's number — whatever its control digit says.

    Such a number is refused as an IIN and never matches a resident's earlier visits: two strangers who both got
    000000000000 are not one person.
    """
    digits = normalise(value)
    return _TWELVE_DIGITS.fullmatch(digits) is not None and _is_placeholder(digits)


def _validate(value: str, kind: Literal["iin", "bin"]) -> str:
    digits = normalise(value)
    if not _TWELVE_DIGITS.fullmatch(digits):
        raise ValidationError(f"{kind}.length", kind, value=value.strip())
    if kind == "iin" and _is_placeholder(digits):
        raise ValidationError("iin.placeholder", kind, value=digits)
    if control_digit(digits[:11]) != int(digits[11]):
        raise ValidationError(f"{kind}.checksum", kind, value=digits)
    return digits


def validate_iin(value: str) -> str:
    """The IIN as 12 digits; raises ValidationError `iin.length`, `iin.placeholder` or `iin.checksum` (field
    `iin`)."""
    return _validate(value, "iin")


def validate_bin(value: str) -> str:
    """The BIN as 12 digits; raises ValidationError `bin.length` or `bin.checksum` (field `bin`)."""
    return _validate(value, "bin")


def is_valid_iin(value: str) -> bool:
    """Whether `value` is an IIN with a correct control digit (separators allowed)."""
    try:
        validate_iin(value)
    except ValidationError:
        return False
    return True


def is_valid_bin(value: str) -> bool:
    """Whether `value` is a BIN with a correct control digit (separators allowed)."""
    try:
        validate_bin(value)
    except ValidationError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class IinHint:
    """What an IIN suggests about its holder. Any field may be None; none of them is ever an error."""

    birth_date: date | None
    sex: Sex | None
    century: int | None  # first year of the birth century: 1800, 1900 or 2000


_NO_HINT = IinHint(birth_date=None, sex=None, century=None)


def iin_hint(value: str) -> IinHint:
    """The birth date, sex and century encoded in the first 7 digits of `value`, as far as they make sense.

    Never raises and ignores the control digit: since 2013 IINs are issued whose date digits are not a real
    birth date, and the hint is also shown while a number is still being typed.
    """
    digits = normalise(value)
    if len(digits) < 7 or not digits[:7].isascii() or not digits[:7].isdigit():
        return _NO_HINT
    century_sex = _CENTURY_SEX.get(digits[6])
    if century_sex is None:
        return _NO_HINT
    century, sex = century_sex
    try:
        birth: date | None = date(century + int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        birth = None
    return IinHint(birth_date=birth, sex=sex, century=century)


def make_iin(birth: date, male: bool, serial: int) -> str:
    """A valid IIN for this birth date and sex; the serial (0..9999) is advanced until a control digit exists.

    Meant for synthetic demo residents: real IINs are issued by the state, not computed.
    """
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0..9999, got {serial}")
    if not 1800 <= birth.year <= 2099:
        raise ValueError(f"an IIN encodes birth years 1800..2099, got {birth.year}")
    century_digit = (birth.year // 100 - 18) * 2 + (1 if male else 2)
    prefix = f"{birth:%y%m%d}{century_digit}"
    # Roughly one prefix in 121 has no control digit. The serial's last digit weighs 11 in the first pass and 2 in
    # the second, so the next serial nearly always has one; the loop keeps going only for the rare wrap-arounds.
    for step in range(10000):
        first11 = f"{prefix}{(serial + step) % 10000:04d}"
        check = control_digit(first11)
        if check is not None and not _is_placeholder(f"{first11}{check}"):  # 1811-11-11, serial 1111
            return f"{first11}{check}"
    raise AssertionError("unreachable: some serial always yields a control digit")
