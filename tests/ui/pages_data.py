"""A field database built through the services, as the app would build it: one campaign, a tour through two
villages with a stop today, an organisation, a member signed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fieldapp.services import campaigns, people, places, tours
from fieldapp.services.context import Context
from fieldapp.storage.database import Database, open_database

TODAY = date(2026, 3, 2)  # a Monday
NOW = datetime(2026, 3, 2, 10, 30)


@dataclass
class Field:
    ctx: Context
    stop_id: str  # today's stop, in Аса
    done_stop_id: str  # yesterday's, in Өрнек
    tour_id: str
    settlement_id: str
    district_id: str
    org_id: str

    @property
    def db(self) -> Database:
        return self.ctx.db


def field_database(path: Path, blobs: Path) -> Field:
    db = open_database(path, create=True)
    ctx = Context(db=db, blobs=blobs, clock=lambda: NOW)
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса", "Аса")
    ornek = places.create_settlement(ctx, district, "Орнек", "Өрнек")
    org = people.create_organization(ctx, "Акимат Жамбылского района", name_kk="Жамбыл ауданының әкімдігі")
    member = people.create_member(ctx, "Сериков Ерлан", position="главный специалист", organization_id=org)
    ctx.member_id = member
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", title_kk="Бейбітшілік және келісім",
                                         kind="pilot project")
    tour = tours.create_tour(ctx, campaign, "Жамбылский район, неделя 1", starts_on=date(2026, 3, 1),
                             ends_on=date(2026, 3, 6))
    done = tours.add_stop(ctx, tour, ornek, planned_on=date(2026, 3, 1), venue="Дом культуры",
                          venue_type="house of culture")
    tours.mark_stop_done(ctx, done, arrived_at=datetime(2026, 3, 1, 10))
    today = tours.add_stop(ctx, tour, asa, planned_on=TODAY, venue="Сельский клуб", venue_type="house of culture")
    tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 5), venue="Школа", venue_type="school")
    return Field(ctx, today, done, tour, asa, district, org)
