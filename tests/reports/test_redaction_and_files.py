"""Redacted reports hold no personal data anywhere; a report file is written whole or not at all; the command line
answers wrong kinds, suffixes, ids and places with the contract's exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from openpyxl import load_workbook
from report_helpers import Build, demo_personal_data, pdf_text

from fieldapp.cli import main
from fieldapp.services.demo import DEMO_PASSWORD, DEMO_USER
from fieldapp.services.progress import Cancelled, CancelToken
from fieldapp.services.reports import ReportRequest, available_kinds, build_report
from fieldapp.services.workspace import open_workspace

KINDS = ("tour", "campaign", "control", "journal")


def _workbook_text(path: Path) -> str:
    wb = load_workbook(path)
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                     if v is not None)


def _leaks(content: str, data: dict[str, set[str]]) -> list[str]:
    flat = " ".join(content.split())
    bare = flat.replace(" ", "")
    found = [iin for iin in data["iins"] if iin in bare]
    found += [p for p in data["phones"] if p in flat or p.replace(" ", "") in bare]
    for name in data["names"]:
        # The synthetic surnames («Образцов-401») are unique: one of them is enough to spot a name cut by a line.
        surname = name.split()[-1]
        if name in flat or (len(surname) > 6 and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", flat)):
            found.append(name)
    found += [a for a in data["addresses"] if a in flat]
    return found


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
@pytest.mark.parametrize("kind", KINDS)
def test_redacted_reports_hold_no_personal_data(build: Build, demo_db: Path, kind: str, fmt: str) -> None:
    data = demo_personal_data(demo_db)
    assert data["iins"] and data["names"] and data["phones"]
    path = build(kind, fmt, "--redact")
    content = pdf_text(path) if fmt == "pdf" else _workbook_text(path)
    assert _leaks(content, data) == []
    full = build(kind, fmt)
    if kind == "journal":  # the check itself finds what an unredacted journal prints
        assert _leaks(pdf_text(full) if fmt == "pdf" else _workbook_text(full), data)


def test_redacted_kazakh_journal_and_press(build: Build, demo_db: Path) -> None:
    data = demo_personal_data(demo_db)
    assert _leaks(pdf_text(build("journal", "pdf", "--redact", "--lang", "kk")), data) == []
    assert _leaks(build("press", "txt", "--redact").read_text(encoding="utf-8"), data) == []


def test_a_cancelled_build_leaves_no_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "journal.pdf"
    token = CancelToken()
    calls: list[str] = []

    def progress(done: int, total: int, what: str) -> None:
        calls.append(what)
        if len(calls) == 2:  # once the data is collected and writing has begun
            token.cancel()

    ctx = open_workspace(demo_db, user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        with pytest.raises(Cancelled):
            build_report(ctx, ReportRequest("journal", out), progress, token)
        out.write_bytes(b"an older report")
        with pytest.raises(Cancelled):
            build_report(ctx, ReportRequest("journal", out), progress=lambda *a: None, cancel=token)
    finally:
        ctx.db.close()
    assert out.read_bytes() == b"an older report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.pdf"]


@pytest.mark.parametrize("where", ["missing-folder/report.pdf", "a-file/report.pdf"])
def test_an_unwritable_place_is_refused_and_nothing_is_written(demo_db: Path, tmp_path: Path, where: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main(["report", "campaign", str(demo_db), "-o", str(tmp_path / where)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: ") and "report.pdf" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_existing_report_survives_a_refused_build(demo_db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tour.pdf"
    out.write_bytes(b"yesterday's report")
    assert main(["report", "tour", str(demo_db), "-o", str(out), "--id", "no-such-tour"]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    assert out.read_bytes() == b"yesterday's report"
    assert [p.name for p in tmp_path.iterdir()] == ["tour.pdf"]


@pytest.mark.parametrize(("args", "code"), [
    (["report", "weekly", "DB", "-o", "x.pdf"], 2),
    (["report", "tour", "DB", "-o", "x.docx"], 2),
    (["report", "press", "DB", "-o", "x.xlsx"], 2),
    (["report", "journal", "DB", "-o", "x"], 2),
    (["report", "control", "DB", "-o", "OUT.pdf", "--id", "01900000-0000-7000-8000-000000000000"], 1),
    (["report", "campaign", "DB", "-o", "OUT.xlsx", "--id", "nothing"], 1),
])
def test_exit_codes(demo_db: Path, tmp_path: Path, args: list[str], code: int,
                    capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(demo_db) if a == "DB" else str(tmp_path / a) if a.startswith("OUT") else a for a in args]
    assert main(argv) == code
    err = capsys.readouterr().err
    assert "error" in err
    if code == 1:
        assert err.startswith("error: ")
    assert not [p for p in tmp_path.iterdir()]


def test_the_reports_page_can_list_the_kinds() -> None:
    kinds = {k.kind: k for k in available_kinds()}
    assert list(kinds) == ["tour", "campaign", "control", "journal", "press", "plan"]
    assert kinds["press"].formats == ("txt", "pdf")
    assert kinds["journal"].label("kk") == "Азаматтарды жеке қабылдау журналы"


def test_photos_are_printed_with_their_captions(demo_db: Path, tmp_path: Path) -> None:
    import io

    from PIL import Image
    from pypdf import PdfReader

    from fieldapp.services.photos import attach_photo

    db = tmp_path / "demo.db"
    with sqlite3.connect(demo_db) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with sqlite3.connect(db) as conn:
        tour_id, stop_id = conn.execute(
            "SELECT t.id, s.id FROM tour t JOIN stop s ON s.tour_id = t.id WHERE t.title LIKE 'Автокараван%' "
            "AND s.status = 'done' ORDER BY s.seq LIMIT 1").fetchone()
    picture = io.BytesIO()
    Image.new("RGB", (400, 240), (60, 110, 160)).save(picture, "PNG")
    ctx = open_workspace(db, user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        attach_photo(ctx, "stop", stop_id, picture.getvalue(), caption="Диалоговая площадка в Аксу-Аюлы",
                     credit="Фото: акимат Шетского района")
    finally:
        ctx.db.close()
    out = tmp_path / "tour.pdf"
    assert main(["report", "tour", str(db), "-o", str(out), "--id", tour_id]) == 0
    content = " ".join(pdf_text(out).split())
    assert "Диалоговая площадка в Аксу-Аюлы" in content and "Фото: акимат Шетского района" in content
    assert any(page.images for page in PdfReader(out).pages)
