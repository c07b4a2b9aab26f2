"""The raw side of the large-database figures: bare stdlib sqlite3 running SQL the app sent (captured by
million.captured_sql, saved by million.save_statements), in a process that imports nothing of fieldapp.

`python tests/bench/raw_replay.py DB STATEMENTS.json ROUNDS` prints one JSON line: the best round's seconds (every
row of every SELECT fetched), the first round's (a fresh connection: the file opened, its schema read), the process's
wall time and peak memory.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any


def _fa_norm(value: object) -> str | None:
    # Only a few statements use it (organisation names): the app's own folding, imported when one does.
    from fieldapp.domain.rules import normalise_name

    return None if value is None else normalise_name(str(value))


def connect(db: Path) -> sqlite3.Connection:
    """A read-only connection with the SQL functions the app's queries call."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.create_function("fa_norm", 1, _fa_norm, deterministic=True)
    conn.create_function("fieldapp_casefold", 1, lambda v: None if v is None else str(v).casefold(),
                         deterministic=True)
    return conn


def load(path: Path) -> list[tuple[str, Any]]:
    loaded = json.loads(path.read_text(encoding="utf-8"))
    return [(sql, params if isinstance(params, dict) else tuple(params)) for sql, params in loaded]


def replay(conn: sqlite3.Connection, statements: list[tuple[str, Any]]) -> float:
    """Seconds to run the SELECTs of `statements` and fetch every row."""
    reads = [(sql, params) for sql, params in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    started = time.perf_counter()
    for sql, params in reads:
        conn.execute(sql, params).fetchall()
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def main(db: Path, statements_path: Path, rounds: int) -> dict[str, Any]:
    started = time.perf_counter()
    statements = load(statements_path)
    conn = connect(db)  # sqlite3 opens the file here and reads its schema at the first statement
    first = replay(conn, statements)
    best = min([first] + [replay(conn, statements) for _ in range(rounds - 1)])
    conn.close()
    return {"seconds": best, "first_s": first, "wall_s": time.perf_counter() - started, "statements": len(statements),
            "peak_rss_mb": peak_rss_mb(), "driver": f"stdlib sqlite3 {sqlite3.sqlite_version}"}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))))
