"""Lookups of regions, districts and settlements: lists, names compared the way people type them, picker search."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fieldapp.domain.rules import normalise_name
from fieldapp.storage.queries.sqlfunc import fa_norm, register_functions
from fieldapp.storage.tables import District, Region, Settlement


def regions(session: Session) -> Sequence[Region]:
    return session.scalars(select(Region).where(col(Region.deleted).is_(False)).order_by(col(Region.name_ru))).all()


def districts(session: Session, region_id: str | None = None) -> Sequence[District]:
    query = select(District).where(col(District.deleted).is_(False))
    if region_id is not None:
        query = query.where(col(District.region_id) == region_id)
    return session.scalars(query.order_by(col(District.name_ru))).all()


def settlements(session: Session, district_id: str | None = None) -> Sequence[Settlement]:
    query = select(Settlement).where(col(Settlement.deleted).is_(False))
    if district_id is not None:
        query = query.where(col(Settlement.district_id) == district_id)
    return session.scalars(query.order_by(col(Settlement.name_ru))).all()


def region_by_name(session: Session, name: str) -> Region | None:
    register_functions(session)
    key = normalise_name(name)
    query = select(Region).where(
        col(Region.deleted).is_(False), or_(fa_norm(col(Region.name_ru)) == key, fa_norm(col(Region.name_kk)) == key)
    )
    return session.scalars(query.order_by(col(Region.id)).limit(1)).first()


def district_by_name(session: Session, region_id: str, name: str) -> District | None:
    register_functions(session)
    key = normalise_name(name)
    query = select(District).where(
        col(District.deleted).is_(False),
        col(District.region_id) == region_id,
        or_(fa_norm(col(District.name_ru)) == key, fa_norm(col(District.name_kk)) == key),
    )
    return session.scalars(query.order_by(col(District.id)).limit(1)).first()


def settlement_by_name(session: Session, district_id: str, name: str) -> Settlement | None:
    register_functions(session)
    key = normalise_name(name)
    query = select(Settlement).where(
        col(Settlement.deleted).is_(False),
        col(Settlement.district_id) == district_id,
        or_(fa_norm(col(Settlement.name_ru)) == key, fa_norm(col(Settlement.name_kk)) == key),
    )
    return session.scalars(query.order_by(col(Settlement.id)).limit(1)).first()


def _spellings() -> dict[str, str]:
    """For each folded letter, every letter that normalise_name folds into it (case, ё/е, Kazakh look-alikes),
    derived from normalise_name itself so the two never disagree."""
    found: dict[str, set[str]] = {}
    for code in (*range(0x20, 0x250), *range(0x400, 0x530)):
        letter = chr(code)
        folded = normalise_name(letter)
        if len(folded) == 1:
            found.setdefault(folded, {folded}).add(letter)
    return {folded: "".join(sorted(letters)) for folded, letters in found.items()}


_SPELLINGS = _spellings()


def glob_pattern(key: str) -> str:
    """A GLOB pattern (SQLite's, case-sensitive and Unicode-aware) that every name folding to something containing
    `key` (a normalise_name result) matches: a cheap filter in C before the exact rules run in Python."""
    parts = ["*"]
    for letter in key:
        if letter == " ":
            parts.append("*")  # any run of spaces or quotes the folding collapsed
            continue
        spellings = _SPELLINGS.get(letter, letter)
        if len(spellings) > 1:
            # "]" and "^" never fold with another letter, so they never reach a class, where they would mean more.
            parts.append(f"[{spellings}]")
        elif letter in "*?[":
            parts.append(f"[{letter}]")
        elif letter == "]":
            parts.append("[]]")
        else:
            parts.append(letter)
    parts.append("*")
    return "".join(parts)


def settlement_names(
    session: Session, key: str, *, district_id: str | None = None, region_id: str | None = None
) -> Sequence[tuple[str, str, str, str]]:
    """The live settlements (of a live district and region) whose Russian or Kazakh name may hold `key` (a
    normalise_name result), as (id, name_ru, name_kk, district name_ru), for the picker search to apply its exact
    rules in Python: SQLite cannot fold Cyrillic case, and a Python function called from SQL on every row costs a
    fifth of a second at 15,000."""
    pattern = glob_pattern(key)
    query = (
        select(col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk), col(District.name_ru))
        .join(District, col(District.id) == col(Settlement.district_id))
        .join(Region, col(Region.id) == col(District.region_id))
        # A deleted district or region takes its settlements out of the pickers with it.
        .where(col(Settlement.deleted).is_(False), col(District.deleted).is_(False), col(Region.deleted).is_(False),
               or_(col(Settlement.name_ru).op("GLOB")(pattern), col(Settlement.name_kk).op("GLOB")(pattern)))
    )
    if district_id is not None:
        query = query.where(col(Settlement.district_id) == district_id)
    if region_id is not None:
        query = query.where(col(District.region_id) == region_id)
    compiled = query.compile(session.get_bind())
    # The driver's cursor, not ORM rows: 15,000 rows a keystroke.
    return session.connection().exec_driver_sql(str(compiled), tuple(compiled.params.values())).fetchall()


def settlement_hits(session: Session, ids: Sequence[str]) -> Sequence[Row[str, str, str, str, str, str, str, str]]:
    """Rows: id, name_ru, name_kk, district id, district name_ru, name_kk, region name_ru, name_kk."""
    if not ids:
        return []
    query = (
        select(
            col(Settlement.id), col(Settlement.name_ru), col(Settlement.name_kk), col(District.id),
            col(District.name_ru), col(District.name_kk), col(Region.name_ru), col(Region.name_kk),
        )
        .join(District, col(District.id) == col(Settlement.district_id))
        .join(Region, col(Region.id) == col(District.region_id))
        .where(col(Settlement.id).in_(list(ids)))
    )
    return session.execute(query).all()
