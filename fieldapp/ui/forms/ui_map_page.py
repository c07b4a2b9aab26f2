# GENERATED from forms/map_page.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'map_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout, QWidget

class Ui_MapPage(object):
    def setupUi(self, MapPage):
        if not MapPage.objectName():
            MapPage.setObjectName(u"MapPage")
        MapPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(MapPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.campaignLabel = QLabel(MapPage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.filterRow.addWidget(self.campaignLabel)

        self.campaignCombo = QComboBox(MapPage)
        self.campaignCombo.setObjectName(u"campaignCombo")
        self.campaignCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaignCombo.setMinimumContentsLength(22)

        self.filterRow.addWidget(self.campaignCombo)

        self.periodLabel = QLabel(MapPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterRow.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(MapPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.periodCombo)

        self.signalsCheck = QCheckBox(MapPage)
        self.signalsCheck.setObjectName(u"signalsCheck")
        self.signalsCheck.setChecked(True)

        self.filterRow.addWidget(self.signalsCheck)

        self.kindCombo = QComboBox(MapPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.kindCombo)

        self.stopsCheck = QCheckBox(MapPage)
        self.stopsCheck.setObjectName(u"stopsCheck")
        self.stopsCheck.setChecked(True)

        self.filterRow.addWidget(self.stopsCheck)

        self.controlCheck = QCheckBox(MapPage)
        self.controlCheck.setObjectName(u"controlCheck")
        self.controlCheck.setChecked(True)

        self.filterRow.addWidget(self.controlCheck)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.zoomOutButton = QToolButton(MapPage)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.filterRow.addWidget(self.zoomOutButton)

        self.zoomInButton = QToolButton(MapPage)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.filterRow.addWidget(self.zoomInButton)

        self.fitButton = QPushButton(MapPage)
        self.fitButton.setObjectName(u"fitButton")

        self.filterRow.addWidget(self.fitButton)


        self.pageLayout.addLayout(self.filterRow)

        self.hintLabel = QLabel(MapPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"\u2014")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.mapPanel = QWidget(MapPage)
        self.mapPanel.setObjectName(u"mapPanel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.mapPanel.sizePolicy().hasHeightForWidth())
        self.mapPanel.setSizePolicy(sizePolicy)
        self.mapLayout = QVBoxLayout(self.mapPanel)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.mapPanel)

        self.footerRow = QVBoxLayout()
        self.footerRow.setSpacing(2)
        self.footerRow.setObjectName(u"footerRow")
        self.legendLabel = QLabel(MapPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setText(u"\u2014")
        self.legendLabel.setProperty("textFormat", 1)  # Qt.TextFormat.RichText
        self.legendLabel.setWordWrap(True)

        self.footerRow.addWidget(self.legendLabel)

        self.countLabel = QLabel(MapPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"\u2014")
        self.countLabel.setProperty("alignment", 129)  # Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter
        self.countLabel.setWordWrap(True)

        self.footerRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.footerRow)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.periodLabel.setBuddy(self.periodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MapPage)
    # setupUi

    def retranslateUi(self, MapPage):
        self.campaignLabel.setText(QCoreApplication.translate("MapPage", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
        self.periodLabel.setText(QCoreApplication.translate("MapPage", u"\u041f\u0435\u0440\u0438\u043e\u0434:", None))
        self.signalsCheck.setText(QCoreApplication.translate("MapPage", u"\u0421\u0438\u0433\u043d\u0430\u043b\u044b", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("MapPage", u"\u0412\u0438\u0434 \u0441\u0438\u0433\u043d\u0430\u043b\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.stopsCheck.setText(QCoreApplication.translate("MapPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438", None))
        self.controlCheck.setText(QCoreApplication.translate("MapPage", u"\u041a\u043e\u043d\u0442\u0440\u043e\u043b\u044c", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("MapPage", u"\u0423\u043c\u0435\u043d\u044c\u0448\u0438\u0442\u044c (\u2212)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("MapPage", u"\u0423\u0432\u0435\u043b\u0438\u0447\u0438\u0442\u044c (+)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("MapPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0432\u0441\u044e \u0441\u0442\u0440\u0430\u043d\u0443 (0)", None))
#endif // QT_CONFIG(tooltip)
        self.fitButton.setText(QCoreApplication.translate("MapPage", u"\u0412\u0441\u044f \u0441\u0442\u0440\u0430\u043d\u0430", None))
        pass
    # retranslateUi

