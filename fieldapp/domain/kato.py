"""KATO codes (AB CD EF HIJ: region, district, rural okrug, settlement), their level, the classifier version named in
a file name, and the Kazakh look-alike letters that official lists use (DOMAIN.md, Places). Pure: no files, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from fieldapp.domain.errors import ValidationError

__all__ = [
    "LOOKALIKES",
    "KatoCode",
    "KatoLevel",
    "classify",
    "fix_lookalikes",
    "parse_code",
    "version_from_filename",
]

# Letters of other Cyrillic alphabets (Macedonian, Ukrainian, Belarusian, Serbian) that old fonts and converters put
# where the Kazakh letter was meant; they look alike on paper but never match a search for the Kazakh one.
LOOKALIKES = str.maketrans("ЌќЄєҐґЇїЎўЅѕЈј", "ҚқҒғӨөҮүҰұҢңӘә")

_NINE_DIGITS = re.compile(r"[0-9]{9}")
# A rural or settlement okrug is an administrative unit, not a place people live in: it is recognised by its name,
# because its code has the same shape as a town's that sits at the same level (EF set, HIJ = 000).
_OKRUG = re.compile(r"(округ|округі|\bс\.?\s?о\.|\bа\.?\s?о\.|\bп\.?\s?о\.)", re.IGNORECASE)


class KatoLevel(StrEnum):
    REGION = "region"
    DISTRICT = "district"
    OKRUG = "okrug"
    SETTLEMENT = "settlement"


def fix_lookalikes(text: str) -> str:
    """`text` with look-alike letters (Ќ, Є, Ґ, Ї, Ў, Ѕ, Ј and their lower case) replaced by the Kazakh ones."""
    return text.translate(LOOKALIKES)


@dataclass(frozen=True, slots=True)
class KatoCode:
    """A 9-digit KATO code split into its parts."""

    code: str

    @property
    def ab(self) -> str:
        return self.code[0:2]

    @property
    def cd(self) -> str:
        return self.code[2:4]

    @property
    def ef(self) -> str:
        return self.code[4:6]

    @property
    def hij(self) -> str:
        return self.code[6:9]

    @property
    def region_code(self) -> str:
        return f"{self.ab}0000000"

    @property
    def district_code(self) -> str:
        return f"{self.ab}{self.cd}00000"

    @property
    def shape(self) -> KatoLevel:
        """The level the code's zeros say (an okrug and a town at okrug level look the same: see classify)."""
        if self.cd == "00" and self.ef == "00" and self.hij == "000":
            return KatoLevel.REGION
        if self.ef == "00" and self.hij == "000":
            return KatoLevel.DISTRICT
        if self.hij == "000":
            return KatoLevel.OKRUG
        return KatoLevel.SETTLEMENT


def _digits(value: object, width: int, field: str, pad: bool = True) -> str:
    """A code part as text of `width` digits; spreadsheets hand numeric parts over as int or float ("01" → 1)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, bool):
        raise ValidationError("kato.format", field, value=value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError("kato.format", field, value=value)
        value = int(value)
    text = "".join(str(value).split())
    if not text.isascii() or not text.isdigit() or len(text) > width or (not pad and len(text) != width):
        raise ValidationError("kato.format", field, value=value)
    return text.zfill(width)


def parse_code(te: object, ab: object = None, cd: object = None, ef: object = None, hij: object = None) -> KatoCode:
    """The code of a classifier row: `te` (the full code) when given, else the parts AB CD EF HIJ put together.

    When both are given they must agree. Raises ValidationError `kato.format` (field `kato`) otherwise.
    """
    # No code starts with 0 (regions are 10 and up), so a full code is never padded: 8 digits is a typo.
    full = _digits(te, 9, "kato", pad=False)
    parts = [_digits(v, w, "kato") for v, w in ((ab, 2), (cd, 2), (ef, 2), (hij, 3))]
    joined = "".join(parts) if all(parts) else ""
    if full and joined and full != joined:
        raise ValidationError("kato.parts_mismatch", "kato", value=full, parts=" ".join(parts))
    code = full or joined
    if not _NINE_DIGITS.fullmatch(code):
        raise ValidationError("kato.format", "kato", value=te if te not in (None, "") else " ".join(parts))
    if code[0:2] == "00":
        raise ValidationError("kato.format", "kato", value=code)
    return KatoCode(code)


def classify(code: KatoCode, name_ru: str, name_kk: str = "") -> KatoLevel:
    """The level of a classifier row: its code's shape, except that a town at okrug level is a settlement."""
    shape = code.shape
    if shape is KatoLevel.OKRUG and not (_OKRUG.search(name_ru) or _OKRUG.search(name_kk)):
        return KatoLevel.SETTLEMENT
    return shape


_DATE_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_DATE_RU = re.compile(r"(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{4})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def version_from_filename(name: str) -> str | None:
    """The classifier version a file name carries: a date (as YYYY-MM-DD) or else a year; None when there is none.

    «KATO_01.04.2024.xlsx» → 2024-04-01, «kato-2022-12-01.xlsx» → 2022-12-01, «КАТО 2023.xlsx» → 2023.
    """
    stem = name.rsplit("/", 1)[-1]
    if m := _DATE_ISO.search(stem):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if m := _DATE_RU.search(stem):
        return f"{m[3]}-{m[2]}-{m[1]}"
    if m := _YEAR.search(stem):
        return m[1]
    return None
