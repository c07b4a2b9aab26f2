"""What belongs to one report beyond the scope's filters: the control items raised at one tour's (or stop's)
receptions, and the receptions of a list of control items (the control workbook lists them under the items)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, false, select, union
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

import fieldapp.storage.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

__all__ = ["CONTROL_RECEPTION_COLUMNS", "control_reception_rows", "items_of_stops_query"]

_T = SQLModel.metadata.tables
stop: Table = _T["stop"]
tour: Table = _T["tour"]
settlement: Table = _T["settlement"]
district: Table = _T["district"]
reception: Table = _T["reception"]
control_item: Table = _T["control_item"]
control_reception: Table = _T["control_reception"]


def _live(table: Table) -> ColumnElement[bool]:
    return table.c.deleted == false()


def _links() -> Any:
    """(control item id, reception id) of every live link: the link table and the reception's own column."""
    linked = select(control_reception.c.control_item_id.label("item_id"),
                    control_reception.c.reception_id.label("reception_id")).where(_live(control_reception))
    direct = select(reception.c.control_item_id.label("item_id"), reception.c.id.label("reception_id")).where(
        reception.c.control_item_id.is_not(None))
    return union(linked, direct).subquery("links")


def items_of_stops_query(*, tour_id: str | None = None, stop_id: str | None = None) -> Select[Any]:
    """The ids of the live control items raised at a live reception of the live stops of one tour (or of one stop),
    as a select the control register filters with."""
    links = _links()
    stmt = (
        select(links.c.item_id).distinct()
        .select_from(links.join(reception, reception.c.id == links.c.reception_id)
                     .join(stop, stop.c.id == reception.c.stop_id)
                     .join(control_item, control_item.c.id == links.c.item_id))
        .where(_live(reception), _live(stop), _live(control_item))
    )
    if tour_id is not None:
        stmt = stmt.where(stop.c.tour_id == tour_id)
    if stop_id is not None:
        stmt = stmt.where(stop.c.id == stop_id)
    return stmt


# Personal columns are read only for a full (not redacted) workbook.
CONTROL_RECEPTION_COLUMNS: tuple[str, ...] = (
    "item_id", "reg_no", "received_at", "district_ru", "district_kk", "settlement_ru", "settlement_kk",
    "applicant_name", "applicant_iin", "applicant_phone", "topic", "essence", "outcome",
)


def control_reception_rows(session: Session, item_ids: Collection[str], columns: tuple[str, ...]
                           ) -> Iterator[tuple[Any, ...]]:
    """The live receptions (at live stops of live tours) linked to `item_ids`, one line per link, by item then by
    reception time. `columns` of CONTROL_RECEPTION_COLUMNS."""
    if not item_ids:
        return
    links = _links()
    available: dict[str, ColumnElement[Any]] = {
        "item_id": links.c.item_id, "reg_no": reception.c.reg_no, "received_at": reception.c.received_at,
        "district_ru": district.c.name_ru, "district_kk": district.c.name_kk,
        "settlement_ru": settlement.c.name_ru, "settlement_kk": settlement.c.name_kk,
        "applicant_name": reception.c.applicant_name, "applicant_iin": reception.c.applicant_iin,
        "applicant_phone": reception.c.applicant_phone, "topic": reception.c.topic, "essence": reception.c.essence,
        "outcome": reception.c.outcome,
    }
    stmt = (
        select(*(available[c] for c in columns))
        .select_from(links.join(reception, reception.c.id == links.c.reception_id)
                     .join(stop, stop.c.id == reception.c.stop_id)
                     .join(tour, tour.c.id == stop.c.tour_id)
                     .join(settlement, settlement.c.id == stop.c.settlement_id)
                     .join(district, district.c.id == settlement.c.district_id))
        .where(_live(reception), _live(stop), _live(tour), links.c.item_id.in_(sorted(item_ids)))
        .order_by(links.c.item_id, reception.c.received_at, reception.c.reg_no)
    )
    for row in session.execute(stmt):
        yield tuple(row)
