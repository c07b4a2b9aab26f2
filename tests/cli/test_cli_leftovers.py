"""Issue 11, item 8: what a failure leaves behind. A report, a CSV export, a sync export or a demo killed (SIGKILL,
real processes) or failing leaves nothing in the system's temporary folder; its temporary files beside the target
go at the next write there; a killed demo never blocks the next one; an unwritable place is exit 1 naming it."""

from __future__ import annotations

import errno
import shlex
import shutil
import tempfile
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import Run, sample_rows
from process_helpers import (
    can_mount,
    command,
    fieldapp_env,
    in_namespace,
    kill_when,
    names,
    run,
    sha256,
    start,
    temp_files,
)
from sqlmodel import SQLModel

from fieldapp.services.demo import build_demo
from fieldapp.storage.database import open_database
from fieldapp.storage.protection import create_protected

pytestmark = pytest.mark.usefixtures("as_demo_coordinator")  # the demo is read-only without an account


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_HOME", str(tmp_path_factory.mktemp("demo_home")))
        build_demo(path)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "db" / "demo.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def system_temp(tmp_path: Path) -> Path:
    folder = tmp_path / "system-temp"
    folder.mkdir()
    return folder


@pytest.fixture
def env(fieldapp_home: Path, system_temp: Path) -> dict[str, str]:
    return fieldapp_env(fieldapp_home, system_temp)


def _assert_whole(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    else:
        openpyxl.load_workbook(path, read_only=True).close()


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
@pytest.mark.parametrize(("kind", "name"), [("journal", "journal.xlsx"), ("campaign", "campaign.pdf")])
def test_a_killed_report_leaves_nothing_in_the_system_temp_and_its_leftovers_go_at_the_next_write(
        demo: Path, tmp_path: Path, env: dict[str, str], system_temp: Path, kind: str, name: str,
        delay: float) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    proc = start(env, "report", kind, demo, "-o", target)
    if kill_when(proc, lambda: bool(temp_files(out)), delay):
        if target.exists():
            # Killed after the rename, on its way out (closing the database it logged the report in): the file
            # is there whole, never a part of one.
            _assert_whole(target)
        else:
            assert temp_files(out)  # SIGKILL cannot clean up: the next write into the folder does
    assert names(system_temp) == []  # the workbook's scratch files never went there
    again = run(env, "report", kind, demo, "-o", target)
    assert again.returncode == 0, again.stderr
    assert names(out) == [name]
    assert names(system_temp) == []
    assert names(demo.parent) == ["demo.db"]


@pytest.mark.parametrize("delay", [0.0, 0.5, 1.0])
@pytest.mark.parametrize("what", [("sync", "export", "--plain"), ("export", "csv", "receptions")], ids=["sync", "csv"])
def test_a_killed_export_leaves_no_part_file_after_the_next_one(demo: Path, tmp_path: Path, env: dict[str, str],
                                                                system_temp: Path, what: tuple[str, ...],
                                                                delay: float) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    target = out / ("laptop.fieldsync" if what[0] == "sync" else "receptions.csv")
    proc = start(env, *what, demo, "-o", target)
    # The package or the CSV is written in a blink at the end: kill when its file appears, or after a while.
    kill_when(proc, lambda: bool(temp_files(out)), delay, timeout=0.8 + delay)
    assert names(system_temp) == []
    again = run(env, *what, demo, "-o", target)
    assert again.returncode == 0, again.stderr
    assert names(out) == [target.name] and names(system_temp) == []


@pytest.mark.parametrize("delay", [0.0, 0.2, 0.5])
def test_a_killed_demo_never_blocks_the_next_one(tmp_path: Path, env: dict[str, str], system_temp: Path,
                                                delay: float) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "demo.db"
    proc = start(env, "demo", target)
    killed = kill_when(proc, lambda: bool(temp_files(folder)), delay)
    finished = target.exists()  # killed only after the rename, while it printed its summary: a whole database
    if killed and not finished:
        assert temp_files(folder)  # SIGKILL cannot clean up: the next write into the folder does
    again = run(env, "demo", target, *(["--force"] if finished else []))  # no --force needed after a kill
    assert again.returncode == 0, again.stderr
    assert names(folder) == ["demo.db"]
    assert names(system_temp) == []
    digest = run(env, "sync", "digest", target)
    assert digest.returncode == 0 and len(digest.stdout.strip()) == 64


def test_a_demo_goes_into_a_folder_that_does_not_exist_yet(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "demo.db"
    assert run("demo", target).code == 0
    assert names(target.parent) == ["demo.db"]


def test_a_killed_forced_demo_keeps_the_database_it_would_have_replaced(demo: Path, env: dict[str, str]) -> None:
    before = sha256(demo)
    proc = start(env, "demo", demo, "--force")
    assert kill_when(proc, lambda: bool(temp_files(demo.parent)), 0.2)
    assert sha256(demo) == before
    assert run(env, "demo", demo, "--force").returncode == 0
    assert names(demo.parent) == ["demo.db"]


def test_a_report_of_a_protected_database_writes_nothing_readable_but_the_report(
        tmp_path: Path, env: dict[str, str], system_temp: Path) -> None:
    db = tmp_path / "secret" / "secret.db"
    db.parent.mkdir()
    key = create_protected(db, "coordinator", "demo")
    open_database(db, key, create=True).close()
    rows, _ = sample_rows()
    order = {t.name: n for n, t in enumerate(SQLModel.metadata.sorted_tables)}
    database = open_database(db, key)
    try:
        with database.session() as session:
            for row in sorted(rows, key=lambda r: order[r.__tablename__]):
                session.add(row)
                session.flush()
    finally:
        database.close()
    out = tmp_path / "out"
    out.mkdir()
    signed_in = {**env, "FIELDAPP_USER": "coordinator", "FIELDAPP_PASSWORD": "demo"}
    for name in ("journal.xlsx", "journal.pdf"):
        result = run(signed_in, "report", "journal", db, "-o", out / name)
        assert result.returncode == 0, result.stderr
    assert names(out) == ["journal.pdf", "journal.xlsx"]
    assert names(system_temp) == []
    assert names(db.parent) == ["secret.db", "secret.db.keys"]


# -- failing in-process ---------------------------------------------------------------------------------------------


@pytest.fixture
def quiet_temp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder as the system's temporary folder of this process."""
    folder = tmp_path_factory.mktemp("system-temp")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "ctrl-c"])
def test_a_workbook_that_fails_midway_leaves_no_file_and_prints_one_line(
        run: Run, demo: Path, tmp_path: Path, quiet_temp: Path, monkeypatch: pytest.MonkeyPatch,
        error: BaseException) -> None:
    from fieldapp.reports import xlsx

    original = xlsx.write_table_sheet
    sheets: list[str] = []

    def failing(wb, table, taken, check=None):  # type: ignore[no-untyped-def]
        sheets.extend(temp_files(tmp_path / "out"))
        if len(sheets) > 2:
            raise error
        return original(wb, table, taken, check)

    monkeypatch.setattr(xlsx, "write_table_sheet", failing)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "journal.xlsx"
    result = run("report", "journal", demo, "-o", target, "--lang", "en")
    assert sheets  # it failed while the workbook's scratch files were there, beside the target
    if isinstance(error, KeyboardInterrupt):
        assert (result.code, result.err) == (130, "error: interrupted\n")
    else:
        assert result.code == 1
        assert result.err == f"error: cannot write the file {target}: the disk is full\n"  # no lxml traceback
    assert names(tmp_path / "out") == [] and names(quiet_temp) == []


@pytest.mark.parametrize("args", [
    ("sync", "export", "--plain", "DB", "-o", "OUT"),  # the demo enrolled no device to encrypt for
    ("export", "csv", "receptions", "DB", "-o", "OUT"),
    ("export", "geojson", "stops", "DB", "-o", "OUT"),
    ("report", "journal", "DB", "-o", "OUT.xlsx"),
    ("report", "campaign", "DB", "-o", "OUT.pdf"),
    ("sync", "device", "DB", "--export-key", "OUT"),
    ("template", "journal", "OUT.xlsx"),
], ids=lambda a: "-".join(a[:2]))
@pytest.mark.parametrize("where", ["a-file", "a-folder"])
def test_an_unwritable_place_is_exit_1_naming_it(run: Run, demo: Path, tmp_path: Path, args: tuple[str, ...],
                                                 where: str) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    suffix = args[-1][3:]
    # A file where its folder should be, or a folder where the file should be.
    out = tmp_path / "a-file" / f"x{suffix}" if where == "a-file" else tmp_path / f"a-folder{suffix}"
    if where == "a-folder":
        out.mkdir()
    before = sha256(demo)
    listing = names(tmp_path)
    result = run(*(str(demo) if a == "DB" else str(out) if a.startswith("OUT") else a for a in args), "--lang", "en")
    assert result.code == 1, result.err
    assert result.err.startswith(f"error: cannot write the file {out}: ") and result.err.count("\n") == 1
    assert names(tmp_path) == listing
    if where == "a-folder":
        assert names(out) == []
    assert sha256(demo) == before


# -- a real full disk and a read-only folder (a tmpfs in a mount namespace of its own) ------------------------------

needs_mount = pytest.mark.skipif(not can_mount(), reason="needs a private mount namespace (unshare -m, as root)")


@needs_mount
@pytest.mark.parametrize("args", [("report", "journal", "DB", "-o", "OUT.xlsx"),
                                  ("report", "journal", "DB", "-o", "OUT.pdf"),
                                  ("sync", "export", "--plain", "DB", "-o", "OUT.fieldsync"),
                                  ("export", "csv", "receptions", "DB", "-o", "OUT.csv")],
                         ids=["xlsx", "pdf", "sync", "csv"])
@pytest.mark.parametrize("mount", ["size=24k", "ro"])
def test_a_full_or_read_only_disk_is_exit_1_with_one_line_and_nothing_left(
        demo: Path, tmp_path: Path, env: dict[str, str], system_temp: Path, args: tuple[str, ...],
        mount: str) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    argv = [str(demo) if a == "DB" else str(disk / "out") + a[3:] if a.startswith("OUT") else a for a in args]
    script = (f"mount -t tmpfs -o {mount} tmpfs {disk} && {shlex.join(command(*argv, '--lang', 'en'))}; "
              f"echo \"rc=$?\"; ls -A {disk}")
    result = in_namespace(script, env)
    lines = result.stdout.splitlines()
    assert "rc=1" in lines, result.stdout + result.stderr
    assert lines[lines.index("rc=1") + 1:] == []  # the disk holds nothing afterwards
    reason = "the disk is full" if mount.startswith("size") else "no permission to write"
    assert result.stderr.startswith(f"error: cannot write the file {disk}/out") and reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert names(system_temp) == []

