"""The signals page worked as a member works it: a tip pasted from a messenger with its coordinates, a latitude
out of range refused naming the field, the check on the spot (received → verified → removed) with the buttons a
status does not allow disabled; photos of the place before and after (a file and a drop) kept with their role in
the blob store; the demo's signals and the model."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_data import copy_demo
from pages_data import Field
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.domain.enums import PhotoRole, SignalStatus
from fieldapp.services import photos, signals
from fieldapp.services.context import Context
from fieldapp.storage.database import open_database
from fieldapp.storage.tables import Photo
from fieldapp.ui import i18n
from fieldapp.ui.pages.signals import SignalsPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_page(qtbot: QtBot, ctx: Context) -> SignalsPage:
    page = SignalsPage(Runner(synchronous=True))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.set_context(ctx)
    return page


def error_boxes(page: SignalsPage) -> list[QMessageBox]:
    return [b for b in page.findChildren(QMessageBox) if b.objectName() == "domainErrorDialog" and b.isVisible()]


def paste(qtbot: QtBot, page: SignalsPage, text: str) -> None:
    """As Ctrl+V does it: the whole text at once, through the clipboard."""
    QApplication.clipboard().setText(text)
    page.ui.coordinatesEdit.setFocus()
    page.ui.coordinatesEdit.selectAll()
    qtbot.keyClick(page.ui.coordinatesEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def demo_ctx(demo_file: Path, tmp_path: Path) -> Iterator[Context]:
    db = open_database(copy_demo(demo_file, tmp_path))
    yield Context(db=db, blobs=tmp_path / "blobs")
    db.close()


def test_pasted_coordinates_are_read_as_typed_and_saved(qtbot: QtBot, field: Field) -> None:
    ctx = field.ctx
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 0
    ui = page.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("drug graffiti"))
    qtbot.keyClicks(ui.addressEdit, "ul. Abaya 12, garages")  # QTest types Latin only
    ui.descriptionEdit.setPlainText("Надпись с номером телеграм-канала на стене гаража")
    paste(qtbot, page, "54.8730, 69.1500")
    assert "54.873000" in ui.coordinatesHint.text() and "69.150000" in ui.coordinatesHint.text()
    assert ui.coordinatesHint.property("state") == "ok"
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("messenger"))
    qtbot.keyClick(ui.addressEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert error_boxes(page) == []
    saved = signals.list_signals(ctx)
    assert len(saved) == 1
    signal = saved[0]
    assert (signal.latitude, signal.longitude) == (54.873, 69.15)
    assert signal.kind.value == "drug graffiti" and signal.address == "ul. Abaya 12, garages"
    assert signal.reporter == "" and signal.status is SignalStatus.RECEIVED
    assert page.model.rowCount() == 1 and page.current_id() == signal.id
    assert page.detail is not None and page.detail.id == signal.id

    # A map link is understood too; saving again edits the same signal.
    paste(qtbot, page, "https://www.openstreetmap.org/?mlat=54.8801&mlon=69.1622#map=18/54.8801/69.1622")
    assert "54.880100" in ui.coordinatesHint.text()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    saved = signals.list_signals(ctx)
    assert [(s.id, s.latitude, s.longitude) for s in saved] == [(signal.id, 54.8801, 69.1622)]

    # New empties the form; the next tip is a second row.
    qtbot.keyClick(ui.addressEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.detail is None and ui.coordinatesEdit.text() == "" and ui.addressEdit.text() == ""
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("public order"))
    qtbot.keyClicks(ui.reporterEdit, "Aliya")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(signals.list_signals(ctx)) == 2 and page.model.rowCount() == 2


def test_a_latitude_out_of_range_is_refused_naming_the_field(qtbot: QtBot, field: Field) -> None:
    ctx = field.ctx
    page = open_page(qtbot, ctx)
    ui = page.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("drug graffiti"))
    paste(qtbot, page, "95.1, 69.15")
    assert ui.coordinatesHint.property("state") == "warn"
    assert "широта" in ui.coordinatesHint.text()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    boxes = error_boxes(page)
    assert boxes and boxes[0].text().startswith("широта:") and "95.1" in boxes[0].text()
    assert ui.coordinatesEdit.property("invalid") is True
    assert ui.coordinatesEdit.text() == "95.1, 69.15"  # what was typed stays
    assert signals.list_signals(ctx) == ()
    for box in boxes:
        box.close()


def test_the_check_on_the_spot_moves_along_the_workflow(qtbot: QtBot, field: Field) -> None:
    ctx = field.ctx
    signal_id = signals.record_signal(ctx, signals.SignalDraft(kind="drug graffiti", coordinates="54.87, 69.15"))
    page = open_page(qtbot, ctx)
    page.select(signal_id)
    ui = page.ui
    assert page.detail is not None and page.detail.status is SignalStatus.RECEIVED
    # received → verified or rejected; not straight to removed.
    assert ui.verifiedButton.isEnabled() and ui.rejectedButton.isEnabled()
    assert not ui.removedButton.isEnabled()

    qtbot.mouseClick(ui.verifiedButton, Qt.MouseButton.LeftButton)
    assert signals.get_signal(ctx, signal_id).status is SignalStatus.VERIFIED
    assert not ui.verifiedButton.isEnabled() and ui.removedButton.isEnabled() and ui.rejectedButton.isEnabled()

    qtbot.mouseClick(ui.removedButton, Qt.MouseButton.LeftButton)
    stored = signals.get_signal(ctx, signal_id)
    assert stored.status is SignalStatus.REMOVED and stored.resolved_at is not None
    assert not any(b.isEnabled() for b in page.status_buttons.values())
    assert "устранён" in ui.workflowLabel.text()
    assert error_boxes(page) == []

    # A new signal has no status to change yet.
    page.new_signal()
    assert not any(b.isEnabled() for b in page.status_buttons.values())


def test_the_demo_lists_its_56_signals(qtbot: QtBot, demo_ctx: Context, qtmodeltester: ModelTester) -> None:
    page = open_page(qtbot, demo_ctx)
    assert page.model.rowCount() == 56
    assert "56" in page.ui.countLabel.text()
    waiting = sum(s.status is SignalStatus.RECEIVED for s in signals.list_signals(demo_ctx))
    assert waiting > 0
    assert page.ui.countLabel.text() == f"Показано 56 из 56 · не проверено: {waiting}"
    assert all(page.model.data(page.model.index(r, page.model.column_of("coordinates"))) != "—"
               for r in range(56))  # every demo tip came with its coordinates
    qtmodeltester.check(page.model, force_py=True)

    # Filters narrow the list through the service.
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("removed"))
    removed = signals.list_signals(demo_ctx, status="removed")
    assert 0 < page.model.rowCount() == len(removed) < 56
    assert {r.status for r in page.model.rows()} == {SignalStatus.REMOVED}
    assert page.ui.countLabel.text() == f"Показано {len(removed)} из 56"  # none of them waits for a check
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData("corruption"))
    assert page.model.rowCount() == len(signals.list_signals(demo_ctx, status="removed", kind="corruption"))


def test_kazakh(qtbot: QtBot, demo_ctx: Context) -> None:
    i18n.switch_language("kk")
    page = open_page(qtbot, demo_ctx)
    QApplication.processEvents()
    assert page.ui.titleLabel.text() == "Белгілер"
    assert page.ui.coordinatesLabel.text() == "Координаттар"
    column = page.model.column_of("status")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Мәртебе"


def picture(path: Path, colour: str) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def test_photos_before_and_after_are_kept_with_their_role(qtbot: QtBot, field: Field, tmp_path: Path) -> None:
    ctx = field.ctx
    signal_id = signals.record_signal(ctx, signals.SignalDraft(kind="drug graffiti", coordinates="54.87, 69.15"))
    other_id = signals.record_signal(ctx, signals.SignalDraft(kind="drug graffiti", coordinates="54.88, 69.16"))
    page = open_page(qtbot, ctx)
    ui = page.ui
    wall = picture(tmp_path / "wall.png", "#c62828")
    painted = picture(tmp_path / "painted.png", "#9e9e9e")

    # A tip not saved yet has nothing to attach a photo to.
    assert page.detail is None
    assert not ui.beforeList.isEnabled() and not ui.addAfterButton.isEnabled()
    assert page.add_photos(PhotoRole.BEFORE, [wall]) == 0

    page.select(signal_id)
    assert ui.beforeList.isEnabled() and ui.afterList.isEnabled()
    # Before: through the path the file dialog takes.
    assert page.add_photos(PhotoRole.BEFORE, [wall]) == 1
    # After: dropped onto the «after» strip. Qt delivers a drop only inside a running drag, which a test cannot start
    # offscreen: the event goes to the filter on the strip's viewport, where Qt would hand it.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(painted))])
    viewport = ui.afterList.viewport()
    assert viewport.acceptDrops()
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    assert page.photo_drops[PhotoRole.AFTER].eventFilter(viewport, drop) is True
    assert drop.isAccepted()
    assert error_boxes(page) == []

    with ctx.db.session() as s:
        rows = {(r.role, r.owner_table, r.owner_id, r.sha256, r.mime, r.deleted)
                for r in s.query(Photo).all()}
    sha_wall = hashlib.sha256(wall.read_bytes()).hexdigest()
    sha_painted = hashlib.sha256(painted.read_bytes()).hexdigest()
    assert rows == {("before", "signal", signal_id, sha_wall, "image/png", False),
                    ("after", "signal", signal_id, sha_painted, "image/png", False)}
    for sha, source in ((sha_wall, wall), (sha_painted, painted)):
        assert (ctx.blobs / sha[:2] / sha[2:]).read_bytes() == source.read_bytes()

    # Each strip shows its own thumbnail.
    assert ui.beforeList.count() == 1 and ui.afterList.count() == 1
    assert not ui.beforeList.item(0).icon().isNull() and not ui.afterList.item(0).icon().isNull()
    before_id = ui.beforeList.item(0).data(Qt.ItemDataRole.UserRole)
    assert photos.get_photo(ctx, before_id).role is PhotoRole.BEFORE

    # Another signal has none of them; coming back shows them again.
    page.select(other_id)
    assert ui.beforeList.count() == 0 and ui.afterList.count() == 0
    assert photos.list_photos(ctx, "signal", other_id) == ()
    page.select(signal_id)
    assert ui.beforeList.count() == 1 and ui.afterList.count() == 1

    # A file that is not a picture is refused by name; a photo taken by mistake is removed.
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a photo", encoding="utf-8")
    assert page.add_photos(PhotoRole.AFTER, [text_file]) == 0
    boxes = error_boxes(page)
    assert len(boxes) == 1 and "notes.txt" in boxes[0].text()
    for box in boxes:
        box.close()
    ui.beforeList.setCurrentRow(0)
    qtbot.mouseClick(ui.removeBeforeButton, Qt.MouseButton.LeftButton)
    assert [p.role for p in photos.list_photos(ctx, "signal", signal_id)] == [PhotoRole.AFTER]
    assert ui.beforeList.count() == 0 and not ui.removeBeforeButton.isEnabled()
