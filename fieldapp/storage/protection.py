"""Password-protected databases: a random SQLCipher key, wrapped for each account in the key file `<db>.keys`.

Key file (JSON): {"format": 1, "key_check": hex, "slots": [{"username", "salt", "time_cost", "memory_cost",
"parallelism", "nonce", "wrapped", "digest"}]}. `wrapped` is AES-256-GCM(KEK, db key, associated data = username)
with KEK = argon2id(password, salt, parameters); `digest` (SHA-256 of the other fields) tells a damaged or edited slot
from a wrong password; `key_check` (HMAC of a constant under the db key) tells whether a key belongs to this file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.domain.errors import AccessError, StorageError, ValidationError
from fieldapp.storage.accounts import password_parameters
from fieldapp.storage.database import open_database
from fieldapp.storage.engine import KEY_BYTES, is_plain_sqlite, keyring_path, looks_encrypted
from fieldapp.storage.files import write_atomic

__all__ = [
    "add_key_slot",
    "create_protected",
    "is_protected",
    "keyring_path",
    "remove_key_slot",
    "rewrap_if_weak",
    "slot_usernames",
    "unlock",
    "write_keyring",
]

FORMAT = 1
NONCE_BYTES = 12
_KEY_CHECK_LABEL = b"fieldapp keyring key check v1"
_SLOT_FIELDS = ("username", "salt", "time_cost", "memory_cost", "parallelism", "nonce", "wrapped")
# Bounds on parameters read from the file: an edited memory_cost of terabytes must fail cleanly, not hang the laptop.
_LIMITS = {"time_cost": (1, 16), "memory_cost": (8, 2 * 1024 * 1024), "parallelism": (1, 64)}


def is_protected(path: str | Path) -> bool:
    """True when the file is (very likely) an encrypted database: no SQLite header, and a key file or whole pages."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0 or is_plain_sqlite(path):
        return False
    return keyring_path(path).exists() or looks_encrypted(path)


def create_protected(path: str | Path, username: str, password: str) -> bytes:
    """Create an encrypted database at `path` (schema at head) and its key file with one slot; returns the key.

    The account row itself (role, member) is the caller's to add with storage.accounts, inside the new database.
    """
    path = Path(path)
    keys = keyring_path(path)
    if path.exists() and path.stat().st_size > 0:
        raise StorageError("db.exists", path=path)
    if keys.exists():
        raise StorageError("db.exists", path=keys)
    existed = path.exists()
    key = os.urandom(KEY_BYTES)
    # The key file first: a database nobody can unlock is worse than a key file without a database.
    _save(keys, {"format": FORMAT, "key_check": _key_check(key), "slots": [_new_slot(key, username, password)]})
    try:
        open_database(path, key, create=True).close()
    except BaseException:
        keys.unlink(missing_ok=True)
        if not existed:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise
    return key


def write_keyring(path: str | Path, key: bytes, username: str, password: str) -> Path:
    """Write a new key file for the database `path` (encrypted, or about to be, with `key`) with one slot, for
    `username`; returns the key file's path. An existing key file is refused: it may be the only way into a file."""
    keys = keyring_path(path)
    if keys.exists():
        raise StorageError("db.exists", path=keys)
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes, got {len(key)}")
    _save(keys, {"format": FORMAT, "key_check": _key_check(key), "slots": [_new_slot(key, username, password)]})
    return keys


def unlock(path: str | Path, username: str, password: str) -> bytes:
    """The database key, unwrapped from `username`'s slot; AccessError("auth.failed") for a wrong password or user."""
    path = Path(path)
    keys = keyring_path(path)
    ring = _load(path)
    raw = _find_slot(ring, username.strip())
    if raw is None:
        raise AccessError("auth.failed")
    slot = _parse_slot(raw, keys)
    kek = _derive(password, slot)
    try:
        key = AESGCM(kek).decrypt(slot["nonce"], slot["wrapped"], slot["username"].encode())
    except InvalidTag as exc:
        raise AccessError("auth.failed") from exc
    if not hmac.compare_digest(_key_check(key), ring["key_check"]):
        # A well-formed slot that holds another key: copied in from some other database's key file.
        raise StorageError("db.keyring_tampered", keyring=keys, username=slot["username"])
    return key


def add_key_slot(path: str | Path, key: bytes, username: str, password: str) -> None:
    """Let `username` unlock the database with `password`; replaces that user's slot (a password change).

    `key` is the database key the caller unlocked; a key that does not belong to this key file is refused, so a
    slot can never hand out a key that fails to open the database.
    """
    path, username = Path(path), username.strip()
    ring = _load(path)
    _require_key(ring, key, path)
    slots = [raw for raw in ring["slots"] if raw.get("username") != username]
    slots.append(_new_slot(key, username, password))
    _save(keyring_path(path), {**ring, "slots": slots})


def remove_key_slot(path: str | Path, key: bytes, username: str) -> None:
    """Stop `username` from unlocking the database. The last slot cannot go: nobody could open the file again."""
    path, username = Path(path), username.strip()
    ring = _load(path)
    _require_key(ring, key, path)
    if _find_slot(ring, username) is None:
        raise ValidationError("keyring.no_slot", "username", username=username, keyring=keyring_path(path))
    slots = [raw for raw in ring["slots"] if raw.get("username") != username]
    if not slots:
        raise ValidationError("keyring.last_slot", "username", username=username)
    _save(keyring_path(path), {**ring, "slots": slots})


def slot_usernames(path: str | Path) -> list[str]:
    """The user names that have a slot in the database's key file."""
    return [str(raw.get("username")) for raw in _load(Path(path))["slots"]]


def rewrap_if_weak(path: str | Path, key: bytes, username: str, password: str) -> bool:
    """Wrap `username`'s slot again with today's argon2 parameters when it was written with weaker ones (by an older
    version, or with the cheap setting of the tests); only a sign-in has the password at hand. Returns whether the
    slot was rewritten. The caller decides what a key file that cannot be written means."""
    path, username = Path(path), username.strip()
    ring = _load(path)
    raw = _find_slot(ring, username)
    if raw is None:
        return False
    slot = _parse_slot(raw, keyring_path(path))
    wanted = password_parameters()
    if slot["time_cost"] >= wanted.time_cost and slot["memory_cost"] >= wanted.memory_cost:
        return False
    add_key_slot(path, key, username, password)
    return True


# --- the key file -----------------------------------------------------------------------------------------------


def _load(path: Path) -> dict[str, Any]:
    """The key file of the database `path`, checked for shape (slots are checked one by one, when used)."""
    keys = keyring_path(path)
    try:
        data = json.loads(keys.read_bytes())
    except FileNotFoundError as exc:
        raise StorageError("db.keyring_missing", path=path, keyring=keys) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StorageError("db.keyring_invalid", keyring=keys) from exc
    if not isinstance(data, dict) or not isinstance(data.get("format"), int):
        raise StorageError("db.keyring_invalid", keyring=keys)
    if data["format"] > FORMAT:
        raise StorageError("db.keyring_newer", keyring=keys, found=data["format"])
    slots = data.get("slots")
    if (
        data["format"] != FORMAT
        or not _is_hex_digest(data.get("key_check"))
        or not isinstance(slots, list)
        or not all(isinstance(raw, dict) for raw in slots)
    ):
        raise StorageError("db.keyring_invalid", keyring=keys)
    return data


def _save(keys: Path, ring: dict[str, Any]) -> None:
    """Write the key file atomically: a crash leaves the old file or the new one, never half of one."""
    write_atomic(keys, json.dumps(ring, ensure_ascii=False, indent=2).encode() + b"\n")


def _is_hex_digest(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _find_slot(ring: dict[str, Any], username: str) -> dict[str, Any] | None:
    for raw in ring["slots"]:
        if raw.get("username") == username:
            return dict(raw)
    return None


def _require_key(ring: dict[str, Any], key: bytes, path: Path) -> None:
    if len(key) != KEY_BYTES or not hmac.compare_digest(_key_check(key), ring["key_check"]):
        raise StorageError("db.wrong_key", path=path)


# --- slots ------------------------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _digest(fields: dict[str, Any]) -> str:
    canonical = json.dumps({name: fields[name] for name in _SLOT_FIELDS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _key_check(key: bytes) -> str:
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()


def _new_slot(key: bytes, username: str, password: str) -> dict[str, Any]:
    # User names are compared stripped, as storage.accounts does, so one sign-in serves both.
    username = username.strip()
    if not username:
        raise ValidationError("required", "username")
    if not password:
        raise ValidationError("required", "password")
    params = password_parameters()
    slot: dict[str, Any] = {
        "username": username,
        "salt": os.urandom(16),
        "time_cost": params.time_cost,
        "memory_cost": params.memory_cost,
        "parallelism": params.parallelism,
        "nonce": os.urandom(NONCE_BYTES),
    }
    slot["wrapped"] = AESGCM(_derive(password, slot)).encrypt(slot["nonce"], key, username.encode())
    stored = {name: _b64(value) if isinstance(value, bytes) else value for name, value in slot.items()}
    stored["digest"] = _digest(stored)
    return stored


def _parse_slot(raw: dict[str, Any], keys: Path) -> dict[str, Any]:
    """Decode a stored slot; StorageError("db.keyring_tampered") if any field is missing, malformed or edited."""
    username = str(raw.get("username"))
    tampered = StorageError("db.keyring_tampered", keyring=keys, username=username)
    try:
        if not hmac.compare_digest(_digest(raw), str(raw["digest"])):
            raise tampered
        slot: dict[str, Any] = {"username": raw["username"]}
        for name in ("salt", "nonce", "wrapped"):
            slot[name] = base64.b64decode(raw[name], validate=True)
        for name, (low, high) in _LIMITS.items():
            value = raw[name]
            if type(value) is not int or not low <= value <= high:
                raise tampered
            slot[name] = value
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise tampered from exc
    if (
        not isinstance(slot["username"], str)
        or len(slot["salt"]) < 8
        or len(slot["nonce"]) != NONCE_BYTES
        or len(slot["wrapped"]) != KEY_BYTES + 16
        or slot["memory_cost"] < 8 * slot["parallelism"]
    ):
        raise tampered
    return slot


def _derive(password: str, slot: dict[str, Any]) -> bytes:
    """The key-encryption key: argon2id over the password, with the slot's own salt and parameters."""
    return hash_secret_raw(
        password.encode(),
        slot["salt"],
        time_cost=slot["time_cost"],
        memory_cost=slot["memory_cost"],
        parallelism=slot["parallelism"],
        hash_len=32,
        type=Type.ID,
    )
