# GENERATED from forms/sync.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(SyncPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.stateLabel = QLabel(SyncPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")

        self.headerLayout.addWidget(self.stateLabel)

        self.refreshButton = QPushButton(SyncPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.exportButton = QPushButton(SyncPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(SyncPage)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.tabs = QTabWidget(SyncPage)
        self.tabs.setObjectName(u"tabs")
        self.exchangeTab = QWidget()
        self.exchangeTab.setObjectName(u"exchangeTab")
        self.exchangeLayout = QVBoxLayout(self.exchangeTab)
        self.exchangeLayout.setSpacing(10)
        self.exchangeLayout.setObjectName(u"exchangeLayout")
        self.exchangeLayout.setContentsMargins(10, 10, 10, 10)
        self.exportBox = QGroupBox(self.exchangeTab)
        self.exportBox.setObjectName(u"exportBox")
        self.exportForm = QFormLayout(self.exportBox)
        self.exportForm.setObjectName(u"exportForm")
        self.forDeviceLabel = QLabel(self.exportBox)
        self.forDeviceLabel.setObjectName(u"forDeviceLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.forDeviceLabel)

        self.forDeviceCombo = QComboBox(self.exportBox)
        self.forDeviceCombo.setObjectName(u"forDeviceCombo")
        self.forDeviceCombo.setMinimumSize(QSize(320, 0))

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.forDeviceCombo)

        self.encryptLabel = QLabel(self.exportBox)
        self.encryptLabel.setObjectName(u"encryptLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.encryptLabel)

        self.encryptLayout = QHBoxLayout()
        self.encryptLayout.setSpacing(8)
        self.encryptLayout.setObjectName(u"encryptLayout")
        self.recipientsLabel = QLabel(self.exportBox)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setText(u"")
        self.recipientsLabel.setWordWrap(False)

        self.encryptLayout.addWidget(self.recipientsLabel)

        self.recipientsButton = QPushButton(self.exportBox)
        self.recipientsButton.setObjectName(u"recipientsButton")

        self.encryptLayout.addWidget(self.recipientsButton)

        self.everyoneButton = QPushButton(self.exportBox)
        self.everyoneButton.setObjectName(u"everyoneButton")

        self.encryptLayout.addWidget(self.everyoneButton)

        self.plainCheck = QCheckBox(self.exportBox)
        self.plainCheck.setObjectName(u"plainCheck")

        self.encryptLayout.addWidget(self.plainCheck)

        self.encryptSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.encryptLayout.addItem(self.encryptSpacer)


        self.exportForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.encryptLayout)

        self.plainWarningLabel = QLabel(self.exportBox)
        self.plainWarningLabel.setObjectName(u"plainWarningLabel")
        self.plainWarningLabel.setWordWrap(True)

        self.exportForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.plainWarningLabel)

        self.exportResultLayout = QHBoxLayout()
        self.exportResultLayout.setSpacing(8)
        self.exportResultLayout.setObjectName(u"exportResultLayout")
        self.exportResultLabel = QLabel(self.exportBox)
        self.exportResultLabel.setObjectName(u"exportResultLabel")
        self.exportResultLabel.setText(u"")
        self.exportResultLabel.setWordWrap(True)
        self.exportResultLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.exportResultLabel.sizePolicy().hasHeightForWidth())
        self.exportResultLabel.setSizePolicy(sizePolicy)

        self.exportResultLayout.addWidget(self.exportResultLabel)

        self.showFolderButton = QPushButton(self.exportBox)
        self.showFolderButton.setObjectName(u"showFolderButton")

        self.exportResultLayout.addWidget(self.showFolderButton)


        self.exportForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.exportResultLayout)


        self.exchangeLayout.addWidget(self.exportBox)

        self.importStack = QStackedWidget(self.exchangeTab)
        self.importStack.setObjectName(u"importStack")
        self.idlePage = QWidget()
        self.idlePage.setObjectName(u"idlePage")
        self.idleLayout = QVBoxLayout(self.idlePage)
        self.idleLayout.setSpacing(10)
        self.idleLayout.setObjectName(u"idleLayout")
        self.idleLayout.setContentsMargins(0, 4, 0, 0)
        self.dropLabel = QLabel(self.idlePage)
        self.dropLabel.setObjectName(u"dropLabel")
        self.dropLabel.setText(u"")
        self.dropLabel.setWordWrap(True)
        self.dropLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.dropLabel.setMinimumSize(QSize(0, 90))
        self.dropLabel.setStyleSheet(u"QLabel#dropLabel { border: 2px dashed #9aa5b1; border-radius: 8px; color: #3e4c59; padding: 12px; }")

        self.idleLayout.addWidget(self.dropLabel)

        self.overviewLabel = QLabel(self.idlePage)
        self.overviewLabel.setObjectName(u"overviewLabel")
        self.overviewLabel.setText(u"")
        self.overviewLabel.setWordWrap(True)
        self.overviewLabel.setProperty("textFormat", 1)  # Qt.TextFormat.RichText
        self.overviewLabel.setProperty("alignment", 33)  # Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop

        self.idleLayout.addWidget(self.overviewLabel)

        self.overviewButtons = QHBoxLayout()
        self.overviewButtons.setObjectName(u"overviewButtons")
        self.conflictsLinkButton = QPushButton(self.idlePage)
        self.conflictsLinkButton.setObjectName(u"conflictsLinkButton")

        self.overviewButtons.addWidget(self.conflictsLinkButton)

        self.overviewSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.overviewButtons.addItem(self.overviewSpacer)


        self.idleLayout.addLayout(self.overviewButtons)

        self.idleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.idleLayout.addItem(self.idleSpacer)

        self.importStack.addWidget(self.idlePage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setSpacing(8)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 4, 0, 0)
        self.importTitle = QLabel(self.previewPage)
        self.importTitle.setObjectName(u"importTitle")
        self.importTitle.setText(u"")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.importTitle.setFont(font)
        self.importTitle.setWordWrap(True)

        self.previewLayout.addWidget(self.importTitle)

        self.filesView = QTableView(self.previewPage)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setAlternatingRowColors(True)
        self.filesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setWordWrap(True)

        self.previewLayout.addWidget(self.filesView)

        self.refusalBox = QFrame(self.previewPage)
        self.refusalBox.setObjectName(u"refusalBox")
        self.refusalLayout = QHBoxLayout(self.refusalBox)
        self.refusalLayout.setSpacing(8)
        self.refusalLayout.setObjectName(u"refusalLayout")
        self.refusalLayout.setContentsMargins(0, 0, 0, 0)
        self.refusalLabel = QLabel(self.refusalBox)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setText(u"")
        self.refusalLabel.setWordWrap(True)
        self.refusalLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse
        sizePolicy.setHeightForWidth(self.refusalLabel.sizePolicy().hasHeightForWidth())
        self.refusalLabel.setSizePolicy(sizePolicy)

        self.refusalLayout.addWidget(self.refusalLabel)

        self.trustKeyButton = QPushButton(self.refusalBox)
        self.trustKeyButton.setObjectName(u"trustKeyButton")

        self.refusalLayout.addWidget(self.trustKeyButton)


        self.previewLayout.addWidget(self.refusalBox)

        self.importSummary = QLabel(self.previewPage)
        self.importSummary.setObjectName(u"importSummary")
        self.importSummary.setText(u"")
        self.importSummary.setWordWrap(True)
        self.importSummary.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.previewLayout.addWidget(self.importSummary)

        self.applyLayout = QHBoxLayout()
        self.applyLayout.setSpacing(8)
        self.applyLayout.setObjectName(u"applyLayout")
        self.applyButton = QPushButton(self.previewPage)
        self.applyButton.setObjectName(u"applyButton")

        self.applyLayout.addWidget(self.applyButton)

        self.discardButton = QPushButton(self.previewPage)
        self.discardButton.setObjectName(u"discardButton")

        self.applyLayout.addWidget(self.discardButton)

        self.applySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applyLayout.addItem(self.applySpacer)


        self.previewLayout.addLayout(self.applyLayout)

        self.importStack.addWidget(self.previewPage)

        self.exchangeLayout.addWidget(self.importStack)

        self.tabs.addTab(self.exchangeTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setSpacing(8)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsLayout.setContentsMargins(10, 10, 10, 10)
        self.conflictsHint = QLabel(self.conflictsTab)
        self.conflictsHint.setObjectName(u"conflictsHint")
        self.conflictsHint.setText(u"")
        self.conflictsHint.setWordWrap(True)

        self.conflictsLayout.addWidget(self.conflictsHint)

        self.conflictsSplitter = QSplitter(parent=self.conflictsTab)
        self.conflictsSplitter.setObjectName(u"conflictsSplitter")
        self.conflictsSplitter.setProperty("orientation", 1)  # Qt.Orientation.Horizontal
        self.conflictsSplitter.setChildrenCollapsible(False)
        self.conflictsView = QTableView(self.conflictsSplitter)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setAlternatingRowColors(True)
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsView.setWordWrap(False)
        self.conflictsSplitter.addWidget(self.conflictsView)
        self.conflictPanel = QWidget(self.conflictsSplitter)
        self.conflictPanel.setObjectName(u"conflictPanel")
        self.conflictPanelLayout = QVBoxLayout(self.conflictPanel)
        self.conflictPanelLayout.setSpacing(8)
        self.conflictPanelLayout.setObjectName(u"conflictPanelLayout")
        self.conflictPanelLayout.setContentsMargins(8, 0, 0, 0)
        self.conflictTitle = QLabel(self.conflictPanel)
        self.conflictTitle.setObjectName(u"conflictTitle")
        self.conflictTitle.setText(u"")
        self.conflictTitle.setFont(font)
        self.conflictTitle.setWordWrap(True)

        self.conflictPanelLayout.addWidget(self.conflictTitle)

        self.conflictRecord = QLabel(self.conflictPanel)
        self.conflictRecord.setObjectName(u"conflictRecord")
        self.conflictRecord.setText(u"")
        self.conflictRecord.setWordWrap(True)

        self.conflictPanelLayout.addWidget(self.conflictRecord)

        self.headsView = QTableView(self.conflictPanel)
        self.headsView.setObjectName(u"headsView")
        self.headsView.setAlternatingRowColors(True)
        self.headsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.headsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.headsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.headsView.setWordWrap(False)

        self.conflictPanelLayout.addWidget(self.headsView)

        self.pickLayout = QHBoxLayout()
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickButton = QPushButton(self.conflictPanel)
        self.pickButton.setObjectName(u"pickButton")

        self.pickLayout.addWidget(self.pickButton)

        self.pickSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickLayout.addItem(self.pickSpacer)


        self.conflictPanelLayout.addLayout(self.pickLayout)

        self.newValueLabel = QLabel(self.conflictPanel)
        self.newValueLabel.setObjectName(u"newValueLabel")

        self.conflictPanelLayout.addWidget(self.newValueLabel)

        self.newValueLayout = QHBoxLayout()
        self.newValueLayout.setSpacing(8)
        self.newValueLayout.setObjectName(u"newValueLayout")
        self.newValueEdit = QLineEdit(self.conflictPanel)
        self.newValueEdit.setObjectName(u"newValueEdit")

        self.newValueLayout.addWidget(self.newValueEdit)

        self.writeValueButton = QPushButton(self.conflictPanel)
        self.writeValueButton.setObjectName(u"writeValueButton")

        self.newValueLayout.addWidget(self.writeValueButton)


        self.conflictPanelLayout.addLayout(self.newValueLayout)

        self.resolvedLabel = QLabel(self.conflictPanel)
        self.resolvedLabel.setObjectName(u"resolvedLabel")
        self.resolvedLabel.setText(u"")
        self.resolvedLabel.setWordWrap(True)

        self.conflictPanelLayout.addWidget(self.resolvedLabel)

        self.conflictPanelLayout.setStretch(2, 1)
        self.conflictsSplitter.addWidget(self.conflictPanel)

        self.conflictsLayout.addWidget(self.conflictsSplitter)

        self.conflictsLayout.setStretch(1, 1)
        self.tabs.addTab(self.conflictsTab, "")
        self.devicesTab = QWidget()
        self.devicesTab.setObjectName(u"devicesTab")
        self.devicesLayout = QVBoxLayout(self.devicesTab)
        self.devicesLayout.setSpacing(8)
        self.devicesLayout.setObjectName(u"devicesLayout")
        self.devicesLayout.setContentsMargins(10, 10, 10, 10)
        self.thisDeviceBox = QGroupBox(self.devicesTab)
        self.thisDeviceBox.setObjectName(u"thisDeviceBox")
        self.deviceForm = QFormLayout(self.thisDeviceBox)
        self.deviceForm.setObjectName(u"deviceForm")
        self.deviceCodeLabel = QLabel(self.thisDeviceBox)
        self.deviceCodeLabel.setObjectName(u"deviceCodeLabel")

        self.deviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deviceCodeLabel)

        self.deviceCodeValue = QLabel(self.thisDeviceBox)
        self.deviceCodeValue.setObjectName(u"deviceCodeValue")
        self.deviceCodeValue.setText(u"")
        self.deviceCodeValue.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.deviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deviceCodeValue)

        self.deviceIdLabel = QLabel(self.thisDeviceBox)
        self.deviceIdLabel.setObjectName(u"deviceIdLabel")

        self.deviceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deviceIdLabel)

        self.deviceIdValue = QLabel(self.thisDeviceBox)
        self.deviceIdValue.setObjectName(u"deviceIdValue")
        self.deviceIdValue.setText(u"")
        self.deviceIdValue.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.deviceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deviceIdValue)

        self.fingerprintLabel = QLabel(self.thisDeviceBox)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.deviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprintValue = QLabel(self.thisDeviceBox)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setText(u"")
        self.fingerprintValue.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.deviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)

        self.keyLayout = QHBoxLayout()
        self.keyLayout.setObjectName(u"keyLayout")
        self.exportKeyButton = QPushButton(self.thisDeviceBox)
        self.exportKeyButton.setObjectName(u"exportKeyButton")

        self.keyLayout.addWidget(self.exportKeyButton)

        self.keyHint = QLabel(self.thisDeviceBox)
        self.keyHint.setObjectName(u"keyHint")
        self.keyHint.setText(u"")
        self.keyHint.setWordWrap(True)

        self.keyLayout.addWidget(self.keyHint)

        self.keyLayout.setStretch(1, 1)

        self.deviceForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.keyLayout)


        self.devicesLayout.addWidget(self.thisDeviceBox)

        self.devicesTitle = QLabel(self.devicesTab)
        self.devicesTitle.setObjectName(u"devicesTitle")

        self.devicesLayout.addWidget(self.devicesTitle)

        self.devicesView = QTableView(self.devicesTab)
        self.devicesView.setObjectName(u"devicesView")
        self.devicesView.setAlternatingRowColors(True)
        self.devicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devicesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devicesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devicesView.setWordWrap(False)

        self.devicesLayout.addWidget(self.devicesView)

        self.missingLabel = QLabel(self.devicesTab)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setText(u"")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.devicesLayout.addWidget(self.missingLabel)

        self.devicesButtons = QHBoxLayout()
        self.devicesButtons.setSpacing(8)
        self.devicesButtons.setObjectName(u"devicesButtons")
        self.enrolButton = QPushButton(self.devicesTab)
        self.enrolButton.setObjectName(u"enrolButton")

        self.devicesButtons.addWidget(self.enrolButton)

        self.officeCheck = QCheckBox(self.devicesTab)
        self.officeCheck.setObjectName(u"officeCheck")

        self.devicesButtons.addWidget(self.officeCheck)

        self.revokeButton = QPushButton(self.devicesTab)
        self.revokeButton.setObjectName(u"revokeButton")

        self.devicesButtons.addWidget(self.revokeButton)

        self.devicesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.devicesButtons.addItem(self.devicesSpacer)


        self.devicesLayout.addLayout(self.devicesButtons)

        self.tabs.addTab(self.devicesTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.forDeviceLabel.setBuddy(self.forDeviceCombo)
        self.newValueLabel.setBuddy(self.newValueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.forDeviceCombo)
        QWidget.setTabOrder(self.forDeviceCombo, self.recipientsButton)
        QWidget.setTabOrder(self.recipientsButton, self.everyoneButton)
        QWidget.setTabOrder(self.everyoneButton, self.plainCheck)
        QWidget.setTabOrder(self.plainCheck, self.showFolderButton)
        QWidget.setTabOrder(self.showFolderButton, self.conflictsLinkButton)
        QWidget.setTabOrder(self.conflictsLinkButton, self.filesView)
        QWidget.setTabOrder(self.filesView, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.conflictsView)
        QWidget.setTabOrder(self.conflictsView, self.headsView)
        QWidget.setTabOrder(self.headsView, self.pickButton)
        QWidget.setTabOrder(self.pickButton, self.newValueEdit)
        QWidget.setTabOrder(self.newValueEdit, self.writeValueButton)
        QWidget.setTabOrder(self.writeValueButton, self.exportKeyButton)
        QWidget.setTabOrder(self.exportKeyButton, self.devicesView)
        QWidget.setTabOrder(self.devicesView, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.officeCheck)
        QWidget.setTabOrder(self.officeCheck, self.revokeButton)

        self.retranslateUi(SyncPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, SyncPage):
        self.titleLabel.setText(QCoreApplication.translate("SyncPage", u"\u0421\u0438\u043d\u0445\u0440\u043e\u043d\u0438\u0437\u0430\u0446\u0438\u044f", None))
        self.refreshButton.setText(QCoreApplication.translate("SyncPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u0441\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0435 \u0441\u0438\u043d\u0445\u0440\u043e\u043d\u0438\u0437\u0430\u0446\u0438\u0438 (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"\u0412\u044b\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u043f\u0430\u043a\u0435\u0442 \u0441 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f\u043c\u0438 \u0432 \u043f\u0430\u043f\u043a\u0443 \u0438\u043b\u0438 \u043d\u0430 \u0444\u043b\u0435\u0448\u043a\u0443 (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u043f\u0430\u043a\u0435\u0442\u044b\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c \u0444\u0430\u0439\u043b\u044b .fieldsync \u043a\u043e\u043b\u043b\u0435\u0433: \u0441\u043d\u0430\u0447\u0430\u043b\u0430 \u0431\u0443\u0434\u0435\u0442 \u043f\u043e\u043a\u0430\u0437\u0430\u043d\u043e, \u0447\u0442\u043e \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u0441\u044f (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.exportBox.setTitle(QCoreApplication.translate("SyncPage", u"\u0412\u044b\u0433\u0440\u0443\u0437\u043a\u0430", None))
        self.forDeviceLabel.setText(QCoreApplication.translate("SyncPage", u"\u0427\u0442\u043e \u0432\u044b\u0433\u0440\u0443\u0437\u0438\u0442\u044c", None))
        self.encryptLabel.setText(QCoreApplication.translate("SyncPage", u"\u0428\u0438\u0444\u0440\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.recipientsButton.setText(QCoreApplication.translate("SyncPage", u"\u041a\u043b\u044e\u0447\u0438 \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u0435\u0439\u2026", None))
#if QT_CONFIG(tooltip)
        self.recipientsButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u0448\u0438\u0444\u0440\u043e\u0432\u0430\u0442\u044c \u043f\u0430\u043a\u0435\u0442 \u0442\u0430\u043a, \u0447\u0442\u043e\u0431\u044b \u043f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c \u0435\u0433\u043e \u043c\u043e\u0433\u043b\u0438 \u0442\u043e\u043b\u044c\u043a\u043e \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435 \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.everyoneButton.setText(QCoreApplication.translate("SyncPage", u"\u0414\u043b\u044f \u0432\u0441\u0435\u0445 \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432", None))
#if QT_CONFIG(tooltip)
        self.everyoneButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u0448\u0438\u0444\u0440\u043e\u0432\u0430\u0442\u044c \u043f\u0430\u043a\u0435\u0442 \u0434\u043b\u044f \u0432\u0441\u0435\u0445 \u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u043d\u043d\u044b\u0445 \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.plainCheck.setText(QCoreApplication.translate("SyncPage", u"\u0411\u0435\u0437 \u0448\u0438\u0444\u0440\u043e\u0432\u0430\u043d\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.plainCheck.setToolTip(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u043f\u0430\u043a\u0435\u0442 \u043e\u0442\u043a\u0440\u044b\u0442\u044b\u043c \u0442\u0435\u043a\u0441\u0442\u043e\u043c: \u043f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c \u0435\u0433\u043e \u0441\u043c\u043e\u0436\u0435\u0442 \u043b\u044e\u0431\u043e\u0439, \u0443 \u043a\u043e\u0433\u043e \u043e\u043a\u0430\u0436\u0435\u0442\u0441\u044f \u0444\u0430\u0439\u043b", None))
#endif // QT_CONFIG(tooltip)
        self.plainWarningLabel.setText(QCoreApplication.translate("SyncPage", u"\u041f\u0430\u043a\u0435\u0442 \u0431\u0443\u0434\u0435\u0442 \u0437\u0430\u043f\u0438\u0441\u0430\u043d \u0431\u0435\u0437 \u0448\u0438\u0444\u0440\u043e\u0432\u0430\u043d\u0438\u044f: \u043b\u044e\u0431\u043e\u0439, \u0443 \u043a\u043e\u0433\u043e \u043e\u043a\u0430\u0436\u0435\u0442\u0441\u044f \u044d\u0442\u043e\u0442 \u0444\u0430\u0439\u043b, \u0441\u043c\u043e\u0436\u0435\u0442 \u043f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c \u0432\u0441\u0435 \u0434\u0430\u043d\u043d\u044b\u0435 \u0432 \u043d\u0451\u043c, \u0432\u043a\u043b\u044e\u0447\u0430\u044f \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0435.", None))
        self.showFolderButton.setText(QCoreApplication.translate("SyncPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0432 \u043f\u0430\u043f\u043a\u0435", None))
        self.conflictsLinkButton.setText(QCoreApplication.translate("SyncPage", u"\u0420\u0430\u0437\u043e\u0431\u0440\u0430\u0442\u044c \u043a\u043e\u043d\u0444\u043b\u0438\u043a\u0442\u044b", None))
        self.trustKeyButton.setText(QCoreApplication.translate("SyncPage", u"\u0414\u043e\u0432\u0435\u0440\u044f\u0442\u044c \u043a\u043b\u044e\u0447\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.trustKeyButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c \u0444\u0430\u0439\u043b \u043a\u043b\u044e\u0447\u0430 \u044d\u0442\u043e\u0433\u043e \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430, \u043f\u043e\u043b\u0443\u0447\u0435\u043d\u043d\u044b\u0439 \u043e\u0442 \u0435\u0433\u043e \u0432\u043b\u0430\u0434\u0435\u043b\u044c\u0446\u0430, \u0438 \u043f\u0440\u0438\u043d\u0438\u043c\u0430\u0442\u044c \u0435\u0433\u043e \u043f\u0430\u043a\u0435\u0442\u044b; \u0437\u0430\u0442\u0435\u043c \u0444\u0430\u0439\u043b\u044b \u0431\u0443\u0434\u0443\u0442 \u043f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u044b \u0441\u043d\u043e\u0432\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.applyButton.setText(QCoreApplication.translate("SyncPage", u"\u041f\u0440\u0438\u043c\u0435\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u043f\u043e\u043a\u0430\u0437\u0430\u043d\u043d\u044b\u0435 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u0432 \u0431\u0430\u0437\u0443 (Ctrl+Return)", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exchangeTab), QCoreApplication.translate("SyncPage", u"\u041e\u0431\u043c\u0435\u043d", None))
        self.pickButton.setText(QCoreApplication.translate("SyncPage", u"\u041e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0435 \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435", None))
#if QT_CONFIG(tooltip)
        self.pickButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u041e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435 \u0438\u0437 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0441\u0442\u043e\u043b\u0431\u0446\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.newValueLabel.setText(QCoreApplication.translate("SyncPage", u"\u0418\u043b\u0438 \u0432\u0432\u0435\u0434\u0438\u0442\u0435 \u043d\u043e\u0432\u043e\u0435 \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435:", None))
        self.writeValueButton.setText(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflictsTab), QCoreApplication.translate("SyncPage", u"\u041a\u043e\u043d\u0444\u043b\u0438\u043a\u0442\u044b", None))
        self.thisDeviceBox.setTitle(QCoreApplication.translate("SyncPage", u"\u042d\u0442\u043e \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u043e", None))
        self.deviceCodeLabel.setText(QCoreApplication.translate("SyncPage", u"\u041a\u043e\u0434 \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430", None))
        self.deviceIdLabel.setText(QCoreApplication.translate("SyncPage", u"\u0418\u0434\u0435\u043d\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u043e\u0440", None))
        self.fingerprintLabel.setText(QCoreApplication.translate("SyncPage", u"\u041e\u0442\u043f\u0435\u0447\u0430\u0442\u043e\u043a \u043a\u043b\u044e\u0447\u0430", None))
        self.exportKeyButton.setText(QCoreApplication.translate("SyncPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0444\u0430\u0439\u043b \u043a\u043b\u044e\u0447\u0430\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportKeyButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0424\u0430\u0439\u043b \u043a\u043b\u044e\u0447\u0430 \u044d\u0442\u043e\u0433\u043e \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430 \u0434\u043b\u044f \u043a\u043e\u043b\u043b\u0435\u0433: \u0438\u0445 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0431\u0443\u0434\u0435\u0442 \u043f\u0440\u0438\u043d\u0438\u043c\u0430\u0442\u044c \u043d\u0430\u0448\u0438 \u043f\u0430\u043a\u0435\u0442\u044b", None))
#endif // QT_CONFIG(tooltip)
        self.devicesTitle.setText(QCoreApplication.translate("SyncPage", u"\u0423\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430 \u0438 \u0438\u0445 \u043a\u043b\u044e\u0447\u0438", None))
        self.enrolButton.setText(QCoreApplication.translate("SyncPage", u"\u0417\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043a\u043b\u044e\u0447\u2026", None))
#if QT_CONFIG(tooltip)
        self.enrolButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u041f\u0440\u0438\u043d\u0438\u043c\u0430\u0442\u044c \u043f\u0430\u043a\u0435\u0442\u044b \u043e\u0442 \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430 \u043a\u043e\u043b\u043b\u0435\u0433\u0438 \u043f\u043e \u0435\u0433\u043e \u0444\u0430\u0439\u043b\u0443 \u043a\u043b\u044e\u0447\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.officeCheck.setText(QCoreApplication.translate("SyncPage", u"\u041a\u043b\u044e\u0447 \u043e\u0444\u0438\u0441\u0430 \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440\u0430", None))
#if QT_CONFIG(tooltip)
        self.officeCheck.setToolTip(QCoreApplication.translate("SyncPage", u"\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u0434\u043b\u044f \u043a\u043b\u044e\u0447\u0430 \u043e\u0444\u0438\u0441\u0430 \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440\u0430: \u0435\u0433\u043e \u043f\u0430\u043a\u0435\u0442\u044b \u043c\u043e\u0433\u0443\u0442 \u043d\u0435\u0441\u0442\u0438 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u0434\u0440\u0443\u0433\u0438\u0445 \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432 (\u0441\u043e\u0431\u0440\u0430\u043d\u043d\u044b\u0435 \u0434\u0430\u043d\u043d\u044b\u0435, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043e\u0444\u0438\u0441 \u0440\u0430\u0441\u0441\u044b\u043b\u0430\u0435\u0442 \u043e\u0431\u0440\u0430\u0442\u043d\u043e). \u041a\u043b\u044e\u0447\u0443 \u043d\u043e\u0443\u0442\u0431\u0443\u043a\u0430 \u044d\u0442\u043e \u043d\u0435 \u043d\u0443\u0436\u043d\u043e: \u043e\u043d \u043f\u0435\u0440\u0435\u0434\u0430\u0451\u0442 \u0442\u043e\u043b\u044c\u043a\u043e \u0441\u0432\u043e\u0438 \u0438\u0437\u043c\u0435\u043d"
                        "\u0435\u043d\u0438\u044f.", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("SyncPage", u"\u041e\u0442\u043e\u0437\u0432\u0430\u0442\u044c \u043a\u043b\u044e\u0447\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("SyncPage", u"\u0411\u043e\u043b\u044c\u0448\u0435 \u043d\u0435 \u043f\u0440\u0438\u043d\u0438\u043c\u0430\u0442\u044c \u043f\u0430\u043a\u0435\u0442\u044b, \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u043d\u044b\u0435 \u043a\u043b\u044e\u0447\u043e\u043c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.devicesTab), QCoreApplication.translate("SyncPage", u"\u0423\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430", None))
        pass
    # retranslateUi

