# GENERATED from forms/settings.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 240)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.languageTitle = QLabel(SettingsDialog)
        self.languageTitle.setObjectName(u"languageTitle")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageTitle)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.folderTitle = QLabel(SettingsDialog)
        self.folderTitle.setObjectName(u"folderTitle")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folderTitle)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(SettingsDialog)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)

        self.folderLayout.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(SettingsDialog)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderLayout.addWidget(self.chooseFolderButton)

        self.resetFolderButton = QPushButton(SettingsDialog)
        self.resetFolderButton.setObjectName(u"resetFolderButton")

        self.folderLayout.addWidget(self.resetFolderButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.accountTitle = QLabel(SettingsDialog)
        self.accountTitle.setObjectName(u"accountTitle")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accountTitle)

        self.accountLayout = QHBoxLayout()
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountLabel = QLabel(SettingsDialog)
        self.accountLabel.setObjectName(u"accountLabel")
        self.accountLabel.setText(u"")
        self.accountLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.accountLabel.sizePolicy().hasHeightForWidth())
        self.accountLabel.setSizePolicy(sizePolicy)

        self.accountLayout.addWidget(self.accountLabel)

        self.changePasswordButton = QPushButton(SettingsDialog)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.accountLayout.addWidget(self.changePasswordButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.accountLayout)

        self.dataFolderTitle = QLabel(SettingsDialog)
        self.dataFolderTitle.setObjectName(u"dataFolderTitle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dataFolderTitle)

        self.dataFolderLayout = QHBoxLayout()
        self.dataFolderLayout.setObjectName(u"dataFolderLayout")
        self.dataFolderLabel = QLabel(SettingsDialog)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")
        self.dataFolderLabel.setText(u"")
        self.dataFolderLabel.setWordWrap(True)
        self.dataFolderLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse
        sizePolicy.setHeightForWidth(self.dataFolderLabel.sizePolicy().hasHeightForWidth())
        self.dataFolderLabel.setSizePolicy(sizePolicy)

        self.dataFolderLayout.addWidget(self.dataFolderLabel)

        self.openDataFolderButton = QPushButton(SettingsDialog)
        self.openDataFolderButton.setObjectName(u"openDataFolderButton")

        self.dataFolderLayout.addWidget(self.openDataFolderButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dataFolderLayout)

        self.calendarTitle = QLabel(SettingsDialog)
        self.calendarTitle.setObjectName(u"calendarTitle")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.calendarTitle)

        self.calendarLabel = QLabel(SettingsDialog)
        self.calendarLabel.setObjectName(u"calendarLabel")
        self.calendarLabel.setText(u"")
        self.calendarLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.calendarLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageTitle.setBuddy(self.languageCombo)
        self.folderTitle.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.resetFolderButton)
        QWidget.setTabOrder(self.resetFolderButton, self.changePasswordButton)
        QWidget.setTabOrder(self.changePasswordButton, self.openDataFolderButton)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438", None))
        self.languageTitle.setText(QCoreApplication.translate("SettingsDialog", u"&\u042f\u0437\u044b\u043a \u0438\u043d\u0442\u0435\u0440\u0444\u0435\u0439\u0441\u0430:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u042f\u0437\u044b\u043a \u043c\u0435\u043d\u044e, \u0441\u0442\u0440\u0430\u043d\u0438\u0446 \u0438 \u043e\u0442\u0447\u0451\u0442\u043e\u0432 \u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e; \u043c\u0435\u043d\u044f\u0435\u0442\u0441\u044f \u0441\u0440\u0430\u0437\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.folderTitle.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u0430\u043f\u043a\u0430 \u0434\u043b\u044f &\u044d\u043a\u0441\u043f\u043e\u0440\u0442\u0430 \u0438 \u043f\u0430\u043a\u0435\u0442\u043e\u0432:", None))
#if QT_CONFIG(tooltip)
        self.folderEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u0413\u0434\u0435 \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u043e\u043a\u043d\u0430 \u0432\u044b\u0431\u043e\u0440\u0430 \u0444\u0430\u0439\u043b\u0430 \u0434\u043b\u044f \u044d\u043a\u0441\u043f\u043e\u0440\u0442\u0430, \u043e\u0442\u0447\u0451\u0442\u043e\u0432 \u0438 \u043f\u0430\u043a\u0435\u0442\u043e\u0432 \u0441\u0438\u043d\u0445\u0440\u043e\u043d\u0438\u0437\u0430\u0446\u0438\u0438, \u043f\u043e\u043a\u0430 \u043f\u0430\u043f\u043a\u0430 \u0435\u0449\u0451 \u043d\u0435 \u0432\u044b\u0431\u0438\u0440\u0430\u043b\u0430\u0441\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.chooseFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.resetFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b", None))
#if QT_CONFIG(tooltip)
        self.resetFolderButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u0421\u043d\u043e\u0432\u0430 \u043d\u0430\u0447\u0438\u043d\u0430\u0442\u044c \u0441 \u043f\u0430\u043f\u043a\u0438 \u00ab\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b\u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.accountTitle.setText(QCoreApplication.translate("SettingsDialog", u"\u0423\u0447\u0451\u0442\u043d\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c:", None))
        self.changePasswordButton.setText(QCoreApplication.translate("SettingsDialog", u"\u0421\u043c\u0435\u043d\u0438\u0442\u044c &\u043f\u0430\u0440\u043e\u043b\u044c\u2026", None))
        self.dataFolderTitle.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u0430\u043f\u043a\u0430 \u0434\u0430\u043d\u043d\u044b\u0445:", None))
        self.openDataFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&\u041e\u0442\u043a\u0440\u044b\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.openDataFolderButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u043f\u0430\u043f\u043a\u0443 \u0441 \u0431\u0430\u0437\u043e\u0439, \u0444\u043e\u0442\u043e\u0433\u0440\u0430\u0444\u0438\u044f\u043c\u0438 \u0438 \u043a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u044f\u043c\u0438 \u0432 \u043f\u0440\u043e\u0432\u043e\u0434\u043d\u0438\u043a\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.calendarTitle.setText(QCoreApplication.translate("SettingsDialog", u"\u041a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u0438 \u043f\u0440\u0430\u0437\u0434\u043d\u0438\u043a\u043e\u0432:", None))
    # retranslateUi

