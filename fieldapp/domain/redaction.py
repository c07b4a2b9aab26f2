"""The one scrubber every redacted report and export passes its free text through: IIN-, phone- and card-shaped
numbers, house and flat numbers and the names of the residents concerned become a neutral marker."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from fieldapp.domain.rules import normalise_name

__all__ = [
    "COARSE_DECIMALS",
    "MARKERS",
    "NO_RESIDENTS",
    "PERSONAL_FIELDS",
    "Residents",
    "coarse",
    "marker",
    "scrub",
]

# What identifies a resident or tells their story, per table: hidden from a member's view of history, and what makes
# a package, report or export one that the personal-data access log must record.
PERSONAL_FIELDS: Mapping[str, frozenset[str]] = {
    "reception": frozenset({"applicant_name", "applicant_iin", "applicant_phone", "applicant_address", "essence"}),
    "signal": frozenset({"reporter"}),
    "control_item": frozenset({"responsible_person"}),
}

MARKERS: Mapping[str, str] = {"ru": "[скрыто]", "kk": "[жасырылған]", "en": "[redacted]"}

# A tip's exact point can be a resident's house; two decimals (about 1 km north–south, 0.7 km east–west at
# Kazakhstan's latitudes) still place it in its village or its quarter of a town, which is what a map needs.
COARSE_DECIMALS = 2


def marker(lang: str = "ru") -> str:
    """The mark that stands where something was scrubbed, in the report's language."""
    return MARKERS.get(lang, MARKERS["en"])


def coarse(value: float) -> float:
    """A coordinate as redacted outputs give it (COARSE_DECIMALS decimals)."""
    return round(value, COARSE_DECIMALS)


# -- names -----------------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")  # letters and digits: a name's parts, «Образцов-401» is two of them
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Latin letters typed inside a Cyrillic word (a Kazakh «і» as Latin «i», an «о» from the wrong keyboard), and the
# Kazakh letters that Russian spelling of the same name replaces («Нұрлан» / «Нурлан», «Айгерім» / «Айгерим»).
_LATIN_LOOKALIKES = str.maketrans("aeopcxykimthb", "аеорсхукімтнв")
_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")
# What Russian and Kazakh grammar put after a name: «Иванову», «Айгерімге», «Асанның», «Ерланов»; a name that ends
# in a vowel, «й» or «ь» changes that letter («Анна» → «Анной», «Сергей» → «Сергею», «Игорь» → «Игоря»).
_ENDINGS_AS_WRITTEN = frozenset({
    # Russian cases, and the surname and patronymic suffixes built on a first name
    "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ым", "им", "ого", "его", "ому",
    "ему", "ых", "их", "ыми", "ими", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ова", "ева", "ову", "еву",
    "овой", "евой", "овым", "евым", "овы", "евы", "ович", "евич", "овна", "евна", "ин", "ина", "ину", "иной",
    # Kazakh cases, plural and patronymic endings
    "ға", "ге", "қа", "ке", "на", "не", "ның", "нің", "дың", "дің", "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні",
    "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
    "лар", "лер", "дар", "дер", "тар", "тер", "ұлы", "улы", "қызы", "кызы",
})
_LONGEST_ENDING = max(map(len, _ENDINGS_AS_WRITTEN))
_CHANGING_LAST = frozenset("аяйьеоиыую")  # as folded: «ә» and «і» are «а» and «и» there
_MIN_WORD = 3  # shorter words («Ли», «Ан») are scrubbed only inside the whole name


def _fold(word: str) -> str:
    """The comparison key of a word: case, ё/е, Kazakh and Latin look-alikes ignored."""
    folded = normalise_name(word)
    if not _CYRILLIC.search(folded):
        return folded
    return folded.translate(_LATIN_LOOKALIKES).translate(_KAZAKH_TO_RUSSIAN)


_ENDINGS = frozenset(_fold(e) for e in _ENDINGS_AS_WRITTEN)


@dataclass(frozen=True)
class Residents:
    """The names a scrub looks for, folded once: the whole names and their words of three letters or more."""

    words: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()  # words without a last vowel, «й» or «ь», which the cases change
    phrases: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # first word → whole names

    @classmethod
    def of(cls, names: Iterable[str | None]) -> Residents:
        words: set[str] = set()
        phrases: dict[str, set[tuple[str, ...]]] = {}
        folded: dict[str, str] = {}  # a hundred thousand names share a few thousand words
        for name in {n for n in names if n}:
            tokens = tuple(folded.get(t) or folded.setdefault(t, _fold(t)) for t in _TOKEN.findall(name))
            if not tokens:
                continue
            words.update(t for t in tokens if len(t) >= _MIN_WORD and t.isalpha())
            if len(tokens) > 1:
                phrases.setdefault(tokens[0], set()).add(tokens)
        stems = {w[:-1] for w in words if w[-1] in _CHANGING_LAST and len(w) > _MIN_WORD}
        return cls(frozenset(words), frozenset(stems),
                   {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()})

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)

    def names_word(self, folded: str) -> bool:
        """Whether a folded word of a text is one of the names' words, as written or with a case ending."""
        if len(folded) < _MIN_WORD or not folded.isalpha():
            return False
        if folded in self.words:
            return True
        for n in range(1, min(_LONGEST_ENDING, len(folded) - _MIN_WORD) + 1):
            if folded[-n:] in _ENDINGS and (folded[:-n] in self.words or folded[:-n] in self.stems):
                return True
        return False


NO_RESIDENTS = Residents()

# Between the words of a whole name: spaces, a hyphen, a comma or the dot of an initial.
_NAME_GAP = re.compile(r"[\s\-.,]{1,3}")


def _name_spans(text: str, residents: Residents) -> list[tuple[int, int]]:
    tokens = [(m.start(), m.end(), _fold(m.group())) for m in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        taken = 1
        for phrase in residents.phrases.get(word, ()):
            n = len(phrase)
            if i + n <= len(tokens) and all(tokens[i + k][2] == phrase[k] for k in range(n)) and all(
                    _NAME_GAP.fullmatch(text[tokens[i + k][1]:tokens[i + k + 1][0]]) for k in range(n - 1)):
                end, taken = tokens[i + n - 1][1], n
                break
        if taken > 1 or residents.names_word(word):
            spans.append((start, end))
        i += taken
    return spans


# -- numbers ---------------------------------------------------------------------------------------------------------

_SPACE = "[ \u00a0\u202f]"
_DASH = "[\\-\u2010-\u2015]"
_SEP = f"(?:{_SPACE}?{_DASH}{_SPACE}?|{_SPACE})"  # what people type between digit groups
# Twelve digits, grouped any way. Contiguous, they are taken for an IIN (or a BIN) whatever they say; grouped, only
# when they begin with a birth date and a century digit, so a sum like «120 000 000 000» stays.
_IIN = re.compile(rf"(?<!\d)\d(?:{_SEP}?\d){{11}}(?!\d)")
# A Kazakh number: +7 or 8 (or nothing), then ten digits beginning with 7 (mobile 70x–77x, landlines 71xx–72xx),
# with spaces, dashes and brackets anywhere. The nine-digit KATO code or a six-digit sum never has that many digits.
_PHONE = re.compile(rf"(?<![\d+])(\+{_SPACE}?)?(\(?\d(?:(?:{_SPACE}|{_DASH}|[()]){{0,3}}\d){{9,10}})(?!\d)")
_LOCAL_PHONE = re.compile(r"(?<![\d\-])\d{3}-\d{2}-\d{2}(?![\d\-])")  # «234-56-78»
# Any number right after the word for a phone: «тел. 2-34-56», «ұялы: 8701…»
_NAMED_PHONE = re.compile(
    r"(?<!\w)(?:тел|телефон\w*|моб|мобильный|сотовый|ұялы|whatsapp|ватсап|phone|tel)\.?\s*[:№#]?\s*"
    r"(\+?\(?\d(?:[ \u00a0\-()]{0,3}\d){4,})", re.IGNORECASE)
_CARD = re.compile(rf"(?<!\d)\d{{4}}(?:{_SEP}?\d{{4}}){{3}}(?!\d)")  # a bank card: 16 digits, Luhn-valid
# House and flat numbers: «д. 12», «кв. 5», «дом 3/1», «12-үй», «5-пәтер», «ул. Абая, 12», «Абай көшесі 12».
_HOUSE = re.compile(
    r"(?<!\w)(?<!т\.)(?<!т\.\s)(?:д|дом|кв|квартира|корп|корпус|үй|пәтер)\.?\s*№?\s*"
    r"(\d+(?:\s?[/\-]\s?\d+)?(?:[а-яәa-z](?!\w))?)(?!\d)", re.IGNORECASE)
_HOUSE_KK = re.compile(r"(?<![\w\-])(\d+-(?:үй|пәтер))(?!\w)", re.IGNORECASE)
# The street's name is written with a capital: «по улице ходят 5 собак» keeps its number.
_STREET = re.compile(
    r"(?<!\w)(?i:ул\.|ул |улиц[аеы] |пр\.|пр-т\.?|просп\.|проспект |мкр\.?|микрорайон |пер\.|переулок )\s*[«\"]?"
    r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*(?:[\s\-][^\W\d_]+)?[»\"]?,?\s*(\d+(?:\s?/\s?\d+)?(?:[а-я](?!\w))?)(?!\d)")
_STREET_KK = re.compile(r"(?<!\w)(?:көшесі|даңғылы)\s*,?\s*(\d+(?:\s?/\s?\d+)?)(?!\d)", re.IGNORECASE)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _looks_like_iin(match: str) -> bool:
    digits = _digits(match)
    if digits == match:
        return True
    month, day, century = int(digits[2:4]), int(digits[4:6]), digits[6]
    return 1 <= month <= 12 and 1 <= day <= 31 and century in "0123456"


def _thousands(body: str) -> bool:
    """«7 500 000 000»: a number grouped by thousands with spaces only — an amount, not a phone."""
    if re.search(r"[^\d \u00a0\u202f]", body):
        return False
    groups = body.split()
    return len(groups) > 1 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _looks_like_phone(match: re.Match[str]) -> bool:
    plus, body = match.group(1), match.group(2)
    digits = _digits(body)
    if plus:
        return len(digits) == 11 and digits[0] == "7"
    national = digits[:2] in ("77", "87") if len(digits) == 11 else digits[0] == "7"
    return national and not _thousands(body)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _search_all(pattern: re.Pattern[str], text: str,
                accept: Callable[[re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """Every match, also where an earlier candidate was refused (the search goes on one character further)."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        if accept(m):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _number_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    spans += [m.span() for m in _search_all(_IIN, text, lambda m: _looks_like_iin(m.group()))]
    spans += [m.span() for m in _search_all(_CARD, text, lambda m: _luhn(_digits(m.group())))]
    spans += [(m.start(1) if m.group(1) else m.start(2), m.end()) for m in _search_all(_PHONE, text,
                                                                                         _looks_like_phone)]
    spans += [m.span(1) for m in _NAMED_PHONE.finditer(text)]
    spans += [(m.end() - 9, m.end()) for m in _LOCAL_PHONE.finditer(text)]
    for pattern in (_HOUSE, _HOUSE_KK, _STREET, _STREET_KK):
        spans += [m.span(1) for m in pattern.finditer(text)]
    return spans


# -- the scrubber ----------------------------------------------------------------------------------------------------

_JOIN = re.compile(r"[\s\-]*")  # what may stand between two scrubbed pieces that then become one mark


def scrub(
    text: str | None, residents: Residents = NO_RESIDENTS, lang: str = "ru", *, cut_from: str | None = None,
) -> str:
    """`text` with every IIN-, phone- and card-shaped number, house and flat number and every name of `residents`
    (the whole name, or a word of it of three letters or more, in any case and with case endings) replaced by
    marker(lang); neighbouring pieces become one mark. Dates, sums and nine-digit KATO codes stay.

    `cut_from`: the longer text `text` was cut from (a control item's title is the first 120 characters of the
    resident's essence). The whole is scrubbed and cut at the same place, so a number or a name the cut split in two
    is still recognised and nothing of it is left at the end."""
    if not text:
        return ""
    limit = len(text)
    if cut_from:
        whole = " ".join(cut_from.split())
        if len(whole) > limit and whole.startswith(text):
            text = whole
    spans = _number_spans(text) if any(ch.isdigit() for ch in text) else []
    if residents:
        spans += _name_spans(text, residents)
    if not spans:
        return text[:limit]
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or _JOIN.fullmatch(text, merged[-1][1], start)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    mark = marker(lang)
    out: list[str] = []
    pos = 0
    for start, end in merged:
        if start >= limit:
            break
        out += [text[pos:start], mark]
        pos = end
    out.append(text[pos:limit])
    return "".join(out)
