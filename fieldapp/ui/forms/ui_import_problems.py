# GENERATED from forms/import_problems.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_problems.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ImportProblemsDialog(object):
    def setupUi(self, ImportProblemsDialog):
        if not ImportProblemsDialog.objectName():
            ImportProblemsDialog.setObjectName(u"ImportProblemsDialog")
        ImportProblemsDialog.resize(820, 460)
        self.dialogLayout = QVBoxLayout(ImportProblemsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 14)
        self.fileLabel = QLabel(ImportProblemsDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"file")
        self.fileLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.dialogLayout.addWidget(self.fileLabel)

        self.messageLabel = QLabel(ImportProblemsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"message")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"state", u"bad")

        self.dialogLayout.addWidget(self.messageLabel)

        self.problemsView = QTableView(ImportProblemsDialog)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setSortingEnabled(True)
        self.problemsView.setWordWrap(False)

        self.dialogLayout.addWidget(self.problemsView)

        self.hintLabel = QLabel(ImportProblemsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(ImportProblemsDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ImportProblemsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.problemsView, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.closeButton)

        self.retranslateUi(ImportProblemsDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportProblemsDialog):
        ImportProblemsDialog.setWindowTitle(QCoreApplication.translate("ImportProblemsDialog", u"\u0424\u0430\u0439\u043b \u043d\u0435 \u0438\u043c\u043f\u043e\u0440\u0442\u0438\u0440\u043e\u0432\u0430\u043d", None))
        self.hintLabel.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u0412 \u0431\u0430\u0437\u0443 \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435 \u0437\u0430\u043f\u0438\u0441\u0430\u043d\u043e. \u0418\u0441\u043f\u0440\u0430\u0432\u044c\u0442\u0435 \u0444\u0430\u0439\u043b \u0438 \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u0435 \u0435\u0433\u043e \u0441\u043d\u043e\u0432\u0430.", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ImportProblemsDialog", u"\u0421\u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0441\u043f\u0438\u0441\u043e\u043a \u043e\u0448\u0438\u0431\u043e\u043a \u0432 \u0431\u0443\u0444\u0435\u0440 \u043e\u0431\u043c\u0435\u043d\u0430, \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440 \u0447\u0442\u043e\u0431\u044b \u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u044c \u0435\u0433\u043e \u043a\u043e\u043b\u043b\u0435\u0433\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u0421\u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0441\u043f\u0438\u0441\u043e\u043a", None))
        self.closeButton.setText(QCoreApplication.translate("ImportProblemsDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

