"""A laptop's data for the hub's readable tables, built from `fieldapp init` and the services (never the demo): a
campaign with a done stop, residents with IINs, names, phones and addresses (one of them twice), control items in
every state, a tip with its reporter, an activity, a head count and a poll."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import psycopg

from fieldapp.domain.iin import make_iin
from fieldapp.services import campaigns, control, places, polls, receptions, signals, tours
from fieldapp.services.context import Context
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.services.signals import SignalDraft
from fieldapp.services.tours import ActivityDraft
from fieldapp.storage.database import open_database

NOW = datetime(2026, 3, 2, 10, 30)  # a Monday; control deadlines then lie in the past of the real today


@dataclass(frozen=True)
class Resident:
    name: str
    iin: str
    phone: str
    address: str


RESIDENTS = (
    Resident("Жанузакова Гульмира Сериковна", make_iin(date(1961, 4, 17), False, 4821), "+7 701 555 12 34",
             "ул. Абая, 17, кв. 4"),
    Resident("Тлеубердиев Нурлан Ермекович", make_iin(date(1988, 11, 2), True, 3307), "+7 747 208 66 01",
             "ул. Тауке хана, 5"),
    Resident("Оспанова Айгерим Болатовна", make_iin(date(1995, 7, 30), False, 1915), "+7 775 930 40 77",
             "мкр. Самал, 2, кв. 31"),
)
REPORTER = "Кенжебаев Ерболат"


@contextmanager
def laptop(path: Path) -> Iterator[Context]:
    db = open_database(path, create=True)
    try:
        yield Context(db=db, blobs=path.with_suffix(".blobs"), clock=lambda: NOW)
    finally:
        db.close()


@dataclass(frozen=True)
class Ids:
    campaign: str
    tour: str
    stop: str
    receptions: tuple[str, ...]
    items: tuple[str, ...]  # resolved; open, overdue; in progress, overdue; open, due in a month
    signal: str


def build(path: Path) -> Ids:
    with laptop(path) as ctx:
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
        asa = places.create_settlement(ctx, district, "Аса", "Аса")
        campaign = campaigns.create_campaign(ctx, "Мир и согласие", kind="pilot project",
                                             starts_on=date(2026, 3, 1), ends_on=date(2026, 7, 31))
        group = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
        tour = tours.create_tour(ctx, campaign, "Выезд в Жамбылский район", group_ids=[group])
        stop = tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 2), venue="Дом культуры",
                              venue_type="дом культуры")
        tours.mark_stop_done(ctx, stop)
        tours.set_headcount(ctx, stop, 57)
        tours.add_activity(ctx, stop, ActivityDraft(title="Встреча с жителями", participants=41))
        poll = polls.create_poll(ctx, "Довольны ли вы?", ["Да", "Нет"], campaign_id=campaign)
        option = polls.get_poll(ctx, poll).options[0].id
        polls.set_tally(ctx, option, 12, stop_id=stop)
        outcomes = ("explained", "taken under control", "taken under control", "taken under control", "referred")
        ids = []
        for n, outcome in enumerate(outcomes):
            who = RESIDENTS[n % len(RESIDENTS)]  # the first resident comes twice
            saved = receptions.record_reception(ctx, ReceptionDraft(
                stop_id=stop, applicant_name=who.name, applicant_iin=who.iin, applicant_phone=who.phone,
                applicant_address=who.address, consent_given=True, consent_method="oral", topic="other",
                essence=f"Обращение {n}: ремонт дороги у дома", outcome=outcome,
                responsible_org_name="Акимат Жамбылского района" if outcome != "explained" else None,
                responsible_person="Сейткали А." if outcome != "explained" else "",
                control_deadline=date(2026, 3, 20) if outcome != "explained" else None))
            ids.append(saved.id)
        items = tuple(receptions.get_reception(ctx, r).control_item_id or "" for r in ids[1:4])
        control.resolve(ctx, items[0], "отремонтировано")
        control.mark_in_progress(ctx, items[2], "подрядчик найден")
        signal = signals.record_signal(ctx, SignalDraft(description="надпись на стене", address="ул. Абая",
                                                        reporter=REPORTER, settlement_id=asa, campaign_id=campaign))
    with laptop(path) as ctx:
        # Registered today by the real clock, due in a month: open and not overdue whenever the test runs.
        today = date.today()
        ctx.clock = datetime.now
        fresh = control.take_under_control(
            ctx, f"Уличное освещение, обращение {RESIDENTS[1].name}", control.Responsible(org_name="Акимат"),
            registered_on=today, deadline=today + timedelta(days=30), campaign_id=campaign, reception_ids=ids[4:])
    return Ids(campaign, tour, stop, tuple(ids), (*items, fresh), signal)


@contextmanager
def hub_database() -> Iterator[str]:
    """A database of its own on the test server (FIELDAPP_TEST_PG_URL), dropped afterwards: the hub in `public`,
    its readable tables in schema `fieldapp`, as a region would have it."""
    server = os.environ["FIELDAPP_TEST_PG_URL"]
    name = f"fieldapp_hub_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, query = server.partition("?")
    url = f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")
    try:
        yield url
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_dump(url: str) -> bytes:
    """The whole hub as an attacker with the server's files would read it."""
    return subprocess.run(["pg_dump", "--no-owner", url], capture_output=True, check=True).stdout


def identity_in(dump: bytes) -> list[str]:
    """The residents' names (and their parts), IINs, phones and addresses found in `dump`: as text, or as the hex
    a bytea column shows (either case)."""
    texts = [t for r in RESIDENTS for t in (r.name, r.iin, r.phone, r.address, *r.name.split())]
    return [t for t in texts if any(form in dump for form in (t.encode(), t.encode().hex().encode(),
                                                               t.encode().hex().upper().encode()))]
