# GENERATED from forms/main_window.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setMinimumSize(QSize(900, 600))
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionOpenDemo = QAction(MainWindow)
        self.actionOpenDemo.setObjectName(u"actionOpenDemo")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionShowNavigation = QAction(MainWindow)
        self.actionShowNavigation.setObjectName(u"actionShowNavigation")
        self.actionShowNavigation.setCheckable(True)
        self.actionShowNavigation.setChecked(True)
        self.actionLanguageRu = QAction(MainWindow)
        self.actionLanguageRu.setObjectName(u"actionLanguageRu")
        self.actionLanguageRu.setCheckable(True)
        self.actionLanguageRu.setText(u"\u0420\u0443\u0441\u0441\u043a\u0438\u0439")
        self.actionLanguageKk = QAction(MainWindow)
        self.actionLanguageKk.setObjectName(u"actionLanguageKk")
        self.actionLanguageKk.setCheckable(True)
        self.actionLanguageKk.setText(u"\u049a\u0430\u0437\u0430\u049b\u0448\u0430")
        self.actionLanguageEn = QAction(MainWindow)
        self.actionLanguageEn.setObjectName(u"actionLanguageEn")
        self.actionLanguageEn.setCheckable(True)
        self.actionLanguageEn.setText(u"English")
        self.actionLogFolder = QAction(MainWindow)
        self.actionLogFolder.setObjectName(u"actionLogFolder")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.rootStack = QStackedWidget(self.centralwidget)
        self.rootStack.setObjectName(u"rootStack")
        self.workspacePage = QWidget()
        self.workspacePage.setObjectName(u"workspacePage")
        self.workspaceLayout = QHBoxLayout(self.workspacePage)
        self.workspaceLayout.setSpacing(0)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.workspaceLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.workspacePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(200, 0))
        self.navList.setMaximumSize(QSize(320, 16777215))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(22, 22))
        self.navList.setUniformItemSizes(True)
        self.navList.setWordWrap(True)
        self.splitter.addWidget(self.navList)
        self.pageStack = QStackedWidget(self.splitter)
        self.pageStack.setObjectName(u"pageStack")
        self.splitter.addWidget(self.pageStack)

        self.workspaceLayout.addWidget(self.splitter)

        self.rootStack.addWidget(self.workspacePage)

        self.centralLayout.addWidget(self.rootStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menubar.setGeometry(QRect(0, 0, 1280, 24))
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menubar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuLanguage.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.actionOpenDemo)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionShowNavigation)
        self.menuView.addSeparator()
        self.menuLanguage.addAction(self.actionLanguageRu)
        self.menuLanguage.addAction(self.actionLanguageKk)
        self.menuLanguage.addAction(self.actionLanguageEn)
        self.menuHelp.addAction(self.actionLogFolder)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u041f\u043e\u043b\u0435\u0432\u043e\u0439 \u0436\u0443\u0440\u043d\u0430\u043b", None))
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0431\u0430\u0437\u0443 \u0434\u0430\u043d\u043d\u044b\u0445\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOpen.setToolTip(QCoreApplication.translate("MainWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0444\u0430\u0439\u043b \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445 (.db)", None))
#endif // QT_CONFIG(tooltip)
        self.actionOpenDemo.setText(QCoreApplication.translate("MainWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c &\u0434\u0435\u043c\u043e", None))
#if QT_CONFIG(tooltip)
        self.actionOpenDemo.setToolTip(QCoreApplication.translate("MainWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0443\u0447\u0435\u0431\u043d\u0443\u044e \u0431\u0430\u0437\u0443 \u0441 \u043f\u0440\u0438\u043c\u0435\u0440\u0430\u043c\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u0412&\u044b\u0445\u043e\u0434", None))
        self.actionShowNavigation.setText(QCoreApplication.translate("MainWindow", u"&\u041f\u0430\u043d\u0435\u043b\u044c \u0440\u0430\u0437\u0434\u0435\u043b\u043e\u0432", None))
        self.actionLogFolder.setText(QCoreApplication.translate("MainWindow", u"\u041f\u0430\u043f\u043a\u0430 &\u0436\u0443\u0440\u043d\u0430\u043b\u043e\u0432 \u0440\u0430\u0431\u043e\u0442\u044b", None))
#if QT_CONFIG(tooltip)
        self.actionLogFolder.setToolTip(QCoreApplication.translate("MainWindow", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043f\u0430\u043f\u043a\u0443 \u0441 \u0436\u0443\u0440\u043d\u0430\u043b\u043e\u043c \u0440\u0430\u0431\u043e\u0442\u044b \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b (\u0434\u043b\u044f \u0441\u043b\u0443\u0436\u0431\u044b \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438)", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&\u041e \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0435", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u0420\u0430\u0437\u0434\u0435\u043b\u044b", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&\u0424\u0430\u0439\u043b", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"&\u041d\u0435\u0434\u0430\u0432\u043d\u0438\u0435 \u0431\u0430\u0437\u044b", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&\u0412\u0438\u0434", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&\u042f\u0437\u044b\u043a", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&\u0421\u043f\u0440\u0430\u0432\u043a\u0430", None))
    # retranslateUi

