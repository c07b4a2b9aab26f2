# GENERATED from forms/draft_bar.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'draft_bar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

class Ui_DraftBar(object):
    def setupUi(self, DraftBar):
        if not DraftBar.objectName():
            DraftBar.setObjectName(u"DraftBar")
        DraftBar.resize(760, 44)
        DraftBar.setStyleSheet(u"QFrame#DraftBar { background: #fff6dc; border: 1px solid #e2b65a; border-radius: 6px; }\n"
"QLabel#messageLabel { color: #5a3d00; }")
        self.barLayout = QHBoxLayout(DraftBar)
        self.barLayout.setSpacing(8)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(12, 6, 8, 6)
        self.messageLabel = QLabel(DraftBar)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setText(u"\u2014")
        self.messageLabel.setWordWrap(True)

        self.barLayout.addWidget(self.messageLabel)

        self.restoreButton = QPushButton(DraftBar)
        self.restoreButton.setObjectName(u"restoreButton")

        self.barLayout.addWidget(self.restoreButton)

        self.discardButton = QPushButton(DraftBar)
        self.discardButton.setObjectName(u"discardButton")

        self.barLayout.addWidget(self.discardButton)

        self.closeButton = QPushButton(DraftBar)
        self.closeButton.setObjectName(u"closeButton")

        self.barLayout.addWidget(self.closeButton)

        QWidget.setTabOrder(self.restoreButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.closeButton)

        self.retranslateUi(DraftBar)
    # setupUi

    def retranslateUi(self, DraftBar):
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("DraftBar", u"\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u0432 \u0444\u043e\u0440\u043c\u0443 \u0432\u0441\u0451, \u0447\u0442\u043e \u0431\u044b\u043b\u043e \u0432 \u043d\u0435\u0439 \u043d\u0430\u0431\u0440\u0430\u043d\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("DraftBar", u"\u0412\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("DraftBar", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0447\u0435\u0440\u043d\u043e\u0432\u0438\u043a: \u043d\u0430\u0431\u0440\u0430\u043d\u043d\u043e\u0435 \u0432 \u043d\u0451\u043c \u043d\u0435 \u043f\u043e\u043d\u0430\u0434\u043e\u0431\u0438\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("DraftBar", u"\u041e\u0442\u0431\u0440\u043e\u0441\u0438\u0442\u044c", None))
        self.closeButton.setText(QCoreApplication.translate("DraftBar", u"\u0421\u043a\u0440\u044b\u0442\u044c", None))
        pass
    # retranslateUi

