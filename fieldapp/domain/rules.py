"""Pure rules of the field work: reception outcomes, consent, control-item status, the signal workflow, pasted
coordinates, name matching and the residents' search query. No SQL, no Qt."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from fieldapp.domain.enums import (
    SIGNAL_TRANSITIONS,
    ControlEventKind,
    ControlStatus,
    HelpKind,
    LabelledEnum,
    Outcome,
    SignalStatus,
)
from fieldapp.domain.errors import ValidationError
from fieldapp.domain.messages import render

__all__ = [
    "FINAL_STATUSES",
    "STATUS_EVENTS",
    "LabelledValidationError",
    "OutcomeDecision",
    "StatusEvent",
    "check_consent",
    "check_control_event",
    "check_coordinates",
    "check_item_open",
    "check_non_negative",
    "check_period",
    "check_signal_transition",
    "code_from_title",
    "decide_outcome",
    "derive_status",
    "fts_match_query",
    "is_overdue",
    "normalise_name",
    "parse_coordinates",
]


class LabelledValidationError(ValidationError):
    """A ValidationError whose enum parameters are shown by their label in the language the message is asked in
    (the language is only known when the message is rendered, not when the error is raised)."""

    def message(self, lang: str = "ru") -> str:
        params: dict[str, Any] = {
            key: value.label(lang) if isinstance(value, LabelledEnum) else value for key, value in self.params.items()
        }
        text = render(self.code, lang, **params)
        place = self.place(lang)
        return f"{place}: {text}" if place else text


# -- names -------------------------------------------------------------------------------------------------------

# Official lists sometimes write Kazakh letters with look-alikes from other Cyrillic alphabets (DOMAIN.md, Places).
_LOOKALIKES = str.maketrans("ЌќЄєҐґЇїЎўЅѕЈј", "ҚқҒғӨөҮүҰұҢңӘә")
_QUOTES = re.compile(r"[«»\"“”„‟'’`]")


def normalise_name(text: str) -> str:
    """A key for comparing names typed by people: case, ё/е, Kazakh look-alikes, quotes and extra spaces ignored."""
    folded = _QUOTES.sub(" ", text.translate(_LOOKALIKES)).replace("ё", "е").replace("Ё", "Е")
    return " ".join(folded.split()).casefold()


_WORD = re.compile(r"[^\W\d_]+")


def code_from_title(title: str, max_letters: int = 4) -> str:
    """A short upper-case code from a title's initials («Мир и согласие» → «МС»); short words are skipped."""
    words = [w for w in _WORD.findall(title) if len(w) >= 3] or _WORD.findall(title)
    return "".join(w[0] for w in words[:max_letters]).upper()


# -- numbers and periods --------------------------------------------------------------------------------------


def check_non_negative(value: int, field: str) -> int:
    """A count typed by a person: a whole number, zero or more."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("number.invalid", field, value=value)
    if value < 0:
        raise ValidationError("number.negative", field, value=value)
    return value


def check_period(start: date | datetime | None, end: date | datetime | None, field: str = "period") -> None:
    """An open-ended period is fine; a closed one must not end before it starts."""
    if start is not None and end is not None and end < start:
        raise ValidationError("period.reversed", field, start=_show(start), end=_show(end))


def _show(value: date | datetime) -> str:
    return f"{value:%d.%m.%Y %H:%M}" if isinstance(value, datetime) else f"{value:%d.%m.%Y}"


# -- reception outcomes and consent -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeDecision:
    """What an outcome implies for the reception record."""

    outcome: Outcome
    help_kind: HelpKind | None  # kept only for «help provided»
    needs_responsible: bool
    opens_control: bool


def decide_outcome(outcome: Outcome, help_kind: HelpKind | None, has_responsible: bool) -> OutcomeDecision:
    """Apply DOMAIN.md's outcome rules: referred and under control need a responsible body, help needs its kind.

    A help kind left over from an earlier choice of outcome is dropped, so reports never count it twice.
    """
    if outcome.needs_responsible and not has_responsible:
        raise LabelledValidationError("responsible.required", "responsible", outcome=outcome)
    if outcome is Outcome.HELPED and help_kind is None:
        raise ValidationError("help_kind.required", "help_kind")
    return OutcomeDecision(
        outcome=outcome,
        help_kind=help_kind if outcome is Outcome.HELPED else None,
        needs_responsible=outcome.needs_responsible,
        opens_control=outcome is Outcome.CONTROL,
    )


def check_consent(consent_given: bool, *, iin: str | None, phone: str, address: str) -> None:
    """IIN, phone and address are personal data: they may be kept only with the resident's consent."""
    if not consent_given and (iin or phone.strip() or address.strip()):
        raise ValidationError("consent.required", "consent")


# -- problems under control -----------------------------------------------------------------------------------


class StatusEvent(Protocol):
    """The parts of a ControlEvent that decide the status (a table row or a plain record both fit)."""

    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def at(self) -> datetime: ...


STATUS_EVENTS: dict[ControlEventKind, ControlStatus] = {
    ControlEventKind.OPENED: ControlStatus.OPEN,
    ControlEventKind.IN_PROGRESS: ControlStatus.IN_PROGRESS,
    ControlEventKind.RESOLVED: ControlStatus.RESOLVED,
    ControlEventKind.REJECTED: ControlStatus.REJECTED,
    ControlEventKind.CLOSED: ControlStatus.CLOSED,
}
FINAL_STATUSES = frozenset({ControlStatus.RESOLVED, ControlStatus.REJECTED, ControlStatus.CLOSED})


def derive_status(events: Iterable[StatusEvent]) -> ControlStatus:
    """The current status: events replayed by (`at`, id); the last status-changing one counts, but nothing after a
    final one (resolved / rejected / closed) does.

    Events from several laptops arrive in any order and may have been written without seeing each other (one laptop
    resolves while another, offline, marks the item in progress later); replaying in a total order makes every
    replica agree, and a final status never silently reopens.
    """
    status = ControlStatus.OPEN
    for event in sorted(events, key=lambda e: (e.at, e.id)):
        try:
            target = STATUS_EVENTS.get(ControlEventKind(event.kind))
        except ValueError:
            continue  # a kind from a newer app version: it cannot change what this version understands
        if target is not None:
            status = target
            if status in FINAL_STATUSES:
                break
    return status


def check_control_event(current: ControlStatus, kind: ControlEventKind) -> None:
    """Refuse a status change or an extension of a finished item (`control.closed`); notes are always welcome."""
    if kind in (ControlEventKind.NOTE, ControlEventKind.NOTIFIED):
        return
    check_item_open(current)
    if kind is ControlEventKind.OPENED:
        raise LabelledValidationError("control.transition", "status", current=current, target=ControlStatus.OPEN)


def check_item_open(current: ControlStatus) -> None:
    """A resolved, rejected or closed item is final: nothing may change it any more (`control.closed`)."""
    if current in FINAL_STATUSES:
        raise LabelledValidationError("control.closed", "status", status=current)


def is_overdue(status: ControlStatus, deadline: date, today: date) -> bool:
    return status.is_open and deadline < today


# -- signals ------------------------------------------------------------------------------------------------------


def check_signal_transition(current: SignalStatus, target: SignalStatus) -> None:
    if target not in SIGNAL_TRANSITIONS[current]:
        raise LabelledValidationError("signal.transition", "status", current=current, target=target)


# -- coordinates ---------------------------------------------------------------------------------------------------


def check_coordinates(latitude: float, longitude: float) -> tuple[float, float]:
    if not math.isfinite(latitude) or not -90.0 <= latitude <= 90.0:
        raise ValidationError("latitude.range", "latitude", value=latitude)
    if not math.isfinite(longitude) or not -180.0 <= longitude <= 180.0:
        raise ValidationError("longitude.range", "longitude", value=longitude)
    return latitude, longitude


# Hemisphere words people paste from Russian and Kazakh sources (с.ш., в.д.; с.е., ш.б.), turned into N/S/E/W
# first; only as words of their own, never inside another word.
_HEMISPHERE_WORDS = [
    (re.compile(rf"(?<![^\W\d_]){a}\.?\s?{b}\.?(?![^\W\d_])", re.I), f" {letter} ")
    for a, b, letter in (
        ("с", "ш", "N"), ("ю", "ш", "S"), ("в", "д", "E"), ("з", "д", "W"),
        ("с", "е", "N"), ("о", "е", "S"), ("ш", "б", "E"), ("б", "б", "W"),
    )
]
_NUM = r"\d+(?:[.,]\d+)?"
# One coordinate: optional hemisphere before or after, optional sign, degrees with optional minutes and seconds.
_COMPONENT = re.compile(
    rf"(?:(?<![A-Za-z])(?P<h1>[NSEW])\s*)?(?P<sign>[-−])?\s*(?P<deg>{_NUM})\s*[°º˚]?\s*"
    rf"(?:(?P<min>{_NUM})\s*['′’]\s*(?:(?P<sec>{_NUM})\s*(?:[\"″”]|''|′′)\s*)?)?"
    r"(?P<h2>[NSEW](?![A-Za-z]))?"
)
_AT_PAIR = re.compile(r"@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)")
_GOOGLE_DATA = re.compile(r"!3d(-?\d+(?:\.\d+)?)!4d(-?\d+(?:\.\d+)?)")
_PAIR = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)")
_OSM_FRAGMENT = re.compile(r"map=\d+(?:\.\d+)?/(-?\d+(?:\.\d+)?)/(-?\d+(?:\.\d+)?)")
_TWO_GIS_PATH = re.compile(r"/(-?\d+\.\d+),(-?\d+\.\d+)(?:/|$)")


def parse_coordinates(text: str) -> tuple[float, float]:
    """(latitude, longitude) from what people paste: «54.8730, 69.1500», «54.8730 69.1500», «54,8730; 69,1500»,
    degrees with N/E or с.ш./в.д., degrees-minutes-seconds, geo: URIs and map links (Google, Yandex, 2GIS, OSM).

    Raises `coordinates.parse` when it cannot tell, and the range errors when it can but the values are impossible.
    """
    raw = text.strip()
    pair = _from_link(raw) if _looks_like_link(raw) else _from_text(raw)
    if pair is None:
        raise ValidationError("coordinates.parse", "coordinates", value=text.strip()[:120])
    return check_coordinates(*pair)


def _looks_like_link(raw: str) -> bool:
    lowered = raw.lower()
    return "://" in lowered or lowered.startswith(("geo:", "www.", "maps.", "goo.gl", "yandex.", "2gis."))


def _from_link(raw: str) -> tuple[float, float] | None:
    if raw.lower().startswith("geo:"):
        return _lat_lon(_PAIR.match(raw[4:]))
    url = urlsplit(raw if "://" in raw else "https://" + raw)
    host = url.netloc.lower()
    query = parse_qs(url.query)
    whole = unquote(raw)
    if "yandex." in host:
        # Yandex writes longitude first.
        for key in ("pt", "ll", "whatshere[point]"):
            if key in query:
                return _lon_lat(_PAIR.match(query[key][0]))
        return None
    if "2gis." in host:
        if "m" in query:
            return _lon_lat(_PAIR.match(query["m"][0]))
        return _lon_lat(_TWO_GIS_PATH.search(url.path))
    if "openstreetmap." in host:
        if "mlat" in query and "mlon" in query:
            return _floats(query["mlat"][0], query["mlon"][0])
        return _lat_lon(_OSM_FRAGMENT.search(url.fragment))
    # Google Maps, Apple Maps and anything else that follows their habits: latitude first.
    found = _GOOGLE_DATA.search(whole) or _AT_PAIR.search(whole)
    if found:
        return _lat_lon(found)
    for key in ("q", "query", "ll", "center", "destination", "daddr", "sll"):
        if key in query:
            pair = _lat_lon(_PAIR.match(query[key][0].replace("loc:", "")))
            if pair is not None:
                return pair
    return None


def _lat_lon(match: re.Match[str] | None) -> tuple[float, float] | None:
    return None if match is None else _floats(match.group(1), match.group(2))


def _lon_lat(match: re.Match[str] | None) -> tuple[float, float] | None:
    return None if match is None else _floats(match.group(2), match.group(1))


def _floats(lat: str, lon: str) -> tuple[float, float] | None:
    try:
        return float(lat), float(lon)
    except ValueError:
        return None


def _from_text(raw: str) -> tuple[float, float] | None:
    text = raw
    for pattern, letter in _HEMISPHERE_WORDS:
        text = pattern.sub(letter, text)
    parts = [m for m in _COMPONENT.finditer(text) if m.group("deg")]
    if len(parts) != 2:
        return None
    values: list[float] = []
    hemis: list[str | None] = []
    for match in parts:
        value = _component_value(match)
        if value is None:
            return None
        hemi = match.group("h1") or match.group("h2")
        if hemi in ("S", "W"):
            value = -abs(value)
        values.append(value)
        hemis.append(hemi)
    if hemis[0] in ("E", "W") and hemis[1] in ("N", "S"):
        values.reverse()  # «69.15 E, 54.87 N»: the hemispheres say which is which
    return values[0], values[1]


def _component_value(match: re.Match[str]) -> float | None:
    def num(group: str) -> float:
        found = match.group(group)
        return float(found.replace(",", ".")) if found else 0.0

    degrees, minutes, seconds = num("deg"), num("min"), num("sec")
    if minutes >= 60 or seconds >= 60 or (minutes and degrees != int(degrees)):
        return None
    value = degrees + minutes / 60 + seconds / 3600
    return -value if match.group("sign") else value


# -- full-text search -----------------------------------------------------------------------------------------

_FTS_TOKEN = re.compile(r"[^\W_]+")
_MAX_TOKENS = 8
_MAX_VARIANTS = 6


def fts_match_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression: every word of `text` as a quoted prefix, all of them required.

    Only letters and digits survive, so quotes, `*`, `:`, `^`, NEAR, AND/OR/NOT and parentheses typed by a user are
    plain words or nothing. The index keeps ё and е apart, so each word also tries its other spellings.
    None when `text` has no word at all.
    """
    tokens = [t.casefold() for t in _FTS_TOKEN.findall(text)][:_MAX_TOKENS]
    if not tokens:
        return None
    groups = []
    for token in tokens:
        variants = " OR ".join(f'"{v}"*' for v in _yo_variants(token))
        groups.append(f"({variants})")
    return " AND ".join(groups)


def _yo_variants(token: str) -> list[str]:
    plain = token.replace("ё", "е")
    variants = [token, plain]
    # A name rarely has more than one ё: trying each е as ё in turn covers the real cases without 2**n variants.
    variants += [plain[:i] + "ё" + plain[i + 1 :] for i, ch in enumerate(plain) if ch == "е"]
    return list(dict.fromkeys(variants))[:_MAX_VARIANTS]
