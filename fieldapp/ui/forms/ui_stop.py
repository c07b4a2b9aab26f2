# GENERATED from forms/stop.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stop.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_StopPage(object):
    def setupUi(self, StopPage):
        if not StopPage.objectName():
            StopPage.setObjectName(u"StopPage")
        StopPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(StopPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(StopPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.stopLabel = QLabel(StopPage)
        self.stopLabel.setObjectName(u"stopLabel")

        self.headerLayout.addWidget(self.stopLabel)

        self.stopCombo = QComboBox(StopPage)
        self.stopCombo.setObjectName(u"stopCombo")
        self.stopCombo.setMinimumSize(QSize(360, 0))
        self.stopCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.stopCombo)


        self.pageLayout.addLayout(self.headerLayout)

        self.infoLayout = QHBoxLayout()
        self.infoLayout.setObjectName(u"infoLayout")
        self.stopInfo = QLabel(StopPage)
        self.stopInfo.setObjectName(u"stopInfo")
        self.stopInfo.setText(u"")
        self.stopInfo.setWordWrap(True)

        self.infoLayout.addWidget(self.stopInfo)

        self.historyButton = QPushButton(StopPage)
        self.historyButton.setObjectName(u"historyButton")

        self.infoLayout.addWidget(self.historyButton)

        self.mapButton = QPushButton(StopPage)
        self.mapButton.setObjectName(u"mapButton")

        self.infoLayout.addWidget(self.mapButton)

        self.infoLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.infoLayout)

        self.contentStack = QStackedWidget(StopPage)
        self.contentStack.setObjectName(u"contentStack")
        self.stopPage = QWidget()
        self.stopPage.setObjectName(u"stopPage")
        self.stopGrid = QGridLayout(self.stopPage)
        self.stopGrid.setSpacing(10)
        self.stopGrid.setObjectName(u"stopGrid")
        self.headcountBox = QGroupBox(self.stopPage)
        self.headcountBox.setObjectName(u"headcountBox")
        self.headcountGrid = QGridLayout(self.headcountBox)
        self.headcountGrid.setSpacing(6)
        self.headcountGrid.setObjectName(u"headcountGrid")
        self.headcountLabel = QLabel(self.headcountBox)
        self.headcountLabel.setObjectName(u"headcountLabel")
        self.headcountLabel.setWordWrap(True)

        self.headcountGrid.addWidget(self.headcountLabel, 0, 0, 1, 1)

        self.headcountSpin = QSpinBox(self.headcountBox)
        self.headcountSpin.setObjectName(u"headcountSpin")
        self.headcountSpin.setMaximum(1000000)
        self.headcountSpin.setMinimumSize(QSize(110, 0))
        self.headcountSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

        self.headcountGrid.addWidget(self.headcountSpin, 0, 1, 1, 1)

        self.approximateCheck = QCheckBox(self.headcountBox)
        self.approximateCheck.setObjectName(u"approximateCheck")

        self.headcountGrid.addWidget(self.approximateCheck, 1, 0, 1, 1)

        self.headcountButton = QPushButton(self.headcountBox)
        self.headcountButton.setObjectName(u"headcountButton")

        self.headcountGrid.addWidget(self.headcountButton, 1, 1, 1, 1)

        self.headcountInfo = QLabel(self.headcountBox)
        self.headcountInfo.setObjectName(u"headcountInfo")
        self.headcountInfo.setText(u"")
        self.headcountInfo.setWordWrap(True)

        self.headcountGrid.addWidget(self.headcountInfo, 2, 0, 1, 2)


        self.stopGrid.addWidget(self.headcountBox, 0, 0, 1, 1)

        self.orgBox = QGroupBox(self.stopPage)
        self.orgBox.setObjectName(u"orgBox")
        self.orgLayout = QVBoxLayout(self.orgBox)
        self.orgLayout.setSpacing(6)
        self.orgLayout.setObjectName(u"orgLayout")
        self.orgList = QListWidget(self.orgBox)
        self.orgList.setObjectName(u"orgList")

        self.orgLayout.addWidget(self.orgList)

        self.orgRow = QHBoxLayout()
        self.orgRow.setSpacing(6)
        self.orgRow.setObjectName(u"orgRow")
        self.orgCombo = QComboBox(self.orgBox)
        self.orgCombo.setObjectName(u"orgCombo")
        self.orgCombo.setMinimumSize(QSize(200, 0))
        self.orgCombo.setEditable(True)
        self.orgCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.orgRow.addWidget(self.orgCombo)

        self.addOrgButton = QPushButton(self.orgBox)
        self.addOrgButton.setObjectName(u"addOrgButton")

        self.orgRow.addWidget(self.addOrgButton)

        self.removeOrgButton = QPushButton(self.orgBox)
        self.removeOrgButton.setObjectName(u"removeOrgButton")

        self.orgRow.addWidget(self.removeOrgButton)


        self.orgLayout.addLayout(self.orgRow)


        self.stopGrid.addWidget(self.orgBox, 1, 0, 1, 1)

        self.activitiesBox = QGroupBox(self.stopPage)
        self.activitiesBox.setObjectName(u"activitiesBox")
        self.activitiesLayout = QVBoxLayout(self.activitiesBox)
        self.activitiesLayout.setSpacing(6)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.activityView = QTableView(self.activitiesBox)
        self.activityView.setObjectName(u"activityView")
        self.activityView.setMinimumSize(QSize(0, 130))
        self.activityView.setAlternatingRowColors(True)
        self.activityView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.activitiesLayout.addWidget(self.activityView)

        self.activityForm = QGridLayout()
        self.activityForm.setSpacing(6)
        self.activityForm.setObjectName(u"activityForm")
        self.activityTypeLabel = QLabel(self.activitiesBox)
        self.activityTypeLabel.setObjectName(u"activityTypeLabel")

        self.activityForm.addWidget(self.activityTypeLabel, 0, 0, 1, 1)

        self.activityTypeCombo = QComboBox(self.activitiesBox)
        self.activityTypeCombo.setObjectName(u"activityTypeCombo")
        self.activityTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activityTypeCombo.setMinimumContentsLength(8)

        self.activityForm.addWidget(self.activityTypeCombo, 0, 1, 1, 1)

        self.audienceLabel = QLabel(self.activitiesBox)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.activityForm.addWidget(self.audienceLabel, 0, 2, 1, 1)

        self.audienceCombo = QComboBox(self.activitiesBox)
        self.audienceCombo.setObjectName(u"audienceCombo")
        self.audienceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.audienceCombo.setMinimumContentsLength(8)

        self.activityForm.addWidget(self.audienceCombo, 0, 3, 1, 1)

        self.activityTitleLabel = QLabel(self.activitiesBox)
        self.activityTitleLabel.setObjectName(u"activityTitleLabel")

        self.activityForm.addWidget(self.activityTitleLabel, 1, 0, 1, 1)

        self.activityTitleEdit = QLineEdit(self.activitiesBox)
        self.activityTitleEdit.setObjectName(u"activityTitleEdit")

        self.activityForm.addWidget(self.activityTitleEdit, 1, 1, 1, 3)

        self.participantsLabel = QLabel(self.activitiesBox)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.activityForm.addWidget(self.participantsLabel, 2, 0, 1, 1)

        self.participantsSpin = QSpinBox(self.activitiesBox)
        self.participantsSpin.setObjectName(u"participantsSpin")
        self.participantsSpin.setMaximum(1000000)
        self.participantsSpin.setMinimumSize(QSize(110, 0))
        self.participantsSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

        self.activityForm.addWidget(self.participantsSpin, 2, 1, 1, 1)

        self.handoutsLabel = QLabel(self.activitiesBox)
        self.handoutsLabel.setObjectName(u"handoutsLabel")

        self.activityForm.addWidget(self.handoutsLabel, 2, 2, 1, 1)

        self.handoutsSpin = QSpinBox(self.activitiesBox)
        self.handoutsSpin.setObjectName(u"handoutsSpin")
        self.handoutsSpin.setMaximum(1000000)
        self.handoutsSpin.setMinimumSize(QSize(110, 0))
        self.handoutsSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

        self.activityForm.addWidget(self.handoutsSpin, 2, 3, 1, 1)

        self.publicationsLabel = QLabel(self.activitiesBox)
        self.publicationsLabel.setObjectName(u"publicationsLabel")

        self.activityForm.addWidget(self.publicationsLabel, 3, 0, 1, 1)

        self.publicationsSpin = QSpinBox(self.activitiesBox)
        self.publicationsSpin.setObjectName(u"publicationsSpin")
        self.publicationsSpin.setMaximum(1000000)
        self.publicationsSpin.setMinimumSize(QSize(110, 0))
        self.publicationsSpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

        self.activityForm.addWidget(self.publicationsSpin, 3, 1, 1, 1)

        self.descriptionLabel = QLabel(self.activitiesBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.activityForm.addWidget(self.descriptionLabel, 4, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.activitiesBox)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 64))

        self.activityForm.addWidget(self.descriptionEdit, 4, 1, 1, 3)

        self.activityButtons = QHBoxLayout()
        self.activityButtons.setSpacing(6)
        self.activityButtons.setObjectName(u"activityButtons")
        self.activitySpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activityButtons.addItem(self.activitySpacer)

        self.activityMode = QLabel(self.activitiesBox)
        self.activityMode.setObjectName(u"activityMode")
        self.activityMode.setText(u"")

        self.activityButtons.addWidget(self.activityMode)

        self.newActivityButton = QPushButton(self.activitiesBox)
        self.newActivityButton.setObjectName(u"newActivityButton")

        self.activityButtons.addWidget(self.newActivityButton)

        self.addActivityButton = QPushButton(self.activitiesBox)
        self.addActivityButton.setObjectName(u"addActivityButton")

        self.activityButtons.addWidget(self.addActivityButton)

        self.removeActivityButton = QPushButton(self.activitiesBox)
        self.removeActivityButton.setObjectName(u"removeActivityButton")

        self.activityButtons.addWidget(self.removeActivityButton)


        self.activityForm.addLayout(self.activityButtons, 5, 0, 1, 4)

        self.activityForm.setColumnStretch(1, 1)
        self.activityForm.setColumnStretch(3, 1)

        self.activitiesLayout.addLayout(self.activityForm)


        self.stopGrid.addWidget(self.activitiesBox, 0, 1, 2, 1)

        self.photosBox = QGroupBox(self.stopPage)
        self.photosBox.setObjectName(u"photosBox")
        self.photosLayout = QVBoxLayout(self.photosBox)
        self.photosLayout.setSpacing(6)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photoList = QListWidget(self.photosBox)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setViewMode(QListView.ViewMode.IconMode)
        self.photoList.setResizeMode(QListView.ResizeMode.Adjust)
        self.photoList.setIconSize(QSize(120, 90))
        self.photoList.setWordWrap(True)
        self.photoList.setMovement(QListView.Movement.Static)
        self.photoList.setSpacing(6)

        self.photosLayout.addWidget(self.photoList)

        self.photoHint = QLabel(self.photosBox)
        self.photoHint.setObjectName(u"photoHint")
        self.photoHint.setWordWrap(True)

        self.photosLayout.addWidget(self.photoHint)

        self.photoRow = QHBoxLayout()
        self.photoRow.setSpacing(6)
        self.photoRow.setObjectName(u"photoRow")
        self.captionEdit = QLineEdit(self.photosBox)
        self.captionEdit.setObjectName(u"captionEdit")

        self.photoRow.addWidget(self.captionEdit)

        self.creditEdit = QLineEdit(self.photosBox)
        self.creditEdit.setObjectName(u"creditEdit")

        self.photoRow.addWidget(self.creditEdit)


        self.photosLayout.addLayout(self.photoRow)

        self.photoButtons = QHBoxLayout()
        self.photoButtons.setSpacing(6)
        self.photoButtons.setObjectName(u"photoButtons")
        self.photoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoButtons.addItem(self.photoSpacer)

        self.addPhotoButton = QPushButton(self.photosBox)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photoButtons.addWidget(self.addPhotoButton)

        self.removePhotoButton = QPushButton(self.photosBox)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoButtons.addWidget(self.removePhotoButton)


        self.photosLayout.addLayout(self.photoButtons)


        self.stopGrid.addWidget(self.photosBox, 2, 0, 1, 2)

        self.contentStack.addWidget(self.stopPage)
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
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)
        self.emptyText.setMinimumSize(QSize(560, 0))
        self.emptyText.setMaximumSize(QSize(640, 16777215))

        self.emptyTextRow.addWidget(self.emptyText)

        self.emptyTextRight = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextRight)


        self.emptyLayout.addLayout(self.emptyTextRow)

        self.emptyBottomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.contentStack)

#if QT_CONFIG(shortcut)
        self.stopLabel.setBuddy(self.stopCombo)
        self.headcountLabel.setBuddy(self.headcountSpin)
        self.activityTypeLabel.setBuddy(self.activityTypeCombo)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.activityTitleLabel.setBuddy(self.activityTitleEdit)
        self.participantsLabel.setBuddy(self.participantsSpin)
        self.handoutsLabel.setBuddy(self.handoutsSpin)
        self.publicationsLabel.setBuddy(self.publicationsSpin)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stopCombo, self.headcountSpin)
        QWidget.setTabOrder(self.headcountSpin, self.approximateCheck)
        QWidget.setTabOrder(self.approximateCheck, self.headcountButton)
        QWidget.setTabOrder(self.headcountButton, self.activityView)
        QWidget.setTabOrder(self.activityView, self.activityTypeCombo)
        QWidget.setTabOrder(self.activityTypeCombo, self.audienceCombo)
        QWidget.setTabOrder(self.audienceCombo, self.activityTitleEdit)
        QWidget.setTabOrder(self.activityTitleEdit, self.participantsSpin)
        QWidget.setTabOrder(self.participantsSpin, self.handoutsSpin)
        QWidget.setTabOrder(self.handoutsSpin, self.publicationsSpin)
        QWidget.setTabOrder(self.publicationsSpin, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.newActivityButton)
        QWidget.setTabOrder(self.newActivityButton, self.addActivityButton)
        QWidget.setTabOrder(self.addActivityButton, self.removeActivityButton)
        QWidget.setTabOrder(self.removeActivityButton, self.orgList)
        QWidget.setTabOrder(self.orgList, self.orgCombo)
        QWidget.setTabOrder(self.orgCombo, self.addOrgButton)
        QWidget.setTabOrder(self.addOrgButton, self.removeOrgButton)
        QWidget.setTabOrder(self.removeOrgButton, self.photoList)
        QWidget.setTabOrder(self.photoList, self.captionEdit)
        QWidget.setTabOrder(self.captionEdit, self.creditEdit)
        QWidget.setTabOrder(self.creditEdit, self.addPhotoButton)
        QWidget.setTabOrder(self.addPhotoButton, self.removePhotoButton)

        self.retranslateUi(StopPage)
    # setupUi

    def retranslateUi(self, StopPage):
        self.titleLabel.setText(QCoreApplication.translate("StopPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430", None))
        self.stopLabel.setText(QCoreApplication.translate("StopPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430:", None))
        self.historyButton.setText(QCoreApplication.translate("StopPage", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("StopPage", u"\u041a\u0442\u043e \u0438 \u043a\u043e\u0433\u0434\u0430 \u043c\u0435\u043d\u044f\u043b \u044d\u0442\u0443 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0443 (Ctrl+H)", None))
#endif // QT_CONFIG(tooltip)
        self.mapButton.setText(QCoreApplication.translate("StopPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u043d\u0430 \u043a\u0430\u0440\u0442\u0435", None))
#if QT_CONFIG(tooltip)
        self.mapButton.setToolTip(QCoreApplication.translate("StopPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043a\u0430\u0440\u0442\u0443 \u0441 \u044d\u0442\u043e\u0439 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u043e\u0439 \u0432 \u0446\u0435\u043d\u0442\u0440\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.headcountBox.setTitle(QCoreApplication.translate("StopPage", u"\u0421\u043a\u043e\u043b\u044c\u043a\u043e \u0436\u0438\u0442\u0435\u043b\u0435\u0439 \u043f\u0440\u0438\u0448\u043b\u043e", None))
        self.headcountLabel.setText(QCoreApplication.translate("StopPage", u"\u041f\u0440\u0438\u0448\u043b\u043e \u0436\u0438\u0442\u0435\u043b\u0435\u0439 (\u0441 \u044d\u0442\u043e\u0433\u043e \u043d\u043e\u0443\u0442\u0431\u0443\u043a\u0430):", None))
        self.approximateCheck.setText(QCoreApplication.translate("StopPage", u"\u0447\u0438\u0441\u043b\u043e \u043f\u0440\u0438\u043c\u0435\u0440\u043d\u043e\u0435 (\u00ab\u043e\u043a\u043e\u043b\u043e 600\u00bb)", None))
        self.headcountButton.setText(QCoreApplication.translate("StopPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.orgBox.setTitle(QCoreApplication.translate("StopPage", u"\u041e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438-\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0438", None))
        self.addOrgButton.setText(QCoreApplication.translate("StopPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.removeOrgButton.setText(QCoreApplication.translate("StopPage", u"\u0423\u0431\u0440\u0430\u0442\u044c", None))
        self.activitiesBox.setTitle(QCoreApplication.translate("StopPage", u"\u041c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f", None))
        self.activityTypeLabel.setText(QCoreApplication.translate("StopPage", u"\u0412\u0438\u0434", None))
        self.audienceLabel.setText(QCoreApplication.translate("StopPage", u"\u0410\u0443\u0434\u0438\u0442\u043e\u0440\u0438\u044f", None))
        self.activityTitleLabel.setText(QCoreApplication.translate("StopPage", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
        self.activityTitleEdit.setPlaceholderText(QCoreApplication.translate("StopPage", u"\u041d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0432\u0441\u0442\u0440\u0435\u0447\u0430 \u0432 \u0441\u0435\u043b\u044c\u0441\u043a\u043e\u043c \u043a\u043b\u0443\u0431\u0435", None))
        self.participantsLabel.setText(QCoreApplication.translate("StopPage", u"\u0423\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432", None))
        self.handoutsLabel.setText(QCoreApplication.translate("StopPage", u"\u0420\u0430\u0437\u0434\u0430\u0442\u043e\u0447\u043d\u044b\u0445 \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u043e\u0432", None))
#if QT_CONFIG(tooltip)
        self.handoutsSpin.setToolTip(QCoreApplication.translate("StopPage", u"\u0421\u043a\u043e\u043b\u044c\u043a\u043e \u0431\u0443\u043a\u043b\u0435\u0442\u043e\u0432, \u043b\u0438\u0441\u0442\u043e\u0432\u043e\u043a, \u043f\u0430\u043c\u044f\u0442\u043e\u043a \u0440\u043e\u0437\u0434\u0430\u043d\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.publicationsLabel.setText(QCoreApplication.translate("StopPage", u"\u041f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u0439 \u0432 \u0421\u041c\u0418", None))
#if QT_CONFIG(tooltip)
        self.publicationsSpin.setToolTip(QCoreApplication.translate("StopPage", u"\u0421\u043a\u043e\u043b\u044c\u043a\u043e \u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u043e\u0432 \u0432\u044b\u0448\u043b\u043e \u0432 \u0421\u041c\u0418 \u0438 \u0441\u043e\u0446\u0441\u0435\u0442\u044f\u0445", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("StopPage", u"\u041e\u043f\u0438\u0441\u0430\u043d\u0438\u0435", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("StopPage", u"\u0427\u0442\u043e \u0431\u044b\u043b\u043e: \u043a\u0442\u043e \u0432\u044b\u0441\u0442\u0443\u043f\u0430\u043b, \u043e \u0447\u0451\u043c \u0433\u043e\u0432\u043e\u0440\u0438\u043b\u0438, \u0447\u0442\u043e \u0440\u0430\u0437\u0434\u0430\u043b\u0438", None))
        self.newActivityButton.setText(QCoreApplication.translate("StopPage", u"\u041d\u043e\u0432\u043e\u0435", None))
#if QT_CONFIG(tooltip)
        self.newActivityButton.setToolTip(QCoreApplication.translate("StopPage", u"\u041e\u0447\u0438\u0441\u0442\u0438\u0442\u044c \u0444\u043e\u0440\u043c\u0443 \u0434\u043b\u044f \u043d\u043e\u0432\u043e\u0433\u043e \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.addActivityButton.setText(QCoreApplication.translate("StopPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435", None))
        self.removeActivityButton.setText(QCoreApplication.translate("StopPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c\u2026", None))
        self.photosBox.setTitle(QCoreApplication.translate("StopPage", u"\u0424\u043e\u0442\u043e\u0433\u0440\u0430\u0444\u0438\u0438", None))
        self.photoHint.setText(QCoreApplication.translate("StopPage", u"\u041f\u0435\u0440\u0435\u0442\u0430\u0449\u0438\u0442\u0435 \u0444\u043e\u0442\u043e\u0433\u0440\u0430\u0444\u0438\u0438 \u0441\u044e\u0434\u0430 \u0438\u043b\u0438 \u043d\u0430\u0436\u043c\u0438\u0442\u0435 \u00ab\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0444\u043e\u0442\u043e\u2026\u00bb. \u041f\u043e\u0434\u043f\u0438\u0441\u044c \u0438 \u0430\u0432\u0442\u043e\u0440 \u0441\u0442\u0430\u0432\u044f\u0442\u0441\u044f \u043f\u043e\u0434 \u043a\u0430\u0436\u0434\u044b\u043c \u0434\u043e\u0431\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u043c \u0444\u043e\u0442\u043e.", None))
        self.captionEdit.setPlaceholderText(QCoreApplication.translate("StopPage", u"\u041f\u043e\u0434\u043f\u0438\u0441\u044c: \u0447\u0442\u043e \u043d\u0430 \u0444\u043e\u0442\u043e", None))
        self.creditEdit.setPlaceholderText(QCoreApplication.translate("StopPage", u"\u0424\u043e\u0442\u043e: \u0430\u043a\u0438\u043c\u0430\u0442 \u2026", None))
        self.addPhotoButton.setText(QCoreApplication.translate("StopPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0444\u043e\u0442\u043e\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("StopPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0444\u043e\u0442\u043e", None))
        self.emptyTitle.setText(QCoreApplication.translate("StopPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043e\u043a \u043f\u043e\u043a\u0430 \u043d\u0435\u0442", None))
        self.emptyText.setText(QCoreApplication.translate("StopPage", u"\u0421\u043e\u0437\u0434\u0430\u0439\u0442\u0435 \u0432\u044b\u0435\u0437\u0434 \u0438 \u0435\u0433\u043e \u043c\u0430\u0440\u0448\u0440\u0443\u0442 \u043d\u0430 \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0435 \u00ab\u0412\u044b\u0435\u0437\u0434\u044b\u00bb (Ctrl+N \u2014 \u043d\u043e\u0432\u044b\u0439 \u0432\u044b\u0435\u0437\u0434, Insert \u2014 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430). \u0417\u0434\u0435\u0441\u044c \u043f\u043e\u0442\u043e\u043c \u043e\u0442\u043c\u0435\u0447\u0430\u044e\u0442, \u0441\u043a\u043e\u043b\u044c\u043a\u043e \u0436\u0438\u0442\u0435\u043b\u0435\u0439 \u043f\u0440\u0438\u0448\u043b\u043e, \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0435 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f, \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438-\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0438 \u0438 \u0444\u043e\u0442\u043e\u0433\u0440\u0430\u0444\u0438\u0438.", None))
        pass
    # retranslateUi

