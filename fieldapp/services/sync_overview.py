"""What the desktop Sync page shows in one read: this device, the enrolled keys and every device's last package and
missing changes, the open conflicts with their records named, and how many own changes still wait for an export."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer

from fieldapp.config import Settings
from fieldapp.domain.errors import ValidationError
from fieldapp.services.context import Context
from fieldapp.services.progress import NEVER_CANCELLED, CancelToken, Progress, no_progress
from fieldapp.services.roles import require
from fieldapp.services.sync import (
    DeviceInfo,
    DeviceStatus,
    devices,
    resolve_conflict,
    short_code,
    this_device,
    transaction,
)
from fieldapp.storage.local_meta import DEVICE_ID, EXPORTED_SUFFIX, SYNC_SEQ, database_path, get_meta
from fieldapp.sync import conflicts as conflict_store
from fieldapp.sync.changelog import Value, dbapi
from fieldapp.sync.conflicts import Conflict, count_conflicts
from fieldapp.sync.fields import field_set, is_synced, table

__all__ = ["ConflictReview", "EnrolledKey", "SyncOverview", "load_overview", "pending_changes", "resolve_typed",
           "typed_value"]

# The column that names a record of each kind, first found wins (a tour by its title, a member by the name).
LABEL_COLUMNS = ("title", "title_ru", "name_ru", "full_name", "name", "question_ru", "label_ru", "reg_no",
                 "short_name", "address", "description", "kind", "code")


@dataclass(frozen=True)
class EnrolledKey:
    fingerprint: str
    device: str
    code: str
    name: str
    enrolled_at: datetime | None
    revoked_at: datetime | None
    office: bool = False  # enrolled to relay: its packages may carry other devices' changes


@dataclass(frozen=True)
class ConflictReview:
    conflict: Conflict
    record: str  # the record in words («Жамбылский район, март»), "" when it has nothing to be named by
    authors: dict[str, str]  # member id -> full name, for the heads that name an author

    @property
    def key(self) -> tuple[str, str, str]:
        return self.conflict.key


@dataclass(frozen=True)
class SyncOverview:
    device: DeviceInfo
    devices: tuple[DeviceStatus, ...]
    keys: tuple[EnrolledKey, ...]
    conflicts: tuple[ConflictReview, ...]
    pending: int  # own changes not in any export yet


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(str(text))
    except ValueError:
        return None


def load_overview(ctx: Context, progress: Progress = no_progress,
                  cancel: CancelToken = NEVER_CANCELLED) -> SyncOverview:
    cancel.check()
    info = this_device(ctx)
    status = tuple(devices(ctx))
    cancel.check()
    with transaction(ctx, rollback=True) as conn:
        cur = dbapi(conn).cursor()
        try:
            keys = tuple(EnrolledKey(fp, dev, short_code(dev), name or "", _when(enrolled), _when(revoked),
                                     bool(relay))
                         for fp, dev, name, enrolled, revoked, relay in cur.execute(
                             "SELECT fingerprint, device, name, enrolled_at, revoked_at, relay FROM sync_key "
                             "ORDER BY revoked_at IS NOT NULL, enrolled_at"))
            reviews = _reviews(cur, conflict_store.list_conflicts(conn))
        finally:
            cur.close()
        pending = _pending(conn)
    return SyncOverview(info, status, keys, reviews, pending)


def _reviews(cur: Any, conflicts: Sequence[Conflict]) -> tuple[ConflictReview, ...]:
    """Each conflict with its record's label and its authors' names: one query per table and one for the members,
    however many conflicts there are."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for conflict in conflicts:
        wanted[conflict.table].add(conflict.row_id)
    labels: dict[tuple[str, str], str] = {}
    for tbl, row_ids in wanted.items():
        column = _label_column(tbl)
        if column is None:
            continue
        # Table and column names come from the synced schema, never from the package.
        rows = cur.execute(f'SELECT id, "{column}" FROM "{tbl}" WHERE id IN (SELECT value FROM json_each(?))',
                           (json.dumps(sorted(row_ids)),))
        labels.update({(tbl, rid): " ".join(str(v).split()) for rid, v in rows if v is not None})
    members = sorted({h.author for c in conflicts for h in c.heads if h.author})
    names: dict[str, str] = {}
    if members:
        names = dict(cur.execute("SELECT id, full_name FROM member WHERE id IN (SELECT value FROM json_each(?))",
                                 (json.dumps(members),)))
    return tuple(
        ConflictReview(c, labels.get((c.table, c.row_id), ""),
                       {h.author: names[h.author] for h in c.heads if h.author in names})
        for c in conflicts
    )


def _label_column(table: str) -> str | None:
    if not is_synced(table):
        return None
    present = field_set(table)
    return next((c for c in LABEL_COLUMNS if c in present), None)


def _pending(conn: Any) -> int:
    # The own sequence counter, not a count of rows: the status bar asks on every page switch, and a demo-sized
    # change log would make a count visible. Own changes are numbered 1…counter without holes (a rolled-back save
    # gives its numbers back; a copied file's new device starts again at 1).
    me = get_meta(conn, DEVICE_ID)
    if me is None:
        return 0
    exported = 0
    path = database_path(conn)
    if path is not None:
        mark = Settings.load().device_ids.get(path + EXPORTED_SUFFIX, "")
        if mark.startswith(me + ":"):
            exported = int(mark.split(":")[1])
    return max(0, int(get_meta(conn, SYNC_SEQ) or 0) - exported)


def pending_changes(ctx: Context) -> int:
    """Own changes that no export or hub push has carried yet (the status bar's sync state)."""
    with transaction(ctx, rollback=True, write=False) as conn:
        return _pending(conn)


def typed_value(tbl: str, field: str, text: str) -> Value:
    """A value typed in to end a conflict, as the field stores it: a whole number, a fraction, yes/no, a date (as
    ДД.ММ.ГГГГ or ISO) or text."""
    if not is_synced(tbl) or field not in field_set(tbl):
        raise ValidationError("sync.no_conflict", where=f"{tbl}.{field}", id="")
    column = table(tbl).columns[field]
    stripped = text.strip()
    if not stripped:
        if not column.nullable:
            raise ValidationError("required", field)
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        lowered = stripped.casefold()
        if lowered in {"1", "да", "иә", "yes", "true"}:
            return 1
        if lowered in {"0", "нет", "жоқ", "no", "false"}:
            return 0
        raise ValidationError("number.invalid", field, value=stripped)
    if isinstance(kind, Integer):
        try:
            return int(stripped.replace(" ", "").replace("\u00a0", ""))
        except ValueError:
            raise ValidationError("number.invalid", field, value=stripped) from None
    if isinstance(kind, Float):
        try:
            return float(stripped.replace(" ", "").replace(",", "."))
        except ValueError:
            raise ValidationError("number.invalid", field, value=stripped) from None
    if isinstance(kind, Date):
        for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(stripped, pattern).date().isoformat()
            except ValueError:
                continue
        raise ValidationError("date.invalid", field, value=stripped)
    return text


def resolve_typed(ctx: Context, tbl: str, row_id: str, field: str, *, pick: str | None = None,
                  text: str | None = None) -> None:
    """End a conflict by keeping one of its values (`pick`, a change id) or with a value typed anew (`text`)."""
    require(ctx, "sync.resolve")  # before the typed text is judged: the role is the first refusal
    value = None if text is None else typed_value(tbl, field, text)
    resolve_conflict(ctx, tbl, row_id, field, pick=pick, value=value)



def open_conflicts(ctx: Context) -> int:
    """How many fields wait for a person to choose between two edits (the status bar's conflict count)."""
    with transaction(ctx, rollback=True, write=False) as conn:
        return count_conflicts(conn)
