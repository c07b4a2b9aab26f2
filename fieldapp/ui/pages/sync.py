"""The Sync page: export this laptop's changes to a folder or a USB stick, import colleagues' package files (a file
dialog or drag and drop) through a preview, review conflicting edits side by side and end them, and manage the
devices whose packages are accepted. What is exported, merged or refused is the sync services' business."""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.domain.ids import device_code
from fieldapp.services import sync
from fieldapp.services.context import Context
from fieldapp.services.sync import ExportSummary
from fieldapp.services.sync_files import BatchResult, import_files, preview_files
from fieldapp.services.sync_overview import ConflictReview, SyncOverview, load_overview, resolve_typed
from fieldapp.sync.package import SUFFIX
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_sync import Ui_SyncPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.sync_models import (
    FIXED_BY_ENROLMENT,
    ID_ROLE,
    DeviceRow,
    FileTableModel,
    HeadsModel,
    conflict_model,
    device_label,
    device_model,
    device_rows,
    field_label,
    ranges_text,
    record_label,
    refusal_text,
    summary_counts,
    table_label,
    utc_text,
    value_text,
)
from fieldapp.ui.widgets import file_dialogs
from fieldapp.ui.widgets.access import guard, refusal
from fieldapp.ui.widgets.columns import WrappedRows
from fieldapp.ui.widgets.common import button_shortcuts, set_state, show_number
from fieldapp.ui.workers import Runner, Task, run_with_progress

log = logging.getLogger(__name__)

KEY_SUFFIX = ".fieldkey"


def package_name(own: str, for_device: str | None, stamp: str) -> str:
    """«fieldapp-8M3ZJ-2026-03-02-1030.fieldsync»: whose changes, for whom, when — readable on a USB stick."""
    who = device_code(own)
    target = f"-for-{device_code(for_device)}" if for_device else ""
    return f"fieldapp-{who}{target}-{stamp}{SUFFIX}"


def free_path(folder: Path, name: str) -> Path:
    """`folder / name`, numbered when a file of that name is already there (two exports in one minute)."""
    path = folder / name
    number = 2
    while path.exists():
        stem = name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name
        path = folder / f"{stem}-{number}{SUFFIX}"
        number += 1
    return path


class SyncPage(QWidget):
    syncStateChanged = Signal(int)  # own changes not exported yet, for the status bar

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.setObjectName("page_sync")
        self.setAcceptDrops(True)
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self.overview: SyncOverview | None = None
        self.batch: BatchResult | None = None  # the preview or the result on show
        self.batch_paths: tuple[Path, ...] = ()
        self.batch_applied = False
        self.last_export: ExportSummary | None = None
        self.recipients: tuple[Path, ...] = ()
        self.task: Task | None = None
        self.revoke_box: QMessageBox | None = None
        self._keep_conflict: str | None = None
        self._resolved_text = ""

        self.files = FileTableModel(self)
        self.conflicts = conflict_model(self)
        self.heads = HeadsModel(self)
        self.devices = device_model(self)
        for view, model in ((self.ui.filesView, self.files), (self.ui.conflictsView, self.conflicts),
                            (self.ui.devicesView, self.devices), (self.ui.headsView, self.heads)):
            view.setModel(model)
            self._style_table(view)
        self.file_rows = WrappedRows(self.ui.filesView)  # a long file name or refusal wraps, the row grows
        self.ui.headsView.verticalHeader().setVisible(True)
        self.ui.headsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.headsView.setWordWrap(True)
        self.ui.conflictsSplitter.setStretchFactor(0, 3)
        self.ui.conflictsSplitter.setStretchFactor(1, 2)
        self.ui.conflictsSplitter.setSizes([560, 440])
        self._button_shortcuts = button_shortcuts(
            self, (self.ui.exportButton, "Ctrl+E"), (self.ui.importButton, "Ctrl+I"), (self.ui.refreshButton, "F5"),
            (self.ui.applyButton, "Ctrl+Return"))
        self._connect()
        self._show_batch()
        self._show_export()
        self._show_recipients()
        self._show_overview()

    @staticmethod
    def _style_table(view: QTableView) -> None:
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        view.verticalHeader().setVisible(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.exportButton.clicked.connect(self.export_changes)
        ui.importButton.clicked.connect(self.choose_packages)
        ui.refreshButton.clicked.connect(self.reload)
        ui.recipientsButton.clicked.connect(self.choose_recipients)
        ui.everyoneButton.clicked.connect(lambda: self.set_recipients(()))
        ui.plainCheck.toggled.connect(self._plain_toggled)
        ui.showFolderButton.clicked.connect(self.show_export_folder)
        ui.applyButton.clicked.connect(self.apply_import)
        ui.discardButton.clicked.connect(self.discard_import)
        ui.conflictsLinkButton.clicked.connect(lambda: ui.tabs.setCurrentWidget(ui.conflictsTab))
        ui.conflictsView.selectionModel().selectionChanged.connect(self._conflict_selected)
        ui.headsView.selectionModel().selectionChanged.connect(self._head_selected)
        ui.pickButton.clicked.connect(self.keep_selected_value)
        ui.writeValueButton.clicked.connect(self.write_new_value)
        ui.newValueEdit.returnPressed.connect(self.write_new_value)
        ui.newValueEdit.textChanged.connect(lambda _t: self._update_resolve_buttons())
        ui.exportKeyButton.clicked.connect(self.choose_key_output)
        ui.enrolButton.clicked.connect(self.choose_key_to_enrol)
        ui.trustKeyButton.clicked.connect(self.trust_key_of_refused)
        ui.revokeButton.clicked.connect(self.ask_revoke)
        ui.devicesView.selectionModel().selectionChanged.connect(lambda *_a: self._update_device_buttons())

    # -- loading --------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _context(self) -> Context | None:
        return None if self._ctx is None else dataclasses.replace(self._ctx, lang=current_language())

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.overview = None
        self.last_export = None
        self.recipients = ()
        self.ui.plainCheck.setChecked(False)  # another database: encrypted again, whatever was chosen before
        self._resolved_text = ""
        self.discard_import()
        self._show_export()
        self._show_recipients()
        self._update_device_buttons()
        self._update_resolve_buttons()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        ctx = self._context()
        if ctx is None:
            self._pending = False
            self.overview = None
            self._show_overview()
            return
        self._keep_conflict = self.current_conflict_id() or self._keep_conflict
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_overview(ctx, progress, cancel)),
                           on_result=self._on_loaded, on_error=self._load_failed)

    # Bound methods, not lambdas: Qt drops a finished job's delivery to a page that is gone.
    def _on_loaded(self, result: tuple[int, SyncOverview]) -> None:
        generation, overview = result
        if generation != self._generation:
            return
        self._pending = False
        self.overview = overview
        self._show_overview()
        self.syncStateChanged.emit(overview.pending)

    def _load_failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    # -- what the page shows --------------------------------------------------------------------------------------

    def _show_overview(self) -> None:
        ui, overview = self.ui, self.overview
        reviews = overview.conflicts if overview is not None else ()
        own = overview.device.device if overview is not None else ""
        rows = device_rows(own, overview.devices, overview.keys) if overview is not None else []
        keep = self._keep_conflict
        self.conflicts.set_rows(reviews)
        self.devices.set_rows(rows)
        ui.conflictsView.resizeColumnsToContents()
        ui.devicesView.resizeColumnsToContents()
        for view, widest in ((ui.conflictsView, 220), (ui.devicesView, 240)):
            for column in range(view.model().columnCount() - 1):
                view.setColumnWidth(column, min(view.columnWidth(column), widest))
        ui.tabs.setTabText(ui.tabs.indexOf(ui.conflictsTab),
                           self.tr("Конфликты (%1)").replace("%1", show_number(len(reviews))) if reviews
                           else self.tr("Конфликты"))
        ui.tabs.setTabText(ui.tabs.indexOf(ui.devicesTab),
                           self.tr("Устройства (%1)").replace("%1", show_number(len(rows))) if rows
                           else self.tr("Устройства"))
        self._show_state()
        self._show_device()
        self._fill_for_device(rows)
        self._update_device_buttons()
        if reviews:
            ui.conflictsHint.setText(self.tr("Одно и то же поле изменили на разных устройствах. Выберите строку, "
                                             "сравните варианты и оставьте верный или введите новое значение: "
                                             "решение уйдёт на другие устройства со следующим пакетом."))
            why = refusal(self._ctx, "sync.resolve")
            if why:
                ui.conflictsHint.setText(ui.conflictsHint.text() + "\n" + why)
            set_state(ui.conflictsHint, "warn")
        else:
            ui.conflictsHint.setText(self.tr("Конфликтов нет: все правки с разных устройств совпали или "
                                             "касались разных полей."))
            set_state(ui.conflictsHint, "ok")
        row = self.conflicts.row_of(keep) if keep else -1
        if row < 0 and reviews:
            row = 0
        if row >= 0:
            self.ui.conflictsView.selectRow(row)
        self._conflict_selected()

    def _show_state(self) -> None:
        ui, overview = self.ui, self.overview
        if overview is None:
            ui.stateLabel.setText("")
            ui.overviewLabel.setText("")
            ui.conflictsLinkButton.setVisible(False)
            return
        parts = [self.tr("Не выгружено изменений: %1").replace("%1", show_number(overview.pending))
                 if overview.pending else self.tr("Все изменения выгружены")]
        if overview.conflicts:
            parts.append(self.tr("конфликтов: %1").replace("%1", show_number(len(overview.conflicts))))
        ui.stateLabel.setText(" · ".join(parts))
        set_state(ui.stateLabel, "warn" if overview.conflicts else "")
        lines: list[tuple[str, str]] = []
        if overview.pending:
            lines.append((self.tr("Изменений этой базы, ещё не выгруженных: %1. Нажмите «Выгрузить изменения…» и "
                                  "передайте файл координатору.").replace("%1", show_number(overview.pending)), ""))
        else:
            lines.append((self.tr("Все изменения этой базы уже выгружены."), "ok"))
        received = [d for d in overview.devices if d.last_package_at and d.device != overview.device.device]
        if received:
            latest = max(received, key=lambda d: d.last_package_at or "")
            lines.append((self.tr("Загружены пакеты от устройств: %1. Последний — от %2, %3.")
                           .replace("%1", show_number(len(received))).replace("%2", device_label(latest.device))
                           .replace("%3", utc_text(latest.last_package_at)), ""))
        else:
            lines.append((self.tr("Пакетов от других устройств ещё не было."), ""))
        if overview.conflicts:
            lines.append((self.tr("Открытых конфликтов: %1 — разберите их на вкладке «Конфликты».")
                          .replace("%1", show_number(len(overview.conflicts))), "warn"))
        for device in overview.devices:
            if device.missing:
                lines.append((self.missing_text(device.device, device.missing), "warn"))
        colours = {"ok": "#2e7d32", "warn": "#a15c00", "": "#1f2933"}
        ui.overviewLabel.setText("".join(f'<p style="color:{colours[state]}">{html.escape(text)}</p>'
                                         for text, state in lines))
        ui.conflictsLinkButton.setVisible(bool(overview.conflicts))

    def missing_text(self, device: str, ranges: Sequence[tuple[int, int]]) -> str:
        return (self.tr("Недостаёт изменений %1 устройства %2: попросите его выгрузить изменения ещё раз.")
                .replace("%1", ranges_text(ranges)).replace("%2", device_label(device)))

    def _show_device(self) -> None:
        ui, overview = self.ui, self.overview
        info = overview.device if overview is not None else None
        ui.deviceCodeValue.setText(info.code if info else "—")
        ui.deviceIdValue.setText(info.device if info else "—")
        ui.fingerprintValue.setText(info.fingerprint if info else "—")
        ui.exportKeyButton.setEnabled(info is not None)
        missing = [self.missing_text(d.device, d.missing) for d in overview.devices if d.missing] if overview else []
        ui.missingLabel.setText("\n".join(missing))
        ui.missingLabel.setVisible(bool(missing))
        set_state(ui.missingLabel, "warn")

    def _fill_for_device(self, rows: Sequence[DeviceRow]) -> None:
        combo = self.ui.forDeviceCombo
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("всё, что есть в этой базе"), None)
            # Only devices whose packages came in: what they already have is known from their last package.
            for row in rows:
                if not row.own and row.status is not None and row.status.last_package_id:
                    label = self.tr("только то, чего нет у устройства %1").replace("%1", device_label(row.device))
                    combo.addItem(label, row.device)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)
        combo.setEnabled(combo.count() > 1)

    # -- export ---------------------------------------------------------------------------------------------------

    def export_changes(self) -> None:
        """Ask for a folder (a USB stick), then write the package there."""
        if self._ctx is None or self.busy:
            return
        folder = file_dialogs.choose_folder(self, file_dialogs.PACKAGES_OUT, self.tr("Куда выгрузить изменения"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> Task | None:
        """Write the package into `folder` on a worker behind a progress dialog; the name says whose and when."""
        ctx = self._context()
        if ctx is None or self.busy:
            return None
        file_dialogs.remember_folder(file_dialogs.PACKAGES_OUT, folder)  # a dropped folder counts as chosen
        own = self.overview.device.device if self.overview is not None else sync.this_device(ctx).device
        for_device = self.ui.forDeviceCombo.currentData()
        out = free_path(folder, package_name(own, for_device, ctx.clock().strftime("%Y-%m-%d-%H%M")))
        recipients = self.recipients
        plain = self.ui.plainCheck.isChecked()
        self.last_export = None
        self._show_export()
        self.ui.tabs.setCurrentWidget(self.ui.exchangeTab)  # where the result will be said
        self.ui.exportButton.setEnabled(False)
        log.info("exporting a sync package%s", " for one device" if for_device else "")
        self.task = run_with_progress(
            self._runner, self.window(), self.tr("Выгрузка изменений…"),
            lambda progress, cancel: sync.export_package(ctx, out, recipients=recipients, for_device=for_device,
                                                         plain=plain, progress=progress, cancel=cancel),
            on_result=self._exported, on_error=self._export_failed, on_cancelled=self._export_cancelled)
        return self.task

    def _exported(self, summary: ExportSummary) -> None:
        self.ui.exportButton.setEnabled(True)
        self.last_export = summary
        self._show_export()
        self.reload()  # what waits for an export is now 0

    def _export_failed(self, exc: BaseException) -> None:
        self.ui.exportButton.setEnabled(True)
        self.ui.exportResultLabel.setText(self.tr("Пакет не записан."))
        set_state(self.ui.exportResultLabel, "bad")
        if isinstance(exc, OSError):
            self._unwritable(Path(exc.filename or ""), exc)
        elif isinstance(exc, DomainError) and exc.code == "sync.no_recipients":
            # Said where the choice is made, in the page's words (the service's names the command-line option).
            self.ui.exportResultLabel.setText(self.tr(
                "Пакет не записан: нет ни одного зарегистрированного устройства, для которого его можно зашифровать. "
                "Зарегистрируйте ключ устройства на вкладке «Устройства» или отметьте «Без шифрования»."))
        else:
            report(self.window(), exc)

    def _unwritable(self, path: Path, exc: OSError) -> QMessageBox:
        """A full or write-protected USB stick is the user's to fix: say so, not as a program error."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Файл не записан"),
                          self.tr("Не удалось записать файл %1: %2. Проверьте, что флешка вставлена, не защищена от "
                                  "записи и на ней есть место, или выберите другую папку.")
                          .replace("%1", str(path)).replace("%2", exc.strerror or type(exc).__name__),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("unwritableBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _export_cancelled(self) -> None:
        self.ui.exportButton.setEnabled(True)
        self.ui.exportResultLabel.setText(self.tr("Выгрузка отменена — файл не записан."))
        set_state(self.ui.exportResultLabel, "warn")

    def _show_export(self) -> None:
        ui, summary = self.ui, self.last_export
        ui.showFolderButton.setVisible(summary is not None)
        if summary is None:
            ui.exportResultLabel.setText(self.tr("Пакет — один файл .fieldsync: его можно записать на флешку или "
                                                 "отправить. Повторная загрузка того же пакета ничего не меняет."))
            set_state(ui.exportResultLabel, "")
            return
        size = max(1, round(summary.size / 1024))
        text = (self.tr("Пакет записан: %1 — изменений: %2, фото: %3, %4 КБ.")
                .replace("%1", str(summary.path)).replace("%2", show_number(summary.changes))
                .replace("%3", show_number(summary.blobs)).replace("%4", show_number(size)))
        if summary.encrypted_for:
            text += " " + self.tr("Зашифрован для получателей: %1.").replace("%1", show_number(summary.encrypted_for))
        else:
            text += " " + self.tr("Пакет не зашифрован: любой, у кого окажется этот файл, может прочитать его.")
        ui.exportResultLabel.setText(text)
        set_state(ui.exportResultLabel, "ok" if summary.encrypted_for else "warn")

    def show_export_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))

    def choose_recipients(self) -> None:
        paths = file_dialogs.open_files(self, file_dialogs.KEYS, self.tr("Ключи получателей"), self._key_filter())
        if paths:
            self.set_recipients(paths)

    def set_recipients(self, paths: Sequence[Path]) -> None:
        """Encrypt the next packages for the devices of these key files only (none: for every enrolled device)."""
        self.recipients = tuple(paths)
        if self.recipients:
            self.ui.plainCheck.setChecked(False)
        self._show_recipients()

    def _plain_toggled(self, plain: bool) -> None:
        if plain:
            self.recipients = ()
        self._show_recipients()

    def _show_recipients(self) -> None:
        ui = self.ui
        plain = ui.plainCheck.isChecked()
        if plain:
            ui.recipientsLabel.setText(self.tr("без шифрования"))
        elif self.recipients:
            ui.recipientsLabel.setText(self.tr("только для: %1").replace("%1", ", ".join(p.name for p in
                                                                                          self.recipients)))
        else:
            ui.recipientsLabel.setText(self.tr("для всех зарегистрированных устройств"))
        ui.everyoneButton.setVisible(bool(self.recipients))
        ui.plainWarningLabel.setVisible(plain)
        set_state(ui.plainWarningLabel, "warn" if plain else "")

    def _key_filter(self) -> str:
        return self.tr("Файлы ключей (*.fieldkey *.key *.json);;Все файлы (*)")

    # -- import ---------------------------------------------------------------------------------------------------

    def choose_packages(self) -> None:
        if self._ctx is None or self.busy:
            return
        paths = file_dialogs.open_files(self, file_dialogs.PACKAGES_IN, self.tr("Пакеты для загрузки"),
                                        self.tr("Пакеты синхронизации (*.fieldsync);;Все файлы (*)"))
        if paths:
            self.import_packages(paths)

    def import_packages(self, paths: Sequence[Path]) -> Task | None:
        """First step of an import: a preview of what these files would change; nothing is written yet."""
        ctx = self._context()
        if ctx is None or self.busy or not paths:
            return None
        files = tuple(dict.fromkeys(Path(p) for p in paths))
        file_dialogs.remember_folder(file_dialogs.PACKAGES_IN, files[0])  # dropped files count as chosen
        self.ui.tabs.setCurrentWidget(self.ui.exchangeTab)
        log.info("previewing %d sync package file(s)", len(files))
        self.task = run_with_progress(
            self._runner, self.window(), self.tr("Проверка пакетов…"),
            lambda progress, cancel: preview_files(ctx, files, progress=progress, cancel=cancel),
            on_result=lambda result: self._batch_ready(files, result, applied=False),
            on_error=self._import_failed)
        return self.task

    def apply_import(self) -> Task | None:
        """Second step: write the previewed files (the refused ones stay out) on a worker behind a progress dialog."""
        ctx = self._context()
        batch = self.batch
        if ctx is None or self.busy or batch is None or self.batch_applied or not batch.accepted:
            return None
        files = tuple(Path(f.name) for f in batch.accepted)
        self.ui.applyButton.setEnabled(False)
        log.info("importing %d sync package file(s)", len(files))
        self.task = run_with_progress(
            self._runner, self.window(), self.tr("Загрузка пакетов…"),
            lambda progress, cancel: import_files(ctx, files, progress=progress, cancel=cancel),
            on_result=lambda result: self._imported(files, result),
            on_error=self._import_failed, on_cancelled=self._import_cancelled)
        return self.task

    def _batch_ready(self, files: tuple[Path, ...], result: BatchResult, *, applied: bool) -> None:
        self.batch_paths = files
        self.batch = result
        self.batch_applied = applied
        self._show_batch()

    def _imported(self, files: tuple[Path, ...], result: BatchResult) -> None:
        refused = self.batch.refused if self.batch is not None else ()
        # The files refused at the preview stay listed with their reason beside what went in.
        shown = dataclasses.replace(result, files=result.files + tuple(f for f in refused
                                                                         if f.name not in {x.name for x in
                                                                                           result.files}))
        self._batch_ready(files, shown, applied=True)
        self.reload()

    def _import_failed(self, exc: BaseException) -> None:
        self._show_batch()
        report(self.window(), exc)

    def _import_cancelled(self) -> None:
        self._show_batch()
        self.ui.importSummary.setText(self.tr("Загрузка отменена — база не изменилась."))
        set_state(self.ui.importSummary, "warn")

    def discard_import(self) -> None:
        self.batch = None
        self.batch_paths = ()
        self.batch_applied = False
        self._show_batch()

    def _show_batch(self) -> None:
        ui, batch = self.ui, self.batch
        if batch is None:
            self.files.set_outcomes((), applied=False)
            ui.importStack.setCurrentWidget(ui.idlePage)
            ui.dropLabel.setText(self.tr("Перетащите сюда файлы .fieldsync от коллег или нажмите «Загрузить "
                                         "пакеты…». Сначала будет показано, что изменится; в базу ничего не "
                                         "запишется, пока вы не нажмёте «Применить»."))
            return
        ui.importStack.setCurrentWidget(ui.previewPage)
        self.files.set_outcomes(batch.files, applied=self.batch_applied)
        # The reason of a refusal is read in full: the outcome column wraps, its row grows.
        self.file_rows.fit({0: 300, self.files.column_of("outcome"): 360})
        self._show_refusal_fix(batch)
        accepted, refused = batch.accepted, batch.refused
        if self.batch_applied:
            ui.importTitle.setText(self.tr("Загружено файлов: %1 из %2").replace("%1", show_number(len(accepted)))
                                   .replace("%2", show_number(len(batch.files))))
        else:
            ui.importTitle.setText(self.tr("Предварительный просмотр: в базу ещё ничего не записано"))
        ui.importSummary.setText(self._batch_summary(batch))
        set_state(ui.importSummary, "bad" if refused and not accepted else "warn" if refused or batch.new_conflicts
                  else "ok")
        ui.applyButton.setVisible(not self.batch_applied)
        ui.applyButton.setEnabled(batch.applicable and not self.batch_applied)
        ui.discardButton.setText(self.tr("Закрыть") if self.batch_applied else self.tr("Отменить"))

    def _show_refusal_fix(self, batch: BatchResult | None) -> None:
        """Beside the table: each refusal that trusting a key ends, in full, with the button that does it."""
        ui = self.ui
        fixable = [f for f in (batch.refused if batch is not None else ())
                   if f.refused is not None and f.refused.code in FIXED_BY_ENROLMENT]
        ui.refusalBox.setVisible(bool(fixable))
        ui.refusalLabel.setText("\n".join(f"{Path(f.name).name}: {refusal_text(f)}" for f in fixable))
        set_state(ui.refusalLabel, "bad" if fixable else "")
        guard(ui.trustKeyButton, self._ctx, "device.enrol")

    def trust_key_of_refused(self) -> None:
        """«Доверять ключу…»: enrol the key file the user picks (as «Зарегистрировать ключ…» does), then check the
        same files again, so that the packages it refused are previewed anew."""
        if self._ctx is None:
            return
        path = file_dialogs.open_file(self, file_dialogs.KEYS, self.tr("Файл ключа устройства"), self._key_filter())
        if path is not None:
            self.trust_key(path)

    def trust_key(self, path: Path) -> bool:
        """Enrol `path` and preview the files of the import again."""
        if not self.enrol_key(path):
            return False
        if self.batch_paths:
            self.import_packages(self.batch_paths)
        return True

    def _batch_summary(self, batch: BatchResult) -> str:
        applied = self.batch_applied
        lines = []
        rows, updates = batch.total_rows(), batch.total_updates()
        if not batch.accepted:
            lines.append(self.tr("Загружать нечего: все файлы отклонены, база не изменится."))
        elif batch.new_changes == 0:
            lines.append(self.tr("Всё из этих файлов уже есть в базе: ничего не изменится."))
        else:
            added = summary_counts(rows) or "0"
            lines.append((self.tr("Добавлено записей: %1.") if applied else self.tr("Будет добавлено записей: %1."))
                         .replace("%1", added))
            lines.append((self.tr("Обновлено полей: %1.") if applied else self.tr("Будет обновлено полей: %1."))
                         .replace("%1", summary_counts(updates) or "0"))
        if batch.new_conflicts:
            lines.append((self.tr("Новых конфликтов: %1 — разберите их на вкладке «Конфликты».") if applied
                          else self.tr("Новых конфликтов: %1.")).replace("%1", show_number(len(batch.new_conflicts))))
        if batch.refused:
            lines.append((self.tr("Отклонено файлов: %1 — они не загружены, причина в таблице.") if applied
                          else self.tr("Отклонено файлов: %1 — они не будут загружены, причина в таблице."))
                         .replace("%1", show_number(len(batch.refused))))
        for device, ranges in batch.gaps.items():
            lines.append(self.missing_text(device, ranges))
        if batch.renewed_device:
            lines.append(self.tr("Эта база оказалась старой копией: дальше она работает как новое устройство."))
        return "\n".join(lines)

    # Drag and drop of package files anywhere on the page.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._ctx is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and self._ctx is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not files or self._ctx is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_packages(files)

    # -- conflicts ------------------------------------------------------------------------------------------------

    def current_conflict_id(self) -> str | None:
        index = self.ui.conflictsView.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_conflict(self) -> ConflictReview | None:
        index = self.ui.conflictsView.currentIndex()
        return self.conflicts.row_at(index.row()) if index.isValid() else None

    def _conflict_selected(self, *_args: QItemSelection) -> None:
        ui, review = self.ui, self.current_conflict()
        own = self.overview.device.device if self.overview is not None else None
        self.heads.set_review(review, own)
        if review is not None:
            self._keep_conflict = ":".join(review.key)
            ui.conflictTitle.setText(self.tr("%1: поле «%2»").replace("%1", table_label(review.conflict.table)
                                                                    .capitalize())
                                     .replace("%2", field_label(review.conflict.field)))
            ui.conflictRecord.setText(self.tr("Запись: %1. Зелёным отмечено значение, которое показано сейчас.")
                                      .replace("%1", record_label(review)))
            ui.headsView.resizeRowsToContents()
        else:
            ui.conflictTitle.setText(self.tr("Конфликт не выбран"))
            ui.conflictRecord.setText("")
        ui.newValueEdit.clear()
        ui.resolvedLabel.setText(self._resolved_text)
        set_state(ui.resolvedLabel, "ok")
        for widget in (ui.headsView, ui.pickButton, ui.newValueLabel, ui.newValueEdit, ui.writeValueButton):
            widget.setEnabled(review is not None)
        self._update_resolve_buttons()

    def _head_selected(self, *_args: QItemSelection) -> None:
        self._update_resolve_buttons()

    def selected_head_column(self) -> int:
        columns = self.ui.headsView.selectionModel().selectedColumns()
        return columns[0].column() if columns else -1

    def select_head(self, column: int) -> None:
        self.ui.headsView.selectColumn(column)

    def _update_resolve_buttons(self) -> None:
        has = self.current_conflict() is not None
        # Ending a conflict is a coordinator's: other roles see the values, the buttons disabled and why.
        ctx = self._ctx
        guard(self.ui.pickButton, ctx, "sync.resolve", enabled=has and self.selected_head_column() >= 0)
        guard(self.ui.writeValueButton, ctx, "sync.resolve",
              enabled=has and bool(self.ui.newValueEdit.text().strip()))
        guard(self.ui.newValueEdit, ctx, "sync.resolve", enabled=has)

    def keep_selected_value(self) -> bool:
        review, column = self.current_conflict(), self.selected_head_column()
        if review is None or column < 0:
            return False
        head = self.heads.head(column)
        return self._resolve(review, pick=f"{head.change[0]}:{head.change[1]}", shown=value_text(head.value))

    def write_new_value(self) -> bool:
        review, text = self.current_conflict(), self.ui.newValueEdit.text()
        if review is None or not text.strip():
            return False
        return self._resolve(review, text=text, shown=" ".join(text.split()))

    def _resolve(self, review: ConflictReview, *, pick: str | None = None, text: str | None = None,
                 shown: str) -> bool:
        ctx = self._context()
        if ctx is None:
            return False
        table, row_id, field = review.key
        try:
            # Synchronous: one change written in milliseconds.
            resolve_typed(ctx, table, row_id, field, pick=pick, text=text)
        except Exception as exc:  # a refused value gets its message, a bug the exception dialog
            report(self.window(), exc)
            return False
        log.info("conflict resolved (%s.%s)", table, field)
        self._resolved_text = (self.tr("Конфликт разрешён: «%1» — %2.").replace("%1", field_label(field))
                               .replace("%2", shown))
        self._keep_conflict = None
        self.reload()
        return True

    # -- devices --------------------------------------------------------------------------------------------------

    def current_device(self) -> DeviceRow | None:
        index = self.ui.devicesView.currentIndex()
        return self.devices.row_at(index.row()) if index.isValid() else None

    def _update_device_buttons(self) -> None:
        row = self.current_device()
        ctx = self._ctx
        guard(self.ui.enrolButton, ctx, "device.enrol")
        guard(self.ui.officeCheck, ctx, "device.enrol")
        guard(self.ui.revokeButton, ctx, "device.revoke", enabled=row is not None and not row.own
              and row.key is not None and row.key.revoked_at is None)

    def choose_key_output(self) -> None:
        ctx = self._context()
        if ctx is None or self.overview is None:
            return
        path, _ = file_dialogs.save_file(self, file_dialogs.KEYS, self.tr("Сохранить файл ключа"),
                                         f"fieldapp-{self.overview.device.code}{KEY_SUFFIX}", self._key_filter())
        if path is not None:
            self.export_key_to(path)

    def export_key_to(self, path: Path) -> bool:
        ctx = self._context()
        if ctx is None:
            return False
        try:
            sync.export_key(ctx, path)
        except OSError as exc:
            self._unwritable(path, exc)
            return False
        except DomainError as exc:
            report(self.window(), exc)
            return False
        file_dialogs.remember_folder(file_dialogs.KEYS, path)
        self.ui.keyHint.setText(self.tr("Файл ключа сохранён: %1. Передайте его коллегам: их программа будет "
                                        "принимать пакеты этого устройства.").replace("%1", str(path)))
        set_state(self.ui.keyHint, "ok")
        return True

    def choose_key_to_enrol(self) -> None:
        if self._ctx is None:
            return
        path = file_dialogs.open_file(self, file_dialogs.KEYS, self.tr("Файл ключа устройства"), self._key_filter())
        if path is not None:
            self.enrol_key(path)

    def enrol_key(self, path: Path) -> bool:
        ctx = self._context()
        if ctx is None:
            return False
        try:
            fingerprint = sync.enrol(ctx, path, office=self.ui.officeCheck.isChecked())
        except DomainError as exc:
            report(self.window(), exc)
            return False
        file_dialogs.remember_folder(file_dialogs.KEYS, path)
        if self.ui.officeCheck.isChecked():
            text = self.tr("Ключ офиса %1 зарегистрирован: его пакеты будут приниматься вместе с собранными в нём "
                           "данными других устройств.")
        else:
            text = self.tr("Ключ %1 зарегистрирован: пакеты этого устройства будут приниматься.")
        self.ui.keyHint.setText(text.replace("%1", fingerprint[:16]))
        self.ui.officeCheck.setChecked(False)  # each office key is marked on purpose, never by a leftover tick
        set_state(self.ui.keyHint, "ok")
        self.reload()
        return True

    def ask_revoke(self) -> QMessageBox | None:
        """Ask before revoking: packages signed with that key are refused from then on."""
        row = self.current_device()
        if row is None or row.key is None or row.own:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Отозвать ключ"),
                          self.tr("Больше не принимать пакеты устройства %1 (ключ %2)? Уже загруженные данные "
                                  "останутся.").replace("%1", device_label(row.device))
                          .replace("%2", row.key.fingerprint[:16]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("revokeBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fingerprint = row.key.fingerprint
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.revoke_key(fingerprint))
        box.open()
        self.revoke_box = box
        return box

    def revoke_key(self, fingerprint: str) -> bool:
        ctx = self._context()
        if ctx is None:
            return False
        try:
            sync.revoke(ctx, fingerprint)
        except DomainError as exc:
            report(self.window(), exc)
            return False
        self.ui.keyHint.setText(self.tr("Ключ %1 отозван: пакеты, подписанные им, больше не принимаются.")
                                .replace("%1", fingerprint[:16]))
        set_state(self.ui.keyHint, "warn")
        self.reload()
        return True

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            key_hint = self.ui.keyHint.text()
            self.ui.retranslateUi(self)
            self.ui.keyHint.setText(key_hint)
            for model in (self.conflicts, self.devices, self.files):
                model.retranslate()
            self.heads.set_review(self.current_conflict(), self.overview.device.device if self.overview else None)
            self._show_overview()
            self._show_batch()
            self._show_export()
            self._show_recipients()
        super().changeEvent(event)

