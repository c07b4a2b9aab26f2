"""Helpers of the command-line tests: a small hand-made database and the result of a run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel

from fieldapp.storage.database import open_database
from fieldapp.storage.local_meta import DEVICE_ID, set_meta
from fieldapp.storage.tables import (
    Activity,
    Campaign,
    ControlEvent,
    ControlItem,
    Direction,
    District,
    Poll,
    PollOption,
    PollTally,
    Reception,
    Region,
    Settlement,
    Signal,
    Stop,
    StopHeadcount,
    Tour,
    TourGroup,
    WorkingGroup,
)

THIS_DEVICE = "01900000-0000-7000-8000-0000000000aa"
OTHER_DEVICE = "01900000-0000-7000-8000-0000000000bb"


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


def insert(path: Path, rows: list[Any]) -> None:
    """Insert rows parents first (no relationships are mapped, so the unit of work does not order them)."""
    order = {t.name: n for n, t in enumerate(SQLModel.metadata.sorted_tables)}
    db = open_database(path, create=True)
    try:
        with db.session() as session:
            set_meta(session, DEVICE_ID, THIS_DEVICE)
            for _, group in groupby(sorted(rows, key=lambda r: order[r.__tablename__]), key=lambda r: r.__tablename__):
                session.add_all(list(group))
                session.flush()
    finally:
        db.close()


def sample_rows() -> tuple[list[Any], dict[str, str]]:
    rows: list[Any] = []
    ids: dict[str, str] = {}

    def add(name: str, obj: Any) -> Any:
        rows.append(obj)
        ids[name] = obj.id
        return obj

    region = add("region", Region(name_ru="Жамбылская область", name_kk="Жамбыл облысы"))
    d1 = add("D1", District(region_id=region.id, name_ru="Жамбылский район", name_kk="Жамбыл ауданы"))
    d2 = add("D2", District(region_id=region.id, name_ru="Меркенский район", name_kk="Меркі ауданы"))
    asa = add("S1", Settlement(district_id=d1.id, name_ru="Аса", name_kk="Аса"))
    merke = add("S2", Settlement(district_id=d2.id, name_ru="Мерке", name_kk="Меркі"))
    direction = add("Dir", Direction(code="religion", name_ru="Религия", name_kk="Дін"))
    c1 = add("C1", Campaign(title_ru="Пилотный проект «Мир и согласие»", title_kk="«Бейбітшілік пен келісім»",
                            starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 31)))
    c2 = add("C2", Campaign(title_ru="Антинаркотический месячник", kind="prevention month"))
    add("Cdel", Campaign(title_ru="Удалённая кампания", deleted=True))
    g1 = add("G1", WorkingGroup(campaign_id=c1.id, name="Группа «Религия»", code="Р", direction_id=direction.id))
    add("Gdel", WorkingGroup(campaign_id=c1.id, name="Удалённая группа", deleted=True))
    t1 = add("T1", Tour(campaign_id=c1.id, title="Выезд в Жамбылский район", starts_on=date(2025, 3, 10),
                        ends_on=date(2025, 3, 12)))
    rows.append(TourGroup(tour_id=t1.id, group_id=g1.id))
    p1 = add("P1", Stop(tour_id=t1.id, settlement_id=asa.id, seq=1, status="done", venue="Дом культуры",
                        arrived_at=datetime(2025, 3, 10, 10, 0), planned_on=date(2025, 3, 10)))
    p2 = add("P2", Stop(tour_id=t1.id, settlement_id=merke.id, seq=2, status="done", planned_on=date(2025, 3, 12)))
    add("P3", Stop(tour_id=t1.id, settlement_id=merke.id, seq=3, planned_on=date(2025, 4, 1)))
    add("Pdel", Stop(tour_id=t1.id, settlement_id=asa.id, seq=4, status="done", deleted=True))
    rows += [
        Activity(stop_id=p1.id, type="dialogue platform", participants=40),
        Activity(stop_id=p1.id, type="lecture", participants=60),
        Activity(stop_id=p2.id, type="raid", participants=25),
        StopHeadcount(stop_id=p1.id, device_id=THIS_DEVICE, count=70),
        StopHeadcount(stop_id=p1.id, device_id=OTHER_DEVICE, count=30),
        StopHeadcount(stop_id=p2.id, device_id=THIS_DEVICE, count=20),
    ]
    for n, (stop, outcome) in enumerate(((p1, "help provided"), (p1, "help provided"), (p1, "taken under control"),
                                         (p2, "explained"))):
        rows.append(Reception(reg_no=f"Р-TEST-{n:05d}", received_at=datetime(2025, 3, 10, 11, n), stop_id=stop.id,
                              applicant_name="Синтетический Житель", outcome=outcome))
    k1 = add("K1", ControlItem(title="Ремонт водопровода в Аса", campaign_id=c1.id, settlement_id=asa.id,
                               registered_on=date(2025, 3, 10), deadline=date(2025, 3, 31)))
    k2 = add("K2", ControlItem(title="Освещение улицы", campaign_id=c1.id, settlement_id=merke.id,
                               registered_on=date(2025, 3, 12), deadline=date(2025, 4, 2)))
    rows += [
        ControlEvent(control_item_id=k1.id, kind="opened", at=datetime(2025, 3, 10, 12, 0)),
        ControlEvent(control_item_id=k2.id, kind="opened", at=datetime(2025, 3, 12, 12, 0)),
        ControlEvent(control_item_id=k2.id, kind="resolved", at=datetime(2025, 3, 20, 12, 0)),
    ]
    poll = add("Q1", Poll(question_ru="А вы привыкли к новому времени?", campaign_id=c1.id))
    option = PollOption(poll_id=poll.id, seq=1, label_ru="да")
    rows += [
        option,
        PollTally(option_id=option.id, stop_id=p1.id, device_id=THIS_DEVICE, count=12),
        PollTally(option_id=option.id, stop_id=p1.id, device_id=OTHER_DEVICE, count=8),
    ]
    add("Sg1", Signal(kind="drug graffiti", address="ул. Абая, 5\tвторой подъезд", latitude=42.9, longitude=71.4,
                      received_at=datetime(2025, 3, 11, 9, 0), status="removed", campaign_id=c2.id,
                      settlement_id=merke.id))
    add("Sg2", Signal(kind="drug graffiti", latitude=42.8, longitude=71.3, received_at=datetime(2025, 3, 12, 9, 0),
                      status="received", campaign_id=c2.id, settlement_id=asa.id))
    return rows, ids


@dataclass
class Sample:
    path: Path
    ids: dict[str, str]
