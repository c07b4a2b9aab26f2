"""KATO import against rows shaped like the official classifier of 17.10.2022: the city districts of Astana, Almaty
and Shymkent, administrative units in every spelling the file uses, type prefixes around names, empty names."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

from fieldapp.services import places
from fieldapp.services.context import Context
from fieldapp.services.kato import import_kato
from fieldapp.services.listing import list_records

HEADER = ["te", "ab", "cd", "ef", "hij", "k", "name_kaz", "name_rus", "nn"]

# The three cities of republican significance: regions whose districts carry EF ≠ 00 and no CD-level district.
CITIES = [
    ("710000000", "Астана", "Астана"),
    ("711110000", "Алматы ауданы", "район Алматы"),
    ("711210000", "Байқоңыр ауданы", "район Байконыр"),
    ("711310000", "Есіл ауданы", "район Есиль"),
    ("711410000", "Сарыарқа ауданы", "район Сарыарка"),
    ("711510000", "Нұра ауданы", "район Нура"),
    ("750000000", "Алматы", "Алматы"),
    ("751110000", "Алатау ауданы", "Алатауский район"),
    ("751210000", "Алмалы ауданы", "Алмалинский район"),
    ("751710000", "Наурызбай ауданы", "Наурызбайский район"),
    ("751710020", "Шұғыла ш.а.", "мкр.Шугыла"),  # a place inside a city district
    ("790000000", "Шымкент", "Шымкент"),
    ("791110000", "Абай ауданы", "Абайский район"),
    ("791210000", "Әл-Фараби ауданы", "Аль-Фарабийский район"),
    ("791610000", "Тұран ауданы", "район Туран"),
]

# A region with its administrative units written as the file writes them (Russian / Kazakh).
JAMBYL = [
    ("310000000", "Жамбыл облысы", "Жамбылская область"),
    ("311000000", "Тараз қ.ә.", "Тараз г.а."),
    ("311010000", "Тараз қ.", "г.Тараз"),
    ("314000000", "Жамбыл ауданы", "Жамбылский район"),
    ("314030000", "Аса а.о.", "Асинский с.о."),
    ("314033100", "Аса ауылы", "с.Аса"),
    ("314035000", "Айшабибі а.о.", "Айшабибинский с.о"),
    ("314035100", "Айшабибі ауылы", "с.Айшабиби"),
    ("314037000", "Ақбұлым ауылдық округі", "Акбулымский сельский округ"),
    ("314037100", "Ақбұлым ауылы", "с.Акбулым"),
    ("314040000", "Гродеково а.ә.", "с.а.Гродеково"),
    ("314040100", "Гродеково ауылы", "с.Гродеково"),
    ("315200000", "Жуалы ауданы", "Жуалынский район"),
    ("315220000", "Бауыржан Момышұлы к.ә.", "п.а. Бауыржан Момышулы"),
    ("315220100", "Бауыржан Момышұлы кенті", "п.Бауыржан Момышулы"),
    ("315230000", "Қарасаз кенттік округі", "Карасазский п.о."),
    ("315230100", "Қарасаз кенті", "п.Карасаз"),
    ("315240000", "Жуалы ауданы әкімдігі", "Жуалынский р.а."),
    ("315250000", "Ақтөбе а.о", "Актюбинский а.о."),
    ("315250100", "Ақтөбе ауылы", "с.Актобе"),
    ("315260000", "Қаратау қаласы әкімдігі", "Каратау г.а."),
    ("315270000", "Көкбастау ауылдық округі", "Кокбастауский округ"),
    ("315270100", "Көкбастау ауылы", "с.Кокбастау"),
    ("315280000", "Жаңатұрмыс а.ә.", "аппарат акима с.Жанатурмыс"),
    ("315210000", "Қаратау қ.", "г.Каратау"),  # a town at okrug level: a place people live in
]
OKRUG_ROWS = 11  # the rows of JAMBYL at okrug level that are administrative units


def workbook(path: Path, rows: Sequence[tuple[str, str, str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for code, kk, ru in rows:
        ws.append([int(code), code[0:2], code[2:4], code[4:6], code[6:9], 1, kk or None, ru or None, 1])
    wb.save(path)
    return path


def test_city_districts_of_astana_almaty_and_shymkent_are_districts(ctx: Context, tmp_path: Path) -> None:
    result = import_kato(ctx, workbook(tmp_path / "KATO_17.10.2022.xlsx", CITIES))
    assert (result.regions, result.districts, result.settlements, result.okrugs) == (3, 11, 1, 0)
    districts = {row.fields["kato"]: row for row in list_records(ctx, "districts")}
    assert districts["711110000"].fields["region"] == "Астана"
    assert districts["751710000"].fields["name_kk"] == "Наурызбай ауданы"
    assert districts["791610000"].fields["region"] == "Шымкент"
    (shugyla,) = list_records(ctx, "settlements")
    assert (shugyla.fields["kato"], shugyla.fields["district"]) == ("751710020", "Наурызбайский район")


def test_administrative_units_in_every_spelling_are_not_villages(ctx: Context, tmp_path: Path) -> None:
    result = import_kato(ctx, workbook(tmp_path / "kato.xlsx", JAMBYL))
    assert result.okrugs == OKRUG_ROWS
    names = sorted(row.fields["name_ru"] for row in list_records(ctx, "settlements"))
    assert names == sorted(["г.Тараз", "с.Аса", "с.Айшабиби", "с.Акбулым", "с.Гродеково", "п.Бауыржан Момышулы",
                            "п.Карасаз", "с.Актобе", "с.Кокбастау", "г.Каратау"])
    # The villages of an okrug belong to the okrug's district; the town of a city administration to that district.
    by_code = {row.fields["kato"]: row.fields["district"] for row in list_records(ctx, "settlements")}
    assert by_code["314033100"] == "Жамбылский район" and by_code["311010000"] == "Тараз г.а."


def test_a_place_typed_by_hand_receives_its_code_instead_of_a_twin(ctx: Context, tmp_path: Path) -> None:
    region = places.create_region(ctx, "Жамбылская область", "Жамбыл облысы")
    district = places.create_district(ctx, region, "Жамбылский район", "Жамбыл ауданы")
    asa = places.create_settlement(ctx, district, "Аса")
    akbulym = places.create_settlement(ctx, district, "«Акбулым»", "Ақбұлым")
    result = import_kato(ctx, workbook(tmp_path / "kato.xlsx", JAMBYL))
    assert result.created == len(JAMBYL) - OKRUG_ROWS - 4  # all but the hand-made region, district and villages
    assert len(places.search_settlements(ctx, "Аса", district_id=district)) == 1
    info = places.get_settlement(ctx, asa)
    assert (info.kato, info.name_ru, info.name_kk) == ("314033100", "с.Аса", "Аса ауылы")  # the file's type kept
    assert places.get_settlement(ctx, akbulym).kato == "314037100"


def test_an_empty_name_in_the_file_never_erases_a_known_name(ctx: Context, tmp_path: Path) -> None:
    import_kato(ctx, workbook(tmp_path / "kato_2021.xlsx", JAMBYL))
    blanked = [(c, "" if c == "314033100" else kk, "" if c == "315230100" else ru) for c, kk, ru in JAMBYL]
    blanked.append(("314037200", "Жаңа ауылы", ""))  # a new place with only its Kazakh name shows that one
    result = import_kato(ctx, workbook(tmp_path / "kato_2022.xlsx", blanked))
    assert (result.created, result.renamed) == (1, 0)
    by_code = {row.fields["kato"]: row.fields for row in list_records(ctx, "settlements")}
    assert (by_code["314033100"]["name_ru"], by_code["314033100"]["name_kk"]) == ("с.Аса", "Аса ауылы")
    assert (by_code["315230100"]["name_ru"], by_code["315230100"]["name_kk"]) == ("п.Карасаз", "Қарасаз кенті")
    assert (by_code["314037200"]["name_ru"], by_code["314037200"]["name_kk"]) == ("Жаңа ауылы", "Жаңа ауылы")


def test_places_typed_like_the_demo_receive_their_codes(ctx: Context, tmp_path: Path) -> None:
    region = places.create_region(ctx, "Карагандинская область", "Қарағанды облысы")
    balkhash = places.create_district(ctx, region, "г. Балхаш", "Балқаш қ.")
    town = places.create_settlement(ctx, balkhash, "Балхаш", "Балқаш")
    gulshat = places.create_settlement(ctx, balkhash, "Гульшат", "Гүлшат")
    rows = [
        ("350000000", "Қарағанды облысы", "Карагандинская область"),
        ("351600000", "Балқаш қ.ә.", "Балхаш г.а."),
        ("351610000", "Балқаш қ.", "г.Балхаш"),
        ("351620000", "Гүлшат к.ә.", "п.а.Гульшат"),
        ("351621100", "Гүлшат кенті", "п.Гульшат"),
    ]
    result = import_kato(ctx, workbook(tmp_path / "kato.xlsx", rows))
    assert (result.created, result.okrugs) == (0, 1)
    assert places.get_settlement(ctx, town).kato == "351610000"
    assert places.get_settlement(ctx, gulshat).kato == "351621100"
    assert [row.fields["kato"] for row in list_records(ctx, "districts")] == ["351600000"]
