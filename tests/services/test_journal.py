"""The reception journal: the template, the round trip through a filled-in workbook, all-or-nothing refusals with
precise places, idempotent re-imports and the outcome rules."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks

from fieldapp.domain.enums import Outcome, SocialCategory
from fieldapp.domain.errors import NotFoundError
from fieldapp.domain.indicators import Scope
from fieldapp.domain.workdays import default_deadline
from fieldapp.services import control, receptions, tours
from fieldapp.services.context import Context
from fieldapp.services.indicators import build_indicators
from fieldapp.services.journal import COLUMNS, import_journal, preview_journal, stable_id, write_template
from fieldapp.services.progress import Cancelled, CancelToken
from fieldapp.services.sheets import ImportRefused
from fieldapp.storage.tables import Stop

RU = [c.ru for c in COLUMNS]
KK = [c.kk for c in COLUMNS]
VALID_IIN = "921029350851"
ROW = ["", "02.03.2026", "Жамбылский район", "Аса", "Синтетикова Айгерим", VALID_IIN, "+7 701 000 00 01",
       "пенсионер", "заявление", "водоснабжение", "Нет воды на улице Школьной", "разъяснено", "", ""]


def fill(path: Path, rows: Sequence[Sequence[Any]], header: Sequence[Any] = RU, *, title: str = "Журнал",
         more_sheets: int = 0) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    for n in range(more_sheets):
        extra = wb.create_sheet(f"Лист{n + 2}")
        extra.append(["это", "не", "журнал"])
        extra.append([1, 2, 3])
    wb.save(path)
    return path


def row(**changes: Any) -> list[Any]:
    out = list(ROW)
    letters = "ABCDEFGHIJKLMN"
    for letter, value in changes.items():
        out[letters.index(letter)] = value
    return out


def digest(path: Path) -> dict[str, int]:
    """Row counts of every table: what «nothing written» is checked against."""
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def db_path(ctx: Context) -> Path:
    return ctx.db.path


# -- the template ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "headers"), [("ru", RU), ("kk", KK), ("en", RU)])
def test_template_has_the_contract_headers_lists_widths_and_a_frozen_header(
    tmp_path: Path, lang: str, headers: list[str]
) -> None:
    path = write_template(tmp_path / "journal.xlsx", lang)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == headers
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["E"].width >= 30 and ws.column_dimensions["K"].width >= 40
    lists = {str(dv.sqref).split(":")[0][0]: dv for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert set(lists) == {"H", "I", "J", "L"}
    hidden = wb.worksheets[1]
    assert hidden.sheet_state == "hidden"
    outcome_list = [c.value for c in hidden["D"][1:] if c.value]
    label_lang = "kk" if lang == "kk" else "ru"
    assert outcome_list == [o.label(label_lang) for o in Outcome]
    assert all(dv.type == "date" for dv in ws.data_validations.dataValidation if str(dv.sqref)[0] in "BN")


def test_round_trip_template_filled_in_imported(ctx: Context, tmp_path: Path) -> None:
    path = write_template(tmp_path / "Журнал Аса март.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.append(row(A=1))
    ws.append(row(A=2, B=datetime(2026, 3, 2), E="Тестов Ерлан", F=None, G=None, L="оказана помощь"))
    ws.append(row(A=3, B="27.02.2026", D="Каракемер", E="Пробная Сауле", F=61211600012, G=None, I="жалоба",
                  J="дороги и транспорт", K="Разбитая дорога к школе", L="взято на контроль",
                  M="Отдел ЖКХ Жамбылского района"))
    ws.append(row(A=4, E="Образцов Марат", F=None, G=None, L="направлено по компетенции", M="Акимат Аса",
                  N="20.03.2026"))
    wb.save(path)

    result = import_journal(ctx, path)

    assert (result.imported, result.already_present, result.stops_created) == (4, 0, 2)
    assert result.tour_created and result.campaign_created and result.tour_title == "Журнал Аса март"
    assert (result.settlements_created, result.districts_created, result.control_items_created) == (2, 1, 1)
    stops = tours.route(ctx, result.tour_id or "")
    assert [(s.settlement_ru, s.planned_on, s.status.value) for s in stops] == [
        ("Каракемер", date(2026, 2, 27), "done"), ("Аса", date(2026, 3, 2), "done")]
    got = {r.applicant_name: r for s in stops for r in receptions.list_stop_receptions(ctx, s.id)}
    assert set(got) == {"Синтетикова Айгерим", "Тестов Ерлан", "Пробная Сауле", "Образцов Марат"}
    first = got["Синтетикова Айгерим"]
    assert (first.applicant_iin, first.applicant_phone, first.consent_given) == (VALID_IIN, "+7 701 000 00 01", True)
    assert (first.topic.value, first.outcome.value, first.essence) == (
        "water supply", "explained", "Нет воды на улице Школьной")
    assert first.received_at.date() == date(2026, 3, 2)
    assert got["Тестов Ерлан"].help_kind is not None and got["Тестов Ерлан"].help_kind.value == "other"
    # Excel stored the IIN as a number and dropped its leading zero: the import puts it back.
    assert got["Пробная Сауле"].applicant_iin == "061211600012"
    item = control.get_item(ctx, got["Пробная Сауле"].control_item_id or "")
    assert item.row.deadline == default_deadline(date(2026, 2, 27), ctx.calendar)
    assert item.row.responsible_org_name == "Отдел ЖКХ Жамбылского района"
    assert item.reception_ids == (got["Пробная Сауле"].id,)
    assert got["Образцов Марат"].responsible_org_id is not None
    assert got["Пробная Сауле"].reg_no != got["Тестов Ерлан"].reg_no


def test_importing_the_same_file_twice_creates_nothing_the_second_time(ctx: Context, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row(), row(E="Второй Житель", F=None, G=None, L="взято на контроль",
                                           M="Акимат")])
    first = import_journal(ctx, path)
    before = digest(db_path(ctx))
    again = import_journal(ctx, path)
    assert (first.imported, again.imported, again.already_present) == (2, 0, 2)
    assert digest(db_path(ctx)) == before
    # Renamed, re-sorted, re-numbered and in Kazakh: still the same receptions.
    kk_rows = [["7", "02.03.2026", "Жамбылский район", "Аса", "Второй Житель", None, None, "зейнеткер", "арыз",
                "сумен жабдықтау", "Нет воды на улице Школьной", "бақылауға алынды", "Акимат", None],
               ["8", *row()[1:8], "арыз", "сумен жабдықтау", row()[10], "түсіндірілді", "", ""]]
    renamed = fill(tmp_path / "другое имя.xlsx", kk_rows, KK)
    assert import_journal(ctx, renamed).imported == 0
    assert digest(db_path(ctx)) == before


def test_identical_rows_are_two_receptions_and_stay_two(ctx: Context, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row(), row()])
    assert import_journal(ctx, path).imported == 2
    assert import_journal(ctx, path).imported == 0


def test_stable_ids_are_uuid7_shaped_and_dated_by_the_reception(ctx: Context) -> None:
    value = stable_id("abc", date(2026, 3, 2))
    assert value == stable_id("abc", date(2026, 3, 2)) != stable_id("abd", date(2026, 3, 2))
    assert value[14] == "7" and value[19] in "89ab"


def test_kazakh_headers_and_values(ctx: Context, tmp_path: Path) -> None:
    kk_row = ["1", "02.03.2026", "Жамбыл ауданы", "Қаракемер", "Сынақова Әсел", None, None, "зейнеткер", "шағым",
              "жер және жайылым", "Жайылым мәселесі", "құзыреті бойынша жіберілді", "Аудандық жер бөлімі", None]
    path = fill(tmp_path / "kk.xlsx", [kk_row], KK)
    preview = preview_journal(ctx, path)
    assert preview.ok and preview.header_lang == "kk"
    result = import_journal(ctx, path)
    assert result.imported == 1
    (stop,) = tours.route(ctx, result.tour_id or "")
    (got,) = receptions.list_stop_receptions(ctx, stop.id)
    assert (got.social_category, got.appeal_form.value, got.topic.value, got.outcome.value) == (
        SocialCategory.PENSIONER, "complaint", "land and pastures", "referred")
    assert stop.settlement_kk == "Қаракемер"


def test_headers_match_ignoring_case_and_spaces_in_any_order(ctx: Context, tmp_path: Path) -> None:
    header = [f"  {h.upper()}  " for h in RU]
    header[4] = " фио   ЗАЯВИТЕЛЯ "
    path = fill(tmp_path / "j.xlsx", [row()], header)
    assert import_journal(ctx, path).imported == 1


def test_rows_are_attached_to_the_existing_stop_of_the_given_tour(ctx: Context, world: Any, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row(), row(B="03.03.2026", E="Другой", F=None, G=None)])
    ctx.clock = lambda: datetime(2026, 3, 5, 12, 0)
    result = import_journal(ctx, path, tour_id=world.tour)
    assert (result.imported, result.stops_created, result.districts_created, result.settlements_created) == (2, 1, 0, 0)
    assert [r.applicant_name for r in receptions.list_stop_receptions(ctx, world.stop)] == ["Синтетикова Айгерим"]
    assert receptions.list_stop_receptions(ctx, world.stop)[0].reg_no.startswith("ЖГ1-")


def test_a_planned_stop_the_journal_has_receptions_at_is_marked_held(ctx: Context, world: Any, tmp_path: Path) -> None:
    """Its day's receptions show it took place: held, as a stop the import creates is, so the stop and what was
    counted at it (head counts, polls) enter the tour's totals (issue 15: a tour's workbook agrees with stats)."""
    held = tours.add_stop(ctx, world.tour, world.sarykemer, planned_on=date(2026, 3, 4))
    tours.cancel_stop(ctx, held, "распутица")
    path = fill(tmp_path / "j.xlsx", [row(), row(B="04.03.2026", D="Сарыкемер", E="Другой", F=None, G=None)])
    ctx.clock = lambda: datetime(2026, 3, 5, 12, 0)
    with ctx.db.session() as s:
        assert s.get(Stop, world.stop).status == "planned"
    import_journal(ctx, path, tour_id=world.tour)
    with ctx.db.session() as s:
        stop = s.get(Stop, world.stop)
        assert stop.status == "done" and stop.arrived_at is None
        assert s.get(Stop, held).status == "cancelled"  # a cancelled stop is a decision the journal does not undo
    assert build_indicators(ctx, Scope(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2))).stops == 1


def test_dry_run_writes_nothing_and_says_what_would_be_imported(ctx: Context, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row(), row(E="Другой", F=None, G=None)])
    before = digest(db_path(ctx))
    result = import_journal(ctx, path, dry_run=True)
    assert result.dry_run and result.imported == 2 and result.tour_created and result.tour_id is None
    assert digest(db_path(ctx)) == before


def test_cancel_rolls_everything_back(ctx: Context, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row(E=f"Житель {n}", F=None, G=None) for n in range(30)])
    before = digest(db_path(ctx))
    token = CancelToken()

    def progress(done: int, total: int, what: str) -> None:
        if what == "reception":
            token.cancel()

    with pytest.raises(Cancelled):
        import_journal(ctx, path, progress=progress, cancel=token)
    assert digest(db_path(ctx)) == before


def test_ten_thousand_rows_import(ctx: Context, tmp_path: Path) -> None:
    rows = [row(E=f"Житель {n:05d}", F=None, G=None, D=f"Село {n % 40}") for n in range(10_000)]
    path = fill(tmp_path / "big.xlsx", rows)
    result = import_journal(ctx, path)
    assert (result.imported, result.settlements_created, result.stops_created) == (10_000, 40, 40)
    with sqlite3.connect(db_path(ctx)) as conn:
        assert conn.execute("SELECT count(*) FROM reception").fetchone()[0] == 10_000
        assert conn.execute("SELECT count(DISTINCT reg_no) FROM reception").fetchone()[0] == 10_000


# -- refusals: precise, complete, and nothing written -------------------------------------------------------------


def refused(ctx: Context, path: Path) -> ImportRefused:
    before = digest(db_path(ctx))
    with pytest.raises(ImportRefused) as err:
        import_journal(ctx, path)
    assert digest(db_path(ctx)) == before
    preview = preview_journal(ctx, path)
    assert not preview.ok and [p.message() for p in preview.problems] == [p.message() for p in err.value.problems]
    return err.value


def test_invalid_iin_in_row_7_is_named_as_row_7_column_f(ctx: Context, tmp_path: Path) -> None:
    rows = [row(E=f"Житель {n}", F=None, G=None) for n in range(10)]
    rows[5] = row(F="921029350852")  # sheet row 7: the header is row 1
    err = refused(ctx, fill(tmp_path / "j.xlsx", rows))
    (problem,) = err.problems
    assert (problem.row, problem.column, problem.header, problem.code) == (7, "F", "ИИН", "iin.checksum")
    assert problem.message("ru") == "j.xlsx, строка 7, столбец F (ИИН): ИИН 921029350852: неверная контрольная цифра"
    assert problem.message("kk").startswith("j.xlsx, 7-жол, F бағаны (ИИН): ЖСН 921029350852")
    assert err.message("ru") == problem.message("ru")


def test_every_problem_of_every_row_is_listed(ctx: Context, tmp_path: Path) -> None:
    rows = [
        row(),
        row(B="31.02.2026", J="погода"),  # row 3: an impossible date, an unknown topic
        row(L="взято на контроль"),  # row 4: no responsible body
        row(F=None, G=None, L="направлено", M="Акимат"),  # row 5: not a label
        row(E=None),  # row 6: no name
        row(B="02.03.2027"),  # row 7: in the future
        row(L="взято на контроль", M="Акимат", N="01.01.2026"),  # row 8: deadline before the reception
    ]
    err = refused(ctx, fill(tmp_path / "j.xlsx", rows))
    places = [(p.row, p.column, p.code) for p in err.problems]
    assert places == [(3, "B", "date.invalid"), (3, "J", "enum.unknown"), (4, "M", "responsible.required"),
                      (5, "L", "enum.unknown"), (6, "E", "required"), (7, "B", "import.date_future"),
                      (8, "N", "deadline.before_registration")]
    assert "водоснабжение" in err.problems[1].message("ru") and "сумен жабдықтау" in err.problems[1].message("kk")
    assert err.message("en").startswith("j.xlsx: 7 problem(s), nothing was imported; the first: row 3, column B")


def test_wrong_types_are_refused_naming_the_cell(ctx: Context, tmp_path: Path) -> None:
    rows = [row(B=45000), row(E=12345), row(D=True), row(B="#N/A")]
    err = refused(ctx, fill(tmp_path / "j.xlsx", rows))
    assert [(p.row, p.column, p.code) for p in err.problems] == [
        (2, "B", "import.expected_date"), (3, "E", "import.expected_text"), (4, "D", "import.expected_text"),
        (5, "B", "import.excel_error")]
    assert err.problems[0].message() == (
        "j.xlsx, строка 2, столбец B (Дата): ожидается дата ДД.ММ.ГГГГ, в ячейке число: 45000")


def test_a_missing_column_is_refused(ctx: Context, tmp_path: Path) -> None:
    header = [h for h in RU if h != "Тема"]
    body = [v for n, v in enumerate(row()) if RU[n] != "Тема"]
    err = refused(ctx, fill(tmp_path / "j.xlsx", [body], header))
    (problem,) = err.problems
    assert problem.message() == "j.xlsx, строка 1: нет столбца «Тема»"


def test_merged_cells_are_refused(ctx: Context, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row(), row(C=None)])
    wb = openpyxl.load_workbook(path)
    wb.active.merge_cells("C2:C3")
    wb.save(path)
    (problem,) = refused(ctx, path).problems
    assert (problem.row, problem.column, problem.code) == (2, "C", "import.merged")
    assert "C2:C3" in problem.message()


def test_an_empty_sheet_and_a_header_without_rows_are_refused(ctx: Context, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "empty.xlsx")
    assert refused(ctx, tmp_path / "empty.xlsx").problems[0].code == "import.empty_sheet"
    assert refused(ctx, fill(tmp_path / "header.xlsx", [])).problems[0].code == "import.no_rows"


def test_extra_sheets_are_ignored_and_the_first_is_read(ctx: Context, tmp_path: Path) -> None:
    path = fill(tmp_path / "j.xlsx", [row()], more_sheets=2)
    preview = preview_journal(ctx, path)
    assert preview.ok and preview.sheet == "Журнал" and preview.other_sheets == ("Лист2", "Лист3")
    assert import_journal(ctx, path).imported == 1


@pytest.mark.parametrize(("content", "code"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "import.old_xls"),
    ("№;Дата;Район\n1;02.03.2026;Жамбылский\n".encode(), "import.not_workbook"),
    (b"", "import.not_workbook"),
])
def test_files_that_are_not_workbooks_are_refused(ctx: Context, tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "journal.xlsx"
    path.write_bytes(content)
    (problem,) = refused(ctx, path).problems
    assert problem.code == code and problem.row is None
    assert problem.message().startswith("journal.xlsx: ")


def test_a_truncated_workbook_is_refused(ctx: Context, tmp_path: Path) -> None:
    good = fill(tmp_path / "good.xlsx", [row(E=f"Житель {n}", F=None, G=None) for n in range(300)])
    data = good.read_bytes()
    for size in (len(data) // 3, len(data) - 30):
        path = tmp_path / f"cut{size}.xlsx"
        path.write_bytes(data[:size])
        assert refused(ctx, path).problems[0].code in {"import.damaged", "import.not_workbook"}


def test_a_zip_that_is_not_a_workbook_is_refused(ctx: Context, tmp_path: Path) -> None:
    path = tmp_path / "j.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    assert refused(ctx, path).problems[0].code == "import.not_workbook"


def test_a_missing_file_and_an_unknown_tour(ctx: Context, tmp_path: Path) -> None:
    assert refused(ctx, tmp_path / "nope.xlsx").problems[0].code == "import.missing_file"
    with pytest.raises(NotFoundError) as err:
        import_journal(ctx, fill(tmp_path / "j.xlsx", [row()]), tour_id="01900000-0000-7000-8000-000000000000")
    assert err.value.code == "record.not_found"


def test_consent_column_when_present_is_checked(ctx: Context, tmp_path: Path) -> None:
    header = [*RU, "Согласие"]
    rows = [[*row(), "да"], [*row(E="Без согласия"), "нет"], [*row(E="Без данных", F=None, G=None), ""]]
    err = refused(ctx, fill(tmp_path / "j.xlsx", rows, header))
    (problem,) = err.problems
    assert (problem.row, problem.column, problem.code) == (3, "O", "consent.required")


def test_help_kind_column_when_present_is_used(ctx: Context, tmp_path: Path) -> None:
    header = [*RU, "Вид помощи"]
    path = fill(tmp_path / "j.xlsx", [[*row(L="оказана помощь"), "медицинская"]], header)
    result = import_journal(ctx, path)
    (stop,) = tours.route(ctx, result.tour_id or "")
    (got,) = receptions.list_stop_receptions(ctx, stop.id)
    assert got.help_kind is not None and got.help_kind.value == "medical"
