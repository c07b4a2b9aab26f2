"""The holiday calendars a user has: `fieldapp calendar import|list`, and a deadline that runs past the last known
year, which names the file to import instead of failing — until that file is imported."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.domain.errors import ValidationError
from fieldapp.services import calendars, control, people
from fieldapp.services.accounts import init_database
from fieldapp.services.control import Responsible
from fieldapp.services.workspace import open_workspace

SHIPPED = list(range(2019, 2028))
# Registered in December of the last shipped year: 15 working days run into January 2028.
NOW = datetime(2027, 12, 20, 10, 0)


def year_2028() -> dict[str, object]:
    # 1-2 January 2028 are Saturday and Sunday: by the weekend rule their days off move to Monday 3 and Tuesday 4.
    return {
        "year": 2028,
        "holidays": [
            {"date": "2028-01-01", "name_ru": "Новый год", "name_kk": "Жаңа жыл"},
            {"date": "2028-01-02", "name_ru": "Новый год", "name_kk": "Жаңа жыл"},
            {"date": "2028-01-07", "name_ru": "Православное Рождество", "name_kk": "Православиелік Рождество"},
        ],
        "transfers": [
            {"date": "2028-01-03", "kind": "day_off", "note": "Новый год 01.01.2028 приходится на выходной день"},
            {"date": "2028-01-04", "kind": "day_off", "note": "Новый год 02.01.2028 приходится на выходной день"},
        ],
    }


def write(path: Path, doc: dict[str, object]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_list_shows_the_shipped_years_then_an_imported_one(tmp_path: Path) -> None:
    rows = calendars.list_calendars()
    assert [r.year for r in rows] == SHIPPED
    assert {r.origin for r in rows} == {"shipped"} and rows[0].path.name == "2019.json"

    kept = calendars.import_calendar(write(tmp_path / "my-2028.json", year_2028()))
    assert (kept.year, kept.origin, kept.replaces_shipped) == (2028, "imported", False)
    assert kept.path == calendars.user_dir() / "2028.json" and kept.path.is_file()
    rows = calendars.list_calendars()
    assert [(r.year, r.origin) for r in rows][-2:] == [(2027, "shipped"), (2028, "imported")]


def test_an_imported_year_replaces_the_shipped_one(tmp_path: Path) -> None:
    doc = json.loads((calendars.shipped_dir() / "2027.json").read_text(encoding="utf-8"))
    doc["transfers"].append({"date": "2027-12-31", "kind": "day_off", "note": "по постановлению (пример)"})
    kept = calendars.import_calendar(write(tmp_path / "2027.json", doc))
    assert kept.replaces_shipped
    row = next(r for r in calendars.list_calendars() if r.year == 2027)
    assert (row.origin, row.replaces_shipped, row.path) == ("imported", True, kept.path)
    assert not calendars.current_calendar().is_working_day(date(2027, 12, 31))


def test_cli_imports_lists_and_refuses_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "import", str(write(tmp_path / "2028.json", year_2028()))]) == 0
    out = capsys.readouterr().out
    assert "календарь праздников на 2028 год импортирован" in out and str(calendars.user_dir()) in out

    assert main(["calendar", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["year"], r["origin"]) for r in listed] == [*((y, "shipped") for y in SHIPPED), (2028, "imported")]

    assert main(["calendar", "list", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == ["2019", "shipped"] and lines[-1].split("\t")[:2] == ["2028", "imported"]

    # A mistyped transfer (a day off on a Saturday) is refused, naming the entry; the imported 2028 stays as it was.
    broken = year_2028()
    broken["transfers"] = [{"date": "2028-01-08", "kind": "day_off"}]
    before = (calendars.user_dir() / "2028.json").read_bytes()
    (tmp_path / "bad").mkdir()
    assert main(["calendar", "import", str(write(tmp_path / "bad" / "2028.json", broken))]) == 1
    err = capsys.readouterr().err
    assert "transfers, entry 1 (2028-01-08)" in err and "Saturday" in err
    assert (calendars.user_dir() / "2028.json").read_bytes() == before


def test_a_deadline_past_the_last_known_year_says_which_file_to_import(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    init_database(path, "boss", "boss-pass", protected=False)
    ctx = open_workspace(path, user="boss", password="boss-pass", clock=lambda: NOW)
    akimat = people.create_organization(ctx, "Акимат Жамбылского района")

    with pytest.raises(ValidationError) as err:
        control.take_under_control(ctx, "Ремонт моста", Responsible(org_id=akimat))
    assert (err.value.code, err.value.params) == ("holidays.missing", {"year": 2028})
    ru, kk, en = (err.value.message(lang) for lang in ("ru", "kk", "en"))
    assert ru.startswith("нет календаря праздников на 2028 год: импортируйте файл календаря на 2028 год")
    assert "2028 жылға мерекелер күнтізбесі жоқ" in kk and "there is no holiday calendar for 2028" in en
    assert all("fieldapp calendar import FILE.json" in text and "2028.json" in text for text in (ru, kk, en))
    assert not control.list_control(ctx)  # refused whole: no item without a deadline

    calendars.import_calendar(write(tmp_path / "2028.json", year_2028()))
    ctx.db.close()
    ctx = open_workspace(path, user="boss", password="boss-pass", clock=lambda: NOW)
    item = control.get_item(ctx, control.take_under_control(ctx, "Ремонт моста", Responsible(org_id=akimat)))
    # 21-24 and 27-31 December (9), then 5, 6, 10, 11, 12, 13 January: 1-4 and 7 January are off in the file.
    assert item.row.deadline == date(2028, 1, 13)
    ctx.db.close()
