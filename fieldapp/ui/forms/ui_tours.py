# GENERATED from forms/tours.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tours.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

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

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

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
        self.splitter = QSplitter(self.mainPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tourList = QListWidget(self.splitter)
        self.tourList.setObjectName(u"tourList")
        self.tourList.setMinimumSize(QSize(260, 0))
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

        self.routeView = QTableView(self.routePanel)
        self.routeView.setObjectName(u"routeView")
        self.routeView.setAlternatingRowColors(True)
        self.routeView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.routeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.routeLayout.addWidget(self.routeView)

        self.routeActions = QHBoxLayout()
        self.routeActions.setSpacing(6)
        self.routeActions.setObjectName(u"routeActions")
        self.reasonLabel = QLabel(self.routePanel)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.routeActions.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.routePanel)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.routeActions.addWidget(self.reasonEdit)

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
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyText.setWordWrap(True)
        self.emptyText.setMaximumSize(QSize(640, 16777215))

        self.emptyLayout.addWidget(self.emptyText, 0, Qt.AlignmentFlag.AlignHCenter)

        self.emptyBottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tourList, self.routeView)
        QWidget.setTabOrder(self.routeView, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.openStopButton)
        QWidget.setTabOrder(self.openStopButton, self.refreshButton)

        self.retranslateUi(ToursPage)
    # setupUi

    def retranslateUi(self, ToursPage):
        self.titleLabel.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0435\u0437\u0434\u044b \u0438 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u044b", None))
        self.refreshButton.setText(QCoreApplication.translate("ToursPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ToursPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u0432\u044b\u0435\u0437\u0434\u044b (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.tourTitle.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0432\u044b\u0435\u0437\u0434 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
        self.routeLabel.setText(QCoreApplication.translate("ToursPage", u"\u041c\u0430\u0440\u0448\u0440\u0443\u0442", None))
        self.reasonLabel.setText(QCoreApplication.translate("ToursPage", u"\u041f\u0440\u0438\u0447\u0438\u043d\u0430 \u043e\u0442\u043c\u0435\u043d\u044b:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ToursPage", u"\u041d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0434\u043e\u0440\u043e\u0433\u0443 \u0440\u0430\u0437\u043c\u044b\u043b\u043e", None))
        self.doneButton.setText(QCoreApplication.translate("ToursPage", u"\u041f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0430", None))
        self.cancelButton.setText(QCoreApplication.translate("ToursPage", u"\u041e\u0442\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.reopenButton.setText(QCoreApplication.translate("ToursPage", u"\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u0432 \u043f\u043b\u0430\u043d", None))
        self.openStopButton.setText(QCoreApplication.translate("ToursPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 (Enter)", None))
        self.emptyTitle.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0435\u0437\u0434\u043e\u0432 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442", None))
        self.emptyText.setText(QCoreApplication.translate("ToursPage", u"\u0412\u044b\u0435\u0437\u0434 \u2014 \u044d\u0442\u043e \u043f\u043e\u0435\u0437\u0434\u043a\u0430 \u0440\u0430\u0431\u043e\u0447\u0435\u0439 \u0433\u0440\u0443\u043f\u043f\u044b \u043f\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u0443: \u043d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0435 \u043f\u0443\u043d\u043a\u0442\u044b \u043f\u043e \u043f\u043e\u0440\u044f\u0434\u043a\u0443 \u0441 \u0434\u0430\u0442\u0430\u043c\u0438. \u0412\u044b\u0435\u0437\u0434\u044b \u043f\u043e\u044f\u0432\u043b\u044f\u044e\u0442\u0441\u044f \u0432 \u0431\u0430\u0437\u0435 \u043f\u0440\u0438 \u0438\u043c\u043f\u043e\u0440\u0442\u0435 \u043f\u043b\u0430\u043d\u0430, \u043f\u0440\u0438 \u043e\u0431\u043c\u0435\u043d\u0435 \u0434\u0430\u043d\u043d\u044b\u043c\u0438 \u0441 \u043a\u043e\u043b\u043b\u0435\u0433\u0430\u043c\u0438 \u0438\u043b\u0438 \u0432 \u0434\u0435\u043c\u043e (\u043c\u0435\u043d\u044e \u00ab\u0424\u0430\u0439\u043b\u00bb \u2192 \u00ab\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u0435\u043c\u043e\u00bb"
                        "). \u0417\u0434\u0435\u0441\u044c \u043e\u0442\u043c\u0435\u0447\u0430\u044e\u0442 \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0435 \u0438 \u043e\u0442\u043c\u0435\u043d\u0451\u043d\u043d\u044b\u0435 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438.", None))
        pass
    # retranslateUi

