# GENERATED from forms/reception_list.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_list.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_ReceptionListDialog(object):
    def setupUi(self, ReceptionListDialog):
        if not ReceptionListDialog.objectName():
            ReceptionListDialog.setObjectName(u"ReceptionListDialog")
        ReceptionListDialog.resize(1240, 620)
        self.dialogLayout = QVBoxLayout(ReceptionListDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 14)
        self.scopeRow = QHBoxLayout()
        self.scopeRow.setObjectName(u"scopeRow")
        self.scopeCombo = QComboBox(ReceptionListDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.scopeRow.addWidget(self.scopeCombo)

        self.scopeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeRow.addItem(self.scopeSpacer)


        self.dialogLayout.addLayout(self.scopeRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(ReceptionListDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.topicFilter = QComboBox(ReceptionListDialog)
        self.topicFilter.setObjectName(u"topicFilter")

        self.filterRow.addWidget(self.topicFilter)

        self.outcomeFilter = QComboBox(ReceptionListDialog)
        self.outcomeFilter.setObjectName(u"outcomeFilter")

        self.filterRow.addWidget(self.outcomeFilter)

        self.dayFilter = QDateEdit(ReceptionListDialog)
        self.dayFilter.setObjectName(u"dayFilter")
        self.dayFilter.setCalendarPopup(True)
        self.dayFilter.setDisplayFormat(u"dd.MM.yyyy")

        self.filterRow.addWidget(self.dayFilter)


        self.dialogLayout.addLayout(self.filterRow)

        self.table = QTableWidget(ReceptionListDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.table)

        self.hintLabel = QLabel(ReceptionListDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(ReceptionListDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.openButton)

        self.deleteButton = QPushButton(ReceptionListDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.deleteButton)

        self.moreButton = QPushButton(ReceptionListDialog)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.moreButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReceptionListDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.searchEdit, self.table)
        QWidget.setTabOrder(self.table, self.openButton)
        QWidget.setTabOrder(self.openButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.topicFilter)
        QWidget.setTabOrder(self.topicFilter, self.outcomeFilter)
        QWidget.setTabOrder(self.outcomeFilter, self.dayFilter)

        self.retranslateUi(ReceptionListDialog)
    # setupUi

    def retranslateUi(self, ReceptionListDialog):
        ReceptionListDialog.setWindowTitle(QCoreApplication.translate("ReceptionListDialog", u"\u0421\u043f\u0438\u0441\u043e\u043a \u043f\u0440\u0438\u0451\u043c\u043e\u0432", None))
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("ReceptionListDialog", u"\u0413\u0434\u0435 \u0438\u0441\u043a\u0430\u0442\u044c: \u043d\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0435 \u0438\u043b\u0438 \u043d\u0430 \u0432\u0441\u0435\u0445", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReceptionListDialog", u"\u0422\u0430\u043b\u043e\u043d, \u0424\u0418\u041e, \u0418\u0418\u041d \u0438\u043b\u0438 \u0442\u0435\u043b\u0435\u0444\u043e\u043d (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.topicFilter.setToolTip(QCoreApplication.translate("ReceptionListDialog", u"\u0422\u0435\u043c\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.outcomeFilter.setToolTip(QCoreApplication.translate("ReceptionListDialog", u"\u0420\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dayFilter.setToolTip(QCoreApplication.translate("ReceptionListDialog", u"\u0414\u0435\u043d\u044c \u043f\u0440\u0438\u0451\u043c\u0430; \u0441\u0430\u043c\u044b\u0439 \u043f\u0435\u0440\u0432\u044b\u0439 \u0434\u0435\u043d\u044c \u0441\u043f\u0438\u0441\u043a\u0430 \u2014 \u043b\u044e\u0431\u0430\u044f \u0434\u0430\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ReceptionListDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0438 \u0438\u0441\u043f\u0440\u0430\u0432\u0438\u0442\u044c (Enter)", None))
        self.deleteButton.setText(QCoreApplication.translate("ReceptionListDialog", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c\u2026 (Delete)", None))
        self.moreButton.setText(QCoreApplication.translate("ReceptionListDialog", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0435\u0449\u0451", None))
        self.closeButton.setText(QCoreApplication.translate("ReceptionListDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c (Esc)", None))
    # retranslateUi

