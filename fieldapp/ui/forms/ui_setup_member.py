# GENERATED from forms/setup_member.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_member.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

class Ui_SetupMemberForm(object):
    def setupUi(self, SetupMemberForm):
        if not SetupMemberForm.objectName():
            SetupMemberForm.setObjectName(u"SetupMemberForm")
        SetupMemberForm.resize(520, 360)
        self.form = QFormLayout(SetupMemberForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.fullNameLabel = QLabel(SetupMemberForm)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(SetupMemberForm)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.positionLabel = QLabel(SetupMemberForm)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(SetupMemberForm)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.rankLabel = QLabel(SetupMemberForm)
        self.rankLabel.setObjectName(u"rankLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rankLabel)

        self.rankEdit = QLineEdit(SetupMemberForm)
        self.rankEdit.setObjectName(u"rankEdit")
        self.rankEdit.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rankEdit)

        self.organizationLabel = QLabel(SetupMemberForm)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organizationCombo = QComboBox(SetupMemberForm)
        self.organizationCombo.setObjectName(u"organizationCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organizationCombo)

        self.phoneLabel = QLabel(SetupMemberForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(SetupMemberForm)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setClearButtonEnabled(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.rankLabel.setBuddy(self.rankEdit)
        self.organizationLabel.setBuddy(self.organizationCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.positionEdit)
        QWidget.setTabOrder(self.positionEdit, self.rankEdit)
        QWidget.setTabOrder(self.rankEdit, self.organizationCombo)
        QWidget.setTabOrder(self.organizationCombo, self.phoneEdit)

        self.retranslateUi(SetupMemberForm)
    # setupUi

    def retranslateUi(self, SetupMemberForm):
        self.fullNameLabel.setText(QCoreApplication.translate("SetupMemberForm", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f, \u0438\u043c\u044f, \u043e\u0442\u0447\u0435\u0441\u0442\u0432\u043e:", None))
        self.positionLabel.setText(QCoreApplication.translate("SetupMemberForm", u"\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c:", None))
        self.rankLabel.setText(QCoreApplication.translate("SetupMemberForm", u"\u0417\u0432\u0430\u043d\u0438\u0435:", None))
        self.organizationLabel.setText(QCoreApplication.translate("SetupMemberForm", u"\u041e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u044f:", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupMemberForm", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("SetupMemberForm", u"+7 701 123 45 67", None))
        pass
    # retranslateUi

