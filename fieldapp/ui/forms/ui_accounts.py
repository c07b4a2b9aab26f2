# GENERATED from forms/accounts.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(720, 520)
        self.dialogLayout = QVBoxLayout(AccountsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(AccountsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.accountsView = QTableView(AccountsDialog)
        self.accountsView.setObjectName(u"accountsView")
        self.accountsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.accountsView)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.userLabel = QLabel(AccountsDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(AccountsDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.roleLabel = QLabel(AccountsDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AccountsDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.memberLabel = QLabel(AccountsDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberEdit = QLineEdit(AccountsDialog)
        self.memberEdit.setObjectName(u"memberEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.passwordLabel = QLabel(AccountsDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AccountsDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(AccountsDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(AccountsDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(AccountsDialog)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.resetButton = QPushButton(AccountsDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.actionsLayout.addWidget(self.resetButton)

        self.disableButton = QPushButton(AccountsDialog)
        self.disableButton.setObjectName(u"disableButton")

        self.actionsLayout.addWidget(self.disableButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(AccountsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(AccountsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.memberLabel.setBuddy(self.memberEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountsView, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.disableButton)

        self.retranslateUi(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"\u0423\u0447\u0451\u0442\u043d\u044b\u0435 \u0437\u0430\u043f\u0438\u0441\u0438", None))
        self.hintLabel.setText(QCoreApplication.translate("AccountsDialog", u"\u041a\u0442\u043e \u043c\u043e\u0436\u0435\u0442 \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0442\u044c \u044d\u0442\u0443 \u0431\u0430\u0437\u0443. \u0414\u043e\u0431\u0430\u0432\u043b\u044f\u0442\u044c, \u043c\u0435\u043d\u044f\u0442\u044c \u043f\u0430\u0440\u043e\u043b\u0438 \u0438 \u043e\u0442\u043a\u043b\u044e\u0447\u0430\u0442\u044c \u0443\u0447\u0451\u0442\u043d\u044b\u0435 \u0437\u0430\u043f\u0438\u0441\u0438 \u043c\u043e\u0436\u0435\u0442 \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440.", None))
        self.userLabel.setText(QCoreApplication.translate("AccountsDialog", u"&\u0418\u043c\u044f:", None))
        self.roleLabel.setText(QCoreApplication.translate("AccountsDialog", u"&\u0420\u043e\u043b\u044c:", None))
        self.memberLabel.setText(QCoreApplication.translate("AccountsDialog", u"&\u0427\u043b\u0435\u043d \u0433\u0440\u0443\u043f\u043f\u044b (\u0447\u0430\u0441\u0442\u044c \u0424\u0418\u041e):", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountsDialog", u"&\u041f\u0430\u0440\u043e\u043b\u044c:", None))
        self.repeatLabel.setText(QCoreApplication.translate("AccountsDialog", u"\u041f&\u043e\u0432\u0442\u043e\u0440\u0438\u0442\u0435 \u043f\u0430\u0440\u043e\u043b\u044c:", None))
        self.addButton.setText(QCoreApplication.translate("AccountsDialog", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.resetButton.setText(QCoreApplication.translate("AccountsDialog", u"&\u0417\u0430\u0434\u0430\u0442\u044c \u043f\u0430\u0440\u043e\u043b\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439", None))
        self.disableButton.setText(QCoreApplication.translate("AccountsDialog", u"&\u041e\u0442\u043a\u043b\u044e\u0447\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u0443\u044e", None))
    # retranslateUi

