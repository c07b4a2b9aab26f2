# GENERATED from forms/tours.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tours.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_ToursPage(object):
    def setupUi(self, ToursPage):
        if not ToursPage.objectName():
            ToursPage.setObjectName(u"ToursPage")
        ToursPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(ToursPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ToursPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(ToursPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newTourButton = QPushButton(ToursPage)
        self.newTourButton.setObjectName(u"newTourButton")

        self.headerLayout.addWidget(self.newTourButton)

        self.editTourButton = QPushButton(ToursPage)
        self.editTourButton.setObjectName(u"editTourButton")

        self.headerLayout.addWidget(self.editTourButton)

        self.deleteTourButton = QPushButton(ToursPage)
        self.deleteTourButton.setObjectName(u"deleteTourButton")

        self.headerLayout.addWidget(self.deleteTourButton)

        self.refreshButton = QPushButton(ToursPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.contentStack = QStackedWidget(ToursPage)
        self.contentStack.setObjectName(u"contentStack")
        self.mainPage = QWidget()
        self.mainPage.setObjectName(u"mainPage")
        self.mainLayout = QVBoxLayout(self.mainPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(parent=self.mainPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setProperty("orientation", 1)  # Qt.Orientation.Horizontal
        self.splitter.setChildrenCollapsible(False)
        self.tourList = QListWidget(self.splitter)
        self.tourList.setObjectName(u"tourList")
        self.tourList.setMinimumSize(QSize(240, 0))
        self.tourList.setWordWrap(True)
        self.splitter.addWidget(self.tourList)
        self.routePanel = QWidget(self.splitter)
        self.routePanel.setObjectName(u"routePanel")
        self.routeLayout = QVBoxLayout(self.routePanel)
        self.routeLayout.setSpacing(6)
        self.routeLayout.setObjectName(u"routeLayout")
        self.routeLayout.setContentsMargins(8, 0, 0, 0)
        self.tourTitle = QLabel(self.routePanel)
        self.tourTitle.setObjectName(u"tourTitle")
        self.tourTitle.setWordWrap(True)

        self.routeLayout.addWidget(self.tourTitle)

        self.tourInfo = QLabel(self.routePanel)
        self.tourInfo.setObjectName(u"tourInfo")
        self.tourInfo.setText(u"")
        self.tourInfo.setWordWrap(True)

        self.routeLayout.addWidget(self.tourInfo)

        self.routeLabel = QLabel(self.routePanel)
        self.routeLabel.setObjectName(u"routeLabel")

        self.routeLayout.addWidget(self.routeLabel)

        self.routeHint = QLabel(self.routePanel)
        self.routeHint.setObjectName(u"routeHint")
        self.routeHint.setText(u"")
        self.routeHint.setWordWrap(True)

        self.routeLayout.addWidget(self.routeHint)

        self.routeRow = QHBoxLayout()
        self.routeRow.setSpacing(8)
        self.routeRow.setObjectName(u"routeRow")
        self.routeView = QTableView(self.routePanel)
        self.routeView.setObjectName(u"routeView")
        self.routeView.setAlternatingRowColors(True)
        self.routeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.routeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.routeRow.addWidget(self.routeView)

        self.routeEditLayout = QVBoxLayout()
        self.routeEditLayout.setSpacing(6)
        self.routeEditLayout.setObjectName(u"routeEditLayout")
        self.addStopButton = QPushButton(self.routePanel)
        self.addStopButton.setObjectName(u"addStopButton")

        self.routeEditLayout.addWidget(self.addStopButton)

        self.editStopButton = QPushButton(self.routePanel)
        self.editStopButton.setObjectName(u"editStopButton")

        self.routeEditLayout.addWidget(self.editStopButton)

        self.moveStopButton = QPushButton(self.routePanel)
        self.moveStopButton.setObjectName(u"moveStopButton")

        self.routeEditLayout.addWidget(self.moveStopButton)

        self.upButton = QPushButton(self.routePanel)
        self.upButton.setObjectName(u"upButton")

        self.routeEditLayout.addWidget(self.upButton)

        self.downButton = QPushButton(self.routePanel)
        self.downButton.setObjectName(u"downButton")

        self.routeEditLayout.addWidget(self.downButton)

        self.deleteStopButton = QPushButton(self.routePanel)
        self.deleteStopButton.setObjectName(u"deleteStopButton")

        self.routeEditLayout.addWidget(self.deleteStopButton)

        self.routeEditSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.routeEditLayout.addItem(self.routeEditSpacer)


        self.routeRow.addLayout(self.routeEditLayout)


        self.routeLayout.addLayout(self.routeRow)

        self.routeActions = QHBoxLayout()
        self.routeActions.setSpacing(6)
        self.routeActions.setObjectName(u"routeActions")
        self.doneButton = QPushButton(self.routePanel)
        self.doneButton.setObjectName(u"doneButton")

        self.routeActions.addWidget(self.doneButton)

        self.cancelButton = QPushButton(self.routePanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.routeActions.addWidget(self.cancelButton)

        self.reopenButton = QPushButton(self.routePanel)
        self.reopenButton.setObjectName(u"reopenButton")

        self.routeActions.addWidget(self.reopenButton)

        self.openStopButton = QPushButton(self.routePanel)
        self.openStopButton.setObjectName(u"openStopButton")

        self.routeActions.addWidget(self.openStopButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.routeActions.addItem(self.actionsSpacer)


        self.routeLayout.addLayout(self.routeActions)

        self.splitter.addWidget(self.routePanel)

        self.mainLayout.addWidget(self.splitter)

        self.contentStack.addWidget(self.mainPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyTextRow = QHBoxLayout()
        self.emptyTextRow.setObjectName(u"emptyTextRow")
        self.emptyTextLeft = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextLeft)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setText(u"")
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)
        self.emptyText.setMinimumSize(QSize(560, 0))
        self.emptyText.setMaximumSize(QSize(640, 16777215))

        self.emptyTextRow.addWidget(self.emptyText)

        self.emptyTextRight = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextRight)


        self.emptyLayout.addLayout(self.emptyTextRow)

        self.emptyNewButton = QPushButton(self.emptyPage)
        self.emptyNewButton.setObjectName(u"emptyNewButton")

        self.emptyLayout.addWidget(self.emptyNewButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.emptyBottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)

        QWidget.setTabOrder(self.tourList, self.routeView)
        QWidget.setTabOrder(self.routeView, self.addStopButton)
        QWidget.setTabOrder(self.addStopButton, self.editStopButton)
        QWidget.setTabOrder(self.editStopButton, self.moveStopButton)
        QWidget.setTabOrder(self.moveStopButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.deleteStopButton)
        QWidget.setTabOrder(self.deleteStopButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.openStopButton)
        QWidget.setTabOrder(self.openStopButton, self.newTourButton)
        QWidget.setTabOrder(self.newTourButton, self.editTourButton)
        QWidget.setTabOrder(self.editTourButton, self.deleteTourButton)
        QWidget.setTabOrder(self.deleteTourButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.emptyNewButton)

        self.retranslateUi(ToursPage)
    # setupUi

    def retranslateUi(self, ToursPage):
        self.titleLabel.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0435\u0437\u0434\u044b \u0438 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u044b", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ToursPage", u"\u041d\u0430\u0439\u0442\u0438 \u0432\u044b\u0435\u0437\u0434: \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435, \u043a\u0430\u043c\u043f\u0430\u043d\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ToursPage", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e \u0442\u043e, \u0433\u0434\u0435 \u0435\u0441\u0442\u044c \u044d\u0442\u043e\u0442 \u0442\u0435\u043a\u0441\u0442: \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435, \u043d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442 \u0438\u043b\u0438 \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u0435 (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.newTourButton.setText(QCoreApplication.translate("ToursPage", u"\u041d\u043e\u0432\u044b\u0439 \u0432\u044b\u0435\u0437\u0434", None))
#if QT_CONFIG(tooltip)
        self.newTourButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0432\u044b\u0435\u0437\u0434 \u0438 \u0435\u0433\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editTourButton.setText(QCoreApplication.translate("ToursPage", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0432\u044b\u0435\u0437\u0434\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTourButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435, \u043f\u0435\u0440\u0438\u043e\u0434 \u0438 \u0440\u0430\u0431\u043e\u0447\u0438\u0435 \u0433\u0440\u0443\u043f\u043f\u044b \u0432\u044b\u0435\u0437\u0434\u0430 (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteTourButton.setText(QCoreApplication.translate("ToursPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0432\u044b\u0435\u0437\u0434\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteTourButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0432\u044b\u0435\u0437\u0434 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u043e\u0432; \u0437\u0430\u043f\u0438\u0441\u0430\u043d\u043d\u043e\u0435 \u043d\u0430 \u0435\u0433\u043e \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430\u0445 \u0441\u043e\u0445\u0440\u0430\u043d\u044f\u0435\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ToursPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u0432\u044b\u0435\u0437\u0434\u044b (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.tourTitle.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0432\u044b\u0435\u0437\u0434 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
        self.routeLabel.setText(QCoreApplication.translate("ToursPage", u"\u041c\u0430\u0440\u0448\u0440\u0443\u0442", None))
        self.addStopButton.setText(QCoreApplication.translate("ToursPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.addStopButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041d\u043e\u0432\u0430\u044f \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0430 \u043f\u043e\u0441\u043b\u0435 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editStopButton.setText(QCoreApplication.translate("ToursPage", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.editStopButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442, \u0434\u0430\u0442\u0430 \u0438 \u043f\u043b\u043e\u0449\u0430\u0434\u043a\u0430 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.moveStopButton.setText(QCoreApplication.translate("ToursPage", u"\u041f\u0435\u0440\u0435\u043d\u0435\u0441\u0442\u0438 \u043d\u0430 \u0434\u0440\u0443\u0433\u043e\u0439 \u0434\u0435\u043d\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveStopButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041f\u043e\u043c\u0435\u043d\u044f\u0442\u044c \u0434\u0430\u0442\u0443 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0448\u0435", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041f\u0435\u0440\u0435\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 \u0440\u0430\u043d\u044c\u0448\u0435 \u043f\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0443 (Alt+\u2191)", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("ToursPage", u"\u041d\u0438\u0436\u0435", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041f\u0435\u0440\u0435\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 \u043f\u043e\u0437\u0436\u0435 \u043f\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0443 (Alt+\u2193)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteStopButton.setText(QCoreApplication.translate("ToursPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteStopButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u0423\u0431\u0440\u0430\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 \u0438\u0437 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0430 (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.doneButton.setText(QCoreApplication.translate("ToursPage", u"\u041f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0430", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041e\u0442\u043c\u0435\u0442\u0438\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u043e\u0439", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ToursPage", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 \u0441 \u0443\u043a\u0430\u0437\u0430\u043d\u0438\u0435\u043c \u043f\u0440\u0438\u0447\u0438\u043d\u044b", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ToursPage", u"\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u0432 \u043f\u043b\u0430\u043d", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u0421\u043d\u043e\u0432\u0430 \u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u043d\u0430\u044f: \u043e\u0442\u043c\u0435\u043d\u0430 \u0438\u043b\u0438 \u043e\u0442\u043c\u0435\u0442\u043a\u0430 \u043e \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u0438 \u0441\u043d\u0438\u043c\u0430\u0435\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.openStopButton.setText(QCoreApplication.translate("ToursPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 (Enter)", None))
        self.emptyTitle.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0435\u0437\u0434\u043e\u0432 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442", None))
        self.emptyNewButton.setText(QCoreApplication.translate("ToursPage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0432\u044b\u0435\u0437\u0434 (Ctrl+N)", None))
        pass
    # retranslateUi

