# GENERATED from forms/record_log.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_log.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_RecordLogDialog(object):
    def setupUi(self, RecordLogDialog):
        if not RecordLogDialog.objectName():
            RecordLogDialog.setObjectName(u"RecordLogDialog")
        RecordLogDialog.resize(960, 560)
        self.dialogLayout = QVBoxLayout(RecordLogDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(RecordLogDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.dialogLayout.addWidget(self.hintLabel)

        self.contentStack = QStackedWidget(RecordLogDialog)
        self.contentStack.setObjectName(u"contentStack")
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.logView = QTableView(self.tablePage)
        self.logView.setObjectName(u"logView")
        self.logView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logView.setAlternatingRowColors(True)
        self.logView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logView.setWordWrap(False)

        self.tableLayout.addWidget(self.logView)

        self.contentStack.addWidget(self.tablePage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.contentStack.addWidget(self.emptyPage)

        self.dialogLayout.addWidget(self.contentStack)

        self.buttonBox = QDialogButtonBox(RecordLogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RecordLogDialog)
    # setupUi

    def retranslateUi(self, RecordLogDialog):
        RecordLogDialog.setWindowTitle(QCoreApplication.translate("RecordLogDialog", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
    # retranslateUi

