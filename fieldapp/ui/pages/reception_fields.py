"""What the reception desk and the reception editor share: the pickers, what an outcome asks for, the IIN hint, the
consent warning, the reception's date and time, the applicant's settlement, and the draft read from the form.

Both forms name their widgets alike (forms/reception.ui, forms/reception_edit.ui), so one function serves both;
texts are translated in the desk's context («ReceptionPage»), where they were first written. The rules themselves
stay the reception service's.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTime
from PySide6.QtWidgets import QComboBox, QCompleter

from fieldapp.domain.enums import AppealForm, ConsentMethod, HelpKind, Outcome, SocialCategory, Topic
from fieldapp.domain.errors import DomainError
from fieldapp.domain.iin import IinHint, iin_hint, is_placeholder_iin, is_valid_iin, normalise
from fieldapp.domain.messages import render
from fieldapp.domain.rules import normalise_name
from fieldapp.services.context import Context
from fieldapp.services.places import get_settlement, list_settlements, search_settlements
from fieldapp.services.receptions import ReceptionDraft, ReceptionInfo, default_received_at
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import fill_enum_combo, select_data, set_state, show_date

# Either form's generated Ui_ class: the widgets named alike.
Form = Any

SETTLEMENT_HITS = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionPage", text)


def fill_pickers(ui: Form) -> None:
    fill_enum_combo(ui.socialCombo, SocialCategory,
                    none_label=QCoreApplication.translate("ReceptionPage", "— не указана —"))
    fill_enum_combo(ui.consentMethodCombo, ConsentMethod)
    fill_enum_combo(ui.appealFormCombo, AppealForm)
    fill_enum_combo(ui.topicCombo, Topic)
    fill_enum_combo(ui.outcomeCombo, Outcome)
    fill_enum_combo(ui.helpKindCombo, HelpKind,
                    none_label=QCoreApplication.translate("ReceptionPage", "— выберите вид помощи —"))


def apply_outcome(ui: Form) -> Outcome:
    """Enable what the chosen outcome asks for (the kind of help, the responsible body and person)."""
    outcome = Outcome(ui.outcomeCombo.currentData() or Outcome.EXPLAINED.value)
    helped = outcome is Outcome.HELPED
    ui.helpKindCombo.setEnabled(helped)
    ui.helpKindLabel.setProperty("required", helped)
    needs = outcome.needs_responsible
    ui.responsibleEdit.setEnabled(needs)
    ui.personEdit.setEnabled(outcome is Outcome.CONTROL)
    ui.responsibleLabel.setProperty("required", needs)
    for label in (ui.helpKindLabel, ui.responsibleLabel):
        label.style().unpolish(label)
        label.style().polish(label)
    return outcome


# -- the IIN and the consent -----------------------------------------------------------------------------------------


def show_iin_hint(ui: Form) -> None:
    digits = normalise(ui.iinEdit.text())
    label = ui.iinHintLabel
    if not digits:
        label.setText(QCoreApplication.translate(
            "ReceptionPage", "Необязательно. По ИИН находятся прежние обращения жителя."))
        set_state(label, "")
        return
    if not digits.isascii() or not digits.isdigit():
        label.setText(QCoreApplication.translate("ReceptionPage", "ИИН состоит только из цифр"))
        set_state(label, "bad")
        return
    hint = _hint_text(iin_hint(digits))
    if len(digits) < 12:
        rest = QCoreApplication.translate("ReceptionPage", "ещё %n цифр", "", 12 - len(digits))
        label.setText(f"{hint} · {rest}" if hint else rest)
        set_state(label, "")
    elif len(digits) > 12:
        label.setText(QCoreApplication.translate("ReceptionPage", "В ИИН 12 цифр, введено %1")
                      .replace("%1", str(len(digits))))
        set_state(label, "bad")
    elif is_placeholder_iin(digits):
        # Twelve zeros and the like: no one's number, whatever its control digit (the service refuses it too).
        label.setText(render("iin.placeholder", current_language(), value=digits))
        set_state(label, "bad")
    elif is_valid_iin(digits):
        ok = QCoreApplication.translate("ReceptionPage", "ИИН верен")
        label.setText(f"✓ {ok}" + (f" · {hint}" if hint else ""))
        set_state(label, "ok")
    else:
        label.setText(QCoreApplication.translate("ReceptionPage", "Контрольная цифра не сходится — проверьте ИИН"))
        set_state(label, "bad")


def _hint_text(hint: IinHint) -> str:
    parts = []
    if hint.birth_date is not None:
        parts.append(QCoreApplication.translate("ReceptionPage", "дата рождения %1")
                     .replace("%1", show_date(hint.birth_date)))
    if hint.sex == "male":
        parts.append(QCoreApplication.translate("ReceptionPage", "мужчина"))
    elif hint.sex == "female":
        parts.append(QCoreApplication.translate("ReceptionPage", "женщина"))
    return ", ".join(parts)


def has_personal_data(ui: Form) -> bool:
    return any(edit.text().strip() for edit in (ui.iinEdit, ui.phoneEdit, ui.addressEdit))


def show_consent_warning(ui: Form) -> None:
    """Without consent the reception is kept but the IIN, phone and address are not (the service's rule): said
    always while consent is not given, as a warning once any of them is typed."""
    label = ui.consentWarning
    if ui.consentCheck.isChecked():
        label.setText("")
        label.setVisible(False)
        set_state(label, "")
        return
    label.setVisible(True)
    if has_personal_data(ui):
        label.setText(QCoreApplication.translate(
            "ReceptionPage", "⚠ Согласие не дано: ИИН, телефон и адрес не будут сохранены — только ФИО и обращение."))
        set_state(label, "warn")
    else:
        label.setText(QCoreApplication.translate(
            "ReceptionPage", "Без согласия сохраняются только ФИО и обращение; ИИН, телефон и адрес — нет."))
        set_state(label, "")


# -- when ------------------------------------------------------------------------------------------------------------


def set_when(ui: Form, moment: datetime) -> None:
    for widget in (ui.dateEdit, ui.timeEdit):
        widget.blockSignals(True)
    try:
        ui.dateEdit.setDate(QDate(moment.year, moment.month, moment.day))
        ui.timeEdit.setTime(QTime(moment.hour, moment.minute))
    finally:
        for widget in (ui.dateEdit, ui.timeEdit):
            widget.blockSignals(False)


def read_when(ui: Form) -> datetime:
    day: date = ui.dateEdit.date().toPython()
    moment = ui.timeEdit.time()
    return datetime(day.year, day.month, day.day, moment.hour(), moment.minute())


class DeskWhen:
    """The desk's date and time of the reception: as the service proposes them (now at today's stop, the morning of
    the stop's day otherwise) until the officer types them; a stop of another day is said to be one."""

    def __init__(self, ui: Form) -> None:
        self.ui = ui
        self.typed = False  # changed by hand: no longer «now» at today's stop, and kept from one resident to the next

    def changed(self) -> None:
        self.typed = True
        set_state(self.ui.whenHint, "")

    def show(self, stop_day: date | None, now: datetime | None) -> None:
        """`now` None: no stop chosen."""
        if now is None:
            self.ui.whenHint.setText("")
            return
        if not self.typed:
            set_when(self.ui, default_received_at(stop_day, now))
        other_day = stop_day is not None and stop_day != now.date()
        self.ui.whenHint.setText(QCoreApplication.translate(
            "ReceptionPage", "Остановка не сегодня: приём записывается на её день — проверьте время")
            if other_day else "")
        set_state(self.ui.whenHint, "warn" if other_day and not self.typed else "")

    def received_at(self, stop_day: date | None, now: datetime) -> datetime:
        """Now at today's stop while the time is untouched (residents come one after another, each at their own
        minute); what the form says otherwise."""
        if not self.typed and (stop_day is None or stop_day == now.date()):
            return now
        return read_when(self.ui)


# -- the applicant's settlement ---------------------------------------------------------------------------------------


class SettlementPicker(QObject):
    """The editable settlement box: the settlements of the stop's district, and any other as its name is typed
    (the indexed prefix search of services.places, a few milliseconds over 15,000 settlements)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.ctx: Context | None = None
        self._district: str | None = None
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        assert line is not None  # the form makes the box editable
        line.textEdited.connect(self._typed)
        self.retranslate()

    def retranslate(self) -> None:
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate(
                "ReceptionPage", "не указан — начните вводить название"))

    def show_near(self, settlement_id: str | None) -> None:
        """The settlements of `settlement_id`'s district, that one chosen; an empty box for None."""
        ctx = self.ctx
        if ctx is None or not settlement_id:
            self._fill((), None)
            return
        try:
            here = get_settlement(ctx, settlement_id)
            if here.district_id != self._district or self.combo.findData(settlement_id) < 0:
                lang = current_language()
                near = [(s.id, _name(s.name_ru, s.name_kk, lang)) for s in list_settlements(ctx, here.district_id)]
                self._district = here.district_id
                self._fill(sorted(near, key=lambda pair: pair[1].casefold()), settlement_id)
            else:
                select_data(self.combo, settlement_id)
        except DomainError:
            self._fill((), None)  # a settlement deleted since: the box stays empty, the officer picks another

    def select(self, settlement_id: str | None) -> None:
        if settlement_id is None:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText("")
            return
        if self.combo.findData(settlement_id) < 0:
            self.show_near(settlement_id)
        select_data(self.combo, settlement_id)

    def selected_id(self) -> str | None:
        """The chosen settlement's id; None when the box is empty; what was typed when it names none of the list
        (the service then refuses it, naming the settlement)."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.combo.itemData(index)) if index >= 0 else text

    def _fill(self, items: Any, selected: str | None) -> None:
        combo = self.combo
        combo.blockSignals(True)
        try:
            combo.clear()
            for settlement_id, label in items:
                combo.addItem(label, settlement_id)
            index = combo.findData(selected) if selected else -1
            combo.setCurrentIndex(index)
            if index < 0:
                combo.setEditText("")
        finally:
            combo.blockSignals(False)

    def _typed(self, text: str) -> None:
        """A name the district does not have: the settlements elsewhere whose name starts so join the list."""
        if self.ctx is None or len(normalise_name(text)) < 2:
            return
        key = normalise_name(text)
        if any(normalise_name(self.combo.itemText(i)).startswith(key) for i in range(self.combo.count())):
            return
        try:
            hits = search_settlements(self.ctx, text, limit=SETTLEMENT_HITS)
        except DomainError:
            return
        lang = current_language()
        for hit in hits:
            if self.combo.findData(hit.id) < 0:
                self.combo.addItem(hit.label(lang), hit.id)
        self.combo.setEditText(text)  # adding items must not replace what is being typed


def _name(name_ru: str, name_kk: str, lang: str) -> str:
    return (name_kk or name_ru) if lang == "kk" else name_ru


# -- the draft ------------------------------------------------------------------------------------------------------


def read_draft(ui: Form, stop_id: str, settlement_id: str | None, received_at: datetime | None) -> ReceptionDraft:
    """What the form holds, as the service takes it."""
    outcome = ui.outcomeCombo.currentData()
    needs = Outcome(outcome).needs_responsible if outcome else False
    consent = ui.consentCheck.isChecked()
    return ReceptionDraft(
        stop_id=stop_id,
        applicant_name=ui.nameEdit.text(),
        received_at=received_at,
        applicant_iin=ui.iinEdit.text().strip() or None,
        applicant_phone=ui.phoneEdit.text(),
        applicant_address=ui.addressEdit.text(),
        applicant_settlement_id=settlement_id,
        social_category=ui.socialCombo.currentData(),
        consent_given=consent,
        consent_method=ui.consentMethodCombo.currentData() if consent else None,
        appeal_form=ui.appealFormCombo.currentData(),
        topic=ui.topicCombo.currentData(),
        essence=ui.essenceEdit.text(),
        outcome=outcome or Outcome.EXPLAINED.value,
        help_kind=ui.helpKindCombo.currentData() if ui.helpKindCombo.isEnabled() else None,
        responsible_org_name=ui.responsibleEdit.text().strip() or None if needs else None,
        responsible_person=ui.personEdit.text() if needs else "",
    )


def fill_form(ui: Form, info: ReceptionInfo, responsible: str) -> None:
    """A saved reception in the form, every field as it was saved (the settlement is the picker's to show)."""
    set_when(ui, info.received_at)
    for edit, value in ((ui.iinEdit, info.applicant_iin or ""), (ui.nameEdit, info.applicant_name),
                        (ui.phoneEdit, info.applicant_phone), (ui.addressEdit, info.applicant_address),
                        (ui.essenceEdit, info.essence), (ui.responsibleEdit, responsible)):
        edit.setText(value)
    ui.personEdit.setText("")
    ui.socialCombo.setCurrentIndex(max(ui.socialCombo.findData(
        info.social_category.value if info.social_category else None), 0))
    ui.consentCheck.setChecked(info.consent_given)
    if info.consent_method is not None:
        select_data(ui.consentMethodCombo, info.consent_method.value)
    select_data(ui.appealFormCombo, info.appeal_form.value)
    select_data(ui.topicCombo, info.topic.value)
    select_data(ui.outcomeCombo, info.outcome.value)
    ui.helpKindCombo.setCurrentIndex(max(ui.helpKindCombo.findData(
        info.help_kind.value if info.help_kind else None), 0))
