"""What the start loads before the window is painted (issue 17, item 4): the shell, the first page and Qt's widgets —
not the ORM, the database layer, the chart, workbook and PDF libraries, nor the pages that are not shown. Each of
those costs a tenth of a second or more at start; the database opens on a worker once the window is painted.

Checked in a fresh process (modules loaded by other tests would hide a regression), on a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from fieldapp.app import open_window
    from fieldapp.ui.application import ensure_application

    app = ensure_application(offscreen=True)
    window = open_window(Path(sys.argv[1]), "ru")
    window.resize(1280, 800)
    window.show()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    window.grab()
    painted = sorted(sys.modules)
    deadline = time.monotonic() + 60
    while window.opening and time.monotonic() < deadline:  # the database then opens on a worker, as the app does
        app.processEvents()
    print(json.dumps({"painted": painted, "page": window.current_page_key(), "open": window.ctx is not None, "built": [
        key for key in window.pages if window.pages.is_built(key)]}))
    window.close()
""")

NOT_BEFORE_PAINT = ("sqlalchemy", "sqlmodel", "alembic", "sqlcipher3", "openpyxl", "python_calamine", "reportlab",
                    "PySide6.QtCharts", "fieldapp.storage.database", "fieldapp.services", "fieldapp.ui.welcome",
                    "fieldapp.ui.data_transfer", "fieldapp.domain.indicators", "fieldapp.domain.enums")


def test_the_window_is_painted_before_the_database_layer_and_the_hidden_pages_load(tmp_path: Path,
                                                                                   small_db: Path) -> None:
    db = small_db
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True, timeout=120,
                          env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = [name for name in seen["painted"] if name.split(".")[0] in NOT_BEFORE_PAINT or any(
        name == prefix or name.startswith(prefix + ".") for prefix in NOT_BEFORE_PAINT)]
    assert loaded == [], loaded
    assert "fieldapp.ui.pages.dashboard" in seen["painted"]
    assert not [name for name in seen["painted"] if name.startswith("fieldapp.ui.pages.") and name not in {
        "fieldapp.ui.pages.dashboard"}]
    # Once open, the first page is the only one built.
    assert seen["open"] and seen["page"] == "dashboard" and seen["built"] == ["dashboard"]
