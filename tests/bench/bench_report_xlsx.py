"""Figure `report_xlsx`: the reception-journal workbook of 100,000 receptions (`build_report`, kind journal, .xlsx)
against raw openpyxl write-only writing the same cells, measured in the same run.

The app side runs in a child process (its own peak memory, the target is ≤ 150 MB) after an untimed warm-up, and
includes reading every sheet's lines from the database. The baseline gets every cell value in memory beforehand and
writes them with a bare write-only Workbook: the same sheets, header cells with the same style, the same number
formats for dates, column widths, frozen header, autofilter, SUM formulas and the summary chart.
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

FIGURE = "report_xlsx"
TARGET = 1.3
TITLE = "XLSX journal of 100,000 receptions vs raw openpyxl write-only of the same cells"
MEMORY_TARGET_MB = 150

TODAY = date(2026, 3, 2)
SCOPE_TEXT = "масштаб"
FULL, QUICK = 100_000, 5_000


def measure(quick: bool, workdir: Path) -> tuple[float, float, dict[str, Any]]:
    from fieldapp.services.demo import build_demo

    db = workdir / "scale.db"
    build_demo(db, scale=1, today=TODAY, receptions_per_month=QUICK if quick else FULL)
    apps, bases = [], []
    for i in range(1 if quick else 2):
        apps.append(_app_run(db, workdir / f"app{i}.xlsx"))
        bases.append(_baseline(db))
    best = min(apps, key=lambda r: r["seconds"])
    details: dict[str, Any] = {
        "receptions": best["rows"], "app_runs_s": [round(r["seconds"], 3) for r in apps],
        "baseline_runs_s": [round(b, 3) for b in bases], "app_peak_rss_mb": max(r["peak_rss_mb"] for r in apps),
        "memory_target_mb": MEMORY_TARGET_MB,
        "memory_result": "pass" if max(r["peak_rss_mb"] for r in apps) <= MEMORY_TARGET_MB else "FAIL",
    }
    return best["seconds"], min(bases), details


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
    from fieldapp.domain.indicators import Scope
    from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER
    from fieldapp.services.indicators import build_indicators
    from fieldapp.services.reports import ReportRequest, build_report
    from fieldapp.services.workspace import open_workspace

    ctx = open_workspace(db, user=DEMO_USER, password=DEMO_PASSWORD)  # without an account: read-only
    build_report(ctx, ReportRequest("journal", out.with_name("warmup.xlsx"), Scope(district_text="Жамбыл")))
    started = time.perf_counter()
    build_report(ctx, _request(out))
    seconds = time.perf_counter() - started
    peak_kb = _peak_kb()
    rows = build_indicators(ctx, Scope(campaign_text=SCOPE_TEXT)).receptions
    print(json.dumps({"seconds": seconds, "peak_rss_mb": round(peak_kb / 1024, 1), "rows": rows}))


def _baseline(db: Path) -> float:
    """Raw openpyxl, write-only, the same cells (collected beforehand, untimed)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER
    from fieldapp.services.reports import collect_report
    from fieldapp.services.workspace import open_workspace

    ctx = open_workspace(db, user=DEMO_USER, password=DEMO_PASSWORD)  # without an account: read-only
    report = collect_report(ctx, _request(db.with_name("unused.xlsx")), "xlsx")
    sheets = [(t.sheet, t.columns, [list(r) for r in t.rows()]) for t in report.sheets]
    summary = report.summary
    indicator_rows = [[i.label, i.value] for i in summary.indicators.items]
    breakdown = summary.breakdown
    assert breakdown is not None
    breakdown_rows = [list(r) for r in breakdown.rows()]
    ctx.db.close()

    head_style = (Font(bold=True, color="1F2933"), PatternFill("solid", fgColor="E4E9F0"),
                  Border(bottom=Side(style="thin", color="9AA5B1")), Alignment(wrap_text=True, vertical="top"))

    def header(ws: Any, names: list[str]) -> list[Any]:
        out = []
        for name in names:
            cell = WriteOnlyCell(ws, value=name)
            cell.font, cell.fill, cell.border, cell.alignment = head_style
            out.append(cell)
        return out

    started = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Сводка")
    for i, w in enumerate([44.0] + [13.0] * 6, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.append([report.title])
    for fact in report.facts:
        ws.append(list(fact))
    ws.append([])
    ws.append(header(ws, [summary.indicators.title, ""]))
    for row in indicator_rows:
        ws.append(row)
    ws.append([])
    ws.append([breakdown.title])
    first = ws._max_row if hasattr(ws, "_max_row") else 0
    ws.append(header(ws, [c.header for c in breakdown.columns]))
    header_row = len(report.facts) + len(indicator_rows) + 6
    for row in breakdown_rows:
        ws.append(row)
    last = header_row + len(breakdown_rows)
    ws.append(["Итого"] + [f"=SUM({get_column_letter(c)}{header_row + 1}:{get_column_letter(c)}{last})"
                           for c in range(2, len(breakdown.columns) + 1)])
    chart = BarChart()
    chart.type = "bar"
    for col in (2, 5):
        chart.add_data(Reference(ws, min_col=col, min_row=header_row, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last))
    chart.y_axis.scaling.min = 0
    ws.add_chart(chart, "J2")
    del first

    for name, columns, rows in sheets:
        ws = wb.create_sheet(name)
        for i, c in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = c.width
        ws.freeze_panes = "A2"
        ws.append(header(ws, [c.header for c in columns]))
        dated: list[Any] = []
        for c in columns:
            if c.kind in ("date", "datetime"):
                cell = WriteOnlyCell(ws)
                cell.number_format = "DD.MM.YYYY" if c.kind == "date" else "DD.MM.YYYY HH:MM"
                dated.append(cell)
            else:
                dated.append(None)
        for row in rows:
            values = []
            for value, cell in zip(row, dated, strict=True):
                if cell is not None and value is not None:
                    cell.value = value
                    values.append(cell)
                else:
                    values.append(value if value != "" else None)
            ws.append(values)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        totals = [i for i, c in enumerate(columns, start=1) if c.total]
        if totals:
            ws.append(["Итого"] + [f"=SUM({get_column_letter(i)}2:{get_column_letter(i)}{len(rows) + 1})"
                                   if i in totals else None for i in range(2, len(columns) + 1)])
    wb.save(io.BytesIO())
    return time.perf_counter() - started


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
