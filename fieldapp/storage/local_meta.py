"""This file's own identity and counters, kept in local_meta (never synced)."""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections.abc import Collection
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from fieldapp.config import Settings
from fieldapp.domain.ids import device_code, keyed_device_id, uuid7

log = logging.getLogger(__name__)

DEVICE_ID = "device_id"
PREVIOUS_DEVICE_IDS = "device_id.previous"  # space-separated: the ids this file had before it was copied
SIGN_KEY = "sync.sign_key"  # this device's Ed25519 private key (fieldapp.sync.keys), base64
SYNC_SEQ = "seq.sync"  # the per-device sequence of sync changes (fieldapp.sync.changelog)
# Settings.device_ids holds, besides "path -> device id", "path|exported -> highest change seq exported": a file
# restored from a backup older than its last export would otherwise hand out those numbers a second time.
EXPORTED_SUFFIX = "|exported"

Bind = Session | Connection

DEVICE_PATH = "device_id.path"  # the file path the device id belongs to: another path means a copy

_lock = threading.RLock()


def get_meta(session: Bind, key: str) -> str | None:
    value = session.execute(text("SELECT value FROM local_meta WHERE key = :k"), {"k": key}).scalar()
    return None if value is None else str(value)


def set_meta(session: Bind, key: str, value: str) -> None:
    session.execute(
        text(
            "INSERT INTO local_meta(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def delete_meta(session: Bind, key: str) -> bool:
    """Forget `key`; True if it was there."""
    result = session.execute(text("DELETE FROM local_meta WHERE key = :k"), {"k": key})
    return bool(getattr(result, "rowcount", 0))


def database_path(session: Bind) -> str | None:
    """The resolved path of the file behind `session`, or None for an in-memory database."""
    bind = session.get_bind() if isinstance(session, Session) else session
    name = bind.engine.url.database
    if not name or name == ":memory:":
        return None
    return str(Path(name).resolve())


def device_id(session: Bind) -> str:
    """This database's device id, minted on first use (the sync layer checks it with checked_device_id())."""
    current = get_meta(session, DEVICE_ID)
    if current is None:
        current = uuid7()
        set_meta(session, DEVICE_ID, current)
    return current


def _copy_reason(session: Bind, path: str, current: str) -> str | None:
    """Why this file is a copy of the one its device id was minted in, or None.

    SYNC.md: a copied file, or one restored from a backup, must not go on numbering changes under the old id. A copy
    sits at another path than the one recorded inside it; a backup restored in place carries an id this machine has
    since replaced (Settings.device_ids), or numbers below what was already exported from it.
    """
    recorded_path = get_meta(session, DEVICE_PATH)
    if recorded_path is not None and recorded_path != path:
        return "moved or copied"
    settings = Settings.load()
    recorded = settings.device_ids.get(path)
    if recorded is not None and recorded != current:
        return "an older copy of this file"
    exported = settings.device_ids.get(path + EXPORTED_SUFFIX, "")
    if exported.startswith(current + ":") and int(get_meta(session, SYNC_SEQ) or 0) < int(exported.split(":")[1]):
        return "restored from a backup"
    return None


def renewed_device_id(session: Bind, taken: Collection[str]) -> str:
    """The id a file continues under when it turns out to be a copy or a restored backup: keyed to its signing key
    when it has one, so that no other enrolled key can claim the new id before this file's packages arrive (a peer
    accepts an id it has not seen yet from the key it names only); a file that never had keys never signed a
    package, and takes a plain new id. Never one of `taken` (the ids it had)."""
    text_key = get_meta(session, SIGN_KEY)
    if text_key is None:
        return uuid7()
    public = Ed25519PrivateKey.from_private_bytes(base64.b64decode(text_key)).public_key().public_bytes_raw()
    ms = time.time_ns() // 1_000_000
    while (renewed := keyed_device_id(public, ms)) in taken:
        ms += 1  # renewed twice within a millisecond: the same key and time would give the same id
    return renewed


def checked_device_id(session: Bind) -> str:
    """The device id to write sync changes under, minted anew first when the file turns out to be a copy.

    Runs before anything is captured or imported. Reads this machine's settings but never writes them (only sync
    operations do, through remember_device()), so ordinary data entry leaves the settings file alone.
    """
    with _lock:
        current = get_meta(session, DEVICE_ID)
        path = database_path(session)
        if current is None:
            current = uuid7()
            set_meta(session, DEVICE_ID, current)
        elif path is not None and (reason := _copy_reason(session, path, current)) is not None:
            previous = get_meta(session, PREVIOUS_DEVICE_IDS)
            set_meta(session, PREVIOUS_DEVICE_IDS, f"{previous or ''} {current}".strip())
            log.info("database %s is %s: device %s continues as a new device", Path(path).name, reason,
                     device_code(current))
            current = renewed_device_id(session, {current, *(previous or "").split()})
            set_meta(session, DEVICE_ID, current)
            # A new device numbers its changes from 1: carrying the copied file's counter on would make every peer
            # report changes 1…N of this device as missing.
            set_meta(session, SYNC_SEQ, "0")
        if path is not None and get_meta(session, DEVICE_PATH) != path:
            set_meta(session, DEVICE_PATH, path)
        return current


def remember_device(session: Bind, exported_seq: int | None = None) -> None:
    """Record in this machine's settings which device id the file has (and the highest own change exported)."""
    path = database_path(session)
    if path is None:
        return
    current = checked_device_id(session)
    with _lock:
        settings = Settings.load()
        changed = settings.device_ids.get(path) != current
        settings.device_ids[path] = current
        if exported_seq is not None:
            key = path + EXPORTED_SUFFIX
            old = settings.device_ids.get(key, "")
            if not (old.startswith(current + ":") and int(old.split(":")[1]) >= exported_seq):
                settings.device_ids[key] = f"{current}:{exported_seq}"
                changed = True
        if changed:
            settings.save(only=("device_ids",))


def this_device_code(session: Session) -> str:
    # The checked id: a copied file takes its own id before it numbers anything, or its first talon would carry
    # the original's code and counter (fieldapp.sync.reg_numbers).
    return device_code(checked_device_id(session))


def next_sequence(session: Bind, name: str, count: int = 1) -> int:
    """Reserve `count` numbers of the per-device sequence `name`; returns the first. Runs inside the caller's
    transaction, so a rolled-back save gives its number back."""
    key = f"seq.{name}"
    current = int(get_meta(session, key) or 0)
    set_meta(session, key, str(current + count))
    return current + 1
