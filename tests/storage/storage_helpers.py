"""Helpers of the storage tests: a realistic set of rows, FTS look-ups and file hashes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Connection, text

from fieldapp.domain.rules import fts_match_query
from fieldapp.storage.database import Database
from fieldapp.storage.tables import (
    Campaign,
    ControlItem,
    ControlReception,
    District,
    Reception,
    Region,
    Settlement,
    Stop,
    Tour,
)

APPLICANTS = [
    ("Әлібеков Нұрлан Серікұлы", "850312300123"),
    ("Иванова Мария Петровна", "900101400456"),
    ("Қасымова Ғалия Ержанқызы", "781224450789"),
    ("Өмірзақ Ұлжан", None),
]


@dataclass
class Seeded:
    stop_id: str
    reception_ids: list[str]
    control_item_id: str


def seed(db: Database) -> Seeded:
    """A region down to a stop, a reception per applicant, and a control item that links the first reception."""
    with db.session() as s:
        region = Region(name_ru="Северо-Казахстанская область", name_kk="Солтүстік Қазақстан облысы")
        district = District(region_id=region.id, name_ru="Кызылжарский район", name_kk="Қызылжар ауданы")
        settlement = Settlement(district_id=district.id, name_ru="Бескол", name_kk="Бесқөл")
        campaign = Campaign(title_ru="Караван доверия", title_kk="Сенім керуені")
        tour = Tour(campaign_id=campaign.id, title="Выезд №1")
        stop = Stop(tour_id=tour.id, settlement_id=settlement.id, planned_on=date(2026, 3, 2))
        receptions = [
            Reception(
                reg_no=f"T-{n}",
                received_at=datetime(2026, 3, 2, 10, n),
                stop_id=stop.id,
                applicant_name=name,
                applicant_iin=iin,
                applicant_settlement_id=settlement.id,
            )
            for n, (name, iin) in enumerate(APPLICANTS, start=1)
        ]
        item = ControlItem(title="Ремонт дороги", registered_on=date(2026, 3, 2), deadline=date(2026, 3, 23))
        link = ControlReception(control_item_id=item.id, reception_id=receptions[0].id)
        # One flush per level: the unit of work does not order rows of tables it sees no relationship between.
        for level in ([region], [district], [settlement, campaign], [tour], [stop], receptions, [item], [link]):
            s.add_all(level)
            s.flush()
        return Seeded(stop_id=stop.id, reception_ids=[r.id for r in receptions], control_item_id=item.id)


def search(conn: Connection, query: str) -> set[str]:
    """Applicant names whose FTS entry matches every word of `query` as a prefix."""
    rows = conn.execute(
        text(
            "SELECT r.applicant_name FROM reception_fts JOIN reception r ON r.rowid = reception_fts.rowid "
            "WHERE reception_fts MATCH :q"
        ),
        {"q": fts_match_query(query) or '""'},
    )
    return {str(name) for (name,) in rows}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
