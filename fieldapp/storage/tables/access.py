"""The personal-data access log: one row per report, export or package that carried residents' personal data.

Insert-only and synced, so the coordinator's copy lists what every laptop printed or sent out. It records who, when,
what kind, the scope, how many residents and the file's name — never any of the data itself. Accounts never sync,
so the account's and the member's names travel with the row."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field

from fieldapp.storage.tables.base import Synced, synced


@synced
class AccessEntry(Synced, table=True):
    __tablename__ = "access_log"
    at: NaiveDatetime = Field(index=True)  # local wall time of the act
    account: str = ""  # the account signed in ("" with nobody signed in)
    member_id: str | None = Field(default=None, foreign_key="member.id")
    member_name: str = ""
    kind: str  # AccessKind: report | export | package
    what: str = ""  # the report's or export's kind (journal, receptions…), or the package's
    scope: str = ""  # what it covered, as a person reads it (a tour, a campaign, the whole database)
    residents: int = 0  # receptions whose applicant's personal data it carried
    file_name: str = ""  # the file's name, without its folder
