# GENERATED from forms/export.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGroupBox, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 360)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 14)
        self.whatBox = QGroupBox(ExportDialog)
        self.whatBox.setObjectName(u"whatBox")
        self.whatLayout = QVBoxLayout(self.whatBox)
        self.whatLayout.setObjectName(u"whatLayout")
        self.stopsRadio = QRadioButton(self.whatBox)
        self.stopsRadio.setObjectName(u"stopsRadio")
        self.stopsRadio.setChecked(True)

        self.whatLayout.addWidget(self.stopsRadio)

        self.signalsRadio = QRadioButton(self.whatBox)
        self.signalsRadio.setObjectName(u"signalsRadio")

        self.whatLayout.addWidget(self.signalsRadio)

        self.receptionsRadio = QRadioButton(self.whatBox)
        self.receptionsRadio.setObjectName(u"receptionsRadio")

        self.whatLayout.addWidget(self.receptionsRadio)

        self.controlRadio = QRadioButton(self.whatBox)
        self.controlRadio.setObjectName(u"controlRadio")

        self.whatLayout.addWidget(self.controlRadio)

        self.whatHint = QLabel(self.whatBox)
        self.whatHint.setObjectName(u"whatHint")
        self.whatHint.setWordWrap(True)

        self.whatLayout.addWidget(self.whatHint)


        self.dialogLayout.addWidget(self.whatBox)

        self.redactCheck = QCheckBox(ExportDialog)
        self.redactCheck.setObjectName(u"redactCheck")
        self.redactCheck.setChecked(True)

        self.dialogLayout.addWidget(self.redactCheck)

        self.redactHint = QLabel(ExportDialog)
        self.redactHint.setObjectName(u"redactHint")
        self.redactHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.redactHint)

        self.exportSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.exportSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.stopsRadio, self.signalsRadio)
        QWidget.setTabOrder(self.signalsRadio, self.receptionsRadio)
        QWidget.setTabOrder(self.receptionsRadio, self.controlRadio)
        QWidget.setTabOrder(self.controlRadio, self.redactCheck)
        QWidget.setTabOrder(self.redactCheck, self.buttonBox)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u042d\u043a\u0441\u043f\u043e\u0440\u0442 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.whatBox.setTitle(QCoreApplication.translate("ExportDialog", u"\u0427\u0442\u043e \u0432\u044b\u0433\u0440\u0443\u0437\u0438\u0442\u044c", None))
        self.stopsRadio.setText(QCoreApplication.translate("ExportDialog", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 \u0432\u044b\u0435\u0437\u0434\u043e\u0432 \u2014 \u043a\u0430\u0440\u0442\u0430 (GeoJSON)", None))
        self.signalsRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0421\u0438\u0433\u043d\u0430\u043b\u044b \u0436\u0438\u0442\u0435\u043b\u0435\u0439 \u2014 \u043a\u0430\u0440\u0442\u0430 (GeoJSON)", None))
        self.receptionsRadio.setText(QCoreApplication.translate("ExportDialog", u"\u041f\u0440\u0438\u0451\u043c \u0433\u0440\u0430\u0436\u0434\u0430\u043d \u2014 \u0442\u0430\u0431\u043b\u0438\u0446\u0430 \u0434\u043b\u044f Excel (CSV \u0438\u043b\u0438 XLSX)", None))
        self.controlRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0412\u043e\u043f\u0440\u043e\u0441\u044b \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435 \u2014 \u0442\u0430\u0431\u043b\u0438\u0446\u0430 \u0434\u043b\u044f Excel (CSV \u0438\u043b\u0438 XLSX)", None))
        self.whatHint.setText(QCoreApplication.translate("ExportDialog", u"GeoJSON \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u0432 QGIS \u0438 \u0432\u0435\u0431-\u043a\u0430\u0440\u0442\u0430\u0445; CSV \u0438 XLSX \u2014 \u0432 Excel \u0438 LibreOffice, \u0441 \u0440\u0443\u0441\u0441\u043a\u0438\u043c\u0438 \u0438 \u043a\u0430\u0437\u0430\u0445\u0441\u043a\u0438\u043c\u0438 \u0431\u0443\u043a\u0432\u0430\u043c\u0438 \u0438 \u0418\u0418\u041d \u0441 \u0432\u0435\u0434\u0443\u0449\u0438\u043c \u043d\u0443\u043b\u0451\u043c. \u0422\u0438\u043f \u0444\u0430\u0439\u043b\u0430 \u0432\u044b\u0431\u0438\u0440\u0430\u0435\u0442\u0441\u044f \u043f\u0440\u0438 \u0441\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\u0438.", None))
        self.redactCheck.setText(QCoreApplication.translate("ExportDialog", u"\u0411\u0435\u0437 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.redactHint.setText(QCoreApplication.translate("ExportDialog", u"\u0412 \u0444\u0430\u0439\u043b \u043d\u0435 \u043f\u043e\u043f\u0430\u0434\u0443\u0442 \u0424\u0418\u041e, \u0418\u0418\u041d, \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u044b \u0438 \u0430\u0434\u0440\u0435\u0441\u0430 \u0437\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u0435\u0439 \u0438 \u0438\u043c\u0435\u043d\u0430 \u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0445.", None))
    # retranslateUi

