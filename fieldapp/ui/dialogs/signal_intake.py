"""The preview of signals read from photos and chat exports (services/signal_intake.py): one row per proposed
signal with its photo, where it is placed and by what, when it came, who sent it and what they wrote. Rows are
merged (several photos of one wall into one signal), dropped, or placed by hand by pasting coordinates or a map
link; the files skipped are listed by name. «Создать сигналы» writes them all in one transaction, on the worker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from fieldapp.domain.enums import SignalKind
from fieldapp.domain.errors import DomainError
from fieldapp.domain.rules import parse_coordinates
from fieldapp.services import signal_intake
from fieldapp.services.context import Context
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.signal_intake import IntakeScan, Placement, ProposedSignal
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_signal_intake import Ui_SignalIntakeDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import fill_enum_combo, select_data, set_state, show_datetime
from fieldapp.ui.widgets.save_keys import save_keys
from fieldapp.ui.workers import Runner, run_with_progress

THUMBNAILS_UP_TO = 300  # rows with a thumbnail; more are listed by name (reading them would hold the dialog up)
THUMB = QSize(64, 48)


def thumbnail(path: str) -> QImage:
    """A photo scaled down as it is decoded (a QImage: made on the worker, shown by the dialog)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def thumbnails(scan: IntakeScan, progress: Progress, cancel: CancelToken) -> dict[str, QImage]:
    """The thumbnails of the rows that show one, read on the worker with the scan (~17 ms a 12-megapixel JPEG)."""
    found = {}
    shown = scan.photos[:THUMBNAILS_UP_TO]
    for done, photo in enumerate(shown):
        cancel.check()
        progress(done, len(shown), photo.name)
        found[str(photo.path)] = thumbnail(str(photo.path))
    return found


class SignalIntakeDialog(QDialog):
    created = Signal(list)  # the ids of the signals written

    def __init__(self, ctx: Context, scan: IntakeScan, runner: Runner, parent: QWidget | None = None, *,
                 images: Mapping[str, QImage] | None = None) -> None:
        """`images`: thumbnails read beforehand on the worker (else each is read when its row is first shown)."""
        super().__init__(parent)
        self.ui = Ui_SignalIntakeDialog()
        self.ui.setupUi(self)
        self.setObjectName("signalIntakeDialog")
        self._ctx, self._runner, self.scan = ctx, runner, scan
        self.items: list[ProposedSignal] = scan.proposals()
        self.created_ids: tuple[str, ...] = ()
        self._icons: dict[str, QIcon] = {}
        self._images = dict(images or {})
        ui = self.ui
        fill_enum_combo(ui.kindCombo, SignalKind)
        select_data(ui.kindCombo, SignalKind.DRUG_GRAFFITI.value)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._show_counts())
        table = ui.proposalTable
        table.setColumnCount(6)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.itemDoubleClicked.connect(lambda _item: ui.coordinatesEdit.setFocus())
        ui.mergeButton.clicked.connect(self.merge_selected)
        ui.dropButton.clicked.connect(self.drop_selected)
        ui.placeButton.clicked.connect(self.place_selected)
        # Enter in the coordinates places the photos chosen, and only that: not the dialog's «Создать».
        self._place_keys = save_keys(ui.coordinatesEdit, ui.placeButton, ctrl_enter=False)
        # Enter anywhere else creates the signals. Without this the dialog's default would be the first button
        # after the focus (QDialog picks one when shown): «Объединить», which Enter in the kind picker pressed.
        create = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        create.setDefault(True)
        self._create_keys = save_keys(self, create, ctrl_enter=False)
        ui.coordinatesEdit.textEdited.connect(lambda _t: self._say(""))
        ui.buttonBox.accepted.connect(self.create_signals)
        ui.buttonBox.rejected.connect(self.reject)
        self.shortcuts = []
        for sequence, slot in ((QKeySequence("Ctrl+M"), self.merge_selected),
                               (QKeySequence(QKeySequence.StandardKey.Delete), self.drop_selected)):
            shortcut = QShortcut(sequence, table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self._retranslate()
        self._fill()

    # -- the rows ---------------------------------------------------------------------------------------------------

    def _icon(self, path: str) -> QIcon:
        if path not in self._icons:
            image = self._images.pop(path, None)
            image = thumbnail(path) if image is None else image
            self._icons[path] = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
        return self._icons[path]

    def _placement(self, item: ProposedSignal) -> str:
        return {
            Placement.EXIF: self.tr("GPS фото"), Placement.MESSAGE: self.tr("в сообщении"),
            Placement.NEARBY: self.tr("геопозиция рядом"), Placement.HAND: self.tr("вручную"),
            Placement.NONE: self.tr("нет координат"),
        }[item.placed_by]

    def _fill(self, select: Sequence[int] = ()) -> None:
        table = self.ui.proposalTable
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            first = item.photos[0]
            names = ", ".join(p.name for p in item.photos)
            photo = QTableWidgetItem(names if len(item.photos) == 1 else
                                     self.tr("%1 фото: %2").replace("%1", str(len(item.photos))).replace("%2", names))
            photo.setToolTip(names)
            if len(self.items) <= THUMBNAILS_UP_TO:
                photo.setIcon(self._icon(str(first.path)))
            where = QTableWidgetItem(f"{item.latitude:.6f}, {item.longitude:.6f}" if item.placed else
                                     self.tr("вставьте координаты"))
            if not item.placed:
                where.setForeground(QColor("#b3261e"))
            cells = (photo, where, QTableWidgetItem(self._placement(item)),
                     QTableWidgetItem(show_datetime(item.received_at) if item.received_at else self.tr("сейчас")),
                     QTableWidgetItem(item.reporter), QTableWidgetItem(item.description.replace("\n", " ")))
            cells[5].setToolTip(item.description)
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
            table.setRowHeight(row, THUMB.height() + 6)
        table.blockSignals(False)
        table.resizeColumnsToContents()
        for column, widest in ((0, 300), (4, 180)):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        table.clearSelection()
        for row in select:
            table.selectRow(row)
        self._show_counts()
        self._selection_changed()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.ui.proposalTable.selectionModel().selectedRows()})

    def _selection_changed(self) -> None:
        chosen = self.selected_rows()
        self.ui.mergeButton.setEnabled(len(chosen) >= 2)
        self.ui.dropButton.setEnabled(bool(chosen))
        self.ui.placeButton.setEnabled(bool(chosen))

    def merge_selected(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) < 2:
            return
        merged = signal_intake.merge([self.items[i] for i in chosen])
        for row in reversed(chosen):
            del self.items[row]
        self.items.insert(chosen[0], merged)
        self._fill([chosen[0]])

    def drop_selected(self) -> None:
        chosen = self.selected_rows()
        for row in reversed(chosen):
            del self.items[row]
        self._fill([min(chosen[0], len(self.items) - 1)] if chosen and self.items else [])

    def place_selected(self) -> None:
        """The selected rows placed at the coordinates pasted (a «lat, lon», degrees, or a map link)."""
        chosen = self.selected_rows()
        text = self.ui.coordinatesEdit.text()
        if not chosen or not text.strip():
            return
        try:
            latitude, longitude = parse_coordinates(text)
        except DomainError as exc:
            self._say(exc.message(current_language()), "bad")
            return
        for row in chosen:
            self.items[row] = self.items[row].placed_at(latitude, longitude)
        self.ui.coordinatesEdit.clear()
        self._fill(chosen)

    # -- counts, problems, creating -----------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData() or SignalKind.DRUG_GRAFFITI.value)

    def _show_counts(self) -> None:
        ui = self.ui
        unplaced = sum(not item.placed for item in self.items)
        if unplaced:
            ui.unplacedLabel.setText(self.tr("Без координат: %1 — выберите строку и вставьте координаты")
                                     .replace("%1", str(unplaced)))
            set_state(ui.unplacedLabel, "warn")
        else:
            ui.unplacedLabel.setText(self.tr("Все сигналы с координатами") if self.items else "")
            set_state(ui.unplacedLabel, "ok")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Создать сигналы: %1").replace("%1", str(len(self.items))))
        ok.setEnabled(bool(self.items))

    def _show_problems(self) -> None:
        ui, lang = self.ui, current_language()
        ui.problemList.clear()
        for problem in self.scan.problems:
            ui.problemList.addItem(problem.message(lang))
        ui.problemsLabel.setText(self.tr("Пропущено или прочитано не полностью: %1")
                                 .replace("%1", str(len(self.scan.problems))))
        ui.problemsLabel.setVisible(bool(self.scan.problems))
        ui.problemList.setVisible(bool(self.scan.problems))

    def _say(self, text: str, state: str = "") -> None:
        self.ui.errorLabel.setText(text)
        set_state(self.ui.errorLabel, state)
        self.ui.errorLabel.setVisible(bool(text))

    def create_signals(self) -> None:
        """Write the signals of every row on the worker (a progress dialog for many photos); a refusal (a drug
        graffiti not placed: the service's rule, checked before anything is read; a photo gone since) is said in the
        dialog and nothing is written."""
        if not self.items:
            return
        items, kind, ctx = list(self.items), self.kind(), self._ctx
        self.ui.buttonBox.setEnabled(False)
        run_with_progress(
            self._runner, self, self.tr("Создаются сигналы…"),
            lambda progress, cancel: signal_intake.create_signals(ctx, items, kind=kind, progress=progress,
                                                                  cancel=cancel),
            on_result=self._created, on_error=self._failed, on_cancelled=self._cancelled)

    def _created(self, ids: tuple[str, ...]) -> None:
        self.created_ids = tuple(ids)
        self.created.emit(list(ids))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttonBox.setEnabled(True)
        if isinstance(exc, DomainError):
            self._say(exc.message(current_language()), "bad")
        else:
            report(self, exc)

    def _cancelled(self) -> None:
        self.ui.buttonBox.setEnabled(True)

    # -- language -------------------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        ui = self.ui
        scan = self.scan
        ui.introLabel.setText(
            self.tr("Фото: %1, из переписок: %2. Каждое фото — отдельный сигнал с этим фото «до»; место взято из "
                    "GPS фото или из геопозиции и координат в сообщении. Несколько фото одного места объедините, "
                    "лишнее не берите.").replace("%1", str(len(scan.photos))).replace("%2", str(scan.chats)))
        ui.proposalTable.setHorizontalHeaderLabels([
            self.tr("Фото"), self.tr("Координаты"), self.tr("Откуда место"), self.tr("Получен"),
            self.tr("Отправитель"), self.tr("Текст сообщения")])
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        fill_enum_combo(ui.kindCombo, SignalKind)
        self._show_problems()
        self._say("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            chosen = self.kind()
            self.ui.retranslateUi(self)
            self._retranslate()
            select_data(self.ui.kindCombo, chosen)
            self._fill(self.selected_rows())
        super().changeEvent(event)
