# GENERATED from forms/approval_bar.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_bar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

class Ui_ApprovalBar(object):
    def setupUi(self, ApprovalBar):
        if not ApprovalBar.objectName():
            ApprovalBar.setObjectName(u"ApprovalBar")
        ApprovalBar.resize(760, 44)
        ApprovalBar.setStyleSheet(u"QFrame#ApprovalBar { background: #f3f6fa; border: 1px solid #c9d3df; border-radius: 6px; }\n"
"QFrame#ApprovalBar[approved=\"true\"] { background: #eaf6ec; border-color: #8cc79a; }\n"
"QLabel#warningLabel { color: #8a4b00; }")
        self.barLayout = QHBoxLayout(ApprovalBar)
        self.barLayout.setSpacing(8)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(12, 6, 8, 6)
        self.textLayout = QVBoxLayout()
        self.textLayout.setSpacing(2)
        self.textLayout.setObjectName(u"textLayout")
        self.statusLabel = QLabel(ApprovalBar)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)

        self.textLayout.addWidget(self.statusLabel)

        self.warningLabel = QLabel(ApprovalBar)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"\u2014")
        self.warningLabel.setWordWrap(True)

        self.textLayout.addWidget(self.warningLabel)


        self.barLayout.addLayout(self.textLayout)

        self.approveButton = QPushButton(ApprovalBar)
        self.approveButton.setObjectName(u"approveButton")

        self.barLayout.addWidget(self.approveButton)


        self.retranslateUi(ApprovalBar)
    # setupUi

    def retranslateUi(self, ApprovalBar):
        self.statusLabel.setText(QCoreApplication.translate("ApprovalBar", u"\u0414\u0435\u043d\u044c \u043d\u0435 \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0451\u043d", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("ApprovalBar", u"\u0423\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044c \u043f\u0440\u0438\u0451\u043c\u044b, \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f \u0438 \u0447\u0438\u0441\u043b\u0435\u043d\u043d\u043e\u0441\u0442\u044c \u044d\u0442\u043e\u0433\u043e \u0434\u043d\u044f: \u043f\u043e\u0441\u043b\u0435 \u044d\u0442\u043e\u0433\u043e \u0438\u0445 \u0441\u043c\u043e\u0436\u0435\u0442 \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0442\u043e\u043b\u044c\u043a\u043e \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c \u0438\u043b\u0438 \u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("ApprovalBar", u"\u0423\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044c \u0434\u0435\u043d\u044c", None))
        pass
    # retranslateUi

