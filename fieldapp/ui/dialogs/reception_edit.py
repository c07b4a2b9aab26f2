"""A saved reception, opened from the list of receptions to be corrected with the desk's rules, or deleted with a
reason. An outcome changed away from «взято на контроль» asks what becomes of its control item. Who may correct
what is the reception service's rule (edit_refusal): what it would refuse is disabled here, with its reason.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from fieldapp.domain.enums import ControlEventKind, Outcome
from fieldapp.domain.errors import DomainError
from fieldapp.services import roles
from fieldapp.services.context import Context
from fieldapp.services.control import get_item
from fieldapp.services.people import get_member, get_organization
from fieldapp.services.receptions import (
    ItemFate,
    ReceptionDraft,
    ReceptionInfo,
    delete_reception,
    edit_refusal,
    get_reception,
    update_reception,
)
from fieldapp.services.tours import get_stop
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_reception_edit import Ui_ReceptionEditDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.reception_fields import (
    SettlementPicker,
    apply_outcome,
    fill_form,
    fill_pickers,
    read_draft,
    read_when,
    show_consent_warning,
    show_iin_hint,
)
from fieldapp.ui.widgets.common import focus_field, set_invalid, set_state, show_date, show_datetime
from fieldapp.ui.widgets.save_keys import save_keys

__all__ = ["HISTORY_MODULES", "ReceptionEditDialog", "ask_delete_reason", "history_dialog"]

# Where the «История» of a record is shown (show_history(parent, ctx, record_id)), built by another part of the app:
# the button appears once one of them is there.
HISTORY_MODULES = ("fieldapp.ui.dialogs.history", "fieldapp.ui.dialogs.record_log")


def history_dialog() -> Callable[[QWidget, Context, str], object] | None:
    """The function that shows a record's history, or None while no module of the app provides one."""
    for name in HISTORY_MODULES:
        if importlib.util.find_spec(name) is not None:
            show = getattr(importlib.import_module(name), "show_history", None)
            if callable(show):
                return show  # type: ignore[no-any-return]
    return None


class ReceptionEditDialog(QDialog):
    saved = Signal(str)  # what was done, for the list to say

    def __init__(self, ctx: Context, reception_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceptionEditDialog()
        self.ui.setupUi(self)
        self.setObjectName("receptionEditDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.info: ReceptionInfo = get_reception(ctx, reception_id)  # NotFoundError: deleted meanwhile
        self.question: QMessageBox | None = None
        self.asking: QInputDialog | None = None
        ui = self.ui
        self._settlements = SettlementPicker(ui.settlementCombo)
        self._settlements.ctx = ctx
        self._fields: dict[str, QWidget] = {
            "iin": ui.iinEdit, "applicant_name": ui.nameEdit, "phone": ui.phoneEdit, "consent": ui.consentCheck,
            "social_category": ui.socialCombo, "appeal_form": ui.appealFormCombo, "topic": ui.topicCombo,
            "outcome": ui.outcomeCombo, "help_kind": ui.helpKindCombo, "responsible": ui.responsibleEdit,
            "deadline": ui.outcomeCombo, "title": ui.essenceEdit, "settlement": ui.settlementCombo,
            "received_at": ui.dateEdit, "status": ui.outcomeCombo,
        }
        fill_pickers(ui)
        self._show(self.info)
        ui.outcomeCombo.currentIndexChanged.connect(lambda _i: apply_outcome(ui))
        ui.consentCheck.toggled.connect(ui.consentMethodCombo.setEnabled)
        ui.consentCheck.toggled.connect(lambda _on: show_consent_warning(ui))
        ui.iinEdit.textChanged.connect(lambda _text: show_iin_hint(ui))
        for edit in (ui.iinEdit, ui.phoneEdit, ui.addressEdit):
            edit.textChanged.connect(lambda _text: show_consent_warning(ui))
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, w=widget: set_invalid(w, False))
        ui.saveButton.setDefault(True)
        self._save_keys = save_keys(self, ui.saveButton)  # Enter in any field saves (its tooltip says so)
        ui.saveButton.clicked.connect(self.save)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.closeButton.clicked.connect(self.reject)
        self.history_shown: object | None = None
        ui.historyButton.setVisible(history_dialog() is not None)
        ui.historyButton.clicked.connect(self.show_history)
        QShortcut(QKeySequence("Ctrl+Delete"), self, self.ask_delete)
        self._apply_access()
        self._opened = self.draft()  # what Esc compares with before it lets unsaved corrections go
        self._leaving = False
        self.resize(self.width(), self.sizeHint().height())  # no blank band below the form
        ui.nameEdit.setFocus()

    # -- showing -----------------------------------------------------------------------------------------------

    def _show(self, info: ReceptionInfo) -> None:
        ui, lang = self.ui, current_language()
        responsible = ""
        if info.responsible_org_id:
            try:
                responsible = get_organization(self.ctx, info.responsible_org_id).name(lang)
            except DomainError:
                responsible = ""
        fill_form(ui, info, responsible)
        stop_place, stop_title = None, ""
        with contextlib.suppress(DomainError):  # a stop deleted since: the reception is still correctable
            stop = get_stop(self.ctx, info.stop_id)
            stop_place = stop.settlement_id
            stop_title = (stop.settlement_kk or stop.settlement_ru) if lang == "kk" else stop.settlement_ru
            stop_title += f" — {stop.venue}" if stop.venue else ""
        # The stop's district to pick from, even when no settlement was given; the applicant's own, if any, chosen.
        self._settlements.show_near(info.applicant_settlement_id or stop_place)
        if info.applicant_settlement_id is None:
            self._settlements.select(None)
        ui.consentMethodCombo.setEnabled(info.consent_given)
        apply_outcome(ui)
        show_iin_hint(ui)
        show_consent_warning(ui)
        by = self.tr("не указан")
        if info.created_by:
            with contextlib.suppress(DomainError):  # a member deleted since: «не указан»
                by = get_member(self.ctx, info.created_by).full_name
        self.setWindowTitle(self.tr("Приём по талону %1").replace("%1", info.reg_no))
        ui.headerLabel.setText(self.tr("Талон %1 · %2 · %3 · записал(а): %4")
                               .replace("%1", info.reg_no).replace("%2", stop_title or "—")
                               .replace("%3", show_datetime(info.received_at)).replace("%4", by))
        ui.controlLabel.setText(self._control_text(info))

    def _control_text(self, info: ReceptionInfo) -> str:
        if not info.control_item_id:
            return ""
        try:
            item = get_item(self.ctx, info.control_item_id)
        except DomainError:
            return ""
        return (self.tr("На контроле: «%1», %2, срок %3")
                .replace("%1", item.row.title).replace("%2", item.row.status.label(current_language()))
                .replace("%3", show_date(item.row.deadline)))

    def _apply_access(self) -> None:
        """What the service would refuse is disabled, its reason said once above the form and on each button."""
        refusal = edit_refusal(self.ctx, self.info.created_by, current_language(), self.info.stop_id)
        ui = self.ui
        editable = refusal is None
        for box in (ui.applicantBox, ui.appealBox):
            box.setEnabled(editable)
        for button in (ui.saveButton, ui.deleteButton):
            button.setEnabled(editable)
            button.setToolTip(refusal or "")
        ui.refusalLabel.setVisible(not editable)
        ui.refusalLabel.setText(refusal or "")
        set_state(ui.refusalLabel, "warn" if refusal else "")
        if not editable:
            ui.closeButton.setDefault(True)
            ui.closeButton.setFocus()

    # -- saving ------------------------------------------------------------------------------------------------

    def draft(self) -> ReceptionDraft:
        return read_draft(self.ui, self.info.stop_id, self._settlements.selected_id(), read_when(self.ui))

    def save(self) -> QMessageBox | None:
        """Save the correction; an outcome taken away from control first asks what becomes of the item (the
        question is returned then, and the save waits for its answer)."""
        if not self.ui.saveButton.isEnabled():
            return None
        draft = self.draft()
        leaves_control = (self.info.outcome is Outcome.CONTROL and self.info.control_item_id is not None
                          and draft.outcome != Outcome.CONTROL.value)
        if leaves_control:
            return self.ask_fate(draft)
        self._save(draft, None)
        return None

    def ask_fate(self, draft: ReceptionDraft) -> QMessageBox:
        item_id = self.info.control_item_id or ""
        item = get_item(self.ctx, item_id)
        others = len([r for r in item.reception_ids if r != self.info.id])
        worked_on = any(e.kind is not ControlEventKind.OPENED for e in item.events)
        text = self.tr("Результат больше не «взято на контроль». Что делать с вопросом «%1» (срок %2)?") \
            .replace("%1", item.row.title).replace("%2", show_date(item.row.deadline))
        if others:
            text += "\n\n" + self.tr("По этому вопросу обращались ещё жители: %1.").replace("%1", str(others))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Вопрос на контроле"), text,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("controlFateQuestion")
        keep = box.addButton(self.tr("Оставить на контроле"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(self.tr("Снять с контроля"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("keepButton")
        close.setObjectName("closeButton")
        # Withdrawing an item nobody worked on is the correction's own business; taking a live one off control
        # is a supervisor's decision (control.close).
        refusal = roles.reason(self.ctx, "control.close", current_language()) if (worked_on or others) else None
        if refusal:
            close.setEnabled(False)
            close.setToolTip(refusal)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if button is keep:
                self._save(draft, ItemFate.KEEP)
            elif button is close:
                self._save(draft, ItemFate.CLOSE)

        box.buttonClicked.connect(answered)
        box.open()
        self.question = box
        return box

    def _save(self, draft: ReceptionDraft, fate: ItemFate | None) -> None:
        try:
            saved = update_reception(self.ctx, self.info.id, draft, fate)
        except DomainError as exc:
            widget = self._fields.get(exc.field or "")
            if widget is not None:
                set_invalid(widget, True)
                focus_field(widget)
            self.ui.feedbackLabel.setText(exc.message(current_language()))
            set_state(self.ui.feedbackLabel, "bad")
            report(self, exc)
            return
        message = self.tr("Исправлено: талон %1.").replace("%1", saved.reg_no)
        if saved.control_item_id and saved.control_item_id != self.info.control_item_id:
            message += " " + self.tr("Вопрос взят на контроль.")
        if fate is ItemFate.KEEP:
            message += " " + self.tr("Вопрос оставлен на контроле.")
        elif fate is ItemFate.CLOSE:
            message += " " + self.tr("Вопрос снят с контроля.")
        if saved.personal_dropped:
            message += " " + self.tr("Без согласия ИИН, телефон и адрес не сохранены.")
        self.saved.emit(message)
        self.accept()

    def reject(self) -> None:
        """Esc or «Закрыть»: corrections typed and not saved are asked about first."""
        if self._leaving or not self.ui.saveButton.isEnabled() or self.draft() == self._opened:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Исправления не сохранены"),
                          self.tr("Закрыть приём, не сохранив исправления?"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardQuestion")
        leave = box.addButton(self.tr("Закрыть без сохранения"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Вернуться к исправлению"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if button is leave:
                self._leaving = True
                self.reject()

        box.buttonClicked.connect(answered)
        box.open()
        self.question = box

    # -- deleting and history ----------------------------------------------------------------------------------

    def ask_delete(self) -> QInputDialog | None:
        if not self.ui.deleteButton.isEnabled():
            return None

        def deleted(message: str) -> None:
            self.saved.emit(message)
            self.accept()

        self.asking = ask_delete_reason(self, self.ctx, self.info.id, self.info.reg_no, self.info.applicant_name,
                                        deleted)
        return self.asking

    def show_history(self) -> object | None:
        """The reception's history: each change, who made it, when and on which laptop."""
        show = history_dialog()
        self.history_shown = show(self, self.ctx, self.info.id) if show is not None else None
        return self.history_shown

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            fill_pickers(self.ui)
            self._settlements.retranslate()
            apply_outcome(self.ui)
            show_iin_hint(self.ui)
            show_consent_warning(self.ui)
            self._apply_access()
        super().changeEvent(event)


def ask_delete_reason(
    parent: QWidget, ctx: Context, reception_id: str, reg_no: str, name: str, done: Callable[[str], None]
) -> QInputDialog:
    """Delete a reception after asking why (the reason stays with it in the history): the question is the
    confirmation, its button «Удалить» enabled once a reason is typed. `done` gets what to say after."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("deleteReceptionDialog")
    dialog.setWindowTitle(QCoreApplication.translate("ReceptionEditDialog", "Удалить приём"))
    question = QCoreApplication.translate(
        "ReceptionEditDialog", "Удалить приём по талону %1 (%2)? Он исчезнет из списков, счётчиков и отчётов; в "
        "истории он останется вместе с причиной.\n\nПричина удаления:")
    dialog.setLabelText(question.replace("%1", reg_no).replace("%2", name))
    dialog.setTextValue("")
    dialog.setOkButtonText(QCoreApplication.translate("ReceptionEditDialog", "Удалить"))
    dialog.setCancelButtonText(QCoreApplication.translate("ReceptionEditDialog", "Не удалять"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def enable(text: str) -> None:
        box = dialog.findChild(QDialogButtonBox)
        if box is not None:
            box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    dialog.textValueChanged.connect(enable)

    def chosen(text: str) -> None:
        if not text.strip():
            return
        try:
            delete_reception(ctx, reception_id, text)
        except DomainError as exc:
            report(parent, exc)
            return
        said = QCoreApplication.translate("ReceptionEditDialog", "Приём по талону %1 удалён. Причина: %2")
        done(said.replace("%1", reg_no).replace("%2", " ".join(text.split())))

    dialog.textValueSelected.connect(chosen)
    dialog.open()
    dialog.activateWindow()
    enable("")
    return dialog
