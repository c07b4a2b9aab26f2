"""The press paragraph an official publishes, drafted from the indicators in Russian or Kazakh with correct number
agreement («проведено 17 мероприятий», «1 проблема взята на контроль», «600-ге жуық адам келді»)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from fieldapp.domain.indicators import Indicators

__all__ = ["PressFacts", "kk_dative", "press_paragraph", "ru_form", "ru_plural"]

RuForm = Literal["one", "few", "many"]


def ru_form(n: int) -> RuForm:
    """The Russian agreement class of a whole number: 1, 21, 101 → one; 2–4, 22–24 → few; the rest (0, 5–20, 111) →
    many."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The word that agrees with `n`: ru_plural(17, "мероприятие", "мероприятия", "мероприятий") → "мероприятий"."""
    return {"one": one, "few": few, "many": many}[ru_form(n)]


# The last spoken word of a number decides the Kazakh case ending: its vowels (front/back) and its last sound.
_KK_UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
_KK_TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
_KK_BIG = ((10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (1000, "мың"), (100, "жүз"))
_BACK_VOWELS = set("аоұыя")
_FRONT_VOWELS = set("әеөүіэю")
_VOICELESS = set("пфктқшщсхцчһ")


def _kk_last_word(n: int) -> str:
    n = abs(n)
    if n == 0:
        return _KK_UNITS[0]
    if n % 10:
        return _KK_UNITS[n % 10]
    if n % 100:
        return _KK_TENS[(n % 100) // 10]
    for size, word in _KK_BIG:
        if n % size == 0:
            return word
    return "жүз"


def kk_dative(n: int) -> str:
    """The dative ending written after a number in digits: 600-ге, 40-қа, 5-ке, 1000-ға (kk_dative(600) → "ге")."""
    word = _kk_last_word(n)
    back = next((ch in _BACK_VOWELS for ch in reversed(word) if ch in _BACK_VOWELS | _FRONT_VOWELS), True)
    voiceless = word[-1] in _VOICELESS
    if voiceless:
        return "қа" if back else "ке"
    return "ға" if back else "ге"


@dataclass(frozen=True, slots=True)
class PressFacts:
    """What the paragraph is about: the campaign (if one), the district (if one), the period, and its figures."""

    indicators: Indicators
    approximate: bool  # some head counts were estimates: «около 600»
    campaign_ru: str = ""
    campaign_kk: str = ""
    campaign_kind: str = ""  # CampaignKind value
    district_ru: str = ""
    district_kk: str = ""
    date_from: date | None = None
    date_to: date | None = None


_KIND_RU = {
    "action": "акции", "pilot project": "пилотного проекта", "prevention month": "профилактического месячника",
    "open doors": "акции открытых дверей", "reception day": "дня приёма граждан",
}
_KIND_KK = {
    "action": "акциясы", "pilot project": "пилоттық жобасы", "prevention month": "профилактикалық айлығы",
    "open doors": "ашық есік күндері", "reception day": "азаматтарды қабылдау күні",
}


def _quoted(title: str) -> str:
    title = title.strip()
    return title if title.startswith("«") else f"«{title}»"


def _ru_district(name: str) -> str:
    """«Жамбылский район» → «в Жамбылском районе»; a name the rule does not know keeps its form after «район:»."""
    words = name.split()
    if len(words) == 2 and words[1].casefold() == "район" and words[0].endswith(("ский", "цкий")):
        return f"в {words[0][:-2]}ом районе"
    if len(words) >= 2 and words[0].casefold() in ("город", "г.", "город"):
        return f"в городе {' '.join(words[1:])}"
    return f"на территории: {name}"


def _ru_period(first: date | None, last: date | None) -> str:
    if first and last:
        return f"с {first:%d.%m.%Y} по {last:%d.%m.%Y}"
    if first:
        return f"начиная с {first:%d.%m.%Y}"
    if last:
        return f"по {last:%d.%m.%Y}"
    return ""


def _kk_period(first: date | None, last: date | None) -> str:
    if first and last:
        return f"{first:%d.%m.%Y} – {last:%d.%m.%Y} аралығында"
    if first:
        return f"{first:%d.%m.%Y} бастап"
    if last:
        return f"{last:%d.%m.%Y} дейін"
    return ""


def _ru(f: PressFacts) -> str:
    ind = f.indicators
    intro: list[str] = []
    if f.campaign_ru:
        kind = _KIND_RU.get(f.campaign_kind, "кампании")
        intro.append(f"В рамках {kind} {_quoted(f.campaign_ru)}")
    if f.district_ru:
        intro.append(_ru_district(f.district_ru))
    period = _ru_period(f.date_from, f.date_to)
    if period:
        intro.append(period)
    lead = " ".join(intro)
    verb = "проведено"
    acts = f"{ind.activities} {ru_plural(ind.activities, 'мероприятие', 'мероприятия', 'мероприятий')}"
    first = f"{lead} {verb} {acts}" if lead else f"{verb} {acts}"
    first = first[0].upper() + first[1:]
    if ind.settlements:
        places = ru_plural(ind.settlements, "населённом пункте", "населённых пунктах", "населённых пунктах")
        first += f" в {ind.settlements} {places}"
    if ind.participants:
        took = ru_plural(ind.participants, "принял", "приняли", "приняли")
        people = ru_plural(ind.participants, "человек", "человека", "человек")
        first += f", участие в них {took} {ind.participants} {people}"
    sentences = [first + "."]

    came = ind.residents_came
    if f.approximate:
        people = ru_plural(came, "человека", "человек", "человек")  # «около» takes the genitive
        second = f"На приём пришло около {came} {people}"
    else:
        verb_came = ru_plural(came, "пришёл", "пришли", "пришло")
        second = f"На приём {verb_came} {came} {ru_plural(came, 'человек', 'человека', 'человек')}"
    if ind.receptions:
        second += (f", по личным вопросам {ru_plural(ind.receptions, 'принят', 'приняты', 'принято')} "
                   f"{ind.receptions} {ru_plural(ind.receptions, 'гражданин', 'гражданина', 'граждан')}")
    second += f"; {ind.helped} из них оказана действенная помощь"
    taken = ind.under_control
    problems = ru_plural(taken, "проблема", "проблемы", "проблем")
    second += f", {taken} {problems} {ru_plural(taken, 'взята', 'взяты', 'взяты')} на контроль."
    sentences.append(second)

    if ind.poll_answers:
        answers = ru_plural(ind.poll_answers, "ответ", "ответа", "ответов")
        sentences.append(f"В опросах жителей получено {ind.poll_answers} {answers}.")
    if ind.signals:
        signals = ru_plural(ind.signals, "сигнал", "сигнала", "сигналов")
        came_in = ru_plural(ind.signals, "Поступил", "Поступили", "Поступило")
        removed = ru_plural(ind.signals_resolved, "устранён", "устранены", "устранено")
        sentences.append(f"{came_in} {ind.signals} {signals} от жителей, {ind.signals_resolved} из них {removed}.")
    return " ".join(sentences)


def _kk(f: PressFacts) -> str:
    ind = f.indicators
    intro: list[str] = []
    if f.campaign_kk or f.campaign_ru:
        kind = _KIND_KK.get(f.campaign_kind, "науқаны")
        intro.append(f"{_quoted(f.campaign_kk or f.campaign_ru)} {kind} аясында")
    if f.district_kk or f.district_ru:
        intro.append(f"{f.district_kk or f.district_ru} бойынша")
    period = _kk_period(f.date_from, f.date_to)
    if period:
        intro.append(period)
    first = " ".join(intro)
    if ind.settlements:
        first += f" {ind.settlements} елді мекенде"
    first = (first + f" {ind.activities} іс-шара өткізілді").strip()
    first = first[0].upper() + first[1:]
    if ind.participants:
        first += f", оларға {ind.participants} адам қатысты"
    sentences = [first + "."]

    came = ind.residents_came
    if f.approximate:
        second = f"Қабылдауға {came}-{kk_dative(came)} жуық адам келді"
    else:
        second = f"Қабылдауға {came} адам келді"
    if ind.receptions:
        second += f", жеке мәселелер бойынша {ind.receptions} азамат қабылданды"
    second += f", оның ішінде {ind.helped} адамға нақты көмек көрсетілді, {ind.under_control} мәселе бақылауға алынды."
    sentences.append(second)
    if ind.poll_answers:
        sentences.append(f"Тұрғындар арасындағы сауалнамаларға {ind.poll_answers} жауап алынды.")
    if ind.signals:
        sentences.append(f"Тұрғындардан {ind.signals} белгі түсті, {ind.signals_resolved} белгі жойылды.")
    return " ".join(sentences)


def press_paragraph(facts: PressFacts, lang: str = "ru") -> str:
    """The paragraph in Russian (also for English: the releases are published in ru and kk) or Kazakh."""
    return _kk(facts) if lang == "kk" else _ru(facts)
