"""Two laptops import the same reception journal, or the same KATO classifier, before they ever sync: the
coordinator's merge finds one of each record (tour, stops, villages, bodies, receptions, control items; regions,
districts, settlements) and nothing to review — what an import creates is named by what it is (the journal row,
the classifier code), dated by the file, not the clock, and a journal talon is numbered from its row."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks
from sync_helpers import digest, enrol_all, replica, seed

from fieldapp.services import people, receptions, sync, tours
from fieldapp.services.journal import COLUMNS, import_journal
from fieldapp.services.kato import import_kato

ROWS = [
    ["", "02.03.2026", "Новый район", "Новое село", "Сапарова Айгүл", None, "+7 701 000 00 01", "пенсионер",
     "заявление", "водоснабжение", "Нет воды", "взято на контроль", "Акимат Нового района", ""],
    ["", "02.03.2026", "Новый район", "Новое село", "Иванов Пётр", None, "", "", "жалоба", "дороги и транспорт",
     "Яма на дороге", "разъяснено", "", ""],
    ["", "03.03.2026", "Новый район", "Второе село", "Омаров Ерлан", None, "", "", "заявление", "другое", "Справка",
     "направлено по компетенции", "Акимат Нового района", ""],
]


def journal(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([c.ru for c in COLUMNS])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "campaign", "tour", "stop", "region", "district", "settlement", "organization", "reception",
            "control_item", "control_event", "control_reception", "member")}


def test_two_laptops_importing_one_journal_merge_into_one_set_of_records(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    before = counts(a)
    # b got the same file by messenger (a copy sorted otherwise agrees too when the № column is filled: see below).
    (tmp_path / "b").mkdir()
    files = {a: journal(tmp_path / "Журнал.xlsx", ROWS), b: journal(tmp_path / "b" / "Журнал.xlsx", ROWS)}
    for path, name in ((a, "Ахметова Айгуль"), (b, "Иванов Пётр")):  # two supervisors, each signed in
        with replica(path) as anonymous:
            ctx = replace(anonymous, member_id=people.create_member(anonymous, name))
            assert import_journal(ctx, files[path]).imported == 3
            sync.export_package(ctx, tmp_path / f"{path.stem}.fieldsync")
    imported = counts(a)
    assert counts(b) == imported
    imported["member"] += 1  # each laptop gets the other's supervisor
    for path, other in ((a, b), (b, a)):
        with replica(path) as ctx:
            result = sync.import_packages(ctx, [tmp_path / f"{other.stem}.fieldsync"])
            assert result.applied.new_conflicts == [] and sync.list_conflicts(ctx) == []
    assert counts(a) == counts(b) == imported  # nothing doubled by the merge
    assert imported["tour"] == before["tour"] + 1 and imported["settlement"] == before["settlement"] + 2
    assert digest(a) == digest(b)
    with replica(a) as ctx:
        (hit,) = receptions.search_residents(ctx, "Сапарова")
        # A journal talon: the tour's code and ten characters of the row, not a desk's GROUP-DEVICE-SEQ.
        assert re.fullmatch(r"[^-]+-[0-9A-Z]{5}-[0-9A-Z]{5}", hit.reg_no)
    with replica(b) as ctx:
        assert receptions.search_residents(ctx, "Сапарова")[0].reg_no == hit.reg_no


def test_an_id_an_earlier_record_holds_is_not_reused(tmp_path: Path) -> None:
    """The village an earlier import created was renamed since: a new journal naming the old name creates the
    village again, under another id (the one by name is taken)."""
    a = tmp_path / "a.db"
    seed(a)
    with replica(a) as ctx:
        import_journal(ctx, journal(tmp_path / "Журнал.xlsx", ROWS[:1]))
    with sqlite3.connect(a) as conn:
        conn.execute("UPDATE settlement SET name_ru = 'Переименованное' WHERE name_ru = 'Новое село'")
    with replica(a) as ctx:
        assert import_journal(ctx, journal(tmp_path / "Журнал.xlsx", ROWS[1:2])).settlements_created == 1
    with sqlite3.connect(a) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name_ru FROM settlement WHERE name_ru LIKE '%ое%'"))
    assert names == ["Новое село", "Переименованное"]


KATO_HEADER = ["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"]
KATO = [  # region 99 does not exist: a made-up classifier
    ("990000000", "Үлгі облысы", "Образец: область"),
    ("991000000", "Үлгі ауданы", "Образец: район"),
    ("991010001", "Қоңыр ауылы", "село Коныр"),
    ("991010002", "Нарлы ауылы", "село Нарлы"),
]


def test_two_laptops_importing_one_classifier_merge_into_one_set_of_places(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(KATO_HEADER)
    for te, kk, ru in KATO:
        ws.append([te, te[0:2], te[2:4], te[4:6], te[6:9], 1, kk, ru, 1])
    wb.save(tmp_path / "KATO_01.01.2024.xlsx")
    for path in (a, b):
        with replica(path) as ctx:
            import_kato(ctx, tmp_path / "KATO_01.01.2024.xlsx")
            sync.export_package(ctx, tmp_path / f"{path.stem}.fieldsync")
    imported = counts(a)
    for path, other in ((a, b), (b, a)):
        with replica(path) as ctx:
            result = sync.import_packages(ctx, [tmp_path / f"{other.stem}.fieldsync"])
            assert result.applied.new_conflicts == [] and sync.list_conflicts(ctx) == []
    assert counts(a) == counts(b) == imported  # one region, one district, two villages: not two of each
    assert digest(a) == digest(b)


def test_a_laptop_that_imported_part_of_the_journal_first_merges_with_one_that_imported_it_whole(
        tmp_path: Path) -> None:
    """A row's time within its day is its place among all the file's rows of that day, not among those new to this
    laptop: the same reception gets the same time on both, and their files merge with nothing to review."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    (tmp_path / "part").mkdir()
    with replica(a) as ctx:
        import_journal(ctx, journal(tmp_path / "part" / "Журнал.xlsx", ROWS[:1]))  # the morning's first page
        result = import_journal(ctx, journal(tmp_path / "Журнал.xlsx", ROWS))
        assert result.imported == 2 and result.tour_id is not None
        tour = tours.get_tour(ctx, result.tour_id)  # the tour took in the second page's day
        assert (tour.starts_on, tour.ends_on) == (date(2026, 3, 2), date(2026, 3, 3))
        sync.export_package(ctx, tmp_path / "a.fieldsync")
    with replica(b) as ctx:
        import_journal(ctx, journal(tmp_path / "Журнал.xlsx", ROWS))
        sync.export_package(ctx, tmp_path / "b.fieldsync")
    for path, other in ((a, b), (b, a)):
        with replica(path) as ctx:
            sync.import_packages(ctx, [tmp_path / f"{other.stem}.fieldsync"])
            assert sync.list_conflicts(ctx) == []
    assert counts(a) == counts(b)
    assert digest(a) == digest(b)


def test_copies_sorted_otherwise_agree_by_the_journals_own_numbers(tmp_path: Path) -> None:
    """b sorted its copy by name before importing: the rows keep their №, which orders each day, so the receptions
    get the same times on both laptops."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    seed(a)
    b.write_bytes(a.read_bytes())
    enrol_all([a, b], tmp_path)
    numbered = [[n, *row[1:]] for n, row in enumerate(ROWS, start=1)]
    (tmp_path / "b").mkdir()
    files = {a: journal(tmp_path / "Журнал.xlsx", numbered),
             b: journal(tmp_path / "b" / "Журнал.xlsx", sorted(numbered, key=lambda r: str(r[4])))}
    for path in (a, b):
        with replica(path) as ctx:
            import_journal(ctx, files[path])
            sync.export_package(ctx, tmp_path / f"{path.stem}.fieldsync")
    for path, other in ((a, b), (b, a)):
        with replica(path) as ctx:
            sync.import_packages(ctx, [tmp_path / f"{other.stem}.fieldsync"])
            assert sync.list_conflicts(ctx) == []
    assert digest(a) == digest(b)
