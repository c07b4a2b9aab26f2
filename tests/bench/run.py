"""Benchmark harness: runs the figures of tests/bench/bench_*.py, prints app vs baseline, writes bench-results.json.

A figure is a module `bench_<name>.py` with FIGURE (its name), TARGET (the highest acceptable app/baseline ratio),
TITLE (one line) and measure(quick, workdir) -> (app_seconds, baseline_seconds, details). Both sides are measured in
the same run, on the same machine, so the ratio means something even on a noisy laptop.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # `python tests/bench/run.py` from a checkout that is not pip-installed
    sys.path.insert(0, str(ROOT))

Measure = Callable[[bool, Path], tuple[float, float, dict[str, Any]]]


@dataclass(frozen=True)
class Figure:
    name: str
    target: float
    title: str
    measure: Measure
    module: ModuleType


def discover(folder: Path = HERE) -> dict[str, Figure]:
    """Every bench_*.py of `folder`, by figure name (sorted by file name)."""
    figures: dict[str, Figure] = {}
    for file in sorted(folder.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(f"fieldapp_bench_{file.stem}", file)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        name = str(getattr(module, "FIGURE", file.stem.removeprefix("bench_")))
        figures[name] = Figure(name, float(module.TARGET), str(getattr(module, "TITLE", "")), module.measure, module)
    return figures


def _fmt(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds:.3f}"


def table(results: Sequence[dict[str, Any]]) -> str:
    header = ("figure", "app (s)", "baseline (s)", "ratio", "target", "result")
    rows = [header]
    for r in results:
        ratio = r.get("ratio")
        rows.append((
            r["figure"], _fmt(r.get("app_seconds")), _fmt(r.get("baseline_seconds")),
            "—" if ratio is None else f"{ratio:.2f}", f"≤ {r['target']:.2f}", r["result"],
        ))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(row)]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_figure(figure: Figure, quick: bool) -> dict[str, Any]:
    started = time.perf_counter()
    result: dict[str, Any] = {"figure": figure.name, "title": figure.title, "target": figure.target}
    try:
        with tempfile.TemporaryDirectory(prefix=f"fieldapp-bench-{figure.name}-") as tmp:
            app, baseline, details = figure.measure(quick, Path(tmp))
    except Exception:  # one broken figure must not hide the others' numbers
        result.update(result="error", error=traceback.format_exc(limit=5))
    else:
        ratio = app / baseline if baseline > 0 else float("inf")
        result.update(app_seconds=app, baseline_seconds=baseline, ratio=ratio,
                      result="pass" if ratio <= figure.target else "FAIL", details=details)
    result["wall_seconds"] = time.perf_counter() - started
    return result


def environment() -> dict[str, Any]:
    import sqlite3

    env: dict[str, Any] = {
        "python": platform.python_version(), "platform": platform.platform(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "stdlib_sqlite": sqlite3.sqlite_version,
    }
    try:
        import sqlcipher3.dbapi2 as app_sqlite

        env["app_sqlite"] = app_sqlite.sqlite_version
    except ImportError:
        pass
    return env


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one repetition: seconds, not minutes")
    parser.add_argument("--only", metavar="NAME", action="append", help="run only this figure (repeatable)")
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"), help="where to write the JSON")
    parser.add_argument("--list", action="store_true", help="list the figures and exit")
    args = parser.parse_args(argv)

    figures = discover()
    if args.list:
        for f in figures.values():
            print(f"{f.name:20} ≤ {f.target:<5.2f} {f.title}")
        return 0
    selected = list(figures.values())
    if args.only:
        unknown = sorted(set(args.only) - set(figures))
        if unknown:
            parser.error(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(figures)}")
        selected = [figures[n] for n in args.only]

    results = []
    for figure in selected:
        print(f"running {figure.name}{' (quick)' if args.quick else ''}: {figure.title}", file=sys.stderr, flush=True)
        results.append(run_figure(figure, args.quick))
        last = results[-1]
        if last["result"] == "error":
            print(last["error"], file=sys.stderr)

    print(table(results))
    for r in results:
        for key, value in (r.get("details") or {}).items():
            print(f"  {r['figure']}.{key}: {value}")
    report = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "quick": args.quick, "environment": environment(),
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"written {args.out}", file=sys.stderr)
    return 0 if all(r["result"] == "pass" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
