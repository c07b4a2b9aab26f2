# GENERATED from forms/reception_edit.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout, QWidget

class Ui_ReceptionEditDialog(object):
    def setupUi(self, ReceptionEditDialog):
        if not ReceptionEditDialog.objectName():
            ReceptionEditDialog.setObjectName(u"ReceptionEditDialog")
        ReceptionEditDialog.resize(1160, 560)
        self.dialogLayout = QVBoxLayout(ReceptionEditDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 14)
        self.headerLabel = QLabel(ReceptionEditDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.refusalLabel = QLabel(ReceptionEditDialog)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setText(u"")
        self.refusalLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.refusalLabel)

        self.formRow = QHBoxLayout()
        self.formRow.setObjectName(u"formRow")
        self.applicantBox = QGroupBox(ReceptionEditDialog)
        self.applicantBox.setObjectName(u"applicantBox")
        self.applicantForm = QFormLayout(self.applicantBox)
        self.applicantForm.setObjectName(u"applicantForm")
        self.applicantForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whenLabel = QLabel(self.applicantBox)
        self.whenLabel.setObjectName(u"whenLabel")

        self.applicantForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenRow = QHBoxLayout()
        self.whenRow.setObjectName(u"whenRow")
        self.dateEdit = QDateEdit(self.applicantBox)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.whenRow.addWidget(self.dateEdit)

        self.timeEdit = QTimeEdit(self.applicantBox)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.whenRow.addWidget(self.timeEdit)

        self.whenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whenRow.addItem(self.whenSpacer)


        self.applicantForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenRow)

        self.iinLabel = QLabel(self.applicantBox)
        self.iinLabel.setObjectName(u"iinLabel")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.iinLabel)

        self.iinEdit = QLineEdit(self.applicantBox)
        self.iinEdit.setObjectName(u"iinEdit")

        self.applicantForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.iinEdit)

        self.iinHintLabel = QLabel(self.applicantBox)
        self.iinHintLabel.setObjectName(u"iinHintLabel")
        self.iinHintLabel.setText(u"")
        self.iinHintLabel.setWordWrap(True)

        self.applicantForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.iinHintLabel)

        self.nameLabel = QLabel(self.applicantBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.applicantBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.applicantForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(self.applicantBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.applicantBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.applicantForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(self.applicantBox)
        self.addressLabel.setObjectName(u"addressLabel")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.applicantBox)
        self.addressEdit.setObjectName(u"addressEdit")

        self.applicantForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.settlementLabel = QLabel(self.applicantBox)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlementCombo = QComboBox(self.applicantBox)
        self.settlementCombo.setObjectName(u"settlementCombo")
        self.settlementCombo.setEditable(True)
        self.settlementCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.applicantForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.settlementCombo)

        self.socialLabel = QLabel(self.applicantBox)
        self.socialLabel.setObjectName(u"socialLabel")

        self.applicantForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.socialLabel)

        self.socialCombo = QComboBox(self.applicantBox)
        self.socialCombo.setObjectName(u"socialCombo")

        self.applicantForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.socialCombo)

        self.consentLabel = QLabel(self.applicantBox)
        self.consentLabel.setObjectName(u"consentLabel")

        self.applicantForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentCheck = QCheckBox(self.applicantBox)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentRow.addWidget(self.consentCheck)

        self.consentMethodCombo = QComboBox(self.applicantBox)
        self.consentMethodCombo.setObjectName(u"consentMethodCombo")
        self.consentMethodCombo.setEnabled(False)

        self.consentRow.addWidget(self.consentMethodCombo)


        self.applicantForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.consentRow)

        self.consentWarning = QLabel(self.applicantBox)
        self.consentWarning.setObjectName(u"consentWarning")
        self.consentWarning.setText(u"")
        self.consentWarning.setWordWrap(True)

        self.applicantForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.consentWarning)


        self.formRow.addWidget(self.applicantBox)

        self.appealBox = QGroupBox(ReceptionEditDialog)
        self.appealBox.setObjectName(u"appealBox")
        self.appealForm = QFormLayout(self.appealBox)
        self.appealForm.setObjectName(u"appealForm")
        self.appealForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.appealFormLabel = QLabel(self.appealBox)
        self.appealFormLabel.setObjectName(u"appealFormLabel")

        self.appealForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.appealFormLabel)

        self.appealFormCombo = QComboBox(self.appealBox)
        self.appealFormCombo.setObjectName(u"appealFormCombo")

        self.appealForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.appealFormCombo)

        self.topicLabel = QLabel(self.appealBox)
        self.topicLabel.setObjectName(u"topicLabel")

        self.appealForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(self.appealBox)
        self.topicCombo.setObjectName(u"topicCombo")

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

        self.appealForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.helpKindLabel = QLabel(self.appealBox)
        self.helpKindLabel.setObjectName(u"helpKindLabel")

        self.appealForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.helpKindLabel)

        self.helpKindCombo = QComboBox(self.appealBox)
        self.helpKindCombo.setObjectName(u"helpKindCombo")
        self.helpKindCombo.setEnabled(False)

        self.appealForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.helpKindCombo)

        self.responsibleLabel = QLabel(self.appealBox)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.appealForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleEdit = QLineEdit(self.appealBox)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.appealForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)

        self.personLabel = QLabel(self.appealBox)
        self.personLabel.setObjectName(u"personLabel")

        self.appealForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(self.appealBox)
        self.personEdit.setObjectName(u"personEdit")

        self.appealForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.controlLabel = QLabel(self.appealBox)
        self.controlLabel.setObjectName(u"controlLabel")
        self.controlLabel.setText(u"")
        self.controlLabel.setWordWrap(True)

        self.appealForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.controlLabel)


        self.formRow.addWidget(self.appealBox)


        self.dialogLayout.addLayout(self.formRow)

        self.feedbackLabel = QLabel(ReceptionEditDialog)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setText(u"")
        self.feedbackLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.feedbackLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveButton = QPushButton(ReceptionEditDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.deleteButton = QPushButton(ReceptionEditDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.deleteButton)

        self.historyButton = QPushButton(ReceptionEditDialog)
        self.historyButton.setObjectName(u"historyButton")
        self.historyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.historyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReceptionEditDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
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
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.iinEdit)
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
        QWidget.setTabOrder(self.saveButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.closeButton)

        self.retranslateUi(ReceptionEditDialog)
    # setupUi

    def retranslateUi(self, ReceptionEditDialog):
        ReceptionEditDialog.setWindowTitle(QCoreApplication.translate("ReceptionEditDialog", u"\u041f\u0440\u0438\u0451\u043c", None))
        self.applicantBox.setTitle(QCoreApplication.translate("ReceptionEditDialog", u"\u0417\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u044c", None))
        self.whenLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0414\u0430\u0442\u0430 \u0438 \u0432\u0440\u0435\u043c\u044f", None))
        self.iinLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0418\u0418\u041d", None))
        self.iinEdit.setPlaceholderText(QCoreApplication.translate("ReceptionEditDialog", u"12 \u0446\u0438\u0444\u0440", None))
        self.nameLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0424\u0418\u041e *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ReceptionEditDialog", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f \u0418\u043c\u044f \u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e", None))
        self.phoneLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d", None))
        self.addressLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0410\u0434\u0440\u0435\u0441", None))
        self.settlementLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u041d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442", None))
        self.socialLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0421\u043e\u0446\u0438\u0430\u043b\u044c\u043d\u0430\u044f \u043a\u0430\u0442\u0435\u0433\u043e\u0440\u0438\u044f", None))
        self.consentLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.consentCheck.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0434\u0430\u043d\u043e \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.appealBox.setTitle(QCoreApplication.translate("ReceptionEditDialog", u"\u041e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0435", None))
        self.appealFormLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0424\u043e\u0440\u043c\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", None))
        self.topicLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0422\u0435\u043c\u0430", None))
        self.essenceLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0421\u0443\u0442\u044c \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442", None))
        self.helpKindLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0412\u0438\u0434 \u043f\u043e\u043c\u043e\u0449\u0438", None))
        self.responsibleLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439 \u043e\u0440\u0433\u0430\u043d", None))
        self.responsibleEdit.setPlaceholderText(QCoreApplication.translate("ReceptionEditDialog", u"\u041d\u0443\u0436\u0435\u043d, \u0435\u0441\u043b\u0438 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0435 \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e \u0438\u043b\u0438 \u0432\u0437\u044f\u0442\u043e \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c", None))
        self.personLabel.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u0435 \u043b\u0438\u0446\u043e", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ReceptionEditDialog", u"\u0424\u0418\u041e \u0438 \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c", None))
        self.saveButton.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435 (Enter)", None))
        self.deleteButton.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c\u2026 (Ctrl+Delete)", None))
        self.historyButton.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
        self.closeButton.setText(QCoreApplication.translate("ReceptionEditDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c (Esc)", None))
    # retranslateUi

