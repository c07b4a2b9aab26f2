"""`fieldapp template journal`, `import journal`, `import kato` and `export` as CONTRACT.md has them: exit codes, one
`error:` line on stderr, the full problem list on stdout, the database untouched on refusal."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from cli_helpers import Run, Sample

from fieldapp.resources import resource_path

ROW = ["", "02.03.2025", "Жамбылский район", "Аса", "Синтетикова Айгерим", "921029350851", "+77010000001",
       "пенсионер", "заявление", "водоснабжение", "Нет воды", "взято на контроль", "Акимат Аса", ""]


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def filled(run: Run, tmp_path: Path, rows: list[list[object]], lang: str = "ru") -> Path:
    template = tmp_path / "Журнал.xlsx"
    result = run("template", "journal", template, "--lang", lang)
    assert result.code == 0, result.err
    wb = openpyxl.load_workbook(template)
    for row in rows:
        wb.worksheets[0].append(row)
    wb.save(template)
    return template


def test_round_trip_template_filled_imported_counted_by_stats(run: Run, sample: Sample, tmp_path: Path) -> None:
    before = json.loads(run("stats", sample.path, "--json").out)
    rows = [ROW, [*ROW[:4], "Второй Житель", "", "", "", "жалоба", "дороги и транспорт", "Яма", "оказана помощь",
                  "", ""]]
    journal = filled(run, tmp_path, rows)
    result = run("import", "journal", sample.path, journal)
    assert result.code == 0, result.err
    assert "приёмов импортировано: 2" in result.out and result.err == ""
    after = json.loads(run("stats", sample.path, "--json").out)
    assert after["receptions"] - before["receptions"] == 2
    assert after["helped"] - before["helped"] == 1 and after["under_control"] - before["under_control"] == 1
    assert after["control_open"] - before["control_open"] == 1
    with sqlite3.connect(sample.path) as conn:
        got = conn.execute("SELECT applicant_name, applicant_iin, essence, received_at FROM reception "
                           "WHERE applicant_name IN ('Синтетикова Айгерим', 'Второй Житель') ORDER BY received_at"
                           ).fetchall()
    assert [(n, i, e, str(at)[:10]) for n, i, e, at in got] == [
        ("Синтетикова Айгерим", "921029350851", "Нет воды", "2025-03-02"), ("Второй Житель", None, "Яма", "2025-03-02")]
    again = run("import", "journal", sample.path, journal, "--json")
    assert again.code == 0 and json.loads(again.out)["imported"] == 0
    assert json.loads(run("stats", sample.path, "--json").out) == after


def test_kazakh_template_imports(run: Run, sample: Sample, tmp_path: Path) -> None:
    journal = filled(run, tmp_path, [[*ROW[:7], "зейнеткер", "арыз", "сумен жабдықтау", "Су жоқ",
                                      "бақылауға алынды", "Әкімдік", "20.03.2025"]], lang="kk")
    wb = openpyxl.load_workbook(journal)
    assert wb.worksheets[0]["F1"].value == "ЖСН"
    result = run("import", "journal", sample.path, journal, "--lang", "kk")
    assert result.code == 0, result.err
    assert "импортталған қабылдаулар: 1" in result.out


def test_a_refused_journal_prints_one_error_line_and_the_list_and_writes_nothing(
    run: Run, sample: Sample, tmp_path: Path
) -> None:
    rows = [ROW] * 5 + [[*ROW[:5], "921029350852", *ROW[6:]], [*ROW[:11], "направлено по компетенции", "", ""]]
    journal = filled(run, tmp_path, rows)
    before = counts(sample.path)
    result = run("import", "journal", sample.path, journal)
    assert result.code == 1
    err_lines = result.err.strip().splitlines()
    assert len(err_lines) == 1 and err_lines[0].startswith("error: Журнал.xlsx: ошибок — 2")
    assert "строка 7, столбец F (ИИН)" in err_lines[0]
    assert result.out.splitlines() == [
        "Журнал.xlsx, строка 7, столбец F (ИИН): ИИН 921029350852: неверная контрольная цифра",
        "Журнал.xlsx, строка 8, столбец M (Ответственный): для результата «направлено по компетенции» нужно "
        "указать ответственный орган",
    ]
    assert counts(sample.path) == before
    as_json = run("import", "journal", sample.path, journal, "--json", "--lang", "en")
    problems = json.loads(as_json.out)["problems"]
    assert [(p["row"], p["column"], p["code"]) for p in problems] == [(7, "F", "iin.checksum"),
                                                                      (8, "M", "responsible.required")]
    assert as_json.err.startswith("error: Журнал.xlsx: 2 problem(s)")


def test_not_a_workbook_and_dry_run(run: Run, sample: Sample, tmp_path: Path) -> None:
    text = tmp_path / "journal.xlsx"
    text.write_text("это не Excel", encoding="utf-8")
    result = run("import", "journal", sample.path, text)
    assert (result.code, result.out) == (1, "")
    assert result.err == "error: journal.xlsx: файл не является книгой Excel (.xlsx)\n"
    before = counts(sample.path)
    dry = run("import", "journal", sample.path, filled(run, tmp_path, [ROW]), "--dry-run")
    assert dry.code == 0 and "пробный запуск" in dry.out and "приёмов импортировано: 1" in dry.out
    assert counts(sample.path) == before


def test_import_into_a_given_tour(run: Run, sample: Sample, tmp_path: Path) -> None:
    journal = filled(run, tmp_path, [[*ROW[:1], "10.03.2025", "Жамбылский район", "Аса", *ROW[4:]]])
    result = run("import", "journal", sample.path, journal, "--tour", sample.ids["T1"], "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert (data["tour_id"], data["stops_created"], data["settlements_created"]) == (sample.ids["T1"], 0, 0)
    missing = run("import", "journal", sample.path, journal, "--tour", "01900000-0000-7000-8000-000000000000")
    assert missing.code == 1 and missing.err.startswith("error: ")


def test_import_kato_and_pick_its_settlements(run: Run, sample: Sample, tmp_path: Path) -> None:
    result = run("import", "kato", sample.path, resource_path("kato", "kato_sample_2024-01-01.xlsx"))
    assert result.code == 0, result.err
    assert result.out.startswith("КАТО 2024-01-01: областей 1")
    again = run("import", "kato", sample.path, resource_path("kato", "kato_sample_2024-01-01.xlsx"),
                "--version", "2025-01-01", "--json")
    assert json.loads(again.out)["version"] == "2025-01-01" and json.loads(again.out)["created"] == 0
    bad = tmp_path / "kato.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    refused = run("import", "kato", sample.path, bad)
    assert refused.code == 1 and "(.xls)" in refused.err


def test_exports(run: Run, sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "signals.geojson"
    result = run("export", "geojson", "signals", sample.path, "-o", out)
    assert result.code == 0, result.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(f["geometry"]["coordinates"] for f in data["features"]) == [[71.3, 42.8], [71.4, 42.9]]
    assert "ул. Абая" in out.read_text(encoding="utf-8")
    run("export", "geojson", "signals", sample.path, "-o", out, "--redact")
    assert "ул. Абая" not in out.read_text(encoding="utf-8")
    csv_out = tmp_path / "r.csv"
    assert run("export", "csv", "receptions", sample.path, "-o", csv_out, "--redact").code == 0
    text = csv_out.read_text(encoding="utf-8-sig")
    assert "Синтетический Житель" not in text and text.count("\n") == 5
    stops = run("export", "geojson", "stops", sample.path, "-o", tmp_path / "s.geojson")
    assert stops.code == 0 and "пропущено без координат: 3" in stops.out
    assert run("export", "csv", "stops", sample.path, "-o", csv_out).code == 2
