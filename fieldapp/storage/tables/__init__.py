"""All tables of the app's database; importing this package registers them on SQLModel.metadata."""

import fieldapp.storage.tables.sync  # noqa: F401  (sync bookkeeping: registered, not re-exported)
from fieldapp.storage.tables.access import AccessEntry
from fieldapp.storage.tables.approvals import StopApproval
from fieldapp.storage.tables.base import Synced, synced_tables, utcnow
from fieldapp.storage.tables.campaigns import (
    Campaign,
    Direction,
    GroupMember,
    RotationSlot,
    WorkingGroup,
)
from fieldapp.storage.tables.control import ControlEvent, ControlItem, ControlReception
from fieldapp.storage.tables.local import LocalMeta
from fieldapp.storage.tables.people import Account, Member, Organization
from fieldapp.storage.tables.photos import Photo
from fieldapp.storage.tables.places import District, Region, Settlement
from fieldapp.storage.tables.polls import Poll, PollOption, PollTally
from fieldapp.storage.tables.receptions import Reception
from fieldapp.storage.tables.signals import Signal
from fieldapp.storage.tables.tours import (
    Activity,
    Stop,
    StopHeadcount,
    StopOrganization,
    Tour,
    TourGroup,
)

__all__ = [
    "AccessEntry",
    "Account",
    "Activity",
    "Campaign",
    "ControlEvent",
    "ControlItem",
    "ControlReception",
    "Direction",
    "District",
    "GroupMember",
    "LocalMeta",
    "Member",
    "Organization",
    "Photo",
    "Poll",
    "PollOption",
    "PollTally",
    "Reception",
    "Region",
    "RotationSlot",
    "Settlement",
    "Signal",
    "Stop",
    "StopApproval",
    "StopHeadcount",
    "StopOrganization",
    "Synced",
    "Tour",
    "TourGroup",
    "WorkingGroup",
    "synced_tables",
    "utcnow",
]
