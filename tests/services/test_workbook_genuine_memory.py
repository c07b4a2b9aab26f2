"""A genuine journal too large for one import (issue 11, item 4): every row valid, the app's own template filled in,
yet more rows than an import holds at once (it checks them all before it writes any). It is refused at the row
where the budget of sheets.KeptRows runs out, with a message asking for smaller files, the database unchanged, and
the reading process stays bounded: no more than a small journal's import plus that budget, below 300 MB."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from bounded import MEMORY_LIMIT_MB, bounded_cli

from fieldapp.domain.iin import make_iin
from fieldapp.services.journal import write_template
from fieldapp.services.sheets import MAX_KEPT

ACCOUNT = {"FIELDAPP_USER": "coordinator", "FIELDAPP_PASSWORD": "a long enough password"}
SHEET = "xl/worksheets/sheet1.xml"
TOPICS = ("ЖКХ и жильё", "дороги и транспорт", "водоснабжение", "занятость", "социальная помощь", "документы")
IINS = tuple(make_iin(date(1950 + i % 50, 1 + i % 12, 1 + i % 28), i % 2 == 0, i) for i in range(997))
OUTCOMES = ("разъяснено", "решено на месте", "оказана помощь", "направлено по компетенции", "взято на контроль")


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>' if text else ""


def journal(path: Path, rows: int) -> Path:
    """The app's template with `rows` valid receptions, written as Excel writes texts (UTF-8, one cell each): 20
    districts of a few settlements, about thirty receptions a settlement a day, names, IINs, phones and essences
    that differ from row to row."""
    template = write_template(path.with_suffix(".template.xlsx"))
    lines = []
    for i in range(rows):
        n, stop = i + 2, i // 30
        day = date(2026, 1, 5) + timedelta(days=stop // 20 % 300)
        outcome = OUTCOMES[i % 5]
        cells = (f"{i + 1}", f"{day:%d.%m.%Y}", f"Тестовый район {stop % 20 + 1}",
                 f"село Тестовое-{stop % 20 + 1}-{stop // 20 % 40 + 1}", f"Жумабаев Ерлан {i} Серикович",
                 IINS[i % 997] if i % 5 else "",
                 f"+7 701 {i % 1000:03d} {i % 100:02d} 11" if i % 3 else "", "пенсионер" if i % 4 == 0 else "",
                 "заявление", TOPICS[i % 6], f"Просит отремонтировать дорогу по улице Абая, дом {i % 200}, приём {i}",
                 outcome, "Акимат района" if outcome in OUTCOMES[3:] else "", "")
        lines.append(f'<row r="{n}">' + "".join(_cell(f"{'ABCDEFGHIJKLMN'[k]}{n}", v) for k, v in enumerate(cells))
                     + "</row>")
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == SHEET:
                assert data.count(b"</sheetData>") == 1
                data = data.replace(b"</sheetData>", "".join(lines).encode() + b"</sheetData>")
            out.writestr(info.filename, data)
    template.unlink()
    return path


def test_a_genuine_journal_past_what_one_import_holds_is_refused_within_bounds(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "office.db"
    done, _ = bounded_cli(home, "init", "--unprotected", db, env_extra=ACCOUNT)
    assert done.returncode == 0, done.stderr
    small = journal(tmp_path / "small.xlsx", 3_000)
    large = journal(tmp_path / "large.xlsx", 50_000)
    assert large.stat().st_size > 3 << 20

    done, small_peak = bounded_cli(home, "import", "journal", db, small, env_extra=ACCOUNT)
    assert done.returncode == 0, done.stderr
    assert "3000" in done.stdout
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    done, large_peak = bounded_cli(home, "import", "journal", db, large, env_extra=ACCOUNT)
    assert done.returncode == 1, (done.stdout, done.stderr)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "large.xlsx, строка" in errors[0], done.stderr
    assert "строк с данными больше, чем помещается в один импорт" in errors[0]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    # What the refused import held grew by its budget at most, not with the file.
    assert large_peak < MEMORY_LIMIT_MB, large_peak
    assert large_peak - small_peak < (MAX_KEPT >> 20), (small_peak, large_peak)
