"""Settings of this database file that never sync: device identity, sequences."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class LocalMeta(SQLModel, table=True):
    __tablename__ = "local_meta"
    key: str = Field(primary_key=True)
    value: str
