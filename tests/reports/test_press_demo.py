"""The press paragraph of the demo's Zhambyl district reads like the seed's release, in Russian and Kazakh."""

from __future__ import annotations

from report_helpers import Build, pdf_text, squeeze


def test_zhambyl_paragraph_in_russian(build: Build) -> None:
    text = squeeze(build("press", "txt", "--district", "Жамбыл").read_text(encoding="utf-8"))
    assert "В рамках пилотного проекта «Мир и согласие» в Жамбылском районе проведено 17 мероприятий" in text
    assert "На приём пришло около 600 человек" in text
    assert "113 из них оказана действенная помощь" in text
    assert "12 проблем взяты на контроль" in text


def test_zhambyl_paragraph_in_kazakh(build: Build) -> None:
    text = squeeze(build("press", "txt", "--district", "Жамбыл", "--lang", "kk").read_text(encoding="utf-8"))
    assert "Жамбыл ауданы бойынша" in text
    assert "17 іс-шара өткізілді" in text
    assert "600-ге жуық адам келді" in text
    assert "113 адамға нақты көмек көрсетілді" in text
    assert "12 мәселе бақылауға алынды" in text


def test_press_pdf_carries_kazakh_letters_as_text(build: Build) -> None:
    text = squeeze(pdf_text(build("press", "pdf", "--district", "Жамбыл", "--lang", "kk")))
    assert "600-ге жуық адам келді" in text
    for letter in "Ққәғөұі":  # letters of the title and paragraph: they must come back as text, not boxes
        assert letter in text, letter
    assert "Қабылдауға" in text
    assert "\ufffd" not in text and "■" not in text


def test_press_pdf_in_russian(build: Build) -> None:
    text = squeeze(pdf_text(build("press", "pdf", "--district", "Жамбыл")))
    assert "проведено 17 мероприятий" in text
    assert "около 600" in text and "113" in text and "12 проблем взяты на контроль" in text


def test_the_press_title_block_names_the_campaign_the_paragraph_names(build: Build) -> None:
    text = squeeze(pdf_text(build("press", "pdf", "--district", "Жамбыл")))
    assert "Кампания: Мир и согласие" in text or "Кампания Мир и согласие" in text, text[:400]
    assert "Кампания: все" not in text and "Кампания все" not in text
