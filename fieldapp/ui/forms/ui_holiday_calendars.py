# GENERATED from forms/holiday_calendars.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holiday_calendars.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_HolidayCalendarsDialog(object):
    def setupUi(self, HolidayCalendarsDialog):
        if not HolidayCalendarsDialog.objectName():
            HolidayCalendarsDialog.setObjectName(u"HolidayCalendarsDialog")
        HolidayCalendarsDialog.resize(720, 420)
        self.dialogLayout = QVBoxLayout(HolidayCalendarsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(HolidayCalendarsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.yearsTable = QTableWidget(HolidayCalendarsDialog)
        if (self.yearsTable.columnCount() < 3):
            self.yearsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.yearsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.yearsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.yearsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.yearsTable.setObjectName(u"yearsTable")
        self.yearsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.yearsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.yearsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.yearsTable.setColumnCount(3)
        self.yearsTable.horizontalHeader().setStretchLastSection(True)
        self.yearsTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.yearsTable)

        self.resultLabel = QLabel(HolidayCalendarsDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.dialogLayout.addWidget(self.resultLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.importButton = QPushButton(HolidayCalendarsDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.buttonBox = QDialogButtonBox(HolidayCalendarsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.yearsTable, self.importButton)

        self.retranslateUi(HolidayCalendarsDialog)
    # setupUi

    def retranslateUi(self, HolidayCalendarsDialog):
        HolidayCalendarsDialog.setWindowTitle(QCoreApplication.translate("HolidayCalendarsDialog", u"\u041a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u044c \u043f\u0440\u0430\u0437\u0434\u043d\u0438\u043a\u043e\u0432", None))
        ___qtablewidgetitem = self.yearsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HolidayCalendarsDialog", u"\u0413\u043e\u0434", None))
        ___qtablewidgetitem1 = self.yearsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HolidayCalendarsDialog", u"\u041e\u0442\u043a\u0443\u0434\u0430", None))
        ___qtablewidgetitem2 = self.yearsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HolidayCalendarsDialog", u"\u0424\u0430\u0439\u043b", None))
        self.importButton.setText(QCoreApplication.translate("HolidayCalendarsDialog", u"&\u0418\u043c\u043f\u043e\u0440\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("HolidayCalendarsDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u0444\u0430\u0439\u043b \u043a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u044f \u043d\u0430 \u0433\u043e\u0434 (JSON) \u0438 \u0438\u0441\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u044c \u0435\u0433\u043e \u0434\u043b\u044f \u0441\u0440\u043e\u043a\u043e\u0432", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

