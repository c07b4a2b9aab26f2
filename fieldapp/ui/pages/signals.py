"""Signals: tips from residents and patrols (drug graffiti with coordinates sent to a messenger, and the like) —
the list with its filters, the form where a pasted «lat, lon» or a map link is read as it is typed (with when the tip
came and which member checks it), and the check on the spot (verified, then removed or rejected) with photos of the
place before and after (signal_photos.py). The rules are the signals service's."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QItemSelection,
    QModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from fieldapp.domain.enums import SIGNAL_TRANSITIONS, PhotoRole, SignalChannel, SignalKind, SignalStatus
from fieldapp.domain.errors import DomainError
from fieldapp.domain.rules import parse_coordinates
from fieldapp.services import people, signals
from fieldapp.services.context import Context
from fieldapp.services.drafts import FieldValue
from fieldapp.services.people import MemberInfo
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.signals import SignalDraft, SignalInfo
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_signals import Ui_SignalsPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.signal_model import ID_ROLE, SORT_ROLE, signal_model
from fieldapp.ui.pages.signal_photos import SignalPhotos
from fieldapp.ui.pages.signals_intake import SignalIntake
from fieldapp.ui.widgets.columns import WrappedRows
from fieldapp.ui.widgets.common import (
    fill_enum_combo,
    focus_field,
    select_data,
    set_invalid,
    set_state,
    show_datetime,
)
from fieldapp.ui.widgets.draft_bar import DraftBar
from fieldapp.ui.widgets.draft_keeper import DraftKeeper
from fieldapp.ui.widgets.save_keys import save_keys
from fieldapp.ui.widgets.search import SearchProxy, search_shortcut
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

# Pixels at most before the text wraps (the row grows; its tooltip has the address and description in full).
NARROWED = {"kind": 170, "where": 180}


@dataclass(frozen=True)
class SignalFilters:
    status: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class SignalsData:
    rows: tuple[SignalInfo, ...]
    total: int  # signals before filtering
    waiting: int = 0  # of the rows, how many are not checked yet
    members: tuple[MemberInfo, ...] = ()  # who may be chosen to check a signal (live members)


def load_signals(ctx: Context, filters: SignalFilters, progress: Progress, cancel: CancelToken) -> SignalsData:
    """The worker job: the filtered list, how many there are in all, how many of the list wait for a check, and the
    members who may check one."""
    cancel.check()
    rows = signals.list_signals(ctx, status=filters.status, kind=filters.kind)
    total = len(rows) if filters == SignalFilters() else len(signals.list_signals(ctx))
    return SignalsData(rows, total, sum(r.status is SignalStatus.RECEIVED for r in rows), people.list_members(ctx))


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class SignalsPage(QWidget):
    showOnMap = Signal(str, str)  # layer, record id: the window shows the map centred on it

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignalsPage()
        self.ui.setupUi(self)
        self.setObjectName("page_signals")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._pending = False
        self._keep_id: str | None = None
        self._when_typed = False  # «Получен» changed by hand (untouched: now for a new tip, as stored for an edit)
        self.detail: SignalInfo | None = None
        self.model = signal_model(self)
        self.proxy = SearchProxy(self)  # the search box keeps the rows that hold its text, as the user types
        self.proxy.setSourceModel(self.model)
        self.ui.searchEdit.textChanged.connect(self.proxy.set_search)
        self._search_shortcut = search_shortcut(self, self.ui.searchEdit)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.tableView
        table.setModel(self.proxy)
        # The service's order (newest first) until the user clicks a header.
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        table.verticalHeader().setVisible(False)
        self.rows = WrappedRows(table)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([660, 380])
        self.status_buttons: dict[SignalStatus, QPushButton] = {
            SignalStatus.VERIFIED: self.ui.verifiedButton,
            SignalStatus.REMOVED: self.ui.removedButton,
            SignalStatus.REJECTED: self.ui.rejectedButton,
        }
        self._fill_combos()
        self.draft_bar = DraftBar(self)
        self.ui.pageLayout.insertWidget(1, self.draft_bar)
        self.drafts = DraftKeeper(self, self.draft_bar, "signal", self.draft_fields, self.restore_draft)
        ui = self.ui
        self.drafts.watch(ui.kindCombo.currentIndexChanged, ui.channelCombo.currentIndexChanged,
                          ui.descriptionEdit.textChanged, ui.addressEdit.textChanged, ui.coordinatesEdit.textChanged,
                          ui.reporterEdit.textChanged, ui.receivedEdit.dateTimeChanged,
                          ui.handlerCombo.currentIndexChanged)
        self._connect()
        self.photos = SignalPhotos(self, ui, runner)
        self.photo_lists, self.photo_drops = self.photos.lists, self.photos.drops
        # «Из фото…» and files dropped on the list: signals as residents send them (signals_intake.py).
        self.intake = SignalIntake(self, ui.fromPhotosButton, ui.tableView, runner, lambda: self._ctx,
                                   self._intake_created)
        self._show_detail(None)
        self._fit_form()

    def _fit_form(self) -> None:
        """The form scrolls up and down (a 768-pixel screen is shorter than it) but never sideways: the splitter may
        not make it narrower than its fields need (in the language shown)."""
        scroll = self.ui.formScroll
        scroll.setMinimumWidth(self.ui.formPanel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint()
                               .width())

    def _connect(self) -> None:
        ui = self.ui
        ui.refreshButton.clicked.connect(self.reload)
        # Shortcuts of their own: a button's setText (retranslateUi) drops the shortcut a .ui file gives it.
        self.shortcuts: list[QShortcut] = []
        for sequence, slot in ((QKeySequence(QKeySequence.StandardKey.Save), self.save),
                               (QKeySequence("Ctrl+N"), self.new_signal), (QKeySequence("F5"), self.reload),
                               (QKeySequence("Ctrl+H"), self.show_history)):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        ui.statusFilter.currentIndexChanged.connect(self._filters_changed)
        ui.kindFilter.currentIndexChanged.connect(self._filters_changed)
        ui.tableView.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.saveButton.clicked.connect(self.save)
        # Enter in a field of the form (Ctrl+Enter in the description) saves it, as at the reception desk.
        self._save_keys = save_keys(ui.formPanel, ui.saveButton)
        ui.newButton.clicked.connect(self.new_signal)
        ui.historyButton.clicked.connect(self.show_history)
        ui.mapButton.clicked.connect(self.show_on_map)
        ui.coordinatesEdit.textChanged.connect(self._coordinates_changed)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: set_invalid(ui.kindCombo, False))
        ui.channelCombo.currentIndexChanged.connect(lambda _i: set_invalid(ui.channelCombo, False))
        ui.handlerCombo.currentIndexChanged.connect(lambda _i: set_invalid(ui.handlerCombo, False))
        ui.receivedEdit.dateTimeChanged.connect(self._when_changed)
        for edit in (ui.addressEdit, ui.reporterEdit):
            edit.textEdited.connect(lambda _t, edit=edit: set_invalid(edit, False))
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _checked=False, status=status: self.set_status(status))

    def _fill_combos(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.statusFilter, SignalStatus, none_label=self.tr("все"))
        fill_enum_combo(ui.kindFilter, SignalKind, none_label=self.tr("все"))
        fill_enum_combo(ui.kindCombo, SignalKind)
        fill_enum_combo(ui.channelCombo, SignalChannel)
        nobody = self.tr("— не назначен —")
        if ui.handlerCombo.count() and ui.handlerCombo.itemData(0) is None:
            ui.handlerCombo.setItemText(0, nobody)
        else:
            ui.handlerCombo.insertItem(0, nobody, None)

    # -- loading --------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending or self.photos.pending

    def filters(self) -> SignalFilters:
        return SignalFilters(self.ui.statusFilter.currentData(), self.ui.kindFilter.currentData())

    def set_context(self, ctx: Context | None) -> None:
        if self.photos.caption_dialog is not None:
            self.photos.caption_dialog.close()  # it would write into the file being closed
        self._ctx = ctx
        self.drafts.set_context(ctx)
        self._keep_id = None
        self.model.set_rows(())
        self.new_signal()
        self.reload()
        self.drafts.offer()

    def _filters_changed(self, *_args: object) -> None:
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._pending = False
            self._show(generation, SignalsData((), 0))
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        filters = self.filters()
        if self.detail is None and not self._when_typed:
            self._set_when(self._ctx.clock())  # an untouched new tip is received now
        self._keep_id = self.current_id() or self._keep_id
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_signals(ctx, filters, progress, cancel)),
                           on_result=self._on_loaded, on_error=self._failed)

    # Bound methods, not lambdas: Qt drops a finished job's delivery to a page that is gone.
    def _on_loaded(self, result: tuple[int, SignalsData]) -> None:
        self._show(*result)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    def _show(self, generation: int, data: SignalsData) -> None:
        if generation != self._generation:
            return
        self._pending = False
        keep = self._keep_id
        self.model.set_rows(data.rows)
        self._fill_handlers(data.members)
        if data.total:
            text = self.tr("Показано %1 из %2").replace("%1", str(len(data.rows))).replace("%2", str(data.total))
            if data.waiting:
                text += " · " + self.tr("не проверено: %1").replace("%1", str(data.waiting))
        else:
            text = self.tr("Сигналов пока нет")
        self.ui.countLabel.setText(text)
        self._fit_columns()
        if keep and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif keep:
            # Filtered out of the list: the form keeps showing it.
            self.ui.tableView.clearSelection()

    def _fill_handlers(self, members: Sequence[MemberInfo]) -> None:
        """The member picker refilled, keeping the member chosen (a deleted one too: the signal's history)."""
        combo = self.ui.handlerCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for member in members:
                combo.addItem(f"{member.full_name}, {member.position}" if member.position else member.full_name,
                              member.id)
            self._choose_handler(chosen)
        finally:
            combo.blockSignals(False)

    def _choose_handler(self, member_id: str | None) -> None:
        combo = self.ui.handlerCombo
        if member_id and combo.findData(member_id) < 0:
            combo.addItem(self.tr("участник удалён"), member_id)
        combo.setCurrentIndex(max(combo.findData(member_id), 0) if member_id else 0)

    def _set_when(self, moment: datetime) -> None:
        edit = self.ui.receivedEdit
        edit.blockSignals(True)
        edit.setDateTime(_qdatetime(moment))
        edit.blockSignals(False)

    def _when_changed(self, _moment: QDateTime) -> None:
        self._when_typed = True
        set_invalid(self.ui.receivedEdit, False)

    def _fit_columns(self) -> None:
        self.rows.fit({self.model.column_of(key): widest for key, widest in NARROWED.items()})

    # -- selection and the form -----------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.ui.tableView.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, signal_id: str) -> None:
        row = self.model.row_of(signal_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.tableView.setCurrentIndex(index)
        self.ui.tableView.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        signal_id = self.current_id()
        if signal_id is None or self._ctx is None or (self.detail is not None and self.detail.id == signal_id):
            return
        self._keep_id = signal_id
        try:
            # Synchronous: one row.
            self._show_detail(signals.get_signal(self._ctx, signal_id))
        except DomainError as exc:
            report(self.window(), exc)

    def new_signal(self) -> None:
        """An empty form for the next tip (the kind and channel stay as they were: tips come in runs)."""
        self.drafts.discard()  # a form cleared on purpose keeps no draft
        self._keep_id = None
        self.ui.tableView.clearSelection()
        self.ui.tableView.setCurrentIndex(QModelIndex())
        self._show_detail(None)
        self.ui.kindCombo.setFocus()

    def show_on_map(self) -> None:
        """«Показать на карте»: the map, centred on the signal shown in the form."""
        if self.detail is not None:
            self.showOnMap.emit("signals", self.detail.id)

    def show_signal(self, signal_id: str) -> None:
        """Choose `signal_id` (asked for by the map); filters that hide it are opened up."""
        if self.model.row_of(signal_id) >= 0:
            self.select(signal_id)
            return
        self.ui.tableView.clearSelection()
        self.ui.tableView.setCurrentIndex(QModelIndex())
        self._keep_id = signal_id
        for combo in (self.ui.statusFilter, self.ui.kindFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

    def show_history(self) -> None:
        """Who changed the chosen signal, and when (its «История»: every field, from the change log)."""
        if self.detail is None or self._ctx is None:
            return
        from fieldapp.ui.dialogs.record_log import show_history

        self.history_dialog = show_history(self, self._ctx, self.detail.id)

    def _show_detail(self, info: SignalInfo | None) -> None:
        self.detail = info
        ui = self.ui
        ui.historyButton.setEnabled(info is not None)
        ui.mapButton.setEnabled(info is not None and (info.latitude is not None or bool(info.settlement_id)))
        for widget in (ui.kindCombo, ui.channelCombo, ui.addressEdit, ui.reporterEdit, ui.coordinatesEdit,
                       ui.descriptionEdit, ui.receivedEdit, ui.handlerCombo):
            set_invalid(widget, False)
        self._when_typed = False
        ui.handlerCombo.blockSignals(True)
        self._choose_handler(info.handled_by_id if info is not None else None)
        ui.handlerCombo.blockSignals(False)
        if info is not None:
            self._set_when(info.received_at)
        elif self._ctx is not None:
            self._set_when(self._ctx.clock())
        if info is None:
            ui.descriptionEdit.setPlainText("")
            ui.addressEdit.clear()
            ui.coordinatesEdit.clear()
            ui.reporterEdit.clear()
        else:
            select_data(ui.kindCombo, info.kind.value)
            select_data(ui.channelCombo, info.channel.value)
            ui.descriptionEdit.setPlainText(info.description)
            ui.addressEdit.setText(info.address)
            # The stored numbers in full: saving again must not move the point.
            ui.coordinatesEdit.setText("" if info.latitude is None or info.longitude is None
                                       else f"{info.latitude!r}, {info.longitude!r}")
            ui.reporterEdit.setText(info.reporter)
        self._describe()
        self._load_photos()
        self.drafts.mark_clean()

    def _describe(self) -> None:
        """The texts around the fields in the interface language: the title, the coordinates read, the status."""
        info, ui = self.detail, self.ui
        if info is None:
            ui.formTitle.setText(self.tr("Новый сигнал"))
        else:
            ui.formTitle.setText(self.tr("Сигнал от %1").replace("%1", show_datetime(info.received_at)))
        self._coordinates_changed(ui.coordinatesEdit.text())
        self._show_status(info, current_language())
        self.photos.show_state()

    def _show_status(self, info: SignalInfo | None, lang: str) -> None:
        ui = self.ui
        allowed = SIGNAL_TRANSITIONS[info.status] if info is not None else frozenset()
        for status, button in self.status_buttons.items():
            button.setEnabled(status in allowed)
        if info is None:
            ui.workflowLabel.setText(self.tr("Статус появится после сохранения: новый сигнал получает статус "
                                           "«получен»."))
            set_state(ui.workflowLabel, "")
            return
        text = self.tr("Статус: %1").replace("%1", info.status.label(lang))
        if info.resolved_at is not None:
            text += " · " + self.tr("закрыт %1").replace("%1", show_datetime(info.resolved_at))
        ui.workflowLabel.setText(text)
        set_state(ui.workflowLabel, "ok" if info.status is SignalStatus.REMOVED else
                  "warn" if info.status is SignalStatus.RECEIVED else "")

    def _coordinates_changed(self, text: str) -> None:
        """Read the coordinates as they are typed or pasted and say beside the field what was understood."""
        hint = self.ui.coordinatesHint
        set_invalid(self.ui.coordinatesEdit, False)
        if not text.strip():
            hint.setText(self.tr("Координаты не указаны"))
            set_state(hint, "")
            return
        try:
            latitude, longitude = parse_coordinates(text)
        except DomainError as exc:
            hint.setText(exc.message(current_language()))
            set_state(hint, "warn")
            return
        hint.setText(self.tr("широта %1, долгота %2").replace("%1", f"{latitude:.6f}")
                     .replace("%2", f"{longitude:.6f}"))
        set_state(hint, "ok")

    def draft(self) -> SignalDraft:
        ui, info = self.ui, self.detail
        return SignalDraft(
            kind=ui.kindCombo.currentData() or SignalKind.OTHER.value,
            description=ui.descriptionEdit.toPlainText(),
            address=ui.addressEdit.text(),
            coordinates=ui.coordinatesEdit.text(),
            channel=ui.channelCombo.currentData() or SignalChannel.MESSENGER.value,
            reporter=ui.reporterEdit.text().strip(),
            # An edit keeps where the tip belongs.
            settlement_id=info.settlement_id if info is not None else None,
            campaign_id=info.campaign_id if info is not None else None,
            # Untouched: now for a new tip, the stored moment (to the second) for an edit.
            received_at=self._received_at(),
            handled_by_id=ui.handlerCombo.currentData(),
        )

    def _received_at(self) -> datetime | None:
        if not self._when_typed:
            return None
        moment: datetime = self.ui.receivedEdit.dateTime().toPython()  # type: ignore[assignment]
        return moment.replace(second=0, microsecond=0)

    def save(self) -> None:
        """Record a new signal or the edit of the chosen one; a refusal names its field and keeps what was typed."""
        if self._ctx is None:
            return
        draft = self.draft()
        try:
            # Synchronous: one row written in milliseconds.
            if self.detail is None:
                signal_id = signals.record_signal(self._ctx, draft)
            else:
                signal_id = self.detail.id
                signals.update_signal(self._ctx, signal_id, draft)
            info = signals.get_signal(self._ctx, signal_id)
        except DomainError as exc:
            self._refused(exc)
            return
        except Exception as exc:
            report(self.window(), exc)
            return
        self.drafts.discard()
        self._show_detail(info)
        self._keep_id = signal_id
        self.reload()

    def draft_fields(self) -> dict[str, FieldValue]:
        ui = self.ui
        return {
            "signal": self.detail.id if self.detail is not None else None, "kind": ui.kindCombo.currentData(),
            "channel": ui.channelCombo.currentData(), "description": ui.descriptionEdit.toPlainText(),
            "address": ui.addressEdit.text(), "coordinates": ui.coordinatesEdit.text(),
            "reporter": ui.reporterEdit.text(), "handled_by": ui.handlerCombo.currentData(),
            "received": None if (when := self._received_at()) is None else when.isoformat(timespec="minutes"),
        }

    def restore_draft(self, fields: Mapping[str, FieldValue]) -> None:
        """Fill the form from a kept draft: a new tip, or the edit of a stored one (shown first, then overwritten)."""
        info = None
        if isinstance(signal_id := fields.get("signal"), str) and self._ctx is not None:
            try:
                info = signals.get_signal(self._ctx, signal_id)
            except DomainError:
                log.info("the signal a draft edited is gone; its text comes back as a new signal")
        self._show_detail(info)
        if info is not None:
            self._keep_id = info.id
            self.select(info.id)
        ui = self.ui
        for combo, name in ((ui.kindCombo, "kind"), (ui.channelCombo, "channel")):
            combo.setCurrentIndex(max(combo.findData(fields.get(name)), 0))
        ui.descriptionEdit.setPlainText(str(fields.get("description") or ""))
        for edit, name in ((ui.addressEdit, "address"), (ui.coordinatesEdit, "coordinates"),
                           (ui.reporterEdit, "reporter")):
            edit.setText(str(fields.get(name) or ""))
        handler = fields.get("handled_by")
        self._choose_handler(handler if isinstance(handler, str) else None)
        if isinstance(received := fields.get("received"), str):
            try:
                self._set_when(datetime.fromisoformat(received))
                self._when_typed = True  # typed before: kept as typed
            except ValueError:
                log.info("a draft's time of receipt is unreadable; the form's stays")

    def _refused(self, exc: DomainError) -> None:
        ui = self.ui
        widget = {"kind": ui.kindCombo, "channel": ui.channelCombo, "address": ui.addressEdit,
                  "reporter": ui.reporterEdit, "coordinates": ui.coordinatesEdit, "latitude": ui.coordinatesEdit,
                  "longitude": ui.coordinatesEdit, "description": ui.descriptionEdit, "received_at": ui.receivedEdit,
                  "handled_by_id": ui.handlerCombo}.get(exc.field or "")
        if widget is not None:
            set_invalid(widget, True)
            focus_field(widget)
        report(self.window(), exc)

    def set_status(self, status: SignalStatus) -> None:
        info = self.detail
        if self._ctx is None or info is None:
            return
        try:
            signals.set_signal_status(self._ctx, info.id, status)
            updated = signals.get_signal(self._ctx, info.id)
        except Exception as exc:  # a refusal (a finished signal stays finished) or a bug: report() tells them apart
            report(self.window(), exc)
            return
        self._show_detail(updated)
        self._keep_id = info.id
        self.reload()

    # -- photos before and after (signal_photos.py) --------------------------------------------------------------

    def _load_photos(self) -> None:
        self.photos.show_signal(self._ctx, self.detail.id if self.detail is not None else None)

    def add_photos(self, role: PhotoRole, paths: Iterable[Path]) -> int:
        """Attach the photos at `paths` to the signal shown, as taken before or after (then asks their caption)."""
        return self.photos.add(role, paths)

    def _intake_created(self, ids: list[str]) -> None:
        """Signals made from photos: the list reread with the first of them chosen."""
        if ids:
            self._keep_id = ids[0]
        self.reload()

    # -- language -------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_form()  # polished now: the style sheet's fonts and paddings are in the fields' sizes

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self.model.retranslate()
            self._describe()  # what is typed stays
            self._fit_form()
            if self._ctx is not None:
                self.reload()
        super().changeEvent(event)
