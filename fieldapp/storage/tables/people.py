"""Organisations, members of working groups, and the local accounts that sign in as them."""

from __future__ import annotations

from sqlalchemy import false
from sqlmodel import Field, SQLModel

from fieldapp.storage.tables.base import Synced, synced


@synced
class Organization(Synced, table=True):
    __tablename__ = "organization"
    name_ru: str
    name_kk: str = ""
    short_name: str = ""
    kind: str = Field(default="state body")  # OrganizationKind
    bin: str | None = Field(default=None, max_length=12)
    region_id: str | None = Field(default=None, foreign_key="region.id")


@synced
class Member(Synced, table=True):
    __tablename__ = "member"
    full_name: str
    position: str = ""
    rank: str = ""
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    phone: str = ""


class Account(SQLModel, table=True):
    """A sign-in on this database; local, never synced (passwords stay on the laptop)."""

    __tablename__ = "account"
    username: str = Field(primary_key=True)
    member_id: str | None = Field(default=None, foreign_key="member.id")
    role: str = Field(default="member")  # Role
    password_hash: str
    # A disabled account cannot sign in (its key-file slot is gone too); the row stays, so history keeps its name.
    disabled: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
