"""Issue 11, item 9: a database that cannot take the write — locked by another program, read-only, full, damaged —
or two imports at once are exit 1 with one `error:` line naming the file, and the database stays as it was; sync
import and export (and the journal import) wait for the busy timeout instead of failing when another program
commits; a package of a newer schema imported with a good one is parked, exit 0, with a note."""

from __future__ import annotations

import functools
import json
import shlex
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from cli_helpers import Run
from lock_helpers import write_lock
from process_helpers import (
    JOURNAL_ROW,
    can_mount,
    command,
    fieldapp_env,
    in_namespace,
    journal_rows,
    run,
    sha256,
    start,
    write_journal,
)

from fieldapp.services.demo import build_demo
from fieldapp.storage import database
from fieldapp.sync import exchange

pytestmark = pytest.mark.usefixtures("as_demo_coordinator")  # the demo is read-only without an account


LOCKED = "is busy in another program"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FIELDAPP_HOME", str(tmp_path_factory.mktemp("demo_home")))
        build_demo(path)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    return write_journal(tmp_path / "journal.xlsx", [JOURNAL_ROW, *journal_rows(40)])


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line in this process gives up on a lock after 0.3 s instead of 10 s."""
    from fieldapp.services import workspace

    monkeypatch.setattr(workspace, "open_database", functools.partial(database.open_database, busy_timeout_ms=300))


def digest(run: Run, db: Path) -> str:
    result = run("sync", "digest", db)
    assert result.code == 0, result.err
    return result.out


def receptions(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM reception").fetchone()[0])


def one_error(err: str, *words: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err, err




# -- locked -------------------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("short_busy_timeout")
def test_a_journal_import_into_a_locked_database_is_refused_naming_it(run: Run, demo: Path, journal: Path) -> None:
    before_digest, before_bytes = digest(run, demo), sha256(demo)
    with write_lock(demo):
        result = run("import", "journal", demo, journal, "--lang", "en")
    assert result.code == 1
    one_error(result.err, str(demo), LOCKED)
    assert sha256(demo) == before_bytes and digest(run, demo) == before_digest


@pytest.mark.usefixtures("short_busy_timeout")
def test_a_sync_import_and_export_of_a_locked_database_are_refused_naming_it(run: Run, demo: Path,
                                                                             tmp_path: Path) -> None:
    package = tmp_path / "demo.fieldsync"
    assert run("sync", "export", demo, "-o", package, "--plain").code == 0  # the demo enrolled nobody
    before_digest, before_bytes = digest(run, demo), sha256(demo)
    with write_lock(demo):
        imported = run("sync", "import", demo, package, "--lang", "en")
        exported = run("sync", "export", demo, "-o", tmp_path / "again.fieldsync", "--plain", "--lang", "en")
    for result in (imported, exported):
        assert result.code == 1
        one_error(result.err, str(demo), LOCKED)
    assert not (tmp_path / "again.fieldsync").exists()
    assert sha256(demo) == before_bytes and digest(run, demo) == before_digest


@pytest.mark.parametrize("what", ["sync export", "sync import", "import journal"])
def test_a_write_waits_for_another_program_that_commits_instead_of_failing(
        run: Run, demo: Path, journal: Path, tmp_path: Path, what: str) -> None:
    package = tmp_path / "demo.fieldsync"
    assert run("sync", "export", demo, "-o", package, "--plain").code == 0  # the demo enrolled nobody
    args = {"sync export": ("sync", "export", demo, "-o", tmp_path / "b.fieldsync", "--plain"),
            "sync import": ("sync", "import", demo, package),
            "import journal": ("import", "journal", demo, journal)}[what]
    # The other program commits after a second: a transaction that read before that could not write after it
    # (SQLite refuses at once rather than wait). One that takes the write lock first waits, then goes ahead.
    with write_lock(demo, release_after=1.0, commit=True):
        result = run(*args)
    assert result.code == 0, result.err
    with sqlite3.connect(demo) as conn:
        assert conn.execute("SELECT value FROM local_meta WHERE key = 'another program'").fetchone() == ("was here",)


# -- read-only, full, damaged ---------------------------------------------------------------------------------------


@pytest.fixture
def immutable(demo: Path) -> Iterator[Path]:
    """The database file made immutable (chattr +i): even root cannot write it. Root ignores a 0444 mode, so
    this is the way a test running as root gets a file it cannot write."""
    import subprocess

    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", demo], capture_output=True).returncode:
        pytest.skip("chattr +i is not available here (the file system or the user cannot)")
    try:
        yield demo
    finally:
        subprocess.run(["chattr", "-i", demo], check=True)


def test_a_journal_import_into_a_read_only_database_is_refused_naming_it(run: Run, immutable: Path,
                                                                         journal: Path) -> None:
    before_digest, before_bytes = digest(run, immutable), sha256(immutable)
    result = run("import", "journal", immutable, journal, "--lang", "en")
    one_error(result.err, str(immutable), "read-only")
    assert sha256(immutable) == before_bytes and digest(run, immutable) == before_digest


def test_a_read_only_open_refuses_the_write_naming_the_file(run: Run, demo: Path, journal: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's own read-only mode (what a read-only medium gives): the same refusal."""
    from fieldapp.services import workspace

    before = sha256(demo)
    def read_only(*args: object, **kwargs: object) -> database.Database:
        return database.open_database(*args, **{**kwargs, "readonly": True})  # type: ignore[arg-type]

    monkeypatch.setattr(workspace, "open_database", read_only)
    monkeypatch.setattr("fieldapp.services.sync.apply_parked", lambda ctx: None)  # looked up when a file opens
    result = run("import", "journal", demo, journal, "--lang", "en")
    assert result.code == 1
    one_error(result.err, str(demo), "read-only")
    assert sha256(demo) == before


def _damage_receptions(db: Path) -> None:
    """Garbage over the first page of the reception table and of each of its indexes: the file still opens (its
    schema is intact), the import meets the damage when it looks for the rows already there."""
    with sqlite3.connect(db) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [r for (r,) in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'reception' "
                                            "AND type IN ('table', 'index') AND rootpage > 0")]
    with open(db, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page)
            fh.write(bytes((n * 37 + 11) % 256 for n in range(page)))


@pytest.mark.parametrize("damage", ["garbage", "pages"])
def test_a_journal_import_into_a_damaged_database_is_refused_naming_it(run: Run, demo: Path, journal: Path,
                                                                       damage: str) -> None:
    if damage == "garbage":
        demo.write_bytes(bytes(range(256)) * 400 + b"cut")  # not whole pages: no encrypted file either
    else:
        _damage_receptions(demo)
    before = sha256(demo)
    result = run("import", "journal", demo, journal, "--lang", "en")
    assert result.code == 1
    one_error(result.err, str(demo), "damaged")
    assert sha256(demo) == before


@pytest.mark.skipif(not can_mount(), reason="needs a private mount namespace (unshare -m, as root)")
def test_a_journal_import_onto_a_full_disk_is_refused_and_the_file_stays_as_it_was(
        demo: Path, tmp_path: Path, fieldapp_home: Path) -> None:
    big = write_journal(tmp_path / "big.xlsx", journal_rows(600))
    disk = tmp_path / "disk"
    disk.mkdir()
    env = fieldapp_env(fieldapp_home, tmp_path)
    size_kb = demo.stat().st_size // 1024 + 48  # the file and its -shm, and a little room for the -wal
    db = disk / "demo.db"
    script = (f"mount -t tmpfs -o size={size_kb}k tmpfs {disk} && cp {demo} {db} && "
              f"{shlex.join(command('import', 'journal', db, big, '--lang', 'en'))}; echo \"rc=$?\"; "
              f"sha256sum {db}; {shlex.join(command('sync', 'digest', db))}")
    result = in_namespace(script, env)
    lines = result.stdout.splitlines()
    assert "rc=1" in lines, result.stdout + result.stderr
    one_error(result.stderr, str(db), "disk is full")
    assert lines[lines.index("rc=1") + 1].split()[0] == sha256(demo)
    expected = run(env, "sync", "digest", demo).stdout.strip()
    assert lines[-1] == expected


# -- two imports at once --------------------------------------------------------------------------------------------


def test_two_imports_of_one_journal_at_once_give_one_copy_of_it(demo: Path, demo_template: Path, tmp_path: Path,
                                                                fieldapp_home: Path) -> None:
    big = write_journal(tmp_path / "big.xlsx", journal_rows(1500))
    env = fieldapp_env(fieldapp_home, tmp_path)
    before = receptions(demo)
    for attempt in range(2):
        procs = [start(env, "import", "journal", demo, big)]
        time.sleep(0.2 * attempt)
        procs.append(start(env, "import", "journal", demo, big))
        for proc in procs:
            _, err = proc.communicate(timeout=300)
            assert proc.returncode in (0, 1), err  # never a bug
            if proc.returncode:
                one_error(err, str(demo), "занята")
        assert receptions(demo) == before + 1500
    alone = tmp_path / "alone.db"
    shutil.copy(demo_template, alone)
    assert run(env, "import", "journal", alone, big).returncode == 0
    assert run(env, "sync", "digest", demo).stdout == run(env, "sync", "digest", alone).stdout


# -- a package of a newer schema with a good one ------------------------------------------------------------------


def test_a_newer_package_with_a_good_one_is_parked_exit_0_with_a_note(
        run: Run, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, only_good = (tmp_path / f"{n}.db" for n in ("a", "b", "only-good"))
    for path in (a, b, only_good):
        shutil.copy(demo_template, path)
    assert run("sync", "device", a, "--export-key", tmp_path / "a.key").code == 0
    for path in (b, only_good):
        assert run("sync", "device", path, "--enroll", tmp_path / "a.key").code == 0
    good, newer = tmp_path / "good.fieldsync", tmp_path / "newer.fieldsync"
    assert run("sync", "export", a, "-o", good, "--plain").code == 0  # a enrolled nobody
    with monkeypatch.context() as newer_app:
        newer_app.setattr(exchange, "SCHEMA_VERSION", exchange.SCHEMA_VERSION + 1)
        assert run("sync", "export", a, "-o", newer, "--plain").code == 0
    assert run("sync", "import", only_good, good).code == 0
    result = run("sync", "import", b, good, newer, "--lang", "en")
    assert result.code == 0, result.err
    assert "error" not in result.err
    notes = [line for line in result.err.splitlines() if line.startswith("note: ")]
    assert notes == [f"note: {newer}: the package was made by a newer version of the app (schema "
                     f"{exchange.SCHEMA_VERSION + 1}); it is kept aside and will be applied after an upgrade"]
    assert f"{newer}\t-\tparked (schema {exchange.SCHEMA_VERSION + 1})" in result.out.splitlines()
    assert f"{good}\t" in result.out
    assert digest(run, b) == digest(run, only_good)  # the good one went in
    with sqlite3.connect(b) as conn:
        assert conn.execute("SELECT count(*) FROM sync_parked").fetchone() == (1,)
    as_json = run("sync", "import", b, newer, "--json")
    assert as_json.code == 0
    assert json.loads(as_json.out)["parked"] == [{"name": str(newer), "schema": exchange.SCHEMA_VERSION + 1}]
