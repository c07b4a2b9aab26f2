"""SQLite failures the user can cause (a busy or read-only file) reach them as StorageErrors naming the file."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import OperationalError
from storage_helpers import seed, sha256

from fieldapp.domain.errors import StorageError
from fieldapp.storage.database import Database, open_database, translate_sqlite_error
from fieldapp.storage.tables import LocalMeta, Reception


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "field.db"
    with open_database(path, create=True) as db:
        seed(db)
    return path


def _hold_write_lock(path: Path) -> sqlcipher.Connection:
    other = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO local_meta (key, value) VALUES ('held', 'by another program')")
    return other


def test_a_write_to_a_database_another_program_holds_is_db_locked(path: Path) -> None:
    other = _hold_write_lock(path)
    try:
        with open_database(path, busy_timeout_ms=50) as db:
            # Reading still works in WAL mode while another program writes.
            with db.reading() as s:
                assert s.query(Reception).count() == 4
            with pytest.raises(StorageError) as err, db.session() as s:
                s.add(LocalMeta(key="mine", value="x"))
            assert err.value.code == "db.locked"
            assert str(path) in err.value.message("kk")
            # The raw SQLAlchemy error sorts the same way.
            with pytest.raises(OperationalError) as raw, db.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO local_meta (key, value) VALUES ('mine', 'x')")
            translated = translate_sqlite_error(raw.value, path)
            assert translated is not None and translated.code == "db.locked"
    finally:
        other.rollback()
        other.close()
    with open_database(path) as db, db.session() as s:
        assert s.get(LocalMeta, "mine") is None
        assert s.get(LocalMeta, "held") is None


def test_a_save_that_reads_first_waits_for_another_writer_instead_of_failing(path: Path) -> None:
    # A reception saved while a background job writes: the save reads (the resident, the stop) before it writes.
    # Begun as a plain read, SQLite would refuse its first write at once (the read succeeds, WAL); a session takes
    # the lock up front and waits for the other writer to commit.
    other = _hold_write_lock(path)
    released = threading.Timer(0.3, lambda: (other.commit(), other.close()))
    with open_database(path) as db:
        released.start()
        start = time.monotonic()
        with db.session() as s:
            assert s.query(Reception).count() == 4
            s.add(LocalMeta(key="mine", value="x"))
        assert time.monotonic() - start >= 0.25  # it waited for the other writer
        released.join()
        with db.reading() as s:
            assert s.get(LocalMeta, "mine") is not None and s.get(LocalMeta, "held") is not None


def test_a_unit_of_work_filed_as_a_read_is_refused_if_it_writes_and_leaves_the_connection_writable(
    path: Path,
) -> None:
    with open_database(path) as db:
        with pytest.raises(StorageError), db.reading() as s:
            s.add(LocalMeta(key="sneaked", value="x"))
        for _ in range(3):  # the pool hands the same connection out again: it must write as before
            with db.session() as s:
                s.merge(LocalMeta(key="after", value="x"))
        with db.reading() as s:
            assert s.get(LocalMeta, "sneaked") is None and s.get(LocalMeta, "after") is not None


def _write(db: Database) -> None:
    with db.session() as s:
        s.add(LocalMeta(key="new", value="x"))


def test_a_database_opened_read_only_refuses_writes_with_db_readonly(path: Path) -> None:
    before = sha256(path)
    with open_database(path, readonly=True) as db:
        with db.session() as s:
            assert s.query(Reception).count() == 4
        with pytest.raises(StorageError) as err:
            _write(db)
        assert err.value.code == "db.readonly"
    assert sha256(path) == before


@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root writes to a 0444 file regardless")
def test_a_read_only_file_refuses_writes_with_db_readonly(path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy2(path, copy)
    copy.chmod(0o444)
    before = sha256(copy)
    try:
        with open_database(copy) as db, pytest.raises(StorageError) as err:
            _write(db)
        assert err.value.code == "db.readonly"
    finally:
        copy.chmod(0o644)
    assert sha256(copy) == before


def test_unknown_failures_are_left_to_be_bugs(path: Path) -> None:
    with open_database(path) as db, pytest.raises(OperationalError) as raw, db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT no_such_column FROM reception")
    assert translate_sqlite_error(raw.value, path) is None


def test_a_full_disk_is_db_full_and_loses_nothing_saved(path: Path) -> None:
    with open_database(path) as db:
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        # SQLite answers a page limit exactly as it answers a full disk (SQLITE_FULL); the pool keeps one connection.
        with db.engine.connect() as conn:
            conn.connection.cursor().execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StorageError) as err, db.session() as s:
            s.add_all(LocalMeta(key=f"k{n}", value="x" * 2000) for n in range(200))
        assert err.value.code == "db.full"
    with open_database(path) as db, db.session() as s:
        assert s.query(Reception).count() == 4
        assert s.get(LocalMeta, "k0") is None
