"""Sealing records: their current values written again as local changes, so that an edit made elsewhere without
seeing them becomes a conflict (SYNC.md's own rule), whatever order the changes arrive in.

An approval seals the records of the stop's day. A member's edit made offline before the approval reached that
laptop names as its base the value the member saw; the seal names the same base (or a later one, if the approver
had that edit already). Two heads that disagree are a conflict on every replica alike: the approved value is
never replaced silently. An edit the approver had seen is the seal's base, so it is no conflict; an edit made
after the approval arrived names the seal as its base, so it is none either (and only a supervisor may make it).
Heads that agree (a second approval of the same day, an edit to the same value) are no conflict.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from fieldapp.storage.bulk import sql_value
from fieldapp.storage.tables import Synced
from fieldapp.sync.changelog import Change, Edit, Value, record_local
from fieldapp.sync.fields import BOOKKEEPING, fields


def seal(session: Session, rows: Iterable[Synced], author: str | None) -> list[Change]:
    """Write every synced field of `rows` (bookkeeping aside: never a conflict) as a local change of its current
    value. The rows are unchanged; the changes travel like any edit."""
    session.flush()  # pending ORM writes are captured first, so the seal sorts after them
    edits: list[Edit] = []
    for row in rows:
        tbl = str(row.__tablename__)
        for name in fields(tbl):
            if name not in BOOKKEEPING:
                value: Value = sql_value(getattr(row, name))  # type: ignore[assignment]  # SQLite's own types
                edits.append(Edit(tbl, row.id, name, value))
    return record_local(session, edits, author)
