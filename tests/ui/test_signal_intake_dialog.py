"""Signals from photos on the signals page, in ru and kk, with real files: JPEGs with EXIF GPS tags and a WhatsApp
chat export dropped on the list, read on the worker, then the preview — rows merged, dropped, one placed by pasting
coordinates — and the signals written into a database made as `fieldapp init` makes it, each photo attached «до»."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from photo_helpers import jpeg
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import PhotoRole, SignalKind
from fieldapp.domain.messages import render
from fieldapp.services import photos, signals
from fieldapp.services.context import Context
from fieldapp.ui import i18n
from fieldapp.ui.dialogs.signal_intake import SignalIntakeDialog
from fieldapp.ui.pages.signals import SignalsPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 12, 8, 9, 0)  # also the clock of the `boss` fixture (tests/conftest.py)
WORDS = {
    "ru": {"button": "Из фото…", "ok": "Создать сигналы: {n}", "hand": "вручную", "none": "нет координат"},
    "kk": {"button": "Фотодан…", "ok": "Белгілер жасау: {n}", "hand": "қолмен", "none": "координат жоқ"},
}


def chat_folder(root: Path) -> Path:
    """A WhatsApp export from an Android phone in Russian: two photos with GPS tags of one wall, one placed by a
    location message beside it, one with no position anywhere, and a text file that is no image."""
    folder = root / "WhatsApp Chat - УПН ДП СКО"
    jpeg(folder / "IMG-20261207-WA0001.jpg", 54.873112, 69.152, "2026:12:07 14:03:11")
    jpeg(folder / "IMG-20261207-WA0002.jpg", 54.873120, 69.152010, "2026:12:07 14:03:40")
    jpeg(folder / "IMG-20261207-WA0003.jpg")
    jpeg(folder / "IMG-20261207-WA0004.jpg")
    (folder / "IMG-20261207-WA0005.jpg").write_text("не фото", encoding="utf-8")
    (folder / "_chat.txt").write_text(
        "07.12.2026, 13:59 - Сообщения и звонки защищены сквозным шифрованием.\n"
        "07.12.2026, 14:03 - Айгуль: IMG-20261207-WA0001.jpg (файл добавлен)\n"
        "Надпись на гараже\n"
        "07.12.2026, 14:04 - Айгуль: IMG-20261207-WA0002.jpg (файл добавлен)\n"
        "07.12.2026, 15:10 - Ерлан: IMG-20261207-WA0003.jpg (файл добавлен)\n"
        "07.12.2026, 15:11 - Ерлан: местоположение: https://maps.google.com/?q=54.8650,69.1388\n"
        "07.12.2026, 16:20 - Аноним: IMG-20261207-WA0004.jpg (файл добавлен)\n"
        "07.12.2026, 16:21 - Аноним: IMG-20261207-WA0005.jpg (файл добавлен)\n",
        encoding="utf-8")
    return folder


@pytest.fixture(params=["ru", "kk"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.switch_language(request.param)
    yield request.param
    i18n.switch_language("ru")


def _open_page(qtbot: QtBot, ctx: Context) -> SignalsPage:
    page = SignalsPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.set_context(ctx)
    return page


def _row_of(dialog: SignalIntakeDialog, name: str) -> int:
    return next(i for i, item in enumerate(dialog.items) if any(p.name == name for p in item.photos))


def test_dropped_chat_becomes_signals_after_merge_drop_and_place(qtbot: QtBot, boss: Context, lang: str,
                                                                 tmp_path: Path) -> None:
    words = WORDS[lang]
    page = _open_page(qtbot, boss)
    assert page.ui.fromPhotosButton.text() == words["button"]
    assert page.ui.mapButton.isVisibleTo(page)  # «Показать на карте» kept beside the form's buttons
    page.intake.drop.dropped.emit([chat_folder(tmp_path)])  # what a drop on the list delivers
    dialog = page.intake.dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert len(dialog.items) == 4 and ui.proposalTable.rowCount() == 4
    # The text file named as an image is listed as skipped, by name, in the interface language.
    problems = [ui.problemList.item(i).text() for i in range(ui.problemList.count())]
    assert len(problems) == 1 and "IMG-20261207-WA0005.jpg" in problems[0]
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == words["ok"].format(n=4)
    unplaced = _row_of(dialog, "IMG-20261207-WA0004.jpg")
    assert ui.proposalTable.item(unplaced, 2).text() == words["none"]
    # Nothing is written while one is unplaced: the dialog says why and stays open.
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and ui.errorLabel.isVisible() and signals.list_signals(boss) == ()
    assert render("intake.unplaced", lang, count=1) in ui.errorLabel.text()  # how many, and what to do
    # Two photos of one wall: merged into one signal.
    ui.proposalTable.selectRow(_row_of(dialog, "IMG-20261207-WA0001.jpg"))


    model = ui.proposalTable.selectionModel()
    second = ui.proposalTable.model().index(_row_of(dialog, "IMG-20261207-WA0002.jpg"), 0)
    model.select(second, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert ui.mergeButton.isEnabled()
    ui.mergeButton.click()
    assert len(dialog.items) == 3 and ok.text() == words["ok"].format(n=3)
    # The unplaced one placed by pasting a map link.
    ui.proposalTable.clearSelection()
    ui.proposalTable.selectRow(_row_of(dialog, "IMG-20261207-WA0004.jpg"))
    qtbot.keyClicks(ui.coordinatesEdit, "https://maps.google.com/?q=54.8612,69.1455")
    ui.placeButton.click()
    placed = _row_of(dialog, "IMG-20261207-WA0004.jpg")
    assert ui.proposalTable.item(placed, 1).text() == "54.861200, 69.145500"
    assert ui.proposalTable.item(placed, 2).text() == words["hand"]
    # The photo placed by the location message beside it: dropped after all.
    ui.proposalTable.clearSelection()
    ui.proposalTable.selectRow(_row_of(dialog, "IMG-20261207-WA0003.jpg"))
    ui.dropButton.click()
    assert len(dialog.items) == 2
    ok.click()
    assert not dialog.isVisible()
    made = sorted(signals.list_signals(boss), key=lambda s: s.received_at)
    assert [s.kind for s in made] == [SignalKind.DRUG_GRAFFITI] * 2
    assert made[0].received_at == datetime(2026, 12, 7, 14, 3, 11) and made[0].reporter == "Айгуль"
    assert made[0].description == "Надпись на гараже"
    assert (made[1].latitude, made[1].longitude) == (54.8612, 69.1455)
    wall = photos.list_photos(boss, "signal", made[0].id)
    assert len(wall) == 2 and {p.role for p in wall} == {PhotoRole.BEFORE}
    # The list shows them, the first chosen.
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
