# GENERATED from forms/setup_organization.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_organization.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

class Ui_SetupOrganizationForm(object):
    def setupUi(self, SetupOrganizationForm):
        if not SetupOrganizationForm.objectName():
            SetupOrganizationForm.setObjectName(u"SetupOrganizationForm")
        SetupOrganizationForm.resize(520, 360)
        self.form = QFormLayout(SetupOrganizationForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.nameRuLabel = QLabel(SetupOrganizationForm)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRuEdit = QLineEdit(SetupOrganizationForm)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameRuEdit)

        self.nameKkLabel = QLabel(SetupOrganizationForm)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKkEdit = QLineEdit(SetupOrganizationForm)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameKkEdit)

        self.shortNameLabel = QLabel(SetupOrganizationForm)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(SetupOrganizationForm)
        self.shortNameEdit.setObjectName(u"shortNameEdit")
        self.shortNameEdit.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.kindLabel = QLabel(SetupOrganizationForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SetupOrganizationForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.binLabel = QLabel(SetupOrganizationForm)
        self.binLabel.setObjectName(u"binLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.binLabel)

        self.binEdit = QLineEdit(SetupOrganizationForm)
        self.binEdit.setObjectName(u"binEdit")
        self.binEdit.setClearButtonEnabled(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.binEdit)

        self.regionLabel = QLabel(SetupOrganizationForm)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(SetupOrganizationForm)
        self.regionCombo.setObjectName(u"regionCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.regionCombo)

#if QT_CONFIG(shortcut)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.binLabel.setBuddy(self.binEdit)
        self.regionLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameRuEdit, self.nameKkEdit)
        QWidget.setTabOrder(self.nameKkEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.binEdit)
        QWidget.setTabOrder(self.binEdit, self.regionCombo)

        self.retranslateUi(SetupOrganizationForm)
    # setupUi

    def retranslateUi(self, SetupOrganizationForm):
        self.nameRuLabel.setText(QCoreApplication.translate("SetupOrganizationForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u0440\u0443\u0441.):", None))
        self.nameKkLabel.setText(QCoreApplication.translate("SetupOrganizationForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u043a\u0430\u0437.):", None))
        self.shortNameLabel.setText(QCoreApplication.translate("SetupOrganizationForm", u"\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.kindLabel.setText(QCoreApplication.translate("SetupOrganizationForm", u"\u0412\u0438\u0434:", None))
        self.binLabel.setText(QCoreApplication.translate("SetupOrganizationForm", u"\u0411\u0418\u041d:", None))
        self.binEdit.setPlaceholderText(QCoreApplication.translate("SetupOrganizationForm", u"12 \u0446\u0438\u0444\u0440", None))
        self.regionLabel.setText(QCoreApplication.translate("SetupOrganizationForm", u"\u041e\u0431\u043b\u0430\u0441\u0442\u044c:", None))
        pass
    # retranslateUi

