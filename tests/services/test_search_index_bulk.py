"""Receptions written in bulk (journal import) are indexed for resident search after them in one statement: the
index must end up exactly as the row-by-row trigger would have left it, the trigger must be back afterwards, and a
failed or cancelled import must leave both as they were."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks

from fieldapp.services import receptions, sync
from fieldapp.services.context import Context
from fieldapp.services.journal import COLUMNS, import_journal
from fieldapp.services.progress import Cancelled, CancelToken
from fieldapp.services.receptions import ReceptionDraft
from fieldapp.storage.bulk import bulk_transaction
from fieldapp.storage.database import open_database
from fieldapp.storage.schema_extras import FTS_DEFER_FROM, FTS_INSERT_TRIGGER, FTS_TABLE, fts_indexed_after

ROWS = FTS_DEFER_FROM + 50  # enough for the writers to take the deferred path


def journal(path: Path, names: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([c.ru for c in COLUMNS])
    for n, name in enumerate(names):
        ws.append(["", "02.03.2026", "Жамбылский район", f"Село {n % 5}", name, None, f"+7 701 555 {n:04d}",
                   "пенсионер", "заявление", "водоснабжение", f"Обращение {n}", "разъяснено", "", ""])
    wb.save(path)
    return path


def trigger_sql(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                             (FTS_INSERT_TRIGGER,)).fetchone()
    return None if found is None else str(found[0])


def schema_version(path: Path) -> int:
    """Bumped by each DDL statement: the deferred path drops and re-creates the trigger, the row-by-row one does not."""
    with sqlite3.connect(path) as conn:
        return int(conn.execute("PRAGMA schema_version").fetchone()[0])


def index_matches_table(path: Path) -> bool:
    """FTS5's own check of an external-content index against its table (rank 1: compare with the content)."""
    with sqlite3.connect(path) as conn:
        try:
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
    return True


def names(count: int, start: int = 0) -> list[str]:
    return [f"Тестова{'ә' if n % 2 else 'ы'} Жанар {n:04d}" for n in range(start, start + count)]


def test_an_imported_journal_is_searchable_and_the_trigger_is_back(ctx: Context, tmp_path: Path) -> None:
    before, version = trigger_sql(ctx.db.path), schema_version(ctx.db.path)
    assert before is not None
    import_journal(ctx, journal(tmp_path / "j.xlsx", names(ROWS)))
    assert trigger_sql(ctx.db.path) == before
    assert schema_version(ctx.db.path) > version  # the receptions went in without the trigger
    assert index_matches_table(ctx.db.path)
    hits = receptions.search_residents(ctx, "жанар 0123")
    assert [h.applicant_name for h in hits] == ["Тестоваә Жанар 0123"]
    assert len(receptions.search_residents(ctx, "555", limit=1000)) == ROWS  # phone words are indexed too
    # The trigger works again: a reception typed at the desk afterwards is found.
    stop = hits[0].stop_id
    receptions.record_reception(ctx, ReceptionDraft(stop_id=stop, applicant_name="Оразбаева Гүлнар"))
    assert [h.applicant_name for h in receptions.search_residents(ctx, "гүлнар")] == ["Оразбаева Гүлнар"]
    assert index_matches_table(ctx.db.path)


def test_a_second_bulk_import_indexes_only_its_own_rows(ctx: Context, tmp_path: Path) -> None:
    import_journal(ctx, journal(tmp_path / "a.xlsx", names(ROWS)))
    import_journal(ctx, journal(tmp_path / "b.xlsx", names(ROWS, start=ROWS)))
    assert index_matches_table(ctx.db.path)  # no row indexed twice, none missed
    assert len(receptions.search_residents(ctx, "жанар", limit=10_000)) == 2 * ROWS


def test_a_cancelled_import_leaves_the_index_and_trigger_as_they_were(ctx: Context, tmp_path: Path) -> None:
    import_journal(ctx, journal(tmp_path / "a.xlsx", names(ROWS)))
    before = trigger_sql(ctx.db.path)
    token = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if what == "reception":  # after the first chunk of receptions went in
            token.cancel()

    with pytest.raises(Cancelled):
        import_journal(ctx, journal(tmp_path / "b.xlsx", names(ROWS, start=ROWS)), progress=progress, cancel=token)
    assert trigger_sql(ctx.db.path) == before
    assert index_matches_table(ctx.db.path)
    assert len(receptions.search_residents(ctx, "жанар", limit=10_000)) == ROWS


def test_a_failure_caught_inside_the_block_still_leaves_a_whole_index(ctx: Context, tmp_path: Path) -> None:
    """A caller that catches the error and commits: the rows written before it are indexed, the trigger is back."""
    import_journal(ctx, journal(tmp_path / "a.xlsx", names(ROWS)))
    with sqlite3.connect(ctx.db.path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(reception)")]
        template = conn.execute("SELECT * FROM reception LIMIT 1").fetchone()
    at = {c: i for i, c in enumerate(columns)}

    def copy(n: int) -> tuple[Any, ...]:
        row = list(template)
        row[at["id"]], row[at["reg_no"]], row[at["applicant_name"]] = f"copy-{n}", f"COPY-{n}", f"Копия Дана {n}"
        return tuple(row)

    marks = ", ".join("?" * len(columns))
    with bulk_transaction(ctx.db.engine) as writer:
        cursor = writer.connection.connection.driver_connection.cursor()
        with pytest.raises(ValueError), fts_indexed_after(cursor):
            cursor.executemany(f"INSERT INTO reception VALUES ({marks})", [copy(n) for n in range(3)])
            raise ValueError("the caller's own failure")
    assert trigger_sql(ctx.db.path) is not None
    assert index_matches_table(ctx.db.path)
    assert len(receptions.search_residents(ctx, "копия дана")) == 3


def test_receptions_merged_from_another_laptop_are_indexed_once(ctx: Context, other_ctx: Context,
                                                                 tmp_path: Path) -> None:
    """Sync writes a package's new receptions in one insert: they are indexed after it, like the import's."""
    import_journal(other_ctx, journal(tmp_path / "b.xlsx", names(ROWS)))
    for n, (side, peer) in enumerate(((ctx, other_ctx), (other_ctx, ctx))):
        sync.export_key(peer, tmp_path / f"{n}.key")
        sync.enrol(side, tmp_path / f"{n}.key")
    before, version = trigger_sql(ctx.db.path), schema_version(ctx.db.path)
    sync.export_package(other_ctx, tmp_path / "b.fieldsync")
    sync.import_packages(ctx, [tmp_path / "b.fieldsync"])
    assert trigger_sql(ctx.db.path) == before
    assert schema_version(ctx.db.path) > version  # the receptions went in without the trigger
    assert index_matches_table(ctx.db.path)
    assert len(receptions.search_residents(ctx, "жанар", limit=10_000)) == ROWS
    assert sync.digest(ctx) == sync.digest(other_ctx)


def test_an_import_killed_while_the_trigger_is_away_leaves_the_database_as_it_was(ctx: Context,
                                                                                  tmp_path: Path) -> None:
    """The laptop dies after the receptions went in without the trigger, before the index and the trigger came
    back: the open transaction is gone, and with it the missing trigger."""
    path = journal(tmp_path / "j.xlsx", names(ROWS))
    db = ctx.db.path
    ctx.db.close()
    before = (trigger_sql(db), schema_version(db), count_rows(db))
    marker = tmp_path / "inside"
    child = f"""
import time
from contextlib import contextmanager
from pathlib import Path
from fieldapp.storage import schema_extras
real = schema_extras.fts_indexed_after
@contextmanager
def slow(cursor):
    with real(cursor):
        yield
        Path({str(marker)!r}).write_text("x")  # receptions written, trigger dropped, index not built yet
        time.sleep(60)
schema_extras.fts_indexed_after = slow
from fieldapp.cli import main
main(["import", "journal", {str(db)!r}, {str(path)!r}])
"""
    proc = subprocess.Popen([sys.executable, "-c", child], env={**os.environ})
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (trigger_sql(db), schema_version(db), count_rows(db)) == before
    assert index_matches_table(db)
    done = subprocess.run([sys.executable, "-m", "fieldapp", "import", "journal", str(db), str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert count_rows(db) == before[2] + ROWS and trigger_sql(db) == before[0] and index_matches_table(db)


def count_rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM reception").fetchone()[0])


def test_an_encrypted_file_takes_the_same_path_and_stays_encrypted(tmp_path: Path) -> None:
    key = bytes(range(32))
    path = tmp_path / "secret.db"
    db = open_database(path, key, create=True)
    try:
        ctx = Context(db=db, clock=lambda: datetime(2026, 3, 2, 10, 30))
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
        import_journal(ctx, journal(tmp_path / "j.xlsx", names(ROWS)))
        assert len(receptions.search_residents(ctx, "жанар", limit=10_000)) == ROWS
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = ?",
                                        (FTS_INSERT_TRIGGER,)).scalar() == 1
            assert conn.exec_driver_sql("PRAGMA schema_version").scalar() > version  # went in without the trigger
    finally:
        db.close()
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3") and "Тестова".encode() not in data
