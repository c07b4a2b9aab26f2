# GENERATED from forms/planning.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'planning.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFrame, QGroupBox, QHBoxLayout, QLabel, QListView, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableWidget, QTreeWidget, QVBoxLayout, QWidget

class Ui_PlanningPage(object):
    def setupUi(self, PlanningPage):
        if not PlanningPage.objectName():
            PlanningPage.setObjectName(u"PlanningPage")
        PlanningPage.resize(1100, 720)
        self.pageLayout = QVBoxLayout(PlanningPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(PlanningPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.campaignLabel = QLabel(PlanningPage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.headerLayout.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(PlanningPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setMinimumSize(QSize(260, 0))
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.campaignCombo)

        self.generateButton = QPushButton(PlanningPage)
        self.generateButton.setObjectName(u"generateButton")

        self.headerLayout.addWidget(self.generateButton)

        self.refreshButton = QPushButton(PlanningPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.noticeLabel = QLabel(PlanningPage)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.noticeLabel)

        self.generateFrame = QFrame(PlanningPage)
        self.generateFrame.setObjectName(u"generateFrame")
        self.generateFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.generateLayout = QVBoxLayout(self.generateFrame)
        self.generateLayout.setObjectName(u"generateLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.generateFrame)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromEdit = QDateEdit(self.generateFrame)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.generateFrame)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(self.generateFrame)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.toEdit)

        self.proposeButton = QPushButton(self.generateFrame)
        self.proposeButton.setObjectName(u"proposeButton")

        self.periodLayout.addWidget(self.proposeButton)

        self.acceptButton = QPushButton(self.generateFrame)
        self.acceptButton.setObjectName(u"acceptButton")

        self.periodLayout.addWidget(self.acceptButton)

        self.discardButton = QPushButton(self.generateFrame)
        self.discardButton.setObjectName(u"discardButton")

        self.periodLayout.addWidget(self.discardButton)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.generateLayout.addLayout(self.periodLayout)

        self.districtsLabel = QLabel(self.generateFrame)
        self.districtsLabel.setObjectName(u"districtsLabel")
        self.districtsLabel.setText(u"")
        self.districtsLabel.setWordWrap(True)

        self.generateLayout.addWidget(self.districtsLabel)

        self.districtList = QListWidget(self.generateFrame)
        self.districtList.setObjectName(u"districtList")
        self.districtList.setFlow(QListView.Flow.LeftToRight)
        self.districtList.setProperty(u"isWrapping", True)
        self.districtList.setResizeMode(QListView.ResizeMode.Adjust)
        self.districtList.setSpacing(2)
        self.districtList.setMaximumSize(QSize(16777215, 58))

        self.generateLayout.addWidget(self.districtList)

        self.reasonLabel = QLabel(self.generateFrame)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setText(u"")
        self.reasonLabel.setWordWrap(True)

        self.generateLayout.addWidget(self.reasonLabel)


        self.pageLayout.addWidget(self.generateFrame)

        self.splitter = QSplitter(parent=PlanningPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setProperty("orientation", 2)  # Qt.Orientation.Vertical
        self.splitter.setChildrenCollapsible(False)
        self.rotationBox = QGroupBox(self.splitter)
        self.rotationBox.setObjectName(u"rotationBox")
        self.rotationLayout = QVBoxLayout(self.rotationBox)
        self.rotationLayout.setObjectName(u"rotationLayout")
        self.previewLabel = QLabel(self.rotationBox)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)

        self.rotationLayout.addWidget(self.previewLabel)

        self.slotButtonsLayout = QHBoxLayout()
        self.slotButtonsLayout.setObjectName(u"slotButtonsLayout")
        self.addSlotButton = QPushButton(self.rotationBox)
        self.addSlotButton.setObjectName(u"addSlotButton")

        self.slotButtonsLayout.addWidget(self.addSlotButton)

        self.editSlotButton = QPushButton(self.rotationBox)
        self.editSlotButton.setObjectName(u"editSlotButton")

        self.slotButtonsLayout.addWidget(self.editSlotButton)

        self.createTourButton = QPushButton(self.rotationBox)
        self.createTourButton.setObjectName(u"createTourButton")

        self.slotButtonsLayout.addWidget(self.createTourButton)

        self.removeSlotButton = QPushButton(self.rotationBox)
        self.removeSlotButton.setObjectName(u"removeSlotButton")

        self.slotButtonsLayout.addWidget(self.removeSlotButton)

        self.slotSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slotButtonsLayout.addItem(self.slotSpacer)


        self.rotationLayout.addLayout(self.slotButtonsLayout)

        self.rotationStack = QStackedWidget(self.rotationBox)
        self.rotationStack.setObjectName(u"rotationStack")
        self.gridPage = QWidget()
        self.gridPage.setObjectName(u"gridPage")
        self.gridLayout = QVBoxLayout(self.gridPage)
        self.gridLayout.setObjectName(u"gridLayout")
        self.rotationTable = QTableWidget(self.gridPage)
        self.rotationTable.setObjectName(u"rotationTable")
        self.rotationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rotationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rotationTable.setWordWrap(True)

        self.gridLayout.addWidget(self.rotationTable)

        self.rotationStack.addWidget(self.gridPage)
        self.rotationEmptyPage = QWidget()
        self.rotationEmptyPage.setObjectName(u"rotationEmptyPage")
        self.rotationEmptyLayout = QVBoxLayout(self.rotationEmptyPage)
        self.rotationEmptyLayout.setObjectName(u"rotationEmptyLayout")
        self.rotationEmptyLabel = QLabel(self.rotationEmptyPage)
        self.rotationEmptyLabel.setObjectName(u"rotationEmptyLabel")
        self.rotationEmptyLabel.setText(u"")
        self.rotationEmptyLabel.setWordWrap(True)
        self.rotationEmptyLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter

        self.rotationEmptyLayout.addWidget(self.rotationEmptyLabel)

        self.rotationStack.addWidget(self.rotationEmptyPage)

        self.rotationLayout.addWidget(self.rotationStack)

        self.splitter.addWidget(self.rotationBox)
        self.bottomSplitter = QSplitter(parent=self.splitter)
        self.bottomSplitter.setObjectName(u"bottomSplitter")
        self.bottomSplitter.setProperty("orientation", 1)  # Qt.Orientation.Horizontal
        self.bottomSplitter.setChildrenCollapsible(False)
        self.coverageBox = QGroupBox(self.bottomSplitter)
        self.coverageBox.setObjectName(u"coverageBox")
        self.coverageLayout = QVBoxLayout(self.coverageBox)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageTable = QTableWidget(self.coverageBox)
        self.coverageTable.setObjectName(u"coverageTable")
        self.coverageTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverageTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coverageTable.setWordWrap(True)

        self.coverageLayout.addWidget(self.coverageTable)

        self.legendLabel = QLabel(self.coverageBox)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.coverageLayout.addWidget(self.legendLabel)

        self.bottomSplitter.addWidget(self.coverageBox)
        self.notVisitedBox = QGroupBox(self.bottomSplitter)
        self.notVisitedBox.setObjectName(u"notVisitedBox")
        self.notVisitedLayout = QVBoxLayout(self.notVisitedBox)
        self.notVisitedLayout.setObjectName(u"notVisitedLayout")
        self.notVisitedHint = QLabel(self.notVisitedBox)
        self.notVisitedHint.setObjectName(u"notVisitedHint")
        self.notVisitedHint.setText(u"")
        self.notVisitedHint.setWordWrap(True)

        self.notVisitedLayout.addWidget(self.notVisitedHint)

        self.notVisitedTree = QTreeWidget(self.notVisitedBox)
        self.notVisitedTree.setObjectName(u"notVisitedTree")
        self.notVisitedTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notVisitedTree.setUniformRowHeights(True)

        self.notVisitedLayout.addWidget(self.notVisitedTree)

        self.bottomSplitter.addWidget(self.notVisitedBox)
        self.splitter.addWidget(self.bottomSplitter)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.districtList)
        QWidget.setTabOrder(self.districtList, self.proposeButton)
        QWidget.setTabOrder(self.proposeButton, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.addSlotButton)
        QWidget.setTabOrder(self.addSlotButton, self.editSlotButton)
        QWidget.setTabOrder(self.editSlotButton, self.createTourButton)
        QWidget.setTabOrder(self.createTourButton, self.removeSlotButton)
        QWidget.setTabOrder(self.removeSlotButton, self.rotationTable)
        QWidget.setTabOrder(self.rotationTable, self.coverageTable)
        QWidget.setTabOrder(self.coverageTable, self.notVisitedTree)

        self.retranslateUi(PlanningPage)
    # setupUi

    def retranslateUi(self, PlanningPage):
        self.titleLabel.setText(QCoreApplication.translate("PlanningPage", u"\u041f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435 \u0440\u043e\u0442\u0430\u0446\u0438\u0438", None))
        self.campaignLabel.setText(QCoreApplication.translate("PlanningPage", u"&\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
        self.generateButton.setText(QCoreApplication.translate("PlanningPage", u"\u0421\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0440\u043e\u0442\u0430\u0446\u0438\u044e\u2026", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u041f\u0440\u0435\u0434\u043b\u043e\u0436\u0438\u0442\u044c \u0440\u043e\u0442\u0430\u0446\u0438\u044e \u0433\u0440\u0443\u043f\u043f \u043f\u043e \u0440\u0430\u0439\u043e\u043d\u0430\u043c \u043a\u0430\u043c\u043f\u0430\u043d\u0438\u0438 \u043d\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439 \u043f\u0435\u0440\u0438\u043e\u0434 (Ctrl+G)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("PlanningPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u043f\u043b\u0430\u043d \u0438\u0437 \u0431\u0430\u0437\u044b (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("PlanningPage", u"\u041f\u0435\u0440\u0438\u043e\u0434 &\u0441", None))
        self.toLabel.setText(QCoreApplication.translate("PlanningPage", u"&\u043f\u043e", None))
        self.proposeButton.setText(QCoreApplication.translate("PlanningPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u043f\u043b\u0430\u043d", None))
#if QT_CONFIG(tooltip)
        self.proposeButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0421\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0440\u043e\u0442\u0430\u0446\u0438\u044e \u043d\u0430 \u044d\u0442\u043e\u0442 \u043f\u0435\u0440\u0438\u043e\u0434 \u0438 \u043f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0435\u0451, \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435 \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u044f (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.acceptButton.setText(QCoreApplication.translate("PlanningPage", u"\u041f\u0440\u0438\u043d\u044f\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.acceptButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u043d\u0443\u044e \u0440\u043e\u0442\u0430\u0446\u0438\u044e", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("PlanningPage", u"\u041e\u0442\u043a\u0430\u0437\u0430\u0442\u044c\u0441\u044f", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u0435, \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435 \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u044f (Esc)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.districtList.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0420\u0430\u0439\u043e\u043d\u044b, \u043f\u043e \u043a\u043e\u0442\u043e\u0440\u044b\u043c \u043f\u0440\u043e\u0439\u0434\u0451\u0442 \u0440\u043e\u0442\u0430\u0446\u0438\u044f: \u0441\u043d\u0438\u043c\u0438\u0442\u0435 \u043e\u0442\u043c\u0435\u0442\u043a\u0443 \u0441 \u0440\u0430\u0439\u043e\u043d\u0430, \u043a\u043e\u0442\u043e\u0440\u044b\u0439 \u0432 \u043d\u0435\u0451 \u043d\u0435 \u0432\u0445\u043e\u0434\u0438\u0442 (\u043f\u0440\u043e\u0431\u0435\u043b)", None))
#endif // QT_CONFIG(tooltip)
        self.rotationBox.setTitle(QCoreApplication.translate("PlanningPage", u"\u0420\u043e\u0442\u0430\u0446\u0438\u044f: \u0440\u0430\u0439\u043e\u043d\u044b \u043f\u043e \u043f\u0435\u0440\u0438\u043e\u0434\u0430\u043c", None))
        self.addSlotButton.setText(QCoreApplication.translate("PlanningPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043b\u043e\u0442\u2026", None))
#if QT_CONFIG(tooltip)
        self.addSlotButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0417\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0433\u0440\u0443\u043f\u043f\u0443 \u0432 \u0440\u0430\u0439\u043e\u043d \u043d\u0430 \u043f\u0435\u0440\u0438\u043e\u0434 \u0432\u0440\u0443\u0447\u043d\u0443\u044e (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editSlotButton.setText(QCoreApplication.translate("PlanningPage", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0441\u043b\u043e\u0442\u2026", None))
#if QT_CONFIG(tooltip)
        self.editSlotButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0414\u0440\u0443\u0433\u043e\u0439 \u0440\u0430\u0439\u043e\u043d \u0438\u043b\u0438 \u0434\u0440\u0443\u0433\u0438\u0435 \u0434\u043d\u0438 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0441\u043b\u043e\u0442\u0430 (F2, \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a)", None))
#endif // QT_CONFIG(tooltip)
        self.createTourButton.setText(QCoreApplication.translate("PlanningPage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0432\u044b\u0435\u0437\u0434", None))
#if QT_CONFIG(tooltip)
        self.createTourButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0412\u044b\u0435\u0437\u0434 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 \u0433\u0440\u0443\u043f\u043f\u044b \u043d\u0430 \u043f\u0435\u0440\u0438\u043e\u0434 \u0441\u043b\u043e\u0442\u0430 \u0441 \u043c\u0430\u0440\u0448\u0440\u0443\u0442\u043e\u043c \u043f\u043e \u0441\u0451\u043b\u0430\u043c \u0440\u0430\u0439\u043e\u043d\u0430: \u0441\u043d\u0430\u0447\u0430\u043b\u0430 \u043d\u0435 \u043f\u043e\u0441\u0435\u0449\u0451\u043d\u043d\u044b\u0435 (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.removeSlotButton.setText(QCoreApplication.translate("PlanningPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0441\u043b\u043e\u0442", None))
#if QT_CONFIG(tooltip)
        self.removeSlotButton.setToolTip(QCoreApplication.translate("PlanningPage", u"\u0423\u0431\u0440\u0430\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439 \u0441\u043b\u043e\u0442 \u0438\u0437 \u0440\u043e\u0442\u0430\u0446\u0438\u0438 (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.coverageBox.setTitle(QCoreApplication.translate("PlanningPage", u"\u041e\u0445\u0432\u0430\u0442 \u0440\u0430\u0439\u043e\u043d\u043e\u0432 \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f\u043c\u0438", None))
        self.legendLabel.setText(QCoreApplication.translate("PlanningPage", u"\u0412 \u043a\u043b\u0435\u0442\u043a\u0435: \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u043e \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043e\u043a / \u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u043e \u0441\u043b\u043e\u0442\u043e\u0432. \u0417\u0435\u043b\u0451\u043d\u044b\u0439 \u2014 \u0440\u0430\u0439\u043e\u043d \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f \u0441 \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435\u043c, \u0436\u0451\u043b\u0442\u044b\u0439 \u2014 \u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u043e, \u043d\u043e \u0435\u0449\u0451 \u043d\u0435 \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u043e, \u0441\u0435\u0440\u044b\u0439 \u2014 \u043d\u0435 \u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u043e.", None))
        self.notVisitedBox.setTitle(QCoreApplication.translate("PlanningPage", u"\u0411\u0435\u0437 \u0432\u044b\u0435\u0437\u0434\u0430 \u043f\u043e\u043b\u0433\u043e\u0434\u0430", None))
        ___qtreewidgetitem = self.notVisitedTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PlanningPage", u"\u041f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0439 \u0432\u044b\u0435\u0437\u0434", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PlanningPage", u"\u041d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442", None))
        pass
    # retranslateUi

