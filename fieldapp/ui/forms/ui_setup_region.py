# GENERATED from forms/setup_region.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_region.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

class Ui_SetupRegionForm(object):
    def setupUi(self, SetupRegionForm):
        if not SetupRegionForm.objectName():
            SetupRegionForm.setObjectName(u"SetupRegionForm")
        SetupRegionForm.resize(520, 360)
        self.form = QFormLayout(SetupRegionForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.nameRuLabel = QLabel(SetupRegionForm)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRuEdit = QLineEdit(SetupRegionForm)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameRuEdit)

        self.nameKkLabel = QLabel(SetupRegionForm)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKkEdit = QLineEdit(SetupRegionForm)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameKkEdit)

        self.katoLabel = QLabel(SetupRegionForm)
        self.katoLabel.setObjectName(u"katoLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.katoLabel)

        self.katoEdit = QLineEdit(SetupRegionForm)
        self.katoEdit.setObjectName(u"katoEdit")
        self.katoEdit.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.katoEdit)

#if QT_CONFIG(shortcut)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.katoLabel.setBuddy(self.katoEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameRuEdit, self.nameKkEdit)
        QWidget.setTabOrder(self.nameKkEdit, self.katoEdit)

        self.retranslateUi(SetupRegionForm)
    # setupUi

    def retranslateUi(self, SetupRegionForm):
        self.nameRuLabel.setText(QCoreApplication.translate("SetupRegionForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u0440\u0443\u0441.):", None))
        self.nameRuEdit.setPlaceholderText(QCoreApplication.translate("SetupRegionForm", u"\u0416\u0430\u043c\u0431\u044b\u043b\u0441\u043a\u0430\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u044c", None))
        self.nameKkLabel.setText(QCoreApplication.translate("SetupRegionForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u043a\u0430\u0437.):", None))
        self.nameKkEdit.setPlaceholderText(QCoreApplication.translate("SetupRegionForm", u"\u0416\u0430\u043c\u0431\u044b\u043b \u043e\u0431\u043b\u044b\u0441\u044b", None))
        self.katoLabel.setText(QCoreApplication.translate("SetupRegionForm", u"\u041a\u043e\u0434 \u041a\u0410\u0422\u041e:", None))
        self.katoEdit.setPlaceholderText(QCoreApplication.translate("SetupRegionForm", u"9 \u0446\u0438\u0444\u0440, \u0435\u0441\u043b\u0438 \u0438\u0437\u0432\u0435\u0441\u0442\u0435\u043d", None))
        pass
    # retranslateUi

