# GENERATED from forms/stop_dialog.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stop_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from fieldapp.ui.widgets.settlement_picker import SettlementPicker

class Ui_StopDialog(object):
    def setupUi(self, StopDialog):
        if not StopDialog.objectName():
            StopDialog.setObjectName(u"StopDialog")
        StopDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(StopDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.settlementLabel = QLabel(StopDialog)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlementEdit = SettlementPicker(StopDialog)
        self.settlementEdit.setObjectName(u"settlementEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.settlementEdit)

        self.dateLabel = QLabel(StopDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(StopDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.venueTypeLabel = QLabel(StopDialog)
        self.venueTypeLabel.setObjectName(u"venueTypeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueTypeLabel)

        self.venueTypeCombo = QComboBox(StopDialog)
        self.venueTypeCombo.setObjectName(u"venueTypeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueTypeCombo)

        self.venueLabel = QLabel(StopDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(StopDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.notesLabel = QLabel(StopDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(StopDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(StopDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.settlementLabel.setBuddy(self.settlementEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.venueTypeLabel.setBuddy(self.venueTypeCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settlementEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.venueTypeCombo)
        QWidget.setTabOrder(self.venueTypeCombo, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(StopDialog)
    # setupUi

    def retranslateUi(self, StopDialog):
        StopDialog.setWindowTitle(QCoreApplication.translate("StopDialog", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0430", None))
        self.settlementLabel.setText(QCoreApplication.translate("StopDialog", u"\u041d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442:", None))
#if QT_CONFIG(tooltip)
        self.settlementEdit.setToolTip(QCoreApplication.translate("StopDialog", u"\u041d\u0430\u0447\u043d\u0438\u0442\u0435 \u0432\u0432\u043e\u0434\u0438\u0442\u044c \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 \u043f\u043e-\u0440\u0443\u0441\u0441\u043a\u0438 \u0438\u043b\u0438 \u043f\u043e-\u043a\u0430\u0437\u0430\u0445\u0441\u043a\u0438 \u0438 \u0432\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430 (\u0441\u0442\u0440\u0435\u043b\u043a\u0438 \u0438 Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("StopDialog", u"\u0414\u0430\u0442\u0430 \u043f\u043e \u043f\u043b\u0430\u043d\u0443:", None))
        self.venueTypeLabel.setText(QCoreApplication.translate("StopDialog", u"\u0412\u0438\u0434 \u043f\u043b\u043e\u0449\u0430\u0434\u043a\u0438:", None))
        self.venueLabel.setText(QCoreApplication.translate("StopDialog", u"\u041f\u043b\u043e\u0449\u0430\u0434\u043a\u0430:", None))
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("StopDialog", u"\u041d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0414\u043e\u043c \u043a\u0443\u043b\u044c\u0442\u0443\u0440\u044b \u0441\u0435\u043b\u0430 \u0410\u0441\u0430", None))
        self.notesLabel.setText(QCoreApplication.translate("StopDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
    # retranslateUi

