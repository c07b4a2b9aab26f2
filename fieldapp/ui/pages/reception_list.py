"""The list of saved receptions (Ctrl+L at the desk): the chosen stop's, or a search over all of them by talon, name,
IIN or phone, topic, outcome and day, a page at a time. Enter opens one to correct it, Delete asks for a reason and
deletes it. The search is the reception service's (indexed, paged); this dialog reads the filters and shows rows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from fieldapp.domain.enums import Outcome, Topic
from fieldapp.domain.errors import DomainError
from fieldapp.services.context import Context
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.reception_list import ReceptionList, ReceptionQuery, ReceptionRow, find_receptions
from fieldapp.services.receptions import edit_refusal
from fieldapp.ui.dialogs.reception_edit import ReceptionEditDialog, ask_delete_reason
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_reception_list import Ui_ReceptionListDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.columns import WrappedRows
from fieldapp.ui.widgets.common import fill_enum_combo, focus_field, set_state, show_datetime
from fieldapp.ui.workers import Runner

__all__ = ["PAGE_SIZE", "ReceptionListDialog"]

PAGE_SIZE = 100
SEARCH_DELAY_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole
ANY_DAY = QDate(2000, 1, 1)  # the day filter's first day reads «любая дата»
# Pixels at most of the applicant, topic and place columns (by column): a longer text wraps and its row grows.
NARROWED = {2: 260, 4: 200, 6: 220}


class ReceptionListDialog(QDialog):
    changed = Signal()  # a reception was corrected or deleted here

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceptionListDialog()
        self.ui.setupUi(self)
        self.setObjectName("receptionListDialog")
        self._runner = runner
        self._ctx: Context | None = None
        self._stop_id: str | None = None
        self._stop_title = ""
        self._generation = 0
        self.rows: list[ReceptionRow] = []
        self._more = False
        self.said = ""  # what the last correction or deletion did, kept above the rows until the next search
        self.editor: ReceptionEditDialog | None = None
        self.asking: QInputDialog | None = None
        ui = self.ui
        ui.dayFilter.setMinimumDate(ANY_DAY)
        ui.dayFilter.setDate(ANY_DAY)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.wrapped = WrappedRows(ui.table)  # a long name, topic or place wraps in its column, the row grows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self._retranslate()
        ui.searchEdit.textChanged.connect(lambda _text: self._timer.start())
        for combo in (ui.scopeCombo, ui.topicFilter, ui.outcomeFilter):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        ui.dayFilter.dateChanged.connect(lambda _d: self._timer.start())
        ui.table.itemSelectionChanged.connect(self._selection_changed)
        ui.table.itemActivated.connect(lambda _item: self.open_selected())
        ui.openButton.clicked.connect(self.open_selected)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.moreButton.clicked.connect(self.more)
        ui.closeButton.clicked.connect(self.reject)
        ui.searchEdit.installEventFilter(self)
        ui.table.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: focus_field(ui.searchEdit))

    # -- filling ---------------------------------------------------------------------------------------------------

    def show_for(self, ctx: Context, stop_id: str | None, stop_title: str) -> None:
        """Open (or raise) the list on `stop_id`'s receptions; without a stop, on all of them."""
        self._ctx = ctx
        self._stop_id, self._stop_title = stop_id, stop_title
        self._fill_scope(select="stop" if stop_id else "all")
        self.search()
        if not self.isVisible():
            self.open()
        self.activateWindow()  # Ctrl+L again: the list comes to the front
        self.ui.searchEdit.setFocus()

    def _fill_scope(self, select: str | None = None) -> None:
        combo = self.ui.scopeCombo
        current = select or combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            if self._stop_id:
                combo.addItem(self.tr("Остановка: %1").replace("%1", self._stop_title), "stop")
            combo.addItem(self.tr("Все остановки"), "all")
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            combo.blockSignals(False)

    def query(self) -> ReceptionQuery:
        ui = self.ui
        day: date | None = None if ui.dayFilter.date() == ANY_DAY else ui.dayFilter.date().toPython()  # type: ignore[assignment]
        return ReceptionQuery(
            text=ui.searchEdit.text(),
            stop_id=self._stop_id if ui.scopeCombo.currentData() == "stop" else None,
            topic=ui.topicFilter.currentData(), outcome=ui.outcomeFilter.currentData(), day=day,
        )

    def search(self, offset: int = 0) -> None:
        """The first page for the filters (or the next one, from `offset`), found on the worker."""
        self._timer.stop()
        if self._ctx is None:
            return
        if not offset:
            self.said = ""
        self._generation += 1
        generation, ctx, query = self._generation, self._ctx, self.query()
        self._runner.start(
            lambda progress, cancel: (generation, offset, _find(ctx, query, offset, progress, cancel)),
            on_result=self._on_found,
            on_error=self._failed,
        )

    def more(self) -> None:
        self.search(offset=len(self.rows))

    def reload(self) -> None:
        """Cheap and keeping the selection: the pages shown so far, found again (after a change anywhere)."""
        if self._ctx is None or not self.isVisible():
            return
        self._generation += 1
        generation, ctx, query = self._generation, self._ctx, self.query()
        shown = max(len(self.rows), PAGE_SIZE)
        self._runner.start(
            lambda progress, cancel: (generation, 0, find_receptions(ctx, query, 0, shown)),
            on_result=self._on_found,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        report(self, exc)

    def _on_found(self, result: tuple[int, int, ReceptionList]) -> None:
        generation, offset, found = result
        if generation != self._generation:
            return
        selected = self.selected()
        self.rows = (self.rows[:offset] if offset else []) + list(found.rows)
        self._more = found.more
        self._show_rows(selected.id if selected else None)

    def _show_rows(self, keep: str | None) -> None:
        table, lang = self.ui.table, current_language()
        table.setSortingEnabled(False)
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.reg_no, show_datetime(row.received_at), row.applicant_name, row.applicant_iin or "",
                     row.topic.label(lang), row.outcome.label(lang), row.place(lang))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                table.setItem(r, c, item)
        self.wrapped.fit(NARROWED)
        ids = [row.id for row in self.rows]
        target = ids.index(keep) if keep in ids else (0 if ids else -1)
        if target >= 0:
            table.selectRow(target)
        self.ui.moreButton.setVisible(self._more)
        self._show_hint()
        self._selection_changed()

    def _show_hint(self) -> None:
        label = self.ui.hintLabel
        # What was just done, as its own sentence (a reason typed without a full stop must not run into the next).
        said = (self.said if self.said.endswith((".", "!", "?")) else self.said + ".") + " " if self.said else ""
        if self.rows:
            text = self.tr("Показано приёмов: %1.").replace("%1", str(len(self.rows)))
            if self._more:
                text += " " + self.tr("— есть ещё, нажмите «Показать ещё» или уточните поиск.")
            label.setText(said + text + " " + self.tr("Enter — открыть и исправить, Delete — удалить."))
            set_state(label, "")
        elif self.query() == ReceptionQuery(stop_id=self.query().stop_id):
            label.setText(said + (
                self.tr("На этой остановке ещё нет приёмов. Принятые на стойке приёма появятся здесь.")
                if self.query().stop_id else self.tr("Приёмов ещё нет.")))
            set_state(label, "")
        else:
            label.setText(said + self.tr("Ничего не нашлось. Проверьте номер талона или ФИО, уберите фильтры или "
                                         "выберите «Все остановки»."))
            set_state(label, "" if said else "warn")

    # -- the selected reception -------------------------------------------------------------------------------

    def selected(self) -> ReceptionRow | None:
        rows = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        ui = self.ui
        ui.openButton.setEnabled(row is not None)
        refusal = (edit_refusal(self._ctx, row.created_by, current_language(), row.stop_id)
                   if row and self._ctx else None)
        ui.deleteButton.setEnabled(row is not None and refusal is None)
        ui.deleteButton.setToolTip(refusal or self.tr("Удалить приём с указанием причины"))

    def open_selected(self) -> ReceptionEditDialog | None:
        row = self.selected()
        if self._ctx is None or row is None:
            return None
        try:
            editor = ReceptionEditDialog(self._ctx, row.id, self)
        except DomainError as exc:  # deleted on another laptop since the list was shown
            report(self, exc)
            self.reload()
            return None
        editor.saved.connect(self._after_change)
        editor.finished.connect(lambda _result: self._back())
        editor.open()
        editor.activateWindow()
        self.editor = editor
        return editor

    def ask_delete(self) -> QInputDialog | None:
        row = self.selected()
        if self._ctx is None or row is None or not self.ui.deleteButton.isEnabled():
            return None
        self.asking = ask_delete_reason(self, self._ctx, row.id, row.reg_no, row.applicant_name,
                                        self._after_change)
        return self.asking

    def _after_change(self, message: str) -> None:
        self.said = message
        self.changed.emit()
        self.reload()
        self._back()

    def _back(self) -> None:
        """Back from the editor or the question, at the list's rows."""
        self.activateWindow()
        self.ui.table.setFocus()

    # -- keyboard and language --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.searchEdit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.search()  # no waiting for the typing pause
                if self.ui.table.rowCount():
                    self.ui.table.setFocus()
                    self.ui.table.selectRow(0)
                return True
            if watched is self.ui.table and key == Qt.Key.Key_Delete:
                self.ask_delete()
                return True
            if watched is self.ui.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.topicFilter, Topic, none_label=self.tr("любая тема"))
        fill_enum_combo(ui.outcomeFilter, Outcome, none_label=self.tr("любой результат"))
        ui.dayFilter.setSpecialValueText(self.tr("любая дата"))
        ui.table.setColumnCount(7)
        ui.table.setHorizontalHeaderLabels([
            self.tr("Талон"), self.tr("Дата и время"), self.tr("Заявитель"), self.tr("ИИН"), self.tr("Тема"),
            self.tr("Результат"), self.tr("Остановка")])
        self._fill_scope()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            selected = self.selected()
            self._show_rows(selected.id if selected else None)
        super().changeEvent(event)


def _find(ctx: Context, query: ReceptionQuery, offset: int, progress: Progress, cancel: CancelToken) -> ReceptionList:
    cancel.check()
    return find_receptions(ctx, query, offset, PAGE_SIZE)
