"""The scrubber of redacted outputs: which numbers are IINs and phones and which are dates, sums and KATO codes, and
how residents' names are found in any case, spelling and grammatical case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.domain.iin import make_iin
from fieldapp.domain.redaction import COARSE_DECIMALS, MARKERS, Residents, coarse, marker, scrub

X = MARKERS["ru"]
RESIDENTS = Residents.of(["Сапарова Айгүл Нурлановна", "Петров Сергей Иванович", "Ли Анна", "Нұрлан Әбішұлы",
                          "Образцов-401 Иван"])


@pytest.mark.parametrize("iin", ["850101400123", "850101 400123", "850101-400123", "8501 0140 0123",
                                 "850 101 400 123", "85 01 01 4 00 123", "850101\u00a0400123"])
def test_an_iin_in_any_grouping_is_scrubbed(iin: str) -> None:
    assert scrub(f"ИИН {iin}, просит справку") == f"ИИН {X}, просит справку"


@pytest.mark.parametrize("phone", ["+7 (701) 234-56-78", "+7 701 234 56 78", "+77012345678", "8 701 234 56 78",
                                   "8 (701) 234-56-78", "8-701-234-56-78", "87012345678", "8 701 234 5678",
                                   "(701) 234-56-78", "701 234 56 78", "7012345678", "+7 7172 55 66 77",
                                   "+7 (7172) 55-66-77", "8 (727) 250 00 00", "7 701 234 56 78"])
def test_a_kazakh_phone_in_any_form_is_scrubbed(phone: str) -> None:
    assert scrub(f"звонить {phone} вечером") == f"звонить {X} вечером"


@pytest.mark.parametrize("text", [
    "КАТО 315 420 100", "КАТО 315420100", "сумма 120 000 тенге", "120000 тенге", "выделено 1 500 000 тенге",
    "7 500 000 000 тенге", "87 000 000 000 тенге", "120 000 000 000 тенге", "от 12.03.2024", "2024-03-15",
    "с 2019 по 2024 год", "15-03-24", "№ 1234567890", "5 человек, 3 семьи", "в 10:30", "по улице ходят 5 собак",
    "и т.д. 5 человек", "при 5 градусах", "45.123456, 76.987654", "1 234 567 890 123",
])
def test_dates_sums_and_codes_are_not_taken_for_phones_or_iins(text: str) -> None:
    assert scrub(text, RESIDENTS) == text


def test_the_nine_digit_kato_code_beside_a_twelve_digit_iin() -> None:
    # Nine digits are never enough for a phone (ten after +7 or 8) or an IIN (twelve).
    assert scrub("КАТО 315420100, ИИН 850101400123") == f"КАТО 315420100, ИИН {X}"
    assert scrub("КАТО 315 420 100 ИИН 850101 400 123") == f"КАТО 315 420 100 ИИН {X}"


def test_a_grouped_twelve_digit_number_is_an_iin_only_when_it_starts_with_a_birth_date() -> None:
    assert scrub("сумма 120 000 000 000") == "сумма 120 000 000 000"  # «month 00»
    assert scrub("ИИН 921 029 350 851") == f"ИИН {X}"
    # Contiguous twelve digits are an IIN or a BIN whatever they say: nothing else is written like that.
    assert scrub("БИН 120000000000") == f"БИН {X}"


@given(st.dates())
def test_every_valid_iin_is_scrubbed(day: object) -> None:
    from datetime import date

    assert isinstance(day, date)
    if not 1800 <= day.year <= 2099:
        return
    iin = make_iin(day, False, serial=1234)
    spaced = f"{iin[:6]} {iin[6:]}"
    assert iin not in scrub(f"ИИН {iin}") and spaced not in scrub(f"ИИН {spaced}")


def test_numbers_named_as_phones_and_house_numbers() -> None:
    assert scrub("тел. 2-34-56") == f"тел. {X}"
    assert scrub("Телефон: 23456") == f"Телефон: {X}"
    assert scrub("домашний 234-56-78") == f"домашний {X}"
    assert scrub("ул. Абая, 12, кв. 5") == f"ул. Абая, {X}, кв. {X}"
    assert scrub("Абай көшесі, 17, 12-үй") == f"Абай көшесі, {X}, {X}"
    assert scrub("мкр. Самал-2, д. 14/1") == f"мкр. Самал-2, д. {X}"


def test_a_bank_card_is_scrubbed() -> None:
    assert scrub("карта 4400 4302 1234 5679") == f"карта {X}"


def test_names_in_any_case_spelling_and_grammatical_case() -> None:
    text = ("Сапарова Айгүл Нурлановна жалуется на соседа Петрова; САПАРОВОЙ и сапаровой отказали; Айгулге, "
            "Нурлан Абишулы, Нұрланның, Сергею Ивановичу")
    out = scrub(text, RESIDENTS)
    assert out == (f"{X} жалуется на соседа {X}; {X} и {X} отказали; {X}, {X}, {X}, {X}")


def test_short_names_only_as_a_whole_and_latin_lookalikes() -> None:
    assert scrub("Ли Анна пришла; Ли не пришёл", RESIDENTS) == f"{X} пришла; Ли не пришёл"
    assert scrub("Сaпaрова", RESIDENTS) == X  # two Latin «a» typed inside
    assert scrub("Образцов-401 Иван", RESIDENTS) == X


def test_words_that_merely_contain_a_name_stay() -> None:
    # «Иван» is a resident's name: «Иваново» (-ово is no case ending), «иванчай» stay; «Ивану» goes.
    assert scrub("в Иваново пили иванчай, Ивану", RESIDENTS) == f"в Иваново пили иванчай, {X}"
    assert scrub("Мир и согласие, Каракемер", RESIDENTS) == "Мир и согласие, Каракемер"


def test_a_title_cut_from_the_essence_is_scrubbed_from_the_whole() -> None:
    essence = "Просит отремонтировать крышу, звонить +7 701 234 56 78, ИИН 850101 400123"
    title = essence[:42]  # «… звонить +7 701 2»: neither shape is whole any more
    assert not scrub(title).endswith(X)
    cut = scrub(title, cut_from=essence)
    assert cut == f"Просит отремонтировать крышу, звонить {X}" and "701" not in cut
    assert scrub("Свой заголовок 8 701", cut_from=essence) == "Свой заголовок 8 701"


def test_markers_and_coordinates() -> None:
    assert scrub("Петров", RESIDENTS, "kk") == "[жасырылған]"
    assert scrub("Петров", RESIDENTS, "en") == "[redacted]" == marker("de")
    assert scrub(None) == "" and scrub("") == "" and scrub("без данных", RESIDENTS) == "без данных"
    assert COARSE_DECIMALS == 2 and coarse(43.238949) == 43.24 and coarse(76.889709) == 76.89


@given(st.text(max_size=200))
def test_any_text_scrubs_without_error_and_keeps_what_it_does_not_find(text: str) -> None:
    out = scrub(text, RESIDENTS)
    if X not in out:
        assert out == text
