"""Reads the imports and exports need in one go: places and organisations as plain rows, which reception ids exist,
a tour with its stops, and the rows the GeoJSON and CSV exports write."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def regions(session: Session) -> list[tuple[str, str, str, str | None]]:
    """Live regions: id, name_ru, name_kk, kato."""
    rows = session.execute(text("SELECT id, name_ru, name_kk, kato FROM region WHERE deleted = 0 ORDER BY id"))
    return [(r[0], r[1], r[2] or "", r[3]) for r in rows]


def districts(session: Session) -> list[tuple[str, str, str, str, str | None]]:
    """Live districts: id, region id, name_ru, name_kk, kato."""
    rows = session.execute(text(
        "SELECT id, region_id, name_ru, name_kk, kato FROM district WHERE deleted = 0 ORDER BY id"
    ))
    return [(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]


def settlements(session: Session) -> list[tuple[str, str, str, str, str | None]]:
    """Live settlements: id, district id, name_ru, name_kk, kato."""
    rows = session.execute(text(
        "SELECT id, district_id, name_ru, name_kk, kato FROM settlement WHERE deleted = 0 ORDER BY id"
    ))
    return [(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]


def organizations(session: Session) -> list[tuple[str, str, str, str]]:
    """Live organisations: id, name_ru, name_kk, short name."""
    rows = session.execute(text(
        "SELECT id, name_ru, name_kk, short_name FROM organization WHERE deleted = 0 ORDER BY id"
    ))
    return [(r[0], r[1], r[2] or "", r[3] or "") for r in rows]


def kato_versions(session: Session, table: str) -> dict[str, str | None]:
    """Classifier version of every coded place of `table` (region, district or settlement), by id."""
    if table not in {"region", "district", "settlement"}:
        raise KeyError(table)
    rows = session.execute(text(f"SELECT id, kato_version FROM {table} WHERE kato IS NOT NULL"))
    return {r[0]: r[1] for r in rows}


def existing_ids(session: Session, table: str, ids: Sequence[str]) -> set[str]:
    """Which of `ids` are rows of `table` (tombstoned ones included: a deleted record is not brought back)."""
    if table not in {"reception", "control_item", "region", "district", "settlement", "organization", "campaign",
                     "tour", "stop", "direction", "member", "working_group", "group_member", "tour_group"}:
        raise KeyError(table)
    # One parameter however many ids (a bound parameter per id cost more to build than the query took to run).
    rows = session.execute(text(f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(:ids))"),
                           {"ids": json.dumps(list(ids))})
    return {r[0] for r in rows}


def all_ids(session: Session, table: str) -> set[str]:
    """Every id of a place table, deleted rows included (a few thousand at most: the classifier's settlements)."""
    if table not in {"region", "district", "settlement"}:
        raise KeyError(table)
    return {r[0] for r in session.execute(text(f"SELECT id FROM {table}"))}


def tour_with_campaign(session: Session, tour_id: str) -> tuple[str, str, str, str, str | None] | None:
    """A live tour: id, title, campaign id, campaign title, campaign region id."""
    row = session.execute(text(
        "SELECT t.id, t.title, c.id, c.title_ru, c.region_id FROM tour t JOIN campaign c ON c.id = t.campaign_id "
        "WHERE t.id = :id AND t.deleted = 0"
    ), {"id": tour_id}).first()
    return None if row is None else (row[0], row[1], row[2], row[3], row[4])


def campaign_by_title(session: Session, title: str) -> tuple[str, str | None] | None:
    """The oldest live campaign titled exactly `title`: id, region id."""
    row = session.execute(text(
        "SELECT id, region_id FROM campaign WHERE deleted = 0 AND title_ru = :t ORDER BY id LIMIT 1"
    ), {"t": title}).first()
    return None if row is None else (row[0], row[1])


def tour_by_title(session: Session, campaign_id: str, title: str) -> str | None:
    return session.execute(text(
        "SELECT id FROM tour WHERE deleted = 0 AND campaign_id = :c AND title = :t ORDER BY id LIMIT 1"
    ), {"c": campaign_id, "t": title}).scalar()


def tour_stops(session: Session, tour_id: str) -> list[tuple[str, str, date | None, date | None, str, int]]:
    """Live stops of a tour: id, settlement id, planned date, arrival date, status, seq."""
    rows = session.execute(text(
        "SELECT id, settlement_id, planned_on, arrived_at, status, seq FROM stop WHERE deleted = 0 AND tour_id = :t"
    ), {"t": tour_id})
    return [(r[0], r[1], _date(r[2]), _date(r[3]), str(r[4]), int(r[5] or 0)) for r in rows]


def first_group_naming(session: Session, tour_id: str) -> tuple[str, str]:
    """(code, name) of the tour's earliest-linked live working group; empty strings when it has none."""
    row = session.execute(text(
        "SELECT g.code, g.name FROM tour_group tg JOIN working_group g ON g.id = tg.group_id "
        "WHERE tg.tour_id = :t AND tg.deleted = 0 AND g.deleted = 0 ORDER BY tg.created_at, tg.id LIMIT 1"
    ), {"t": tour_id}).first()
    return ("", "") if row is None else (row[0] or "", row[1] or "")


def _date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# -- exports -----------------------------------------------------------------------------------------------------

_STOPS = """
SELECT s.id, s.seq, s.planned_on, s.arrived_at, s.status, s.venue, s.venue_type,
       st.id, st.name_ru, st.name_kk, st.kato, st.latitude, st.longitude,
       d.name_ru, d.name_kk, t.id, t.title, c.id, c.title_ru, c.title_kk,
       (SELECT coalesce(sum(h.count), 0) FROM stop_headcount h WHERE h.stop_id = s.id AND h.deleted = 0),
       (SELECT count(*) FROM reception r WHERE r.stop_id = s.id AND r.deleted = 0)
FROM stop s JOIN settlement st ON st.id = s.settlement_id JOIN district d ON d.id = st.district_id
     JOIN tour t ON t.id = s.tour_id JOIN campaign c ON c.id = t.campaign_id
WHERE s.deleted = 0 AND t.deleted = 0
ORDER BY c.title_ru, t.title, s.seq, s.id
"""

_SIGNALS = """
SELECT g.id, g.kind, g.status, g.channel, g.received_at, g.resolved_at, g.latitude, g.longitude, g.description,
       g.address, g.reporter, st.name_ru, st.name_kk, c.title_ru, c.title_kk
FROM signal g LEFT JOIN settlement st ON st.id = g.settlement_id LEFT JOIN campaign c ON c.id = g.campaign_id
WHERE g.deleted = 0
ORDER BY g.received_at, g.id
"""

_RECEPTIONS = """
SELECT r.reg_no, r.received_at, c.title_ru, t.title, st.name_ru, st.name_kk, d.name_ru, d.name_kk,
       r.applicant_name, r.applicant_iin, r.applicant_phone, r.applicant_address, r.social_category,
       r.appeal_form, r.topic, r.essence, r.outcome, r.help_kind, o.name_ru, r.control_item_id, r.id
FROM reception r JOIN stop s ON s.id = r.stop_id JOIN settlement st ON st.id = s.settlement_id
     JOIN district d ON d.id = st.district_id JOIN tour t ON t.id = s.tour_id JOIN campaign c ON c.id = t.campaign_id
     LEFT JOIN organization o ON o.id = r.responsible_org_id
WHERE r.deleted = 0 AND s.deleted = 0
ORDER BY r.received_at, r.reg_no
"""

_CONTROL = """
SELECT k.id, k.title, k.description, k.registered_on, k.deadline, k.notify_by, o.name_ru, k.responsible_person,
       st.name_ru, st.name_kk, d.name_ru, d.name_kk, c.title_ru,
       (SELECT count(*) FROM control_reception l JOIN reception r ON r.id = l.reception_id
        WHERE l.control_item_id = k.id AND l.deleted = 0 AND r.deleted = 0)
FROM control_item k LEFT JOIN organization o ON o.id = k.responsible_org_id
     LEFT JOIN settlement st ON st.id = k.settlement_id LEFT JOIN district d ON d.id = st.district_id
     LEFT JOIN campaign c ON c.id = k.campaign_id
WHERE k.deleted = 0
ORDER BY k.deadline, k.id
"""


def _stream(session: Session, sql: str) -> Iterator[tuple[Any, ...]]:
    for row in session.execute(text(sql)):
        yield tuple(row)


def export_stops(session: Session) -> Iterator[tuple[Any, ...]]:
    """Stop id, seq, planned on, arrived at, status, venue, venue type, settlement id, name ru, name kk, kato,
    latitude, longitude, district ru, kk, tour id, title, campaign id, title ru, kk, head count, receptions."""
    return _stream(session, _STOPS)


def export_signals(session: Session) -> Iterator[tuple[Any, ...]]:
    """Signal id, kind, status, channel, received at, resolved at, latitude, longitude, description, address,
    reporter, settlement ru, kk, campaign ru, kk."""
    return _stream(session, _SIGNALS)


def export_receptions(session: Session) -> Iterator[tuple[Any, ...]]:
    """Reg no, received at, campaign, tour, settlement ru, kk, district ru, kk, applicant name, IIN, phone, address,
    social category, appeal form, topic, essence, outcome, help kind, responsible body, control item id, id."""
    return _stream(session, _RECEPTIONS)


def export_control(session: Session) -> Iterator[tuple[Any, ...]]:
    """Item id, title, description, registered on, deadline, notify by, responsible body, person, settlement ru, kk,
    district ru, kk, campaign, live receptions."""
    return _stream(session, _CONTROL)


def control_event_rows(session: Session) -> list[tuple[str, str, str, str]]:
    """Every live control event: item id, event id, kind, at (text), for deriving the status in the domain."""
    rows = session.execute(text("SELECT control_item_id, id, kind, at FROM control_event WHERE deleted = 0"))
    return [(r[0], r[1], r[2], str(r[3])) for r in rows]
