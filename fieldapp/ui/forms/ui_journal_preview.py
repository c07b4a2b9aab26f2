# GENERATED from forms/journal_preview.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_JournalPreviewDialog(object):
    def setupUi(self, JournalPreviewDialog):
        if not JournalPreviewDialog.objectName():
            JournalPreviewDialog.setObjectName(u"JournalPreviewDialog")
        JournalPreviewDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(JournalPreviewDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 14)
        self.fileLabel = QLabel(JournalPreviewDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.dialogLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(JournalPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tourLayout = QHBoxLayout()
        self.tourLayout.setObjectName(u"tourLayout")
        self.tourLabel = QLabel(JournalPreviewDialog)
        self.tourLabel.setObjectName(u"tourLabel")

        self.tourLayout.addWidget(self.tourLabel)

        self.tourCombo = QComboBox(JournalPreviewDialog)
        self.tourCombo.setObjectName(u"tourCombo")
        self.tourCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tourCombo.setMinimumContentsLength(40)

        self.tourLayout.addWidget(self.tourCombo)

        self.tourLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.tourLayout)

        self.problemsLabel = QLabel(JournalPreviewDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.viewTabs = QTabWidget(JournalPreviewDialog)
        self.viewTabs.setObjectName(u"viewTabs")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsTabLayout = QVBoxLayout(self.problemsTab)
        self.problemsTabLayout.setObjectName(u"problemsTabLayout")
        self.problemsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsView = QTableView(self.problemsTab)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setWordWrap(False)

        self.problemsTabLayout.addWidget(self.problemsView)

        self.viewTabs.addTab(self.problemsTab, "")
        self.rowsTab = QWidget()
        self.rowsTab.setObjectName(u"rowsTab")
        self.rowsTabLayout = QVBoxLayout(self.rowsTab)
        self.rowsTabLayout.setObjectName(u"rowsTabLayout")
        self.rowsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.rowsView = QTableView(self.rowsTab)
        self.rowsView.setObjectName(u"rowsView")
        self.rowsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsView.setAlternatingRowColors(True)
        self.rowsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsView.setWordWrap(False)

        self.rowsTabLayout.addWidget(self.rowsView)

        self.viewTabs.addTab(self.rowsTab, "")

        self.dialogLayout.addWidget(self.viewTabs)

        self.planLabel = QLabel(JournalPreviewDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setText(u"")
        self.planLabel.setWordWrap(True)
        self.planLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.dialogLayout.addWidget(self.planLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.recheckButton = QPushButton(JournalPreviewDialog)
        self.recheckButton.setObjectName(u"recheckButton")

        self.buttonLayout.addWidget(self.recheckButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.importButton = QPushButton(JournalPreviewDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(JournalPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.tourCombo, self.viewTabs)
        QWidget.setTabOrder(self.viewTabs, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.rowsView)
        QWidget.setTabOrder(self.rowsView, self.recheckButton)
        QWidget.setTabOrder(self.recheckButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(JournalPreviewDialog)

        self.importButton.setDefault(True)

    # setupUi

    def retranslateUi(self, JournalPreviewDialog):
        JournalPreviewDialog.setWindowTitle(QCoreApplication.translate("JournalPreviewDialog", u"\u0418\u043c\u043f\u043e\u0440\u0442 \u0436\u0443\u0440\u043d\u0430\u043b\u0430 \u043f\u0440\u0438\u0451\u043c\u0430", None))
        self.tourLabel.setText(QCoreApplication.translate("JournalPreviewDialog", u"\u0412\u044b\u0435\u0437\u0434:", None))
#if QT_CONFIG(accessibility)
        self.tourCombo.setAccessibleName(QCoreApplication.translate("JournalPreviewDialog", u"\u0412\u044b\u0435\u0437\u0434, \u043a \u043a\u043e\u0442\u043e\u0440\u043e\u043c\u0443 \u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043f\u0440\u0438\u0451\u043c\u044b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemsView.setAccessibleName(QCoreApplication.translate("JournalPreviewDialog", u"\u041e\u0448\u0438\u0431\u043a\u0438 \u0432 \u0444\u0430\u0439\u043b\u0435", None))
#endif // QT_CONFIG(accessibility)
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.problemsTab), QCoreApplication.translate("JournalPreviewDialog", u"\u041e\u0448\u0438\u0431\u043a\u0438", None))
#if QT_CONFIG(accessibility)
        self.rowsView.setAccessibleName(QCoreApplication.translate("JournalPreviewDialog", u"\u0421\u0442\u0440\u043e\u043a\u0438 \u043a \u0438\u043c\u043f\u043e\u0440\u0442\u0443", None))
#endif // QT_CONFIG(accessibility)
        self.viewTabs.setTabText(self.viewTabs.indexOf(self.rowsTab), QCoreApplication.translate("JournalPreviewDialog", u"\u0421\u0442\u0440\u043e\u043a\u0438 \u043a \u0438\u043c\u043f\u043e\u0440\u0442\u0443", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("JournalPreviewDialog", u"\u041f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c \u0444\u0430\u0439\u043b \u0435\u0449\u0451 \u0440\u0430\u0437 \u2014 \u043f\u043e\u0441\u043b\u0435 \u0442\u043e\u0433\u043e \u043a\u0430\u043a \u0432\u044b \u0438\u0441\u043f\u0440\u0430\u0432\u0438\u043b\u0438 \u0435\u0433\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.recheckButton.setText(QCoreApplication.translate("JournalPreviewDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u0441\u043d\u043e\u0432\u0430", None))
        self.importButton.setText(QCoreApplication.translate("JournalPreviewDialog", u"\u0418\u043c\u043f\u043e\u0440\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("JournalPreviewDialog", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c", None))
    # retranslateUi

