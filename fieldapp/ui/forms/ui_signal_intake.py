# GENERATED from forms/signal_intake.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signal_intake.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget

class Ui_SignalIntakeDialog(object):
    def setupUi(self, SignalIntakeDialog):
        if not SignalIntakeDialog.objectName():
            SignalIntakeDialog.setObjectName(u"SignalIntakeDialog")
        SignalIntakeDialog.resize(1100, 640)
        self.dialogLayout = QVBoxLayout(SignalIntakeDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SignalIntakeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(SignalIntakeDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(SignalIntakeDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(240, 0))

        self.kindLayout.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)

        self.unplacedLabel = QLabel(SignalIntakeDialog)
        self.unplacedLabel.setObjectName(u"unplacedLabel")
        self.unplacedLabel.setText(u"")

        self.kindLayout.addWidget(self.unplacedLabel)


        self.dialogLayout.addLayout(self.kindLayout)

        self.proposalTable = QTableWidget(SignalIntakeDialog)
        self.proposalTable.setObjectName(u"proposalTable")
        self.proposalTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposalTable.setAlternatingRowColors(True)
        self.proposalTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.proposalTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposalTable.setIconSize(QSize(64, 48))
        self.proposalTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.proposalTable)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.mergeButton = QPushButton(SignalIntakeDialog)
        self.mergeButton.setObjectName(u"mergeButton")

        self.actionLayout.addWidget(self.mergeButton)

        self.dropButton = QPushButton(SignalIntakeDialog)
        self.dropButton.setObjectName(u"dropButton")

        self.actionLayout.addWidget(self.dropButton)

        self.actionSpacer = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.coordinatesLabel = QLabel(SignalIntakeDialog)
        self.coordinatesLabel.setObjectName(u"coordinatesLabel")

        self.actionLayout.addWidget(self.coordinatesLabel)

        self.coordinatesEdit = QLineEdit(SignalIntakeDialog)
        self.coordinatesEdit.setObjectName(u"coordinatesEdit")
        self.coordinatesEdit.setMinimumSize(QSize(260, 0))
        self.coordinatesEdit.setClearButtonEnabled(True)

        self.actionLayout.addWidget(self.coordinatesEdit)

        self.placeButton = QPushButton(SignalIntakeDialog)
        self.placeButton.setObjectName(u"placeButton")

        self.actionLayout.addWidget(self.placeButton)


        self.dialogLayout.addLayout(self.actionLayout)

        self.problemsLabel = QLabel(SignalIntakeDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")

        self.dialogLayout.addWidget(self.problemsLabel)

        self.problemList = QListWidget(SignalIntakeDialog)
        self.problemList.setObjectName(u"problemList")
        self.problemList.setMaximumSize(QSize(16777215, 90))
        self.problemList.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemList)

        self.errorLabel = QLabel(SignalIntakeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SignalIntakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.coordinatesLabel.setBuddy(self.coordinatesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.proposalTable)
        QWidget.setTabOrder(self.proposalTable, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.dropButton)
        QWidget.setTabOrder(self.dropButton, self.coordinatesEdit)
        QWidget.setTabOrder(self.coordinatesEdit, self.placeButton)

        self.retranslateUi(SignalIntakeDialog)
    # setupUi

    def retranslateUi(self, SignalIntakeDialog):
        SignalIntakeDialog.setWindowTitle(QCoreApplication.translate("SignalIntakeDialog", u"\u0421\u0438\u0433\u043d\u0430\u043b\u044b \u0438\u0437 \u0444\u043e\u0442\u043e", None))
        self.kindLabel.setText(QCoreApplication.translate("SignalIntakeDialog", u"&\u0412\u0438\u0434 \u0441\u0438\u0433\u043d\u0430\u043b\u043e\u0432:", None))
        self.mergeButton.setText(QCoreApplication.translate("SignalIntakeDialog", u"\u041e\u0431\u044a\u0435\u0434\u0438\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.mergeButton.setToolTip(QCoreApplication.translate("SignalIntakeDialog", u"\u0412\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435 \u0441\u0442\u0440\u043e\u043a\u0438 \u2014 \u043e\u0434\u0438\u043d \u0441\u0438\u0433\u043d\u0430\u043b \u0441\u043e \u0432\u0441\u0435\u043c\u0438 \u0438\u0445 \u0444\u043e\u0442\u043e (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
        self.dropButton.setText(QCoreApplication.translate("SignalIntakeDialog", u"\u041d\u0435 \u0431\u0440\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.dropButton.setToolTip(QCoreApplication.translate("SignalIntakeDialog", u"\u0423\u0431\u0440\u0430\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435 \u0441\u0442\u0440\u043e\u043a\u0438: \u043f\u043e \u043d\u0438\u043c \u0441\u0438\u0433\u043d\u0430\u043b\u044b \u043d\u0435 \u0441\u043e\u0437\u0434\u0430\u044e\u0442\u0441\u044f (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.coordinatesLabel.setText(QCoreApplication.translate("SignalIntakeDialog", u"&\u041a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u044b:", None))
        self.coordinatesEdit.setPlaceholderText(QCoreApplication.translate("SignalIntakeDialog", u"54.8731, 69.1520 \u0438\u043b\u0438 \u0441\u0441\u044b\u043b\u043a\u0430 \u043d\u0430 \u043a\u0430\u0440\u0442\u0443", None))
        self.placeButton.setText(QCoreApplication.translate("SignalIntakeDialog", u"\u041f\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.placeButton.setToolTip(QCoreApplication.translate("SignalIntakeDialog", u"\u041f\u043e\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435 \u0441\u0442\u0440\u043e\u043a\u0438 \u0432 \u044d\u0442\u0438 \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u044b (Enter \u0432 \u043f\u043e\u043b\u0435)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

