"""Regions, districts and settlements: create, edit, tombstone, find-or-create by name, and the picker search."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from fieldapp.domain.errors import ValidationError
from fieldapp.domain.rules import check_coordinates, normalise_name
from fieldapp.services import roles
from fieldapp.services._common import add, live, required, tombstone, touch
from fieldapp.services.context import Context
from fieldapp.storage.queries import places as q
from fieldapp.storage.tables import District, Region, Settlement

_KATO = re.compile(r"[0-9]{9}")


@dataclass(frozen=True, slots=True)
class RegionInfo:
    id: str
    name_ru: str
    name_kk: str
    kato: str | None
    kato_version: str | None


@dataclass(frozen=True, slots=True)
class DistrictInfo:
    id: str
    region_id: str
    name_ru: str
    name_kk: str
    kato: str | None
    kato_version: str | None


@dataclass(frozen=True, slots=True)
class SettlementInfo:
    id: str
    district_id: str
    name_ru: str
    name_kk: str
    kato: str | None
    kato_version: str | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class SettlementHit:
    """A settlement as a picker shows it: with its district and region, so that namesakes can be told apart."""

    id: str
    name_ru: str
    name_kk: str
    district_id: str
    district_ru: str
    district_kk: str
    region_ru: str
    region_kk: str

    def label(self, lang: str = "ru") -> str:
        if lang == "kk":
            return f"{self.name_kk or self.name_ru} ({self.district_kk or self.district_ru})"
        return f"{self.name_ru} ({self.district_ru})"


def _kato(value: str | None) -> str | None:
    text = "".join((value or "").split())
    if not text:
        return None
    if not _KATO.fullmatch(text):
        raise ValidationError("kato.format", "kato", value=value)
    return text


def _region_info(row: Region) -> RegionInfo:
    return RegionInfo(row.id, row.name_ru, row.name_kk, row.kato, row.kato_version)


def _district_info(row: District) -> DistrictInfo:
    return DistrictInfo(row.id, row.region_id, row.name_ru, row.name_kk, row.kato, row.kato_version)


def _settlement_info(row: Settlement) -> SettlementInfo:
    return SettlementInfo(
        row.id, row.district_id, row.name_ru, row.name_kk, row.kato, row.kato_version, row.latitude, row.longitude
    )


def _coordinates(latitude: float | None, longitude: float | None) -> tuple[float | None, float | None]:
    if latitude is None and longitude is None:
        return None, None
    if latitude is None or longitude is None:
        raise ValidationError("required", "latitude" if latitude is None else "longitude")
    return check_coordinates(latitude, longitude)


# -- regions -------------------------------------------------------------------------------------------------------


def create_region(
    ctx: Context, name_ru: str, name_kk: str = "", kato: str | None = None, kato_version: str | None = None
) -> str:
    roles.require(ctx, "setup")
    row = Region(
        name_ru=required(name_ru, "name"), name_kk=name_kk.strip(), kato=_kato(kato), kato_version=kato_version
    )
    with ctx.db.session() as s:
        return add(s, ctx, row).id


def update_region(
    ctx: Context, region_id: str, name_ru: str, name_kk: str = "", kato: str | None = None,
    kato_version: str | None = None,
) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        row = live(s, Region, region_id, "region")
        row.name_ru, row.name_kk = required(name_ru, "name"), name_kk.strip()
        row.kato, row.kato_version = _kato(kato), kato_version
        touch(row)


def delete_region(ctx: Context, region_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Region, region_id, "region"))


def get_region(ctx: Context, region_id: str) -> RegionInfo:
    with ctx.db.reading() as s:
        return _region_info(live(s, Region, region_id, "region"))


def list_regions(ctx: Context) -> tuple[RegionInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_region_info(r) for r in q.regions(s))


def find_or_create_region(ctx: Context, name: str) -> str:
    """The region named `name` in Russian or Kazakh (case and ё/е ignored), created with that Russian name if none."""
    text = required(name, "region")
    with ctx.db.session() as s:
        found = q.region_by_name(s, text)
        return found.id if found else add(s, ctx, Region(name_ru=text)).id


# -- districts ------------------------------------------------------------------------------------------------------


def create_district(
    ctx: Context, region_id: str, name_ru: str, name_kk: str = "", kato: str | None = None,
    kato_version: str | None = None,
) -> str:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        live(s, Region, region_id, "region")
        row = District(
            region_id=region_id, name_ru=required(name_ru, "name"), name_kk=name_kk.strip(), kato=_kato(kato),
            kato_version=kato_version,
        )
        return add(s, ctx, row).id


def update_district(
    ctx: Context, district_id: str, region_id: str, name_ru: str, name_kk: str = "", kato: str | None = None,
    kato_version: str | None = None,
) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        row = live(s, District, district_id, "district")
        live(s, Region, region_id, "region")
        row.region_id, row.name_ru, row.name_kk = region_id, required(name_ru, "name"), name_kk.strip()
        row.kato, row.kato_version = _kato(kato), kato_version
        touch(row)


def delete_district(ctx: Context, district_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, District, district_id, "district"))


def get_district(ctx: Context, district_id: str) -> DistrictInfo:
    with ctx.db.reading() as s:
        return _district_info(live(s, District, district_id, "district"))


def list_districts(ctx: Context, region_id: str | None = None) -> tuple[DistrictInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_district_info(r) for r in q.districts(s, region_id))


def find_or_create_district(ctx: Context, region_id: str, name: str) -> str:
    text = required(name, "district")
    with ctx.db.session() as s:
        live(s, Region, region_id, "region")
        found = q.district_by_name(s, region_id, text)
        return found.id if found else add(s, ctx, District(region_id=region_id, name_ru=text)).id


# -- settlements -----------------------------------------------------------------------------------------------------


def create_settlement(
    ctx: Context, district_id: str, name_ru: str, name_kk: str = "", kato: str | None = None,
    kato_version: str | None = None, latitude: float | None = None, longitude: float | None = None,
) -> str:
    roles.require(ctx, "setup")
    lat, lon = _coordinates(latitude, longitude)
    with ctx.db.session() as s:
        live(s, District, district_id, "district")
        row = Settlement(
            district_id=district_id, name_ru=required(name_ru, "name"), name_kk=name_kk.strip(), kato=_kato(kato),
            kato_version=kato_version, latitude=lat, longitude=lon,
        )
        return add(s, ctx, row).id


def update_settlement(
    ctx: Context, settlement_id: str, district_id: str, name_ru: str, name_kk: str = "", kato: str | None = None,
    kato_version: str | None = None, latitude: float | None = None, longitude: float | None = None,
) -> None:
    roles.require(ctx, "setup")
    lat, lon = _coordinates(latitude, longitude)
    with ctx.db.session() as s:
        row = live(s, Settlement, settlement_id, "settlement")
        live(s, District, district_id, "district")
        row.district_id, row.name_ru, row.name_kk = district_id, required(name_ru, "name"), name_kk.strip()
        row.kato, row.kato_version, row.latitude, row.longitude = _kato(kato), kato_version, lat, lon
        touch(row)


def delete_settlement(ctx: Context, settlement_id: str) -> None:
    roles.require(ctx, "setup")
    with ctx.db.session() as s:
        tombstone(live(s, Settlement, settlement_id, "settlement"))


def get_settlement(ctx: Context, settlement_id: str) -> SettlementInfo:
    with ctx.db.reading() as s:
        return _settlement_info(live(s, Settlement, settlement_id, "settlement"))


def list_settlements(ctx: Context, district_id: str | None = None) -> tuple[SettlementInfo, ...]:
    with ctx.db.reading() as s:
        return tuple(_settlement_info(r) for r in q.settlements(s, district_id))


def find_or_create_settlement(ctx: Context, district_id: str, name: str) -> str:
    """A settlement added by hand in the field: reuses the district's namesake (case and ё/е ignored) if any."""
    text = required(name, "settlement")
    with ctx.db.session() as s:
        live(s, District, district_id, "district")
        found = q.settlement_by_name(s, district_id, text)
        return found.id if found else add(s, ctx, Settlement(district_id=district_id, name_ru=text)).id


def search_settlements(
    ctx: Context, prefix: str, *, district_id: str | None = None, region_id: str | None = None, limit: int = 20
) -> tuple[SettlementHit, ...]:
    """Settlements one of whose words in the Russian or Kazakh name starts with `prefix` (case, ё/е and look-alike
    letters ignored), for pickers; nothing for an empty prefix. A classifier's names carry their kind («село
    Коныр», «Қоңыр ауылы»), so «кон» finds the village. Exact names first, then names that start with `prefix`,
    then the rest, each by name and district.

    SQLite narrows the names down with a GLOB pattern of every spelling of `key`; the exact rules then run in
    Python over those few, their folded forms remembered: over 15,000 settlements a keystroke costs milliseconds,
    where folding every name inside SQL cost a fifth of a second."""
    key = normalise_name(prefix)
    if not key:
        return ()
    word = " " + key
    found: list[tuple[int, str, str, str]] = []
    with ctx.db.reading() as s:
        for settlement_id, name_ru, name_kk, district_ru in q.settlement_names(
                s, key, district_id=district_id, region_id=region_id):
            ru, kk = _folded(name_ru), _folded(name_kk)
            if key in (ru, kk):
                rank = 0
            elif ru.startswith(key) or kk.startswith(key):
                rank = 1
            elif word in ru or word in kk:
                rank = 2
            else:
                continue
            found.append((rank, name_ru, district_ru, settlement_id))
        found.sort()
        chosen = [settlement_id for *_, settlement_id in found[:limit]]
        rows = {row[0]: row for row in q.settlement_hits(s, chosen)}
    return tuple(SettlementHit(*rows[i]) for i in chosen if i in rows)


@functools.lru_cache(maxsize=1 << 17)
def _folded(name: str) -> str:
    """normalise_name, remembered: the same 30,000 names are folded at every keystroke otherwise."""
    return normalise_name(name)
