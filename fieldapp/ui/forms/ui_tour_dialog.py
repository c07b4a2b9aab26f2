# GENERATED from forms/tour_dialog.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tour_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_TourDialog(object):
    def setupUi(self, TourDialog):
        if not TourDialog.objectName():
            TourDialog.setObjectName(u"TourDialog")
        TourDialog.resize(600, 460)
        TourDialog.setMinimumSize(QSize(620, 420))
        self.dialogLayout = QVBoxLayout(TourDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.campaignLabel = QLabel(TourDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(TourDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.tourTitleLabel = QLabel(TourDialog)
        self.tourTitleLabel.setObjectName(u"tourTitleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tourTitleLabel)

        self.titleEdit = QLineEdit(TourDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.periodLabel = QLabel(TourDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startEdit = QDateEdit(TourDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.startEdit)

        self.dashLabel = QLabel(TourDialog)
        self.dashLabel.setObjectName(u"dashLabel")
        self.dashLabel.setText(u"\u2013")

        self.periodLayout.addWidget(self.dashLabel)

        self.endEdit = QDateEdit(TourDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)
        self.endEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.endEdit)

        self.periodSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.groupsLabel = QLabel(TourDialog)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.groupsLabel)

        self.groupList = QListWidget(TourDialog)
        self.groupList.setObjectName(u"groupList")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.groupList)

        self.groupsHint = QLabel(TourDialog)
        self.groupsHint.setObjectName(u"groupsHint")
        self.groupsHint.setText(u"")
        self.groupsHint.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.groupsHint)

        self.notesLabel = QLabel(TourDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TourDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(TourDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.tourTitleLabel.setBuddy(self.titleEdit)
        self.periodLabel.setBuddy(self.startEdit)
        self.groupsLabel.setBuddy(self.groupList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.groupList)
        QWidget.setTabOrder(self.groupList, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(TourDialog)
    # setupUi

    def retranslateUi(self, TourDialog):
        TourDialog.setWindowTitle(QCoreApplication.translate("TourDialog", u"\u0412\u044b\u0435\u0437\u0434", None))
        self.campaignLabel.setText(QCoreApplication.translate("TourDialog", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
        self.tourTitleLabel.setText(QCoreApplication.translate("TourDialog", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TourDialog", u"\u041d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0416\u0430\u043c\u0431\u044b\u043b\u0441\u043a\u0438\u0439 \u0440\u0430\u0439\u043e\u043d, \u043c\u0430\u0440\u0442", None))
        self.periodLabel.setText(QCoreApplication.translate("TourDialog", u"\u041f\u0435\u0440\u0438\u043e\u0434:", None))
        self.groupsLabel.setText(QCoreApplication.translate("TourDialog", u"\u0420\u0430\u0431\u043e\u0447\u0438\u0435 \u0433\u0440\u0443\u043f\u043f\u044b:", None))
#if QT_CONFIG(tooltip)
        self.groupList.setToolTip(QCoreApplication.translate("TourDialog", u"\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u0433\u0440\u0443\u043f\u043f\u044b, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u0435\u0434\u0443\u0442 (\u043f\u0440\u043e\u0431\u0435\u043b \u0441\u0442\u0430\u0432\u0438\u0442 \u0438 \u0441\u043d\u0438\u043c\u0430\u0435\u0442 \u043e\u0442\u043c\u0435\u0442\u043a\u0443)", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("TourDialog", u"\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435:", None))
    # retranslateUi

