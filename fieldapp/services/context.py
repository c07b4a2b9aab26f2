"""What every service call needs: the open database, who is working, the language, the calendar and today's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.config import app_paths
from fieldapp.domain.workdays import HolidayCalendar
from fieldapp.services.calendars import current_calendar
from fieldapp.storage.blobs import BlobStore
from fieldapp.storage.database import Database

if TYPE_CHECKING:
    from fieldapp.services.sync import ParkedApplied


@dataclass
class Context:
    db: Database
    member_id: str | None = None  # the signed-in member: written as created_by
    lang: str = "ru"
    blobs: Path = field(default_factory=lambda: app_paths().blobs)
    clock: Callable[[], datetime] = datetime.now  # local wall time; tests pin it
    parked: ParkedApplied | None = None  # parked sync packages applied when the workspace was opened (an upgrade)
    account: str | None = None  # the signed-in account's user name (None: nobody signed in)
    role: str | None = None  # its Role value: what services allow
    # A plain file that has accounts, opened without signing in: readable, never written (SQLite's query_only)
    read_only: bool = False

    def __post_init__(self) -> None:
        if self.member_id is not None:
            # Edits are captured at flush, where only the session is known: the database carries who signed in.
            self.db.author = self.member_id

    @property
    def blob_store(self) -> BlobStore:
        """The photo store of this database: `blobs`, its files sealed with the database's key when it has one."""
        return BlobStore(self.blobs, self.db.key)

    def today(self) -> date:
        return self.clock().date()

    @cached_property
    def calendar(self) -> HolidayCalendar:
        """The shipped yearly calendars, overlaid by any the user imported into the data folder."""
        return current_calendar()

    def forget_calendar(self) -> None:
        """A calendar file was imported: the next deadline is counted with it (the calendar is cached per context,
        as a list of control items asks it once per row)."""
        self.__dict__.pop("calendar", None)
