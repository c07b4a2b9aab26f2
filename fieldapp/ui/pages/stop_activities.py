"""The stop page's activity form: an activity added, or chosen in the table, corrected and saved, or deleted after
a question — type, audience, title, participants, handouts, publications and description. A mixin of StopPage
(pages/stop.py), which owns the widgets, the context and the draft keeper; kept apart so each module reads whole."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import tours
from fieldapp.services.context import Context
from fieldapp.services.drafts import FieldValue
from fieldapp.services.tours import ActivityDraft, ActivityInfo
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import RowColumn, RowTableModel
from fieldapp.ui.widgets.common import ask_yes_no, select_data, show_number

if TYPE_CHECKING:
    from fieldapp.ui.forms.ui_stop import Ui_StopPage
    from fieldapp.ui.widgets.draft_keeper import DraftKeeper


def activity_model(parent: QObject | None = None) -> RowTableModel[ActivityInfo]:
    columns: list[RowColumn[ActivityInfo]] = [
        RowColumn(
            "type", lambda: QCoreApplication.translate("ActivityModel", "Вид"),
            lambda a: a.type.label(current_language())),
        RowColumn(
            "audience", lambda: QCoreApplication.translate("ActivityModel", "Аудитория"),
            lambda a: a.audience.label(current_language())),
        RowColumn(
            "title", lambda: QCoreApplication.translate("ActivityModel", "Название"),
            lambda a: a.title or "—"),
        RowColumn(
            "participants", lambda: QCoreApplication.translate("ActivityModel", "Участников"),
            lambda a: show_number(a.participants), lambda a: a.participants, right=True),
        RowColumn(
            "handouts", lambda: QCoreApplication.translate("ActivityModel", "Материалов"),
            lambda a: show_number(a.handouts), lambda a: a.handouts, right=True),
        RowColumn(
            "publications", lambda: QCoreApplication.translate("ActivityModel", "Публикаций"),
            lambda a: show_number(a.publications), lambda a: a.publications, right=True),
    ]
    return RowTableModel(columns, lambda a: a.id, tooltip=lambda a: a.description, parent=parent)


class ActivityForm:
    """What StopPage provides, declared for the type checker; the methods below are the page's. Texts are
    translated in the StopPage context, where they lived before the split."""

    ui: Ui_StopPage
    _ctx: Context | None
    activities: RowTableModel[ActivityInfo]
    drafts: DraftKeeper
    editing: str | None  # the activity loaded into the form to be corrected; None: a new one
    question: QMessageBox | None  # the last question asked (tests answer it)

    def current_stop_id(self) -> str | None: ...
    def show_stop(self, stop_id: str) -> None: ...
    def _stop_changed(self, *_args: object) -> None: ...
    def _refused(self, exc: DomainError, widget: QWidget | None = None) -> None: ...

    def _activity_draft(self) -> ActivityDraft:
        ui = self.ui
        return ActivityDraft(type=ui.activityTypeCombo.currentData(), audience=ui.audienceCombo.currentData(),
                             title=ui.activityTitleEdit.text(), participants=ui.participantsSpin.value(),
                             handouts=ui.handoutsSpin.value(), publications=ui.publicationsSpin.value(),
                             description=ui.descriptionEdit.toPlainText())

    def add_activity(self) -> None:
        """Add the activity in the form, or save the corrections to the one chosen in the table."""
        stop_id = self.current_stop_id()
        if self._ctx is None or stop_id is None:
            return
        ui = self.ui
        spins = {"participants": ui.participantsSpin, "handouts": ui.handoutsSpin,
                 "publications": ui.publicationsSpin}
        try:
            if self.editing is None:
                tours.add_activity(self._ctx, stop_id, self._activity_draft())
            else:
                tours.update_activity(self._ctx, self.editing, self._activity_draft())
        except DomainError as exc:
            self._refused(exc, spins.get(exc.field or ""))
            return
        self.drafts.discard()
        self.new_activity()
        self._stop_changed()

    def new_activity(self) -> None:
        """An empty form for the next activity (type and audience stay: a day often repeats them)."""
        ui = self.ui
        self.editing = None
        ui.activityView.clearSelection()
        ui.activityTitleEdit.setText("")
        for spin in (ui.participantsSpin, ui.handoutsSpin, ui.publicationsSpin):
            spin.setValue(0)
        ui.descriptionEdit.setPlainText("")
        self.drafts.mark_clean()
        self._show_mode()

    def _activity_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        # Only a row the user picks fills the form; a reload clearing the selection leaves the form alone.
        if selected.isEmpty():
            return
        row = selected.indexes()[0].row()
        activity = self.activities.row_at(row)
        if activity.id == self.editing:
            return
        ui = self.ui
        self.editing = activity.id
        select_data(ui.activityTypeCombo, activity.type.value)
        select_data(ui.audienceCombo, activity.audience.value)
        ui.activityTitleEdit.setText(activity.title)
        ui.participantsSpin.setValue(activity.participants)
        ui.handoutsSpin.setValue(activity.handouts)
        ui.publicationsSpin.setValue(activity.publications)
        ui.descriptionEdit.setPlainText(activity.description)
        self.drafts.mark_clean()
        self._show_mode()

    def _reselect_activity(self) -> None:
        """After the table is read again, the activity being corrected stays chosen (gone: the form adds)."""
        view = self.ui.activityView
        row = self.activities.row_of(self.editing) if self.editing else -1
        if self.editing is not None and row < 0:
            self.editing = None
        elif row >= 0:
            view.selectionModel().blockSignals(True)
            view.selectRow(row)
            view.selectionModel().blockSignals(False)
        self._show_mode()

    def _show_mode(self) -> None:
        ui = self.ui
        if self.editing is None:
            ui.addActivityButton.setText(QCoreApplication.translate("StopPage", "Добавить мероприятие"))
            ui.activityMode.setText("")
        else:
            ui.addActivityButton.setText(QCoreApplication.translate("StopPage", "Сохранить изменения"))
            ui.activityMode.setText(QCoreApplication.translate("StopPage", "Правка выбранного мероприятия"))
        ui.removeActivityButton.setEnabled(self.editing is not None)

    def draft_fields(self) -> dict[str, FieldValue]:
        ui = self.ui
        return {"stop": self.current_stop_id(), "activity": self.editing, "type": ui.activityTypeCombo.currentData(),
                "audience": ui.audienceCombo.currentData(), "title": ui.activityTitleEdit.text(),
                "participants": ui.participantsSpin.value(), "handouts": ui.handoutsSpin.value(),
                "publications": ui.publicationsSpin.value(), "description": ui.descriptionEdit.toPlainText()}

    def restore_draft(self, fields: Mapping[str, FieldValue]) -> None:
        ui = self.ui
        if isinstance(stop := fields.get("stop"), str):
            self.show_stop(stop)
        activity = fields.get("activity")
        self.editing = activity if isinstance(activity, str) else None
        for combo, name in ((ui.activityTypeCombo, "type"), (ui.audienceCombo, "audience")):
            combo.setCurrentIndex(max(combo.findData(fields.get(name)), 0))
        ui.activityTitleEdit.setText(str(fields.get("title") or ""))
        for spin, name in ((ui.participantsSpin, "participants"), (ui.handoutsSpin, "handouts"),
                           (ui.publicationsSpin, "publications")):
            value = fields.get(name)
            spin.setValue(value if isinstance(value, int) else 0)
        ui.descriptionEdit.setPlainText(str(fields.get("description") or ""))
        self._show_mode()

    def ask_remove_activity(self) -> QMessageBox | None:
        """Delete the activity chosen, after a question (No is the default)."""
        if self._ctx is None or self.editing is None:
            return None
        row = self.activities.row_of(self.editing)
        if row < 0:
            return None
        activity = self.activities.row_at(row)
        name = activity.title or activity.type.label(current_language())
        text = QCoreApplication.translate("StopPage", "Удалить мероприятие «%1» (участников: %2)?")
        activity_id = activity.id
        box = ask_yes_no(cast(QWidget, self), QCoreApplication.translate("StopPage", "Удалить мероприятие"),
                         text.replace("%1", name).replace("%2", show_number(activity.participants)),
                         lambda: self.remove_activity(activity_id), "activityQuestion",
                         yes=QCoreApplication.translate("StopPage", "Удалить"),
                         no=QCoreApplication.translate("StopPage", "Не удалять"))
        self.question = box
        return box

    def remove_activity(self, activity_id: str) -> None:
        if self._ctx is None:
            return
        try:
            tours.delete_activity(self._ctx, activity_id)
        except DomainError as exc:
            self._refused(exc)
            return
        if self.editing == activity_id:
            self.new_activity()
        self._stop_changed()
