"""The wheel built from the checkout works on its own: installed into a new virtual environment that cannot see the
checkout, it writes the demo, Kazakh PDF and Excel reports, imports a journal and renders a page (issue 16).

The new environment borrows the third-party packages of the test environment through a .pth line naming its
site-packages: a folder added that way is searched, but the .pth files inside it (the editable install of the
checkout) are not run, so `fieldapp` can come only from the wheel.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER

ROOT = Path(__file__).resolve().parents[2]
KAZAKH_LETTERS = set("әғқңөұүһі")
# A reception at the demo's first stop of the Zhambyl district (28.09.2026, Аса), in the Kazakh template's words.
JOURNAL_ROW = ["", "28.09.2026", "Жамбылский район", "Аса", "Синтетикова Айгерим", "921029350851", "+77010000001",
               "зейнеткер", "арыз", "сумен жабдықтау", "Су жоқ", "бақылауға алынды", "Әкімдік", "20.10.2026"]
# Messages of pip when the build backend cannot be had (no index, no network): the only reason to skip.
UNREACHABLE = ("No matching distribution found for hatchling",
               "Could not find a version that satisfies the requirement hatchling")


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


def build_wheel(out: Path) -> Path:
    """`pip wheel` of the checkout; without isolation when the backend is installed here (CI: the test extra)."""
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-w", out, ROOT, cwd=out, timeout=300)
    said = [line.strip() for line in (built.stdout + built.stderr).splitlines() if any(t in line for t in UNREACHABLE)]
    if built.returncode != 0 and said:
        pytest.skip(f"the build backend (hatchling) is neither installed nor downloadable: {said[-1]}")
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = out.glob("fieldapp-*.whl")
    return wheel


def new_venv(where: Path) -> Path:
    """A new virtual environment that sees the test environment's site-packages (not its .pth files); its python."""
    made = run(sys.executable, "-m", "venv", "--without-pip", where, cwd=where.parent)
    assert made.returncode == 0, made.stderr
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=where)
    borrowed = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (Path(purelib.stdout.strip()) / "borrowed-test-venv.pth").write_text("\n".join(borrowed) + "\n", encoding="utf-8")
    return python


@pytest.mark.slow
def test_the_wheel_runs_every_feature_from_a_fresh_virtual_environment(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    # Everything in resources/ is in the wheel inside the package: fonts with their licence, compiled translations,
    # holiday calendars, icons, styles.
    shipped = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()}
    with zipfile.ZipFile(wheel) as archive:
        packed = {n.removeprefix("fieldapp/_resources/") for n in archive.namelist()
                  if n.startswith("fieldapp/_resources/")}
    assert shipped <= packed
    assert {"fonts/LICENSE-DejaVu.txt", "translations/fieldapp_kk.qm", "holidays/2026.json"} <= packed

    venv = tmp_path / "venv"
    python = new_venv(venv)
    installed = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel,
                    cwd=tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    work = tmp_path / "work"  # not the checkout: nothing may be found relative to the working directory
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(FIELDAPP_USER=DEMO_USER, FIELDAPP_PASSWORD=DEMO_PASSWORD, QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    where = run(python, "-c", "import fieldapp, fieldapp.resources as r; print(fieldapp.__file__); "
                "print(r.resource_path('fonts'))", cwd=work, env=env)
    assert where.returncode == 0, where.stderr
    package, fonts = (Path(line) for line in where.stdout.splitlines())
    assert package.is_relative_to(venv) and fonts.is_relative_to(venv), where.stdout
    assert (fonts / "DejaVuSans.ttf").is_file() and (fonts / "LICENSE-DejaVu.txt").is_file()

    fieldapp = python.parent / ("fieldapp.exe" if os.name == "nt" else "fieldapp")

    def ok(*args: str) -> str:
        done = run(fieldapp, *args, cwd=work, env=env)
        assert done.returncode == 0, f"fieldapp {' '.join(args)}: {done.stdout}{done.stderr}"
        return done.stdout

    assert ok("--version").strip() == f"fieldapp {wheel.name.split('-')[1]}"
    ok("demo", "demo.db")

    ok("report", "journal", "demo.db", "-o", "journal.pdf", "--lang", "kk")
    text = "".join(page.extract_text() for page in PdfReader(work / "journal.pdf").pages).lower()
    assert len(KAZAKH_LETTERS & set(text)) >= 5, text[:500]

    ok("report", "journal", "demo.db", "-o", "journal.xlsx", "--lang", "kk")
    book = openpyxl.load_workbook(work / "journal.xlsx", read_only=True)
    cells = "".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row
                    if v is not None).lower()
    book.close()
    assert KAZAKH_LETTERS & set(cells)

    ok("template", "journal", "journal-in.xlsx", "--lang", "kk")
    template = openpyxl.load_workbook(work / "journal-in.xlsx")
    template.worksheets[0].append(JOURNAL_ROW)
    template.save(work / "journal-in.xlsx")
    assert "импортталған қабылдаулар: 1" in ok("import", "journal", "demo.db", "journal-in.xlsx", "--lang", "kk")

    ok("screenshot", "demo.db", "--page", "dashboard", "-o", "dashboard.png", "--lang", "kk")
    assert (work / "dashboard.png").read_bytes().startswith(b"\x89PNG")
