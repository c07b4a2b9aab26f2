"""The settlement pickers' search: the start of any word of the Russian or Kazakh name, whatever the case, ё/е,
look-alike letters, quotes and spaces of the stored name or of what is typed; SQLite narrows the names down with a
GLOB pattern first, so that pattern must let through every name the exact rules accept."""

from __future__ import annotations

from fieldapp.domain.rules import normalise_name
from fieldapp.services import places
from fieldapp.services.context import Context
from fieldapp.storage.queries.places import glob_pattern

NAMES = [
    ("село Ёлкино", "Ёлкино ауылы"),
    ("село  Коныр", "Ќоңыр ауылы"),  # two spaces, and the look-alike Ќ of old lists
    ("«Жаңа» аул", "«Жаңа»ауыл"),  # quotes, and no space after them
    ("Аса", "Аса"),
    ("Аса-2", "Аса-2"),
    ("a*b?[c]^", "a*b?[c]^"),  # GLOB's own characters typed as plain letters
]


def _world(ctx: Context) -> dict[str, str]:
    region = places.create_region(ctx, "Жамбылская область")
    district = places.create_district(ctx, region, "Жамбылский район")
    return {ru: places.create_settlement(ctx, district, ru, kk) for ru, kk in NAMES}


def found(ctx: Context, text: str) -> list[str]:
    return [hit.name_ru for hit in places.search_settlements(ctx, text)]


def test_any_word_in_either_language_whatever_the_spelling(ctx: Context) -> None:
    _world(ctx)
    assert found(ctx, "елк") == found(ctx, "ЁЛК") == found(ctx, "Елкино ауы") == ["село Ёлкино"]
    assert found(ctx, "коны") == found(ctx, "қоңыр") == found(ctx, "ҚОҢЫР АУ") == ["село  Коныр"]
    assert found(ctx, "село кон") == ["село  Коныр"]  # spaces typed or stored are one space
    assert found(ctx, "жаңа") == found(ctx, "жаңа ауыл") == found(ctx, "«жаңа» ау") == ["«Жаңа» аул"]
    assert found(ctx, "аса") == ["Аса", "Аса-2"]  # the exact name first
    assert found(ctx, "a*b?[c]^") == ["a*b?[c]^"] and found(ctx, "*") == [] and found(ctx, "?") == []
    assert found(ctx, "ыр") == [] and found(ctx, "лкино") == []  # a word's start, not any part of it
    assert found(ctx, "") == found(ctx, "  ") == []


def test_the_glob_pattern_lets_through_every_name_the_rules_accept() -> None:
    import sqlcipher3.dbapi2 as sqlite3

    conn = sqlite3.connect(":memory:")
    words = [name for pair in NAMES for name in pair] + ["Өрнек", "ҐРНЕК", "Ерназар", "Көккайнар", "Ѕарлы"]
    for name in words:
        folded = normalise_name(name)
        for start in range(len(folded)):
            for end in range(start + 1, len(folded) + 1):
                key = folded[start:end].strip()
                if key:
                    assert conn.execute("SELECT ? GLOB ?", (name, glob_pattern(key))).fetchone() == (1,), (
                        name, key, glob_pattern(key))
    conn.close()


def test_a_deleted_district_or_region_takes_its_settlements_out_of_the_search(ctx: Context) -> None:
    ids = _world(ctx)
    other_region = places.create_region(ctx, "Туркестанская область")
    other = places.create_district(ctx, other_region, "Сайрамский район")
    places.create_settlement(ctx, other, "Аса", "Аса")
    assert [h.district_ru for h in places.search_settlements(ctx, "аса")] == [
        "Жамбылский район", "Сайрамский район", "Жамбылский район"]
    places.delete_district(ctx, places.get_settlement(ctx, ids["Аса"]).district_id)
    assert [h.district_ru for h in places.search_settlements(ctx, "аса")] == ["Сайрамский район"]
    places.delete_region(ctx, other_region)
    assert places.search_settlements(ctx, "аса") == ()
    assert places.get_settlement(ctx, ids["Аса"]).name_ru == "Аса"  # the rows themselves stay
