"""Two read-only logs in one dialog form: the «История» of a record (services.history: each change, who, where,
old → new) and the coordinator's personal-data access log (services.access_log). Both read once when opened and
again when the language changes; neither writes anything."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from fieldapp.domain.enums import AccessKind
from fieldapp.services.access_log import AccessRow, list_access
from fieldapp.services.history import HistoryEntry, record_history
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_record_log import Ui_RecordLogDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import SORT_ROLE, RowColumn, RowTableModel
from fieldapp.ui.models.sync_models import field_label, table_label
from fieldapp.ui.widgets.common import show_datetime

if TYPE_CHECKING:
    from collections.abc import Callable

    from fieldapp.services.context import Context

__all__ = ["AccessLogDialog", "HistoryDialog", "show_access_log", "show_history"]


def _who(account: str, member: str) -> str:
    """The member, and the account when it is named otherwise (an account made without a member acts as one of
    its own name)."""
    return " · ".join(dict.fromkeys(p for p in (member, account) if p)) or "—"


def _header(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("RecordLog", text)


# The headers are marked for lupdate here and translated when shown (a language switch needs no rebuild).
H_AT = QT_TRANSLATE_NOOP("RecordLog", "Когда")
H_WHO = QT_TRANSLATE_NOOP("RecordLog", "Кто")
H_DEVICE = QT_TRANSLATE_NOOP("RecordLog", "Устройство")
H_FIELD = QT_TRANSLATE_NOOP("RecordLog", "Поле")
H_OLD = QT_TRANSLATE_NOOP("RecordLog", "Было")
H_NEW = QT_TRANSLATE_NOOP("RecordLog", "Стало")
H_KIND = QT_TRANSLATE_NOOP("RecordLog", "Что")
H_WHAT = QT_TRANSLATE_NOOP("RecordLog", "Вид")
H_SCOPE = QT_TRANSLATE_NOOP("RecordLog", "Охват")
H_RESIDENTS = QT_TRANSLATE_NOOP("RecordLog", "Жителей")
H_FILE = QT_TRANSLATE_NOOP("RecordLog", "Файл")

HISTORY_COLUMNS: tuple[RowColumn[HistoryEntry], ...] = (
    RowColumn("at", _header(H_AT), lambda e: show_datetime(e.at), sort=lambda e: e.at),
    RowColumn("who", _header(H_WHO), lambda e: _who(e.account, e.member)),
    RowColumn("device", _header(H_DEVICE), lambda e: e.device),
    RowColumn("field", _header(H_FIELD), lambda e: field_label(e.field)),
    RowColumn("old", _header(H_OLD), lambda e: e.old_text),
    RowColumn("new", _header(H_NEW), lambda e: e.new_text),
)

ACCESS_COLUMNS: tuple[RowColumn[AccessRow], ...] = (
    RowColumn("at", _header(H_AT), lambda r: show_datetime(r.at), sort=lambda r: r.at),
    RowColumn("who", _header(H_WHO), lambda r: _who(r.account, r.member)),
    RowColumn("kind", _header(H_KIND), lambda r: AccessKind(r.kind).label(current_language())),
    RowColumn("what", _header(H_WHAT), lambda r: r.what_text(current_language())),
    RowColumn("scope", _header(H_SCOPE), lambda r: r.scope),
    RowColumn("residents", _header(H_RESIDENTS), lambda r: str(r.residents), sort=lambda r: r.residents, right=True),
    RowColumn("file", _header(H_FILE), lambda r: r.file_name),
)


class _LogDialog(QDialog):
    """The form, a sortable table and the empty state; subclasses say what is read and how it is titled."""

    def __init__(self, ctx: Context, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordLogDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.model = model
        model.setParent(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        self.ui.logView.setModel(proxy)
        self.ui.logView.setSortingEnabled(True)
        self.ui.logView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.ui.logView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.ui.logView.verticalHeader().hide()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(self._read())
        except Exception as exc:  # an unknown id, a refused role: said, and the dialog stays empty
            self.model.set_rows(())
            report(self, exc)
        self._retranslate()
        self.ui.logView.resizeColumnsToContents()

    def _read(self) -> tuple[object, ...]:
        raise NotImplementedError

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.retranslate()
        empty = self.model.rowCount() == 0
        self.ui.contentStack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.tablePage)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.reload()
        super().changeEvent(event)


class HistoryDialog(_LogDialog):
    """«История» of one record: reception, control item, signal, stop — any synced record by its id."""

    def __init__(self, ctx: Context, record_id: str, parent: QWidget | None = None) -> None:
        self.record_id = record_id
        self.table = ""
        super().__init__(ctx, RowTableModel(HISTORY_COLUMNS, lambda e: f"{e.at}:{e.field}"), parent)
        self.setObjectName("historyDialog")

    def _read(self) -> tuple[HistoryEntry, ...]:
        found = record_history(replace(self.ctx, lang=current_language()), self.record_id)
        self.table = found.table
        return found.entries

    def _retranslate(self) -> None:
        super()._retranslate()
        what = f"{table_label(self.table)} {self.record_id[:8]}" if self.table else self.record_id
        self.setWindowTitle(QCoreApplication.translate("RecordLog", "История: %1").replace("%1", what))
        hidden = any(e.hidden for e in self.model.rows())  # type: ignore[attr-defined]
        hint = QCoreApplication.translate(
            "RecordLog", "Каждое изменение записи — здесь, в программе, при импорте или синхронизации: когда, кто, "
                         "на каком устройстве, что было и что стало.")
        if hidden:
            hint += " " + QCoreApplication.translate(
                "RecordLog", "Личные данные жителя (•••) видят только руководитель и координатор.")
        self.ui.hintLabel.setText(hint)
        self.ui.emptyLabel.setText(QCoreApplication.translate("RecordLog", "У этой записи нет изменений."))


class AccessLogDialog(_LogDialog):
    """The coordinator's personal-data access log."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, RowTableModel(ACCESS_COLUMNS, lambda r: f"{r.at}:{r.file_name}"), parent)
        self.setObjectName("accessLogDialog")
        self.ui.logView.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _read(self) -> tuple[AccessRow, ...]:
        return list_access(self.ctx)

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setWindowTitle(QCoreApplication.translate("RecordLog", "Журнал доступа к персональным данным"))
        self.ui.hintLabel.setText(QCoreApplication.translate(
            "RecordLog",
            "Кто печатал, выгружал или отправлял пакетом личные данные жителей: когда, что, сколько жителей и имя "
            "файла. Сами данные здесь не хранятся. Записи приходят со всех ноутбуков при синхронизации."))
        self.ui.emptyLabel.setText(QCoreApplication.translate(
            "RecordLog",
            "Личные данные жителей ещё не печатались и не выгружались: здесь появится каждый отчёт, выгрузка или "
            "пакет с ними."))


def show_history(parent: QWidget, ctx: Context, record_id: str) -> HistoryDialog:
    """Open the «История» of `record_id` beside `parent` (not modal: one may keep it open while correcting)."""
    dialog = HistoryDialog(ctx, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(1000, 560)
    dialog.show()
    return dialog


def show_access_log(parent: QWidget, ctx: Context) -> AccessLogDialog:
    dialog = AccessLogDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(1100, 560)
    dialog.show()
    return dialog
