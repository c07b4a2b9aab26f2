"""This file's own identity and counters, kept in local_meta (never synced)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from fieldapp.domain.ids import device_code, uuid7

DEVICE_ID = "device_id"


def get_meta(session: Session, key: str) -> str | None:
    value = session.execute(text("SELECT value FROM local_meta WHERE key = :k"), {"k": key}).scalar()
    return None if value is None else str(value)


def set_meta(session: Session, key: str, value: str) -> None:
    session.execute(
        text(
            "INSERT INTO local_meta(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def device_id(session: Session) -> str:
    """This database's device id, minted on first use."""
    current = get_meta(session, DEVICE_ID)
    if current is None:
        current = uuid7()
        set_meta(session, DEVICE_ID, current)
    return current


def this_device_code(session: Session) -> str:
    return device_code(device_id(session))


def next_sequence(session: Session, name: str, count: int = 1) -> int:
    """Reserve `count` numbers of the per-device sequence `name`; returns the first. Runs inside the caller's
    transaction, so a rolled-back save gives its number back."""
    key = f"seq.{name}"
    current = int(get_meta(session, key) or 0)
    set_meta(session, key, str(current + count))
    return current + 1
