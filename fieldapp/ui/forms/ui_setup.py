# GENERATED from forms/setup.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

class Ui_SetupPage(object):
    def setupUi(self, SetupPage):
        if not SetupPage.objectName():
            SetupPage.setObjectName(u"SetupPage")
        SetupPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(SetupPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.titleLabel = QLabel(SetupPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(SetupPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.roleLabel = QLabel(SetupPage)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.roleLabel)

        self.tabs = QTabWidget(SetupPage)
        self.tabs.setObjectName(u"tabs")
        self.campaignsTab = QWidget()
        self.campaignsTab.setObjectName(u"campaignsTab")
        self.campaignsTabLayout = QVBoxLayout(self.campaignsTab)
        self.campaignsTabLayout.setObjectName(u"campaignsTabLayout")
        self.campaignsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.campaignsTab, "")
        self.directionsTab = QWidget()
        self.directionsTab.setObjectName(u"directionsTab")
        self.directionsTabLayout = QVBoxLayout(self.directionsTab)
        self.directionsTabLayout.setObjectName(u"directionsTabLayout")
        self.directionsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.directionsTab, "")
        self.groupsTab = QWidget()
        self.groupsTab.setObjectName(u"groupsTab")
        self.groupsTabLayout = QVBoxLayout(self.groupsTab)
        self.groupsTabLayout.setObjectName(u"groupsTabLayout")
        self.groupsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.groupsTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.membersTabLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.membersTab, "")
        self.organizationsTab = QWidget()
        self.organizationsTab.setObjectName(u"organizationsTab")
        self.organizationsTabLayout = QVBoxLayout(self.organizationsTab)
        self.organizationsTabLayout.setObjectName(u"organizationsTabLayout")
        self.organizationsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs.addTab(self.organizationsTab, "")
        self.placesTab = QWidget()
        self.placesTab.setObjectName(u"placesTab")
        self.placesTabLayout = QVBoxLayout(self.placesTab)
        self.placesTabLayout.setObjectName(u"placesTabLayout")
        self.placesTabLayout.setContentsMargins(8, 8, 8, 8)
        self.placeTabs = QTabWidget(self.placesTab)
        self.placeTabs.setObjectName(u"placeTabs")
        self.regionsTab = QWidget()
        self.regionsTab.setObjectName(u"regionsTab")
        self.regionsTabLayout = QVBoxLayout(self.regionsTab)
        self.regionsTabLayout.setObjectName(u"regionsTabLayout")
        self.regionsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.placeTabs.addTab(self.regionsTab, "")
        self.districtsTab = QWidget()
        self.districtsTab.setObjectName(u"districtsTab")
        self.districtsTabLayout = QVBoxLayout(self.districtsTab)
        self.districtsTabLayout.setObjectName(u"districtsTabLayout")
        self.districtsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.placeTabs.addTab(self.districtsTab, "")
        self.settlementsTab = QWidget()
        self.settlementsTab.setObjectName(u"settlementsTab")
        self.settlementsTabLayout = QVBoxLayout(self.settlementsTab)
        self.settlementsTabLayout.setObjectName(u"settlementsTabLayout")
        self.settlementsTabLayout.setContentsMargins(8, 8, 8, 8)
        self.placeTabs.addTab(self.settlementsTab, "")

        self.placesTabLayout.addWidget(self.placeTabs)

        self.tabs.addTab(self.placesTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(SetupPage)
    # setupUi

    def retranslateUi(self, SetupPage):
        self.titleLabel.setText(QCoreApplication.translate("SetupPage", u"\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430 \u043a\u0430\u043c\u043f\u0430\u043d\u0438\u0438", None))
        self.hintLabel.setText(QCoreApplication.translate("SetupPage", u"\u0412\u0441\u0451, \u0447\u0442\u043e \u043d\u0443\u0436\u043d\u043e \u043a\u0430\u043c\u043f\u0430\u043d\u0438\u0438, \u043f\u043e \u043f\u043e\u0440\u044f\u0434\u043a\u0443: \u043c\u0435\u0441\u0442\u0430, \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438, \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0438, \u043a\u0430\u043c\u043f\u0430\u043d\u0438\u044f, \u0440\u0430\u0431\u043e\u0447\u0438\u0435 \u0433\u0440\u0443\u043f\u043f\u044b. \u0423\u0434\u0430\u043b\u0451\u043d\u043d\u043e\u0435 \u0438\u0441\u0447\u0435\u0437\u0430\u0435\u0442 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u043e\u0432 \u0432\u044b\u0431\u043e\u0440\u0430, \u043d\u043e \u043e\u0441\u0442\u0430\u0451\u0442\u0441\u044f \u0432 \u0438\u0441\u0442\u043e\u0440\u0438\u0438.", None))
        self.roleLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.campaignsTab), QCoreApplication.translate("SetupPage", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u0438", None))
        self.tabs.setTabText(self.tabs.indexOf(self.directionsTab), QCoreApplication.translate("SetupPage", u"\u041d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.groupsTab), QCoreApplication.translate("SetupPage", u"\u0420\u0430\u0431\u043e\u0447\u0438\u0435 \u0433\u0440\u0443\u043f\u043f\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("SetupPage", u"\u0423\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0438", None))
        self.tabs.setTabText(self.tabs.indexOf(self.organizationsTab), QCoreApplication.translate("SetupPage", u"\u041e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438", None))
        self.placeTabs.setTabText(self.placeTabs.indexOf(self.regionsTab), QCoreApplication.translate("SetupPage", u"\u041e\u0431\u043b\u0430\u0441\u0442\u0438", None))
        self.placeTabs.setTabText(self.placeTabs.indexOf(self.districtsTab), QCoreApplication.translate("SetupPage", u"\u0420\u0430\u0439\u043e\u043d\u044b", None))
        self.placeTabs.setTabText(self.placeTabs.indexOf(self.settlementsTab), QCoreApplication.translate("SetupPage", u"\u041d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0435 \u043f\u0443\u043d\u043a\u0442\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.placesTab), QCoreApplication.translate("SetupPage", u"\u041c\u0435\u0441\u0442\u0430", None))
        pass
    # retranslateUi

