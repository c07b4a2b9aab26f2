"""Region → district → settlement, with names in both languages and the optional KATO code."""

from __future__ import annotations

from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class Region(Synced, table=True):
    __tablename__ = "region"
    name_ru: str
    name_kk: str = ""
    kato: str | None = Field(default=None, index=True, max_length=9)
    kato_version: str | None = None


@synced
class District(Synced, table=True):
    __tablename__ = "district"
    region_id: str = Field(foreign_key="region.id", index=True)
    name_ru: str
    name_kk: str = ""
    kato: str | None = Field(default=None, index=True, max_length=9)
    kato_version: str | None = None


@synced
class Settlement(Synced, table=True):
    __tablename__ = "settlement"
    district_id: str = Field(foreign_key="district.id", index=True)
    name_ru: str
    name_kk: str = ""
    kato: str | None = Field(default=None, index=True, max_length=9)
    kato_version: str | None = None
    latitude: float | None = None
    longitude: float | None = None
