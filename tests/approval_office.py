"""The office of the approval tests, made as a user makes it: `init` with its coordinator (boss), then a supervisor
(chief, Ахметова Гульнара) and a member (field, Ерлан Сеитов) linked to their members. The coordinator sets up a
tour with a stop in Asa; the member logs the day: one reception, one activity, this laptop's head count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fieldapp.domain.enums import Role
from fieldapp.services import campaigns, people, places, receptions, tours
from fieldapp.services.accounts import add_user, init_database
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.tours import ActivityDraft
from fieldapp.services.workspace import open_workspace

NOW = datetime(2026, 3, 2, 17, 45)
PASSWORDS = {"boss": "boss-pass", "chief": "chief-pass", "field": "field-pass"}
USERS = {Role.COORDINATOR: "boss", Role.SUPERVISOR: "chief", Role.MEMBER: "field"}
CHIEF = "Ахметова Гульнара Сериковна"


@dataclass
class Office:
    path: Path
    ctx: dict[Role, Context]
    stop: str
    other_stop: str
    reception: str
    activity: str

    def close(self) -> None:
        for ctx in self.ctx.values():
            ctx.db.close()


def sign_in(path: Path, user: str) -> Context:
    ctx = open_workspace(path, user=user, password=PASSWORDS[user], clock=lambda: NOW)
    ctx.blobs = path.with_suffix(".blobs")
    return ctx


def make_office(path: Path) -> Office:
    init_database(path, "boss", PASSWORDS["boss"], protected=False)
    boss = sign_in(path, "boss")
    people.create_member(boss, CHIEF, position="руководитель группы")
    people.create_member(boss, "Сеитов Ерлан", position="специалист")
    add_user(boss, "chief", PASSWORDS["chief"], Role.SUPERVISOR, member="Ахметова")
    add_user(boss, "field", PASSWORDS["field"], Role.MEMBER, member="Сеитов")
    ctx = {Role.COORDINATOR: boss, Role.SUPERVISOR: sign_in(path, "chief"), Role.MEMBER: sign_in(path, "field")}
    region = places.create_region(boss, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(boss, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(boss, district, "Аса", "Аса")
    campaign = campaigns.create_campaign(boss, "Мир и согласие", kind="pilot project", starts_on=date(2026, 3, 1),
                                         ends_on=date(2026, 7, 31))
    group = campaigns.create_group(boss, campaign, "Информационная группа", code="жг1")
    tour = tours.create_tour(boss, campaign, "Выезд в Жамбылский район", group_ids=[group])
    stop = tours.add_stop(boss, tour, asa, planned_on=date(2026, 3, 2), venue="Дом культуры")
    other = tours.add_stop(boss, tour, asa, planned_on=date(2026, 3, 3), venue="Школа")
    member = ctx[Role.MEMBER]
    saved = receptions.record_reception(member, ReceptionDraft(
        stop_id=stop, applicant_name="Сапарова Айгүл", essence="Нет воды третью неделю", outcome="разъяснено"))
    activity = tours.add_activity(member, stop, ActivityDraft(type="meeting", title="Встреча с жителями",
                                                              participants=40))
    tours.set_headcount(member, stop, 120)
    return Office(path, ctx, stop, other, saved.id, activity)
