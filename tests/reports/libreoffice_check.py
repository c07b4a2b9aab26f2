"""A by-hand check that a report workbook opens in LibreOffice without a repair prompt (not run by pytest).

Usage: python tests/reports/libreoffice_check.py REPORT.xlsx [...]
LibreOffice converts each workbook to CSV headless; a workbook it had to repair or could not read fails the
conversion (no output, or "Error" on stderr). Needs `soffice` (Debian: apt-get install -y libreoffice-calc-nogui).
Example: fieldapp demo /tmp/demo.db && fieldapp report journal /tmp/demo.db -o /tmp/journal.xlsx &&
python tests/reports/libreoffice_check.py /tmp/journal.xlsx
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def check(workbook: Path) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: install LibreOffice Calc (libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([soffice, "--headless", "--convert-to", "csv", "--outdir", out, str(workbook)],
                              capture_output=True, text=True, timeout=300)
        produced = list(Path(out).glob("*.csv"))
        ok = done.returncode == 0 and bool(produced) and "Error" not in done.stderr
        print(f"{workbook}: {'ok' if ok else 'FAILED'} {done.stderr.strip()}")
        return ok


if __name__ == "__main__":
    results = [check(Path(arg)) for arg in sys.argv[1:]]
    sys.exit(0 if results and all(results) else 1)
