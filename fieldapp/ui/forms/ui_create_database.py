# GENERATED from forms/create_database.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_database.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CreateDatabaseDialog(object):
    def setupUi(self, CreateDatabaseDialog):
        if not CreateDatabaseDialog.objectName():
            CreateDatabaseDialog.setObjectName(u"CreateDatabaseDialog")
        CreateDatabaseDialog.resize(520, 340)
        self.dialogLayout = QVBoxLayout(CreateDatabaseDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 14)
        self.titleLabel = QLabel(CreateDatabaseDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.fileLabel = QLabel(CreateDatabaseDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"fieldapp.db")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.dialogLayout.addWidget(self.fileLabel)

        self.hintLabel = QLabel(CreateDatabaseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.userLabel = QLabel(CreateDatabaseDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(CreateDatabaseDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(CreateDatabaseDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(CreateDatabaseDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(CreateDatabaseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(CreateDatabaseDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.protectCheck = QCheckBox(CreateDatabaseDialog)
        self.protectCheck.setObjectName(u"protectCheck")
        self.protectCheck.setChecked(True)

        self.dialogLayout.addWidget(self.protectCheck)

        self.warningLabel = QLabel(CreateDatabaseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(CreateDatabaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CreateDatabaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.protectCheck)
        QWidget.setTabOrder(self.protectCheck, self.buttonBox)

        self.retranslateUi(CreateDatabaseDialog)
    # setupUi

    def retranslateUi(self, CreateDatabaseDialog):
        CreateDatabaseDialog.setWindowTitle(QCoreApplication.translate("CreateDatabaseDialog", u"\u041d\u043e\u0432\u0430\u044f \u0431\u0430\u0437\u0430 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.titleLabel.setText(QCoreApplication.translate("CreateDatabaseDialog", u"\u041d\u043e\u0432\u0430\u044f \u0431\u0430\u0437\u0430 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.hintLabel.setText(QCoreApplication.translate("CreateDatabaseDialog", u"\u041f\u0435\u0440\u0432\u0430\u044f \u0443\u0447\u0451\u0442\u043d\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c \u0431\u0430\u0437\u044b \u2014 \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440: \u043e\u043d \u0434\u043e\u0431\u0430\u0432\u043b\u044f\u0435\u0442 \u043e\u0441\u0442\u0430\u043b\u044c\u043d\u044b\u0445 \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u0438 \u0432\u044b\u0434\u0430\u0451\u0442 \u0438\u043c \u043f\u0430\u0440\u043e\u043b\u0438.", None))
        self.userLabel.setText(QCoreApplication.translate("CreateDatabaseDialog", u"&\u0418\u043c\u044f \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440\u0430:", None))
        self.passwordLabel.setText(QCoreApplication.translate("CreateDatabaseDialog", u"&\u041f\u0430\u0440\u043e\u043b\u044c:", None))
        self.repeatLabel.setText(QCoreApplication.translate("CreateDatabaseDialog", u"\u041f&\u043e\u0432\u0442\u043e\u0440\u0438\u0442\u0435 \u043f\u0430\u0440\u043e\u043b\u044c:", None))
        self.protectCheck.setText(QCoreApplication.translate("CreateDatabaseDialog", u"&\u0417\u0430\u0449\u0438\u0442\u0438\u0442\u044c \u0431\u0430\u0437\u0443 \u043f\u0430\u0440\u043e\u043b\u0435\u043c", None))
        self.warningLabel.setText(QCoreApplication.translate("CreateDatabaseDialog", u"\u0411\u0435\u0437 \u0437\u0430\u0449\u0438\u0442\u044b \u043b\u044e\u0431\u043e\u0439, \u043a\u0442\u043e \u0441\u043a\u043e\u043f\u0438\u0440\u0443\u0435\u0442 \u0444\u0430\u0439\u043b \u0431\u0430\u0437\u044b, \u043f\u0440\u043e\u0447\u0442\u0451\u0442 \u0432\u0441\u0435 \u0437\u0430\u043f\u0438\u0441\u0438, \u0432\u043a\u043b\u044e\u0447\u0430\u044f \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0435 \u0434\u0430\u043d\u043d\u044b\u0435 \u0436\u0438\u0442\u0435\u043b\u0435\u0439.", None))
    # retranslateUi

