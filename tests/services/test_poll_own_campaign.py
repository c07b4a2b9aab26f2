"""A poll of a campaign is tallied only at the stops of that campaign's tours: elsewhere the service refuses, naming
both campaigns; a poll without a campaign may be tallied at any stop."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from fieldapp.domain.errors import ValidationError
from fieldapp.services import campaigns, polls, tours
from fieldapp.services.context import Context


def other_campaign_stop(ctx: Context, world: Any) -> str:
    other = campaigns.create_campaign(ctx, "Чистый аул", title_kk="Таза ауыл")
    tour = tours.create_tour(ctx, other, "Байзакский район, апрель")
    return tours.add_stop(ctx, tour, world.karakemer, planned_on=date(2026, 4, 2))


def test_a_poll_is_tallied_at_its_own_campaigns_stops_only(ctx: Context, world: Any) -> None:
    foreign = other_campaign_stop(ctx, world)
    poll = polls.create_poll(ctx, "Довольны ли вы приёмом?", ["Да", "Нет"], campaign_id=world.campaign)
    yes = polls.get_poll(ctx, poll).options[0].id

    assert polls.add_to_tally(ctx, yes, 3, world.stop) == 3
    with pytest.raises(ValidationError) as refused:
        polls.add_to_tally(ctx, yes, 1, foreign)
    assert refused.value.code == "poll.other_campaign" and refused.value.field == "stop"
    text = refused.value.message("ru")
    assert "Чистый аул" in text and "остановк" in text
    campaign_title = campaigns.get_campaign(ctx, world.campaign).title_ru
    assert campaign_title in text
    assert "науқанының аялдамасында" in refused.value.message("kk")
    with pytest.raises(ValidationError):
        polls.set_tally(ctx, yes, 5, foreign)
    # Nothing was written at the other campaign's stop; answers outside a stop are still allowed.
    assert polls.poll_results(ctx, poll).stop_total(foreign) == 0
    assert polls.set_tally(ctx, yes, 2) == 2
    assert polls.poll_results(ctx, poll).total == 5


@pytest.mark.parametrize("workspace_lang", ["ru", "kk"])
def test_the_refusal_names_the_campaigns_in_the_users_language(ctx: Context, world: Any, workspace_lang: str) -> None:
    """The titles follow the language the message is read in, whatever the workspace's: Kazakh titles in kk (the
    Russian one where a campaign has no Kazakh title), Russian ones in ru."""
    foreign = other_campaign_stop(ctx, world)  # «Чистый аул» / «Таза ауыл»
    own = campaigns.create_campaign(ctx, "Мир и согласие 2", title_kk="Бейбітшілік пен келісім")
    poll = polls.create_poll(ctx, "Довольны ли вы приёмом?", ["Да", "Нет"], campaign_id=own)
    yes = polls.get_poll(ctx, poll).options[0].id
    with pytest.raises(ValidationError) as refused:
        polls.add_to_tally(replace(ctx, lang=workspace_lang), yes, 1, foreign)
    ru, kk = refused.value.message("ru"), refused.value.message("kk")
    assert "«Мир и согласие 2»" in ru and "«Чистый аул»" in ru
    assert "Бейбітшілік" not in ru and "Таза ауыл" not in ru
    assert "«Бейбітшілік пен келісім» науқанының" in kk and "«Таза ауыл» науқанының аялдамасында" in kk
    assert "Мир и согласие" not in kk and "Чистый аул" not in kk
    # A campaign without a Kazakh title is named in Russian in kk.
    untitled = polls.create_poll(ctx, "Вопрос", ["Да", "Нет"], campaign_id=world.campaign)
    with pytest.raises(ValidationError) as refused:
        polls.add_to_tally(replace(ctx, lang=workspace_lang), polls.get_poll(ctx, untitled).options[0].id, 1,
                           foreign)
    assert "«Мир и согласие» науқанының сауалнамасын «Таза ауыл»" in refused.value.message("kk")


def test_a_poll_without_a_campaign_is_tallied_anywhere(ctx: Context, world: Any) -> None:
    foreign = other_campaign_stop(ctx, world)
    poll = polls.create_poll(ctx, "Вопрос без кампании", ["Да", "Нет"])
    no = polls.get_poll(ctx, poll).options[1].id
    polls.add_to_tally(ctx, no, 1, world.stop)
    polls.add_to_tally(ctx, no, 1, foreign)
    assert polls.poll_results(ctx, poll).total == 2
