# GENERATED from forms/signals.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signals.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateTimeEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_SignalsPage(object):
    def setupUi(self, SignalsPage):
        if not SignalsPage.objectName():
            SignalsPage.setObjectName(u"SignalsPage")
        SignalsPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(SignalsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(SignalsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(SignalsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.headerLayout.addWidget(self.countLabel)

        self.fromPhotosButton = QPushButton(SignalsPage)
        self.fromPhotosButton.setObjectName(u"fromPhotosButton")

        self.headerLayout.addWidget(self.fromPhotosButton)

        self.refreshButton = QPushButton(SignalsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerLayout.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(SignalsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(SignalsPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(SignalsPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setMinimumSize(QSize(150, 0))

        self.filterLayout.addWidget(self.statusFilter)

        self.kindFilterLabel = QLabel(SignalsPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterLayout.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(SignalsPage)
        self.kindFilter.setObjectName(u"kindFilter")
        self.kindFilter.setMinimumSize(QSize(220, 0))

        self.filterLayout.addWidget(self.kindFilter)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(parent=SignalsPage)
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
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setProperty("horizontalScrollBarPolicy", 1)  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.formScroll.setWidgetResizable(True)
        self.formPanel = QWidget()
        self.formPanel.setObjectName(u"formPanel")
        self.formPanelLayout = QVBoxLayout(self.formPanel)
        self.formPanelLayout.setSpacing(8)
        self.formPanelLayout.setObjectName(u"formPanelLayout")
        self.formPanelLayout.setContentsMargins(8, 0, 0, 0)
        self.formTitle = QLabel(self.formPanel)
        self.formTitle.setObjectName(u"formTitle")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.formTitle.setFont(font)
        self.formTitle.setWordWrap(True)

        self.formPanelLayout.addWidget(self.formTitle)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.kindLabel = QLabel(self.formPanel)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.formPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.descriptionLabel = QLabel(self.formPanel)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.formPanel)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 72))
        self.descriptionEdit.setMinimumSize(QSize(0, 56))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.addressLabel = QLabel(self.formPanel)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.formPanel)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.coordinatesLabel = QLabel(self.formPanel)
        self.coordinatesLabel.setObjectName(u"coordinatesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.coordinatesLabel)

        self.coordinatesEdit = QLineEdit(self.formPanel)
        self.coordinatesEdit.setObjectName(u"coordinatesEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.coordinatesEdit)

        self.coordinatesHint = QLabel(self.formPanel)
        self.coordinatesHint.setObjectName(u"coordinatesHint")
        self.coordinatesHint.setText(u"")
        self.coordinatesHint.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coordinatesHint)

        self.channelLabel = QLabel(self.formPanel)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.formPanel)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.reporterLabel = QLabel(self.formPanel)
        self.reporterLabel.setObjectName(u"reporterLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reporterLabel)

        self.reporterEdit = QLineEdit(self.formPanel)
        self.reporterEdit.setObjectName(u"reporterEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reporterEdit)

        self.receivedLabel = QLabel(self.formPanel)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateTimeEdit(self.formPanel)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)
        self.receivedEdit.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.handlerLabel = QLabel(self.formPanel)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerCombo = QComboBox(self.formPanel)
        self.handlerCombo.setObjectName(u"handlerCombo")
        self.handlerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.handlerCombo.setMinimumContentsLength(16)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.handlerCombo)


        self.formPanelLayout.addLayout(self.formLayout)

        self.saveButtons = QHBoxLayout()
        self.saveButtons.setSpacing(6)
        self.saveButtons.setObjectName(u"saveButtons")
        self.saveButton = QPushButton(self.formPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.saveButtons.addWidget(self.saveButton)

        self.newButton = QPushButton(self.formPanel)
        self.newButton.setObjectName(u"newButton")

        self.saveButtons.addWidget(self.newButton)

        self.historyButton = QPushButton(self.formPanel)
        self.historyButton.setObjectName(u"historyButton")

        self.saveButtons.addWidget(self.historyButton)

        self.mapButton = QPushButton(self.formPanel)
        self.mapButton.setObjectName(u"mapButton")

        self.saveButtons.addWidget(self.mapButton)

        self.saveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveButtons.addItem(self.saveSpacer)


        self.formPanelLayout.addLayout(self.saveButtons)

        self.statusBox = QGroupBox(self.formPanel)
        self.statusBox.setObjectName(u"statusBox")
        self.statusBoxLayout = QVBoxLayout(self.statusBox)
        self.statusBoxLayout.setSpacing(6)
        self.statusBoxLayout.setObjectName(u"statusBoxLayout")
        self.workflowLabel = QLabel(self.statusBox)
        self.workflowLabel.setObjectName(u"workflowLabel")
        self.workflowLabel.setText(u"")
        self.workflowLabel.setWordWrap(True)

        self.statusBoxLayout.addWidget(self.workflowLabel)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setSpacing(6)
        self.statusButtons.setObjectName(u"statusButtons")
        self.verifiedButton = QPushButton(self.statusBox)
        self.verifiedButton.setObjectName(u"verifiedButton")

        self.statusButtons.addWidget(self.verifiedButton)

        self.removedButton = QPushButton(self.statusBox)
        self.removedButton.setObjectName(u"removedButton")

        self.statusButtons.addWidget(self.removedButton)

        self.rejectedButton = QPushButton(self.statusBox)
        self.rejectedButton.setObjectName(u"rejectedButton")

        self.statusButtons.addWidget(self.rejectedButton)


        self.statusBoxLayout.addLayout(self.statusButtons)


        self.formPanelLayout.addWidget(self.statusBox)

        self.photosBox = QGroupBox(self.formPanel)
        self.photosBox.setObjectName(u"photosBox")
        self.photosBoxLayout = QVBoxLayout(self.photosBox)
        self.photosBoxLayout.setSpacing(6)
        self.photosBoxLayout.setObjectName(u"photosBoxLayout")
        self.beforeRow = QHBoxLayout()
        self.beforeRow.setSpacing(6)
        self.beforeRow.setObjectName(u"beforeRow")
        self.beforeSide = QVBoxLayout()
        self.beforeSide.setSpacing(4)
        self.beforeSide.setObjectName(u"beforeSide")
        self.beforeLabel = QLabel(self.photosBox)
        self.beforeLabel.setObjectName(u"beforeLabel")

        self.beforeSide.addWidget(self.beforeLabel)

        self.addBeforeButton = QPushButton(self.photosBox)
        self.addBeforeButton.setObjectName(u"addBeforeButton")

        self.beforeSide.addWidget(self.addBeforeButton)

        self.removeBeforeButton = QPushButton(self.photosBox)
        self.removeBeforeButton.setObjectName(u"removeBeforeButton")

        self.beforeSide.addWidget(self.removeBeforeButton)

        self.beforeSideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.beforeSide.addItem(self.beforeSideSpacer)


        self.beforeRow.addLayout(self.beforeSide)

        self.beforeList = QListWidget(self.photosBox)
        self.beforeList.setObjectName(u"beforeList")
        self.beforeList.setMinimumSize(QSize(0, 80))
        self.beforeList.setMaximumSize(QSize(16777215, 80))
        self.beforeList.setProperty("verticalScrollBarPolicy", 1)  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.beforeList.setViewMode(QListView.ViewMode.IconMode)
        self.beforeList.setFlow(QListView.Flow.LeftToRight)
        self.beforeList.setProperty(u"isWrapping", False)
        self.beforeList.setIconSize(QSize(72, 54))
        self.beforeList.setMovement(QListView.Movement.Static)
        self.beforeList.setSpacing(4)

        self.beforeRow.addWidget(self.beforeList)


        self.photosBoxLayout.addLayout(self.beforeRow)

        self.afterRow = QHBoxLayout()
        self.afterRow.setSpacing(6)
        self.afterRow.setObjectName(u"afterRow")
        self.afterSide = QVBoxLayout()
        self.afterSide.setSpacing(4)
        self.afterSide.setObjectName(u"afterSide")
        self.afterLabel = QLabel(self.photosBox)
        self.afterLabel.setObjectName(u"afterLabel")

        self.afterSide.addWidget(self.afterLabel)

        self.addAfterButton = QPushButton(self.photosBox)
        self.addAfterButton.setObjectName(u"addAfterButton")

        self.afterSide.addWidget(self.addAfterButton)

        self.removeAfterButton = QPushButton(self.photosBox)
        self.removeAfterButton.setObjectName(u"removeAfterButton")

        self.afterSide.addWidget(self.removeAfterButton)

        self.afterSideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.afterSide.addItem(self.afterSideSpacer)


        self.afterRow.addLayout(self.afterSide)

        self.afterList = QListWidget(self.photosBox)
        self.afterList.setObjectName(u"afterList")
        self.afterList.setMinimumSize(QSize(0, 80))
        self.afterList.setMaximumSize(QSize(16777215, 80))
        self.afterList.setProperty("verticalScrollBarPolicy", 1)  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.afterList.setViewMode(QListView.ViewMode.IconMode)
        self.afterList.setFlow(QListView.Flow.LeftToRight)
        self.afterList.setProperty(u"isWrapping", False)
        self.afterList.setIconSize(QSize(72, 54))
        self.afterList.setMovement(QListView.Movement.Static)
        self.afterList.setSpacing(4)

        self.afterRow.addWidget(self.afterList)


        self.photosBoxLayout.addLayout(self.afterRow)

        self.photoHintRow = QHBoxLayout()
        self.photoHintRow.setSpacing(6)
        self.photoHintRow.setObjectName(u"photoHintRow")
        self.photoHint = QLabel(self.photosBox)
        self.photoHint.setObjectName(u"photoHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.photoHint.sizePolicy().hasHeightForWidth())
        self.photoHint.setSizePolicy(sizePolicy)
        self.photoHint.setText(u"")
        self.photoHint.setWordWrap(True)

        self.photoHintRow.addWidget(self.photoHint)

        self.captionButton = QPushButton(self.photosBox)
        self.captionButton.setObjectName(u"captionButton")

        self.photoHintRow.addWidget(self.captionButton)


        self.photosBoxLayout.addLayout(self.photoHintRow)


        self.formPanelLayout.addWidget(self.photosBox)

        self.formBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPanelLayout.addItem(self.formBottomSpacer)

        self.formScroll.setWidget(self.formPanel)
        self.splitter.addWidget(self.formScroll)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.kindLabel.setBuddy(self.kindCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.coordinatesLabel.setBuddy(self.coordinatesEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.reporterLabel.setBuddy(self.reporterEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.handlerLabel.setBuddy(self.handlerCombo)
        self.beforeLabel.setBuddy(self.beforeList)
        self.afterLabel.setBuddy(self.afterList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.coordinatesEdit)
        QWidget.setTabOrder(self.coordinatesEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.reporterEdit)
        QWidget.setTabOrder(self.reporterEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.handlerCombo)
        QWidget.setTabOrder(self.handlerCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.verifiedButton)
        QWidget.setTabOrder(self.verifiedButton, self.removedButton)
        QWidget.setTabOrder(self.removedButton, self.rejectedButton)
        QWidget.setTabOrder(self.rejectedButton, self.addBeforeButton)
        QWidget.setTabOrder(self.addBeforeButton, self.removeBeforeButton)
        QWidget.setTabOrder(self.removeBeforeButton, self.beforeList)
        QWidget.setTabOrder(self.beforeList, self.addAfterButton)
        QWidget.setTabOrder(self.addAfterButton, self.removeAfterButton)
        QWidget.setTabOrder(self.removeAfterButton, self.afterList)
        QWidget.setTabOrder(self.afterList, self.captionButton)
        QWidget.setTabOrder(self.captionButton, self.tableView)
        QWidget.setTabOrder(self.tableView, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.kindFilter)

        self.retranslateUi(SignalsPage)
    # setupUi

    def retranslateUi(self, SignalsPage):
        self.titleLabel.setText(QCoreApplication.translate("SignalsPage", u"\u0421\u0438\u0433\u043d\u0430\u043b\u044b", None))
        self.fromPhotosButton.setText(QCoreApplication.translate("SignalsPage", u"\u0418\u0437 \u0444\u043e\u0442\u043e\u2026", None))
#if QT_CONFIG(tooltip)
        self.fromPhotosButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0421\u0438\u0433\u043d\u0430\u043b\u044b \u0438\u0437 \u0444\u043e\u0442\u043e \u0436\u0438\u0442\u0435\u043b\u0435\u0439 \u0438\u043b\u0438 \u0438\u0437 \u0432\u044b\u0433\u0440\u0443\u0437\u043a\u0438 \u0447\u0430\u0442\u0430 Telegram \u0438\u043b\u0438 WhatsApp (\u0438\u0445 \u043c\u043e\u0436\u043d\u043e \u0438 \u043f\u0435\u0440\u0435\u0442\u0430\u0449\u0438\u0442\u044c \u043d\u0430 \u0441\u043f\u0438\u0441\u043e\u043a)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("SignalsPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041f\u0435\u0440\u0435\u0447\u0438\u0442\u0430\u0442\u044c \u0441\u043f\u0438\u0441\u043e\u043a \u0441\u0438\u0433\u043d\u0430\u043b\u043e\u0432 (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u0438\u0441\u043a: \u0430\u0434\u0440\u0435\u0441, \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u0435, \u0432\u0438\u0434", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e \u0442\u043e, \u0433\u0434\u0435 \u0435\u0441\u0442\u044c \u044d\u0442\u043e\u0442 \u0442\u0435\u043a\u0441\u0442: \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435, \u043d\u0430\u0441\u0435\u043b\u0451\u043d\u043d\u044b\u0439 \u043f\u0443\u043d\u043a\u0442 \u0438\u043b\u0438 \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u0435 (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.statusFilterLabel.setText(QCoreApplication.translate("SignalsPage", u"\u0421\u0442\u0430\u0442\u0443\u0441:", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("SignalsPage", u"\u0412\u0438\u0434:", None))
        self.formTitle.setText(QCoreApplication.translate("SignalsPage", u"\u041d\u043e\u0432\u044b\u0439 \u0441\u0438\u0433\u043d\u0430\u043b", None))
        self.kindLabel.setText(QCoreApplication.translate("SignalsPage", u"\u0412\u0438\u0434 \u0441\u0438\u0433\u043d\u0430\u043b\u0430", None))
        self.descriptionLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("SignalsPage", u"\u0427\u0442\u043e \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u0438: \u043d\u0430\u0434\u043f\u0438\u0441\u044c, \u043c\u0435\u0441\u0442\u043e, \u043f\u0440\u0438\u043c\u0435\u0442\u044b", None))
        self.addressLabel.setText(QCoreApplication.translate("SignalsPage", u"\u0410\u0434\u0440\u0435\u0441", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SignalsPage", u"\u0423\u043b\u0438\u0446\u0430, \u0434\u043e\u043c \u0438\u043b\u0438 \u043e\u0440\u0438\u0435\u043d\u0442\u0438\u0440", None))
        self.coordinatesLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u044b", None))
        self.coordinatesEdit.setPlaceholderText(QCoreApplication.translate("SignalsPage", u"54.8730, 69.1500 \u0438\u043b\u0438 \u0441\u0441\u044b\u043b\u043a\u0430 \u043d\u0430 \u043a\u0430\u0440\u0442\u0443", None))
#if QT_CONFIG(tooltip)
        self.coordinatesEdit.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0428\u0438\u0440\u043e\u0442\u0430 \u0438 \u0434\u043e\u043b\u0433\u043e\u0442\u0430 \u0438\u0437 \u043c\u0435\u0441\u0441\u0435\u043d\u0434\u0436\u0435\u0440\u0430 \u0438\u043b\u0438 \u0441\u0441\u044b\u043b\u043a\u0430 Google, \u042f\u043d\u0434\u0435\u043a\u0441, 2\u0413\u0418\u0421, OpenStreetMap", None))
#endif // QT_CONFIG(tooltip)
        self.channelLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041a\u0430\u043d\u0430\u043b", None))
        self.reporterLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041a\u0442\u043e \u0441\u043e\u043e\u0431\u0449\u0438\u043b", None))
        self.reporterEdit.setPlaceholderText(QCoreApplication.translate("SignalsPage", u"\u041f\u0443\u0441\u0442\u043e \u2014 \u0430\u043d\u043e\u043d\u0438\u043c\u043d\u043e", None))
        self.receivedLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u043b\u0443\u0447\u0435\u043d", None))
#if QT_CONFIG(tooltip)
        self.receivedEdit.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041a\u043e\u0433\u0434\u0430 \u043f\u0440\u0438\u0448\u0451\u043b \u0441\u0438\u0433\u043d\u0430\u043b: \u0434\u043b\u044f \u043d\u043e\u0432\u043e\u0433\u043e \u2014 \u0441\u0435\u0439\u0447\u0430\u0441, \u0435\u0441\u043b\u0438 \u043d\u0435 \u0438\u0441\u043f\u0440\u0430\u0432\u0438\u0442\u044c; \u043d\u0435 \u043f\u043e\u0437\u0436\u0435 \u0442\u0435\u043a\u0443\u0449\u0435\u0433\u043e \u0432\u0440\u0435\u043c\u0435\u043d\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.handlerLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442", None))
#if QT_CONFIG(tooltip)
        self.handlerCombo.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041a\u0442\u043e \u0438\u0437 \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442 \u0441\u0438\u0433\u043d\u0430\u043b \u043d\u0430 \u043c\u0435\u0441\u0442\u0435 (\u043c\u043e\u0436\u043d\u043e \u043d\u0435 \u0443\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SignalsPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0441\u0438\u0433\u043d\u0430\u043b (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("SignalsPage", u"\u041d\u043e\u0432\u044b\u0439", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041e\u0447\u0438\u0441\u0442\u0438\u0442\u044c \u0444\u043e\u0440\u043c\u0443 \u0434\u043b\u044f \u043d\u043e\u0432\u043e\u0433\u043e \u0441\u0438\u0433\u043d\u0430\u043b\u0430 (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("SignalsPage", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041a\u0442\u043e \u0438 \u043a\u043e\u0433\u0434\u0430 \u043c\u0435\u043d\u044f\u043b \u044d\u0442\u043e\u0442 \u0441\u0438\u0433\u043d\u0430\u043b (Ctrl+H)", None))
#endif // QT_CONFIG(tooltip)
        self.mapButton.setText(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u043d\u0430 \u043a\u0430\u0440\u0442\u0435", None))
#if QT_CONFIG(tooltip)
        self.mapButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043a\u0430\u0440\u0442\u0443 \u0441 \u044d\u0442\u0438\u043c \u0441\u0438\u0433\u043d\u0430\u043b\u043e\u043c \u0432 \u0446\u0435\u043d\u0442\u0440\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.statusBox.setTitle(QCoreApplication.translate("SignalsPage", u"\u041f\u0440\u043e\u0432\u0435\u0440\u043a\u0430", None))
        self.verifiedButton.setText(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u043b\u0441\u044f", None))
#if QT_CONFIG(tooltip)
        self.verifiedButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041d\u0430 \u043c\u0435\u0441\u0442\u0435 \u043f\u0440\u043e\u0432\u0435\u0440\u0438\u043b\u0438: \u0441\u0438\u0433\u043d\u0430\u043b \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u043b\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.removedButton.setText(QCoreApplication.translate("SignalsPage", u"\u0423\u0441\u0442\u0440\u0430\u043d\u0451\u043d", None))
#if QT_CONFIG(tooltip)
        self.removedButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041d\u0430\u0434\u043f\u0438\u0441\u044c \u0437\u0430\u043a\u0440\u0430\u0448\u0435\u043d\u0430, \u043d\u0430\u0440\u0443\u0448\u0435\u043d\u0438\u0435 \u0443\u0441\u0442\u0440\u0430\u043d\u0435\u043d\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.rejectedButton.setText(QCoreApplication.translate("SignalsPage", u"\u041d\u0435 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u043b\u0441\u044f", None))
#if QT_CONFIG(tooltip)
        self.rejectedButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u041d\u0430 \u043c\u0435\u0441\u0442\u0435 \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435 \u043d\u0430\u0448\u043b\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.photosBox.setTitle(QCoreApplication.translate("SignalsPage", u"\u0424\u043e\u0442\u043e \u0434\u043e \u0438 \u043f\u043e\u0441\u043b\u0435", None))
        self.beforeLabel.setText(QCoreApplication.translate("SignalsPage", u"\u0414\u043e", None))
        self.addBeforeButton.setText(QCoreApplication.translate("SignalsPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addBeforeButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0424\u043e\u0442\u043e \u043c\u0435\u0441\u0442\u0430 \u0434\u043e \u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0438: \u0444\u0430\u0439\u043b\u044b \u0441 \u0434\u0438\u0441\u043a\u0430 (\u0438\u0445 \u043c\u043e\u0436\u043d\u043e \u0438 \u043f\u0435\u0440\u0435\u0442\u0430\u0449\u0438\u0442\u044c \u043d\u0430 \u043f\u043e\u043b\u043e\u0441\u0443)", None))
#endif // QT_CONFIG(tooltip)
        self.removeBeforeButton.setText(QCoreApplication.translate("SignalsPage", u"\u0423\u0431\u0440\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.removeBeforeButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0423\u0431\u0440\u0430\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0435 \u0444\u043e\u0442\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.afterLabel.setText(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u0441\u043b\u0435", None))
        self.addAfterButton.setText(QCoreApplication.translate("SignalsPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.addAfterButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0424\u043e\u0442\u043e \u043c\u0435\u0441\u0442\u0430 \u043f\u043e\u0441\u043b\u0435: \u0437\u0430\u043a\u0440\u0430\u0448\u0435\u043d\u043e, \u0443\u0431\u0440\u0430\u043d\u043e (\u0444\u0430\u0439\u043b\u044b \u043c\u043e\u0436\u043d\u043e \u0438 \u043f\u0435\u0440\u0435\u0442\u0430\u0449\u0438\u0442\u044c \u043d\u0430 \u043f\u043e\u043b\u043e\u0441\u0443)", None))
#endif // QT_CONFIG(tooltip)
        self.removeAfterButton.setText(QCoreApplication.translate("SignalsPage", u"\u0423\u0431\u0440\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.removeAfterButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0423\u0431\u0440\u0430\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0435 \u0444\u043e\u0442\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.captionButton.setText(QCoreApplication.translate("SignalsPage", u"\u041f\u043e\u0434\u043f\u0438\u0441\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.captionButton.setToolTip(QCoreApplication.translate("SignalsPage", u"\u0418\u0441\u043f\u0440\u0430\u0432\u0438\u0442\u044c \u043f\u043e\u0434\u043f\u0438\u0441\u044c \u0438 \u0430\u0432\u0442\u043e\u0440\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0444\u043e\u0442\u043e (\u0438\u043b\u0438 \u0434\u0432\u0430\u0436\u0434\u044b \u0449\u0451\u043b\u043a\u043d\u0438\u0442\u0435 \u043f\u043e \u043d\u0435\u043c\u0443)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

