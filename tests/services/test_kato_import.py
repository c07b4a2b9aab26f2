"""KATO import: small made-up classifiers (region code 99 does not exist), look-alikes fixed, all or nothing, and a
newer version renaming places in place without breaking the stops that point at them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import sqlcipher3.dbapi2 as sqlite3  # the app's own SQLite: two SQLite copies in one process break each other's locks

from fieldapp.resources import resource_path
from fieldapp.services import campaigns, places, tours
from fieldapp.services.context import Context
from fieldapp.services.kato import import_kato
from fieldapp.services.sheets import ImportRefused

HEADER = ["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"]
V1 = [
    ("990000000", "Үлгі облысы", "Образец: область"),
    ("991000000", "Үлгі ауданы", "Образец: район"),
    ("991010000", "Үлгі ауылдыќ округі", "Образец: сельский округ"),
    ("991010001", "Ќоңыр ауылы", "село Коныр"),
    ("991010002", "Ѕарлы ауылы", "село Нарлы"),
    ("991020000", "Үлгі ќаласы", "город Образцовый"),
]


def workbook(path: Path, rows: Sequence[tuple[object, str, str]], *, title_line: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title_line:
        ws.append(["Классификатор административно-территориальных объектов (образец)"])
    ws.append(HEADER)
    for te, kk, ru in rows:
        code = str(te)
        ws.append([te, code[0:2], code[2:4], code[4:6], code[6:9], 1, kk, ru, 1])
    wb.save(path)
    return path


def counts(ctx: Context) -> dict[str, int]:
    with sqlite3.connect(ctx.db.path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("region", "district",
                                                                                      "settlement", "stop")}


def test_import_makes_places_with_both_names_fixed_letters_and_the_version(ctx: Context, tmp_path: Path) -> None:
    result = import_kato(ctx, workbook(tmp_path / "KATO_01.01.2024.xlsx", V1, title_line=True))
    assert (result.regions, result.districts, result.settlements, result.okrugs) == (1, 1, 3, 1)
    assert result.version == "2024-01-01" and result.created == 5 and result.lookalikes == 4
    (hit,) = places.search_settlements(ctx, "Қоңыр")
    assert (hit.name_ru, hit.name_kk, hit.district_ru, hit.region_kk) == (
        "село Коныр", "Қоңыр ауылы", "Образец: район", "Үлгі облысы")
    info = places.get_settlement(ctx, hit.id)
    assert (info.kato, info.kato_version) == ("991010001", "2024-01-01")
    assert places.search_settlements(ctx, "Ңарлы")[0].name_ru == "село Нарлы"
    assert places.search_settlements(ctx, "город Образцовый")[0].name_kk == "Үлгі қаласы"


def test_a_newer_version_renames_in_place_and_stops_keep_their_settlement(ctx: Context, tmp_path: Path) -> None:
    import_kato(ctx, workbook(tmp_path / "kato_2023.xlsx", V1))
    (konyr,) = places.search_settlements(ctx, "село Коныр")
    campaign = campaigns.create_campaign(ctx, "Образец")
    tour = tours.create_tour(ctx, campaign, "Выезд")
    stop = tours.add_stop(ctx, tour, konyr.id, planned_on=date(2026, 3, 2))
    hand_made = places.create_settlement(ctx, konyr.district_id, "Новый посёлок")
    before = counts(ctx)
    v2 = [*V1[:3], ("991010001", "Қоңырөзек ауылы", "село Коныроузек"), V1[4], V1[5],
          ("991010009", "Жаңа кент", "Новый посёлок")]  # a hand-made place now has a code: matched by name
    result = import_kato(ctx, workbook(tmp_path / "kato.xlsx", v2), version="2024")
    assert (result.renamed, result.created, result.version) == (2, 0, "2024")  # Коныр, and the hand-made one
    assert counts(ctx) == before
    moved = tours.get_stop(ctx, stop)
    assert (moved.settlement_id, moved.settlement_ru, moved.settlement_kk) == (
        konyr.id, "село Коныроузек", "Қоңырөзек ауылы")
    info = places.get_settlement(ctx, hand_made)
    assert (info.kato, info.kato_version, info.name_kk) == ("991010009", "2024", "Жаңа кент")


def test_a_changed_code_is_matched_by_name_under_the_same_district(ctx: Context, tmp_path: Path) -> None:
    import_kato(ctx, workbook(tmp_path / "kato_2021.xlsx", V1))
    (old,) = places.search_settlements(ctx, "село Нарлы")
    v2 = [r if r[0] != "991010002" else ("991010005", "Ңарлы ауылы", "село Нарлы") for r in V1]
    import_kato(ctx, workbook(tmp_path / "kato_2022.xlsx", v2))
    assert places.get_settlement(ctx, old.id).kato == "991010005"
    assert len(places.search_settlements(ctx, "село Нарлы")) == 1


@pytest.mark.parametrize(("rows", "code"), [
    ([*V1, ("991010001", "Екі", "Дубль")], "kato.duplicate_code"),
    ([*V1, ("99101000", "Қысқа", "Короткий")], "kato.format"),
    ([*V1, ("993010001", "Жетім", "Сирота")], "kato.no_district"),
])
def test_bad_rows_refuse_the_whole_file(ctx: Context, tmp_path: Path, rows: list[tuple[str, str, str]],
                                        code: str) -> None:
    before = counts(ctx)
    with pytest.raises(ImportRefused) as err:
        import_kato(ctx, workbook(tmp_path / "kato.xlsx", rows))
    assert [p.code for p in err.value.problems] == [code]
    assert err.value.problems[0].row == len(rows) + 1
    assert counts(ctx) == before


def test_a_workbook_without_the_classifier_columns_or_not_a_workbook(ctx: Context, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["код", "название"])
    wb.active.append(["991010001", "село"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(ImportRefused) as err:
        import_kato(ctx, tmp_path / "other.xlsx")
    assert err.value.problems[0].code == "import.no_header"
    (tmp_path / "kato.xlsx").write_text("te;ab\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as err:
        import_kato(ctx, tmp_path / "kato.xlsx")
    assert err.value.problems[0].code == "import.not_workbook"


def test_the_shipped_sample_imports(ctx: Context) -> None:
    result = import_kato(ctx, resource_path("kato", "kato_sample_2024-01-01.xlsx"))
    assert result.version == "2024-01-01" and result.settlements >= 3 and result.lookalikes > 0
    assert all(hit.region_ru.startswith("Образец") for hit in places.search_settlements(ctx, "Образец"))
