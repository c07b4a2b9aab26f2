"""Nothing typed is lost if the app is killed: the open form's draft is kept in the database a moment after each
edit and offered back at the next start (issue 3). The first test kills a real app process with SIGKILL."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pages_data import Field, field_database
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import ActivityType, Audience, Outcome, SignalChannel, SignalKind, Topic
from fieldapp.domain.iin import make_iin
from fieldapp.services import drafts, signals, tours
from fieldapp.services.context import Context
from fieldapp.services.receptions import list_stop_receptions
from fieldapp.storage.database import open_database
from fieldapp.storage.local_meta import set_meta
from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.reception import ReceptionPage
from fieldapp.ui.pages.signals import SignalsPage
from fieldapp.ui.pages.stop import StopPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "Қасымова Ғалия Ержанқызы"
IIN = make_iin(date(1988, 5, 15), False, 1)

# The app as the officer runs it, in its own process: the window opens the database, the reception desk is typed
# into with QTest (a stop other than the first one, every kind of field), and the event loop runs on until the
# process is killed. What the form holds is written to TYPED once the typing is done.
APP_SCRIPT = r"""
import json, os, sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from fieldapp.app import open_window

db, typed = Path(sys.argv[1]), Path(sys.argv[2])
window = open_window(db, "ru")
window.show()
app = QApplication.instance()
page = window.pages["reception"]
while page.ui.stopCombo.count() < 3 or page.loading:
    app.processEvents()
window.show_page("reception")
ui = page.ui

def write(widget, text):
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)

def choose(combo, code):
    combo.setFocus()
    while combo.currentData() != code:
        QTest.keyClick(combo, Qt.Key.Key_Down)

choose(ui.stopCombo, ui.stopCombo.itemData(1))
write(ui.iinEdit, sys.argv[4])
write(ui.nameEdit, sys.argv[3])
write(ui.phoneEdit, "+7 701 555 12 34")
write(ui.addressEdit, "ул. Абая, 5")
choose(ui.socialCombo, "pensioner")
QTest.keyClick(ui.consentCheck, Qt.Key.Key_Space)
choose(ui.consentMethodCombo, ui.consentMethodCombo.itemData(1))
choose(ui.topicCombo, "roads and transport")
write(ui.essenceEdit, "Жол жөндеу: шұңқырлар, көктемде су тұрады")
choose(ui.outcomeCombo, "taken under control")
write(ui.responsibleEdit, "Акимат Жамбылского района")
write(ui.personEdit, "Аким села")
typed.write_text(json.dumps(page.draft_fields(), ensure_ascii=False), encoding="utf-8")
app.exec()
"""


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def stored_fields(db_path: Path) -> dict[str, object] | None:
    with open_database(db_path) as database:
        draft = drafts.load(Context(db=database), "reception")
    return None if draft is None else dict(draft.fields)


def test_a_killed_app_offers_its_reception_back_and_restores_every_field(
    tmp_path: Path, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    built = field_database(tmp_path / "field.db", tmp_path / "blobs")
    built.db.close()
    db_path, typed_path = tmp_path / "field.db", tmp_path / "typed.json"
    script = tmp_path / "officer.py"
    script.write_text(APP_SCRIPT, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, str(script), str(db_path), str(typed_path), NAME, IIN],
                               env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: typed_path.exists() or process.poll() is not None, 120, "the typing")
        assert process.poll() is None, process.stdout.read().decode() if process.stdout else ""
        typed = json.loads(typed_path.read_text(encoding="utf-8"))
        # What the officer typed, as the form held it: a stop other than the first, a ticked box, pickers.
        assert typed["name"] == NAME and typed["consent"] is True and typed["outcome"] == "taken under control"
        assert typed["stop"] == built.stop_id or typed["stop"]
        # The draft reaches the database a moment after the last keystroke, while the app still runs.
        wait_for(lambda: stored_fields(db_path) == typed, 60, "the draft in the database")
    finally:
        process.send_signal(signal.SIGKILL)  # the battery dies: no close event, no clean-up
        process.wait(30)
        if process.stdout:
            process.stdout.close()
    assert process.returncode == -signal.SIGKILL

    window = make_window(db_path, "ru")
    page = window.pages["reception"]
    assert isinstance(page, ReceptionPage)
    qtbot.waitUntil(lambda: page.drafts.offered is not None, timeout=20000)
    bar = page.draft_bar
    assert not bar.isHidden()
    assert bar.ui.messageLabel.text().startswith("Найден несохранённый черновик от ")
    # Nothing of the draft is in the form until it is asked for.
    assert page.ui.nameEdit.text() == ""
    qtbot.mouseClick(bar.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    assert page.draft_fields() == typed
    ui = page.ui
    assert ui.stopCombo.currentData() == typed["stop"] and ui.stopCombo.currentIndex() == 1
    assert (ui.iinEdit.text(), ui.nameEdit.text(), ui.phoneEdit.text(), ui.addressEdit.text()) == (
        IIN, NAME, "+7 701 555 12 34", "ул. Абая, 5")
    assert ui.consentCheck.isChecked() and ui.consentMethodCombo.isEnabled()
    assert ui.socialCombo.currentData() == "pensioner"
    assert ui.topicCombo.currentData() == Topic.ROADS.value
    assert ui.outcomeCombo.currentData() == Outcome.CONTROL.value
    assert ui.essenceEdit.text() == "Жол жөндеу: шұңқырлар, көктемде су тұрады"
    assert ui.responsibleEdit.isEnabled() and ui.responsibleEdit.text() == "Акимат Жамбылского района"
    assert ui.personEdit.isEnabled() and ui.personEdit.text() == "Аким села"

    # Saving the restored reception records it, and its draft is gone.
    saved = page.save()
    assert saved is not None
    assert NAME in {r.applicant_name for r in list_stop_receptions(window.ctx, typed["stop"])}  # type: ignore[arg-type]
    assert drafts.load(window.ctx, "reception") is None  # type: ignore[arg-type]


# --- the desk in the test process --------------------------------------------------------------------------------


@pytest.fixture
def desk(qtbot: QtBot, field: Field) -> Iterator[ReceptionPage]:
    page = ReceptionPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.set_context(field.ctx)
    yield page


def write(widget: QWidget, text: str) -> None:
    """Typed as a keyboard layout sends it (QTest.keyClicks knows only ASCII); a new line is the Enter key."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), char, Qt.KeyboardModifier.NoModifier)


def draft_of(ctx: Context, form: str) -> dict[str, object] | None:
    draft = drafts.load(ctx, form)
    return None if draft is None else dict(draft.fields)


def type_resident(qtbot: QtBot, page: ReceptionPage, ctx: Context) -> None:
    page.ui.nameEdit.setFocus()
    write(page.ui.nameEdit, NAME)
    write(page.ui.essenceEdit, "Су жоқ")
    assert page.drafts.pending
    qtbot.waitUntil(lambda: (draft_of(ctx, "reception") or {}).get("essence") == "Су жоқ", timeout=5000)


def test_saving_the_reception_drops_its_draft(qtbot: QtBot, desk: ReceptionPage, field: Field) -> None:
    type_resident(qtbot, desk, field.ctx)
    assert draft_of(field.ctx, "reception") == desk.draft_fields()
    assert desk.save() is not None
    assert draft_of(field.ctx, "reception") is None
    qtbot.wait(700)  # the form cleared for the next resident writes no draft of its own
    assert draft_of(field.ctx, "reception") is None


@pytest.mark.parametrize("how", ["escape", "clear button"])
def test_clearing_the_form_on_purpose_drops_its_draft(
    qtbot: QtBot, desk: ReceptionPage, field: Field, how: str
) -> None:
    type_resident(qtbot, desk, field.ctx)
    if how == "escape":
        qtbot.waitUntil(desk.isActiveWindow)
        qtbot.keyClick(desk.ui.nameEdit, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(desk.ui.clearButton, Qt.MouseButton.LeftButton)
    assert desk.ui.nameEdit.text() == ""
    assert draft_of(field.ctx, "reception") is None
    qtbot.wait(700)  # the emptied form writes no draft of its own
    assert draft_of(field.ctx, "reception") is None


def test_an_offer_is_neither_overwritten_nor_dropped_until_the_officer_decides(
    qtbot: QtBot, field: Field
) -> None:
    drafts.save(field.ctx, "reception", {"stop": field.stop_id, "name": NAME, "essence": "Су жоқ"})
    page = ReceptionPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(field.ctx)
    assert page.drafts.offered is not None and not page.draft_bar.isHidden()
    # The next resident is typed and saved while the bar waits: the offered draft is still there.
    write(page.ui.nameEdit, "Сериков Ерлан")
    qtbot.wait(700)
    assert draft_of(field.ctx, "reception") == {"stop": field.stop_id, "name": NAME, "essence": "Су жоқ"}
    assert page.save() is not None
    assert draft_of(field.ctx, "reception") is not None and not page.draft_bar.isHidden()
    # «Отбросить»: gone from the database and from the page.
    qtbot.mouseClick(page.draft_bar.ui.discardButton, Qt.MouseButton.LeftButton)
    assert page.draft_bar.isHidden() and page.drafts.offered is None
    assert draft_of(field.ctx, "reception") is None


def test_a_corrupt_draft_is_dropped_with_a_log_line_and_the_desk_works(
    qtbot: QtBot, field: Field, caplog: pytest.LogCaptureFixture
) -> None:
    with field.db.session() as s:
        set_meta(s, drafts.KEY_PREFIX + "reception", '{"format": 1, "form": "reception", "fields": {"name": "Қас')
    page = ReceptionPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    with caplog.at_level(logging.WARNING):
        page.set_context(field.ctx)
    assert "draft of the form reception dropped: not JSON" in caplog.text
    assert page.draft_bar.isHidden() and page.drafts.offered is None
    write(page.ui.nameEdit, NAME)
    assert page.save() is not None
    assert NAME in {r.applicant_name for r in list_stop_receptions(field.ctx, field.stop_id)}


def test_a_draft_too_large_to_keep_is_said_on_the_bar(qtbot: QtBot, desk: ReceptionPage, field: Field) -> None:
    desk.ui.essenceEdit.setMaxLength(10**6)
    desk.ui.essenceEdit.setText("ы" * drafts.MAX_DRAFT_BYTES)
    desk.drafts.flush()
    assert not desk.draft_bar.isHidden() and desk.draft_bar.ui.restoreButton.isHidden()
    assert "слишком велик" in desk.draft_bar.ui.messageLabel.text()
    assert draft_of(field.ctx, "reception") is None
    desk.ui.essenceEdit.setText("Су жоқ")
    desk.drafts.flush()
    assert desk.draft_bar.isHidden()
    assert (draft_of(field.ctx, "reception") or {}).get("essence") == "Су жоқ"


# --- the signal form and the stop's activity entry -----------------------------------------------------------------


def test_a_signal_being_typed_comes_back_on_a_new_page_in_kazakh(qtbot: QtBot, field: Field) -> None:
    page = SignalsPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(field.ctx)
    ui = page.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(SignalKind.DRUG_GRAFFITI.value))
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(SignalChannel.PHONE.value))
    ui.descriptionEdit.setFocus()
    write(ui.descriptionEdit, "Қабырғадағы жазу\nмектеп жанында")
    write(ui.coordinatesEdit, "43.238949, 76.889709")
    write(ui.addressEdit, "Аса, Абай к-сі 12")
    qtbot.waitUntil(lambda: draft_of(field.ctx, "signal") == page.draft_fields(), timeout=5000)
    typed = page.draft_fields()

    i18n.switch_language("kk")
    again = SignalsPage(Runner(synchronous=True))
    qtbot.addWidget(again)
    again.set_context(field.ctx)
    assert not again.draft_bar.isHidden()
    label = again.draft_bar.ui.messageLabel.text()
    assert "қаралама табылды" in label and "черновик" not in label
    assert again.draft_bar.ui.restoreButton.text() == "Қалпына келтіру"
    qtbot.mouseClick(again.draft_bar.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert again.draft_fields() == typed
    assert again.ui.descriptionEdit.toPlainText() == "Қабырғадағы жазу\nмектеп жанында"
    assert again.ui.coordinatesHint.property("state") == "ok"
    again.save()
    assert draft_of(field.ctx, "signal") is None
    assert [s.description for s in signals.list_signals(field.ctx)] == ["Қабырғадағы жазу\nмектеп жанында"]


def test_the_edit_of_a_stored_signal_comes_back_as_that_signal(qtbot: QtBot, field: Field) -> None:
    signal_id = signals.record_signal(field.ctx, signals.SignalDraft(description="Жазу", address="Аса"))
    drafts.save(field.ctx, "signal", {"signal": signal_id, "kind": "other", "channel": "messenger",
                                      "description": "Жазу өшірілді", "address": "Аса", "coordinates": "",
                                      "reporter": ""})
    page = SignalsPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(field.ctx)
    page.drafts.restore_offered()
    assert page.detail is not None and page.detail.id == signal_id
    assert page.ui.descriptionEdit.toPlainText() == "Жазу өшірілді"
    # «Новый» clears the form on purpose: the draft goes.
    page.new_signal()
    assert draft_of(field.ctx, "signal") is None
    assert signals.get_signal(field.ctx, signal_id).description == "Жазу"


def test_an_activity_being_typed_at_a_stop_comes_back_and_goes_when_added(qtbot: QtBot, field: Field) -> None:
    page = StopPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.set_context(field.ctx)
    ui = page.ui
    page.show_stop(field.done_stop_id)
    ui.activityTypeCombo.setCurrentIndex(ui.activityTypeCombo.findData(ActivityType.LECTURE.value))
    ui.audienceCombo.setCurrentIndex(ui.audienceCombo.findData(Audience.SCHOOLCHILDREN.value))
    write(ui.activityTitleEdit, "Нашақорлықтың алдын алу")
    ui.participantsSpin.setValue(37)
    qtbot.waitUntil(lambda: draft_of(field.ctx, "stop.activity") == page.draft_fields(), timeout=5000)
    typed = page.draft_fields()
    assert typed["stop"] == field.done_stop_id

    again = StopPage(Runner(synchronous=True))
    qtbot.addWidget(again)
    again.set_context(field.ctx)
    assert again.drafts.offered is not None
    again.drafts.restore_offered()
    assert again.draft_fields() == typed
    again.add_activity()
    assert draft_of(field.ctx, "stop.activity") is None
    titles = [a.title for a in tours.list_activities(field.ctx, field.done_stop_id)]
    assert titles == ["Нашақорлықтың алдын алу"]


def test_switching_to_another_page_saves_at_once(qtbot: QtBot, desk: ReceptionPage, field: Field) -> None:
    write(desk.ui.nameEdit, NAME)
    assert desk.drafts.pending
    desk.hide()
    assert not desk.drafts.pending
    assert (draft_of(field.ctx, "reception") or {}).get("name") == NAME
    QApplication.processEvents()


def test_typing_while_an_import_writes_neither_holds_the_window_nor_loses_the_draft(
    qtbot: QtBot, desk: ReceptionPage, field: Field
) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    other = sqlcipher.connect(str(field.db.path), isolation_level=None)  # an import holding the file, as a worker's
    other.execute("BEGIN IMMEDIATE")
    try:
        write(desk.ui.nameEdit, NAME)
        started = time.monotonic()
        desk.drafts.flush()  # the pause in typing: the file is held, so the keeper tries again later
        assert time.monotonic() - started < 1.0  # not the busy timeout's ten seconds on the window's thread
        assert desk.drafts.pending and draft_of(field.ctx, "reception") is None
        assert desk.draft_bar.isHidden()  # nothing to alarm anyone: the draft is only late
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: (draft_of(field.ctx, "reception") or {}).get("name") == NAME, timeout=5000)


def test_closing_the_window_keeps_what_waits_for_the_timer(
    tmp_path: Path, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    field_database(tmp_path / "field.db", tmp_path / "blobs").db.close()
    window = make_window(tmp_path / "field.db", "ru")
    window.show()
    page = window.pages["reception"]
    assert isinstance(page, ReceptionPage)
    qtbot.waitUntil(lambda: page.ui.stopCombo.count() == 3 and not page.loading, timeout=20000)
    window.show_page("reception")
    write(page.ui.nameEdit, NAME)
    assert page.drafts.pending
    engine = window.ctx.db.engine  # type: ignore[union-attr]
    window.close()  # within the half second: the close itself writes the draft, before the database is closed
    assert (stored_fields(tmp_path / "field.db") or {}).get("name") == NAME
    assert engine.pool.checkedin() == 0  # nothing opened the closed file again to write late
