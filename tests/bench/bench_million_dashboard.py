"""Figure `million_dashboard`: the dashboard's figures at 1,000,000 receptions (the cached `demo --scale 50`), from
the moment the main window is painted until the figures, charts, today's stops and the overdue items are shown —
the app's real start (`fieldapp.app.open_window`: the database opens on a worker after the first paint, then the
dashboard's worker job counts everything) — against bare sqlite3 running the very SQL that job sent (captured in
the same child after the timed run, replayed in its own process, the first round with a fresh connection).

Issue 17's absolute target, ≤ 2 s after the paint, is reported beside the ratio (`absolute_result`). The app side
runs offscreen in a child process (its own peak memory) once untimed (page cache, .pyc files), then twice; the
median counts. `worker_job_s` is the job alone (load_dashboard on the open database, warm).
`--quick` uses a small demo database built in the figure's folder; its fixed costs make the ratio
meaningless there, so it is compared with the allowance instead.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import million  # noqa: E402

FIGURE = "million_dashboard"
TARGET = 2.5  # opening the file, the services' Python and Qt's drawing on top of the same SQL
ALLOWED_S = 2.0  # issue 17
TITLE = "dashboard figures after the window is painted, 1M receptions, vs raw sqlite3 of the same SQL (≤ 2 s: details)"
SIZE = (1280, 800)
TIMEOUT_S = 300.0


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    db = million.bench_database(quick, workdir)
    statements = workdir / "statements.json"
    env = million.child_env(workdir / "home")
    million.run_child(Path(__file__), "--app", str(db), str(statements), env=env)  # warm-up, untimed
    runs = [million.run_child(Path(__file__), "--app", str(db), str(statements), env=env)
            for _ in range(1 if quick else 2)]
    raw = million.raw_child(db, statements, 3, env=env)
    app = statistics.median(r["figures_s"] for r in runs)
    details: dict[str, Any] = {
        "receptions_shown": runs[-1]["receptions"], "app_runs_s": [round(r["figures_s"], 3) for r in runs],
        "worker_job_s": round(statistics.median(r["job_s"] for r in runs), 3),
        "raw_first_round_s": round(raw["first_s"], 3), "raw_best_s": round(raw["seconds"], 3),
        "statements": raw["statements"], "allowed_s": ALLOWED_S,
        "absolute_result": "pass" if app <= ALLOWED_S else "FAIL",
        "app_peak_rss_mb": max(r["peak_rss_mb"] for r in runs), "raw_peak_rss_mb": raw["peak_rss_mb"],
        "drivers": million.driver_versions(), "cached_file_unchanged": million.checked_unchanged(db),
    }
    if quick:  # a small file: fixed costs dominate the ratio, so the allowance is the measure
        return app, ALLOWED_S, details
    return app, raw["first_s"], details


def _wait(app: Any, done: Any, what: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    timer = QTimer()
    timer.start(2)  # WaitForMoreEvents must not sleep past the moment
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what}")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        timer.stop()


def _app(db: Path, statements: Path) -> dict[str, Any]:
    from fieldapp.app import open_window
    from fieldapp.services.progress import NEVER_CANCELLED, no_progress
    from fieldapp.ui.application import ensure_application
    from fieldapp.ui.pages.dashboard_data import load_dashboard

    app = ensure_application(offscreen=True)
    window = open_window(db, "ru")
    dashboard = window.pages["dashboard"]
    assert window.current_page_key() == "dashboard"
    window.resize(*SIZE)
    window.show()
    _wait(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed(), "expose")
    assert not window.grab().isNull()
    painted = time.perf_counter()
    _wait(app, lambda: window.ctx is not None and not dashboard.loading, "the dashboard's figures")
    app.processEvents()  # the figures and charts drawn
    shown = time.perf_counter()
    assert dashboard.ui.contentStack.currentWidget() is dashboard.ui.tilesPage, "the figures are not shown"
    receptions = dashboard.indicators.receptions
    ctx, scope = window.ctx, dashboard.scope()
    with million.captured_sql(ctx.db.engine) as seen:
        started = time.perf_counter()
        load_dashboard(ctx, scope, no_progress, NEVER_CANCELLED)
        job = time.perf_counter() - started
    million.save_statements(seen, statements)
    window.close()
    return {"figures_s": shown - painted, "job_s": job, "receptions": receptions,
            "peak_rss_mb": million.peak_rss_mb()}


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--app":
    print(json.dumps(_app(Path(sys.argv[2]), Path(sys.argv[3]))))
