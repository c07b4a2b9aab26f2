"""Figure `sync_import`: importing 50 packages holding 200,000 changes (verify, decrypt-free decode, change log,
guarded upsert of winners, rows written, conflicts, vectors: one transaction) against bare sqlite3 executemany of
the guarded upsert of the same 200,000 rows into the winners table, measured in the same run.

The detail `raw_same_writes_s` is the floor of the same writes: bare sqlite3 loading every row the import left (the
change log, the winners, the signals, the bookkeeping), read beforehand, into the same empty schema in one
transaction (raw_same_writes.py, as for the region file of issue 17). The issue's baseline upserts the winners
alone; an import must also keep each change in the log and write the rows, so this says how far the app is from
the raw library doing all of it."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parents[1]):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from sync_bench_data import make_packages, receiver, upsert_baseline  # noqa: E402

from fieldapp.services import sync  # noqa: E402
from fieldapp.services.context import Context  # noqa: E402
from fieldapp.storage.database import open_database  # noqa: E402

FIGURE = "sync_import"
TARGET = 2.5  # issue 17, item 3
TITLE = "sync import of 50 packages / 200k changes vs sqlite3 executemany of the guarded upsert"


def run(quick: bool, workdir: Path) -> dict[str, Any]:
    """Shared by the three sync figures: one data set, first import, re-import, sizes, baseline."""
    total = 20_000 if quick else 200_000
    paths, changes, sign_public, _ = make_packages(workdir / "pkgs", total)
    empty = workdir / "empty.db"
    receiver(empty, sign_public)
    target = workdir / "target.db"
    shutil.copy(empty, target)
    db = open_database(target)
    try:
        ctx = Context(db=db, blobs=workdir / "blobs")
        started = time.perf_counter()
        result = sync.import_packages(ctx, paths)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = sync.import_packages(ctx, paths)
        second = time.perf_counter() - started
    finally:
        db.close()
    assert result.applied.new == len(changes) and again.applied.new == 0

    rows = [(c.tbl, c.row_id, c.field, c.hlc, c.dev, c.seq) for c in changes]
    baseline = upsert_baseline(empty, rows, workdir / "base.db")
    size = sum(p.stat().st_size for p in paths)
    return {"first": first, "again": again and second, "baseline": baseline, "changes": len(changes),
            "bytes": size, "packages": len(paths), "imported": target, "empty": empty}


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    import million

    r = run(quick, workdir)
    floor = million.run_child(HERE / "raw_same_writes.py", str(r["imported"]), str(r["empty"]),
                              str(workdir / "floor.db"), "--in-memory")
    return r["first"], r["baseline"], {"changes": r["changes"], "packages": r["packages"],
                                       "app_changes_per_s": round(r["changes"] / r["first"]),
                                       "baseline_rows_per_s": round(r["changes"] / r["baseline"]),
                                       "raw_same_writes_s": round(floor["seconds"], 3),
                                       "raw_same_writes_parts_s": floor["parts_s"],
                                       "raw_same_writes_over_baseline": round(floor["seconds"] / r["baseline"], 2),
                                       "app_over_raw_same_writes": round(r["first"] / floor["seconds"], 2)}
