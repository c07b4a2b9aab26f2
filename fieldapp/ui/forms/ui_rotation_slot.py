# GENERATED from forms/rotation_slot.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rotation_slot.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_RotationSlotDialog(object):
    def setupUi(self, RotationSlotDialog):
        if not RotationSlotDialog.objectName():
            RotationSlotDialog.setObjectName(u"RotationSlotDialog")
        RotationSlotDialog.resize(460, 220)
        self.dialogLayout = QVBoxLayout(RotationSlotDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.groupLabel = QLabel(RotationSlotDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(RotationSlotDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.districtLabel = QLabel(RotationSlotDialog)
        self.districtLabel.setObjectName(u"districtLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(RotationSlotDialog)
        self.districtCombo.setObjectName(u"districtCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtCombo)

        self.fromLabel = QLabel(RotationSlotDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(RotationSlotDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(RotationSlotDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(RotationSlotDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(RotationSlotDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RotationSlotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.districtLabel.setBuddy(self.districtCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.districtCombo)
        QWidget.setTabOrder(self.districtCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)

        self.retranslateUi(RotationSlotDialog)
    # setupUi

    def retranslateUi(self, RotationSlotDialog):
        RotationSlotDialog.setWindowTitle(QCoreApplication.translate("RotationSlotDialog", u"\u0421\u043b\u043e\u0442 \u0440\u043e\u0442\u0430\u0446\u0438\u0438", None))
        self.groupLabel.setText(QCoreApplication.translate("RotationSlotDialog", u"&\u0420\u0430\u0431\u043e\u0447\u0430\u044f \u0433\u0440\u0443\u043f\u043f\u0430:", None))
        self.districtLabel.setText(QCoreApplication.translate("RotationSlotDialog", u"&\u0420\u0430\u0439\u043e\u043d:", None))
        self.fromLabel.setText(QCoreApplication.translate("RotationSlotDialog", u"&\u0421:", None))
        self.toLabel.setText(QCoreApplication.translate("RotationSlotDialog", u"&\u041f\u043e:", None))
    # retranslateUi

