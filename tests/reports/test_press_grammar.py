"""Number agreement of the press paragraph in Russian and Kazakh, checked on the numbers that trip it up."""

from __future__ import annotations

import pytest

from fieldapp.domain.indicators import Indicators
from fieldapp.reports.press import PressFacts, kk_dative, press_paragraph, ru_plural

NUMBERS = (1, 2, 5, 11, 21, 22, 25, 111)


@pytest.mark.parametrize(("n", "word"), [
    (1, "мероприятие"), (2, "мероприятия"), (5, "мероприятий"), (11, "мероприятий"), (21, "мероприятие"),
    (22, "мероприятия"), (25, "мероприятий"), (111, "мероприятий"), (12, "мероприятий"), (14, "мероприятий"),
    (104, "мероприятия"), (0, "мероприятий"),
])
def test_russian_plural_forms(n: int, word: str) -> None:
    assert ru_plural(n, "мероприятие", "мероприятия", "мероприятий") == word


@pytest.mark.parametrize(("n", "ending"), [
    (1, "ге"), (2, "ге"), (5, "ке"), (11, "ге"), (21, "ге"), (22, "ге"), (25, "ке"), (111, "ге"), (600, "ге"),
    (40, "қа"), (60, "қа"), (10, "ға"), (30, "ға"), (6, "ға"), (9, "ға"), (3, "ке"), (1000, "ға"), (0, "ге"),
])
def test_kazakh_dative_after_a_number(n: int, ending: str) -> None:
    assert kk_dative(n) == ending


def _facts(n: int, approximate: bool = False) -> PressFacts:
    ind = Indicators(activities=n, residents_came=n, receptions=n, helped=n, under_control=n)
    return PressFacts(ind, approximate)


@pytest.mark.parametrize(("n", "acts", "problems"), [
    (1, "проведено 1 мероприятие", "1 проблема взята на контроль"),
    (2, "проведено 2 мероприятия", "2 проблемы взяты на контроль"),
    (5, "проведено 5 мероприятий", "5 проблем взяты на контроль"),
    (11, "проведено 11 мероприятий", "11 проблем взяты на контроль"),
    (21, "проведено 21 мероприятие", "21 проблема взята на контроль"),
    (22, "проведено 22 мероприятия", "22 проблемы взяты на контроль"),
    (25, "проведено 25 мероприятий", "25 проблем взяты на контроль"),
    (111, "проведено 111 мероприятий", "111 проблем взяты на контроль"),
])
def test_russian_paragraph_agrees_with_every_number(n: int, acts: str, problems: str) -> None:
    text = press_paragraph(_facts(n), "ru")
    assert acts in text.lower()
    assert problems in text
    people = {"one": "человек", "few": "человека", "many": "человек"}
    came = {1: "пришёл 1 человек", 2: "пришли 2 человека", 5: "пришло 5 человек", 21: "пришёл 21 человек",
            22: "пришли 22 человека", 111: "пришло 111 человек"}
    if n in came:
        assert f"На приём {came[n]}" in text
    del people


@pytest.mark.parametrize(("n", "about"), [(1, "около 1 человека"), (21, "около 21 человека"),
                                          (22, "около 22 человек"), (600, "около 600 человек")])
def test_russian_approximate_head_count_takes_the_genitive(n: int, about: str) -> None:
    assert f"На приём пришло {about}" in press_paragraph(_facts(n, approximate=True), "ru")


@pytest.mark.parametrize("n", NUMBERS)
def test_kazakh_paragraph_keeps_the_noun_singular_after_a_number(n: int) -> None:
    text = press_paragraph(_facts(n, approximate=True), "kk")
    assert f"{n} іс-шара өткізілді" in text
    assert f"{n} мәселе бақылауға алынды" in text
    assert f"{n}-{kk_dative(n)} жуық адам келді" in text
    assert f"{n} адамға нақты көмек көрсетілді" in text
    exact = press_paragraph(_facts(n), "kk")
    assert f"Қабылдауға {n} адам келді" in exact
