"""Figure `million_journal`: the reception-journal workbook of one district (`build_report`, kind journal, .xlsx) out
of 1,000,000 receptions (the cached `demo --scale 50`; the district with the most receptions), against bare sqlite3
streaming the very SQL the report sent and bare openpyxl (write-only) writing every row of more than one column
it read (the journal's lines and the other sheets' rows; the list of row ids that orders the journal is only read).

What issue 17 asks here is that the district's journal is streamed, not the whole file loaded: the app's peak
memory is reported beside the ratio with its bound (`memory_result`: ≤ MEMORY_TARGET_MB while the file is ~2.5 GB
and the district's journal tens of thousands of lines). Each side runs in its own child process after an untimed
run of the app (fonts, imports, page cache).
`--quick` uses a small demo database built in the figure's folder (fixed costs dominate its ratio).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import million  # noqa: E402

FIGURE = "million_journal"
TARGET = 3.0  # labels, dates, the summary and the other sheets on top of the same rows
MEMORY_TARGET_MB = 300.0
TITLE = "XLSX journal of one district out of 1M receptions vs raw sqlite3 + openpyxl write-only (memory: details)"


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    db = million.bench_database(quick, workdir)
    (district, name), (smallest, _) = _district(db, largest=True), _district(db, largest=False)
    statements = workdir / "statements.json"
    # Warm-up on the smallest district: imports, fonts, the page cache of the file's indexes.
    million.run_child(Path(__file__), "--app", str(db), smallest, str(workdir / "warm.xlsx"), str(statements))
    app = million.run_child(Path(__file__), "--app", str(db), district, str(workdir / "app.xlsx"), str(statements))
    raw = million.run_child(Path(__file__), "--raw", str(db), str(statements), str(workdir / "raw.xlsx"))
    details: dict[str, Any] = {
        "district": name, "journal_lines": app["lines"], "file_receptions": app["file_receptions"],
        "app_s": round(app["seconds"], 3), "raw_s": round(raw["seconds"], 3), "raw_rows_written": raw["rows"],
        "app_peak_rss_mb": app["peak_rss_mb"], "raw_peak_rss_mb": raw["peak_rss_mb"],
        "memory_target_mb": MEMORY_TARGET_MB,
        "memory_result": "pass" if app["peak_rss_mb"] <= MEMORY_TARGET_MB else "FAIL",
        "app_file_mb": round((workdir / "app.xlsx").stat().st_size / 2**20, 1),
        "drivers": million.driver_versions(), "cached_file_unchanged": million.checked_unchanged(db),
    }
    return app["seconds"], raw["seconds"], details


def _district(db: Path, largest: bool) -> tuple[str, str]:
    """(id, name) of the district with the most (or the fewest) receptions."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute(
            f"""SELECT d.id, d.name_ru, count(*) AS n FROM reception r JOIN stop s ON s.id = r.stop_id
                JOIN settlement t ON t.id = s.settlement_id JOIN district d ON d.id = t.district_id
                WHERE r.deleted = 0 GROUP BY d.id ORDER BY n {'DESC' if largest else 'ASC'} LIMIT 1""").fetchone()
        return str(row[0]), str(row[1])
    finally:
        conn.close()


def _app(db: Path, district: str, out: Path, statements: Path) -> dict[str, Any]:
    from datetime import datetime

    from fieldapp.domain.indicators import Scope
    from fieldapp.services.context import Context
    from fieldapp.services.indicators import build_indicators
    from fieldapp.services.reports import ReportRequest, build_report
    from fieldapp.storage.database import open_database

    database = open_database(db)
    # Redacted: an unredacted report writes its access-log entry into the file, and the cached file stays as built
    # (the personal columns would add four text cells per line, not a different way of reading them).
    ctx = Context(db=database, blobs=db.parent / "blobs", clock=lambda: datetime(2026, 3, 2, 10))
    scope = Scope(district_ids=frozenset({district}))
    try:
        with million.captured_sql(database.engine) as seen:
            started = time.perf_counter()
            build_report(ctx, ReportRequest("journal", out, scope, redact=True))
            seconds = time.perf_counter() - started
        peak = million.peak_rss_mb()
        million.save_statements([(s, p) for s, p in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))],
                                statements)
        lines = build_indicators(ctx, scope).receptions
        total = build_indicators(ctx).receptions
    finally:
        database.close()
    return {"seconds": seconds, "peak_rss_mb": peak, "lines": lines, "file_receptions": total}


def _raw(db: Path, statements: Path, out: Path) -> dict[str, Any]:
    from openpyxl import Workbook
    from raw_replay import connect, load

    replayed = load(statements)
    started = time.perf_counter()
    conn = connect(db)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("rows")
    rows = 0
    for sql, params in replayed:
        for row in conn.execute(sql, params):  # streamed, as the app streams its lines
            if len(row) > 1:  # a list of row ids (the journal's order) is read, not written
                ws.append(list(row))
                rows += 1
    wb.save(out)
    conn.close()
    return {"seconds": time.perf_counter() - started, "rows": rows, "peak_rss_mb": million.peak_rss_mb()}


if __name__ == "__main__" and len(sys.argv) == 6 and sys.argv[1] == "--app":
    print(json.dumps(_app(Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))))
elif __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "--raw":
    print(json.dumps(_raw(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))))
