# GENERATED from forms/dashboard.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLayout = QVBoxLayout()
        self.headingLayout.setSpacing(2)
        self.headingLayout.setObjectName(u"headingLayout")
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headingLayout.addWidget(self.titleLabel)

        self.scopeLabel = QLabel(DashboardPage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.headingLayout.addWidget(self.scopeLabel)


        self.headerLayout.addLayout(self.headingLayout)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.campaignLabel = QLabel(DashboardPage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.filterLayout.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(DashboardPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setMinimumSize(QSize(200, 0))
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.campaignCombo)

        self.districtLabel = QLabel(DashboardPage)
        self.districtLabel.setObjectName(u"districtLabel")

        self.filterLayout.addWidget(self.districtLabel)

        self.districtCombo = QComboBox(DashboardPage)
        self.districtCombo.setObjectName(u"districtCombo")
        self.districtCombo.setMinimumSize(QSize(180, 0))
        self.districtCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.districtCombo)

        self.periodCheck = QCheckBox(DashboardPage)
        self.periodCheck.setObjectName(u"periodCheck")

        self.filterLayout.addWidget(self.periodCheck)

        self.fromEdit = QDateEdit(DashboardPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.filterLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(DashboardPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(DashboardPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.filterLayout.addWidget(self.toEdit)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.contentStack = QStackedWidget(DashboardPage)
        self.contentStack.setObjectName(u"contentStack")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter

        self.loadingLayout.addWidget(self.loadingLabel)

        self.contentStack.addWidget(self.loadingPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setMaximumSize(QSize(640, 16777215))
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)
        self.tilesPage = QWidget()
        self.tilesPage.setObjectName(u"tilesPage")
        self.tilesPageLayout = QVBoxLayout(self.tilesPage)
        self.tilesPageLayout.setObjectName(u"tilesPageLayout")
        self.tilesPageLayout.setContentsMargins(0, 0, 0, 0)
        self.tilesScroll = QScrollArea(self.tilesPage)
        self.tilesScroll.setObjectName(u"tilesScroll")
        self.tilesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tilesScroll.setWidgetResizable(True)
        self.tilesContent = QWidget()
        self.tilesContent.setObjectName(u"tilesContent")
        self.tilesContent.setGeometry(QRect(0, 0, 960, 600))
        self.tilesContentLayout = QVBoxLayout(self.tilesContent)
        self.tilesContentLayout.setSpacing(14)
        self.tilesContentLayout.setObjectName(u"tilesContentLayout")
        self.todayBox = QGroupBox(self.tilesContent)
        self.todayBox.setObjectName(u"todayBox")
        self.todayLayout = QVBoxLayout(self.todayBox)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLabel = QLabel(self.todayBox)
        self.todayLabel.setObjectName(u"todayLabel")
        self.todayLabel.setText(u"")
        self.todayLabel.setWordWrap(True)

        self.todayLayout.addWidget(self.todayLabel)


        self.tilesContentLayout.addWidget(self.todayBox)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(14)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.tilesColumn = QVBoxLayout()
        self.tilesColumn.setSpacing(14)
        self.tilesColumn.setObjectName(u"tilesColumn")
        self.controlGroup = QGroupBox(self.tilesContent)
        self.controlGroup.setObjectName(u"controlGroup")
        self.controlLayout = QVBoxLayout(self.controlGroup)
        self.controlLayout.setObjectName(u"controlLayout")
        self.controlGrid = QGridLayout()
        self.controlGrid.setObjectName(u"controlGrid")

        self.controlLayout.addLayout(self.controlGrid)

        self.overdueTitle = QLabel(self.controlGroup)
        self.overdueTitle.setObjectName(u"overdueTitle")

        self.controlLayout.addWidget(self.overdueTitle)

        self.overdueGrid = QGridLayout()
        self.overdueGrid.setObjectName(u"overdueGrid")
        self.overdueGrid.setHorizontalSpacing(12)
        self.overdueGrid.setVerticalSpacing(4)

        self.controlLayout.addLayout(self.overdueGrid)


        self.tilesColumn.addWidget(self.controlGroup)

        self.receptionGroup = QGroupBox(self.tilesContent)
        self.receptionGroup.setObjectName(u"receptionGroup")
        self.receptionGrid = QGridLayout(self.receptionGroup)
        self.receptionGrid.setObjectName(u"receptionGrid")

        self.tilesColumn.addWidget(self.receptionGroup)

        self.fieldGroup = QGroupBox(self.tilesContent)
        self.fieldGroup.setObjectName(u"fieldGroup")
        self.fieldGrid = QGridLayout(self.fieldGroup)
        self.fieldGrid.setObjectName(u"fieldGrid")

        self.tilesColumn.addWidget(self.fieldGroup)

        self.pollsGroup = QGroupBox(self.tilesContent)
        self.pollsGroup.setObjectName(u"pollsGroup")
        self.pollsGrid = QGridLayout(self.pollsGroup)
        self.pollsGrid.setObjectName(u"pollsGrid")

        self.tilesColumn.addWidget(self.pollsGroup)

        self.tilesBottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tilesColumn.addItem(self.tilesBottomSpacer)


        self.columnsLayout.addLayout(self.tilesColumn)

        self.chartsColumn = QVBoxLayout()
        self.chartsColumn.setSpacing(14)
        self.chartsColumn.setObjectName(u"chartsColumn")
        self.topicsGroup = QGroupBox(self.tilesContent)
        self.topicsGroup.setObjectName(u"topicsGroup")
        self.topicsLayout = QVBoxLayout(self.topicsGroup)
        self.topicsLayout.setObjectName(u"topicsLayout")
        self.topicsEmpty = QLabel(self.topicsGroup)
        self.topicsEmpty.setObjectName(u"topicsEmpty")
        self.topicsEmpty.setWordWrap(True)

        self.topicsLayout.addWidget(self.topicsEmpty)


        self.chartsColumn.addWidget(self.topicsGroup)

        self.outcomesGroup = QGroupBox(self.tilesContent)
        self.outcomesGroup.setObjectName(u"outcomesGroup")
        self.outcomesLayout = QVBoxLayout(self.outcomesGroup)
        self.outcomesLayout.setObjectName(u"outcomesLayout")
        self.outcomesEmpty = QLabel(self.outcomesGroup)
        self.outcomesEmpty.setObjectName(u"outcomesEmpty")
        self.outcomesEmpty.setWordWrap(True)

        self.outcomesLayout.addWidget(self.outcomesEmpty)


        self.chartsColumn.addWidget(self.outcomesGroup)

        self.districtsGroup = QGroupBox(self.tilesContent)
        self.districtsGroup.setObjectName(u"districtsGroup")
        self.districtsLayout = QVBoxLayout(self.districtsGroup)
        self.districtsLayout.setObjectName(u"districtsLayout")
        self.districtsEmpty = QLabel(self.districtsGroup)
        self.districtsEmpty.setObjectName(u"districtsEmpty")
        self.districtsEmpty.setWordWrap(True)

        self.districtsLayout.addWidget(self.districtsEmpty)


        self.chartsColumn.addWidget(self.districtsGroup)

        self.chartsBottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chartsColumn.addItem(self.chartsBottomSpacer)


        self.columnsLayout.addLayout(self.chartsColumn)


        self.tilesContentLayout.addLayout(self.columnsLayout)

        self.tilesScroll.setWidget(self.tilesContent)

        self.tilesPageLayout.addWidget(self.tilesScroll)

        self.contentStack.addWidget(self.tilesPage)

        self.pageLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.districtLabel.setBuddy(self.districtCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.tilesScroll)

        self.retranslateUi(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"\u041e\u0431\u0437\u043e\u0440", None))
        self.scopeLabel.setText(QCoreApplication.translate("DashboardPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u0438 \u043f\u043e \u0432\u0441\u0435\u0439 \u0431\u0430\u0437\u0435", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DashboardPage", u"\u041f\u0435\u0440\u0435\u0441\u0447\u0438\u0442\u0430\u0442\u044c \u043f\u043e\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u0438 (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        self.campaignLabel.setText(QCoreApplication.translate("DashboardPage", u"&\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
        self.districtLabel.setText(QCoreApplication.translate("DashboardPage", u"&\u0420\u0430\u0439\u043e\u043d:", None))
        self.periodCheck.setText(QCoreApplication.translate("DashboardPage", u"&\u041f\u0435\u0440\u0438\u043e\u0434 \u0441", None))
#if QT_CONFIG(tooltip)
        self.periodCheck.setToolTip(QCoreApplication.translate("DashboardPage", u"\u0421\u0447\u0438\u0442\u0430\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e \u0441\u0434\u0435\u043b\u0430\u043d\u043d\u043e\u0435 \u0432 \u044d\u0442\u0438 \u0434\u043d\u0438 (\u043e\u0431\u0430 \u0432\u043a\u043b\u044e\u0447\u0438\u0442\u0435\u043b\u044c\u043d\u043e)", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("DashboardPage", u"\u043f\u043e", None))
        self.loadingLabel.setText(QCoreApplication.translate("DashboardPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u0438 \u0441\u0447\u0438\u0442\u0430\u044e\u0442\u0441\u044f\u2026", None))
        self.emptyTitle.setText(QCoreApplication.translate("DashboardPage", u"\u0412 \u0431\u0430\u0437\u0435 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.emptyText.setText(QCoreApplication.translate("DashboardPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u0438 \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f, \u043a\u043e\u0433\u0434\u0430 \u0432 \u0431\u0430\u0437\u0435 \u0431\u0443\u0434\u0443\u0442 \u0432\u044b\u0435\u0437\u0434\u044b, \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0435 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 \u0438 \u043f\u0440\u0438\u043d\u044f\u0442\u044b\u0435 \u0433\u0440\u0430\u0436\u0434\u0430\u043d\u0435. \u041d\u0430\u0447\u043d\u0438\u0442\u0435 \u0441 \u0440\u0430\u0437\u0434\u0435\u043b\u0430 \u00ab\u0412\u044b\u0435\u0437\u0434\u044b\u00bb: \u0441\u043e\u0437\u0434\u0430\u0439\u0442\u0435 \u0432\u044b\u0435\u0437\u0434 \u0438 \u0435\u0433\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442. \u0427\u0442\u043e\u0431\u044b \u043f\u043e\u0441\u043c\u043e\u0442\u0440\u0435\u0442\u044c, \u043a\u0430\u043a \u0432\u044b\u0433\u043b\u044f\u0434\u0438\u0442 \u0437\u0430\u043f\u043e\u043b\u043d\u0435\u043d\u043d\u0430\u044f \u0431\u0430\u0437\u0430, \u043e\u0442"
                        "\u043a\u0440\u043e\u0439\u0442\u0435 \u0434\u0435\u043c\u043e: \u043c\u0435\u043d\u044e \u00ab\u0424\u0430\u0439\u043b\u00bb \u2192 \u00ab\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u0435\u043c\u043e\u00bb.", None))
        self.todayBox.setTitle(QCoreApplication.translate("DashboardPage", u"\u0421\u0435\u0433\u043e\u0434\u043d\u044f", None))
        self.controlGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u0412\u043e\u043f\u0440\u043e\u0441\u044b \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435", None))
        self.overdueTitle.setText(QCoreApplication.translate("DashboardPage", u"\u0421\u0440\u043e\u043a \u0438\u0441\u0442\u0451\u043a \u2014 \u0432 \u043f\u0435\u0440\u0432\u0443\u044e \u043e\u0447\u0435\u0440\u0435\u0434\u044c:", None))
        self.receptionGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u041f\u0440\u0438\u0451\u043c \u0433\u0440\u0430\u0436\u0434\u0430\u043d", None))
        self.fieldGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u0412\u044b\u0435\u0437\u0434\u044b \u0438 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f", None))
        self.pollsGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u041e\u043f\u0440\u043e\u0441\u044b \u0438 \u0441\u0438\u0433\u043d\u0430\u043b\u044b", None))
        self.topicsGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u041f\u0440\u0438\u0451\u043c \u043f\u043e \u0442\u0435\u043c\u0430\u043c \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0439", None))
        self.topicsEmpty.setText(QCoreApplication.translate("DashboardPage", u"\u041f\u0440\u0438\u0451\u043c\u043e\u0432 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442. \u0413\u0440\u0430\u0444\u0438\u043a \u043f\u043e\u044f\u0432\u0438\u0442\u0441\u044f, \u043a\u043e\u0433\u0434\u0430 \u0432 \u0440\u0430\u0437\u0434\u0435\u043b\u0435 \u00ab\u041f\u0440\u0438\u0451\u043c \u0433\u0440\u0430\u0436\u0434\u0430\u043d\u00bb \u0431\u0443\u0434\u0443\u0442 \u0437\u0430\u043f\u0438\u0441\u0430\u043d\u044b \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f.", None))
        self.outcomesGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u041f\u0440\u0438\u0451\u043c \u043f\u043e \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442\u0430\u043c", None))
        self.outcomesEmpty.setText(QCoreApplication.translate("DashboardPage", u"\u041f\u0440\u0438\u0451\u043c\u043e\u0432 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442: \u0437\u0434\u0435\u0441\u044c \u0431\u0443\u0434\u0435\u0442 \u0432\u0438\u0434\u043d\u043e, \u0441\u043a\u043e\u043b\u044c\u043a\u043e \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0439 \u0440\u0430\u0437\u044a\u044f\u0441\u043d\u0435\u043d\u043e, \u0440\u0435\u0448\u0435\u043d\u043e \u043d\u0430 \u043c\u0435\u0441\u0442\u0435, \u0441\u043a\u043e\u043b\u044c\u043a\u043e \u043b\u044e\u0434\u044f\u043c \u043f\u043e\u043c\u043e\u0433\u043b\u0438 \u0438 \u0447\u0442\u043e \u0432\u0437\u044f\u0442\u043e \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c.", None))
        self.districtsGroup.setTitle(QCoreApplication.translate("DashboardPage", u"\u041c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f \u043f\u043e \u0440\u0430\u0439\u043e\u043d\u0430\u043c", None))
        self.districtsEmpty.setText(QCoreApplication.translate("DashboardPage", u"\u041c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0439 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442. \u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u043e\u0439 \u0438 \u0434\u043e\u0431\u0430\u0432\u044c\u0442\u0435 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f \u0432 \u0440\u0430\u0437\u0434\u0435\u043b\u0435 \u00ab\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430\u00bb.", None))
        pass
    # retranslateUi

