"""A database made from `fieldapp init` through the services for the scope tests: one campaign, two tours in two
districts a week apart, each with done stops, activities, head counts, receptions (some under control, IINs that
start with 0), poll tallies and tips; one control item resolved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fieldapp.cli import main
from fieldapp.domain.iin import make_iin
from fieldapp.services import campaigns, places, polls, signals, tours
from fieldapp.services.control import resolve
from fieldapp.services.receptions import ReceptionDraft, record_reception
from fieldapp.services.workspace import open_workspace

USER, PASSWORD = "coordinator", "demo"
CAMPAIGN = "Мир и согласие"


@dataclass(frozen=True)
class Scoped:
    db: Path
    tour1: str
    tour2: str
    items_tour1: frozenset[str]
    items_tour2: frozenset[str]
    controlled: frozenset[str]  # reg numbers of the receptions linked to an item
    iins: frozenset[str]


def build_world(db: Path) -> Scoped:
    assert main(["init", str(db), "--unprotected"]) == 0
    ctx = open_workspace(db, user=USER, password=PASSWORD)
    try:
        return _fill(ctx, db)
    finally:
        ctx.db.close()


def _fill(ctx: object, db: Path) -> Scoped:
    from fieldapp.services.context import Context

    assert isinstance(ctx, Context)
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    zhambyl = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    baizak = places.create_district(ctx, region, "Байзакский район", "Бәйзақ ауданы")
    asa = places.create_settlement(ctx, zhambyl, "Аса", "Аса")
    karakemer = places.create_settlement(ctx, zhambyl, "Каракемер", "Қаракемер")
    sarykemer = places.create_settlement(ctx, baizak, "Сарыкемер", "Сарыкемер")
    campaign = campaigns.create_campaign(ctx, CAMPAIGN, title_kk="Бейбітшілік пен келісім", kind="pilot project",
                                         region_id=region, starts_on=date(2026, 3, 1), ends_on=date(2026, 7, 31))
    g1 = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
    g2 = campaigns.create_group(ctx, campaign, "Группа развития бизнеса", code="жг2")
    tour1 = tours.create_tour(ctx, campaign, "Выезд в Жамбылский район", starts_on=date(2026, 3, 2),
                              ends_on=date(2026, 3, 3), group_ids=[g1])
    tour2 = tours.create_tour(ctx, campaign, "Выезд в Байзакский район", starts_on=date(2026, 3, 10),
                              ends_on=date(2026, 3, 10), group_ids=[g2])
    poll = polls.create_poll(ctx, "Знаете ли вы о мерах поддержки?", ["да", "нет", "затрудняюсь"],
                             campaign_id=campaign)
    options = [o.id for o in polls.poll_results(ctx, poll).poll.options]
    items: dict[str, set[str]] = {tour1: set(), tour2: set()}
    controlled: set[str] = set()
    iins: set[str] = set()
    serial = 0

    def stop(tour: str, settlement: str, day: date, people: int, answers: tuple[int, int, int]) -> str:
        nonlocal serial
        stop_id = tours.add_stop(ctx, tour, settlement, planned_on=day, venue="Дом культуры")
        tours.mark_stop_done(ctx, stop_id, arrived_at=datetime.combine(day, datetime.min.time()).replace(hour=10))
        tours.set_headcount(ctx, stop_id, people)
        tours.add_activity(ctx, stop_id, tours.ActivityDraft(title="Встреча с жителями", participants=people - 5))
        for option, count in zip(options, answers, strict=True):
            polls.set_tally(ctx, option, count, stop_id=stop_id)
        for n, outcome in enumerate(("explained", "help provided", "taken under control", "taken under control")):
            serial += 1
            # Born in 2001–2009: the IIN starts with 0, as 42 of the demo's 478 do.
            iin = make_iin(date(2001 + serial % 9, 1 + serial % 12, 1 + serial % 27), serial % 2 == 0, serial)
            saved = record_reception(ctx, ReceptionDraft(
                stop_id=stop_id, applicant_name=f"Жители Тестовой-{serial}", applicant_iin=iin,
                applicant_phone=f"8701{serial:07d}", consent_given=True, consent_method="oral",
                received_at=datetime.combine(day, datetime.min.time()).replace(hour=11, minute=n * 5),
                topic="water supply", essence=f"Ремонт водопровода, обращение {serial}", outcome=outcome,
                help_kind="legal" if outcome == "help provided" else None,
                responsible_org_name="Акимат района", control_title=f"Водопровод, вопрос {serial}",
            ))
            iins.add(iin)
            if saved.control_item_id is not None:
                items[tour].add(saved.control_item_id)
                controlled.add(saved.reg_no)
        return stop_id

    stop(tour1, asa, date(2026, 3, 2), 60, (10, 4, 1))
    stop(tour1, karakemer, date(2026, 3, 3), 40, (6, 2, 0))
    stop(tour2, sarykemer, date(2026, 3, 10), 30, (7, 3, 2))
    resolve(ctx, sorted(items[tour1])[0], note="Отремонтировано")
    for settlement, day, lat, lon in ((asa, date(2026, 3, 2), 43.215, 71.561),
                                      (sarykemer, date(2026, 3, 10), 42.812, 70.993)):
        signals.record_signal(ctx, signals.SignalDraft(
            kind="drug graffiti", address="ул. Абая, 5", latitude=lat, longitude=lon, settlement_id=settlement,
            campaign_id=campaign, received_at=datetime.combine(day, datetime.min.time()).replace(hour=15)))
    return Scoped(db, tour1, tour2, frozenset(items[tour1]), frozenset(items[tour2]), frozenset(controlled),
                  frozenset(iins))
