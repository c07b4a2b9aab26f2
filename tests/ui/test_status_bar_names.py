"""The status bar's tour and stop: whole where the bar has room, cut at the pixel where it ends where it has not, the
«Выезд:» / «Сапар:» before them never cut, the whole name in the tooltip."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from pages_data import Field
from pytestqt.qtbot import QtBot

from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.workers import Runner

TOUR = "«Мир и согласие»: итоговый выезд, Жамбылский район"  # 50 characters: cut at 32 before
STOP = "Көккайнар — Здание сельского акимата"


@pytest.mark.parametrize(("lang", "tour_word"), [("ru", "Выезд: "), ("kk", "Сапар: ")])
def test_names_are_whole_with_room_and_cut_by_width_without(
    qtbot: QtBot, make_window: Callable[..., MainWindow], field: Field, lang: str, tour_word: str
) -> None:
    window = make_window(field.db.path, runner=Runner(synchronous=True))  # a database built through the services
    i18n.switch_language(lang)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_working_state(dataclasses.replace(window.state, tour=TOUR, stop=STOP))
    tour, stop = window.tour_label, window.stop_label
    qtbot.waitUntil(lambda: tour.text() == tour_word + TOUR)  # room at 1366 px: nothing cut, once laid out
    assert STOP in stop.text()
    assert tour.toolTip() == TOUR

    window.resize(800, 600)
    qtbot.waitUntil(lambda: tour.text() != tour_word + TOUR)
    assert tour.text().startswith(tour_word) and tour.text().endswith("…")
    assert tour.fontMetrics().horizontalAdvance(tour.text()) <= tour.contentsRect().width()
    assert window.sync_label.isVisible()  # the sync state stays in view

    window.resize(1366, 768)  # back to room: whole again
    qtbot.waitUntil(lambda: tour.text() == tour_word + TOUR)
