"""Lookups of receptions: what names the registration number, repeat visitors, the residents' full-text search
(FTS5 `reception_fts`) and the reception desk's live counters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnClause, Integer, Row, case, func, literal_column, select, text
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.enums import Outcome
from fieldapp.domain.iin import is_placeholder_iin
from fieldapp.domain.rules import normalise_name
from fieldapp.storage.queries.sqlfunc import fa_norm, register_functions
from fieldapp.storage.schema_extras import FTS_TABLE
from fieldapp.storage.tables import Campaign, Reception, Settlement, Stop, Tour, TourGroup, WorkingGroup


def naming_of_stop(session: Session, stop_id: str) -> tuple[str, str, str]:
    """What a talon number at this stop is named after: (first group's code, its name, the campaign's title).

    The first group is the earliest-linked live group of the stop's tour; empty strings where there is none.
    """
    group = session.execute(
        select(col(WorkingGroup.code), col(WorkingGroup.name))
        .join(TourGroup, col(TourGroup.group_id) == col(WorkingGroup.id))
        .join(Stop, col(Stop.tour_id) == col(TourGroup.tour_id))
        .where(col(Stop.id) == stop_id, col(TourGroup.deleted).is_(False), col(WorkingGroup.deleted).is_(False))
        .order_by(col(TourGroup.created_at), col(TourGroup.id))
        .limit(1)
    ).first()
    title = session.execute(
        select(col(Campaign.title_ru))
        .join(Tour, col(Tour.campaign_id) == col(Campaign.id))
        .join(Stop, col(Stop.tour_id) == col(Tour.id))
        .where(col(Stop.id) == stop_id)
    ).scalar()
    code, name = group if group is not None else ("", "")
    return code, name, title or ""


def campaign_of_stop(session: Session, stop_id: str) -> str | None:
    query = select(col(Tour.campaign_id)).join(Stop, col(Stop.tour_id) == col(Tour.id)).where(col(Stop.id) == stop_id)
    return session.execute(query).scalar()


def visits_by_iin(session: Session, iin: str) -> Sequence[Reception]:
    """Live receptions with this IIN; none for a placeholder such as 000000000000 (it names nobody: receptions
    saved with one before it was refused, or arriving from an older laptop, are never one resident's visits)."""
    if is_placeholder_iin(iin):
        return ()
    query = select(Reception).where(col(Reception.deleted).is_(False), col(Reception.applicant_iin) == iin)
    return session.scalars(query.order_by(col(Reception.received_at).desc())).all()


def visits_by_name(session: Session, name: str, settlement_id: str) -> Sequence[Reception]:
    """Same name (case, ё/е, spaces ignored) in the same settlement; the settlement index narrows the scan first."""
    register_functions(session)
    query = select(Reception).where(
        col(Reception.deleted).is_(False),
        col(Reception.applicant_settlement_id) == settlement_id,
        fa_norm(col(Reception.applicant_name)) == normalise_name(name),
    )
    return session.scalars(query.order_by(col(Reception.received_at).desc())).all()


def stop_receptions(session: Session, stop_id: str) -> Sequence[Reception]:
    query = select(Reception).where(col(Reception.deleted).is_(False), col(Reception.stop_id) == stop_id)
    return session.scalars(query.order_by(col(Reception.received_at), col(Reception.id))).all()


# A broad prefix («анд», a common surname) matches tens of thousands of a region's million receptions; ranking
# them all (bm25 for every match, each joined to its row) took a second. The FTS index hands its matches newest
# first (by rowid, the order they were written into this file) and stops after SEARCH_CANDIDATES of them: those
# are ranked. A search with fewer matches ranks every one of them, as before.
SEARCH_CANDIDATES = 1000

_SEARCH = text(
    f"""SELECT r.id, r.reg_no, r.received_at, r.applicant_name, r.applicant_iin, r.applicant_phone,
               r.applicant_settlement_id, r.stop_id, r.outcome
        FROM (SELECT rowid, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match
              ORDER BY rowid DESC LIMIT :candidates) AS f
        JOIN reception AS r ON r.rowid = f.rowid
        WHERE r.deleted = 0
        ORDER BY f.rank, r.received_at DESC
        LIMIT :limit"""
)


def search(session: Session, match: str, limit: int) -> list[tuple[Any, ...]]:
    """Rows: id, reg no, received at (text), name, IIN, phone, settlement id, stop id, outcome, best match first
    among the newest max(SEARCH_CANDIDATES, limit) matches. `match` must be a well-formed FTS5 expression
    (rules.fts_match_query builds one from user text)."""
    params = {"match": match, "limit": limit, "candidates": max(SEARCH_CANDIDATES, limit)}
    return [tuple(row) for row in session.execute(_SEARCH, params)]


_FTS_ROWIDS = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
# A talon's last digits («*-00012») match anywhere in the number: read from the talon index alone (a tenth of the
# table's pages), never from the rows.
_TALON_ROWIDS = "SELECT rowid FROM reception INDEXED BY ix_reception_reg_no WHERE reg_no GLOB :talon"


def find(
    session: Session, *, match: str | None = None, talon_glob: str | None = None, stop_id: str | None = None,
    topic: str | None = None, outcome: str | None = None, since: datetime | None = None,
    before: datetime | None = None, offset: int = 0, limit: int = 100,
) -> list[tuple[Any, ...]]:
    """Live receptions, newest first, narrowed by what is given; `match` (a well-formed FTS5 expression over the
    applicant's name, IIN and phone) and `talon_glob` (a GLOB over the talon number) are alternatives to each other.
    The page (`limit` rows from `offset`) is chosen from the reception table alone, through its indexes, and only
    its rows are joined to their stop's settlement: joined first, SQLite would start from the few stops and read
    every reception.

    Rows: id, reg no, received at, stop id, the stop's settlement (ru, kk), name, IIN, topic, outcome, control
    item id, created by."""
    rowid: ColumnClause[Any] = literal_column("reception.rowid")
    page = select(col(Reception.id)).where(col(Reception.deleted).is_(False))
    # The text's candidates as one list of rowids, found once (the FTS index, the talon index), then looked up
    # by rowid: an OR of the two in the WHERE clause would read the whole table.
    sources, params = [], {}
    if match is not None:
        sources.append(_FTS_ROWIDS)
        params["match"] = match
    if talon_glob is not None:
        sources.append(_TALON_ROWIDS)
        params["talon"] = talon_glob
    if sources:
        candidates = text(" UNION ".join(sources)).bindparams(**params).columns(rowid=Integer)
        page = page.where(rowid.in_(candidates))
    for column, value in ((Reception.stop_id, stop_id), (Reception.topic, topic), (Reception.outcome, outcome)):
        if value is not None:
            page = page.where(col(column) == value)
    if since is not None:
        page = page.where(col(Reception.received_at) >= since)
    if before is not None:
        page = page.where(col(Reception.received_at) < before)
    order = (col(Reception.received_at).desc(), col(Reception.id).desc())
    chosen = page.order_by(*order).offset(offset).limit(limit).subquery()
    # The stop's settlement looked up per row of the page (by primary key): a join would let SQLite start from
    # the settlements, 15,000 of them once the classifier is imported.
    place = (
        select(col(Settlement.name_ru), col(Settlement.name_kk))
        .join(Stop, col(Stop.settlement_id) == col(Settlement.id))
        .where(col(Stop.id) == col(Reception.stop_id))
    )
    query = (
        select(
            col(Reception.id), col(Reception.reg_no), col(Reception.received_at), col(Reception.stop_id),
            place.with_only_columns(col(Settlement.name_ru)).scalar_subquery(),
            place.with_only_columns(col(Settlement.name_kk)).scalar_subquery(),
            col(Reception.applicant_name), col(Reception.applicant_iin), col(Reception.topic),
            col(Reception.outcome), col(Reception.control_item_id), col(Reception.created_by),
        )
        .select_from(chosen)
        .join(Reception, col(Reception.id) == chosen.c.id)
        .order_by(*order)
    )
    return [tuple(row) for row in session.execute(query).all()]


def parse_timestamp(value: object) -> datetime:
    """A timestamp read through raw SQL comes back as SQLite's text."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def stop_counters(session: Session, stop_id: str) -> Row[int, int, int, int]:
    """received, helped, receptions under control, distinct control items — live receptions only."""
    query = select(
        func.count(),
        func.coalesce(func.sum(case((col(Reception.outcome) == Outcome.HELPED.value, 1), else_=0)), 0),
        func.coalesce(func.sum(case((col(Reception.outcome) == Outcome.CONTROL.value, 1), else_=0)), 0),
        func.count(func.distinct(col(Reception.control_item_id))),
    ).where(col(Reception.deleted).is_(False), col(Reception.stop_id) == stop_id)
    row = session.execute(query).one()
    return row
