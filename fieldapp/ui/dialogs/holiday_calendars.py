"""File → «Календарь праздников…»: the years deadlines can be counted in, where each calendar comes from, and the
import of a year's file (checked by services/calendars.py; a refused file changes nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.domain.messages import render
from fieldapp.services import calendars
from fieldapp.services.calendars import CalendarYear
from fieldapp.ui.forms.ui_holiday_calendars import Ui_HolidayCalendarsDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets import file_dialogs
from fieldapp.ui.widgets.common import set_state

__all__ = ["HolidayCalendarsDialog"]


class HolidayCalendarsDialog(QDialog):
    imported = Signal(int)  # the year whose calendar was imported: deadlines must be counted anew

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HolidayCalendarsDialog()
        self.ui.setupUi(self)
        self.setObjectName("holidayCalendarsDialog")
        ui = self.ui
        ui.yearsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ui.yearsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.resultLabel.setVisible(False)
        ui.importButton.clicked.connect(self.choose_and_import)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.importButton.setDefault(True)
        self._rows: list[CalendarYear] = []
        self.reload()

    def reload(self) -> None:
        self._rows = calendars.list_calendars()
        table = self.ui.yearsTable
        table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            for column, text in enumerate((str(row.year), self._origin(row), str(row.path))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, column, item)
        self._retranslate()

    def choose_and_import(self) -> None:
        path = file_dialogs.open_file(self, file_dialogs.CALENDARS, self.tr("Файл календаря праздников"),
                                      self.tr("Календарь праздников (*.json)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        label, lang = self.ui.resultLabel, current_language()
        try:
            kept = calendars.import_calendar(path)
        except DomainError as exc:
            label.setText(exc.message(lang))
            set_state(label, "bad")
        else:
            code = "calendar.replaced" if kept.replaces_shipped else "calendar.imported"
            label.setText(render(code, lang, year=kept.year, path=str(kept.path)))
            set_state(label, "ok")
            self.reload()
            self.ui.yearsTable.selectRow(next(i for i, r in enumerate(self._rows) if r.year == kept.year))
            self.imported.emit(kept.year)
        label.setVisible(True)

    def _origin(self, row: CalendarYear) -> str:
        if row.origin == "shipped":
            return self.tr("поставляется с программой")
        if row.replaces_shipped:
            return self.tr("импортирован, заменяет поставляемый")
        return self.tr("импортирован")

    def _retranslate(self) -> None:
        years = [r.year for r in self._rows]
        if years:
            intro = self.tr("Сроки контроля считаются по рабочим дням этих лет: %1–%2. Срок, который уходит в "
                            "следующий год, требует его календаря: импортируйте файл %3.json (образец и формат — "
                            "resources/holidays/README.md).")
            intro = intro.replace("%1", str(years[0])).replace("%2", str(years[-1])).replace("%3", str(years[-1] + 1))
        else:
            intro = self.tr("Нет ни одного календаря праздников: импортируйте файл года (формат — "
                            "resources/holidays/README.md).")
        self.ui.introLabel.setText(intro)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.reload()
        super().changeEvent(event)
