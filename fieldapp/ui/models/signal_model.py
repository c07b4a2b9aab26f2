"""The signals list as a table: received, kind, status, the coordinates and where (the address, else the
description; last, so it takes the room left and is cut first), over the rows of the signals service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor

from fieldapp.domain.enums import SignalStatus
from fieldapp.services.signals import SignalInfo
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import ID_ROLE, SORT_ROLE, RowColumn, RowTableModel
from fieldapp.ui.widgets.common import show_date, show_datetime

__all__ = ["ID_ROLE", "SORT_ROLE", "SignalTableModel", "coordinates_text", "signal_model"]

SignalTableModel = RowTableModel[SignalInfo]
OPEN_COLOUR = QColor("#fff4d6")  # a tip nobody has checked yet


def coordinates_text(latitude: float | None, longitude: float | None, decimals: int = 4) -> str:
    """«54.8730, 69.1500» — with a dot whatever the locale, as messengers and maps write them."""
    if latitude is None or longitude is None:
        return "—"
    return f"{latitude:.{decimals}f}, {longitude:.{decimals}f}"


def _where(signal: SignalInfo) -> str:
    return " ".join((signal.address or signal.description).split())


def _tooltip(signal: SignalInfo) -> str:
    reporter = signal.reporter or QCoreApplication.translate("SignalModel", "анонимно")
    parts = [show_datetime(signal.received_at), signal.address, signal.description,
             QCoreApplication.translate("SignalModel", "Сообщил: %1").replace("%1", reporter)]
    return "\n".join(p for p in parts if p)


def _background(signal: SignalInfo) -> QBrush | None:
    return QBrush(OPEN_COLOUR) if signal.status is SignalStatus.RECEIVED else None


def signal_model(parent: QObject | None = None) -> SignalTableModel:
    columns: list[RowColumn[SignalInfo]] = [
        RowColumn("received", lambda: QCoreApplication.translate("SignalModel", "Получен"),
                  lambda s: show_date(s.received_at), sort=lambda s: s.received_at.isoformat()),
        RowColumn("kind", lambda: QCoreApplication.translate("SignalModel", "Вид"),
                  lambda s: s.kind.label(current_language())),
        RowColumn("status", lambda: QCoreApplication.translate("SignalModel", "Статус"),
                  lambda s: s.status.label(current_language())),
        RowColumn("coordinates", lambda: QCoreApplication.translate("SignalModel", "Координаты"),
                  lambda s: coordinates_text(s.latitude, s.longitude),
                  sort=lambda s: s.latitude if s.latitude is not None else 999.0),
        RowColumn("where", lambda: QCoreApplication.translate("SignalModel", "Адрес или описание"), _where),
    ]
    return RowTableModel(columns, lambda s: s.id, _background, _tooltip, parent)
