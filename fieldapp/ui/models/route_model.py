"""The route of a tour as a table: stops in order with their settlement, day, venue, status and head count; done
stops tinted green, cancelled ones grey with the reason in their tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QBrush, QColor

from fieldapp.domain.enums import StopStatus
from fieldapp.services.tours import StopInfo
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.rows import RowColumn, RowTableModel
from fieldapp.ui.widgets.common import show_date, show_number

CANCELLED = QBrush(QColor("#f7e6e4"))  # a cancelled stop stands out from the alternating rows
DONE = QBrush(QColor("#eaf5ea"))


def place_name(stop: StopInfo) -> str:
    return (stop.settlement_kk or stop.settlement_ru) if current_language() == "kk" else stop.settlement_ru


def headcount_text(stop: StopInfo) -> str:
    if not stop.headcount:
        return "—"
    return ("≈" if stop.headcount_approximate else "") + show_number(stop.headcount)


def route_model(parent: QObject | None = None) -> RowTableModel[StopInfo]:
    columns: list[RowColumn[StopInfo]] = [
        RowColumn(
            "seq", lambda: QCoreApplication.translate("RouteModel", "№"),
            lambda s: str(s.seq), lambda s: s.seq, right=True),
        RowColumn(
            "settlement", lambda: QCoreApplication.translate("RouteModel", "Населённый пункт"),
            place_name),
        RowColumn(
            "date", lambda: QCoreApplication.translate("RouteModel", "Дата"),
            lambda s: show_date(s.planned_on), lambda s: s.planned_on.toordinal() if s.planned_on else 0),
        RowColumn("venue", lambda: QCoreApplication.translate("RouteModel", "Площадка"),
                  lambda s: s.venue or s.venue_type.label(current_language())),
        RowColumn(
            "status", lambda: QCoreApplication.translate("RouteModel", "Статус"),
            lambda s: s.status.label(current_language())),
        RowColumn(
            "came", lambda: QCoreApplication.translate("RouteModel", "Пришло"),
            headcount_text, lambda s: s.headcount, right=True),
    ]

    def background(stop: StopInfo) -> QBrush | None:
        return {StopStatus.DONE: DONE, StopStatus.CANCELLED: CANCELLED}.get(stop.status)

    def tooltip(stop: StopInfo) -> str:
        if stop.status is StopStatus.CANCELLED and stop.cancel_reason:
            return QCoreApplication.translate("RouteModel", "Отменена: %1").replace("%1", stop.cancel_reason)
        return stop.notes

    return RowTableModel(columns, lambda s: s.id, background, tooltip, parent)
