"""«Настройка»: everything a campaign needs, set up in the app from an empty database — campaigns, directions,
working groups and their members, members, organisations and places. Read-only, with the reason, for a member."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fieldapp.services.context import Context
from fieldapp.ui.forms.ui_setup import Ui_SetupPage
from fieldapp.ui.pages.setup_campaigns import CampaignSection, DirectionSection, GroupSection
from fieldapp.ui.pages.setup_people import MemberSection, OrganizationSection
from fieldapp.ui.pages.setup_places import DistrictSection, RegionSection, SettlementSection
from fieldapp.ui.pages.setup_section import ACT, Section
from fieldapp.ui.widgets.access import refusal
from fieldapp.ui.widgets.common import set_state
from fieldapp.ui.workers import Runner


class SetupPage(QWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupPage()
        self.ui.setupUi(self)
        self.setObjectName("page_setup")
        self._runner = runner  # the sections' reads are a few dozen rows: they run on the GUI thread
        self._ctx: Context | None = None
        ui = self.ui
        self.campaigns = CampaignSection()
        self.directions = DirectionSection()
        self.groups = GroupSection()
        self.members = MemberSection()
        self.organizations = OrganizationSection()
        self.regions = RegionSection()
        self.districts = DistrictSection()
        self.settlements = SettlementSection()
        for section, layout in (
            (self.campaigns, ui.campaignsTabLayout), (self.directions, ui.directionsTabLayout),
            (self.groups, ui.groupsTabLayout), (self.members, ui.membersTabLayout),
            (self.organizations, ui.organizationsTabLayout), (self.regions, ui.regionsTabLayout),
            (self.districts, ui.districtsTabLayout), (self.settlements, ui.settlementsTabLayout),
        ):
            layout.addWidget(section)
            # What one section saves is offered by the others' pickers at once (a new organisation in the
            # member form, a new district in the settlement form).
            section.saved.connect(lambda _id, source=section: self._others_changed(source))
        ui.tabs.currentChanged.connect(lambda _i: self._reload_visible())
        ui.placeTabs.currentChanged.connect(lambda _i: self._reload_visible())
        set_state(ui.roleLabel, "warn")
        ui.roleLabel.setVisible(False)

    @property
    def sections(self) -> tuple[Section, ...]:
        return (self.campaigns, self.directions, self.groups, self.members, self.organizations, self.regions,
                self.districts, self.settlements)

    @property
    def loading(self) -> bool:
        return False

    def set_context(self, ctx: Context | None) -> None:
        self._ctx = ctx
        for section in self.sections:
            section.set_context(ctx)
        self._show_role()

    def reload(self) -> None:
        """After a commit anywhere: the section in view refreshes its list and pickers, keeping the selection and
        any unsaved form; the others refresh when they come into view (a tab switch, the page shown again)."""
        self._reload_visible()
        self._show_role()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_visible()

    def _reload_visible(self) -> None:
        for section in self.sections:
            if section.isVisible():
                section.reload()

    def _others_changed(self, source: Section) -> None:
        for section in self.sections:
            if section is not source:
                section.reload()

    def _show_role(self) -> None:
        why = refusal(self._ctx, ACT)
        self.ui.roleLabel.setText(self.tr("Только просмотр: %1.").replace("%1", why) if why else "")
        self.ui.roleLabel.setVisible(bool(why))

    def show_section(self, key: str) -> None:
        """Bring a section to the front: campaigns, directions, groups, members, organizations, regions, districts
        or settlements."""
        ui = self.ui
        tabs = {"campaigns": ui.campaignsTab, "directions": ui.directionsTab, "groups": ui.groupsTab,
                "members": ui.membersTab, "organizations": ui.organizationsTab}
        places = {"regions": ui.regionsTab, "districts": ui.districtsTab, "settlements": ui.settlementsTab}
        if key in tabs:
            ui.tabs.setCurrentWidget(tabs[key])
        else:
            ui.tabs.setCurrentWidget(ui.placesTab)
            ui.placeTabs.setCurrentWidget(places[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for section in self.sections:
                section.retranslate()
            self._show_role()
        super().changeEvent(event)
