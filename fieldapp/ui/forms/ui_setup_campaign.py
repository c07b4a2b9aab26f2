# GENERATED from forms/setup_campaign.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_campaign.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QWidget

class Ui_SetupCampaignForm(object):
    def setupUi(self, SetupCampaignForm):
        if not SetupCampaignForm.objectName():
            SetupCampaignForm.setObjectName(u"SetupCampaignForm")
        SetupCampaignForm.resize(520, 360)
        self.form = QFormLayout(SetupCampaignForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setProperty("labelAlignment", 130)  # Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter
        self.form.setContentsMargins(0, 0, 0, 0)
        self.titleRuLabel = QLabel(SetupCampaignForm)
        self.titleRuLabel.setObjectName(u"titleRuLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleRuLabel)

        self.titleRuEdit = QLineEdit(SetupCampaignForm)
        self.titleRuEdit.setObjectName(u"titleRuEdit")
        self.titleRuEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleRuEdit)

        self.titleKkLabel = QLabel(SetupCampaignForm)
        self.titleKkLabel.setObjectName(u"titleKkLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleKkLabel)

        self.titleKkEdit = QLineEdit(SetupCampaignForm)
        self.titleKkEdit.setObjectName(u"titleKkEdit")
        self.titleKkEdit.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleKkEdit)

        self.kindLabel = QLabel(SetupCampaignForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SetupCampaignForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.organizerLabel = QLabel(SetupCampaignForm)
        self.organizerLabel.setObjectName(u"organizerLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organizerLabel)

        self.organizerCombo = QComboBox(SetupCampaignForm)
        self.organizerCombo.setObjectName(u"organizerCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organizerCombo)

        self.regionLabel = QLabel(SetupCampaignForm)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(SetupCampaignForm)
        self.regionCombo.setObjectName(u"regionCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.periodLabel = QLabel(SetupCampaignForm)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startsEdit = QDateEdit(SetupCampaignForm)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setCalendarPopup(True)
        self.startsEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.startsEdit)

        self.periodDash = QLabel(SetupCampaignForm)
        self.periodDash.setObjectName(u"periodDash")

        self.periodLayout.addWidget(self.periodDash)

        self.endsEdit = QDateEdit(SetupCampaignForm)
        self.endsEdit.setObjectName(u"endsEdit")
        self.endsEdit.setCalendarPopup(True)
        self.endsEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.endsEdit)

        self.periodSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.goalLabel = QLabel(SetupCampaignForm)
        self.goalLabel.setObjectName(u"goalLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalEdit = QPlainTextEdit(SetupCampaignForm)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)
        self.goalEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.goalEdit)

#if QT_CONFIG(shortcut)
        self.titleRuLabel.setBuddy(self.titleRuEdit)
        self.titleKkLabel.setBuddy(self.titleKkEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.organizerLabel.setBuddy(self.organizerCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.goalLabel.setBuddy(self.goalEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleRuEdit, self.titleKkEdit)
        QWidget.setTabOrder(self.titleKkEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.organizerCombo)
        QWidget.setTabOrder(self.organizerCombo, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.startsEdit)
        QWidget.setTabOrder(self.startsEdit, self.endsEdit)
        QWidget.setTabOrder(self.endsEdit, self.goalEdit)

        self.retranslateUi(SetupCampaignForm)
    # setupUi

    def retranslateUi(self, SetupCampaignForm):
        self.titleRuLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u0440\u0443\u0441.):", None))
        self.titleRuEdit.setPlaceholderText(QCoreApplication.translate("SetupCampaignForm", u"\u041c\u0438\u0440 \u0438 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.titleKkLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 (\u043a\u0430\u0437.):", None))
        self.titleKkEdit.setPlaceholderText(QCoreApplication.translate("SetupCampaignForm", u"\u0411\u0435\u0439\u0431\u0456\u0442\u0448\u0456\u043b\u0456\u043a \u0436\u04d9\u043d\u0435 \u043a\u0435\u043b\u0456\u0441\u0456\u043c", None))
        self.kindLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u0412\u0438\u0434:", None))
        self.organizerLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u041e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0442\u043e\u0440:", None))
        self.regionLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u041e\u0431\u043b\u0430\u0441\u0442\u044c:", None))
        self.periodLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u0421\u0440\u043e\u043a\u0438:", None))
        self.periodDash.setText(QCoreApplication.translate("SetupCampaignForm", u"\u2014", None))
        self.goalLabel.setText(QCoreApplication.translate("SetupCampaignForm", u"\u0426\u0435\u043b\u044c:", None))
        pass
    # retranslateUi

