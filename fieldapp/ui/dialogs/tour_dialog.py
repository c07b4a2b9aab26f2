"""A tour created or edited: its campaign, title, period and the working groups taking part (ticked in a list of
the campaign's groups). It saves through the tours service and stays open when a field is refused."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from fieldapp.domain.errors import DomainError
from fieldapp.services import campaigns, tours
from fieldapp.services.campaigns import CampaignInfo
from fieldapp.services.context import Context
from fieldapp.services.tours import TourInfo
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_tour_dialog import Ui_TourDialog
from fieldapp.ui.i18n import current_language
from fieldapp.ui.widgets.common import focus_field, set_invalid
from fieldapp.ui.widgets.save_keys import save_keys

ID_ROLE = Qt.ItemDataRole.UserRole


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TourDialog(QDialog):
    def __init__(self, ctx: Context, tour: TourInfo | None = None, *, campaign_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        """`tour` None creates a tour (in `campaign_id` when given); else edits that one (its campaign stays)."""
        super().__init__(parent)
        self.ui = Ui_TourDialog()
        self.ui.setupUi(self)
        self.setObjectName("tourDialog")
        self._ctx, self._tour = ctx, tour
        self.tour_id: str | None = tour.id if tour else None
        ui = self.ui
        # Synchronous: a handful of campaigns and groups.
        self._campaigns: dict[str, CampaignInfo] = {c.id: c for c in campaigns.list_campaigns(ctx)}
        lang = current_language()
        for campaign in self._campaigns.values():
            ui.campaignCombo.addItem(campaign.title(lang), campaign.id)
        wanted = tour.campaign_id if tour else campaign_id
        index = ui.campaignCombo.findData(wanted) if wanted else -1
        ui.campaignCombo.setCurrentIndex(max(index, 0) if ui.campaignCombo.count() else -1)
        ui.campaignCombo.setEnabled(tour is None)  # a tour's records belong to its campaign: it does not move
        if tour is not None:
            ui.titleEdit.setText(tour.title)
            ui.notesEdit.setPlainText(tour.notes)
            start, end = tour.starts_on, tour.ends_on
        else:
            start, end = None, None
        self._fill_groups(set(tour.group_ids) if tour else set())
        self._set_period(start, end)
        ui.campaignCombo.currentIndexChanged.connect(lambda _i: self._campaign_changed())
        ui.startEdit.dateChanged.connect(self._start_changed)
        ui.titleEdit.textEdited.connect(lambda _t: set_invalid(ui.titleEdit, False))
        ui.buttonBox.accepted.connect(self.save)
        # Enter saves from a one-line field, Ctrl+Enter from the notes too.
        self._save_keys = save_keys(self, ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _campaign(self) -> CampaignInfo | None:
        value = self.ui.campaignCombo.currentData()
        return self._campaigns.get(value) if value else None

    def _set_period(self, start: date | None, end: date | None) -> None:
        """The tour's own period; a new tour starts from its campaign's (or a week from today)."""
        campaign = self._campaign()
        start = start or (campaign.starts_on if campaign else None) or self._ctx.today()
        end = end or (campaign.ends_on if campaign and campaign.ends_on and campaign.ends_on >= start else None) \
            or start + timedelta(days=6)
        self.ui.startEdit.setDate(_qdate(start))
        self.ui.endEdit.setDate(_qdate(end))

    def _campaign_changed(self) -> None:
        self._fill_groups(set())
        self._set_period(None, None)

    def _start_changed(self, start: QDate) -> None:
        if self.ui.endEdit.date() < start:
            self.ui.endEdit.setDate(start)

    def _fill_groups(self, ticked: set[str]) -> None:
        ui = self.ui
        ui.groupList.clear()
        campaign = self._campaign()
        groups = campaigns.list_groups(self._ctx, campaign.id) if campaign else ()
        for group in groups:
            item = QListWidgetItem(f"{group.name} ({group.code})" if group.code else group.name)
            item.setData(ID_ROLE, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group.id in ticked else Qt.CheckState.Unchecked)
            ui.groupList.addItem(item)
        if campaign is None:
            hint = self.tr("Сначала создайте кампанию на странице «Настройка»: выезд входит в кампанию.")
        elif not groups:
            hint = self.tr("В этой кампании ещё нет рабочих групп: их заводят на странице настройки кампании. "
                           "Выезд можно сохранить и без них.")
        else:
            hint = ""
        ui.groupsHint.setText(hint)
        ui.groupsHint.setVisible(bool(hint))

    def group_ids(self) -> list[str]:
        lst = self.ui.groupList
        return [lst.item(i).data(ID_ROLE) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        ui = self.ui
        start: date = ui.startEdit.date().toPython()  # type: ignore[assignment]
        end: date = ui.endEdit.date().toPython()  # type: ignore[assignment]
        try:
            if self._tour is None:
                campaign = self._campaign()
                self.tour_id = tours.create_tour(
                    self._ctx, campaign.id if campaign else "", ui.titleEdit.text(), starts_on=start, ends_on=end,
                    notes=ui.notesEdit.toPlainText(), group_ids=self.group_ids())
            else:
                tours.update_tour(self._ctx, self._tour.id, ui.titleEdit.text(), starts_on=start, ends_on=end,
                                  notes=ui.notesEdit.toPlainText(), group_ids=self.group_ids())
        except DomainError as exc:
            widget = {"title": ui.titleEdit, "period": ui.endEdit, "campaign": ui.campaignCombo}.get(exc.field or "")
            if widget is not None:
                set_invalid(widget, True)
                focus_field(widget)
            report(self, exc)
            return
        self.accept()

    def _retranslate(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Сохранить"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.setWindowTitle(self.tr("Новый выезд") if self._tour is None else self.tr("Выезд"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
