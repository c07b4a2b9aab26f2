# GENERATED from forms/setup_direction.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_direction.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

class Ui_SetupDirectionForm(object):
    def setupUi(self, SetupDirectionForm):
        if not SetupDirectionForm.objectName():
            SetupDirectionForm.setObjectName(u"SetupDirectionForm")
        SetupDirectionForm.resize(520, 360)
        self.form = QFormLayout(SetupDirectionForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.nameRuLabel = QLabel(SetupDirectionForm)
        self.nameRuLabel.setObjectName(u"nameRuLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameRuLabel)

        self.nameRuEdit = QLineEdit(SetupDirectionForm)
        self.nameRuEdit.setObjectName(u"nameRuEdit")
        self.nameRuEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameRuEdit)

        self.nameKkLabel = QLabel(SetupDirectionForm)
        self.nameKkLabel.setObjectName(u"nameKkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameKkLabel)

        self.nameKkEdit = QLineEdit(SetupDirectionForm)
        self.nameKkEdit.setObjectName(u"nameKkEdit")
        self.nameKkEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameKkEdit)

        self.nameEnLabel = QLabel(SetupDirectionForm)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(SetupDirectionForm)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

#if QT_CONFIG(shortcut)
        self.nameRuLabel.setBuddy(self.nameRuEdit)
        self.nameKkLabel.setBuddy(self.nameKkEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameRuEdit, self.nameKkEdit)
        QWidget.setTabOrder(self.nameKkEdit, self.nameEnEdit)

        self.retranslateUi(SetupDirectionForm)
    # setupUi

    def retranslateUi(self, SetupDirectionForm):
        self.nameRuLabel.setText(QCoreApplication.translate("SetupDirectionForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u0440\u0443\u0441.):", None))
        self.nameKkLabel.setText(QCoreApplication.translate("SetupDirectionForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u043a\u0430\u0437.):", None))
        self.nameEnLabel.setText(QCoreApplication.translate("SetupDirectionForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u0430\u043d\u0433\u043b.):", None))
        pass
    # retranslateUi

