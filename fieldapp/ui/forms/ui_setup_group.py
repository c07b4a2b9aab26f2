# GENERATED from forms/setup_group.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_group.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

class Ui_SetupGroupForm(object):
    def setupUi(self, SetupGroupForm):
        if not SetupGroupForm.objectName():
            SetupGroupForm.setObjectName(u"SetupGroupForm")
        SetupGroupForm.resize(520, 360)
        self.form = QFormLayout(SetupGroupForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(SetupGroupForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SetupGroupForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.codeLabel = QLabel(SetupGroupForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(SetupGroupForm)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.directionLabel = QLabel(SetupGroupForm)
        self.directionLabel.setObjectName(u"directionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(SetupGroupForm)
        self.directionCombo.setObjectName(u"directionCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.headLabel = QLabel(SetupGroupForm)
        self.headLabel.setObjectName(u"headLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.headLabel)

        self.headCombo = QComboBox(SetupGroupForm)
        self.headCombo.setObjectName(u"headCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.headCombo)

        self.membersLabel = QLabel(SetupGroupForm)
        self.membersLabel.setObjectName(u"membersLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.membersLabel)

        self.membersList = QListWidget(SetupGroupForm)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setMaximumSize(QSize(16777215, 150))

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.membersList)

        self.memberAddLayout = QHBoxLayout()
        self.memberAddLayout.setObjectName(u"memberAddLayout")
        self.memberCombo = QComboBox(SetupGroupForm)
        self.memberCombo.setObjectName(u"memberCombo")

        self.memberAddLayout.addWidget(self.memberCombo)

        self.roleEdit = QLineEdit(SetupGroupForm)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setClearButtonEnabled(True)

        self.memberAddLayout.addWidget(self.roleEdit)

        self.addMemberButton = QPushButton(SetupGroupForm)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberAddLayout.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(SetupGroupForm)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberAddLayout.addWidget(self.removeMemberButton)


        self.form.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.memberAddLayout)

        self.membersHint = QLabel(SetupGroupForm)
        self.membersHint.setObjectName(u"membersHint")
        self.membersHint.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.membersHint)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.directionLabel.setBuddy(self.directionCombo)
        self.headLabel.setBuddy(self.headCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.headCombo)
        QWidget.setTabOrder(self.headCombo, self.membersList)
        QWidget.setTabOrder(self.membersList, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.removeMemberButton)

        self.retranslateUi(SetupGroupForm)
    # setupUi

    def retranslateUi(self, SetupGroupForm):
        self.nameLabel.setText(QCoreApplication.translate("SetupGroupForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupGroupForm", u"\u0420\u0430\u0431\u043e\u0447\u0430\u044f \u0433\u0440\u0443\u043f\u043f\u0430 \u2116 1", None))
        self.codeLabel.setText(QCoreApplication.translate("SetupGroupForm", u"\u041a\u043e\u0434:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SetupGroupForm", u"\u0420\u04131", None))
        self.directionLabel.setText(QCoreApplication.translate("SetupGroupForm", u"\u041d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435:", None))
        self.headLabel.setText(QCoreApplication.translate("SetupGroupForm", u"\u0420\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c:", None))
        self.membersLabel.setText(QCoreApplication.translate("SetupGroupForm", u"\u0421\u043e\u0441\u0442\u0430\u0432 \u0433\u0440\u0443\u043f\u043f\u044b", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("SetupGroupForm", u"\u0440\u043e\u043b\u044c \u0432 \u0433\u0440\u0443\u043f\u043f\u0435", None))
        self.addMemberButton.setText(QCoreApplication.translate("SetupGroupForm", u"\u0412\u043a\u043b\u044e\u0447\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.addMemberButton.setToolTip(QCoreApplication.translate("SetupGroupForm", u"\u0412\u043a\u043b\u044e\u0447\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0430 \u0432 \u0433\u0440\u0443\u043f\u043f\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.removeMemberButton.setText(QCoreApplication.translate("SetupGroupForm", u"\u0418\u0441\u043a\u043b\u044e\u0447\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.removeMemberButton.setToolTip(QCoreApplication.translate("SetupGroupForm", u"\u0418\u0441\u043a\u043b\u044e\u0447\u0438\u0442\u044c \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u043d\u043e\u0433\u043e \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0430 \u0438\u0437 \u0433\u0440\u0443\u043f\u043f\u044b", None))
#endif // QT_CONFIG(tooltip)
        self.membersHint.setText(QCoreApplication.translate("SetupGroupForm", u"\u0421\u043e\u0441\u0442\u0430\u0432 \u043c\u043e\u0436\u043d\u043e \u043c\u0435\u043d\u044f\u0442\u044c \u043f\u043e\u0441\u043b\u0435 \u0441\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u044f \u0433\u0440\u0443\u043f\u043f\u044b.", None))
        pass
    # retranslateUi

