"""The accounts of the open database as a table for the coordinator: user, role, member, state."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldapp.domain.enums import Role
from fieldapp.services.accounts import AccountInfo
from fieldapp.ui.i18n import current_language

USER_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's user name, whatever the column

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    USER = 0
    ROLE = 1
    MEMBER = 2
    STATE = 3


def _header(column: Column) -> str:
    texts = {
        Column.USER: QCoreApplication.translate("AccountsModel", "Учётная запись"),
        Column.ROLE: QCoreApplication.translate("AccountsModel", "Роль"),
        Column.MEMBER: QCoreApplication.translate("AccountsModel", "Член рабочей группы"),
        Column.STATE: QCoreApplication.translate("AccountsModel", "Состояние"),
    }
    return texts[column]


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountInfo] = []

    def set_rows(self, rows: Sequence[AccountInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> AccountInfo:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(
                Column):
            return _header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == USER_ROLE:
            return info.username
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.USER:
            return info.username
        if column is Column.ROLE:
            try:
                return Role(info.role).label(current_language())
            except ValueError:
                return info.role
        if column is Column.MEMBER:
            return info.member or "—"
        if info.disabled:
            return QCoreApplication.translate("AccountsModel", "отключена")
        if info.key_slot is False:
            return QCoreApplication.translate("AccountsModel", "нужен новый пароль")
        return QCoreApplication.translate("AccountsModel", "действует")
