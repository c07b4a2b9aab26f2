"""The indicators every report, the dashboard and `fieldapp stats` count: their keys, ru/kk/en labels and scope.

Definitions (the SQL lives in storage/queries/indicators.py, the one builder in services/indicators.py):

Scope. `campaign_text` selects every live campaign whose title_ru or title_kk contains it, ignoring case and ё/е
(folded in Python: SQLite's lower() does not fold Cyrillic); `district_text` the same over district name_ru/name_kk;
`campaign_ids`/`district_ids` restrict further (intersection). A text that matches nothing selects nothing: every
indicator is 0. `date_from`/`date_to` (inclusive) bound stops by coalesce(date(arrived_at), planned_on), receptions
by date(received_at), control items by registered_on, signals by date(received_at). A "place/time filter" is a
district or a date filter (or a breakdown by district, settlement, period, group or direction).

Liveness. Tombstoned rows never count, nor rows that hang from a tombstoned owner (stop → tour → campaign,
activity/head count/reception → stop, tally → option → poll).

- stops: stops with status 'done' in scope; settlements: distinct settlements of those.
- tours: tours with ≥1 done stop in scope; without a place/time filter, every tour of the campaigns in scope.
- campaigns: campaigns in scope; with a place/time filter, those with a done stop in scope.
- working_groups: groups of the campaigns in scope; with a place/time filter, groups linked (tour_group) to tours
  with a done stop in scope.
- activities / participants: count / sum(participants) of activities at done stops in scope.
- residents_came: sum of stop_headcount.count (one row per device) at done stops in scope.
- receptions: receptions at live stops (any status) of campaigns/districts in scope, dated by received_at;
  explained, resolved_on_spot, helped, referred, under_control count them by outcome.
- control items in scope: campaign_id in the campaigns (with a campaign filter), settlement in the districts (with a
  district filter), registered_on in the period. Status: the kind of the greatest (at, id) final event ('resolved',
  'rejected', 'closed') if any, else of the greatest (at, id) 'opened'/'in progress' event, else open; 'extended',
  'notified' and 'note' never change it. control_open: open or in progress; control_resolved: resolved or closed;
  control_overdue: open or in progress with deadline < today.
- polls / poll_answers: without a place/time filter, live polls of the campaigns in scope (a poll with no campaign
  only without a campaign filter) and the sum of all their tallies; with a place/time filter, the polls with a tally
  at a done stop in scope and the sum of those tallies.
- signals: campaign in scope, settlement in the districts, received in the period; signals_resolved: status 'removed'.

Breakdowns group the same counts by one more key (period = calendar month 'YYYY-MM'); records with no value for the
key (a signal without a campaign) land in a row whose key is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Literal

from fieldapp.domain.errors import ValidationError

__all__ = [
    "BREAKDOWN_KEYS",
    "INDICATOR_KEYS",
    "INDICATOR_LABELS",
    "BreakdownBy",
    "BreakdownRow",
    "Indicators",
    "ResolvedScope",
    "Scope",
    "fold",
    "indicator_label",
    "parse_date",
    "text_matches",
]

INDICATOR_KEYS: tuple[str, ...] = (
    "campaigns", "working_groups", "tours", "stops", "settlements", "activities", "participants", "residents_came",
    "receptions", "explained", "resolved_on_spot", "helped", "referred", "under_control", "control_open",
    "control_resolved", "control_overdue", "polls", "poll_answers", "signals", "signals_resolved",
)

# key -> (ru, kk, en)
INDICATOR_LABELS: dict[str, tuple[str, str, str]] = {
    "campaigns": ("Кампании и акции", "Науқандар мен акциялар", "Campaigns"),
    "working_groups": ("Рабочие группы", "Жұмыс топтары", "Working groups"),
    "tours": ("Выезды", "Сапарлар", "Tours"),
    "stops": ("Проведённые остановки", "Өткізілген аялдамалар", "Stops done"),
    "settlements": ("Охвачено населённых пунктов", "Қамтылған елді мекендер", "Settlements covered"),
    "activities": ("Мероприятия", "Іс-шаралар", "Activities"),
    "participants": ("Участники мероприятий", "Іс-шараларға қатысушылар", "Activity participants"),
    "residents_came": ("Пришло жителей", "Келген тұрғындар", "Residents who came"),
    "receptions": ("Принято граждан", "Қабылданған азаматтар", "Receptions registered"),
    "explained": ("Разъяснено", "Түсіндірілді", "Explained"),
    "resolved_on_spot": ("Решено на месте", "Орнында шешілді", "Resolved on the spot"),
    "helped": ("Оказана помощь", "Көмек көрсетілді", "Help provided"),
    "referred": ("Направлено по компетенции", "Құзыреті бойынша жіберілді", "Referred"),
    "under_control": ("Взято на контроль", "Бақылауға алынды", "Taken under control"),
    "control_open": ("Вопросы на контроле", "Бақылаудағы мәселелер", "Control items open"),
    "control_resolved": ("Вопросы решены", "Шешілген мәселелер", "Control items resolved"),
    "control_overdue": ("Вопросы с истёкшим сроком", "Мерзімі өткен мәселелер", "Control items overdue"),
    "polls": ("Опросы", "Сауалнамалар", "Polls"),
    "poll_answers": ("Ответы в опросах", "Сауалнама жауаптары", "Poll answers"),
    "signals": ("Сигналы", "Белгілер", "Signals"),
    "signals_resolved": ("Сигналы устранены", "Жойылған белгілер", "Signals resolved"),
}

BreakdownBy = Literal["campaign", "group", "direction", "district", "settlement", "period"]
BREAKDOWN_KEYS: tuple[BreakdownBy, ...] = ("campaign", "group", "direction", "district", "settlement", "period")

# Label of the breakdown row that collects records without a value for the key.
UNASSIGNED_LABELS = ("не указано", "көрсетілмеген", "not specified")


def indicator_label(key: str, lang: str = "ru") -> str:
    ru, kk, en = INDICATOR_LABELS[key]
    return {"ru": ru, "kk": kk}.get(lang, en)


def fold(text: str) -> str:
    """Case- and ё-insensitive form of a name, with runs of spaces collapsed."""
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).casefold()


def text_matches(needle: str, *names: str | None) -> bool:
    """True when `needle` occurs in any of `names`, ignoring case and ё/е."""
    key = fold(needle)
    return any(key in fold(name) for name in names if name)


@dataclass(frozen=True, slots=True)
class Indicators:
    campaigns: int = 0
    working_groups: int = 0
    tours: int = 0
    stops: int = 0
    settlements: int = 0
    activities: int = 0
    participants: int = 0
    residents_came: int = 0
    receptions: int = 0
    explained: int = 0
    resolved_on_spot: int = 0
    helped: int = 0
    referred: int = 0
    under_control: int = 0
    control_open: int = 0
    control_resolved: int = 0
    control_overdue: int = 0
    polls: int = 0
    poll_answers: int = 0
    signals: int = 0
    signals_resolved: int = 0

    @classmethod
    def from_mapping(cls, values: Mapping[str, int | None]) -> Indicators:
        """Indicators from a mapping of some keys (missing or None = 0); unknown keys are ignored."""
        return cls(**{k: int(values.get(k) or 0) for k in INDICATOR_KEYS})

    def as_dict(self) -> dict[str, int]:
        return {k: int(v) for k, v in asdict(self).items()}

    def rows(self, lang: str = "ru") -> list[tuple[str, str, int]]:
        """(key, label, value) in the contract's order."""
        return [(f.name, indicator_label(f.name, lang), int(getattr(self, f.name))) for f in fields(self)]


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_RU = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(text: str | date, where: str | None = None) -> date:
    """A date written YYYY-MM-DD or DD.MM.YYYY; anything else is a ValidationError naming `where`."""
    if isinstance(text, date):
        return text
    raw = text.strip()
    try:
        if m := _ISO.fullmatch(raw):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _RU.fullmatch(raw):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    raise ValidationError("date.invalid", None if where else "date", where=where, value=text)


def _frozen(ids: Iterable[str] | None) -> frozenset[str] | None:
    return None if ids is None else frozenset(ids)


@dataclass(frozen=True)
class Scope:
    """What to count, as the user asked for it. None everywhere = the whole database."""

    campaign_text: str | None = None
    district_text: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    campaign_ids: frozenset[str] | None = None
    district_ids: frozenset[str] | None = None

    def __post_init__(self) -> None:
        # Blank texts mean "no filter": an empty --campaign "" must not select everything by substring either way.
        for name in ("campaign_text", "district_text"):
            value = getattr(self, name)
            if value is not None and not value.strip():
                object.__setattr__(self, name, None)
        object.__setattr__(self, "campaign_ids", _frozen(self.campaign_ids))
        object.__setattr__(self, "district_ids", _frozen(self.district_ids))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("period.reversed", "period", start=self.date_from.strftime("%d.%m.%Y"),
                                  end=self.date_to.strftime("%d.%m.%Y"))


@dataclass(frozen=True)
class ResolvedScope:
    """A Scope with its texts turned into ids. None = no filter; an empty set = nothing matches."""

    campaign_ids: frozenset[str] | None = None
    district_ids: frozenset[str] | None = None
    date_from: date | None = None
    date_to: date | None = None
    # (option, text) of every filter text that matched nothing, for a warning.
    unmatched: tuple[tuple[str, str], ...] = field(default=())

    @property
    def place_or_time(self) -> bool:
        return self.district_ids is not None or self.date_from is not None or self.date_to is not None

    @property
    def empty(self) -> bool:
        """True when a filter selects nothing at all, so every indicator is 0."""
        return self.campaign_ids == frozenset() or self.district_ids == frozenset()


@dataclass(frozen=True)
class BreakdownRow:
    """One row of a breakdown: the key's id (None = records without one), its labels, and its indicators."""

    key: str | None
    label_ru: str
    label_kk: str
    indicators: Indicators

    def label(self, lang: str = "ru") -> str:
        if lang == "kk":
            return self.label_kk or self.label_ru
        if lang == "en" and self.key is None:
            return UNASSIGNED_LABELS[2]
        return self.label_ru
