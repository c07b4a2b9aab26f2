"""Figure `million_sync`: the region's merged file (the cached `demo --scale 50`: 1,000,478 receptions, about 1.25
million changes) exported by `fieldapp sync export` and taken in by an empty laptop with `fieldapp sync import`,
each a whole process whose own peak memory is read as it ends (VmHWM), against bare sqlite3 executemany of the
guarded upsert of the same changes into the winners table of the same empty schema (issue 17, item 1).

The ratio is the import's time over the baseline's; the export's time, both peaks (issue 17: export ≤ 300 MB,
import ≤ 500 MB) and whether the two files' digests agree are in the details, and the floor of the same writes:
bare sqlite3 loading every row the import wrote into the same empty schema (raw_same_writes.py), with the app's
time over it. `--quick` uses a small demo database.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parents[1]):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import million  # noqa: E402
from sync_bench_data import upsert_baseline  # noqa: E402

FIGURE = "million_sync"
TARGET = 3.0
TITLE = "sync import of the 1M-reception region file into an empty laptop vs sqlite3 executemany of the guarded upsert"
EXPORT_PEAK_MB, IMPORT_PEAK_MB = 300, 500
SIGN_IN = {"FIELDAPP_USER": "coordinator", "FIELDAPP_PASSWORD": "demo"}


def _cli(env: dict[str, str], *args: object) -> dict[str, Any]:
    """`fieldapp ARGS` in a child: its seconds and its own peak memory."""
    return million.run_child(Path(__file__), "--cli", *(str(a) for a in args), env=env, timeout=3600)


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    from fieldapp.services import sync
    from fieldapp.services.context import Context
    from fieldapp.storage.database import open_database

    # A copy: exporting a region's personal data is itself recorded (an access-log entry, a synced change), and the
    # cached file the other million figures read must stay as it was built.
    source = workdir / "region.db"
    shutil.copyfile(million.bench_database(quick, workdir), source)
    env = {**million.child_env(workdir / "home"), **SIGN_IN}
    key, package = workdir / "office.key", workdir / "region.fieldsync"
    _cli(env, "sync", "device", source, "--export-key", key)
    empty = workdir / "empty.db"
    db = open_database(empty, create=True)
    try:
        sync.enrol(Context(db=db, blobs=workdir / "blobs"), key, office=True)
    finally:
        db.close()
    target = workdir / "laptop.db"
    target.write_bytes(empty.read_bytes())

    exported = _cli(env, "sync", "export", source, "-o", package, "--plain")
    imported = _cli(million.child_env(workdir / "home"), "sync", "import", target, package)

    # The baseline: the same changes' winner rows, upserted by bare sqlite3 into the same empty schema.
    with sqlite3.connect(source) as src:
        rows = src.execute("SELECT tbl, row_id, field, hlc, dev, seq FROM sync_change").fetchall()
    baseline = upsert_baseline(empty, rows, workdir / "base.db")
    changes = len(rows)
    del rows
    # The floor of the same writes: bare sqlite3 loading the rows the import left into the same empty schema, the
    # best way a raw bulk load can (raw_same_writes.py). The baseline upserts the winners alone, a tenth of
    # what any import into an empty file must write; this detail says how far the app is from the raw library
    # doing all of it.
    floor = million.run_child(HERE / "raw_same_writes.py", str(target), str(empty), str(workdir / "floor.db"),
                              timeout=3600)
    (workdir / "floor.db").unlink(missing_ok=True)

    digests = []
    for path in (source, target):
        db = open_database(path)
        try:
            digests.append(sync.digest(Context(db=db, blobs=workdir / "blobs")))
        finally:
            db.close()
    details = {
        "changes": changes, "package_mb": round(package.stat().st_size / 2**20, 1),
        "export_s": round(exported["seconds"], 1), "export_peak_rss_mb": exported["peak_rss_mb"],
        "import_peak_rss_mb": imported["peak_rss_mb"],
        "export_peak_result": "pass" if exported["peak_rss_mb"] <= EXPORT_PEAK_MB else "FAIL",
        "import_peak_result": "pass" if imported["peak_rss_mb"] <= IMPORT_PEAK_MB else "FAIL",
        "digests_equal": digests[0] == digests[1],
        "app_changes_per_s": round(changes / imported["seconds"]),
        # The laptop's file as the import left it: its change log against the data it describes (item 2: ≤ 0.5).
        "laptop_log_ratio": _log_ratio(target),
        "baseline_rows_per_s": round(changes / baseline),
        "raw_same_writes_s": round(floor["seconds"], 1),
        "raw_same_writes_parts_s": floor["parts_s"],
        "raw_same_writes_over_baseline": round(floor["seconds"] / baseline, 1),
        "app_over_raw_same_writes": round(imported["seconds"] / floor["seconds"], 2),
    }
    return imported["seconds"], baseline, details


def _log_ratio(db: Path) -> float:
    from bench_million_log_size import LOG, OTHER, sizes

    by_table = sizes(db)
    log = sum(by_table.get(t, 0.0) for t in LOG)
    return round(log / sum(v for t, v in by_table.items() if t not in LOG and t not in OTHER), 3)


def _child(args: list[str]) -> None:
    from fieldapp.cli import main

    started = time.perf_counter()
    code = main(args)
    seconds = time.perf_counter() - started
    if code != 0:
        raise SystemExit(code)
    print(json.dumps({"seconds": seconds, "peak_rss_mb": million.peak_rss_mb()}))


if __name__ == "__main__" and sys.argv[1:2] == ["--cli"]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _child(sys.argv[2:])
