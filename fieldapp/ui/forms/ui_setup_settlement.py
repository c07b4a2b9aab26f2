# GENERATED from forms/setup_settlement.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_settlement.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

class Ui_SetupSettlementForm(object):
    def setupUi(self, SetupSettlementForm):
        if not SetupSettlementForm.objectName():
            SetupSettlementForm.setObjectName(u"SetupSettlementForm")
        SetupSettlementForm.resize(520, 360)
        self.form = QFormLayout(SetupSettlementForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.districtLabel = QLabel(SetupSettlementForm)
        self.districtLabel.setObjectName(u"districtLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(SetupSettlementForm)
        self.districtCombo.setObjectName(u"districtCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.districtCombo)

        self.nameRuLabel = QLabel(SetupSettlementForm)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRuEdit = QLineEdit(SetupSettlementForm)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameRuEdit)

        self.nameKkLabel = QLabel(SetupSettlementForm)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKkEdit = QLineEdit(SetupSettlementForm)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameKkEdit)

        self.katoLabel = QLabel(SetupSettlementForm)
        self.katoLabel.setObjectName(u"katoLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.katoLabel)

        self.katoEdit = QLineEdit(SetupSettlementForm)
        self.katoEdit.setObjectName(u"katoEdit")
        self.katoEdit.setClearButtonEnabled(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.katoEdit)

        self.coordinatesLabel = QLabel(SetupSettlementForm)
        self.coordinatesLabel.setObjectName(u"coordinatesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coordinatesLabel)

        self.coordinatesEdit = QLineEdit(SetupSettlementForm)
        self.coordinatesEdit.setObjectName(u"coordinatesEdit")
        self.coordinatesEdit.setClearButtonEnabled(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coordinatesEdit)

#if QT_CONFIG(shortcut)
        self.districtLabel.setBuddy(self.districtCombo)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.katoLabel.setBuddy(self.katoEdit)
        self.coordinatesLabel.setBuddy(self.coordinatesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.districtCombo, self.nameRuEdit)
        QWidget.setTabOrder(self.nameRuEdit, self.nameKkEdit)
        QWidget.setTabOrder(self.nameKkEdit, self.katoEdit)
        QWidget.setTabOrder(self.katoEdit, self.coordinatesEdit)

        self.retranslateUi(SetupSettlementForm)
    # setupUi

    def retranslateUi(self, SetupSettlementForm):
        self.districtLabel.setText(QCoreApplication.translate("SetupSettlementForm", u"\u0420\u0430\u0439\u043e\u043d:", None))
        self.nameRuLabel.setText(QCoreApplication.translate("SetupSettlementForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u0440\u0443\u0441.):", None))
        self.nameRuEdit.setPlaceholderText(QCoreApplication.translate("SetupSettlementForm", u"\u0410\u0441\u0430", None))
        self.nameKkLabel.setText(QCoreApplication.translate("SetupSettlementForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u043a\u0430\u0437.):", None))
        self.nameKkEdit.setPlaceholderText(QCoreApplication.translate("SetupSettlementForm", u"\u0410\u0441\u0430", None))
        self.katoLabel.setText(QCoreApplication.translate("SetupSettlementForm", u"\u041a\u043e\u0434 \u041a\u0410\u0422\u041e:", None))
        self.katoEdit.setPlaceholderText(QCoreApplication.translate("SetupSettlementForm", u"9 \u0446\u0438\u0444\u0440, \u0435\u0441\u043b\u0438 \u0438\u0437\u0432\u0435\u0441\u0442\u0435\u043d", None))
        self.coordinatesLabel.setText(QCoreApplication.translate("SetupSettlementForm", u"\u041a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u044b:", None))
        self.coordinatesEdit.setPlaceholderText(QCoreApplication.translate("SetupSettlementForm", u"42.8833, 71.3667 \u0438\u043b\u0438 \u0441\u0441\u044b\u043b\u043a\u0430 \u043d\u0430 \u043a\u0430\u0440\u0442\u0443", None))
        pass
    # retranslateUi

