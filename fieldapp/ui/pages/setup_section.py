"""One section of the setup page: the list of things of one kind on the left, the form of the chosen one on the
right, with add, save and delete (after a confirmation). Each kind (campaigns, groups, places…) says only how its
rows are listed, how its form is filled and read, and which service saves and deletes."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from fieldapp.domain.errors import DomainError
from fieldapp.services.context import Context
from fieldapp.ui.dialogs.record_log import show_history
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_setup_section import Ui_SetupSection
from fieldapp.ui.widgets.access import guard, refusal
from fieldapp.ui.widgets.common import focus_field, set_invalid, set_state
from fieldapp.ui.widgets.save_keys import save_keys

ID_ROLE = Qt.ItemDataRole.UserRole
ACT = "setup"  # services/roles.py: setting up is a supervisor's act


@dataclass(frozen=True)
class Row:
    """A line of a section's list."""

    id: str
    label: str
    tooltip: str = ""


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, str | None]], keep: object = None) -> None:
    """Refill a picker with (label, id) items, keeping its choice (or `keep`) when that is still offered; a choice
    that was deleted meanwhile falls back to the first item."""
    current = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    finally:
        combo.blockSignals(False)


class Section(QWidget):
    """A list-and-form of one kind of thing. Subclasses set `form_class` and implement the hooks below."""

    saved = Signal(str)  # the id of what was saved or deleted: the page refreshes the other sections' pickers

    form_class: Any = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupSection()
        self.ui.setupUi(self)
        self.form = self.form_class()
        self.form_widget = QWidget(self)
        self.form.setupUi(self.form_widget)
        self.ui.formHolder.addWidget(self.form_widget)
        for combo in self.form_widget.findChildren(QComboBox):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.scopeCombo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ctx: Context | None = None
        self.current_id: str | None = None
        self.dirty = False  # the form holds edits not saved yet: a reload never overwrites them
        self._filling = False
        self.delete_box: QMessageBox | None = None
        self.discard_box: QMessageBox | None = None
        ui = self.ui
        ui.itemList.setSpacing(2)
        ui.scopeLabel.setVisible(False)
        ui.scopeCombo.setVisible(False)
        ui.itemList.currentItemChanged.connect(self._chosen)
        ui.itemList.installEventFilter(self)
        ui.filterEdit.textChanged.connect(lambda _t: self.refresh_list())
        ui.scopeCombo.activated.connect(lambda _i: self.scope_changed())
        ui.newButton.clicked.connect(self.start_new)
        ui.saveButton.clicked.connect(self.save)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.historyButton.clicked.connect(self.show_history)
        self.history_dialog: QWidget | None = None
        self._shortcuts = []
        for sequence, target in (("Ctrl+N", ui.newButton), ("Ctrl+S", ui.saveButton)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(target.animateClick)
            self._shortcuts.append(shortcut)
        self._watch_form()
        # Enter in a field of the form (Ctrl+Enter in a multi-line one) saves it, as at the reception desk.
        self._save_keys = save_keys(self.form_widget, ui.saveButton)
        self._chain_tab_order()
        self.retranslate_extra()

    # -- hooks of a kind of thing ---------------------------------------------------------------------------------

    def rows(self, ctx: Context) -> Sequence[Row]:
        raise NotImplementedError

    def load(self, ctx: Context, row_id: str) -> Any:
        raise NotImplementedError

    def fill(self, info: Any | None) -> None:
        """Show `info` in the form; None: a blank form for a new one."""
        raise NotImplementedError

    def store(self, ctx: Context, row_id: str | None) -> str:
        """Save the form (create when `row_id` is None); returns the id."""
        raise NotImplementedError

    def remove(self, ctx: Context, row_id: str) -> None:
        raise NotImplementedError

    def refresh_pickers(self, ctx: Context) -> None:
        """Refill the form's pickers (they keep their choice)."""

    def field_widgets(self) -> dict[str, QWidget]:
        """The form's widget for each field name a service may name in a refusal."""
        return {}

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        """Translated texts: "new" (the form title for a new one), "edit", "empty_title" and "empty" (what to do
        when there is none),
        "delete" (the question, %1 = the name), "saved"."""
        raise NotImplementedError

    def extra_guarded(self) -> Sequence[QWidget]:
        """Widgets besides the form's fields that a role which may not set up cannot use."""
        return ()

    def scope_changed(self) -> None:
        self.refresh_list()

    def matches(self, row: Row, text: str) -> bool:
        return text.casefold() in row.label.casefold()

    def after_fill(self) -> None:
        """Enable what depends on the current row (e.g. a group's members once it exists)."""

    # -- the machinery ----------------------------------------------------------------------------------------------

    def _watch_form(self) -> None:
        for child in self.form_widget.findChildren(QWidget):
            if isinstance(child, QLineEdit) and child is not getattr(self.form, "roleEdit", None):
                child.textEdited.connect(self._edited)
            elif isinstance(child, QComboBox) and child is not getattr(self.form, "memberCombo", None):
                child.activated.connect(self._edited)
            elif isinstance(child, QDateEdit):
                child.dateChanged.connect(self._edited)
            elif isinstance(child, QPlainTextEdit):
                child.textChanged.connect(self._edited)

    def _chain_tab_order(self) -> None:
        """Tab walks the list, «Добавить», the form's fields in the form's own order, then «Сохранить» and
        «Удалить»: the form is a widget of its own, so without this its fields would come after «Удалить»."""
        fields: list[QWidget] = []
        widget = self.form_widget.nextInFocusChain()  # the form's own chain, set by its .ui tab stops
        while widget is not None and self.form_widget.isAncestorOf(widget) and widget not in fields:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                fields.append(widget)
            widget = widget.nextInFocusChain()
        ui = self.ui
        chain = [ui.scopeCombo, ui.filterEdit, ui.itemList, ui.newButton, *fields, ui.saveButton, ui.historyButton,
                 ui.deleteButton]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self.dirty = True
        sender = self.sender()
        if isinstance(sender, QWidget):
            set_invalid(sender, False)

    def set_context(self, ctx: Context | None) -> None:
        self.ctx = ctx
        self.current_id = None
        self.dirty = False
        self.reload()

    def reload(self) -> None:
        """Cheap and keeping what the user does: pickers and list refreshed, choices and selection kept, and the
        form refilled only when it holds no unsaved edits."""
        if self.ctx is None:
            return
        try:
            self._filling = True
            self.refresh_pickers(self.ctx)
        finally:
            self._filling = False
        self.refresh_list()
        if not self.dirty:
            self.show_current()
        self.apply_role()

    def refresh_list(self) -> None:
        ui = self.ui
        if self.ctx is None:
            return
        rows = list(self.rows(self.ctx))
        text = ui.filterEdit.text().strip()
        shown = [r for r in rows if not text or self.matches(r, text)]
        lst = ui.itemList
        lst.blockSignals(True)
        try:
            lst.clear()
            for row in shown:
                item = QListWidgetItem(row.label)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(row.tooltip or row.label)
                lst.addItem(item)
            row_index = self.row_of(self.current_id) if self.current_id else -1
            if row_index >= 0:
                lst.setCurrentRow(row_index)
        finally:
            lst.blockSignals(False)
        if self.current_id is not None and not any(r.id == self.current_id for r in rows) and not self.dirty:
            self.current_id = None  # deleted elsewhere: the form goes blank
        ui.listStack.setCurrentWidget(ui.listPage if shown else ui.emptyPage)
        self._show_empty_text()

    def _show_empty_text(self) -> None:
        """Say what to do: a search that found nothing, or how to add the first one (and who may)."""
        if self.ui.filterEdit.text().strip():
            self.ui.emptyTitle.setText(self.tr("Ничего не найдено"))
            self.ui.emptyText.setText(self.tr("Проверьте написание или сократите запрос."))
            return
        texts = self.texts()
        why = refusal(self.ctx, ACT)
        self.ui.emptyTitle.setText(texts["empty_title"])
        # A role that may not set up is told who may, not how to fill a form it cannot use.
        self.ui.emptyText.setText(why[:1].upper() + why[1:] + "." if why else texts["empty"])

    def row_of(self, row_id: str | None) -> int:
        lst = self.ui.itemList
        return next((i for i in range(lst.count()) if lst.item(i).data(ID_ROLE) == row_id), -1)

    def select(self, row_id: str) -> None:
        """Choose `row_id` in the list (the form shows it)."""
        row = self.row_of(row_id)
        if row >= 0:
            self.ui.itemList.setCurrentRow(row)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        target = item.data(ID_ROLE)
        if self.dirty and target != self.current_id:
            self._back_to_current()
            self.ask_discard(lambda: self._show(target))
            return
        self._show(target)

    def _show(self, row_id: str) -> None:
        self.current_id = row_id
        self.dirty = False
        lst = self.ui.itemList
        lst.blockSignals(True)
        lst.setCurrentRow(self.row_of(row_id))
        lst.blockSignals(False)
        self.show_current()

    def _back_to_current(self) -> None:
        """The list shows the row whose form is on screen again (the user's click is on hold)."""
        lst = self.ui.itemList
        lst.blockSignals(True)
        lst.setCurrentRow(self.row_of(self.current_id) if self.current_id else -1)
        lst.blockSignals(False)

    def ask_discard(self, then: Callable[[], None]) -> QMessageBox:
        """Edits not saved yet are never dropped silently: ask, and go on only if the user lets them go."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Изменения не сохранены"),
                          self.tr("В форме есть несохранённые изменения. Отказаться от них?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discardBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Не сохранять"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Вернуться к форме"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Discard).clicked.connect(then)
        box.open()
        self.discard_box = box
        return box

    def show_current(self) -> None:
        info = None
        if self.current_id is not None and self.ctx is not None:
            try:
                info = self.load(self.ctx, self.current_id)
            except DomainError:
                self.current_id = None  # deleted meanwhile
        self._filling = True
        try:
            self.fill(info)
        finally:
            self._filling = False
        for widget in self.field_widgets().values():
            set_invalid(widget, False)
        texts = self.texts()
        self.ui.formBox.setTitle(texts["edit"] if self.current_id else texts["new"])
        self.after_fill()
        self.apply_role()

    def start_new(self) -> None:
        if self.dirty:
            self.ask_discard(self._blank)
            return
        self._blank()

    def _blank(self) -> None:
        self.ui.itemList.blockSignals(True)
        self.ui.itemList.clearSelection()
        self.ui.itemList.setCurrentRow(-1)
        self.ui.itemList.blockSignals(False)
        self.current_id = None
        self.dirty = False
        self.ui.statusLabel.setText("")
        self.show_current()
        focus_field(self.first_field())

    def apply_role(self) -> None:
        """Edit controls disabled for a role that may not set up, the service's reason as their tooltip."""
        ctx = self.ctx
        for widget in self.form_widget.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QAbstractButton)):
                guard(widget, ctx, ACT, enabled=self.field_enabled(widget))
        guard(self.ui.newButton, ctx, ACT)
        guard(self.ui.saveButton, ctx, ACT)
        guard(self.ui.deleteButton, ctx, ACT, enabled=self.current_id is not None)
        self.ui.historyButton.setEnabled(self.current_id is not None)  # reading the history is everyone's
        for widget in self.extra_guarded():
            guard(widget, ctx, ACT)
        self._show_empty_text()

    def field_enabled(self, widget: QWidget) -> bool:
        """Whether a form widget is usable apart from the role (e.g. members of a group not saved yet)."""
        return True

    def save(self) -> bool:
        if self.ctx is None:
            return False
        try:
            row_id = self.store(self.ctx, self.current_id)
        except DomainError as exc:
            widget = self.field_widgets().get(exc.field or "")
            if widget is not None:
                set_invalid(widget, True)
                focus_field(widget)
            report(self.window(), exc)
            return False
        self.current_id = row_id
        self.dirty = False
        self.ui.statusLabel.setText(self.texts()["saved"])
        set_state(self.ui.statusLabel, "ok")
        self.reload()
        self.select(row_id)
        self.saved.emit(row_id)
        return True

    def show_history(self) -> QWidget | None:
        """The record's «История»: every change, who made it, when and on which laptop (a deleted record's too)."""
        if self.ctx is None or self.current_id is None:
            return None
        self.history_dialog = show_history(self, self.ctx, self.current_id)
        return self.history_dialog

    def ask_delete(self) -> QMessageBox | None:
        """Ask before the tombstone: the thing leaves every picker (its history stays)."""
        row = self.ui.itemList.currentItem()
        if self.ctx is None or self.current_id is None:
            return None
        name = row.text() if row is not None else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Удалить"),
                          self.texts()["delete"].replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        row_id = self.current_id
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.delete(row_id))
        box.open()
        self.delete_box = box
        return box

    def delete(self, row_id: str) -> bool:
        if self.ctx is None:
            return False
        try:
            self.remove(self.ctx, row_id)
        except DomainError as exc:
            report(self.window(), exc)
            return False
        self.current_id = None
        self.dirty = False
        self.ui.statusLabel.setText(self.tr("Удалено. В истории запись сохранится."))
        set_state(self.ui.statusLabel, "")
        self.reload()
        self.saved.emit(row_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.itemList and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete:
            if self.ui.deleteButton.isEnabled():
                self.ask_delete()
            return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        status = self.ui.statusLabel.text()
        scope = self.ui.scopeLabel.text()
        self.ui.retranslateUi(self)
        self.form.retranslateUi(self.form_widget)
        self.ui.statusLabel.setText(status)
        self.ui.scopeLabel.setText(scope)
        self.retranslate_extra()
        texts = self.texts()
        self.ui.formBox.setTitle(texts["edit"] if self.current_id else texts["new"])
        if self.ctx is not None:
            self.reload()

    def retranslate_extra(self) -> None:
        """Texts a kind sets itself (its scope label, the empty title)."""


def by_label(rows: Sequence[Row]) -> list[Row]:
    """Rows in the order of their text as shown: the services sort by the Russian name, a Kazakh list would look
    shuffled."""
    return sorted(rows, key=lambda row: row.label.casefold())


def option_items(none_label: str, items: Sequence[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """A picker's items in the order of their text as shown, after a first «not chosen» item."""
    return [(none_label, None), *sorted(items, key=lambda item: item[0].casefold())]

