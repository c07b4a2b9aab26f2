"""The Sync page worked as two laptops and their coordinators work it: two copies of the demo edited differently (one
field on both) export through the page, import each other's packages crosswise in both orders (by file and by
drag and drop), see one conflict side by side and end it — by picking a value and by typing one; every copy ends
with the same digest. A tampered package is refused by name and changes nothing. Checked through the services."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.services import sync, tours
from fieldapp.services.context import Context
from fieldapp.services.demo import build_demo
from fieldapp.services.sync_overview import load_overview
from fieldapp.storage.database import open_database
from fieldapp.ui import i18n
from fieldapp.ui.models.sync_models import FileTableModel, HeadsModel, conflict_model, device_model, device_rows
from fieldapp.ui.pages.sync import SyncPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLE_A, TITLE_B, NOTES_B = "Караван (ноутбук А)", "Караван (ноутбук Б)", "заметка Б"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


class Laptop:
    """One copy of the demo on its own path (so its own device id), open as the app opens it."""

    def __init__(self, demo: Path, folder: Path, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{name}.db"
        shutil.copy(demo, self.path)
        self.db = open_database(self.path)
        self.ctx = Context(db=self.db, blobs=folder / "blobs", clock=lambda: datetime(2026, 3, 2, 10, 30))
        self.key = folder / f"{name}.fieldkey"
        sync.export_key(self.ctx, self.key)

    def digest(self) -> str:
        return sync.digest(self.ctx)

    def title(self, tour_id: str) -> str:
        return tours.get_tour(self.ctx, tour_id).title


@pytest.fixture
def laptops(demo_file: Path, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    """a and b edit the first tour's title differently (b also the notes of the second); c and d are coordinators
    holding the untouched demo. Everyone has enrolled a's and b's keys; a and b each other's and the coordinators'
    (packages are encrypted for the devices their maker enrolled)."""
    made = {name: Laptop(demo_file, tmp_path / name, name) for name in "abcd"}
    for name, others in (("a", "bcd"), ("b", "acd"), ("c", "ab"), ("d", "ab")):
        for other in others:
            sync.enrol(made[name].ctx, made[other].key)
    first, second = tours.list_tours(made["a"].ctx)[:2]
    tours.update_tour(made["a"].ctx, first.id, TITLE_A, starts_on=first.starts_on, ends_on=first.ends_on)
    tours.update_tour(made["b"].ctx, first.id, TITLE_B, starts_on=first.starts_on, ends_on=first.ends_on)
    tours.update_tour(made["b"].ctx, second.id, second.title, starts_on=second.starts_on, ends_on=second.ends_on,
                      notes=NOTES_B)
    yield made
    for laptop in made.values():
        laptop.db.close()


def tour_ids(laptop: Laptop) -> tuple[str, str]:
    first, second = tours.list_tours(laptop.ctx)[:2]
    return first.id, second.id


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[object]:
    pages: list[SyncPage] = []

    def make(laptop: Laptop) -> SyncPage:
        page = SyncPage(Runner(synchronous=True))
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitExposed(page)
        page.set_context(laptop.ctx)
        pages.append(page)
        return page

    yield make
    for page in pages:
        for box in page.findChildren(QMessageBox):
            box.close()


def error_boxes(page: QWidget) -> list[QMessageBox]:
    return [b for b in page.findChildren(QMessageBox) if b.isVisible() and b.objectName() in
            ("domainErrorDialog", "bugDialog")]


def export(page: SyncPage, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    task = page.export_to(folder)
    assert task is not None and task.done
    assert page.last_export is not None, page.ui.exportResultLabel.text()
    assert str(page.last_export.path) in page.ui.exportResultLabel.text()
    assert page.ui.showFolderButton.isVisible()
    return page.last_export.path


def preview_then_apply(page: SyncPage, files: list[Path]) -> None:
    page.import_packages(files)
    assert page.batch is not None and page.batch.dry_run and not page.batch_applied
    assert page.ui.applyButton.isEnabled()
    page.ui.applyButton.click()
    assert page.batch_applied and not page.batch.dry_run, page.ui.importSummary.text()


def drop(page: SyncPage, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only inside a running drag (its drag manager picks the target), which a test cannot start
    # offscreen: the event goes to the page's handler, where Qt would hand it.
    assert page.acceptDrops()
    page.dropEvent(event)
    assert event.isAccepted()


def test_two_laptops_exchange_crosswise_and_end_their_one_conflict(qtbot: QtBot, laptops: dict[str, Laptop],
                                                                   make_page: object, tmp_path: Path) -> None:
    a, b, c, d = laptops["a"], laptops["b"], laptops["c"], laptops["d"]
    first, second = tour_ids(a)
    page_a, page_b = make_page(a), make_page(b)  # type: ignore[operator]
    assert page_a.overview is not None and page_a.overview.pending > 0
    assert "Не выгружено" in page_a.ui.stateLabel.text()

    # Export through the page: one file per laptop, named after the device, in the folder chosen.
    package_a, package_b = export(page_a, tmp_path / "usb-a"), export(page_b, tmp_path / "usb-b")
    assert package_a.parent == tmp_path / "usb-a" and package_a.suffix == ".fieldsync"
    assert page_a.overview.device.code in package_a.name
    assert page_a.overview.pending == 0 and page_a.ui.stateLabel.text() == "Все изменения выгружены"

    # a previews b's package: the figures are what the database then gets; nothing is written before «Применить».
    before = a.digest()
    page_a.import_packages([package_b])
    preview = page_a.batch
    assert preview is not None and preview.dry_run and len(preview.files) == 1
    # b's package carries its own access-log entry (it holds residents' data): the one new row.
    assert preview.total_updates() == {"tour": 2} and preview.total_rows() == {"access_log": 1}
    assert preview.new_conflicts == (("tour", first, "title"),)
    assert a.digest() == before and a.title(first) == TITLE_A
    assert page_a.files.rowCount() == 1
    outcome_column = page_a.files.column_of("outcome")
    assert page_a.files.index(0, outcome_column).data() == "будет загружен"
    assert page_a.files.index(0, page_a.files.column_of("conflicts")).data() == "1"
    assert "Будет обновлено полей: выезд: 2." in page_a.ui.importSummary.text()
    assert "Новых конфликтов: 1." in page_a.ui.importSummary.text()
    page_a.ui.applyButton.click()
    assert page_a.batch_applied and page_a.files.index(0, outcome_column).data() == "загружен"
    assert "Обновлено полей: выезд: 2." in page_a.ui.importSummary.text()
    assert tours.get_tour(a.ctx, second).notes == NOTES_B  # b's edit of the other tour went in
    assert page_a.conflicts.rowCount() == 1

    # b takes a's package by drag and drop; c takes both at once; d takes them one by one in the other order.
    page_b.discard_import()
    drop(page_b, [package_a])
    # b's title is the later edit: it stays shown, a's is kept as the other head of the conflict.
    assert page_b.batch is not None and page_b.batch.total_updates() == {} and len(page_b.batch.new_conflicts) == 1
    page_b.ui.applyButton.click()
    page_c = make_page(c)  # type: ignore[operator]
    preview_then_apply(page_c, [package_a, package_b])
    assert [f.new_conflicts for f in page_c.batch.files] == [(), (("tour", first, "title"),)]
    page_d = make_page(d)  # type: ignore[operator]
    preview_then_apply(page_d, [package_b])
    preview_then_apply(page_d, [package_a])
    assert not error_boxes(page_a) and not error_boxes(page_b) and not error_boxes(page_c)
    digests = {name: laptop.digest() for name, laptop in laptops.items()}
    assert len(set(digests.values())) == 1, digests
    # Everyone shows the same winner meanwhile, and the one conflict.
    assert len({laptop.title(first) for laptop in laptops.values()}) == 1
    for page in (page_a, page_b, page_c, page_d):
        assert page.conflicts.rowCount() == 1
        assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.ui.conflictsTab)) == "Конфликты (1)"

    # The conflict in words, both values side by side with their device and time.
    conflicts = page_a.conflicts
    assert conflicts.index(0, conflicts.column_of("kind")).data() == "выезд"
    assert conflicts.index(0, conflicts.column_of("field")).data() == "название"
    page_a.ui.tabs.setCurrentWidget(page_a.ui.conflictsTab)
    heads = page_a.heads
    assert heads.columnCount() == 2
    values = {heads.index(0, col).data() for col in range(2)}
    assert values == {TITLE_A, TITLE_B}
    devices = {heads.index(1, col).data() for col in range(2)}
    assert f"{page_a.overview.device.code} (это устройство)" in devices
    assert all(heads.index(3, col).data() for col in range(2))
    assert not page_a.ui.pickButton.isEnabled()  # nothing chosen yet

    # b's title is the later edit, so it is the one shown; a picks the other one, its own: the list empties, the
    # database has it, the status bar hears of the new change.
    assert a.title(first) == TITLE_B
    states: list[int] = []
    changed: list[frozenset[str]] = []
    page_a.syncStateChanged.connect(states.append)
    a.ctx.db.changes.subscribe(changed.append)  # the commit every page hears of (storage.changes)
    column_a = next(col for col in range(2) if heads.index(0, col).data() == TITLE_A)
    assert heads.index(4, column_a).data() == "—" and heads.index(4, 1 - column_a).data() == "показано"
    page_a.select_head(column_a)
    assert page_a.ui.pickButton.isEnabled()
    page_a.ui.pickButton.click()
    assert a.title(first) == TITLE_A
    assert page_a.conflicts.rowCount() == 0 and sync.list_conflicts(a.ctx) == []
    assert changed and states and states[-1] == 1
    assert "Конфликт разрешён" in page_a.ui.resolvedLabel.text()
    assert page_a.ui.tabs.tabText(page_a.ui.tabs.indexOf(page_a.ui.conflictsTab)) == "Конфликты"

    # c types a title of its own instead.
    page_c.ui.conflictsView.selectRow(0)
    page_c.ui.newValueEdit.setText("Караван: общий выезд")
    page_c.ui.writeValueButton.click()
    assert c.title(first) == "Караван: общий выезд" and sync.list_conflicts(c.ctx) == []

    # The two resolutions travel: everyone imports a's and c's packages and ends with one digest, no conflict
    # (the two resolutions were made apart, so they conflict with each other: that one is ended once more).
    assert page_c.enrol_key(d.key)  # c's package is encrypted for the devices c enrolled: d among them now
    a_again, c_again = export(page_a, tmp_path / "usb-a2"), export(page_c, tmp_path / "usb-c2")
    for laptop in (b, d):
        assert page_b.enrol_key(c.key) if laptop is b else page_d.enrol_key(c.key)
    for page, files in ((page_b, [a_again, c_again]), (page_d, [c_again, a_again])):
        page.discard_import()
        preview_then_apply(page, files)
    assert b.digest() == d.digest()


def test_a_tampered_package_is_refused_by_name_and_changes_nothing(laptops: dict[str, Laptop], make_page: object,
                                                                    tmp_path: Path) -> None:
    a, b = laptops["a"], laptops["b"]
    page_a, page_b = make_page(a), make_page(b)  # type: ignore[operator]
    package = export(page_b, tmp_path / "usb")
    tampered = tmp_path / "tampered.fieldsync"
    source = zipfile.ZipFile(io.BytesIO(package.read_bytes()))
    with zipfile.ZipFile(tampered, "w", compression=zipfile.ZIP_STORED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("changes/"):
                data = data[:-1] + bytes([data[-1] ^ 1])  # one bit flipped in the changes
            out.writestr(name, data)
    garbage = tmp_path / "garbage.fieldsync"
    garbage.write_bytes(b"PK\x03\x04 this is no package")
    before = a.digest()
    page_a.import_packages([tampered, garbage])
    batch = page_a.batch
    assert batch is not None and len(batch.refused) == 2 and not batch.accepted
    outcomes = [page_a.files.index(row, page_a.files.column_of("outcome")).data() for row in range(2)]
    assert outcomes[0].startswith("отклонён: часть пакета") and "не совпадает" in outcomes[0]
    assert outcomes[1].startswith("отклонён: пакет повреждён")
    assert not page_a.ui.applyButton.isEnabled()
    assert "все файлы отклонены" in page_a.ui.importSummary.text()
    assert not error_boxes(page_a)  # a clear message in the table, never a traceback
    assert a.digest() == before

    # With one good file among them, the good one goes in and the bad one is listed with its reason.
    page_a.import_packages([package, tampered])
    assert page_a.batch is not None and len(page_a.batch.accepted) == 1 and len(page_a.batch.refused) == 1
    page_a.ui.applyButton.click()
    assert page_a.batch_applied
    assert [page_a.files.index(r, page_a.files.column_of("outcome")).data().split(":")[0] for r in range(2)] == [
        "загружен", "отклонён"]
    assert a.digest() != before and sync.list_conflicts(a.ctx)

    # The same package once more brings nothing: said so, and there is nothing to apply.
    after = a.digest()
    page_a.import_packages([package])
    assert page_a.batch is not None and len(page_a.batch.accepted) == 1 and page_a.batch.new_changes == 0
    assert page_a.files.index(0, page_a.files.column_of("outcome")).data() == "уже был загружен"
    assert not page_a.ui.applyButton.isEnabled()
    assert "уже есть в базе" in page_a.ui.importSummary.text()
    assert a.digest() == after


def test_devices_keys_and_a_revoked_laptop(laptops: dict[str, Laptop], make_page: object, tmp_path: Path,
                                           qtbot: QtBot) -> None:
    a, b, c = laptops["a"], laptops["b"], laptops["c"]
    page_b = make_page(b)  # type: ignore[operator]
    package = export(page_b, tmp_path / "usb")
    page_c = make_page(c)  # type: ignore[operator]
    info = page_c.overview.device  # type: ignore[union-attr]
    assert page_c.ui.deviceCodeValue.text() == info.code and page_c.ui.fingerprintValue.text() == info.fingerprint
    key_out = tmp_path / "c.fieldkey"
    assert page_c.export_key_to(key_out) and key_out.read_bytes() == info.key_file
    # c's own device first, then a's and b's enrolled keys; no packages from them yet.
    rows = page_c.devices.rows()
    assert rows[0].own and page_c.devices.index(0, page_c.devices.column_of("key")).data() == "свой ключ"
    assert rows[0].own and {r.device for r in rows[1:]} == {sync.this_device(x.ctx).device for x in (a, b)}
    last = page_c.devices.column_of("last")
    assert all(page_c.devices.index(r, last).data() == "пакетов не было" for r in range(1, len(rows)))

    # After b's package: its last package is listed with the time; then c revokes b's key, with a confirmation.
    preview_then_apply(page_c, [package])
    b_row = page_c.devices.row_of(sync.this_device(b.ctx).device)
    assert page_c.devices.index(b_row, last).data() != "пакетов не было"
    # Every change b numbered arrived: the count is b's own, nothing is missing.
    b_status = next(d for d in page_c.overview.devices if d.device == sync.this_device(b.ctx).device)  # type: ignore[union-attr]
    assert b_status.missing == () and b_status.received == b_status.max_seq > 0
    assert page_c.devices.index(b_row, page_c.devices.column_of("changes")).data() == str(b_status.max_seq)
    assert page_c.devices.index(b_row, page_c.devices.column_of("missing")).data() == "—"
    page_c.ui.tabs.setCurrentWidget(page_c.ui.devicesTab)
    page_c.ui.devicesView.selectRow(b_row)
    assert page_c.ui.revokeButton.isEnabled()
    box = page_c.ask_revoke()
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    b_row = page_c.devices.row_of(sync.this_device(b.ctx).device)
    assert page_c.devices.index(b_row, page_c.devices.column_of("key")).data().startswith("отозван")
    assert "отозван" in page_c.ui.keyHint.text()

    # b's next package is refused on c with the reason; c's digest stays as it was.
    tours.update_tour(b.ctx, tour_ids(b)[0], "ещё одна правка")
    newer = export(page_b, tmp_path / "usb2")
    before = c.digest()
    page_c.import_packages([newer])
    refused = page_c.batch.refused if page_c.batch else ()
    assert len(refused) == 1 and refused[0].refused is not None and refused[0].refused.code == "sync.pkg_revoked"
    assert "отозван" in page_c.files.index(0, page_c.files.column_of("outcome")).data()
    assert c.digest() == before

    # Enrolling a key file through the page: d's key, on c.
    d_key = laptops["d"].key
    assert page_c.enrol_key(d_key)
    assert page_c.devices.row_of(sync.this_device(laptops["d"].ctx).device) >= 0


def test_the_keyboard_exports_and_the_folder_is_remembered(laptops: dict[str, Laptop], make_page: object,
                                                          tmp_path: Path, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(laptops["a"])  # type: ignore[operator]
    usb = tmp_path / "usb"
    usb.mkdir()
    asked: list[str] = []

    def choose_folder(_parent: QWidget, _title: str, start: str) -> str:
        # The folder dialog is the system's: the test answers it as a user would.
        asked.append(start)
        return str(usb)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose_folder))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert page.last_export.path.parent == usb and page.last_export.path.exists()
    # A second export starts in the folder of the first, and does not overwrite it.
    first = page.last_export.path
    page.last_export = None
    # The progress dialog took the activation; offscreen there is no window manager to give it back.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert asked[-1] == str(usb) and page.last_export.path != first and first.exists()


def test_the_page_in_kazakh(laptops: dict[str, Laptop], make_page: object, tmp_path: Path) -> None:
    a, b = laptops["a"], laptops["b"]
    page_a, page_b = make_page(a), make_page(b)  # type: ignore[operator]
    page_a.import_packages([export(page_b, tmp_path / "usb")])
    page_a.ui.applyButton.click()
    i18n.switch_language("kk")
    QApplication.processEvents()  # LanguageChange is posted
    assert page_a.ui.exportButton.text() == "Өзгерістерді шығару…"
    assert page_a.ui.tabs.tabText(page_a.ui.tabs.indexOf(page_a.ui.conflictsTab)).endswith("(1)")
    assert page_a.conflicts.index(0, page_a.conflicts.column_of("kind")).data() == "сапар"
    assert page_a.files.index(0, page_a.files.column_of("outcome")).data() == "жүктелді"
    assert "Жаңартылған өрістер: сапар: 2." in page_a.ui.importSummary.text()


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, laptops: dict[str, Laptop],
                                          make_page: object, tmp_path: Path) -> None:
    a, b = laptops["a"], laptops["b"]
    page_a, page_b = make_page(a), make_page(b)  # type: ignore[operator]
    package = export(page_b, tmp_path / "usb")
    garbage = tmp_path / "garbage.fieldsync"
    garbage.write_bytes(b"nothing")
    page_a.import_packages([package, garbage])
    page_a.ui.applyButton.click()
    overview = load_overview(a.ctx)
    assert len(overview.conflicts) == 1
    conflicts = conflict_model()
    conflicts.set_rows(overview.conflicts)
    heads = HeadsModel()
    heads.set_review(overview.conflicts[0], overview.device.device)
    devices = device_model()
    devices.set_rows(device_rows(overview.device.device, overview.devices, overview.keys))
    files = FileTableModel()
    assert page_a.batch is not None
    files.set_outcomes(page_a.batch.files, applied=True)
    for model in (conflicts, heads, devices, files):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
    heads.set_review(None)
    qtmodeltester.check(heads, force_py=True)


def test_the_status_bar_follows_the_sync_state(make_window: object, laptops: dict[str, Laptop], tmp_path: Path,
                                               qtbot: QtBot, as_demo_coordinator: None) -> None:
    a = laptops["a"]
    a.db.close()  # the window opens the file itself
    window = make_window(a.path)  # type: ignore[operator]
    qtbot.waitUntil(lambda: getattr(window, "ctx", None) is not None)
    window.show_page("sync")
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.overview is not None and not page.loading)
    pending = page.overview.pending
    assert pending > 0
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Не выгружено"))
    (tmp_path / "usb").mkdir()
    page.export_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: window.sync_label.text() == "Все изменения выгружены", timeout=20_000)
    a.db = open_database(a.path)  # for the fixture's teardown


def test_an_office_key_ticked_on_the_page_may_send_back_the_merged_state(laptops: dict[str, Laptop],
                                                                        make_page: object, tmp_path: Path) -> None:
    """c, a coordinator, merged a's and b's packages; d takes c's merged package only once c's key is enrolled
    with «Ключ офиса координатора» ticked — enrolled as a plain laptop's, the package is refused with the reason."""
    a, b, c, d = (laptops[n] for n in "abcd")
    page_c = make_page(c)  # type: ignore[operator]
    preview_then_apply(page_c, [export(make_page(a), tmp_path / "ua"), export(make_page(b), tmp_path / "ub")])  # type: ignore[operator]
    assert page_c.enrol_key(d.key)  # c's package is encrypted for the devices c enrolled
    merged = export(page_c, tmp_path / "uc")
    page_d = make_page(d)  # type: ignore[operator]
    assert page_d.enrol_key(c.key)  # as a laptop: the box is not ticked
    before = d.digest()
    page_d.import_packages([merged])
    refused = page_d.batch.refused if page_d.batch else ()
    assert len(refused) == 1 and refused[0].refused is not None and refused[0].refused.code == "sync.pkg_foreign"
    assert d.digest() == before

    page_d.ui.officeCheck.setChecked(True)
    assert page_d.enrol_key(c.key)
    assert not page_d.ui.officeCheck.isChecked()  # the next key is a laptop's unless ticked again
    assert "офиса" in page_d.ui.keyHint.text()
    c_row = page_d.devices.row_of(sync.this_device(c.ctx).device)
    assert page_d.devices.index(c_row, page_d.devices.column_of("key")).data().endswith("(офис)")
    preview_then_apply(page_d, [merged])
    assert d.digest() == c.digest()


def entries(package: Path) -> list[str]:
    with zipfile.ZipFile(package) as zf:
        return zf.namelist()


def test_export_is_encrypted_for_the_enrolled_devices_unless_plain_is_ticked(laptops: dict[str, Laptop],
                                                                            make_page: object,
                                                                            tmp_path: Path) -> None:
    a, c = laptops["a"], laptops["c"]
    page = make_page(a)  # type: ignore[operator]
    ui = page.ui
    assert not ui.plainCheck.isChecked() and ui.plainWarningLabel.isHidden()
    assert ui.recipientsLabel.text() == "для всех зарегистрированных устройств"
    encrypted = export(page, tmp_path / "usb1")
    assert "keys.json" in entries(encrypted) and page.last_export is not None
    assert page.last_export.encrypted_for == 3 and ui.exportResultLabel.property("state") == "ok"
    assert "Зашифрован для получателей: 3." in ui.exportResultLabel.text()

    ui.plainCheck.setChecked(True)
    assert ui.plainWarningLabel.isVisible() and "любой, у кого окажется этот файл" in ui.plainWarningLabel.text()
    assert ui.recipientsLabel.text() == "без шифрования"
    plain = export(page, tmp_path / "usb2")
    assert "keys.json" not in entries(plain)
    assert "не зашифрован" in ui.exportResultLabel.text() and ui.exportResultLabel.property("state") == "warn"
    # Choosing recipients' keys unticks it: the package is encrypted for them only.
    page.set_recipients([c.key])
    assert not ui.plainCheck.isChecked() and ui.plainWarningLabel.isHidden()
    assert export(page, tmp_path / "usb3") and page.last_export.encrypted_for == 1
    # The plain package reads anywhere a's key is enrolled; the encrypted ones only at their recipients.
    before = c.digest()
    sync.import_packages(c.ctx, [plain])
    assert c.digest() != before


def test_a_laptop_that_enrolled_nobody_is_told_how_to_export(demo_file: Path, make_page: object, tmp_path: Path,
                                                            qtbot: QtBot) -> None:
    lone = Laptop(demo_file, tmp_path / "lone", "lone")
    try:
        page = make_page(lone)  # type: ignore[operator]
        (tmp_path / "usb").mkdir()
        task = page.export_to(tmp_path / "usb")
        assert task is not None and task.done and page.last_export is None
        text = page.ui.exportResultLabel.text()
        assert "нет ни одного зарегистрированного устройства" in text and "«Без шифрования»" in text
        assert page.ui.exportResultLabel.property("state") == "bad" and not error_boxes(page)
        assert list((tmp_path / "usb").iterdir()) == []
        page.ui.plainCheck.setChecked(True)
        package = export(page, tmp_path / "usb")
        assert "keys.json" not in entries(package)
    finally:
        lone.db.close()
