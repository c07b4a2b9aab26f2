"""The reception desk: residents received one after another at the current stop, at the keyboard alone.

Enter saves and clears the form for the next resident, Ctrl+Z takes the last saved reception back (Ctrl+Shift+Z
restores it), Esc clears the form, Ctrl+F searches residents. The rules (IIN, consent, outcomes, talons, control
items) are the reception service's; this page reads the widgets, calls it and shows what it answers.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QListWidgetItem, QWidget

from fieldapp.domain.enums import Outcome
from fieldapp.domain.errors import DomainError
from fieldapp.domain.iin import is_valid_iin, normalise
from fieldapp.domain.workdays import DEFAULT_CONTROL_WORKING_DAYS, default_deadline, notify_by
from fieldapp.services.agenda import DeskStop, desk_stops
from fieldapp.services.context import Context
from fieldapp.services.drafts import FieldValue
from fieldapp.services.people import list_organizations
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.receptions import (
    ReceptionDraft,
    ReceptionInfo,
    ResidentHit,
    SavedReception,
    Visit,
    delete_reception,
    find_previous_visits,
    get_reception,
    record_reception,
    restore_reception,
    search_residents,
    stop_counters,
)
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_reception import Ui_ReceptionPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.reception_fields import (
    DeskWhen,
    SettlementPicker,
    apply_outcome,
    fill_pickers,
    read_draft,
    read_when,
    set_when,
    show_consent_warning,
    show_iin_hint,
)
from fieldapp.ui.pages.reception_list import ReceptionListDialog
from fieldapp.ui.widgets.common import (
    focus_field,
    select_data,
    set_invalid,
    set_state,
    show_date,
    show_number,
)
from fieldapp.ui.widgets.draft_bar import DraftBar
from fieldapp.ui.widgets.draft_keeper import DraftKeeper
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

DATA_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class DeskData:
    stops: tuple[DeskStop, ...]
    organizations: tuple[str, ...]


def load_desk(ctx: Context, progress: Progress, cancel: CancelToken) -> DeskData:
    """The worker job: the stops for the picker and the organisation names the responsible field completes."""
    cancel.check()
    stops = desk_stops(ctx)
    cancel.check()
    names = tuple(sorted({org.name(ctx.lang) for org in list_organizations(ctx)} - {""}))
    return DeskData(stops, names)


class ReceptionPage(QWidget):
    workingStopChanged = Signal(str, str)  # the tour's and the stop's title, for the status bar

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceptionPage()
        self.ui.setupUi(self)
        self.setObjectName("page_reception")
        self._runner = runner
        self._ctx: Context | None = None
        self._stops: dict[str, DeskStop] = {}
        self._generation = 0
        self._search_generation = 0
        self._pending = False
        self.saved: list[SavedReception] = []  # this session's saves, newest last: what Ctrl+Z takes back
        self.undone: list[SavedReception] = []  # what Ctrl+Shift+Z brings back
        self.visits: tuple[Visit, ...] = ()
        self.hits: tuple[ResidentHit, ...] = ()
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Inline: the rest of a known name appears selected as it is typed; Tab or Enter keeps it. No popup list
        # stands between the officer and the next field.
        self._completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.ui.responsibleEdit.setCompleter(self._completer)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._settlements = SettlementPicker(self.ui.settlementCombo)
        self._when = DeskWhen(self.ui)
        self.list_dialog: ReceptionListDialog | None = None
        fill_pickers(self.ui)
        self._fields: dict[str, QWidget] = {
            "iin": self.ui.iinEdit, "applicant_name": self.ui.nameEdit, "phone": self.ui.phoneEdit,
            "consent": self.ui.consentCheck, "social_category": self.ui.socialCombo,
            "appeal_form": self.ui.appealFormCombo, "topic": self.ui.topicCombo, "outcome": self.ui.outcomeCombo,
            "help_kind": self.ui.helpKindCombo, "responsible": self.ui.responsibleEdit,
            "deadline": self.ui.outcomeCombo, "title": self.ui.essenceEdit, "stop": self.ui.stopCombo,
            "settlement": self.ui.settlementCombo, "member": self.ui.stopCombo, "received_at": self.ui.dateEdit,
        }
        self._form_widgets: tuple[QWidget, ...] = (
            self.ui.iinEdit, self.ui.nameEdit, self.ui.phoneEdit, self.ui.addressEdit, self.ui.settlementCombo,
            self.ui.dateEdit, self.ui.timeEdit, self.ui.socialCombo,
            self.ui.consentCheck, self.ui.consentMethodCombo, self.ui.appealFormCombo, self.ui.topicCombo,
            self.ui.essenceEdit, self.ui.outcomeCombo, self.ui.helpKindCombo, self.ui.responsibleEdit,
            self.ui.personEdit, self.ui.saveButton, self.ui.clearButton, self.ui.undoButton,
        )
        for widget in (*self._form_widgets, self.ui.searchEdit, self.ui.searchList, self.ui.stopCombo):
            widget.installEventFilter(self)
        self._connect()
        self._apply_outcome()
        show_iin_hint(self.ui)
        show_consent_warning(self.ui)
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage)
        self.draft_bar = DraftBar(self)
        self.ui.pageLayout.insertWidget(1, self.draft_bar)
        self.drafts = DraftKeeper(self, self.draft_bar, "reception", self.draft_fields, self.restore_draft,
                                  context_keys=("stop",))
        ui = self.ui
        self.drafts.watch(*(edit.textChanged for edit in (
            ui.iinEdit, ui.nameEdit, ui.phoneEdit, ui.addressEdit, ui.essenceEdit, ui.responsibleEdit, ui.personEdit)))
        self.drafts.watch(*(combo.currentIndexChanged for combo in (
            ui.stopCombo, ui.socialCombo, ui.consentMethodCombo, ui.appealFormCombo, ui.topicCombo, ui.outcomeCombo,
            ui.helpKindCombo, ui.settlementCombo)))
        self.drafts.watch(ui.consentCheck.toggled, ui.dateEdit.dateChanged, ui.timeEdit.timeChanged)
        self.drafts.mark_clean()

    # -- wiring ---------------------------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.stopCombo.currentIndexChanged.connect(self._on_stop_changed)
        ui.outcomeCombo.currentIndexChanged.connect(self._apply_outcome)
        ui.consentCheck.toggled.connect(ui.consentMethodCombo.setEnabled)
        ui.consentCheck.toggled.connect(lambda _on: show_consent_warning(ui))
        for edit in (ui.iinEdit, ui.phoneEdit, ui.addressEdit):
            edit.textChanged.connect(lambda _text: show_consent_warning(ui))
        ui.dateEdit.dateChanged.connect(self._when.changed)
        ui.timeEdit.timeChanged.connect(self._when.changed)
        ui.listButton.clicked.connect(self.open_list)
        ui.iinEdit.textChanged.connect(self._on_iin_changed)
        ui.nameEdit.editingFinished.connect(self._look_up_by_name)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.discard_form)
        ui.undoButton.clicked.connect(self.undo_last)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.search)
        ui.searchList.itemActivated.connect(self._take_hit)
        for widget in self._fields.values():
            signal = widget.textEdited if isinstance(widget, QLineEdit) else None
            if signal is not None:
                signal.connect(lambda _text, w=widget: set_invalid(w, False))
        for combo in (ui.outcomeCombo, ui.helpKindCombo, ui.topicCombo, ui.appealFormCombo, ui.socialCombo):
            combo.currentIndexChanged.connect(lambda _i, w=combo: set_invalid(w, False))
        ui.consentCheck.toggled.connect(lambda _on: set_invalid(ui.consentCheck, False))
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.discard_form,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+L"), self, self.open_list, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- keyboard -------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            action = self._key_action(watched, event)
            if action is not None:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # the key press comes to this filter instead of a window shortcut
                else:
                    action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, watched: QObject, event: QKeyEvent) -> object | None:
        """What a key does on the desk, or None to leave it to the widget."""
        editing = isinstance(watched, QLineEdit)
        if event.matches(QKeySequence.StandardKey.Undo):
            # Undo typing while there is typing to undo; after a save the form is fresh and Ctrl+Z takes it back.
            return None if editing and watched.isUndoAvailable() else self.undo_last  # type: ignore[union-attr]
        if event.matches(QKeySequence.StandardKey.Redo):
            return None if editing and watched.isRedoAvailable() else self.redo_last  # type: ignore[union-attr]
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            return None
        if event.type() == QEvent.Type.ShortcutOverride:
            return None  # Enter is nobody's shortcut; handled on the key press
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return None
        if watched is self.ui.searchEdit:
            return self._enter_search_results
        if watched is self.ui.searchList:
            return None  # itemActivated takes the resident
        if watched is self.ui.stopCombo:
            return self._focus_first_field
        if watched in (self.ui.clearButton, self.ui.undoButton, self.ui.listButton):
            return None
        completer = self.ui.settlementCombo.completer()
        if watched is self.ui.settlementCombo and completer is not None and completer.popup().isVisible():
            return None  # Enter takes the settlement the popup offers
        return self.save

    def _focus_first_field(self) -> None:
        self.ui.iinEdit.setFocus()

    def _focus_search(self) -> None:
        focus_field(self.ui.searchEdit)

    # -- the database ---------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self._settlements.ctx = ctx
        self.drafts.set_context(ctx)
        self.saved.clear()
        self.undone.clear()
        self._stops = {}
        self.ui.undoButton.setEnabled(False)
        self.ui.feedbackLabel.clear()
        self.clear_form()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.list_dialog is not None:
            self.list_dialog.reload()  # only while it is open
        if self._ctx is None:
            self._pending = False
            self._show_stops(generation, DeskData((), ()))
            return
        # Names of places come in the interface language.
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        self._pending = True
        # Bound methods, not lambdas: Qt drops the delivery when the page is gone before the job ends.
        self._runner.start(
            lambda progress, cancel: (generation, load_desk(ctx, progress, cancel)),
            on_result=self._on_desk_loaded,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    def _on_desk_loaded(self, result: tuple[int, DeskData]) -> None:
        self._show_stops(*result)

    def _show_stops(self, generation: int, data: DeskData) -> None:
        if generation != self._generation:
            return
        self._pending = False
        combo = self.ui.stopCombo
        previous = combo.currentData()
        self._stops = {stop.id: stop for stop in data.stops}
        combo.blockSignals(True)
        try:
            combo.clear()
            for stop in data.stops:
                when = show_date(stop.day) if stop.day else self.tr("без даты")
                combo.addItem(f"{when} · {stop.title}", stop.id)
                combo.setItemData(combo.count() - 1, f"{stop.title}\n{stop.tour}", Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(previous) if previous else -1
            combo.setCurrentIndex(index if index >= 0 else (0 if data.stops else -1))
        finally:
            combo.blockSignals(False)
        self._completer.model().setStringList(list(data.organizations))  # type: ignore[attr-defined]
        has_stops = bool(data.stops)
        self.ui.contentStack.setCurrentWidget(self.ui.deskPage if has_stops else self.ui.emptyPage)
        for frame in (self.ui.receivedValueFrame, self.ui.helpedValueFrame, self.ui.controlValueFrame):
            frame.setVisible(has_stops)
        if previous is not None and combo.currentData() == previous:
            self.refresh_counters()  # the same stop after a change elsewhere: what is typed stays as it is
        else:
            self._on_stop_changed()
        self.drafts.offer()  # the stops are in the picker: a draft can be restored now

    def current_stop(self) -> DeskStop | None:
        stop_id = self.ui.stopCombo.currentData()
        return self._stops.get(stop_id) if stop_id else None

    def select_stop(self, stop_id: str) -> bool:
        index = self.ui.stopCombo.findData(stop_id)
        if index >= 0:
            self.ui.stopCombo.setCurrentIndex(index)
        return index >= 0

    def _on_stop_changed(self, _index: int = -1) -> None:
        stop = self.current_stop()
        self.ui.saveButton.setEnabled(stop is not None)
        self.refresh_counters()
        self._show_visits(())
        self._when.typed = False
        self._show_when()
        self._settlements.show_near(stop.settlement_id if stop else None)
        if stop is not None:
            self.ui.stopCombo.setToolTip(f"{stop.title}\n{stop.tour}")
            self.workingStopChanged.emit(stop.tour, stop.title)

    def refresh_counters(self) -> None:
        stop = self.current_stop()
        values = (0, 0, 0)
        if stop is not None and self._ctx is not None:
            try:
                # Synchronous: three counts over one stop's receptions, indexed, a few milliseconds.
                counters = stop_counters(self._ctx, stop.id)
                values = (counters.received, counters.helped, counters.under_control)
            except DomainError as exc:
                report(self.window(), exc)
        for label, value in zip((self.ui.receivedValue, self.ui.helpedValue, self.ui.controlValue), values,
                                strict=True):
            label.setText(show_number(value))

    # -- the form -------------------------------------------------------------------------------------------------

    def _apply_outcome(self, _index: int = -1) -> None:
        """Show what the chosen outcome asks for: the kind of help, the responsible body, the deadline."""
        self._show_deadline(apply_outcome(self.ui))

    def _show_when(self) -> None:
        stop = self.current_stop()
        self._when.show(stop.day if stop else None, self._ctx.clock() if self._ctx and stop else None)

    def received_at(self) -> datetime:
        stop = self.current_stop()
        assert self._ctx is not None
        return self._when.received_at(stop.day if stop else None, self._ctx.clock())

    def _show_deadline(self, outcome: Outcome) -> None:
        label = self.ui.deadlinePreview
        if outcome is not Outcome.CONTROL:
            label.setText(self.tr("не нужен: срок ставится, когда вопрос берут на контроль"))
            set_state(label, "")
            return
        if self._ctx is None:
            label.setText("—")
            return
        today = self._ctx.today()
        try:
            due = default_deadline(today, self._ctx.calendar)
            notify = notify_by(today, self._ctx.calendar)
        except DomainError as exc:
            label.setText(exc.message(current_language()))
            set_state(label, "warn")
            return
        label.setText(
            self.tr("до %1 — %2 рабочих дней; уведомить заявителя до %3")
            .replace("%1", show_date(due)).replace("%2", str(DEFAULT_CONTROL_WORKING_DAYS))
            .replace("%3", show_date(notify))
        )
        set_state(label, "ok")

    def _on_iin_changed(self, _text: str) -> None:
        show_iin_hint(self.ui)
        digits = normalise(self.ui.iinEdit.text())
        if len(digits) == 12 and is_valid_iin(digits):
            self._look_up(iin=digits)

    def _look_up_by_name(self) -> None:
        if normalise(self.ui.iinEdit.text()):
            return  # the IIN decides who this is
        name = self.ui.nameEdit.text().strip()
        settlement = self._settlements.selected_id()
        if name and settlement:
            self._look_up(name=name, settlement_id=settlement)

    def _look_up(self, iin: str | None = None, name: str | None = None, settlement_id: str | None = None) -> None:
        if self._ctx is None:
            return
        try:
            # Synchronous: an indexed lookup of one resident's receptions, done in milliseconds as the IIN is typed.
            visits = find_previous_visits(self._ctx, iin=iin, name=name, settlement_id=settlement_id)
            latest = get_reception(self._ctx, visits[0].id) if visits and iin else None
        except DomainError as exc:
            report(self.window(), exc)
            return
        self._show_visits(visits)
        if latest is not None and self._fill_applicant(latest):
            self._feedback(self.tr("Данные заявителя заполнены по прежнему обращению — проверьте их."), "")

    def _fill_applicant(self, earlier: ReceptionInfo) -> bool:
        """The applicant's details from an earlier reception, where nothing is typed yet; True when a detail was
        filled in (the consent alone does not count: it is a tick, not a detail to check)."""
        ui, filled = self.ui, False
        for edit, value in ((ui.nameEdit, earlier.applicant_name), (ui.phoneEdit, earlier.applicant_phone),
                            (ui.addressEdit, earlier.applicant_address)):
            if not edit.text().strip() and value:
                edit.setText(value)
                filled = True
        if earlier.social_category is not None and ui.socialCombo.currentData() is None:
            select_data(ui.socialCombo, earlier.social_category.value)
            filled = True
        if earlier.consent_given and not ui.consentCheck.isChecked():
            ui.consentCheck.setChecked(True)
            if earlier.consent_method is not None:
                select_data(ui.consentMethodCombo, earlier.consent_method.value)
        return filled

    def _show_visits(self, visits: tuple[Visit, ...]) -> None:
        self.visits = visits
        lst = self.ui.visitsList
        lst.clear()
        lang = current_language()
        for visit in visits:
            text = f"{show_date(visit.received_at)} · {visit.topic.label(lang)} — {visit.outcome.label(lang)}"
            item = QListWidgetItem(text)
            item.setToolTip(f"{visit.reg_no}\n{visit.essence}" if visit.essence else visit.reg_no)
            item.setData(DATA_ROLE, visit.id)
            lst.addItem(item)
        if visits:
            self.ui.visitsHint.setText(self.tr("Житель уже обращался %n раз", "", len(visits)))
            set_state(self.ui.visitsHint, "warn")
        else:
            self.ui.visitsHint.setText(
                self.tr("Введите ИИН или ФИО — здесь появятся прежние обращения жителя."))
            set_state(self.ui.visitsHint, "")
        self.ui.visitsBox.setProperty("repeat", bool(visits))

    def draft(self) -> ReceptionDraft:
        """What the form holds, as the service takes it."""
        stop = self.current_stop()
        return read_draft(self.ui, stop.id if stop else "", self._settlements.selected_id(),
                          self.received_at() if self._ctx is not None else None)

    def save(self) -> SavedReception | None:
        """Save the form as a reception and clear it for the next resident; a refusal keeps what was typed."""
        if self._ctx is None or self.current_stop() is None:
            return None
        try:
            # Synchronous: one reception (and at most one control item) written in a few milliseconds; the
            # officer waits for the talon number anyway.
            saved = record_reception(self._ctx, self.draft())
        except DomainError as exc:
            self.show_refusal(exc)
            return None
        except Exception as exc:
            report(self.window(), exc)
            return None
        self.saved.append(saved)
        self.undone.clear()
        self.ui.undoButton.setEnabled(True)
        self.drafts.discard()
        message = self.tr("Сохранено: талон %1.").replace("%1", saved.reg_no)
        if saved.control_item_id:
            message += " " + self.tr("Вопрос взят на контроль.")
        if saved.personal_dropped:
            message += " " + self.tr("Без согласия ИИН, телефон и адрес не сохранены.")
        message += " " + self.tr("Ctrl+Z — отменить.")
        self.clear_form()
        self._feedback(message, "warn" if saved.personal_dropped else "ok")
        self.refresh_counters()
        return saved

    def show_refusal(self, exc: DomainError) -> None:
        """The service's refusal: the field it names is marked and focused, the message shown; nothing is lost."""
        widget = self._fields.get(exc.field or "")
        if widget is not None:
            set_invalid(widget, True)
            focus_field(widget)
        self._feedback(exc.message(current_language()), "bad")
        report(self.window(), exc)

    def undo_last(self) -> None:
        if self._ctx is None or not self.saved:
            return
        last = self.saved[-1]
        try:
            delete_reception(self._ctx, last.id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.saved.pop()
        self.undone.append(last)
        self.ui.undoButton.setEnabled(bool(self.saved))
        self._feedback(self.tr("Приём по талону %1 отменён. Ctrl+Shift+Z — вернуть.").replace("%1", last.reg_no),
                       "warn")
        self.refresh_counters()

    def redo_last(self) -> None:
        if self._ctx is None or not self.undone:
            return
        last = self.undone[-1]
        try:
            restore_reception(self._ctx, last.id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.undone.pop()
        self.saved.append(last)
        self.ui.undoButton.setEnabled(True)
        self._feedback(self.tr("Приём по талону %1 возвращён.").replace("%1", last.reg_no), "ok")
        self.refresh_counters()

    def clear_form(self) -> None:
        """An empty form for the next resident; the pickers go back to their first choice."""
        ui = self.ui
        for edit in (ui.iinEdit, ui.nameEdit, ui.phoneEdit, ui.addressEdit, ui.essenceEdit, ui.responsibleEdit,
                     ui.personEdit):
            edit.setText("")  # setText, not clear(): a fresh field has no typing for Ctrl+Z to undo
        for combo in (ui.socialCombo, ui.appealFormCombo, ui.topicCombo, ui.outcomeCombo, ui.helpKindCombo,
                      ui.consentMethodCombo):
            combo.setCurrentIndex(0)
        ui.consentCheck.setChecked(False)
        for widget in self._fields.values():
            set_invalid(widget, False)
        stop = self.current_stop()
        self._settlements.select(stop.settlement_id if stop else None)  # the stop's own village again
        self._show_when()
        show_consent_warning(ui)
        self._show_visits(())
        self._apply_outcome()
        ui.iinEdit.setFocus()
        self.drafts.mark_clean()

    def discard_form(self) -> None:
        """Esc or «Очистить»: the form is emptied on purpose, and its draft goes with it."""
        self.drafts.discard()
        self.clear_form()

    def draft_fields(self) -> dict[str, FieldValue]:
        """Every field of the form as it stands, pickers by their codes (the draft the app keeps)."""
        ui = self.ui
        return {
            "stop": ui.stopCombo.currentData(), "iin": ui.iinEdit.text(), "name": ui.nameEdit.text(),
            "phone": ui.phoneEdit.text(), "address": ui.addressEdit.text(),
            "social_category": ui.socialCombo.currentData(), "consent": ui.consentCheck.isChecked(),
            "consent_method": ui.consentMethodCombo.currentData(), "appeal_form": ui.appealFormCombo.currentData(),
            "topic": ui.topicCombo.currentData(), "essence": ui.essenceEdit.text(),
            "outcome": ui.outcomeCombo.currentData(), "help_kind": ui.helpKindCombo.currentData(),
            "responsible": ui.responsibleEdit.text(), "person": ui.personEdit.text(),
            "settlement": self._settlements.selected_id(),
            "when": read_when(ui).isoformat(timespec="minutes") if self._when.typed else None,
        }

    def restore_draft(self, fields: Mapping[str, FieldValue]) -> None:
        """Fill the form from a kept draft, exactly as it was typed."""
        ui = self.ui
        self.clear_form()
        if isinstance(stop := fields.get("stop"), str):
            self.select_stop(stop)
        # The IIN first: it looks the resident's visits up and fills empty fields from them, which the draft's own
        # values then overwrite.
        ui.iinEdit.setText(str(fields.get("iin") or ""))
        for edit, name in ((ui.nameEdit, "name"), (ui.phoneEdit, "phone"), (ui.addressEdit, "address"),
                           (ui.essenceEdit, "essence")):
            edit.setText(str(fields.get(name) or ""))
        # The outcome before what it enables (the kind of help, the responsible body).
        for combo, name in ((ui.socialCombo, "social_category"), (ui.appealFormCombo, "appeal_form"),
                            (ui.topicCombo, "topic"), (ui.outcomeCombo, "outcome"), (ui.helpKindCombo, "help_kind")):
            combo.setCurrentIndex(max(combo.findData(fields.get(name)), 0))
        ui.consentCheck.setChecked(bool(fields.get("consent")))
        ui.consentMethodCombo.setCurrentIndex(max(ui.consentMethodCombo.findData(fields.get("consent_method")), 0))
        ui.responsibleEdit.setText(str(fields.get("responsible") or ""))
        ui.personEdit.setText(str(fields.get("person") or ""))
        if isinstance(settlement := fields.get("settlement"), str):
            self._settlements.select(settlement)
        if isinstance(when := fields.get("when"), str):
            set_when(ui, datetime.fromisoformat(when))
            self._when.changed()
        self._feedback(self.tr("Черновик восстановлен: проверьте форму и сохраните приём."), "")

    def _feedback(self, text: str, state: str) -> None:
        self.ui.feedbackLabel.setText(text)
        set_state(self.ui.feedbackLabel, state)

    # -- resident search ------------------------------------------------------------------------------------------

    def search(self) -> None:
        self._search_timer.stop()
        text = self.ui.searchEdit.text()
        self._search_generation += 1
        generation = self._search_generation
        if self._ctx is None or not text.strip():
            self._show_hits(generation, ())
            return
        ctx = self._ctx
        # On the worker: FTS over every reception, limited to the first SEARCH_LIMIT hits.
        self._runner.start(
            lambda progress, cancel: (generation, search_residents(ctx, text, SEARCH_LIMIT)),
            on_result=self._on_hits,
            on_error=self._report,
        )

    def _report(self, exc: BaseException) -> None:
        report(self.window(), exc)

    def _on_hits(self, result: tuple[int, tuple[ResidentHit, ...]]) -> None:
        self._show_hits(*result)

    def _show_hits(self, generation: int, hits: tuple[ResidentHit, ...]) -> None:
        if generation != self._search_generation:
            return
        self.hits = hits
        lst = self.ui.searchList
        lst.clear()
        lang = current_language()
        for hit in hits:
            iin = f" · {hit.applicant_iin}" if hit.applicant_iin else ""
            item = QListWidgetItem(f"{hit.applicant_name}{iin}\n{show_date(hit.received_at)} · "
                                   f"{hit.outcome.label(lang)}")
            item.setData(DATA_ROLE, hit.id)
            lst.addItem(item)
        if self.ui.searchEdit.text().strip() and not hits:
            self.ui.searchHint.setText(self.tr("Никого не нашлось. Примите жителя как нового: заполните форму слева."))
        else:
            self.ui.searchHint.setText(
                self.tr("Найденного жителя можно выбрать клавишей Enter: его данные перейдут в форму."))

    def _enter_search_results(self) -> None:
        self.search()  # no waiting for the typing pause when Enter is pressed
        if self.ui.searchList.count():
            self.ui.searchList.setFocus()
            self.ui.searchList.setCurrentRow(0)

    def _take_hit(self, item: QListWidgetItem) -> None:
        """A found resident's details go into the form (as from an earlier visit) for a new reception."""
        if self._ctx is None:
            return
        try:
            info = get_reception(self._ctx, item.data(DATA_ROLE))
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.clear_form()
        ui = self.ui
        self._fill_applicant(info)  # the form is empty: every detail of the resident goes in
        ui.iinEdit.setText(info.applicant_iin or "")  # looks the visits up by IIN
        if not info.applicant_iin and info.applicant_settlement_id:
            self._look_up(name=info.applicant_name, settlement_id=info.applicant_settlement_id)
        self._feedback(self.tr("Данные заявителя заполнены по прежнему обращению — проверьте их."), "")
        ui.appealFormCombo.setFocus()

    # -- saved receptions ------------------------------------------------------------------------------------------

    def open_list(self) -> ReceptionListDialog | None:
        """Ctrl+L: the receptions of the chosen stop, and a search over all of them, to open, correct or delete."""
        if self._ctx is None:
            return None
        if self.list_dialog is None:
            self.list_dialog = ReceptionListDialog(self._runner, self)
            self.list_dialog.changed.connect(self.refresh_counters)
        stop = self.current_stop()
        self.list_dialog.show_for(self._ctx, stop.id if stop else None, stop.title if stop else "")
        return self.list_dialog

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            fill_pickers(self.ui)
            self._settlements.retranslate()
            self._apply_outcome()
            show_iin_hint(self.ui)
            show_consent_warning(self.ui)
            self._show_when()
            self._show_visits(self.visits)
            if self._ctx is not None:
                self.reload()  # place names in the new language
        super().changeEvent(event)
