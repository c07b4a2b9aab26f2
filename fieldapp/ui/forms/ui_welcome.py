# GENERATED from forms/welcome.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(1000, 700)
        self.outerLayout = QGridLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.card = QFrame(WelcomePage)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(720, 0))
        self.card.setMaximumSize(QSize(760, 16777215))
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(14)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 28)
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(self.card)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.introLabel)

        self.choicesLayout = QGridLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setHorizontalSpacing(18)
        self.choicesLayout.setVerticalSpacing(16)
        self.createButton = QPushButton(self.card)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setMinimumSize(QSize(240, 40))

        self.choicesLayout.addWidget(self.createButton, 0, 0, 1, 1)

        self.createTextLayout = QVBoxLayout()
        self.createTextLayout.setSpacing(4)
        self.createTextLayout.setObjectName(u"createTextLayout")
        self.createHint = QLabel(self.card)
        self.createHint.setObjectName(u"createHint")
        self.createHint.setWordWrap(True)

        self.createTextLayout.addWidget(self.createHint)

        self.locationLabel = QLabel(self.card)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setText(u"fieldapp.db")
        self.locationLabel.setWordWrap(True)
        self.locationLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.createTextLayout.addWidget(self.locationLabel)


        self.choicesLayout.addLayout(self.createTextLayout, 0, 1, 1, 1)

        self.demoButton = QPushButton(self.card)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setMinimumSize(QSize(240, 40))

        self.choicesLayout.addWidget(self.demoButton, 1, 0, 1, 1)

        self.demoHint = QLabel(self.card)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.choicesLayout.addWidget(self.demoHint, 1, 1, 1, 1)

        self.openButton = QPushButton(self.card)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(240, 40))

        self.choicesLayout.addWidget(self.openButton, 2, 0, 1, 1)

        self.openHint = QLabel(self.card)
        self.openHint.setObjectName(u"openHint")
        self.openHint.setWordWrap(True)

        self.choicesLayout.addWidget(self.openHint, 2, 1, 1, 1)

        self.choicesLayout.setColumnStretch(1, 1)

        self.cardLayout.addLayout(self.choicesLayout)

        self.languageHint = QLabel(self.card)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)

        self.cardLayout.addWidget(self.languageHint)


        self.outerLayout.addWidget(self.card, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)

        QWidget.setTabOrder(self.createButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.openButton)

        self.retranslateUi(WelcomePage)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, WelcomePage):
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"\u0414\u043e\u0431\u0440\u043e \u043f\u043e\u0436\u0430\u043b\u043e\u0432\u0430\u0442\u044c \u0432 \u043f\u043e\u043b\u0435\u0432\u043e\u0439 \u0436\u0443\u0440\u043d\u0430\u043b", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0442 \u0431\u0435\u0437 \u0438\u043d\u0442\u0435\u0440\u043d\u0435\u0442\u0430: \u0432\u044b\u0435\u0437\u0434\u044b, \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u044f, \u043f\u0440\u0438\u0451\u043c \u0433\u0440\u0430\u0436\u0434\u0430\u043d \u0438 \u0432\u043e\u043f\u0440\u043e\u0441\u044b \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435 \u0445\u0440\u0430\u043d\u044f\u0442\u0441\u044f \u0432 \u0444\u0430\u0439\u043b\u0435 \u0431\u0430\u0437\u044b \u0434\u0430\u043d\u043d\u044b\u0445 \u043d\u0430 \u044d\u0442\u043e\u043c \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435. \u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435, \u0441 \u0447\u0435\u0433\u043e \u043d\u0430\u0447\u0430\u0442\u044c.", None))
        self.createButton.setText(QCoreApplication.translate("WelcomePage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u043b\u043e\u043a\u0430\u043b\u044c\u043d\u0443\u044e \u0431\u0430\u0437\u0443", None))
        self.createHint.setText(QCoreApplication.translate("WelcomePage", u"\u041d\u043e\u0432\u0430\u044f \u043f\u0443\u0441\u0442\u0430\u044f \u0431\u0430\u0437\u0430 \u0434\u043b\u044f \u0440\u0430\u0431\u043e\u0442\u044b \u0432 \u043f\u043e\u043b\u0435. \u041e\u043d\u0430 \u0431\u0443\u0434\u0435\u0442 \u0441\u043e\u0437\u0434\u0430\u043d\u0430 \u0432 \u043f\u0430\u043f\u043a\u0435 \u0434\u0430\u043d\u043d\u044b\u0445 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f:", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u0435\u043c\u043e", None))
        self.demoHint.setText(QCoreApplication.translate("WelcomePage", u"\u0423\u0447\u0435\u0431\u043d\u0430\u044f \u0431\u0430\u0437\u0430 \u0441 \u043f\u0440\u0438\u043c\u0435\u0440\u0430\u043c\u0438: \u0430\u0432\u0442\u043e\u043a\u0430\u0440\u0430\u0432\u0430\u043d \u0432 \u041a\u0430\u0440\u0430\u0433\u0430\u043d\u0434\u0438\u043d\u0441\u043a\u043e\u0439 \u043e\u0431\u043b\u0430\u0441\u0442\u0438, \u043f\u0438\u043b\u043e\u0442\u043d\u044b\u0439 \u043f\u0440\u043e\u0435\u043a\u0442 \u00ab\u041c\u0438\u0440 \u0438 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435\u00bb, \u043e\u043f\u0440\u043e\u0441\u044b \u0438 \u0441\u0438\u0433\u043d\u0430\u043b\u044b \u0436\u0438\u0442\u0435\u043b\u0435\u0439. \u041f\u043e\u0434\u0445\u043e\u0434\u0438\u0442, \u0447\u0442\u043e\u0431\u044b \u043e\u0441\u043c\u043e\u0442\u0440\u0435\u0442\u044c\u0441\u044f; \u0432\u0430\u0448\u0438 \u0434\u0430\u043d\u043d\u044b\u0435 \u0432 \u043d\u0435\u0451 \u043d\u0435 \u043f\u043e\u043f\u0430\u0434\u0443\u0442.", None))
        self.openButton.setText(QCoreApplication.translate("WelcomePage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
        self.openHint.setText(QCoreApplication.translate("WelcomePage", u"\u0411\u0430\u0437\u0430, \u043f\u043e\u043b\u0443\u0447\u0435\u043d\u043d\u0430\u044f \u0441 \u0434\u0440\u0443\u0433\u043e\u0433\u043e \u043d\u043e\u0443\u0442\u0431\u0443\u043a\u0430 \u0438\u043b\u0438 \u0438\u0437 \u0440\u0435\u0437\u0435\u0440\u0432\u043d\u043e\u0439 \u043a\u043e\u043f\u0438\u0438 (\u0444\u0430\u0439\u043b .db).", None))
        self.languageHint.setText(QCoreApplication.translate("WelcomePage", u"\u042f\u0437\u044b\u043a \u0438\u043d\u0442\u0435\u0440\u0444\u0435\u0439\u0441\u0430 \u043c\u043e\u0436\u043d\u043e \u0441\u043c\u0435\u043d\u0438\u0442\u044c \u0432 \u043c\u0435\u043d\u044e \u00ab\u042f\u0437\u044b\u043a\u00bb: \u0420\u0443\u0441\u0441\u043a\u0438\u0439, \u049a\u0430\u0437\u0430\u049b\u0448\u0430, English.", None))
        pass
    # retranslateUi

