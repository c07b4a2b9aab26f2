"""The campaign plan workbook, from an empty database made by `fieldapp init`: the seed's pilot «Мир и согласие»
(five groups with their directions, members and heads, a tour through six villages of Жамбылский район) filled in
as a person would in Excel — Kazakh or Russian headers, Excel and text dates, empty lines — imported once and
again, refused precisely (sheet, row, column) with nothing written, and merged from two laptops as one set."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks

from fieldapp.services import people, sync
from fieldapp.services.accounts import init_database
from fieldapp.services.context import Context
from fieldapp.services.plan_workbook import import_plan, preview_plan
from fieldapp.services.sheets import ImportRefused
from fieldapp.storage.database import open_database

CAMPAIGN = "Мир и согласие"
TOUR = "Жамбылский район, июль"
DISTRICT = "Жамбылский район"
GROUPS = [  # name, direction as a person writes it (the seeded list's names, in either language, any case)
    ("Группа № 1", "Информационно-разъяснительная работа"),
    ("Группа № 2", "ауылдық кәсіпкерлікті дамыту"),
    ("Группа № 3", "Религия"),
    ("Группа № 4", "общественный порядок и безопасность дорожного движения"),
    ("Группа № 5", "Противодействие коррупции"),
]
# (group, date: an Excel date or text, settlement, venue, venue type)
STOPS: list[tuple[int, object, str, str, str]] = [
    (0, datetime(2026, 7, 1), "с. Аса", "Дом культуры", "дом культуры"),
    (1, "02.07.2026", "Каракемер", "Школа им. Абая", "мектеп"),
    (2, datetime(2026, 7, 3), "Өрнек ауылы", "", ""),
    (3, "06.07.2026", "Ерназар", "Сельский акимат", "Әкімдік"),
    (4, datetime(2026, 7, 7), "Карасу", "Парк", "ПАРК"),
    (0, "08.07.2026", "Көккайнар", "Диалоговая площадка", "диалог алаңы"),
]
# (group, full name, position, organisation, phone, head)
MEMBERS: list[tuple[int, str, str, str, object, str]] = [
    (0, "Синтетов Арман", "руководитель отдела", "Акимат Жамбылского района", "+7 701 000 10 01", "иә"),
    (0, "Тестова Айгерим", "главный специалист", "Акимат Жамбылского района", "", ""),
    (1, "Примеров Ерлан", "эксперт", "Палата предпринимателей", 87010001002, "Иә"),
    (1, "Образцова Динара", "", "", "", ""),
    (2, "Демонстрационов Бауыржан", "теолог", "Управление по делам религий", "", "иә"),
    (3, "Условный Нурлан", "участковый инспектор", "Жамбылский РОП", "", "да"),
    (3, "Пробная Гульмира", "инспектор", "Жамбылский РОП", "", ""),
    (4, "Фиктивов Асхат", "специалист", "Антикоррупционная служба", "", "иә"),
]
HEADERS = {
    "kk": (["Науқан", "Жұмыс тобы", "Бағыт", "Сапар", "Күні", "Аудан", "Елді мекен", "Өткізу орны", "Орын түрі"],
           ["Жұмыс тобы", "Аты-жөні", "Лауазымы", "Ұйым", "Телефон", "Жетекші"], ("Бағдар", "Топ құрамы")),
    "ru": (["Кампания", "Рабочая группа", "Направление", "Выезд", "Дата", "Район", "Населённый пункт",
            "Место проведения", "Тип места"],
           ["Рабочая группа", "ФИО", "Должность", "Организация", "Телефон", "Руководитель"],
           ("Маршрут", "Состав групп")),
}


def route_rows() -> list[list[object]]:
    rows: list[list[object]] = []
    for n, (g, day, place, venue, kind) in enumerate(STOPS):
        name, direction = GROUPS[g]
        rows.append([CAMPAIGN, name, direction, TOUR, day, DISTRICT, place, venue, kind])
        if n == 2:
            rows.append([None] * 9)  # an empty line in the middle
            rows.append(["", " ", None, "", "", "", "", "", ""])
    return rows


def member_rows() -> list[list[object]]:
    rows: list[list[object]] = []
    for n, (g, name, position, org, phone, head) in enumerate(MEMBERS):
        rows.append([GROUPS[g][0], name, position, org, phone, head])
        if n == 3:
            rows.append([])
    return rows


def plan_book(path: Path, lang: str = "kk", route: list[list[object]] | None = None,
              members: list[list[object]] | None = None, *, second_sheet: bool = True) -> Path:
    route_head, member_head, (route_title, members_title) = HEADERS[lang]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = route_title
    ws.append(route_head)
    for row in route if route is not None else route_rows():
        ws.append(row)
    for cell in ws["E"][1:]:
        if isinstance(cell.value, datetime):
            cell.number_format = "DD.MM.YYYY"
    if second_sheet:
        ms = wb.create_sheet(members_title)
        ms.append(member_head)
        for row in members if members is not None else member_rows():
            ms.append(row)
    wb.save(path)
    return path


@contextmanager
def opened(path: Path) -> Iterator[Context]:
    db = open_database(path)
    try:
        yield Context(db=db, blobs=path.with_suffix(".blobs"))
    finally:
        db.close()


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """A database as `fieldapp init --unprotected` makes it: the seeded directions, one coordinator, no data."""
    path = tmp_path / "office.db"
    init_database(path, "coordinator", "secret-pass", protected=False)
    return path


def rows_of(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return list(conn.execute(sql).fetchall())


def counts(path: Path) -> dict[str, int]:
    tables = ("campaign", "working_group", "direction", "tour", "tour_group", "stop", "region", "district",
              "settlement", "organization", "member", "group_member")
    return {t: rows_of(path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}  # type: ignore[misc]


def digest(path: Path) -> str:
    with opened(path) as ctx:
        return sync.digest(ctx)


def test_the_pilot_from_a_kazakh_plan_into_an_empty_database(empty: Path, tmp_path: Path) -> None:
    before = counts(empty)
    book = plan_book(tmp_path / "Жоспар.xlsx")
    with opened(empty) as ctx:
        result = import_plan(ctx, book)
    assert (result.campaigns, result.groups, result.directions, result.tours, result.stops) == (1, 5, 0, 1, 6)
    assert (result.members, result.memberships, result.tour_groups, result.settlements) == (8, 8, 5, 6)
    assert result.organizations == 5 and result.districts == 1
    after = counts(empty)
    assert after["direction"] == before["direction"] == 8  # every direction matched the seeded list
    assert {k: after[k] - before[k] for k in after} == {
        "campaign": 1, "working_group": 5, "direction": 0, "tour": 1, "tour_group": 5, "stop": 6, "region": 1,
        "district": 1, "settlement": 6, "organization": 5, "member": 8, "group_member": 8}

    (campaign,) = rows_of(empty, "SELECT title_ru, starts_on, ends_on FROM campaign")
    assert campaign == (CAMPAIGN, "2026-07-01", "2026-07-08")
    route = rows_of(empty, "SELECT s.seq, st.name_ru, s.planned_on, s.venue, s.venue_type, s.status, d.name_ru "
                           "FROM stop s JOIN settlement st ON st.id = s.settlement_id "
                           "JOIN district d ON d.id = st.district_id ORDER BY s.seq")
    assert route == [
        (1, "с. Аса", "2026-07-01", "Дом культуры", "house of culture", "planned", DISTRICT),
        (2, "Каракемер", "2026-07-02", "Школа им. Абая", "school", "planned", DISTRICT),
        (3, "Өрнек ауылы", "2026-07-03", "", "other", "planned", DISTRICT),
        (4, "Ерназар", "2026-07-06", "Сельский акимат", "akimat", "planned", DISTRICT),
        (5, "Карасу", "2026-07-07", "Парк", "park", "planned", DISTRICT),
        (6, "Көккайнар", "2026-07-08", "Диалоговая площадка", "dialogue platform", "planned", DISTRICT),
    ]
    groups = rows_of(empty, "SELECT g.name, d.code, m.full_name FROM working_group g "
                            "JOIN direction d ON d.id = g.direction_id LEFT JOIN member m ON m.id = g.head_id "
                            "ORDER BY g.name")
    assert groups == [
        ("Группа № 1", "information", "Синтетов Арман"), ("Группа № 2", "rural_business", "Примеров Ерлан"),
        ("Группа № 3", "religion", "Демонстрационов Бауыржан"), ("Группа № 4", "public_order", "Условный Нурлан"),
        ("Группа № 5", "anti_corruption", "Фиктивов Асхат")]
    members = rows_of(empty, "SELECT g.name, m.full_name, m.position, coalesce(o.name_ru, ''), m.phone "
                             "FROM group_member gm JOIN working_group g ON g.id = gm.group_id "
                             "JOIN member m ON m.id = gm.member_id "
                             "LEFT JOIN organization o ON o.id = m.organization_id "
                             "ORDER BY g.name, m.full_name")
    assert ("Группа № 2", "Примеров Ерлан", "эксперт", "Палата предпринимателей", "87010001002") in members
    assert ("Группа № 2", "Образцова Динара", "", "", "") in members and len(members) == 8
    linked = rows_of(empty, "SELECT count(DISTINCT tg.group_id) FROM tour_group tg JOIN tour t ON t.id = tg.tour_id "
                            f"WHERE t.title = '{TOUR}'")
    assert linked == [(5,)]

    # The same file again, or its Russian twin: nothing new, nothing changed.
    state = digest(empty)
    with opened(empty) as ctx:
        again = import_plan(ctx, book)
        twin = import_plan(ctx, plan_book(tmp_path / "План.xlsx", "ru"))
    assert again.total == twin.total == 0 and again.groups_changed == twin.groups_changed == 0
    assert digest(empty) == state and counts(empty) == after


def test_a_dry_run_says_what_it_would_create_and_writes_nothing(empty: Path, tmp_path: Path) -> None:
    state = digest(empty)
    with opened(empty) as ctx:
        result = import_plan(ctx, plan_book(tmp_path / "План.xlsx", "ru"), dry_run=True)
        preview = preview_plan(ctx, tmp_path / "План.xlsx")
    assert result.dry_run and (result.campaigns, result.groups, result.stops, result.members) == (1, 5, 6, 8)
    assert [k for k, _, _ in result.created] == ["campaign", "group", "group", "group", "group", "group", "tour"]
    assert "пробный запуск" in result.lines("ru")[0]
    assert preview.ok and preview.sheets == ("Маршрут", "Состав групп") and len(preview.route) == 6
    assert preview.result is not None and preview.result.total == result.total
    assert digest(empty) == state


def refusal(path: Path, book: Path) -> ImportRefused:
    state = digest(path)
    with opened(path) as ctx, pytest.raises(ImportRefused) as err:
        import_plan(ctx, book)
    assert digest(path) == state  # nothing written
    return err.value


def where(exc: ImportRefused) -> list[tuple[str | None, int | None, str | None, str]]:
    return [(p.sheet, p.row, p.column, p.code) for p in exc.problems]


def test_a_plan_without_its_second_sheet_is_refused(empty: Path, tmp_path: Path) -> None:
    exc = refusal(empty, plan_book(tmp_path / "Жоспар.xlsx", second_sheet=False))
    assert where(exc) == [(None, None, None, "plan.missing_sheet")]
    assert exc.message("kk") == "Жоспар.xlsx: «Топ құрамы» парағы жоқ (орысша «Состав групп»)"


def test_an_unknown_group_on_sheet_two_is_refused_at_its_cell(empty: Path, tmp_path: Path) -> None:
    members = member_rows()
    members.insert(2, ["Группа № 9", "Лишний Участник", "", "", "", ""])  # sheet row 4
    exc = refusal(empty, plan_book(tmp_path / "План.xlsx", "ru", members=members))
    assert where(exc) == [("Состав групп", 4, "A", "plan.unknown_group")]
    assert exc.message("ru") == ("План.xlsx, лист «Состав групп», строка 4, столбец A (Рабочая группа): группы "
                                 "«Группа № 9» нет на листе «Маршрут»")


def test_a_bad_date_and_an_unknown_venue_type_are_all_listed(empty: Path, tmp_path: Path) -> None:
    route = route_rows()
    route[1][4] = "31.02.2026"  # sheet row 3
    route[6][8] = "стадион"  # sheet row 8: after the two empty lines, the fifth stop
    route[7][4] = 45000  # sheet row 9: a bare number is not taken for a date
    exc = refusal(empty, plan_book(tmp_path / "Жоспар.xlsx", route=route))
    assert where(exc) == [("Бағдар", 3, "E", "date.invalid"), ("Бағдар", 8, "I", "enum.unknown"),
                          ("Бағдар", 9, "E", "import.expected_date")]
    text = exc.problems[1].message("kk")
    assert text.startswith("Жоспар.xlsx, «Бағдар» парағы, 8-жол, I бағаны (Орын түрі): ") and "мәдениет үйі" in text


def test_missing_columns_and_required_cells(empty: Path, tmp_path: Path) -> None:
    book = plan_book(tmp_path / "План.xlsx", "ru", route=[[CAMPAIGN, "Группа № 1", "", TOUR, "01.07.2026", "", "Аса",
                                                           "", ""]],
                     members=[["Группа № 1", "", "", "", "", "может быть"]])
    exc = refusal(empty, book)
    assert where(exc) == [("Маршрут", 2, "F", "required"), ("Состав групп", 2, "B", "required"),
                          ("Состав групп", 2, "F", "import.yes_no")]
    wb = openpyxl.load_workbook(book)
    wb["Маршрут"].delete_cols(4)  # no «Выезд»
    wb.save(book)
    # Both sheets are read: what is wrong on the second is listed too.
    assert where(refusal(empty, book)) == [("Маршрут", 1, None, "import.missing_column"),
                                           ("Состав групп", 2, "B", "required"),
                                           ("Состав групп", 2, "F", "import.yes_no")]


def test_a_group_with_two_heads_or_two_directions_is_refused(empty: Path, tmp_path: Path) -> None:
    route = route_rows()
    route[-1][2] = "Религия"  # group 1 again, with another direction: sheet row 9
    members = member_rows()
    members[1][5] = "да"  # a second head of group 1: sheet row 3
    exc = refusal(empty, plan_book(tmp_path / "План.xlsx", "ru", route=route, members=members))
    assert where(exc) == [("Маршрут", 9, "C", "plan.direction_differs"), ("Состав групп", 3, "F", "plan.second_head")]


def test_places_the_database_knows_are_matched_without_their_kind_words(empty: Path, tmp_path: Path) -> None:
    from fieldapp.services import places

    with opened(empty) as ctx:
        region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
        district = places.create_district(ctx, region, "Жамбылский", "Жамбыл ауданы")
        known = {name: places.create_settlement(ctx, district, name) for name in ("Аса", "Өрнек")}
        # Look-alike letters of old lists (Ґ for Ө) and kind words are ignored.
        route = route_rows()
        route[2][6] = "ҐРНЕК"
        import_plan(ctx, plan_book(tmp_path / "Жоспар.xlsx", route=route))
    found = {name: n for name, n in rows_of(empty, "SELECT st.name_ru, count(s.id) FROM settlement st "
                                                 "LEFT JOIN stop s ON s.settlement_id = st.id GROUP BY st.id")}
    assert found == {"Аса": 1, "Өрнек": 1, "Каракемер": 1, "Ерназар": 1, "Карасу": 1, "Көккайнар": 1}
    assert rows_of(empty, "SELECT count(*) FROM district") == [(1,)]
    assert {r[0] for r in rows_of(empty, "SELECT settlement_id FROM stop")} >= set(known.values())


def test_two_laptops_importing_one_plan_merge_into_one_set(empty: Path, tmp_path: Path) -> None:
    a, b = empty, tmp_path / "b.db"
    b.write_bytes(a.read_bytes())
    for path in (a, b):
        with opened(path) as ctx:
            sync.export_key(ctx, tmp_path / f"{path.stem}.key")
    for path, other in ((a, b), (b, a)):
        with opened(path) as ctx:
            sync.enrol(ctx, tmp_path / f"{other.stem}.key")
    (tmp_path / "b").mkdir()
    # b got the same file by messenger
    books = {a: plan_book(tmp_path / "Жоспар.xlsx"), b: plan_book(tmp_path / "b" / "Жоспар.xlsx")}
    for path, name in ((a, "Ахметова Айгуль"), (b, "Иванов Пётр")):  # two coordinators, each signed in
        with opened(path) as anonymous:
            ctx = replace(anonymous, member_id=people.create_member(anonymous, name))
            assert import_plan(ctx, books[path]).total == 47
            sync.export_package(ctx, tmp_path / f"{path.stem}.fieldsync")
    imported = counts(a)
    assert counts(b) == imported
    for path, other in ((a, b), (b, a)):
        with opened(path) as ctx:
            result = sync.import_packages(ctx, [tmp_path / f"{other.stem}.fieldsync"])
            assert result.applied.new_conflicts == [] and sync.list_conflicts(ctx) == []
    merged = counts(a)
    assert merged == counts(b)
    assert {k: merged[k] - imported[k] for k in merged} == {k: int(k == "member") for k in merged}  # the signer
    assert digest(a) == digest(b)


def test_a_journal_of_a_planned_tour_lands_on_its_planned_stops(empty: Path, tmp_path: Path) -> None:
    from fieldapp.services.journal import COLUMNS, import_journal

    with opened(empty) as ctx:
        import_plan(ctx, plan_book(tmp_path / "Жоспар.xlsx"))
    (tour_id,) = rows_of(empty, "SELECT id FROM tour")[0]
    journal = tmp_path / "Журнал.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append([c.ru for c in COLUMNS])
    # The district and village written otherwise than in the plan (kind words), on the planned day.
    wb.active.append(["", "02.07.2026", "Жамбылский", "с. Каракемер", "Синтетикова Айгерим", None, "", "",
                      "заявление", "водоснабжение", "Нет воды", "разъяснено", "", ""])
    wb.save(journal)
    with opened(empty) as anonymous:
        ctx = replace(anonymous, clock=lambda: datetime(2026, 7, 10, 18, 0))
        result = import_journal(ctx, journal, tour_id=str(tour_id))
    assert result.imported == 1 and result.stops_created == 0 and result.settlements_created == 0
    assert rows_of(empty, "SELECT count(*) FROM stop") == [(6,)]


def test_a_plan_of_thousands_of_bad_rows_stops_at_the_problem_limit(empty: Path, tmp_path: Path) -> None:
    from fieldapp.services.sheets import MAX_PROBLEMS

    route = [[CAMPAIGN, "Группа № 1", "", TOUR, "не дата", DISTRICT, "Аса", "", ""]] * (MAX_PROBLEMS + 200)
    members = [["Группа № 9", "Лишний Участник", "", "", "", ""]] * 50
    exc = refusal(empty, plan_book(tmp_path / "План.xlsx", "ru", route=route, members=members))
    assert len(exc.problems) == MAX_PROBLEMS + 1
    assert exc.problems[-1].code == "import.too_many_problems"
    assert {p.code for p in exc.problems[:-1]} == {"date.invalid"}
