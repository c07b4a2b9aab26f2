# GENERATED from forms/poll_dialog.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'poll_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_PollDialog(object):
    def setupUi(self, PollDialog):
        if not PollDialog.objectName():
            PollDialog.setObjectName(u"PollDialog")
        PollDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(PollDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.questionRuLabel = QLabel(PollDialog)
        self.questionRuLabel.setObjectName(u"questionRuLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionRuLabel)

        self.questionRuEdit = QLineEdit(PollDialog)
        self.questionRuEdit.setObjectName(u"questionRuEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionRuEdit)

        self.questionKkLabel = QLabel(PollDialog)
        self.questionKkLabel.setObjectName(u"questionKkLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionKkLabel)

        self.questionKkEdit = QLineEdit(PollDialog)
        self.questionKkEdit.setObjectName(u"questionKkEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionKkEdit)

        self.optionsLabel = QLabel(PollDialog)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.optionsLabel)

        self.optionsEdit = QPlainTextEdit(PollDialog)
        self.optionsEdit.setObjectName(u"optionsEdit")
        self.optionsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.optionsEdit)

        self.optionsHint = QLabel(PollDialog)
        self.optionsHint.setObjectName(u"optionsHint")
        self.optionsHint.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.optionsHint)

        self.campaignLabel = QLabel(PollDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(PollDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.campaignCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PollDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.questionRuLabel.setBuddy(self.questionRuEdit)
        self.questionKkLabel.setBuddy(self.questionKkEdit)
        self.optionsLabel.setBuddy(self.optionsEdit)
        self.campaignLabel.setBuddy(self.campaignCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.questionRuEdit, self.questionKkEdit)
        QWidget.setTabOrder(self.questionKkEdit, self.optionsEdit)
        QWidget.setTabOrder(self.optionsEdit, self.campaignCombo)

        self.retranslateUi(PollDialog)
    # setupUi

    def retranslateUi(self, PollDialog):
        PollDialog.setWindowTitle(QCoreApplication.translate("PollDialog", u"\u041d\u043e\u0432\u044b\u0439 \u043e\u043f\u0440\u043e\u0441", None))
        self.questionRuLabel.setText(QCoreApplication.translate("PollDialog", u"\u0412\u043e\u043f\u0440\u043e\u0441 (\u043f\u043e-\u0440\u0443\u0441\u0441\u043a\u0438):", None))
        self.questionKkLabel.setText(QCoreApplication.translate("PollDialog", u"\u0412\u043e\u043f\u0440\u043e\u0441 (\u043f\u043e-\u043a\u0430\u0437\u0430\u0445\u0441\u043a\u0438):", None))
        self.optionsLabel.setText(QCoreApplication.translate("PollDialog", u"\u0412\u0430\u0440\u0438\u0430\u043d\u0442\u044b \u043e\u0442\u0432\u0435\u0442\u0430:", None))
        self.optionsHint.setText(QCoreApplication.translate("PollDialog", u"\u041f\u043e \u043e\u0434\u043d\u043e\u043c\u0443 \u0432\u0430\u0440\u0438\u0430\u043d\u0442\u0443 \u0432 \u0441\u0442\u0440\u043e\u043a\u0435, \u043d\u0435 \u043c\u0435\u043d\u044c\u0448\u0435 \u0434\u0432\u0443\u0445. \u041a\u0430\u0437\u0430\u0445\u0441\u043a\u0438\u0439 \u0442\u0435\u043a\u0441\u0442 \u2014 \u043f\u043e\u0441\u043b\u0435 \u0447\u0435\u0440\u0442\u044b: \u00ab\u0414\u0430 | \u0418\u04d9\u00bb.", None))
        self.campaignLabel.setText(QCoreApplication.translate("PollDialog", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
    # retranslateUi

