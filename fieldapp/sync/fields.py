"""Which tables and fields sync, and the schema version stamped on every change and package."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Table
from sqlmodel import SQLModel

from fieldapp.domain.enums import (
    AccessKind,
    ActivityType,
    AppealForm,
    Audience,
    CampaignKind,
    ConsentMethod,
    ControlEventKind,
    ControlStatus,
    HelpKind,
    LabelledEnum,
    OrganizationKind,
    Outcome,
    PhotoRole,
    SignalChannel,
    SignalKind,
    SignalStatus,
    SocialCategory,
    StopStatus,
    Topic,
    VenueType,
)
from fieldapp.storage.tables import synced_tables

# Bumped with every migration that changes a synced table, and whenever the meaning of a change does; a package
# from a higher version is parked, a hub's changes from a higher version are held back. 3: a row's insert is one
# change of the field ROW (an app of version 2 would take "*" for a column: rows never written, or an SQL error).
# 4: reception.deleted_reason (migration 0006), a field an app of version 3 has no column for.
# 5: stop_approval (migration 0007), a table an app of version 4 does not have.
# 6: access_log (migration 0008), likewise.
SCHEMA_VERSION = 6

# `id` is the row's name, not a field of it; `updated_at` is local bookkeeping (set when a change lands), so two
# laptops editing different fields of one record never "conflict" on it.
NOT_SYNCED = frozenset({"id", "updated_at"})
DELETED = "deleted"
# Who created a record and when sync like any field (the later creation shows) but are never a conflict: a record
# two laptops both created (an import of one journal or classifier, named by what it is) was not disagreed on.
BOOKKEEPING = frozenset({"created_at", "created_by"})
# Tables of insert-only events: a row is written once and never edited, so concurrent events never conflict and
# what is derived from them (a day's approval) is the same everywhere; a package that edits one is refused.
INSERT_ONLY = frozenset({"stop_approval"})
# The field of a row's insert change: its value is the row's non-NULL fields packed (changelog.pack_row), and it
# sets every field of the row (an absent one to NULL).
ROW = "*"

# The coded fields, (table, field) → the enum whose codes they hold: a person reads them by the code's label (the
# record history, the hub's `label` table). control_item's status is no stored field: the hub's view derives it.
CODED: dict[tuple[str, str], type[LabelledEnum]] = {
    ("reception", "appeal_form"): AppealForm, ("reception", "topic"): Topic,
    ("reception", "social_category"): SocialCategory, ("reception", "outcome"): Outcome,
    ("reception", "help_kind"): HelpKind, ("reception", "consent_method"): ConsentMethod,
    ("organization", "kind"): OrganizationKind, ("campaign", "kind"): CampaignKind,
    ("stop", "venue_type"): VenueType, ("stop", "status"): StopStatus, ("activity", "type"): ActivityType,
    ("activity", "audience"): Audience, ("control_event", "kind"): ControlEventKind,
    ("control_item", "status"): ControlStatus, ("signal", "kind"): SignalKind, ("signal", "channel"): SignalChannel,
    ("signal", "status"): SignalStatus, ("photo", "role"): PhotoRole, ("access_log", "kind"): AccessKind,
}


@cache
def tables() -> tuple[str, ...]:
    return tuple(synced_tables())


@cache
def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


@cache
def fields(name: str) -> tuple[str, ...]:
    """The synced fields of table `name`, in schema order."""
    return tuple(c.name for c in table(name).columns if c.name not in NOT_SYNCED)


@cache
def field_set(name: str) -> frozenset[str]:
    return frozenset(fields(name))


@cache
def required_fields(name: str) -> frozenset[str]:
    """Fields a row cannot be written without (NOT NULL in the schema)."""
    return frozenset(c.name for c in table(name).columns if not c.nullable and c.name not in NOT_SYNCED)


@cache
def absent_values(name: str) -> dict[str, str | int | float | bytes | None]:
    """What a field of table `name` holds when a row's insert does not name it: the column's server default where it
    is NOT NULL and has one (a column added by a later migration: rows packed before it, or by a bulk insert that
    let SQLite fill it, lack it), else NULL — as SQLite itself fills it on a local insert."""
    out: dict[str, str | int | float | bytes | None] = {}
    for column in table(name).columns:
        default = column.server_default
        if column.nullable or column.name in NOT_SYNCED or default is None:
            continue
        arg = getattr(default, "arg", None)
        value = arg if isinstance(arg, str) else getattr(arg, "value", None)
        if value is None:  # an SQL expression such as false(): its literal text
            text = str(arg).strip().lower() if arg is not None else ""
            value = {"false": 0, "true": 1, "0": 0, "1": 1}.get(text, text.strip("'"))
        out[column.name] = int(value) if isinstance(value, bool) else value
    return out


def is_synced(name: str) -> bool:
    return name in tables()
