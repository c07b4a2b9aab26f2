# GENERATED from forms/control.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'control.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_ControlPage(object):
    def setupUi(self, ControlPage):
        if not ControlPage.objectName():
            ControlPage.setObjectName(u"ControlPage")
        ControlPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(ControlPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ControlPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.searchEdit = QLineEdit(ControlPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(270, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.headerLayout.addWidget(self.searchEdit)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(ControlPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.refreshButton = QPushButton(ControlPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilterLabel = QLabel(ControlPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusCombo = QComboBox(ControlPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(130, 0))

        self.filterLayout.addWidget(self.statusCombo)

        self.overdueCheck = QCheckBox(ControlPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.districtLabel = QLabel(ControlPage)
        self.districtLabel.setObjectName(u"districtLabel")

        self.filterLayout.addWidget(self.districtLabel)

        self.districtCombo = QComboBox(ControlPage)
        self.districtCombo.setObjectName(u"districtCombo")
        self.districtCombo.setMinimumSize(QSize(160, 0))

        self.filterLayout.addWidget(self.districtCombo)

        self.responsibleLabel = QLabel(ControlPage)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.filterLayout.addWidget(self.responsibleLabel)

        self.responsibleCombo = QComboBox(ControlPage)
        self.responsibleCombo.setObjectName(u"responsibleCombo")
        self.responsibleCombo.setMinimumSize(QSize(200, 0))

        self.filterLayout.addWidget(self.responsibleCombo)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.contentStack = QStackedWidget(ControlPage)
        self.contentStack.setObjectName(u"contentStack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(parent=self.listPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setProperty("orientation", 1)  # Qt.Orientation.Horizontal
        self.splitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSortingEnabled(True)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setWordWrap(False)
        self.splitter.addWidget(self.tableView)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(8, 0, 0, 0)
        self.detailTitle = QLabel(self.detailPanel)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailInfo = QLabel(self.detailPanel)
        self.detailInfo.setObjectName(u"detailInfo")
        self.detailInfo.setText(u"")
        self.detailInfo.setWordWrap(True)
        self.detailInfo.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.detailLayout.addWidget(self.detailInfo)

        self.historyLabel = QLabel(self.detailPanel)
        self.historyLabel.setObjectName(u"historyLabel")

        self.detailLayout.addWidget(self.historyLabel)

        self.historyList = QListWidget(self.detailPanel)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setProperty("focusPolicy", 0)  # Qt.FocusPolicy.NoFocus
        self.historyList.setWordWrap(True)

        self.detailLayout.addWidget(self.historyList)

        self.actionsBox = QGroupBox(self.detailPanel)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsGrid = QGridLayout(self.actionsBox)
        self.actionsGrid.setSpacing(6)
        self.actionsGrid.setObjectName(u"actionsGrid")
        self.noteLabel = QLabel(self.actionsBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.actionsGrid.addWidget(self.noteLabel, 0, 0, 1, 1)

        self.noteEdit = QLineEdit(self.actionsBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.actionsGrid.addWidget(self.noteEdit, 0, 1, 1, 2)

        self.newDeadlineLabel = QLabel(self.actionsBox)
        self.newDeadlineLabel.setObjectName(u"newDeadlineLabel")

        self.actionsGrid.addWidget(self.newDeadlineLabel, 1, 0, 1, 1)

        self.deadlineEdit = QDateEdit(self.actionsBox)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)
        self.deadlineEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.actionsGrid.addWidget(self.deadlineEdit, 1, 1, 1, 1)

        self.limitLabel = QLabel(self.actionsBox)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setText(u"")
        self.limitLabel.setWordWrap(True)

        self.actionsGrid.addWidget(self.limitLabel, 1, 2, 1, 1)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setSpacing(6)
        self.actionButtons.setObjectName(u"actionButtons")
        self.progressButton = QPushButton(self.actionsBox)
        self.progressButton.setObjectName(u"progressButton")

        self.actionButtons.addWidget(self.progressButton)

        self.extendButton = QPushButton(self.actionsBox)
        self.extendButton.setObjectName(u"extendButton")

        self.actionButtons.addWidget(self.extendButton)

        self.resolveButton = QPushButton(self.actionsBox)
        self.resolveButton.setObjectName(u"resolveButton")

        self.actionButtons.addWidget(self.resolveButton)

        self.rejectButton = QPushButton(self.actionsBox)
        self.rejectButton.setObjectName(u"rejectButton")

        self.actionButtons.addWidget(self.rejectButton)

        self.historyButton = QPushButton(self.actionsBox)
        self.historyButton.setObjectName(u"historyButton")

        self.actionButtons.addWidget(self.historyButton)


        self.actionsGrid.addLayout(self.actionButtons, 2, 0, 1, 3)


        self.detailLayout.addWidget(self.actionsBox)

        self.splitter.addWidget(self.detailPanel)

        self.listLayout.addWidget(self.splitter)

        self.contentStack.addWidget(self.listPage)
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
        self.emptyText.setMinimumSize(QSize(560, 0))
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)
        self.emptyText.setMaximumSize(QSize(640, 16777215))

        self.emptyTextRow.addWidget(self.emptyText)

        self.emptyTextRight = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextRight)


        self.emptyLayout.addLayout(self.emptyTextRow)

        self.emptyBottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter

        self.loadingLayout.addWidget(self.loadingLabel)

        self.contentStack.addWidget(self.loadingPage)

        self.pageLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusCombo)
        self.districtLabel.setBuddy(self.districtCombo)
        self.responsibleLabel.setBuddy(self.responsibleCombo)
        self.noteLabel.setBuddy(self.noteEdit)
        self.newDeadlineLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.districtCombo)
        QWidget.setTabOrder(self.districtCombo, self.responsibleCombo)
        QWidget.setTabOrder(self.responsibleCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.progressButton)
        QWidget.setTabOrder(self.progressButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.refreshButton)

        self.retranslateUi(ControlPage)
    # setupUi

    def retranslateUi(self, ControlPage):
        self.titleLabel.setText(QCoreApplication.translate("ControlPage", u"\u0412\u043e\u043f\u0440\u043e\u0441\u044b \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ControlPage", u"\u041f\u043e\u0438\u0441\u043a: \u0432\u043e\u043f\u0440\u043e\u0441 \u0438\u043b\u0438 \u043d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("ControlPage", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e \u0442\u043e, \u0433\u0434\u0435 \u0435\u0441\u0442\u044c \u044d\u0442\u043e\u0442 \u0442\u0435\u043a\u0441\u0442: \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435, \u043d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442 \u0438\u043b\u0438 \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u0435 (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ControlPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ControlPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u0441\u043f\u0438\u0441\u043e\u043a (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("ControlPage", u"\u0421\u0442\u0430\u0442\u0443\u0441:", None))
        self.overdueCheck.setText(QCoreApplication.translate("ControlPage", u"\u0442\u043e\u043b\u044c\u043a\u043e \u043f\u0440\u043e\u0441\u0440\u043e\u0447\u0435\u043d\u043d\u044b\u0435", None))
        self.districtLabel.setText(QCoreApplication.translate("ControlPage", u"\u0420\u0430\u0439\u043e\u043d:", None))
        self.responsibleLabel.setText(QCoreApplication.translate("ControlPage", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439:", None))
        self.detailTitle.setText(QCoreApplication.translate("ControlPage", u"\u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0432\u043e\u043f\u0440\u043e\u0441 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
        self.historyLabel.setText(QCoreApplication.translate("ControlPage", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
        self.actionsBox.setTitle(QCoreApplication.translate("ControlPage", u"\u0414\u0435\u0439\u0441\u0442\u0432\u0438\u044f", None))
        self.noteLabel.setText(QCoreApplication.translate("ControlPage", u"\u041f\u0440\u0438\u0447\u0438\u043d\u0430 \u0438\u043b\u0438 \u043f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ControlPage", u"\u0414\u043b\u044f \u043f\u0440\u043e\u0434\u043b\u0435\u043d\u0438\u044f \u0438 \u043e\u0442\u043a\u0430\u0437\u0430 \u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\u044c\u043d\u0430", None))
        self.newDeadlineLabel.setText(QCoreApplication.translate("ControlPage", u"\u041d\u043e\u0432\u044b\u0439 \u0441\u0440\u043e\u043a", None))
        self.progressButton.setText(QCoreApplication.translate("ControlPage", u"\u0412 \u0440\u0430\u0431\u043e\u0442\u0443", None))
        self.extendButton.setText(QCoreApplication.translate("ControlPage", u"\u041f\u0440\u043e\u0434\u043b\u0438\u0442\u044c \u0441\u0440\u043e\u043a", None))
        self.resolveButton.setText(QCoreApplication.translate("ControlPage", u"\u0420\u0435\u0448\u0435\u043d\u043e", None))
        self.rejectButton.setText(QCoreApplication.translate("ControlPage", u"\u041e\u0442\u043a\u0430\u0437\u0430\u0442\u044c", None))
        self.historyButton.setText(QCoreApplication.translate("ControlPage", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("ControlPage", u"\u041a\u0442\u043e \u0438 \u043a\u043e\u0433\u0434\u0430 \u043c\u0435\u043d\u044f\u043b \u044d\u0442\u043e\u0442 \u0432\u043e\u043f\u0440\u043e\u0441 (Ctrl+H)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyTitle.setText(QCoreApplication.translate("ControlPage", u"\u0412\u043e\u043f\u0440\u043e\u0441\u043e\u0432 \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435 \u043d\u0435\u0442", None))
        self.emptyText.setText(QCoreApplication.translate("ControlPage", u"\u0412\u043e\u043f\u0440\u043e\u0441 \u0431\u0435\u0440\u0443\u0442 \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c \u043d\u0430 \u043f\u0440\u0438\u0451\u043c\u0435 \u0433\u0440\u0430\u0436\u0434\u0430\u043d: \u0432\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0440\u0435\u0437\u0443\u043b\u044c\u0442\u0430\u0442 \u00ab\u0432\u0437\u044f\u0442\u043e \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u044c\u00bb \u0438 \u0443\u043a\u0430\u0436\u0438\u0442\u0435 \u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439 \u043e\u0440\u0433\u0430\u043d. \u0421\u0440\u043e\u043a \u2014 15 \u0440\u0430\u0431\u043e\u0447\u0438\u0445 \u0434\u043d\u0435\u0439; \u0437\u0434\u0435\u0441\u044c \u0431\u0443\u0434\u0443\u0442 \u0432\u0438\u0434\u043d\u044b \u043f\u0440\u043e\u0441\u0440\u043e\u0447\u0435\u043d\u043d\u044b\u0435 \u0432\u043e\u043f\u0440\u043e\u0441\u044b, \u043f\u0440\u043e\u0434\u043b\u0435\u043d\u0438\u0435, \u0440\u0435\u0448\u0435\u043d\u0438\u0435 \u0438 \u043e\u0442"
                        "\u043a\u0430\u0437. \u0415\u0441\u043b\u0438 \u0444\u0438\u043b\u044c\u0442\u0440\u044b \u0441\u043a\u0440\u044b\u043b\u0438 \u0432\u0441\u0435 \u0432\u043e\u043f\u0440\u043e\u0441\u044b, \u0441\u043d\u0438\u043c\u0438\u0442\u0435 \u0438\u0445.", None))
        self.loadingLabel.setText(QCoreApplication.translate("ControlPage", u"\u0417\u0430\u0433\u0440\u0443\u0437\u043a\u0430\u2026", None))
        pass
    # retranslateUi

