"""Receptions and control items as CSV and XLSX, made through the services: IINs that start with 0 and phones stay
text when a spreadsheet opens the CSV (LibreOffice checked for real), the plain CSV and the workbook carry the bare
values for scripts, and every form holds the same lines."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.domain.iin import make_iin
from fieldapp.services import tours
from fieldapp.services.context import Context
from fieldapp.services.export_tables import as_text
from fieldapp.services.exports import CSV_DELIMITER, export
from fieldapp.services.receptions import ReceptionDraft, record_reception
from tests.services.conftest import World

# LibreOffice's CSV filter options as a user's «Text Import» dialog sets them for our files: «;» separates, «"»
# quotes, UTF-8, from line 1. Everything else (formulas evaluated, quoted fields not forced to text) is its default.
LO_CSV = "CSV:59,34,76,1"


@pytest.fixture
def people(ctx: Context, world: World) -> dict[str, tuple[str, str]]:
    """Six receptions at the Asa stop: IINs of residents born 2001–2006 (they start with 0), phones written as
    digits only and in the +7 form; one under control. Returns reg no → (IIN, phone)."""
    tours.mark_stop_done(ctx, world.stop, arrived_at=datetime(2026, 3, 2, 9, 0))
    out = {}
    for n in range(6):
        iin = make_iin(date(2001 + n, 2 + n, 10 + n), n % 2 == 0, 100 + n)
        phone = f"8701{n:07d}" if n % 2 else f"+7 701 000 00 {n:02d}"
        saved = record_reception(ctx, ReceptionDraft(
            stop_id=world.stop, applicant_name=f"Жительница Проверочная-{n}", applicant_iin=iin,
            applicant_phone=phone, consent_given=True, consent_method="oral",
            received_at=datetime(2026, 3, 2, 10, n), topic="water supply", essence="Нет воды",
            outcome="taken under control" if n == 0 else "explained",
            responsible_org_name="Акимат Жамбылского района"))
        out[saved.reg_no] = (iin, phone)
    assert all(iin.startswith("0") for iin, _ in out.values())
    return out


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=CSV_DELIMITER))


def test_the_spreadsheet_csv_writes_iins_and_phones_as_text_formulas(ctx: Context, people: dict[str, tuple[str, str]],
                                                                    tmp_path: Path) -> None:
    export(ctx, "csv", "receptions", tmp_path / "r.csv")
    rows = _csv(tmp_path / "r.csv")
    head = rows[0]
    for row in rows[1:]:
        iin, phone = people[row[0]]
        assert row[head.index("ИИН")] == f'="{iin}"'
        assert row[head.index("Телефон")] == f'="{phone}"'
    # Text that only looks like digits is protected; names and words are left alone.
    assert as_text("Аса, ул. Абая 5") == "Аса, ул. Абая 5" and as_text("") == ""


def test_the_plain_csv_and_the_workbook_carry_bare_values(ctx: Context, people: dict[str, tuple[str, str]],
                                                          tmp_path: Path) -> None:
    export(ctx, "csv", "receptions", tmp_path / "plain.csv", plain=True)
    rows = _csv(tmp_path / "plain.csv")
    head = rows[0]
    assert {r[0]: (r[head.index("ИИН")], r[head.index("Телефон")]) for r in rows[1:]} == people
    result = export(ctx, "xlsx", "receptions", tmp_path / "r.xlsx")
    assert result.count == 6
    wb = load_workbook(tmp_path / "r.xlsx", read_only=True, data_only=True)
    sheet = wb["Приём граждан"]
    lines = list(sheet.iter_rows(values_only=True))
    head_x = list(lines[0])
    assert {r[0]: (r[head_x.index("ИИН")], r[head_x.index("Телефон")]) for r in lines[1:]} == people
    when = lines[1][head_x.index("Дата и время")]
    assert isinstance(when, datetime)
    calamine = pytest.importorskip("python_calamine")
    table = calamine.CalamineWorkbook.from_path(str(tmp_path / "r.xlsx")).get_sheet_by_index(0).to_python()
    assert {r[0]: (r[head_x.index("ИИН")], r[head_x.index("Телефон")]) for r in table[1:]} == people


def test_the_control_workbook_export_has_numbers_and_dates(ctx: Context, people: dict[str, tuple[str, str]],
                                                           tmp_path: Path) -> None:
    export(ctx, "xlsx", "control", tmp_path / "c.xlsx", lang="kk")
    lines = list(load_workbook(tmp_path / "c.xlsx", read_only=True).worksheets[0].iter_rows(values_only=True))
    head = list(lines[0])
    assert head[:2] == ["Сәйкестендіргіш", "Мәселе"] and len(lines) == 2
    assert lines[1][head.index("Өтініштер")] == 1
    assert isinstance(lines[1][head.index("Мерзім")], datetime)


def test_redacted_table_exports_hold_no_iin_or_phone(ctx: Context, people: dict[str, tuple[str, str]],
                                                     tmp_path: Path) -> None:
    for kind in ("csv", "xlsx"):
        out = tmp_path / f"r.{kind}"
        export(ctx, kind, "receptions", out, redact=True)
        if kind == "csv":
            content = out.read_text(encoding="utf-8-sig")
        else:
            content = repr(list(load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True)))
        for iin, phone in people.values():
            assert iin not in content and phone not in content
        assert "Проверочная" not in content


def _libreoffice(source: Path, out: Path, infilter: str | None = None) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian: apt-get install -y libreoffice-calc-nogui)")
    args = [soffice, f"-env:UserInstallation=file://{out / 'profile'}", "--headless"]
    if infilter:
        args.append(f"--infilter={infilter}")
    done = subprocess.run([*args, "--convert-to", "xlsx", "--outdir", str(out), str(source)], capture_output=True,
                          text=True, timeout=180)
    produced = out / (source.stem + ".xlsx")
    assert done.returncode == 0 and produced.is_file(), done.stderr
    return produced


def test_libreoffice_keeps_the_leading_zero_of_every_iin_from_the_csv(ctx: Context, people: dict[str, tuple[str, str]],
                                                                      tmp_path: Path) -> None:
    export(ctx, "csv", "receptions", tmp_path / "spreadsheet.csv")
    export(ctx, "csv", "receptions", tmp_path / "plain.csv", plain=True)
    opened = _libreoffice(tmp_path / "spreadsheet.csv", tmp_path / "lo", LO_CSV)
    lines = list(load_workbook(opened, data_only=True).worksheets[0].iter_rows(values_only=True))
    head = list(lines[0])
    assert {r[0]: (r[head.index("ИИН")], r[head.index("Телефон")]) for r in lines[1:]} == people
    # The control: the bare CSV loses every leading zero in LibreOffice (what issue 15 measured on the demo).
    bare = _libreoffice(tmp_path / "plain.csv", tmp_path / "lo-plain", LO_CSV)
    lost = list(load_workbook(bare, data_only=True).worksheets[0].iter_rows(values_only=True))
    assert all(isinstance(r[head.index("ИИН")], int | float) for r in lost[1:])
