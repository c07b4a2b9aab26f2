# GENERATED from forms/placeholder.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        PlaceholderPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(PlaceholderPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(40, 24, 40, 24)
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.topSpacer)

        self.iconLabel = QLabel(PlaceholderPage)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter

        self.pageLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(PlaceholderPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.titleLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.titleLabel)

        self.statusLabel = QLabel(PlaceholderPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter

        self.pageLayout.addWidget(self.statusLabel)

        self.descriptionRow = QHBoxLayout()
        self.descriptionRow.setObjectName(u"descriptionRow")
        self.descriptionLeftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.descriptionRow.addItem(self.descriptionLeftSpacer)

        self.descriptionLabel = QLabel(PlaceholderPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setMinimumSize(QSize(560, 0))
        self.descriptionLabel.setMaximumSize(QSize(620, 16777215))
        self.descriptionLabel.setText(u"\u2014")
        self.descriptionLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.descriptionLabel.setWordWrap(True)

        self.descriptionRow.addWidget(self.descriptionLabel)

        self.descriptionRightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.descriptionRow.addItem(self.descriptionRightSpacer)


        self.pageLayout.addLayout(self.descriptionRow)

        self.hintLabel = QLabel(PlaceholderPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        self.statusLabel.setText(QCoreApplication.translate("PlaceholderPage", u"\u0420\u0430\u0437\u0434\u0435\u043b \u0432 \u0440\u0430\u0437\u0440\u0430\u0431\u043e\u0442\u043a\u0435", None))
        self.hintLabel.setText(QCoreApplication.translate("PlaceholderPage", u"\u0414\u0440\u0443\u0433\u0438\u0435 \u0440\u0430\u0437\u0434\u0435\u043b\u044b \u2014 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435 \u0441\u043b\u0435\u0432\u0430 \u0438\u043b\u0438 \u043f\u043e \u043a\u043b\u0430\u0432\u0438\u0448\u0430\u043c Ctrl+1 \u2026 Ctrl+9.", None))
        pass
    # retranslateUi

