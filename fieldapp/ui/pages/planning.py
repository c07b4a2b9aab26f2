"""The planning page: a campaign's rotation of working groups over its districts as a grid (districts × periods),
«Составить ротацию» (a period, a preview to accept or discard, the reason when none is possible), removing a slot,
the coverage matrix districts × directions, and the settlements not visited for six months. Every rule is
services/planning.py's; the page only shows what it says."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from fieldapp.domain.errors import DomainError
from fieldapp.services import campaigns, planning
from fieldapp.services.campaigns import CampaignInfo, DistrictRef
from fieldapp.services.context import Context
from fieldapp.services.planning import PlanSummary, Proposal, SlotView
from fieldapp.ui.dialogs.rotation_slot import RotationSlotDialog
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_planning import Ui_PlanningPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.pages.planning_grid import DISTRICT_WIDTH, SLOT_ROLE, SLOT_WIDTH, fill_coverage, fill_rotation
from fieldapp.ui.widgets.access import guard
from fieldapp.ui.widgets.common import ask_yes_no, button_shortcuts, set_state, show_date
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pick(lang: str, ru: str, kk: str) -> str:
    return kk if lang == "kk" and kk else ru


class PlanningPage(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanningPage()
        self.ui.setupUi(self)
        self.setObjectName("page_planning")
        self._runner = runner
        self._ctx: Context | None = None
        self.summary: PlanSummary | None = None
        self.proposal: Proposal | None = None
        self.dialog: QMessageBox | RotationSlotDialog | None = None
        self._keep_slot: str | None = None
        ui = self.ui
        self._shortcuts = button_shortcuts(self, (ui.refreshButton, "F5"), (ui.generateButton, "Ctrl+G"),
                                           (ui.createTourButton, "Ctrl+T"))
        ui.noticeLabel.setVisible(False)
        ui.rotationTable.installEventFilter(self)  # Delete on a slot asks to remove it
        for table in (ui.rotationTable, ui.coverageTable):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
            # Rows follow their wrapped text as the stretched columns change width with the window.
            table.horizontalHeader().sectionResized.connect(
                lambda *_a, t=table: QTimer.singleShot(0, t.resizeRowsToContents))
        ui.notVisitedTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.notVisitedTree.header().setStretchLastSection(False)
        ui.splitter.setSizes([390, 310])  # the rotation first; the matrix shows its districts without scrolling
        grid = ui.rotationTable.horizontalHeader()
        grid.setMinimumSectionSize(SLOT_WIDTH)
        grid.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        matrix = ui.coverageTable.horizontalHeader()
        matrix.setMinimumSectionSize(DISTRICT_WIDTH)
        matrix.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.bottomSplitter.setSizes([700, 400])
        ui.generateFrame.setVisible(False)
        self._connect()
        self._show()

    def _connect(self) -> None:
        ui = self.ui
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        ui.refreshButton.clicked.connect(self.reload)
        ui.generateButton.clicked.connect(self.open_generator)
        ui.proposeButton.clicked.connect(self.propose)
        ui.acceptButton.clicked.connect(self.accept)
        ui.discardButton.clicked.connect(self.discard)
        ui.removeSlotButton.clicked.connect(self.ask_remove_slot)
        ui.createTourButton.clicked.connect(self.create_tour)
        ui.addSlotButton.clicked.connect(self.add_slot)
        ui.editSlotButton.clicked.connect(self.edit_slot)
        ui.rotationTable.cellDoubleClicked.connect(lambda *_a: self.edit_slot())
        ui.rotationTable.currentCellChanged.connect(lambda *_a: self._guard())
        # Enter in the period shows the plan; Esc anywhere in the generator discards it.
        for widget in (ui.fromEdit, ui.toEdit, ui.proposeButton, ui.acceptButton, ui.discardButton):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if watched in (self.ui.fromEdit, self.ui.toEdit) and event.key() in (Qt.Key.Key_Return,
                                                                                  Qt.Key.Key_Enter):
                self.propose()
                return True
            if event.key() == Qt.Key.Key_Escape and watched is not self.ui.rotationTable:
                self.discard()
                return True
            if watched is self.ui.rotationTable:
                action = {Qt.Key.Key_Delete: self.ask_remove_slot, Qt.Key.Key_Insert: self.add_slot,
                          Qt.Key.Key_F2: self.edit_slot, Qt.Key.Key_Return: self.edit_slot,
                          Qt.Key.Key_Enter: self.edit_slot}.get(Qt.Key(event.key()))
                if action is not None:
                    action()
                    return True
        return super().eventFilter(watched, event)

    # -- loading --------------------------------------------------------------------------------------------------

    def campaign_id(self) -> str | None:
        value = self.ui.campaignCombo.currentData()
        return value if isinstance(value, str) else None

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.proposal = None
        self.ui.generateFrame.setVisible(False)
        self.reload()

    def reload(self) -> None:
        """Read the campaigns and the chosen campaign's plan again. Cheap (a campaign's plan is a few dozen rows),
        and it keeps what the user is doing: the campaign, an open proposal, the typed period, the chosen slot."""
        if self._ctx is None:
            self._fill_campaigns(())
            self.summary = None
            self._show()
            return
        try:
            self._fill_campaigns(campaigns.list_campaigns(self._ctx))
            cid = self.campaign_id()
            self.summary = planning.plan_summary(self._ctx, cid) if cid else None
        except DomainError as exc:
            self.summary = None
            report(self.window(), exc)
        self._keep_slot = self.current_slot_id() or self._keep_slot
        self._show()

    def _fill_campaigns(self, found: Sequence[CampaignInfo]) -> None:
        combo, lang = self.ui.campaignCombo, current_language()
        current = self.campaign_id()
        combo.blockSignals(True)
        try:
            combo.clear()
            for info in found:
                combo.addItem(info.title(lang), info.id)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)
        if self.campaign_id() != current:
            self.proposal = None  # the campaign it was made for has gone
            self.ui.generateFrame.setVisible(False)

    def _campaign_changed(self, _index: int) -> None:
        self.notice("")
        self.proposal = None
        self._keep_slot = None
        self.ui.generateFrame.setVisible(False)
        self.reload()

    # -- showing --------------------------------------------------------------------------------------------------

    def _show(self) -> None:
        ui, summary = self.ui, self.summary
        if self.proposal is not None:
            ui.previewLabel.setText(self.tr("Предпросмотр — ещё не записано: слотов — %1, рабочих дней в периоде — %2. "
                                            "«Принять» запишет ротацию, «Отказаться» закроет предложение.")
                                    .replace("%1", str(len(self.proposal.slots)))
                                    .replace("%2", str(self.proposal.working_days)))
            set_state(ui.previewLabel, "warn")
        else:
            ui.previewLabel.setText("")
        ui.previewLabel.setVisible(self.proposal is not None)
        slots = self.proposal.slots if self.proposal is not None else (summary.slots if summary else ())
        if slots:
            self._fill_grid(slots)
            ui.rotationStack.setCurrentWidget(ui.gridPage)
        else:
            ui.rotationTable.clear()
            ui.rotationTable.setRowCount(0)
            ui.rotationTable.setColumnCount(0)
            ui.rotationEmptyLabel.setText(self._empty_text())
            ui.rotationStack.setCurrentWidget(ui.rotationEmptyPage)
        self._fill_coverage()
        self._fill_not_visited()
        self._guard()

    def _empty_text(self) -> str:
        if self._ctx is None:
            return self.tr("Откройте базу данных, чтобы планировать ротацию.")
        if self.ui.campaignCombo.count() == 0:
            return self.tr("Сначала создайте кампанию на странице «Настройка»: ротация составляется для кампании, "
                           "её рабочих групп и районов.")
        return self.tr("Ротации ещё нет. Нажмите «Составить ротацию…», выберите период и примите предложенный план: "
                       "каждая группа побывает в каждом районе кампании, по одной группе в районе.")

    def _fill_grid(self, slots: Sequence[SlotView]) -> None:
        summary = self.summary
        fill_rotation(self.ui.rotationTable, slots, summary.districts if summary else (),
                      [r.id for r in summary.coverage.directions] if summary else [], current_language(),
                      self.tr("без направления"), self._keep_slot)

    def _fill_coverage(self) -> None:
        summary = self.summary
        cov = summary.coverage if summary else None
        if cov is None or not cov.districts or not cov.directions:
            fill_coverage(self.ui.coverageTable, None, "", "")
            self.ui.legendLabel.setText(self._coverage_empty() if summary else "")
            return
        self.ui.legendLabel.setText(self.tr(
            "В клетке: проведено остановок / запланировано слотов. Зелёный — район встретился с направлением, "
            "жёлтый — запланировано, но ещё не проведено, серый — не запланировано."))
        fill_coverage(self.ui.coverageTable, cov, current_language(),
                      self.tr("%1, %2: проведено остановок — %3, запланировано слотов — %4"))

    def _coverage_empty(self) -> str:
        if self.summary is not None and not self.summary.districts:
            return self.tr("У кампании нет районов: укажите в её настройке область с районами или запланируйте "
                           "выезд в районы.")
        return self.tr("У рабочих групп кампании не указаны направления: укажите их на странице «Настройка».")

    def _fill_not_visited(self) -> None:
        tree, lang, summary = self.ui.notVisitedTree, current_language(), self.summary
        tree.clear()
        tree.setVisible(bool(summary and summary.not_visited))
        if summary is None:
            self.ui.notVisitedHint.setText("")
            return
        since = show_date(summary.since)
        if not summary.not_visited:
            self.ui.notVisitedHint.setText(
                self.tr("Все населённые пункты районов кампании посещены после %1.").replace("%1", since)
                if summary.districts else "")
            set_state(self.ui.notVisitedHint, "ok" if summary.districts else "")
            return
        self.ui.notVisitedHint.setText(
            self.tr("Нет проведённых остановок с %1 (аким района встречается с каждым селом не реже раза в "
                    "полгода): %2. Сначала — дольше всех не посещённые.")
            .replace("%1", since).replace("%2", str(len(summary.not_visited))))
        set_state(self.ui.notVisitedHint, "warn")
        for district in summary.districts:
            here = [n for n in summary.not_visited if n.district_id == district.id]
            if not here:
                continue
            parent = QTreeWidgetItem([f"{_pick(lang, district.name_ru, district.name_kk)} ({len(here)})", ""])
            tree.addTopLevelItem(parent)
            for place in here:
                last = show_date(place.last_held) if place.last_held else self.tr("ни разу")
                parent.addChild(QTreeWidgetItem([place.name(lang), last]))
            parent.setExpanded(True)
        tree.resizeColumnToContents(1)
        self._room_for_names()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._room_for_names()

    def _room_for_names(self) -> None:
        """The not-visited pane as wide as its longest name needs, up to half the row: a tree does not wrap its
        text, and «Жаңаесіл (Жаңаесіл ауылдық округі)» is better whole than the matrix beside it without a scroll."""
        tree, splitter = self.ui.notVisitedTree, self.ui.bottomSplitter
        if not tree.isVisible():
            return  # a hidden page's panes have no width yet: done again when it is shown
        tree.doItemsLayout()  # the rows just added, expanded: the column's size hint counts the shown rows only
        sizes, pane = splitter.sizes(), splitter.widget(1)
        if pane is None:
            return
        total = sum(sizes)
        need = (tree.sizeHintForColumn(0) + tree.columnWidth(1) + tree.verticalScrollBar().sizeHint().width()
                + 2 * tree.frameWidth() + pane.width() - tree.width())
        if len(sizes) == 2 and total > 0 and sizes[1] < need:
            wanted = min(need, total // 2)
            splitter.setSizes([total - wanted, wanted])

    def _guard(self) -> None:
        ui, ctx = self.ui, self._ctx
        has_campaign = ctx is not None and self.campaign_id() is not None
        guard(ui.generateButton, ctx, "setup", enabled=has_campaign)
        guard(ui.proposeButton, ctx, "setup", enabled=has_campaign)
        guard(ui.acceptButton, ctx, "setup", enabled=self.proposal is not None)
        chosen = self.proposal is None and bool(self.current_slot_id())
        guard(ui.removeSlotButton, ctx, "setup", enabled=chosen)
        guard(ui.createTourButton, ctx, "setup", enabled=chosen)
        guard(ui.editSlotButton, ctx, "setup", enabled=chosen)
        guard(ui.addSlotButton, ctx, "setup", enabled=has_campaign and self.proposal is None)
        ui.refreshButton.setEnabled(ctx is not None)
        ui.campaignCombo.setEnabled(ui.campaignCombo.count() > 0)

    # -- the generator --------------------------------------------------------------------------------------------

    def open_generator(self) -> None:
        """Show the period to plan: the campaign's own period, else a month from the day after the last slot (or
        today); the districts and groups the rotation will take."""
        ctx, cid, ui = self._ctx, self.campaign_id(), self.ui
        if ctx is None or cid is None or self.summary is None:
            return
        if not ui.generateFrame.isVisible():
            info, slots = self.summary.campaign, self.summary.slots
            start = max(s.ends_on for s in slots) + timedelta(days=1) if slots else (info.starts_on or ctx.today())
            end = info.ends_on if info.ends_on and info.ends_on > start and not slots else start + timedelta(days=30)
            ui.fromEdit.setDate(_qdate(start))
            ui.toEdit.setDate(_qdate(end))
            self._reason("")
            self._fill_district_list()
        groups = campaigns.list_groups(ctx, cid)
        ui.districtsLabel.setText(self.tr("Групп: %1. Ротация пройдёт по отмеченным районам — по умолчанию тем, где "
                                          "кампания уже работает, или всем районам её области:")
                                  .replace("%1", str(len(groups))))
        ui.generateFrame.setVisible(True)
        ui.fromEdit.setFocus()

    def _plannable_districts(self) -> list[DistrictRef]:
        """The campaign's districts and every other district of its region, by name in the language shown."""
        if self._ctx is None or self.summary is None:
            return []
        lang = current_language()
        return sorted(planning.plannable_districts(self._ctx, self.summary.campaign.id),
                      key=lambda d: _pick(lang, d.name_ru, d.name_kk).casefold())

    def _fill_district_list(self) -> None:
        chosen = {d.id for d in self.summary.districts} if self.summary else set()
        districts, lang = self.ui.districtList, current_language()
        districts.clear()
        for district in self._plannable_districts():
            item = QListWidgetItem(_pick(lang, district.name_ru, district.name_kk))
            item.setData(Qt.ItemDataRole.UserRole, district.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if district.id in chosen else Qt.CheckState.Unchecked)
            districts.addItem(item)

    def chosen_districts(self) -> list[str]:
        districts = self.ui.districtList
        return [districts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(districts.count())
                if districts.item(i).checkState() == Qt.CheckState.Checked]

    def period(self) -> tuple[date, date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()  # type: ignore[return-value]

    def propose(self) -> None:
        ctx, cid, ui = self._ctx, self.campaign_id(), self.ui
        if ctx is None or cid is None:
            return
        try:
            self.proposal = planning.propose_rotation(ctx, cid, *self.period(), district_ids=self.chosen_districts())
        except DomainError as exc:
            self.proposal = None
            self._reason(self.tr("Ротацию составить нельзя: %1").replace("%1", exc.message(current_language())))
        else:
            self._reason("")
        self._show()
        if self.proposal is not None:
            ui.acceptButton.setFocus()

    def accept(self) -> None:
        ctx, proposal = self._ctx, self.proposal
        if ctx is None or proposal is None:
            return
        try:
            planning.accept_rotation(ctx, proposal)
        except DomainError as exc:
            self._reason(self.tr("Ротация не записана: %1").replace("%1", exc.message(current_language())))
            return
        self.proposal = None
        self.ui.generateFrame.setVisible(False)
        self.reload()
        self.ui.rotationTable.setFocus()

    def _reason(self, text: str) -> None:
        """Why no rotation can be made (or written), in red under the period; hidden when there is none."""
        self.ui.reasonLabel.setText(text)
        set_state(self.ui.reasonLabel, "bad" if text else "")
        self.ui.reasonLabel.setVisible(bool(text))

    def discard(self) -> None:
        self.proposal = None
        self._reason("")
        self.ui.generateFrame.setVisible(False)
        self._show()
        self.ui.generateButton.setFocus()

    # -- a slot by hand -------------------------------------------------------------------------------------------

    def add_slot(self) -> RotationSlotDialog | None:
        if self._ctx is None or self.summary is None or not self.ui.addSlotButton.isEnabled():
            return None
        slots = self.summary.slots
        start = max(s.ends_on for s in slots) + timedelta(days=1) if slots else self._ctx.today()
        return self._slot_dialog(None, (start, start + timedelta(days=4)))

    def edit_slot(self) -> RotationSlotDialog | None:
        slot_id = self.current_slot_id()
        if self._ctx is None or self.summary is None or slot_id is None or not self.ui.editSlotButton.isEnabled():
            return None
        slot = next((s for s in self.summary.slots if s.id == slot_id), None)
        return None if slot is None else self._slot_dialog(slot, (slot.starts_on, slot.ends_on))

    def _slot_dialog(self, slot: SlotView | None, period: tuple[date, date]) -> RotationSlotDialog | None:
        ctx, summary = self._ctx, self.summary
        if ctx is None or summary is None:
            return None
        # Any district of the campaign's region may be planned, besides those it works in already.
        dialog = RotationSlotDialog(ctx, campaigns.list_groups(ctx, summary.campaign.id),
                                    self._plannable_districts(), slot, period, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._slot_saved(dialog.slot_id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _slot_saved(self, slot_id: str | None) -> None:
        self._keep_slot = slot_id
        self.reload()
        self.ui.rotationTable.setFocus()

    # -- a tour from a slot ---------------------------------------------------------------------------------------

    def create_tour(self) -> None:
        """«Создать выезд»: the slot's group, its period and a proposed route; the tour is then edited on the tours
        page like any other."""
        slot_id = self.current_slot_id()
        if self._ctx is None or slot_id is None or not self.ui.createTourButton.isEnabled():
            return
        try:
            made = planning.create_tour_for_slot(self._ctx, slot_id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self.notice(self.tr("Создан выезд «%1»: остановок — %2, по одной в рабочий день, сначала сёла, где давно не "
                            "были. Маршрут меняется на странице «Выезды».").replace("%1", made.title)
                    .replace("%2", str(made.stops)))
        self.reload()

    def notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)
        set_state(self.ui.noticeLabel, "ok" if text else "")
        self.ui.noticeLabel.setVisible(bool(text))

    # -- removing a slot ------------------------------------------------------------------------------------------

    def current_slot_id(self) -> str | None:
        if self.proposal is not None:
            return None
        item = self.ui.rotationTable.currentItem()
        value = item.data(SLOT_ROLE) if item is not None else None
        return value if isinstance(value, str) and value else None

    def ask_remove_slot(self) -> QMessageBox | None:
        slot_id = self.current_slot_id()
        if self._ctx is None or slot_id is None or self.summary is None or not self.ui.removeSlotButton.isEnabled():
            return None
        slot = next((s for s in self.summary.slots if s.id == slot_id), None)
        if slot is None:
            return None
        lang = current_language()
        text = (self.tr("Убрать из ротации группу «%1» в районе %2 на %3–%4? Выезды и остановки не изменятся.")
                .replace("%1", slot.group_name).replace("%2", slot.district_name(lang))
                .replace("%3", show_date(slot.starts_on)).replace("%4", show_date(slot.ends_on)))
        return self._question(self.tr("Удалить слот"), text, lambda: self._remove(slot_id))

    def _question(self, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
        self.dialog = box = ask_yes_no(self, title, text, on_yes, "planningQuestion")
        return box

    def _remove(self, slot_id: str) -> None:
        if self._ctx is None:
            return
        try:
            campaigns.delete_rotation_slot(self._ctx, slot_id)
        except DomainError as exc:
            report(self.window(), exc)
            return
        self._keep_slot = None
        self.reload()

    # -- language -------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.reload()  # names of districts and directions in the new language
        super().changeEvent(event)

