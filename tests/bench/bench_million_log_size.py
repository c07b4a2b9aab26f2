"""Figure `million_log_size`: the change log's share of the file at 1,000,000 receptions (the cached
`demo --scale 50`): the pages of sync_change, sync_winner and sync_history against the pages of everything else the
log describes (the domain tables, their indexes and search entries), counted by SQLite's dbstat.

Issue 17 item 2: the log may not cost more than half of the domain data (≤ 0.5). The harness thinks in seconds; here
both columns are megabytes. Also reported: how many inserts are stored compact (fieldapp.sync.compact), and the
sizes of the log's parts. `--quick` measures the small demo database instead.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import million  # noqa: E402

FIGURE = "million_log_size"
TARGET = 0.5
TITLE = "change log pages vs the domain data's pages at 1M receptions (MB, dbstat)"
LOG = ("sync_change", "sync_winner", "sync_history")
# Bookkeeping that is neither the log nor what it describes.
OTHER = ("sync_conflict", "sync_device", "sync_key", "sync_package", "sync_parked", "local_meta", "alembic_version",
         "sqlite_schema", "sqlite_master", "sqlite_stat1")


def sizes(db: Path) -> dict[str, float]:
    """MB of pages per table (its indexes counted with the table they index)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        owner = {name: tbl for name, tbl in con.execute("SELECT name, tbl_name FROM sqlite_master")}
        out: dict[str, float] = {}
        for name, size in con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            tbl = owner.get(name, name)
            out[tbl] = out.get(tbl, 0.0) + size / 1e6
        return out
    finally:
        con.close()


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    db = million.bench_database(quick, workdir)
    by_table = sizes(db)
    log = sum(by_table.get(t, 0.0) for t in LOG)
    domain = sum(v for t, v in by_table.items() if t not in LOG and t not in OTHER)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        inserts, compact = con.execute(
            "SELECT count(*), sum(value IS NULL) FROM sync_change WHERE field = '*'").fetchone()
    finally:
        con.close()
    details: dict[str, Any] = {f"{t}_mb": round(by_table.get(t, 0.0), 1) for t in LOG}
    details.update(log_mb=round(log, 1), domain_mb=round(domain, 1), inserts=inserts, compact_inserts=compact or 0,
                   file_mb=round(db.stat().st_size / 1e6, 1))
    return log, domain, details
