"""KATO codes (AB CD EF HIJ: region, district, rural okrug, settlement), their level, the classifier version named in
a file name, and the Kazakh look-alike letters that official lists use (DOMAIN.md, Places). Pure: no files, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from fieldapp.domain.errors import ValidationError

__all__ = [
    "CITY_REGIONS",
    "LOOKALIKES",
    "KatoCode",
    "KatoLevel",
    "bare_name",
    "classify",
    "fix_lookalikes",
    "is_okrug_name",
    "parse_code",
    "settlement_type",
    "version_from_filename",
]

# Letters of other Cyrillic alphabets (Macedonian, Ukrainian, Belarusian, Serbian) that old fonts and converters put
# where the Kazakh letter was meant; they look alike on paper but never match a search for the Kazakh one.
LOOKALIKES = str.maketrans("ЌќЄєҐґЇїЎўЅѕЈј", "ҚқҒғӨөҮүҰұҢңӘә")

_NINE_DIGITS = re.compile(r"[0-9]{9}")
# An administrative unit (a rural, settlement or town okrug, an akim's office) is not a place people live in: it is
# recognised by its name, because its code has the same shape as a town's that sits at the same level (EF set,
# HIJ = 000). The official list spells them in many ways: «Аксуский с.о.», «с.о Аксу» (no final dot), «с.а.», «п.а.»,
# «г.а.», «р.а.», «а.о.», «п.о.», «сельский округ», «аппарат акима», and in Kazakh «а.о.», «а.ә.», «к.ә.», «қ.ә.»,
# «ауылдық округі», «кенттік әкімдігі». Two letters with dots, standing alone, so that «с.Аса» stays a village.
_OKRUG = re.compile(
    r"(?<!\w)(?:[спгракқ]\.\s?[оаә]\.?(?!\w)"
    r"|округ\w*|әкімдіг\w*|әкімшілі\w*|аппарат\w*\s+акима|администраци\w*)",
    re.IGNORECASE,
)
# Astana, Almaty and Shymkent are regions of their own whose districts sit one level lower than a region's
# (AB 71/75/79, CD ≠ 00, EF ≠ 00, HIJ = 000: «711110000 район Алматы»): no CD-level district stands above them.
CITY_REGIONS = frozenset({"71", "75", "79"})
# The type of a settlement written around its name: «с.Аса», «п. Жана», «г.Тараз», «Аса ауылы», «Жаңа кенті»,
# «село Коныр», quotes; a town's micro-district as «мкр. Самал», «мкр Самал», «ш.а. Самал», «Самал шағын ауданы».
# Kept in the name as the file writes it; left out when a name is compared with another.
_TYPE_BEFORE = re.compile(
    r"^(?:(?:с|п|г|пгт|ст|рзд|а|к|кп|нп|мкр|ж\.?д\.?\s?ст|ш\.\s?а)\.\s*"
    r"|(?:село|поселок|посёлок|город|аул|станция|разъезд|кент|мкр|микрорайон|шағын\s+аудан)\s+)",
    re.IGNORECASE,
)
# A town's administration is named after the town («Балхаш г.а.», «Балқаш қ.ә.»): the district a person types as
# «г. Балхаш» is that one.
_TYPE_AFTER = re.compile(
    r"\s+(?:ауылы|кенті|қаласы|стансасы|бекеті|разъезі|шағын\s+ауданы|мкр\.?|микрорайон|а\.|к\.|қ\.|ш\.\s?а\."
    r"|г\.\s?а\.?|қ\.\s?ә\.?)$", re.IGNORECASE
)
_QUOTES = re.compile(r"[«»\"“”„‟'’`]")


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
    def city_district_code(self) -> str:
        """The code of the city district above this place in Astana, Almaty or Shymkent (AB CD EF 000)."""
        return f"{self.ab}{self.cd}{self.ef}000"

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


def is_okrug_name(name: str) -> bool:
    """Whether a name is an administrative unit's (okrug, akim's office) in any of the official spellings."""
    return bool(_OKRUG.search(name))


def bare_name(name: str) -> str:
    """`name` without its settlement type and quotes («с.Аса», «Аса ауылы», «"Аса"» → «Аса»; a town administration
    «Балхаш г.а.» → «Балхаш»), for matching."""
    text = " ".join(_QUOTES.sub(" ", name).split())
    for _ in range(2):  # «с. "Аса" ауылы»: a type on each side
        text = _TYPE_AFTER.sub("", _TYPE_BEFORE.sub("", text)).strip()
    return text or " ".join(name.split())


def settlement_type(name: str) -> str:
    """The type written around a name, as written («с.Аса» → «с.», «Аса ауылы» → «ауылы»); "" when there is none."""
    text = " ".join(_QUOTES.sub(" ", name).split())
    found: list[str] = []
    if m := _TYPE_BEFORE.match(text):
        found.append(m[0].strip())
        text = text[m.end():]
    if m := _TYPE_AFTER.search(text):
        found.append(m[0].strip())
    return " ".join(found)


def classify(code: KatoCode, name_ru: str, name_kk: str = "") -> KatoLevel:
    """The level of a classifier row: its code's shape, except that a town at okrug level is a settlement and that
    the districts of Astana, Almaty and Shymkent (EF ≠ 00, HIJ = 000 under a city region) are districts."""
    shape = code.shape
    if shape is KatoLevel.OKRUG:
        if code.ab in CITY_REGIONS and code.cd != "00" and not (is_okrug_name(name_ru) or is_okrug_name(name_kk)):
            return KatoLevel.DISTRICT
        if not (is_okrug_name(name_ru) or is_okrug_name(name_kk)):
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
