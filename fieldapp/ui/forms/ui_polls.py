# GENERATED from forms/polls.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'polls.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_PollsPage(object):
    def setupUi(self, PollsPage):
        if not PollsPage.objectName():
            PollsPage.setObjectName(u"PollsPage")
        PollsPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(PollsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PollsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newPollButton = QPushButton(PollsPage)
        self.newPollButton.setObjectName(u"newPollButton")

        self.headerLayout.addWidget(self.newPollButton)

        self.refreshButton = QPushButton(PollsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.contentStack = QStackedWidget(PollsPage)
        self.contentStack.setObjectName(u"contentStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.contentStack.addWidget(self.emptyPage)
        self.pollsPage = QWidget()
        self.pollsPage.setObjectName(u"pollsPage")
        self.pollsLayout = QHBoxLayout(self.pollsPage)
        self.pollsLayout.setObjectName(u"pollsLayout")
        self.pollsLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(parent=self.pollsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setProperty("orientation", 1)  # Qt.Orientation.Horizontal
        self.splitter.setChildrenCollapsible(False)
        self.pollList = QListWidget(self.splitter)
        self.pollList.setObjectName(u"pollList")
        self.pollList.setWordWrap(True)
        self.pollList.setAlternatingRowColors(True)
        self.splitter.addWidget(self.pollList)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(8, 0, 0, 0)
        self.questionLabel = QLabel(self.detailPanel)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setText(u"")
        self.questionLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.questionLabel)

        self.stopLayout = QHBoxLayout()
        self.stopLayout.setObjectName(u"stopLayout")
        self.stopLabel = QLabel(self.detailPanel)
        self.stopLabel.setObjectName(u"stopLabel")

        self.stopLayout.addWidget(self.stopLabel)

        self.stopCombo = QComboBox(self.detailPanel)
        self.stopCombo.setObjectName(u"stopCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.stopCombo.sizePolicy().hasHeightForWidth())
        self.stopCombo.setSizePolicy(sizePolicy)
        self.stopCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stopCombo.setMinimumContentsLength(30)

        self.stopLayout.addWidget(self.stopCombo)


        self.detailLayout.addLayout(self.stopLayout)

        self.tallyBox = QGroupBox(self.detailPanel)
        self.tallyBox.setObjectName(u"tallyBox")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.tallyBox.sizePolicy().hasHeightForWidth())
        self.tallyBox.setSizePolicy(sizePolicy1)
        self.tallyLayout = QVBoxLayout(self.tallyBox)
        self.tallyLayout.setObjectName(u"tallyLayout")
        self.tallyGrid = QGridLayout()
        self.tallyGrid.setObjectName(u"tallyGrid")
        self.tallyGrid.setHorizontalSpacing(10)
        self.tallyGrid.setVerticalSpacing(6)

        self.tallyLayout.addLayout(self.tallyGrid)

        self.feedbackLabel = QLabel(self.tallyBox)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setText(u"")
        self.feedbackLabel.setWordWrap(True)

        self.tallyLayout.addWidget(self.feedbackLabel)

        self.keyHint = QLabel(self.tallyBox)
        self.keyHint.setObjectName(u"keyHint")
        self.keyHint.setWordWrap(True)

        self.tallyLayout.addWidget(self.keyHint)


        self.detailLayout.addWidget(self.tallyBox)

        self.resultsBox = QGroupBox(self.detailPanel)
        self.resultsBox.setObjectName(u"resultsBox")
        self.resultsLayout = QVBoxLayout(self.resultsBox)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.totalLabel = QLabel(self.resultsBox)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.resultsLayout.addWidget(self.totalLabel)

        self.resultsSplitter = QSplitter(parent=self.resultsBox)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setProperty("orientation", 1)  # Qt.Orientation.Horizontal
        self.resultsSplitter.setChildrenCollapsible(False)
        self.chartHolder = QWidget(self.resultsSplitter)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartLayout = QVBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.resultsSplitter.addWidget(self.chartHolder)
        self.stopTable = QTableView(self.resultsSplitter)
        self.stopTable.setObjectName(u"stopTable")
        self.stopTable.setAlternatingRowColors(True)
        self.stopTable.setSortingEnabled(True)
        self.stopTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stopTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stopTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stopTable.setWordWrap(False)
        self.resultsSplitter.addWidget(self.stopTable)

        self.resultsLayout.addWidget(self.resultsSplitter)

        self.resultsLayout.setStretch(1, 1)

        self.detailLayout.addWidget(self.resultsBox)

        self.detailLayout.setStretch(3, 1)
        self.splitter.addWidget(self.detailPanel)

        self.pollsLayout.addWidget(self.splitter)

        self.contentStack.addWidget(self.pollsPage)

        self.pageLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.stopLabel.setBuddy(self.stopCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pollList, self.stopCombo)
        QWidget.setTabOrder(self.stopCombo, self.stopTable)
        QWidget.setTabOrder(self.stopTable, self.newPollButton)
        QWidget.setTabOrder(self.newPollButton, self.refreshButton)

        self.retranslateUi(PollsPage)
    # setupUi

    def retranslateUi(self, PollsPage):
        self.titleLabel.setText(QCoreApplication.translate("PollsPage", u"\u041e\u043f\u0440\u043e\u0441\u044b", None))
        self.newPollButton.setText(QCoreApplication.translate("PollsPage", u"\u041d\u043e\u0432\u044b\u0439 \u043e\u043f\u0440\u043e\u0441\u2026", None))
#if QT_CONFIG(tooltip)
        self.newPollButton.setToolTip(QCoreApplication.translate("PollsPage", u"\u0412\u043e\u043f\u0440\u043e\u0441 \u0438 \u0432\u0430\u0440\u0438\u0430\u043d\u0442\u044b \u043e\u0442\u0432\u0435\u0442\u043e\u0432 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("PollsPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("PollsPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u043e\u043f\u0440\u043e\u0441\u044b \u0438 \u0438\u0442\u043e\u0433\u0438 (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyTitle.setText(QCoreApplication.translate("PollsPage", u"\u041e\u043f\u0440\u043e\u0441\u043e\u0432 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442", None))
        self.emptyText.setText(QCoreApplication.translate("PollsPage", u"\u0421\u043e\u0437\u0434\u0430\u0439\u0442\u0435 \u043e\u043f\u0440\u043e\u0441 \u043a\u043d\u043e\u043f\u043a\u043e\u0439 \u00ab\u041d\u043e\u0432\u044b\u0439 \u043e\u043f\u0440\u043e\u0441\u2026\u00bb: \u0432\u043e\u043f\u0440\u043e\u0441 \u043f\u043e-\u0440\u0443\u0441\u0441\u043a\u0438 \u0438 \u043f\u043e-\u043a\u0430\u0437\u0430\u0445\u0441\u043a\u0438, \u0432\u0430\u0440\u0438\u0430\u043d\u0442\u044b \u043e\u0442\u0432\u0435\u0442\u043e\u0432 \u043f\u043e \u043e\u0434\u043d\u043e\u043c\u0443 \u0432 \u0441\u0442\u0440\u043e\u043a\u0435. \u0417\u0430\u0442\u0435\u043c \u0441\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u043e\u0442\u0432\u0435\u0442\u044b \u043d\u0430 \u043a\u0430\u0436\u0434\u043e\u0439 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0435.", None))
        self.stopLabel.setText(QCoreApplication.translate("PollsPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430:", None))
        self.tallyBox.setTitle(QCoreApplication.translate("PollsPage", u"\u041e\u0442\u0432\u0435\u0442\u044b \u043d\u0430 \u044d\u0442\u043e\u0439 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0435", None))
        self.keyHint.setText(QCoreApplication.translate("PollsPage", u"\u0421 \u043a\u043b\u0430\u0432\u0438\u0430\u0442\u0443\u0440\u044b: \u0446\u0438\u0444\u0440\u0430 1\u20139 \u0434\u043e\u0431\u0430\u0432\u043b\u044f\u0435\u0442 \u043e\u0442\u0432\u0435\u0442 \u0432\u0430\u0440\u0438\u0430\u043d\u0442\u0443 \u0441 \u044d\u0442\u0438\u043c \u043d\u043e\u043c\u0435\u0440\u043e\u043c, Shift + \u0446\u0438\u0444\u0440\u0430 \u0443\u0431\u0438\u0440\u0430\u0435\u0442 \u043e\u0434\u0438\u043d.", None))
        self.resultsBox.setTitle(QCoreApplication.translate("PollsPage", u"\u0418\u0442\u043e\u0433\u0438 \u043f\u043e \u0432\u0441\u0435\u043c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430\u043c \u0438 \u043d\u043e\u0443\u0442\u0431\u0443\u043a\u0430\u043c", None))
        pass
    # retranslateUi

