"""storage.files, the one way the app writes a file: whole or not at all, nothing left behind on any failure, the
leftovers of a killed process swept away later, openpyxl's scratch files beside the target, not in the system's
temporary folder."""

from __future__ import annotations

import errno
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from fieldapp.domain.errors import StorageError
from fieldapp.storage import files
from fieldapp.storage.files import (
    FileUnwritable,
    atomic_path,
    atomic_text,
    atomic_write,
    is_temp_name,
    spill_beside,
    sweep_stale,
    sweep_store,
    write_atomic,
)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def system_temp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder as the system's temporary folder: whatever lands there was put there by someone."""
    folder = tmp_path_factory.mktemp("system-temp")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _leftover(folder: Path, target: str, pid: int, age: float = 3600) -> Path:
    path = folder / f".{target}.{pid}-0badcafe{files.TEMP_MARK}"
    path.write_bytes(b"half a report with a resident's name")
    old = time.time() - age
    os.utime(path, (old, old))
    return path


@pytest.mark.parametrize("error", [RuntimeError("a bug"), KeyboardInterrupt()], ids=["exception", "ctrl-c"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"yesterday")
    with pytest.raises(type(error)), atomic_write(target) as fh:
        fh.write(b"half of today")
        assert [n for n in names(tmp_path) if is_temp_name(n)]  # it is being written beside the target
        raise error
    assert names(tmp_path) == ["report.pdf"]
    assert target.read_bytes() == b"yesterday"


def test_a_whole_write_replaces_the_target_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old")
    with atomic_text(target, encoding="utf-8-sig", newline="") as fh:
        fh.write("Тема;Результат\r\n")
    assert target.read_bytes() == "\ufeffТема;Результат\r\n".encode()
    assert names(tmp_path) == ["export.csv"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600  # it may hold personal data


def test_a_full_disk_met_while_writing_is_a_refusal_naming_the_file(tmp_path: Path) -> None:
    target = tmp_path / "package.fieldsync"
    with pytest.raises(FileUnwritable) as refused, atomic_write(target) as fh:
        fh.write(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert refused.value.code == "file.no_space" and str(target) in refused.value.message("en")
    # Still the OSError it was, for code that shows what the system said; and a refusal for the command line.
    assert isinstance(refused.value, OSError) and isinstance(refused.value, StorageError)
    assert refused.value.errno == errno.ENOSPC and refused.value.strerror
    assert names(tmp_path) == []


def test_lxml_reports_a_full_disk_in_words_of_its_own(tmp_path: Path) -> None:
    from lxml.etree import SerialisationError

    with pytest.raises(FileUnwritable) as refused, atomic_write(tmp_path / "r.xlsx"):
        raise SerialisationError("IO_ENOSPC")
    assert refused.value.code == "file.no_space"
    with pytest.raises(ValueError), atomic_write(tmp_path / "r.xlsx"):  # other errors pass as they are
        raise ValueError("a bug")
    assert names(tmp_path) == []


@pytest.mark.parametrize(("where", "code"), [
    ("missing/out.csv", "file.no_folder"), ("a-file/out.csv", "file.no_folder"), ("a-folder", "file.is_folder"),
])
def test_a_place_that_takes_no_file_is_refused_before_anything_is_written(tmp_path: Path, where: str,
                                                                           code: str) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-folder").mkdir()
    before = names(tmp_path)
    with pytest.raises(FileUnwritable) as refused:
        write_atomic(tmp_path / where, b"data")
    assert refused.value.code == code
    assert names(tmp_path) == before
    with pytest.raises(FileUnwritable):
        write_atomic(tmp_path / "a-file" / "x" / "out.csv", b"data", make_folder=True)
    write_atomic(tmp_path / "new" / "out.csv", b"data", make_folder=True)
    assert (tmp_path / "new" / "out.csv").read_bytes() == b"data"


def test_a_database_built_aside_takes_its_sidecars_along(tmp_path: Path) -> None:
    target = tmp_path / "demo.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").write_bytes(b"an old database's log, which SQLite would replay")
    with pytest.raises(RuntimeError), atomic_path(target, database=True) as building:
        building.write_bytes(b"half a database")
        Path(f"{building}-wal").write_bytes(b"its log")
        raise RuntimeError("killed halfway")
    assert names(tmp_path) == ["demo.db-shm", "demo.db-wal"]  # a failure touches nothing of the target's
    with atomic_path(target, database=True) as building:
        building.write_bytes(b"a whole database")
    assert names(tmp_path) == ["demo.db"] and target.read_bytes() == b"a whole database"


def test_leftovers_of_a_dead_process_are_swept_at_the_next_write(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = [_leftover(tmp_path, "report.xlsx", dead), _leftover(tmp_path, "demo.db", dead)]
    wal = Path(f"{stale[1]}-wal")
    wal.write_bytes(b"")
    os.utime(wal, (time.time() - 3600,) * 2)
    # Kept: a live writer's file (this process, now), a file of a process still running, a user's own dot file.
    live = tmp_path / f".report.xlsx.{os.getpid()}-00000001{files.TEMP_MARK}"
    live.write_bytes(b"being written")
    parent = _leftover(tmp_path, "other.pdf", os.getppid())
    own = tmp_path / ".hidden.part"
    own.write_bytes(b"the user's")
    write_atomic(tmp_path / "report.xlsx", b"new")
    assert names(tmp_path) == sorted([".hidden.part", live.name, parent.name, "report.xlsx"])


def test_a_leftover_named_with_this_process_id_but_older_than_it_is_stale(tmp_path: Path) -> None:
    _leftover(tmp_path, "r.pdf", os.getpid(), age=time.time() - files.STARTED + 60)
    assert sweep_stale(tmp_path) == 1 and names(tmp_path) == []


def test_the_photo_store_sweep_takes_old_unmarked_leftovers_too(tmp_path: Path) -> None:
    blobs = tmp_path / "blobs"
    sub = blobs / "ab"
    sub.mkdir(parents=True)
    old = time.time() - 3600
    for name in (".incoming-x1y2", "cdef0123.part"):
        (sub / name).write_bytes(b"half a photo")
        os.utime(sub / name, (old, old))
    (sub / "cdef4567").write_bytes(b"a photo")
    fresh = sub / "9999.part"
    fresh.write_bytes(b"being written by a sync import right now")
    _leftover(sub, "cdef89", _dead_pid())
    assert sweep_store(blobs) == 3
    assert names(sub) == ["9999.part", "cdef4567"]
    assert sweep_stale(tmp_path / "does-not-exist") == 0


def test_openpyxl_scratch_files_go_beside_the_target_and_go_away(tmp_path: Path, system_temp: Path) -> None:
    target = tmp_path / "journal.xlsx"
    seen: list[str] = []
    with atomic_write(target) as fh, spill_beside(target):
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Журнал")
        ws.append(["Синтетикова Айгерим", "921029350851"])
        seen = [n for n in names(tmp_path) if is_temp_name(n)]
        wb.save(fh)
    assert len(seen) == 2  # the target's temporary file and the worksheet's scratch file, both beside it
    assert names(system_temp) == []
    assert names(tmp_path) == ["journal.xlsx"]
    assert next(load_workbook(target).worksheets[0].iter_rows(values_only=True)) == (
        "Синтетикова Айгерим", "921029350851")
    # Outside the block openpyxl does what it always did.
    from openpyxl.worksheet import _writer

    assert _writer.create_temporary_file is not None


def _interrupted_save(target: Path) -> None:
    with atomic_write(target), spill_beside(target):
        wb = Workbook(write_only=True)
        for n in range(3):
            wb.create_sheet(f"Лист {n}").append(["Синтетикова Айгерим"])
        assert len([n for n in names(target.parent) if is_temp_name(n)]) == 4
        raise KeyboardInterrupt


def test_openpyxl_scratch_files_go_away_when_the_save_fails(tmp_path: Path, system_temp: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KeyboardInterrupt):
        _interrupted_save(tmp_path / "journal.xlsx")
    assert names(tmp_path) == [] and names(system_temp) == []
    # The abandoned worksheets' generators complain when collected (the command line logs that): here, quietly.
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: None)
    gc.collect()
