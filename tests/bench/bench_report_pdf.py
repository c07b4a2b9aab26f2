"""Figure `report_pdf`: the PDF journal of 10,000 receptions (`build_report`, kind journal) against raw ReportLab
building a table of the same rows.

The app side runs in a child process after an untimed warm-up (imports, fonts) and includes everything: reading the
receptions from the database, laying out the columns, breaking long cells, the page furniture with "page X of Y",
writing the file. The baseline gets the very cells the app drew (same strings, already broken into lines, same column
widths, same fonts) and hands them to ReportLab's SimpleDocTemplate as Tables of 40 lines with a repeated header —
the plain way to print a long table with ReportLab (one LongTable of 10,000 lines re-measures the rest of the table
at every page break and is far slower; its time on the quick size is reported as `longtable_quick_s`).
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE.parents[1]) not in sys.path:
    sys.path.insert(0, str(HERE.parents[1]))

FIGURE = "report_pdf"
TARGET = 1.5
TITLE = "PDF journal of 10,000 receptions vs raw ReportLab tables of the same cells"

TODAY = date(2026, 3, 2)
SCOPE_TEXT = "масштаб"  # the synthetic campaign of `demo --scale`: exactly its receptions
FULL, QUICK = 10_000, 1_000


def _database(workdir: Path, receptions: int) -> Path:
    from fieldapp.services.demo import build_demo

    path = workdir / "scale.db"
    build_demo(path, scale=1, today=TODAY, receptions_per_month=receptions)
    return path


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    receptions = QUICK if quick else FULL
    db = _database(workdir, receptions)
    app = _app_run(db, workdir / "app.pdf")
    base, pages, longtable = _baseline(db, quick)
    details: dict[str, Any] = {
        "receptions": app["rows"], "app_pages": app["pages"], "baseline_pages": pages,
        "app_peak_rss_mb": app["peak_rss_mb"], "app_s": round(app["seconds"], 3), "baseline_s": round(base, 3),
    }
    if longtable is not None:
        details["longtable_quick_s"] = round(longtable, 3)
    return app["seconds"], base, details


def _app_run(db: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--app-run", str(db), str(out)],
                          check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _request(out: Path) -> Any:
    from fieldapp.domain.indicators import Scope
    from fieldapp.services.reports import ReportRequest

    return ReportRequest("journal", out, Scope(campaign_text=SCOPE_TEXT))


def _child(db: Path, out: Path) -> None:
    from pypdf import PdfReader

    from fieldapp.domain.indicators import Scope
    from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER
    from fieldapp.services.reports import ReportRequest, build_report
    from fieldapp.services.workspace import open_workspace

    ctx = open_workspace(db, user=DEMO_USER, password=DEMO_PASSWORD)  # without an account: read-only
    build_report(ctx, ReportRequest("journal", out.with_name("warmup.pdf"), Scope(district_text="Жамбыл")))
    started = time.perf_counter()
    build_report(ctx, _request(out))
    seconds = time.perf_counter() - started
    peak_kb = _peak_kb()
    from fieldapp.services.indicators import build_indicators

    rows = build_indicators(ctx, Scope(campaign_text=SCOPE_TEXT)).receptions
    print(json.dumps({"seconds": seconds, "peak_rss_mb": round(peak_kb / 1024, 1), "rows": rows,
                      "pages": len(PdfReader(out).pages)}))


def _baseline(db: Path, quick: bool) -> tuple[float, int, float | None]:
    """Raw ReportLab on the same cells: returns (seconds, pages, seconds of one LongTable on the quick size)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle

    from fieldapp.reports import model as m
    from fieldapp.reports.fonts import COND
    from fieldapp.reports.pdf import RULE, PdfStyles, _Cells, cell_text
    from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER
    from fieldapp.services.reports import collect_report
    from fieldapp.services.workspace import open_workspace

    ctx = open_workspace(db, user=DEMO_USER, password=DEMO_PASSWORD)  # without an account: read-only
    report = collect_report(ctx, _request(db.with_name("unused.pdf")))
    table = next(b for b in report.blocks if isinstance(b, m.Table))
    texts = [[cell_text(v) for v in row] for row in table.rows()]
    styles = PdfStyles()
    width = landscape(A4)[0] - 32 * mm
    cells = _Cells(table, width, styles, texts[:400])
    rows = [cells.row(t) for t in texts]  # the very strings the app draws
    ctx.db.close()
    style = TableStyle([("FONT", (0, 0), (-1, -1), COND, 8, 9.6), ("GRID", (0, 0), (-1, -1), 0.3, RULE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def build(flowables: list[Any]) -> tuple[float, int]:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=16 * mm, rightMargin=16 * mm,
                                topMargin=17 * mm, bottomMargin=16 * mm)
        started = time.perf_counter()
        doc.build(flowables)
        return time.perf_counter() - started, doc.page

    header = [Paragraph(c.header, styles.head) for c in table.columns]
    best, pages = float("inf"), 0
    for _ in range(1 if quick else 2):
        started = time.perf_counter()
        flowables = [Table([header, *rows[i:i + 40]], colWidths=cells.widths, repeatRows=1, style=style)
                     for i in range(0, len(rows), 40)]
        prepare = time.perf_counter() - started
        seconds, pages = build(flowables)
        best = min(best, prepare + seconds)
    longtable = None
    if quick:
        longtable, _ = build([LongTable([header, *rows], colWidths=cells.widths, repeatRows=1, style=style)])
    return best, pages, longtable


def _peak_kb() -> int:
    """This process's peak resident memory. Linux's ru_maxrss carries the forking parent's peak over into the
    child (the parent here just built a 100,000-reception database), VmHWM is the child's own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--app-run":
    _child(Path(sys.argv[2]), Path(sys.argv[3]))
