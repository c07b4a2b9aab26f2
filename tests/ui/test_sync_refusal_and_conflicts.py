"""Issue 18: a package refused because its device is not trusted is explained in full beside the result table, with
«Доверять ключу…» that enrols the key file and checks the files again; the status bar counts the open sync
conflicts and keeps the count current through the change notification. In ru and kk, from `fieldapp init` and the
services (never the demo)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.services import campaigns, sync, sync_overview, tours
from fieldapp.services.accounts import init_database
from fieldapp.services.context import Context
from fieldapp.services.sync_files import import_files
from fieldapp.services.sync_overview import open_conflicts
from fieldapp.storage.database import Database, open_database
from fieldapp.ui import i18n
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.pages.sync import SyncPage
from fieldapp.ui.workers import Runner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 10, 30)
TRUST = {"ru": "Доверять ключу…", "kk": "Кілтке сену…"}
COUNT = {"ru": "Конфликтов синхронизации: %1", "kk": "Синхрондау қайшылықтары: %1"}


@dataclass
class Laptop:
    db: Database
    ctx: Context
    key: Path


def open_laptop(path: Path, folder: Path) -> Laptop:
    db = open_database(path)
    ctx = Context(db=db, blobs=folder / f"{path.stem}-blobs", clock=lambda: NOW)
    key = folder / f"{path.stem}.fieldkey"
    sync.export_key(ctx, key)
    return Laptop(db, ctx, key)


@pytest.fixture
def office_and_field(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    """The office's file from `fieldapp init` with a campaign and a tour, and a laptop's copy of it (another path:
    another device). Yields both paths and the tour's id."""
    office = tmp_path / "office.db"
    init_database(office, "boss", "boss-pass", protected=False)
    db = open_database(office)
    ctx = Context(db=db, blobs=tmp_path / "blobs", clock=lambda: NOW)
    campaign = campaigns.create_campaign(ctx, "Мир и согласие", title_kk="Бейбітшілік және келісім")
    tour = tours.create_tour(ctx, campaign, "Жамбылский район, март")
    db.close()
    field = tmp_path / "field.db"
    shutil.copy(office, field)
    yield office, field, tour


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_an_untrusted_device_is_refused_in_full_and_trusted_from_the_page(
        qtbot: QtBot, office_and_field: tuple[Path, Path, str], tmp_path: Path, lang: str) -> None:
    office_path, field_path, tour = office_and_field
    office, field = open_laptop(office_path, tmp_path), open_laptop(field_path, tmp_path)
    try:
        tours.update_tour(field.ctx, tour, "Жамбылский район, март (уточнено)")
        (tmp_path / "usb").mkdir()
        package = tmp_path / "usb" / "field.fieldsync"
        package = sync.export_package(field.ctx, package, recipients=[office.key]).path
        i18n.switch_language(lang)
        page = SyncPage(Runner(synchronous=True))
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qtbot.waitExposed(page)
        page.set_context(office.ctx)
        page.import_packages([package])
        batch = page.batch
        assert batch is not None and len(batch.refused) == 1
        assert batch.refused[0].refused is not None
        assert batch.refused[0].refused.code == "sync.pkg_unknown_device"
        # In full beside the table, with the fix named as the page offers it, and no command line to type.
        assert page.ui.refusalBox.isVisible()
        assert page.ui.trustKeyButton.text() == TRUST[lang] and page.ui.trustKeyButton.isEnabled()
        reason = page.ui.refusalLabel.text()
        assert f"«{TRUST[lang]}»" in reason and "fieldapp sync" not in reason
        assert package.name in reason
        cell = page.files.index(0, page.files.column_of("outcome")).data()
        assert f"«{TRUST[lang]}»" in cell and "fieldapp sync" not in cell
        assert not page.ui.applyButton.isEnabled()

        assert page.trust_key(field.key)
        batch = page.batch
        assert batch is not None and not batch.refused and len(batch.accepted) == 1
        assert not page.ui.refusalBox.isVisible()
        page.ui.applyButton.click()
        assert page.batch_applied
        assert tours.get_tour(office.ctx, tour).title == "Жамбылский район, март (уточнено)"
    finally:
        office.db.close()
        field.db.close()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_status_bar_counts_the_open_conflicts(
        make_window: Callable[..., MainWindow], office_and_field: tuple[Path, Path, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, lang: str) -> None:
    office_path, field_path, tour = office_and_field
    monkeypatch.setenv("FIELDAPP_USER", "boss")
    monkeypatch.setenv("FIELDAPP_PASSWORD", "boss-pass")
    # The count is a query over the change log: the window runs it on its workers, never on the GUI thread.
    counted_on: list[threading.Thread] = []
    real_count = sync_overview.open_conflicts

    def open_conflicts_where(ctx: Context) -> int:
        counted_on.append(threading.current_thread())
        return real_count(ctx)

    monkeypatch.setattr(sync_overview, "open_conflicts", open_conflicts_where)
    window = make_window(office_path, lang, runner=Runner())
    ctx = window.ctx
    assert ctx is not None
    qtbot.waitUntil(lambda: window.conflicts == 0)
    assert window.conflict_label.isHidden()
    office_key = tmp_path / "office.fieldkey"
    sync.export_key(ctx, office_key)
    field = open_laptop(field_path, tmp_path)
    try:
        sync.enrol(ctx, field.key)
        sync.enrol(field.ctx, office_key)
        tours.update_tour(ctx, tour, "Жамбылский район (офис)")
        tours.update_tour(field.ctx, tour, "Жамбылский район (ноутбук)")
        (tmp_path / "usb").mkdir()
        package = tmp_path / "usb" / "field.fieldsync"
        package = sync.export_package(field.ctx, package).path
        import_files(ctx, [package])
        assert open_conflicts(ctx) == 1
        # No refresh asked for: the commit's notification brings the count.
        expected = COUNT[lang].replace("%1", "1")
        qtbot.waitUntil(lambda: not window.conflict_label.isHidden() and expected in window.conflict_label.text())
        window.conflict_label.linkActivated.emit("sync")
        assert window.current_page_key() == "sync"
        conflict = sync.list_conflicts(ctx)[0]
        sync.resolve_conflict(ctx, conflict.table, conflict.row_id, conflict.field, value="Жамбылский район")
        qtbot.waitUntil(lambda: bool(window.conflict_label.isHidden()))
        assert window.conflicts == 0
        assert counted_on and threading.main_thread() not in counted_on
    finally:
        field.db.close()
