"""A small world for the service tests: a region with two districts and three villages, a campaign with a working
group (code ЖГ1), a tour of that group and a stop in Asa."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from fieldapp.domain.errors import DomainError
from fieldapp.services import campaigns, places, tours
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database
from fieldapp.storage.local_meta import set_meta

NOW = datetime(2026, 3, 2, 10, 30)  # the clock of tests/conftest.py's ctx: a Monday


@dataclass(frozen=True)
class World:
    region: str
    zhambyl: str
    baizak: str
    asa: str
    karakemer: str
    sarykemer: str
    campaign: str
    group: str
    tour: str
    stop: str


def make_world(ctx: Context) -> World:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    zhambyl = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    baizak = places.create_district(ctx, region, "Байзакский район", "Бәйзақ ауданы")
    asa = places.create_settlement(ctx, zhambyl, "Аса", "Аса")
    karakemer = places.create_settlement(ctx, zhambyl, "Каракемер", "Қаракемер")
    sarykemer = places.create_settlement(ctx, baizak, "Сарыкемер", "Сарыкемер")
    campaign = campaigns.create_campaign(
        ctx, "Мир и согласие", kind="pilot project", starts_on=date(2026, 3, 1), ends_on=date(2026, 7, 31)
    )
    group = campaigns.create_group(ctx, campaign, "Информационная группа", code="жг1")
    tour = tours.create_tour(ctx, campaign, "Выезд в Жамбылский район", group_ids=[group])
    stop = tours.add_stop(ctx, tour, asa, planned_on=date(2026, 3, 2), venue="Дом культуры", venue_type="дом культуры")
    return World(region, zhambyl, baizak, asa, karakemer, sarykemer, campaign, group, tour, stop)


@pytest.fixture
def world(ctx: Context) -> World:
    return make_world(ctx)


@pytest.fixture
def other_ctx(tmp_path: Path) -> Iterator[Context]:
    """A second laptop: its own database file, hence its own device id."""
    database = open_database(tmp_path / "laptop-b.db", create=True)
    yield Context(db=database, blobs=tmp_path / "blobs-b", clock=lambda: NOW)
    database.close()


@pytest.fixture
def other_world(other_ctx: Context) -> World:
    return make_world(other_ctx)


@pytest.fixture
def switch_device() -> Callable[[Context, str], None]:
    """Pretend a database now runs on another device: its rows then look like those a sync brings from a second
    laptop."""

    def switch(ctx: Context, device: str) -> None:
        with ctx.db.session() as s:
            set_meta(s, "device_id", device)

    return switch


Refused = Callable[..., AbstractContextManager[pytest.ExceptionInfo[DomainError]]]


@pytest.fixture
def refused() -> Refused:
    """`with refused("code", "field"):` — the block must raise that domain error, naming that field."""

    @contextmanager
    def check(code: str, field: str | None = None) -> Iterator[pytest.ExceptionInfo[DomainError]]:
        with pytest.raises(DomainError) as err:
            yield err
        assert err.value.code == code, err.value.code
        if field is not None:
            assert err.value.field == field, err.value.field

    return check
