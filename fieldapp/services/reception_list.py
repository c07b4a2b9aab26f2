"""The list of saved receptions: a stop's, or a search over all of them by talon number, the applicant's name, IIN
or phone, topic, outcome and day, a page at a time, newest first, indexed all the way (storage.queries.receptions
.find). What is found is opened, corrected and deleted through services.receptions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from fieldapp.domain.enums import Outcome, Topic
from fieldapp.domain.rules import fts_match_query
from fieldapp.services.context import Context
from fieldapp.storage.queries import receptions as q

__all__ = ["ReceptionList", "ReceptionQuery", "ReceptionRow", "find_receptions"]


@dataclass(frozen=True, slots=True)
class ReceptionQuery:
    """What the list of receptions is narrowed by; all of it optional."""

    text: str = ""  # a talon number (or its last digits), or words of the applicant's name, IIN or phone
    stop_id: str | None = None
    topic: Topic | str | None = None
    outcome: Outcome | str | None = None
    day: date | None = None


@dataclass(frozen=True, slots=True)
class ReceptionRow:
    id: str
    reg_no: str
    received_at: datetime
    stop_id: str
    place_ru: str  # the stop's settlement
    place_kk: str
    applicant_name: str
    applicant_iin: str | None
    topic: Topic
    outcome: Outcome
    control_item_id: str | None
    created_by: str | None

    def place(self, lang: str = "ru") -> str:
        return (self.place_kk or self.place_ru) if lang == "kk" else self.place_ru


@dataclass(frozen=True, slots=True)
class ReceptionList:
    rows: tuple[ReceptionRow, ...]
    offset: int
    more: bool  # another page follows


def find_receptions(ctx: Context, query: ReceptionQuery, offset: int = 0, limit: int = 100) -> ReceptionList:
    """One page of live receptions, newest first: a talon number (whole, its start, or the last digits of its
    sequence) or words of the applicant's name, IIN or phone, and a stop, topic, outcome and day. Indexed all the
    way (the FTS index of residents, the talon, stop, topic, outcome and time indexes), never a scan in Python."""
    match, talon = _text_filters(query.text)
    if query.text.strip() and match is None and talon is None:
        return ReceptionList((), offset, False)
    topic = Topic.parse(query.topic, "topic").value if query.topic else None
    outcome = Outcome.parse(query.outcome, "outcome").value if query.outcome else None
    since = datetime.combine(query.day, time()) if query.day else None
    before = since + timedelta(days=1) if since else None
    offset, limit = max(0, offset), max(1, limit)
    with ctx.db.reading() as s:
        found = q.find(s, match=match, talon_glob=talon, stop_id=query.stop_id, topic=topic, outcome=outcome,
                       since=since, before=before, offset=offset, limit=limit + 1)
    rows = tuple(
        ReceptionRow(rid, reg_no, q.parse_timestamp(at), stop_id, place_ru, place_kk or "", name, iin or None,
                     Topic(topic_code), Outcome(outcome_code), item, by)
        for rid, reg_no, at, stop_id, place_ru, place_kk, name, iin, topic_code, outcome_code, item, by
        in found[:limit]
    )
    return ReceptionList(rows, offset, len(found) > limit)


_TALON = re.compile(r"^[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]+(-[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]*)+$")


def _text_filters(text: str) -> tuple[str | None, str | None]:
    """(FTS expression, talon GLOB) for what was typed: a talon number («ЖГ1-A1B2-00012», or its start) is looked
    up by its index; a number of up to five digits is a talon's sequence («12» → «*-00012») or the start of an
    IIN or phone; anything else is words of the applicant's name, IIN or phone."""
    typed = "".join(text.split()).upper()
    if not typed:
        return None, None
    if _TALON.match(typed):
        return None, f"{typed}*"
    if typed.isdigit() and len(typed) <= 5:
        return fts_match_query(text), f"*-{int(typed):05d}"
    return fts_match_query(text), None
