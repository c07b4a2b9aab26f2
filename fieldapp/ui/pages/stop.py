"""One stop of a tour: how many residents came (this laptop's count), the activities held (added, chosen in the
table to be corrected, deleted after a question) with participants, handouts, publications and a description, the
organisations taking part, and photos with captions (a file dialog or drag and drop), shown as thumbnails."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QWidget

from fieldapp.domain.enums import ActivityType, Audience
from fieldapp.domain.errors import DomainError
from fieldapp.services import photos, tours
from fieldapp.services.agenda import DeskStop, desk_stops
from fieldapp.services.context import Context
from fieldapp.services.people import find_or_create_organization, list_organizations
from fieldapp.services.progress import CancelToken, Progress
from fieldapp.services.tours import ActivityInfo, Headcount, OrganizationRef, StopInfo
from fieldapp.ui.errors import report
from fieldapp.ui.forms.ui_stop import Ui_StopPage
from fieldapp.ui.i18n import current_language
from fieldapp.ui.models.route_model import headcount_text, place_name
from fieldapp.ui.pages.stop_activities import ActivityForm, activity_model
from fieldapp.ui.widgets.approval_bar import ApprovalBar, lock
from fieldapp.ui.widgets.common import (
    button_shortcuts,
    fill_enum_combo,
    focus_field,
    set_invalid,
    show_date,
)
from fieldapp.ui.widgets.draft_bar import DraftBar
from fieldapp.ui.widgets.draft_keeper import DraftKeeper
from fieldapp.ui.widgets.photos import (
    PhotoDrop,
    Thumbnail,
    attach_files,
    choose_images,
    load_thumbnails,
    show_thumbnails,
)
from fieldapp.ui.widgets.save_keys import save_keys
from fieldapp.ui.workers import Runner

log = logging.getLogger(__name__)

DATA_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class StopList:
    stops: tuple[DeskStop, ...]
    organizations: tuple[tuple[str, str], ...]  # (id, name) for the picker


@dataclass(frozen=True)
class StopDetail:
    stop: StopInfo
    tour_title: str
    headcount: Headcount
    activities: tuple[ActivityInfo, ...]
    organizations: tuple[OrganizationRef, ...]
    photos: tuple[Thumbnail, ...]


def load_stops(ctx: Context, progress: Progress, cancel: CancelToken) -> StopList:
    cancel.check()
    stops = desk_stops(ctx)
    orgs = tuple(sorted(((o.id, o.name(ctx.lang)) for o in list_organizations(ctx)), key=lambda p: p[1].casefold()))
    return StopList(stops, orgs)


def load_stop(ctx: Context, stop_id: str, progress: Progress, cancel: CancelToken) -> StopDetail:
    """The worker job: everything the page shows of one stop, photos read and scaled into thumbnails."""
    stop = tours.get_stop(ctx, stop_id)
    cancel.check()
    tour = tours.get_tour(ctx, stop.tour_id)
    thumbnails = load_thumbnails(ctx, "stop", stop_id, cancel)
    return StopDetail(stop, tour.title, tours.headcount(ctx, stop_id), tours.list_activities(ctx, stop_id),
                      tours.list_stop_organizations(ctx, stop_id), thumbnails)


class StopPage(ActivityForm, QWidget):
    showOnMap = Signal(str, str)  # layer, record id: the window shows the map centred on it

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StopPage()
        self.ui.setupUi(self)
        self.setObjectName("page_stop")
        self._runner = runner
        self._ctx: Context | None = None
        self._generation = 0
        self._detail_generation = 0
        self._pending = False
        self._wanted_stop: str | None = None
        self._stops: dict[str, DeskStop] = {}
        self.detail: StopDetail | None = None
        self.editing: str | None = None  # the activity loaded into the form to be corrected; None: a new one
        self.question: QMessageBox | None = None  # the last question asked (tests answer it)
        self._shown_headcount: tuple[str, int] | None = None  # (stop, count) last put in the spin box
        self.activities = activity_model(self)
        ui = self.ui
        ui.activityView.setModel(self.activities)
        ui.activityView.verticalHeader().setVisible(False)
        ui.activityView.horizontalHeader().setStretchLastSection(True)
        ui.activityView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.photo_drop = PhotoDrop(ui.photoList)
        self.photo_drop.dropped.connect(self.add_photos)
        ui.stopGrid.setColumnStretch(0, 2)
        ui.stopGrid.setColumnStretch(1, 3)
        ui.stopGrid.setRowStretch(2, 1)
        self._fill_pickers()
        ui.stopCombo.currentIndexChanged.connect(self._stop_changed)
        ui.headcountButton.clicked.connect(self.save_headcount)
        ui.addActivityButton.clicked.connect(self.add_activity)
        ui.newActivityButton.clicked.connect(self.new_activity)
        ui.removeActivityButton.clicked.connect(self.ask_remove_activity)
        ui.activityView.selectionModel().selectionChanged.connect(self._activity_chosen)
        ui.activityView.installEventFilter(self)
        self._shortcuts = button_shortcuts(self, (ui.newActivityButton, "Ctrl+N"))
        # Each box is a form of its own: Enter in its fields (Ctrl+Enter in the description) saves that box.
        self._save_keys = [save_keys(ui.headcountBox, ui.headcountButton), save_keys(ui.orgBox, ui.addOrgButton),
                           save_keys(ui.activitiesBox, ui.addActivityButton)]
        ui.historyButton.clicked.connect(self.show_history)
        ui.mapButton.clicked.connect(self.show_on_map)
        history = QShortcut(QKeySequence("Ctrl+H"), self)
        history.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        history.activated.connect(self.show_history)
        ui.addOrgButton.clicked.connect(self.add_organization)
        ui.removeOrgButton.clicked.connect(self.remove_organization)
        ui.addPhotoButton.clicked.connect(self.choose_photos)
        ui.removePhotoButton.clicked.connect(self.remove_photo)
        ui.headcountSpin.valueChanged.connect(lambda _v: set_invalid(ui.headcountSpin, False))
        ui.contentStack.setCurrentWidget(ui.emptyPage)
        # The activity entry is the page's one form with free text: it is kept as a draft.
        self.draft_bar = DraftBar(self)
        ui.pageLayout.insertWidget(1, self.draft_bar)
        # Whether the stop's day is approved, and a supervisor's «Утвердить день» (widgets/approval_bar.py).
        self.approval_bar = ApprovalBar(runner, self)
        ui.pageLayout.insertWidget(1, self.approval_bar)
        self.approval_bar.locked.connect(lambda why: lock((ui.headcountBox, ui.activitiesBox), why))
        self.drafts = DraftKeeper(self, self.draft_bar, "stop.activity", self.draft_fields, self.restore_draft,
                                  context_keys=("stop",))
        self.drafts.watch(ui.stopCombo.currentIndexChanged, ui.activityTypeCombo.currentIndexChanged,
                          ui.audienceCombo.currentIndexChanged, ui.activityTitleEdit.textChanged,
                          ui.participantsSpin.valueChanged, ui.handoutsSpin.valueChanged,
                          ui.publicationsSpin.valueChanged, ui.descriptionEdit.textChanged)
        self.drafts.mark_clean()
        self._show_mode()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.activityView and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            self.ask_remove_activity()
            return True
        return super().eventFilter(watched, event)

    def _fill_pickers(self) -> None:
        fill_enum_combo(self.ui.activityTypeCombo, ActivityType)
        fill_enum_combo(self.ui.audienceCombo, Audience)

    # -- loading --------------------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._pending

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        self.drafts.set_context(ctx)
        self.approval_bar.set_context(ctx)
        self.detail = None
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._ctx is None:
            self._show_stops(generation, StopList((), ()))
            return
        ctx = dataclasses.replace(self._ctx, lang=current_language())
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_stops(ctx, progress, cancel)),
                           on_result=self._on_stops, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._pending = False
        report(self.window(), exc)

    def _on_stops(self, result: tuple[int, StopList]) -> None:
        self._show_stops(*result)

    def _show_stops(self, generation: int, data: StopList) -> None:
        if generation != self._generation:
            return
        self._pending = False
        ui = self.ui
        self._stops = {s.id: s for s in data.stops}
        previous = self._wanted_stop or ui.stopCombo.currentData()
        ui.stopCombo.blockSignals(True)
        try:
            ui.stopCombo.clear()
            for stop in data.stops:
                when = show_date(stop.day) if stop.day else "—"
                ui.stopCombo.addItem(f"{when} · {stop.title}", stop.id)
            index = ui.stopCombo.findData(previous) if previous else -1
            ui.stopCombo.setCurrentIndex(index if index >= 0 else (0 if data.stops else -1))
        finally:
            ui.stopCombo.blockSignals(False)
        ui.orgCombo.clear()
        for org_id, name in data.organizations:
            ui.orgCombo.addItem(name, org_id)
        ui.orgCombo.setCurrentIndex(-1)
        ui.contentStack.setCurrentWidget(ui.stopPage if data.stops else ui.emptyPage)
        self._stop_changed()
        self.drafts.offer()  # the stops are in the picker: a draft can be restored now

    def show_stop(self, stop_id: str) -> None:
        """Show `stop_id` (asked for by the tours page); a stop not in the picker yet is added to it."""
        self._wanted_stop = stop_id
        index = self.ui.stopCombo.findData(stop_id)
        if index < 0:
            self.reload()
            return
        self.ui.stopCombo.setCurrentIndex(index)

    def show_on_map(self) -> None:
        """«Показать на карте»: the map, centred on the chosen stop's settlement."""
        stop_id = self.current_stop_id()
        if stop_id is not None:
            self.showOnMap.emit("stops", stop_id)

    def show_history(self) -> None:
        """Who changed the chosen stop (its route entry, status, head count mark), and when."""
        stop_id = self.current_stop_id()
        if stop_id is None or self._ctx is None:
            return
        from fieldapp.ui.dialogs.record_log import show_history

        self.history_dialog = show_history(self, self._ctx, stop_id)

    def current_stop_id(self) -> str | None:
        value = self.ui.stopCombo.currentData()
        return str(value) if value else None

    def _stop_changed(self, *_args: object) -> None:
        stop_id = self.current_stop_id()
        self._detail_generation += 1
        generation = self._detail_generation
        if stop_id is None or self._ctx is None:
            self._show_detail(generation, None)
            return
        ctx = self._ctx
        self._pending = True
        self._runner.start(lambda progress, cancel: (generation, load_stop(ctx, stop_id, progress, cancel)),
                           on_result=self._on_detail, on_error=self._failed)

    def _on_detail(self, result: tuple[int, StopDetail]) -> None:
        self._show_detail(*result)

    def _show_detail(self, generation: int, detail: StopDetail | None) -> None:
        if generation != self._detail_generation:
            return
        self._pending = False
        self.detail = detail
        ui = self.ui
        for box in (ui.headcountBox, ui.orgBox, ui.activitiesBox, ui.photosBox):
            box.setEnabled(detail is not None)
        self.approval_bar.show_stop(detail.stop.id if detail is not None else None)
        if detail is None:
            ui.stopInfo.clear()
            self.activities.set_rows(())
            ui.orgList.clear()
            ui.photoList.clear()
            return
        stop, lang = detail.stop, current_language()
        parts = [detail.tour_title, f"{stop.seq}. {place_name(stop)}", show_date(stop.planned_on),
                 stop.venue or stop.venue_type.label(lang), stop.status.label(lang)]
        if stop.cancel_reason:
            parts.append(stop.cancel_reason)
        ui.stopInfo.setText(" · ".join(p for p in parts if p))
        count = detail.headcount
        # A reload after a save elsewhere must not wipe a count being typed: the box is set again only when it
        # still shows what was last put there (or another stop is shown).
        shown = self._shown_headcount
        if shown is None or shown[0] != stop.id or shown[1] == ui.headcountSpin.value():
            ui.headcountSpin.setValue(count.this_device)
            self._shown_headcount = (stop.id, count.this_device)
        ui.approximateCheck.setChecked(count.approximate)
        ui.headcountInfo.setText(
            self.tr("Всего по всем ноутбукам: %1 (записей: %2)")
            .replace("%1", headcount_text(dataclasses.replace(stop, headcount=count.total,
                                                              headcount_approximate=count.approximate)))
            .replace("%2", str(count.devices)))
        self.activities.set_rows(detail.activities)
        ui.activityView.resizeColumnsToContents()
        self._reselect_activity()
        ui.orgList.clear()
        for org in detail.organizations:
            name = (org.name_kk or org.name_ru) if lang == "kk" else org.name_ru
            item = QListWidgetItem(name)
            item.setData(DATA_ROLE, org.id)
            ui.orgList.addItem(item)
        show_thumbnails(ui.photoList, detail.photos)

    # -- actions (each a single small write: run synchronously, then the stop is read again on the worker) ------

    def _refused(self, exc: DomainError, widget: QWidget | None = None) -> None:
        if widget is not None:
            set_invalid(widget, True)
            focus_field(widget)
        report(self.window(), exc)

    def save_headcount(self) -> None:
        stop_id = self.current_stop_id()
        if self._ctx is None or stop_id is None:
            return
        try:
            tours.set_headcount(self._ctx, stop_id, self.ui.headcountSpin.value(),
                                self.ui.approximateCheck.isChecked())
        except DomainError as exc:
            self._refused(exc, self.ui.headcountSpin)
            return
        self._stop_changed()

    def add_organization(self) -> None:
        stop_id = self.current_stop_id()
        name = self.ui.orgCombo.currentText().strip()
        if self._ctx is None or stop_id is None or not name:
            return
        index = self.ui.orgCombo.findText(name, Qt.MatchFlag.MatchFixedString)
        try:
            # A body not in the list yet is added to it, as in the field («added by hand»).
            org_id = self.ui.orgCombo.itemData(index) if index >= 0 else find_or_create_organization(self._ctx, name)
            tours.add_stop_organization(self._ctx, stop_id, org_id)
        except DomainError as exc:
            self._refused(exc, self.ui.orgCombo)
            return
        if index < 0:
            self.ui.orgCombo.addItem(name, org_id)
        self.ui.orgCombo.setCurrentIndex(-1)
        self._stop_changed()

    def remove_organization(self) -> None:
        item = self.ui.orgList.currentItem()
        stop_id = self.current_stop_id()
        if self._ctx is None or stop_id is None or item is None:
            return
        try:
            tours.remove_stop_organization(self._ctx, stop_id, item.data(DATA_ROLE))
        except DomainError as exc:
            self._refused(exc)
            return
        self._stop_changed()

    def choose_photos(self) -> None:
        self.add_photos(choose_images(self, self.tr("Фотографии остановки")))

    def add_photos(self, paths: Iterable[Path]) -> int:
        """Attach the photos at `paths` with the caption and credit typed; returns how many were taken. A file the
        service refuses (not an image, unreadable) is reported by name, the others are kept."""
        stop_id = self.current_stop_id()
        if self._ctx is None or stop_id is None:
            return 0
        added = attach_files(self, self._ctx, "stop", stop_id, paths, caption=self.ui.captionEdit.text(),
                             credit=self.ui.creditEdit.text())
        if added:
            self.ui.captionEdit.setText("")
            self._stop_changed()
        return added

    def remove_photo(self) -> None:
        item = self.ui.photoList.currentItem()
        if self._ctx is None or item is None:
            return
        try:
            photos.delete_photo(self._ctx, item.data(DATA_ROLE))
        except DomainError as exc:
            self._refused(exc)
            return
        self._stop_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_pickers()
            self._show_mode()
            self.activities.retranslate()
            if self._ctx is not None:
                self.reload()
        super().changeEvent(event)
