"""SQLCipher: an encrypted file shows nothing on disk and opens only with its own key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from storage_helpers import APPLICANTS, search, seed, sha256

from fieldapp.domain.errors import StorageError
from fieldapp.storage.database import open_database
from fieldapp.storage.engine import SQLITE_HEADER, keyring_path
from fieldapp.storage.tables import Reception

KEY = bytes(range(32))


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    with open_database(path, KEY, create=True) as db:
        seed(db)
    return path


def test_the_file_on_disk_has_no_header_and_no_plain_text(encrypted: Path) -> None:
    data = encrypted.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert len(data) % 4096 == 0
    for name, iin in APPLICANTS:
        assert name.split()[0].encode() not in data
        if iin:
            assert iin.encode() not in data
    assert b"reception" not in data  # not even the schema
    assert not encrypted.with_name("secret.db-wal").exists()


def test_the_right_key_opens_it_and_the_data_round_trips(encrypted: Path) -> None:
    with open_database(encrypted, KEY) as db:
        with db.session() as s:
            assert sorted(r.applicant_name for r in s.query(Reception)) == sorted(n for n, _ in APPLICANTS)
        with db.engine.connect() as conn:
            assert search(conn, "қасым") == {"Қасымова Ғалия Ержанқызы"}
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_without_a_key_it_is_refused_untouched(encrypted: Path) -> None:
    before = sha256(encrypted)
    with pytest.raises(StorageError) as err:
        open_database(encrypted)
    assert err.value.code == "db.not_database"
    # With its key file beside it, the file is recognised for what it is: a protected database.
    keyring_path(encrypted).write_text("{}", encoding="utf-8")
    with pytest.raises(StorageError) as err:
        open_database(encrypted)
    assert err.value.code == "db.encrypted"
    assert sha256(encrypted) == before


def test_another_key_is_refused_untouched(encrypted: Path) -> None:
    before = sha256(encrypted)
    with pytest.raises(StorageError) as err:
        open_database(encrypted, os.urandom(32))
    assert err.value.code == "db.wrong_key"
    assert sha256(encrypted) == before


def test_a_key_for_a_plain_file_is_a_clear_error(db_path: Path) -> None:
    before = sha256(db_path)
    with pytest.raises(StorageError) as err:
        open_database(db_path, KEY)
    assert err.value.code == "db.not_protected"
    assert sha256(db_path) == before


def test_a_key_must_have_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        open_database(tmp_path / "short.db", b"too short", create=True)
    assert not (tmp_path / "short.db").exists()


def test_sqlcipher_says_nothing_on_stderr(encrypted: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # The CLI promises exactly one `error:` line on stderr; SQLCipher's own log would add several.
    with pytest.raises(StorageError):
        open_database(encrypted, os.urandom(32))
    assert capfd.readouterr().err == ""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "plain.db"
    open_database(path, create=True).close()
    return path
