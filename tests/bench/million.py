"""The benchmarks' large demo database, built once and cached outside the checkout.

`cached_demo(scale)` returns the path of `fieldapp demo --scale <scale>` built with the benchmarks' fixed day, kept
under ~/.cache/fieldapp-bench/ (or $FIELDAPP_BENCH_CACHE) in a file named by the schema's head revision and a hash
of the demo generator's source: a new migration or a changed generator builds a new file (older ones are removed),
the same ones reuse it. Scale 50 is ~1,000,000 receptions, ~2.5 GB and ~90 s to build; a lock file keeps two
benchmark runs from building it at once. `--quick` figures use a small scale, built in their own temporary folder.

The figures only read the cached file; `checked_unchanged` tells a figure whether someone wrote to it (its row counts
and the alembic revision are compared with those recorded when it was built).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


TODAY = date(2026, 3, 2)  # fixed, so every build writes the same rows
MILLION_SCALE = 50  # ~1,000,478 receptions
QUICK_SCALE, QUICK_PER_MONTH = 1, 2_000
GENERATOR_SOURCES = ("fieldapp/services/demo.py", "fieldapp/services/demo_scenario.py",
                     "fieldapp/storage/bulk.py", "fieldapp/storage/schema_extras.py")
COUNTED = ("reception", "control_item", "control_event", "stop", "sync_change")


def cache_dir() -> Path:
    folder = Path(os.environ.get("FIELDAPP_BENCH_CACHE") or Path.home() / ".cache" / "fieldapp-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_key(scale: int) -> str:
    """Schema head revision + hash of the generator's (and the schema extras') source + scale + day."""
    from fieldapp.storage.database import MIGRATIONS_DIR, head_from_files, head_revision

    digest = hashlib.sha256()
    for name in GENERATOR_SOURCES:
        digest.update(name.encode())
        digest.update((ROOT / name).read_bytes())
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    head = head_from_files() or head_revision()
    return f"demo-s{scale}-{TODAY.isoformat()}-rev{head}-{digest.hexdigest()[:12]}"


def _counts(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts: dict[str, object] = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                     for t in COUNTED if t in tables}
        counts["alembic"] = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        return counts
    finally:
        conn.close()


def cached_demo(scale: int = MILLION_SCALE, log=print) -> Path:  # type: ignore[no-untyped-def]
    """The cached demo database of `scale` (built now when missing or stale)."""
    folder = cache_dir()
    key = cache_key(scale)
    db, meta = folder / f"{key}.db", folder / f"{key}.json"
    with open(folder / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time; a second run waits and then reuses it
        if db.exists() and meta.exists():
            return db
        for old in folder.glob(f"demo-s{scale}-*"):  # a stale build of the same scale: 2.5 GB not to keep
            old.unlink()
        from fieldapp.services.demo import build_demo

        log(f"building the cached demo database (scale {scale}) at {db} …")
        started = time.perf_counter()
        summary = build_demo(db, scale=scale, today=TODAY, force=True)
        seconds = time.perf_counter() - started
        meta.write_text(json.dumps({"key": key, "seconds": round(seconds, 1), "receptions": summary.receptions,
                                    "counts": _counts(db)}, indent=1), encoding="utf-8")
        log(f"built in {seconds:.0f} s: {summary.receptions} receptions")
    return db


def quick_demo(workdir: Path) -> Path:
    """A small demo database for `--quick` runs, in the figure's temporary folder."""
    from fieldapp.services.demo import build_demo

    db = workdir / "quick.db"
    build_demo(db, scale=QUICK_SCALE, today=TODAY, receptions_per_month=QUICK_PER_MONTH)
    return db


def bench_database(quick: bool, workdir: Path) -> Path:
    return quick_demo(workdir) if quick else cached_demo()


def checked_unchanged(db: Path) -> bool:
    """Whether the cached file still holds what was recorded at its build (True for files not in the cache)."""
    meta = db.with_suffix(".json")
    if not meta.exists():
        return True
    return bool(json.loads(meta.read_text(encoding="utf-8"))["counts"] == _counts(db))


# -- measuring helpers shared by the large-database figures ---------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's own peak resident memory (VmHWM: Linux's ru_maxrss would carry a forking parent's peak)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_child(script: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 900) -> dict[str, Any]:
    """Run `python script args…` and return the JSON object its last stdout line holds (its own timings and peak
    memory): each side of a figure in a fresh process, so one side's memory is not the other's."""
    done = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, env=env,
                          timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{script.name} {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@contextmanager
def captured_sql(engine: Any) -> Iterator[list[tuple[str, Any]]]:
    """Every statement (and its DBAPI parameters) the app sends through `engine` meanwhile: what a raw replay runs."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def raw_connection(db: Path) -> sqlite3.Connection:
    """A bare stdlib sqlite3 connection to `db`, read-only, with the SQL functions the app's queries call."""
    from raw_replay import connect

    return connect(db)


def save_statements(statements: list[tuple[str, Any]], path: Path) -> Path:
    path.write_text(json.dumps([[sql, list(params) if isinstance(params, (list, tuple)) else params]
                                for sql, params in statements], ensure_ascii=False, default=str), encoding="utf-8")
    return path


def child_env(home: Path) -> dict[str, str]:
    """The environment of a measured child: no account from the caller's shell, settings and logs in `home`.

    An installed app runs from compiled bytecode (pip and PyInstaller both compile it), and a shell that sets
    PYTHONDONTWRITEBYTECODE would make every measured start compile fieldapp from source again (0.5 s of a `stats`
    at a million receptions): the children write their .pyc files beside `home`, the untimed first run of each
    figure writes them, as the first start of an installation would."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_HOME": str(home),
           "PYTHONPYCACHEPREFIX": str(home.parent / "pycache")}
    for name in ("FIELDAPP_USER", "FIELDAPP_PASSWORD", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def raw_child(db: Path, statements: Path, rounds: int, env: dict[str, str] | None = None) -> dict[str, Any]:
    """The raw side in its own process (tests/bench/raw_replay.py: stdlib sqlite3, nothing of fieldapp imported)."""
    return run_child(HERE / "raw_replay.py", str(db), str(statements), str(rounds), env=env)


def driver_versions() -> str:
    import sqlcipher3.dbapi2 as app_sqlite

    return f"app: SQLCipher's SQLite {app_sqlite.sqlite_version}; raw: stdlib sqlite3 {sqlite3.sqlite_version}"


if __name__ == "__main__":  # `python tests/bench/million.py` builds (or finds) the cached file and prints its path
    print(cached_demo(int(sys.argv[1]) if len(sys.argv) > 1 else MILLION_SCALE))
