"""Protected databases: the key file unlocks the database for each account, and only with the right password."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import APPLICANTS, seed, sha256

from fieldapp.domain.errors import AccessError, StorageError, ValidationError
from fieldapp.storage.database import open_database
from fieldapp.storage.engine import SQLITE_HEADER
from fieldapp.storage.protection import (
    add_key_slot,
    create_protected,
    is_protected,
    keyring_path,
    remove_key_slot,
    slot_usernames,
    unlock,
)
from fieldapp.storage.tables import Reception


@pytest.fixture
def protected(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "field.db"
    key = create_protected(path, "coordinator", "demo")
    with open_database(path, key) as db:
        seed(db)
    return path, key


def _ring(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(keyring_path(path).read_text(encoding="utf-8"))
    return data


def _write_ring(path: Path, ring: dict[str, Any]) -> None:
    keyring_path(path).write_text(json.dumps(ring), encoding="utf-8")


def test_a_protected_database_is_encrypted_and_unlocks_with_the_password(protected: tuple[Path, bytes]) -> None:
    path, key = protected
    assert len(key) == 32
    assert is_protected(path)
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert unlock(path, "coordinator", "demo") == key
    with open_database(path, unlock(path, "coordinator", "demo")) as db, db.session() as s:
        assert s.query(Reception).count() == len(APPLICANTS)
    assert slot_usernames(path) == ["coordinator"]


def test_the_key_file_never_holds_the_key(protected: tuple[Path, bytes]) -> None:
    path, key = protected
    raw = keyring_path(path).read_bytes()
    for form in (key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key),
                 base64.urlsafe_b64encode(key), base64.b64encode(key).rstrip(b"=")):
        assert form not in raw
    ring = _ring(path)
    assert ring["format"] == 1
    (slot,) = ring["slots"]
    assert slot["username"] == "coordinator"
    assert {"salt", "time_cost", "memory_cost", "parallelism", "nonce", "wrapped"} <= set(slot)
    assert b"demo" not in raw
    if os.name == "posix":
        assert stat.S_IMODE(keyring_path(path).stat().st_mode) == 0o600


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(protected: tuple[Path, bytes]) -> None:
    path, _ = protected
    with pytest.raises(AccessError) as wrong:
        unlock(path, "coordinator", "Demo")
    with pytest.raises(AccessError) as unknown:
        unlock(path, "intruder", "demo")
    assert wrong.value.code == unknown.value.code == "auth.failed"
    assert wrong.value.message("ru") == unknown.value.message("ru")


def test_a_missing_key_file_is_named(protected: tuple[Path, bytes]) -> None:
    path, _ = protected
    keyring_path(path).unlink()
    assert is_protected(path)  # whole pages without a header still look like one
    with pytest.raises(StorageError) as err:
        unlock(path, "coordinator", "demo")
    assert err.value.code == "db.keyring_missing"
    assert err.value.params["keyring"] == keyring_path(path)
    assert keyring_path(path).name in err.value.message("kk")


def _flip(b64: str) -> str:
    data = bytearray(base64.b64decode(b64))
    data[0] ^= 0x01
    return base64.b64encode(bytes(data)).decode()


@pytest.mark.parametrize(
    "edit",
    [
        lambda slot: slot.update(wrapped=_flip(slot["wrapped"])),
        lambda slot: slot.update(nonce=_flip(slot["nonce"])),
        lambda slot: slot.update(salt=_flip(slot["salt"])),
        lambda slot: slot.update(memory_cost=1 << 40),  # would hang the laptop if believed
        lambda slot: slot.update(time_cost="3"),
        lambda slot: slot.pop("wrapped"),
        lambda slot: slot.update(wrapped="not base64!"),
    ],
    ids=["wrapped", "nonce", "salt", "huge-memory", "type", "missing-field", "bad-base64"],
)
def test_a_tampered_slot_is_reported_as_such(protected: tuple[Path, bytes], edit: Any) -> None:
    path, _ = protected
    ring = _ring(path)
    edit(ring["slots"][0])
    _write_ring(path, ring)
    with pytest.raises(StorageError) as err:
        unlock(path, "coordinator", "demo")
    assert err.value.code == "db.keyring_tampered"
    assert "coordinator" in err.value.message("en")


def test_a_careful_forger_gets_no_further_than_a_wrong_password(protected: tuple[Path, bytes]) -> None:
    # Someone who edits the ciphertext and recomputes the (unkeyed) digest: AES-GCM still refuses the slot.
    from fieldapp.storage.protection import _digest

    path, _ = protected
    ring = _ring(path)
    slot = ring["slots"][0]
    slot["wrapped"] = _flip(slot["wrapped"])
    slot["digest"] = _digest(slot)
    _write_ring(path, ring)
    with pytest.raises(AccessError):
        unlock(path, "coordinator", "demo")


def test_a_slot_copied_from_another_key_file_is_caught(protected: tuple[Path, bytes], tmp_path: Path) -> None:
    path, _ = protected
    other = tmp_path / "other.db"
    create_protected(other, "coordinator", "demo")
    ring = _ring(path)
    ring["slots"] = _ring(other)["slots"]
    _write_ring(path, ring)
    with pytest.raises(StorageError) as err:
        unlock(path, "coordinator", "demo")
    assert err.value.code == "db.keyring_tampered"


def test_another_databases_key_file_does_not_open_this_one(protected: tuple[Path, bytes], tmp_path: Path) -> None:
    path, _ = protected
    other = tmp_path / "other.db"
    create_protected(other, "coordinator", "demo")
    keyring_path(path).write_bytes(keyring_path(other).read_bytes())
    before = sha256(path)
    with pytest.raises(StorageError) as err:
        open_database(path, unlock(path, "coordinator", "demo"))
    assert err.value.code == "db.wrong_key"
    assert sha256(path) == before


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "db.keyring_invalid"),
        (b"\xff\xfe garbage", "db.keyring_invalid"),
        (b"[]", "db.keyring_invalid"),
        (b'{"format": 1, "slots": []}', "db.keyring_invalid"),
        (b'{"format": 2, "key_check": "", "slots": []}', "db.keyring_newer"),
    ],
)
def test_an_unreadable_key_file_is_reported(protected: tuple[Path, bytes], content: bytes, code: str) -> None:
    path, _ = protected
    keyring_path(path).write_bytes(content)
    with pytest.raises(StorageError) as err:
        unlock(path, "coordinator", "demo")
    assert err.value.code == code


def test_two_accounts_unlock_the_same_database(protected: tuple[Path, bytes]) -> None:
    path, key = protected
    add_key_slot(path, key, "aigerim", "её пароль")
    assert slot_usernames(path) == ["coordinator", "aigerim"]
    assert unlock(path, "aigerim", "её пароль") == key
    assert unlock(path, "coordinator", "demo") == key
    with pytest.raises(AccessError):
        unlock(path, "aigerim", "demo")

    # A new slot for an existing user is a password change.
    add_key_slot(path, key, "aigerim", "новый пароль")
    assert slot_usernames(path) == ["coordinator", "aigerim"]
    assert unlock(path, "aigerim", "новый пароль") == key
    with pytest.raises(AccessError):
        unlock(path, "aigerim", "её пароль")

    remove_key_slot(path, key, "aigerim")
    with pytest.raises(AccessError):
        unlock(path, "aigerim", "новый пароль")
    assert unlock(path, "coordinator", "demo") == key


def test_slots_need_the_databases_own_key(protected: tuple[Path, bytes]) -> None:
    path, _ = protected
    before = keyring_path(path).read_bytes()
    with pytest.raises(StorageError) as err:
        add_key_slot(path, os.urandom(32), "mallory", "x")
    assert err.value.code == "db.wrong_key"
    with pytest.raises(StorageError):
        remove_key_slot(path, os.urandom(32), "coordinator")
    assert keyring_path(path).read_bytes() == before


def test_the_last_slot_and_unknown_slots_cannot_be_removed(protected: tuple[Path, bytes]) -> None:
    path, key = protected
    with pytest.raises(ValidationError) as err:
        remove_key_slot(path, key, "coordinator")
    assert err.value.code == "keyring.last_slot"
    with pytest.raises(ValidationError) as err:
        remove_key_slot(path, key, "nobody")
    assert err.value.code == "keyring.no_slot"
    assert unlock(path, "coordinator", "demo") == key


def test_a_damaged_slot_of_one_user_does_not_lock_out_another(protected: tuple[Path, bytes]) -> None:
    path, key = protected
    add_key_slot(path, key, "aigerim", "pw")
    ring = _ring(path)
    ring["slots"][0]["wrapped"] = _flip(ring["slots"][0]["wrapped"])
    _write_ring(path, ring)
    assert unlock(path, "aigerim", "pw") == key


def test_create_refuses_to_overwrite(protected: tuple[Path, bytes], tmp_path: Path) -> None:
    path, _ = protected
    before = sha256(path), keyring_path(path).read_bytes()
    with pytest.raises(StorageError) as err:
        create_protected(path, "coordinator", "other")
    assert err.value.code == "db.exists"
    assert (sha256(path), keyring_path(path).read_bytes()) == before
    # A stray key file is not silently replaced either.
    lone = tmp_path / "lone.db"
    keyring_path(lone).write_text("{}", encoding="utf-8")
    with pytest.raises(StorageError):
        create_protected(lone, "coordinator", "demo")
    assert not lone.exists()


def test_create_needs_a_user_and_a_password(tmp_path: Path) -> None:
    for username, password in (("", "pw"), ("user", "")):
        with pytest.raises(ValidationError):
            create_protected(tmp_path / "x.db", username, password)
        assert not (tmp_path / "x.db").exists()
        assert not keyring_path(tmp_path / "x.db").exists()


def test_plain_and_missing_files_are_not_protected(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    open_database(plain, create=True).close()
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    assert not is_protected(plain)
    assert not is_protected(text)
    assert not is_protected(tmp_path / "missing.db")
    (tmp_path / "empty.db").write_bytes(b"")
    assert not is_protected(tmp_path / "empty.db")


def test_opening_a_protected_database_without_its_key_asks_for_the_password(protected: tuple[Path, bytes]) -> None:
    path, _ = protected
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.code == "db.encrypted"
    assert "FIELDAPP_PASSWORD" in err.value.message("en")


def test_the_secure_default_parameters_are_stored_per_slot(
    protected: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = protected
    monkeypatch.delenv("FIELDAPP_FAST_KDF")
    add_key_slot(path, key, "secure", "pw")
    slot = next(s for s in _ring(path)["slots"] if s["username"] == "secure")
    assert (slot["time_cost"], slot["memory_cost"], slot["parallelism"]) == (3, 65536, 4)
    # The cheap test slot still opens: a slot carries its own parameters.
    assert unlock(path, "coordinator", "demo") == unlock(path, "secure", "pw") == key
