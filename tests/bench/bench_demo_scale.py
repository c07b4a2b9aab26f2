"""Figure `demo_scale`: `build_demo(scale=1)` against bare executemany of the very same rows into the same schema.

The app side runs in child processes (their own peak RSS, warm imports); the baseline replays the rows the app's bulk
writer sent, captured in an untimed run, into a copy of an empty schema made by open_database (FTS triggers included).
The demo account's row needs a fresh argon2id hash of its password, so the baseline computes one with the same
parameters through the bare argon2 library: that is part of "the same work", and reported apart as kdf_s.
"""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parents[1]) not in sys.path:
    sys.path.insert(0, str(HERE.parents[1]))

from argon2 import PasswordHasher  # noqa: E402

from fieldapp.services.demo import DEMO_PASSWORD, build_demo  # noqa: E402
from fieldapp.services.demo_scenario import RECEPTIONS_PER_MONTH  # noqa: E402
from fieldapp.storage import bulk  # noqa: E402
from fieldapp.storage.accounts import password_parameters  # noqa: E402
from fieldapp.storage.database import open_database  # noqa: E402
from fieldapp.storage.schema_extras import fts_indexed_after  # noqa: E402

FIGURE = "demo_scale"
TARGET = 2.0
TITLE = "fieldapp demo --scale 1 vs sqlite executemany of the same rows (one transaction)"

TODAY = date(2026, 3, 2)  # fixed, so every run writes the same rows
QUICK_RECEPTIONS = 5_000
LOCAL_TABLES = ("local_meta", "account")  # written through the ORM session, replayed from the app's file


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    per_month = QUICK_RECEPTIONS if quick else RECEPTIONS_PER_MONTH
    repeats = 1 if quick else 3

    # Untimed: capture exactly what the bulk writer sent, and an empty schema to replay it into.
    capture = workdir / "capture.db"
    with bulk.record_inserts() as recorded:
        summary = build_demo(capture, scale=1, today=TODAY, receptions_per_month=per_month)
    local_rows = _local_rows(capture)
    schema = workdir / "schema.db"
    open_database(schema, create=True).close()

    import sqlcipher3.dbapi2 as app_driver

    # App and baseline take turns, so a busy neighbour on a shared machine slows both sides alike.
    app_runs: list[dict[str, Any]] = []
    replays: list[tuple[float, float]] = []
    stdlib: list[float] = []
    for i in range(repeats):
        app_runs.append(_app_run(workdir / f"app{i}", per_month))
        replays.append(_replay(app_driver, schema, workdir / f"base{i}.db", recorded, local_rows))
        stdlib.append(_replay(sqlite3, schema, workdir / f"std{i}.db", recorded, local_rows)[0])
    app_seconds = [r["seconds"] for r in app_runs]
    baseline_seconds = [insert + kdf for insert, kdf in replays]
    same_rows = _counts(workdir / "base0.db") == _counts(capture) == _counts(Path(app_runs[0]["path"]))

    best_app, best_base = min(app_seconds), min(baseline_seconds)
    rows = sum(len(r.rows) for r in recorded) + sum(len(v) for v in local_rows.values())
    details: dict[str, Any] = {
        "receptions": summary.receptions,
        "rows": rows,
        "repeats": repeats,
        "app_runs_s": [round(s, 3) for s in app_seconds],
        "baseline_runs_s": [round(s, 3) for s in baseline_seconds],
        "kdf_s": [round(kdf, 3) for _, kdf in replays],
        "baseline_driver": f"sqlcipher3 (the app's SQLite {app_driver.sqlite_version}, no key)",
        "stdlib_sqlite3_inserts_best_s": round(min(stdlib), 3),
        "stdlib_sqlite_version": sqlite3.sqlite_version,
        "app_rows_per_s": round(rows / best_app),
        "baseline_rows_per_s": round(rows / best_base),
        "app_peak_rss_mb": max(r["peak_rss_mb"] for r in app_runs),
        "same_rows": same_rows,
    }
    return best_app, best_base, details


def _app_run(folder: Path, per_month: int) -> dict[str, Any]:
    """One timed build in a fresh child process (its own peak RSS), after an untimed warm-up there."""
    folder.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--app-run", str(folder), str(per_month)],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _child(folder: Path, per_month: int) -> None:
    """The app side: an untimed warm-up (imports, Alembic scripts, the holiday calendar), then one timed build."""
    build_demo(folder / "warmup.db", today=TODAY)
    path = folder / "app.db"
    started = time.perf_counter()
    build_demo(path, scale=1, today=TODAY, receptions_per_month=per_month)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "peak_rss_mb": round(peak_kb / 1024, 1), "path": str(path)}))


def _local_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in LOCAL_TABLES}


def _replay(driver: Any, schema: Path, target: Path, recorded: list[bulk.RecordedInsert],
            local_rows: dict[str, list[tuple[Any, ...]]]) -> tuple[float, float]:
    """Bare executemany of the recorded rows, with the pragmas the app's engine sets, in one transaction; returns
    (seconds of the inserts, seconds of the password hash)."""
    shutil.copy(schema, target)
    started = time.perf_counter()
    password_hash = PasswordHasher.from_parameters(password_parameters()).hash(DEMO_PASSWORD)
    kdf = time.perf_counter() - started
    with sqlite3.connect(schema) as conn:  # the hash's place among the account's columns (they grow: 0005)
        at = [c[1] for c in conn.execute('PRAGMA table_info("account")')].index("password_hash")
    accounts = [(*row[:at], password_hash, *row[at + 1:]) for row in local_rows["account"]]
    started = time.perf_counter()
    conn = driver.connect(str(target), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    # As the app's bulk writer does: the search index of the receptions built after them, not by its trigger.
    with fts_indexed_after(conn.cursor()):
        for rec in recorded:
            conn.executemany(rec.sql, rec.rows)
    for table, rows in {**local_rows, "account": accounts}.items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f'INSERT OR REPLACE INTO "{table}" VALUES ({marks})', rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started, kdf


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'reception_fts%' AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--app-run":
    _child(Path(sys.argv[2]), int(sys.argv[3]))
