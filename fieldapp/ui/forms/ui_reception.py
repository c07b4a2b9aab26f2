# GENERATED from forms/reception.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTimeEdit, QVBoxLayout, QWidget

class Ui_ReceptionPage(object):
    def setupUi(self, ReceptionPage):
        if not ReceptionPage.objectName():
            ReceptionPage.setObjectName(u"ReceptionPage")
        ReceptionPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(ReceptionPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReceptionPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.stopLabel = QLabel(ReceptionPage)
        self.stopLabel.setObjectName(u"stopLabel")

        self.headerLayout.addWidget(self.stopLabel)

        self.stopCombo = QComboBox(ReceptionPage)
        self.stopCombo.setObjectName(u"stopCombo")
        self.stopCombo.setMinimumSize(QSize(360, 0))
        self.stopCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.stopCombo)


        self.pageLayout.addLayout(self.headerLayout)

        self.countersLayout = QHBoxLayout()
        self.countersLayout.setSpacing(10)
        self.countersLayout.setObjectName(u"countersLayout")
        self.receivedValueFrame = QFrame(ReceptionPage)
        self.receivedValueFrame.setObjectName(u"receivedValueFrame")
        self.receivedValueFrame.setProperty(u"counter", True)
        self.receivedValueLayout = QVBoxLayout(self.receivedValueFrame)
        self.receivedValueLayout.setSpacing(0)
        self.receivedValueLayout.setObjectName(u"receivedValueLayout")
        self.receivedValueLayout.setContentsMargins(10, 4, 10, 6)
        self.receivedValue = QLabel(self.receivedValueFrame)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setText(u"0")

        self.receivedValueLayout.addWidget(self.receivedValue)

        self.receivedCaption = QLabel(self.receivedValueFrame)
        self.receivedCaption.setObjectName(u"receivedCaption")
        self.receivedCaption.setWordWrap(True)

        self.receivedValueLayout.addWidget(self.receivedCaption)


        self.countersLayout.addWidget(self.receivedValueFrame)

        self.helpedValueFrame = QFrame(ReceptionPage)
        self.helpedValueFrame.setObjectName(u"helpedValueFrame")
        self.helpedValueFrame.setProperty(u"counter", True)
        self.helpedValueLayout = QVBoxLayout(self.helpedValueFrame)
        self.helpedValueLayout.setSpacing(0)
        self.helpedValueLayout.setObjectName(u"helpedValueLayout")
        self.helpedValueLayout.setContentsMargins(10, 4, 10, 6)
        self.helpedValue = QLabel(self.helpedValueFrame)
        self.helpedValue.setObjectName(u"helpedValue")
        self.helpedValue.setText(u"0")

        self.helpedValueLayout.addWidget(self.helpedValue)

        self.helpedCaption = QLabel(self.helpedValueFrame)
        self.helpedCaption.setObjectName(u"helpedCaption")
        self.helpedCaption.setWordWrap(True)

        self.helpedValueLayout.addWidget(self.helpedCaption)


        self.countersLayout.addWidget(self.helpedValueFrame)

        self.controlValueFrame = QFrame(ReceptionPage)
        self.controlValueFrame.setObjectName(u"controlValueFrame")
        self.controlValueFrame.setProperty(u"counter", True)
        self.controlValueLayout = QVBoxLayout(self.controlValueFrame)
        self.controlValueLayout.setSpacing(0)
        self.controlValueLayout.setObjectName(u"controlValueLayout")
        self.controlValueLayout.setContentsMargins(10, 4, 10, 6)
        self.controlValue = QLabel(self.controlValueFrame)
        self.controlValue.setObjectName(u"controlValue")
        self.controlValue.setText(u"0")

        self.controlValueLayout.addWidget(self.controlValue)

        self.controlCaption = QLabel(self.controlValueFrame)
        self.controlCaption.setObjectName(u"controlCaption")
        self.controlCaption.setWordWrap(True)

        self.controlValueLayout.addWidget(self.controlCaption)


        self.countersLayout.addWidget(self.controlValueFrame)

        self.countersSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countersLayout.addItem(self.countersSpacer)

        self.whenColumn = QVBoxLayout()
        self.whenColumn.setObjectName(u"whenColumn")
        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.whenLabel = QLabel(ReceptionPage)
        self.whenLabel.setObjectName(u"whenLabel")

        self.whenRow.addWidget(self.whenLabel)

        self.dateEdit = QDateEdit(ReceptionPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.whenRow.addWidget(self.dateEdit)

        self.timeEdit = QTimeEdit(ReceptionPage)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.whenRow.addWidget(self.timeEdit)


        self.whenColumn.addLayout(self.whenRow)

        self.whenHint = QLabel(ReceptionPage)
        self.whenHint.setObjectName(u"whenHint")
        self.whenHint.setText(u"")
        self.whenHint.setProperty("alignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter

        self.whenColumn.addWidget(self.whenHint)


        self.countersLayout.addLayout(self.whenColumn)


        self.pageLayout.addLayout(self.countersLayout)

        self.contentStack = QStackedWidget(ReceptionPage)
        self.contentStack.setObjectName(u"contentStack")
        self.deskPage = QWidget()
        self.deskPage.setObjectName(u"deskPage")
        self.deskLayout = QHBoxLayout(self.deskPage)
        self.deskLayout.setSpacing(16)
        self.deskLayout.setObjectName(u"deskLayout")
        self.deskLayout.setContentsMargins(0, 0, 0, 0)
        self.formColumn = QVBoxLayout()
        self.formColumn.setSpacing(8)
        self.formColumn.setObjectName(u"formColumn")
        self.applicantBox = QGroupBox(self.deskPage)
        self.applicantBox.setObjectName(u"applicantBox")
        self.applicantForm = QFormLayout(self.applicantBox)
        self.applicantForm.setObjectName(u"applicantForm")
        self.applicantForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.iinLabel = QLabel(self.applicantBox)
        self.iinLabel.setObjectName(u"iinLabel")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iinLabel)

        self.iinEdit = QLineEdit(self.applicantBox)
        self.iinEdit.setObjectName(u"iinEdit")
        self.iinEdit.setMaxLength(20)

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.iinEdit)

        self.iinHintLabel = QLabel(self.applicantBox)
        self.iinHintLabel.setObjectName(u"iinHintLabel")
        self.iinHintLabel.setText(u"")
        self.iinHintLabel.setWordWrap(True)

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.iinHintLabel)

        self.nameLabel = QLabel(self.applicantBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.applicantBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(self.applicantBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.applicantBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(self.applicantBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.applicantBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.settlementLabel = QLabel(self.applicantBox)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlementCombo = QComboBox(self.applicantBox)
        self.settlementCombo.setObjectName(u"settlementCombo")
        self.settlementCombo.setEditable(True)
        self.settlementCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.settlementCombo)

        self.socialLabel = QLabel(self.applicantBox)
        self.socialLabel.setObjectName(u"socialLabel")

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.socialLabel)

        self.socialCombo = QComboBox(self.applicantBox)
        self.socialCombo.setObjectName(u"socialCombo")
        self.socialCombo.setMinimumSize(QSize(220, 0))

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.socialCombo)

        self.consentLabel = QLabel(self.applicantBox)
        self.consentLabel.setObjectName(u"consentLabel")

        self.applicantForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentCheck = QCheckBox(self.applicantBox)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentRow.addWidget(self.consentCheck)

        self.consentMethodCombo = QComboBox(self.applicantBox)
        self.consentMethodCombo.setObjectName(u"consentMethodCombo")
        self.consentMethodCombo.setMinimumSize(QSize(220, 0))
        self.consentMethodCombo.setEnabled(False)

        self.consentRow.addWidget(self.consentMethodCombo)


        self.applicantForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.consentRow)

        self.consentWarning = QLabel(self.applicantBox)
        self.consentWarning.setObjectName(u"consentWarning")
        self.consentWarning.setMinimumSize(QSize(0, 28))
        self.consentWarning.setText(u"")
        self.consentWarning.setWordWrap(True)

        self.applicantForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.consentWarning)


        self.formColumn.addWidget(self.applicantBox)

        self.appealBox = QGroupBox(self.deskPage)
        self.appealBox.setObjectName(u"appealBox")
        self.appealForm = QFormLayout(self.appealBox)
        self.appealForm.setObjectName(u"appealForm")
        self.appealForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.appealFormLabel = QLabel(self.appealBox)
        self.appealFormLabel.setObjectName(u"appealFormLabel")

        self.appealForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appealFormLabel)

        self.appealFormCombo = QComboBox(self.appealBox)
        self.appealFormCombo.setObjectName(u"appealFormCombo")
        self.appealFormCombo.setMinimumSize(QSize(220, 0))

        self.appealForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appealFormCombo)

        self.topicLabel = QLabel(self.appealBox)
        self.topicLabel.setObjectName(u"topicLabel")

        self.appealForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(self.appealBox)
        self.topicCombo.setObjectName(u"topicCombo")
        self.topicCombo.setMinimumSize(QSize(220, 0))

        self.appealForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.essenceLabel = QLabel(self.appealBox)
        self.essenceLabel.setObjectName(u"essenceLabel")

        self.appealForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.essenceLabel)

        self.essenceEdit = QLineEdit(self.appealBox)
        self.essenceEdit.setObjectName(u"essenceEdit")

        self.appealForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.essenceEdit)

        self.outcomeLabel = QLabel(self.appealBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.appealForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.appealBox)
        self.outcomeCombo.setObjectName(u"outcomeCombo")
        self.outcomeCombo.setMinimumSize(QSize(220, 0))

        self.appealForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.helpKindLabel = QLabel(self.appealBox)
        self.helpKindLabel.setObjectName(u"helpKindLabel")

        self.appealForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.helpKindLabel)

        self.helpKindCombo = QComboBox(self.appealBox)
        self.helpKindCombo.setObjectName(u"helpKindCombo")
        self.helpKindCombo.setMinimumSize(QSize(220, 0))
        self.helpKindCombo.setEnabled(False)

        self.appealForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.helpKindCombo)

        self.responsibleLabel = QLabel(self.appealBox)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.appealForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(self.appealBox)
        self.responsibleEdit.setObjectName(u"responsibleEdit")
        self.responsibleEdit.setEnabled(False)

        self.appealForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.personLabel = QLabel(self.appealBox)
        self.personLabel.setObjectName(u"personLabel")

        self.appealForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(self.appealBox)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setEnabled(False)

        self.appealForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.deadlineLabel = QLabel(self.appealBox)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.appealForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlinePreview = QLabel(self.appealBox)
        self.deadlinePreview.setObjectName(u"deadlinePreview")
        self.deadlinePreview.setText(u"\u2014")
        self.deadlinePreview.setWordWrap(True)

        self.appealForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deadlinePreview)


        self.formColumn.addWidget(self.appealBox)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(self.deskPage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.clearButton = QPushButton(self.deskPage)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.listButton = QPushButton(self.deskPage)
        self.listButton.setObjectName(u"listButton")
        self.listButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.listButton)

        self.undoButton = QPushButton(self.deskPage)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)

        self.buttonRow.addWidget(self.undoButton)


        self.formColumn.addLayout(self.buttonRow)

        self.feedbackLabel = QLabel(self.deskPage)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setText(u"")
        self.feedbackLabel.setWordWrap(True)

        self.formColumn.addWidget(self.feedbackLabel)

        self.formSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formColumn.addItem(self.formSpacer)


        self.deskLayout.addLayout(self.formColumn)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setSpacing(8)
        self.sideColumn.setObjectName(u"sideColumn")
        self.visitsBox = QGroupBox(self.deskPage)
        self.visitsBox.setObjectName(u"visitsBox")
        self.visitsLayout = QVBoxLayout(self.visitsBox)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsHint = QLabel(self.visitsBox)
        self.visitsHint.setObjectName(u"visitsHint")
        self.visitsHint.setWordWrap(True)

        self.visitsLayout.addWidget(self.visitsHint)

        self.visitsList = QListWidget(self.visitsBox)
        self.visitsList.setObjectName(u"visitsList")
        self.visitsList.setProperty("focusPolicy", 0)  # Qt.FocusPolicy.NoFocus
        self.visitsList.setWordWrap(True)

        self.visitsLayout.addWidget(self.visitsList)


        self.sideColumn.addWidget(self.visitsBox)

        self.searchBox = QGroupBox(self.deskPage)
        self.searchBox.setObjectName(u"searchBox")
        self.searchLayout = QVBoxLayout(self.searchBox)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.searchBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchList = QListWidget(self.searchBox)
        self.searchList.setObjectName(u"searchList")
        self.searchList.setWordWrap(True)

        self.searchLayout.addWidget(self.searchList)

        self.searchHint = QLabel(self.searchBox)
        self.searchHint.setObjectName(u"searchHint")
        self.searchHint.setWordWrap(True)

        self.searchLayout.addWidget(self.searchHint)


        self.sideColumn.addWidget(self.searchBox)


        self.deskLayout.addLayout(self.sideColumn)

        self.deskLayout.setStretch(0, 3)
        self.deskLayout.setStretch(1, 2)
        self.contentStack.addWidget(self.deskPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyTextRow = QHBoxLayout()
        self.emptyTextRow.setObjectName(u"emptyTextRow")
        self.emptyTextLeft = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextLeft)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setMinimumSize(QSize(560, 0))
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)
        self.emptyText.setMaximumSize(QSize(640, 16777215))

        self.emptyTextRow.addWidget(self.emptyText)

        self.emptyTextRight = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextRight)


        self.emptyLayout.addLayout(self.emptyTextRow)

        self.emptyBottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.stopLabel.setBuddy(self.stopCombo)
        self.whenLabel.setBuddy(self.dateEdit)
        self.iinLabel.setBuddy(self.iinEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.settlementLabel.setBuddy(self.settlementCombo)
        self.socialLabel.setBuddy(self.socialCombo)
        self.consentLabel.setBuddy(self.consentCheck)
        self.appealFormLabel.setBuddy(self.appealFormCombo)
        self.topicLabel.setBuddy(self.topicCombo)
        self.essenceLabel.setBuddy(self.essenceEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.helpKindLabel.setBuddy(self.helpKindCombo)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.personLabel.setBuddy(self.personEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.iinEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.settlementCombo)
        QWidget.setTabOrder(self.settlementCombo, self.socialCombo)
        QWidget.setTabOrder(self.socialCombo, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.consentMethodCombo)
        QWidget.setTabOrder(self.consentMethodCombo, self.appealFormCombo)
        QWidget.setTabOrder(self.appealFormCombo, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.essenceEdit)
        QWidget.setTabOrder(self.essenceEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.helpKindCombo)
        QWidget.setTabOrder(self.helpKindCombo, self.responsibleEdit)
        QWidget.setTabOrder(self.responsibleEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.listButton)
        QWidget.setTabOrder(self.listButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.searchList)
        QWidget.setTabOrder(self.searchList, self.stopCombo)
        QWidget.setTabOrder(self.stopCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)

        self.retranslateUi(ReceptionPage)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReceptionPage):
        self.titleLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u041f\u0440\u0438\u0451\u043c \u0433\u0440\u0430\u0436\u0434\u0430\u043d", None))
        self.stopLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430:", None))
        self.receivedCaption.setText(QCoreApplication.translate("ReceptionPage", u"\u043f\u0440\u0438\u043d\u044f\u0442\u043e \u0436\u0438\u0442\u0435\u043b\u0435\u0439", None))
        self.helpedCaption.setText(QCoreApplication.translate("ReceptionPage", u"\u043e\u043a\u0430\u0437\u0430\u043d\u0430 \u043f\u043e\u043c\u043e\u0449\u044c", None))
        self.controlCaption.setText(QCoreApplication.translate("ReceptionPage", u"\u0432\u0437\u044f\u0442\u043e \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c", None))
        self.whenLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0414\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043c\u044f \u043f\u0440\u0438\u0451\u043c\u0430:", None))
        self.applicantBox.setTitle(QCoreApplication.translate("ReceptionPage", u"\u0417\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c", None))
        self.iinLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0418\u0418\u041d", None))
        self.iinEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"12 \u0446\u0438\u0444\u0440", None))
        self.nameLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0424\u0418\u041e *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f \u0418\u043c\u044f \u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e", None))
        self.phoneLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"+7 7xx xxx xx xx", None))
        self.addressLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0410\u0434\u0440\u0435\u0441", None))
        self.settlementLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u041d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442", None))
#if QT_CONFIG(tooltip)
        self.settlementCombo.setToolTip(QCoreApplication.translate("ReceptionPage", u"\u041e\u0442\u043a\u0443\u0434\u0430 \u0436\u0438\u0442\u0435\u043b\u044c: \u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e \u2014 \u0441\u0435\u043b\u043e \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438. \u041d\u0430\u0447\u043d\u0438\u0442\u0435 \u0432\u0432\u043e\u0434\u0438\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435, \u0447\u0442\u043e\u0431\u044b \u0432\u044b\u0431\u0440\u0430\u0442\u044c \u0434\u0440\u0443\u0433\u043e\u0435.", None))
#endif // QT_CONFIG(tooltip)
        self.socialLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0421\u043e\u0446\u0438\u0430\u043b\u044c\u043d\u0430\u044f \u043a\u0430\u0442\u0435\u0433\u043e\u0440\u0438\u044f", None))
        self.consentLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.consentCheck.setText(QCoreApplication.translate("ReceptionPage", u"\u0434\u0430\u043d\u043e \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.appealBox.setTitle(QCoreApplication.translate("ReceptionPage", u"\u041e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0435", None))
        self.appealFormLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0424\u043e\u0440\u043c\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", None))
        self.topicLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0422\u0435\u043c\u0430", None))
        self.essenceLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0421\u0443\u0442\u044c \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", None))
        self.essenceEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"\u041a\u0440\u0430\u0442\u043a\u043e: \u043e \u0447\u0451\u043c \u043f\u0440\u043e\u0441\u0438\u0442 \u0438\u043b\u0438 \u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 \u0436\u0438\u0442\u0435\u043b\u044c", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442", None))
        self.helpKindLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0412\u0438\u0434 \u043f\u043e\u043c\u043e\u0449\u0438", None))
        self.responsibleLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439 \u043e\u0440\u0433\u0430\u043d", None))
        self.responsibleEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"\u041d\u0443\u0436\u0435\u043d, \u0435\u0441\u043b\u0438 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0435 \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e \u0438\u043b\u0438 \u0432\u0437\u044f\u0442\u043e \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c", None))
        self.personLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u0435 \u043b\u0438\u0446\u043e", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"\u0424\u0418\u041e \u0438 \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ReceptionPage", u"\u0421\u0440\u043e\u043a", None))
        self.saveButton.setText(QCoreApplication.translate("ReceptionPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0438 \u043f\u0440\u0438\u043d\u044f\u0442\u044c \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u0433\u043e (Enter)", None))
        self.clearButton.setText(QCoreApplication.translate("ReceptionPage", u"\u041e\u0447\u0438\u0441\u0442\u0438\u0442\u044c (Esc)", None))
        self.listButton.setText(QCoreApplication.translate("ReceptionPage", u"\u0421\u043f\u0438\u0441\u043e\u043a \u043f\u0440\u0438\u0451\u043c\u043e\u0432 (Ctrl+L)", None))
#if QT_CONFIG(tooltip)
        self.listButton.setToolTip(QCoreApplication.translate("ReceptionPage", u"\u041f\u0440\u0438\u0451\u043c\u044b \u044d\u0442\u043e\u0439 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 \u0438 \u043f\u043e\u0438\u0441\u043a \u043f\u043e \u0432\u0441\u0435\u043c: \u043e\u0442\u043a\u0440\u044b\u0442\u044c, \u0438\u0441\u043f\u0440\u0430\u0432\u0438\u0442\u044c \u0438\u043b\u0438 \u0443\u0434\u0430\u043b\u0438\u0442\u044c \u0441\u043e\u0445\u0440\u0430\u043d\u0451\u043d\u043d\u044b\u0439 \u043f\u0440\u0438\u0451\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("ReceptionPage", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0439 (Ctrl+Z)", None))
        self.visitsBox.setTitle(QCoreApplication.translate("ReceptionPage", u"\u041f\u0440\u0435\u0436\u043d\u0438\u0435 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", None))
        self.visitsHint.setText(QCoreApplication.translate("ReceptionPage", u"\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u0418\u0418\u041d \u0438\u043b\u0438 \u0424\u0418\u041e \u2014 \u0437\u0434\u0435\u0441\u044c \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u043f\u0440\u0435\u0436\u043d\u0438\u0435 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f \u0436\u0438\u0442\u0435\u043b\u044f.", None))
        self.searchBox.setTitle(QCoreApplication.translate("ReceptionPage", u"\u041f\u043e\u0438\u0441\u043a \u0436\u0438\u0442\u0435\u043b\u044f", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceptionPage", u"\u0424\u0418\u041e, \u0418\u0418\u041d \u0438\u043b\u0438 \u0442\u0435\u043b\u0435\u0444\u043e\u043d (Ctrl+F)", None))
        self.searchHint.setText(QCoreApplication.translate("ReceptionPage", u"\u041d\u0430\u0439\u0434\u0435\u043d\u043d\u043e\u0433\u043e \u0436\u0438\u0442\u0435\u043b\u044f \u043c\u043e\u0436\u043d\u043e \u0432\u044b\u0431\u0440\u0430\u0442\u044c \u043a\u043b\u0430\u0432\u0438\u0448\u0435\u0439 Enter: \u0435\u0433\u043e \u0434\u0430\u043d\u043d\u044b\u0435 \u043f\u0435\u0440\u0435\u0439\u0434\u0443\u0442 \u0432 \u0444\u043e\u0440\u043c\u0443.", None))
        self.emptyTitle.setText(QCoreApplication.translate("ReceptionPage", u"\u041d\u0435\u0442 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 \u0434\u043b\u044f \u043f\u0440\u0438\u0451\u043c\u0430", None))
        self.emptyText.setText(QCoreApplication.translate("ReceptionPage", u"\u041f\u0440\u0438\u0451\u043c \u0432\u0435\u0434\u0451\u0442\u0441\u044f \u043d\u0430 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0435 \u0432\u044b\u0435\u0437\u0434\u0430. \u0421\u043e\u0437\u0434\u0430\u0439\u0442\u0435 \u0432\u044b\u0435\u0437\u0434 \u0438 \u0435\u0433\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442 \u0432 \u0440\u0430\u0437\u0434\u0435\u043b\u0435 \u00ab\u0412\u044b\u0435\u0437\u0434\u044b\u00bb \u2014 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u0432 \u0441\u043f\u0438\u0441\u043a\u0435 \u0432\u0432\u0435\u0440\u0445\u0443 \u044d\u0442\u043e\u0439 \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u044b. \u0427\u0442\u043e\u0431\u044b \u043f\u043e\u0441\u043c\u043e\u0442\u0440\u0435\u0442\u044c, \u043a\u0430\u043a \u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0442 \u043f\u0440\u0438\u0451\u043c, \u043e\u0442\u043a\u0440\u043e\u0439\u0442\u0435 \u0434\u0435\u043c\u043e: \u043c\u0435\u043d\u044e \u00ab\u0424\u0430\u0439\u043b\u00bb "
                        "\u2192 \u00ab\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u0435\u043c\u043e\u00bb.", None))
        pass
    # retranslateUi

