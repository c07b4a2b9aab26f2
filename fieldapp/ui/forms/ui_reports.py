# GENERATED from forms/reports.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 16, 20, 16)
        self.headingLayout = QVBoxLayout()
        self.headingLayout.setSpacing(2)
        self.headingLayout.setObjectName(u"headingLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headingLayout.addWidget(self.titleLabel)

        self.scopeLabel = QLabel(ReportsPage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.headingLayout.addWidget(self.scopeLabel)


        self.pageLayout.addLayout(self.headingLayout)

        self.contentStack = QStackedWidget(ReportsPage)
        self.contentStack.setObjectName(u"contentStack")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter

        self.loadingLayout.addWidget(self.loadingLabel)

        self.contentStack.addWidget(self.loadingPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyTextRow = QHBoxLayout()
        self.emptyTextRow.setObjectName(u"emptyTextRow")
        self.emptyTextLeft = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextLeft)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setMinimumSize(QSize(560, 0))
        self.emptyText.setMaximumSize(QSize(640, 16777215))
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)

        self.emptyTextRow.addWidget(self.emptyText)

        self.emptyTextRight = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emptyTextRow.addItem(self.emptyTextRight)


        self.emptyLayout.addLayout(self.emptyTextRow)

        self.demoButton = QPushButton(self.emptyPage)
        self.demoButton.setObjectName(u"demoButton")

        self.emptyLayout.addWidget(self.demoButton, 0, Qt.AlignmentFlag.AlignHCenter)

        self.emptyBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.contentStack.addWidget(self.emptyPage)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QVBoxLayout(self.formPage)
        self.formPageLayout.setSpacing(14)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.formPageLayout.setContentsMargins(0, 0, 0, 0)
        self.boxesLayout = QHBoxLayout()
        self.boxesLayout.setSpacing(14)
        self.boxesLayout.setObjectName(u"boxesLayout")
        self.scopeBox = QGroupBox(self.formPage)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeBoxLayout = QVBoxLayout(self.scopeBox)
        self.scopeBoxLayout.setSpacing(12)
        self.scopeBoxLayout.setObjectName(u"scopeBoxLayout")
        self.scopeForm = QFormLayout()
        self.scopeForm.setObjectName(u"scopeForm")
        self.scopeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scopeForm.setVerticalSpacing(10)
        self.kindLabel = QLabel(self.scopeBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.scopeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.scopeBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.scopeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.campaignLabel = QLabel(self.scopeBox)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.scopeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(self.scopeBox)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.scopeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.tourLabel = QLabel(self.scopeBox)
        self.tourLabel.setObjectName(u"tourLabel")

        self.scopeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tourLabel)

        self.tourCombo = QComboBox(self.scopeBox)
        self.tourCombo.setObjectName(u"tourCombo")

        self.scopeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tourCombo)

        self.stopLabel = QLabel(self.scopeBox)
        self.stopLabel.setObjectName(u"stopLabel")

        self.scopeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stopLabel)

        self.stopCombo = QComboBox(self.scopeBox)
        self.stopCombo.setObjectName(u"stopCombo")

        self.scopeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stopCombo)

        self.controlLabel = QLabel(self.scopeBox)
        self.controlLabel.setObjectName(u"controlLabel")

        self.scopeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.controlLabel)

        self.controlCombo = QComboBox(self.scopeBox)
        self.controlCombo.setObjectName(u"controlCombo")

        self.scopeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.controlCombo)

        self.districtLabel = QLabel(self.scopeBox)
        self.districtLabel.setObjectName(u"districtLabel")

        self.scopeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(self.scopeBox)
        self.districtCombo.setObjectName(u"districtCombo")

        self.scopeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.districtCombo)

        self.periodLabel = QLabel(self.scopeBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.scopeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setSpacing(8)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromCheck = QCheckBox(self.scopeBox)
        self.fromCheck.setObjectName(u"fromCheck")

        self.periodLayout.addWidget(self.fromCheck)

        self.fromEdit = QDateEdit(self.scopeBox)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.fromEdit)

        self.toCheck = QCheckBox(self.scopeBox)
        self.toCheck.setObjectName(u"toCheck")

        self.periodLayout.addWidget(self.toCheck)

        self.toEdit = QDateEdit(self.scopeBox)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd.MM.yyyy")

        self.periodLayout.addWidget(self.toEdit)

        self.periodSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.scopeForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.periodLayout)


        self.scopeBoxLayout.addLayout(self.scopeForm)

        self.kindHint = QLabel(self.scopeBox)
        self.kindHint.setObjectName(u"kindHint")
        self.kindHint.setText(u"")
        self.kindHint.setWordWrap(True)

        self.scopeBoxLayout.addWidget(self.kindHint)

        self.scopeSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scopeBoxLayout.addItem(self.scopeSpacer)


        self.boxesLayout.addWidget(self.scopeBox)

        self.outputBox = QGroupBox(self.formPage)
        self.outputBox.setObjectName(u"outputBox")
        self.outputBoxLayout = QVBoxLayout(self.outputBox)
        self.outputBoxLayout.setObjectName(u"outputBoxLayout")
        self.outputForm = QFormLayout()
        self.outputForm.setObjectName(u"outputForm")
        self.outputForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outputForm.setVerticalSpacing(10)
        self.languageLabel = QLabel(self.outputBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.outputBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.formatLabel = QLabel(self.outputBox)
        self.formatLabel.setObjectName(u"formatLabel")

        self.outputForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.outputBox)
        self.formatCombo.setObjectName(u"formatCombo")

        self.outputForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.redactCheck = QCheckBox(self.outputBox)
        self.redactCheck.setObjectName(u"redactCheck")

        self.outputForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.redactCheck)

        self.redactHint = QLabel(self.outputBox)
        self.redactHint.setObjectName(u"redactHint")
        self.redactHint.setWordWrap(True)

        self.outputForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.redactHint)


        self.outputBoxLayout.addLayout(self.outputForm)

        self.outputSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outputBoxLayout.addItem(self.outputSpacer)


        self.boxesLayout.addWidget(self.outputBox)


        self.formPageLayout.addLayout(self.boxesLayout)

        self.buildLayout = QHBoxLayout()
        self.buildLayout.setObjectName(u"buildLayout")
        self.buildButton = QPushButton(self.formPage)
        self.buildButton.setObjectName(u"buildButton")

        self.buildLayout.addWidget(self.buildButton)

        self.buildSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buildLayout.addItem(self.buildSpacer)


        self.formPageLayout.addLayout(self.buildLayout)

        self.resultFrame = QFrame(self.formPage)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultFrame)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty("textInteractionFlags", 1)  # Qt.TextInteractionFlag.TextSelectableByMouse

        self.resultLayout.addWidget(self.resultLabel)

        self.openButton = QPushButton(self.resultFrame)
        self.openButton.setObjectName(u"openButton")

        self.resultLayout.addWidget(self.openButton)

        self.folderButton = QPushButton(self.resultFrame)
        self.folderButton.setObjectName(u"folderButton")

        self.resultLayout.addWidget(self.folderButton)


        self.formPageLayout.addWidget(self.resultFrame)

        self.formBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formPageLayout.addItem(self.formBottomSpacer)

        self.contentStack.addWidget(self.formPage)

        self.pageLayout.addWidget(self.contentStack)

        QWidget.setTabOrder(self.kindCombo, self.campaignCombo)
        QWidget.setTabOrder(self.campaignCombo, self.tourCombo)
        QWidget.setTabOrder(self.tourCombo, self.stopCombo)
        QWidget.setTabOrder(self.stopCombo, self.controlCombo)
        QWidget.setTabOrder(self.controlCombo, self.districtCombo)
        QWidget.setTabOrder(self.districtCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.redactCheck)
        QWidget.setTabOrder(self.redactCheck, self.buildButton)
        QWidget.setTabOrder(self.buildButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.demoButton)

        self.retranslateUi(ReportsPage)

        self.buildButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"\u041e\u0442\u0447\u0451\u0442\u044b", None))
        self.scopeLabel.setText(QCoreApplication.translate("ReportsPage", u"PDF \u0441 \u0431\u043b\u043e\u043a\u043e\u043c \u043f\u043e\u0434\u043f\u0438\u0441\u0438, \u0442\u0430\u0431\u043b\u0438\u0446\u044b Excel \u0434\u043b\u044f \u0432\u044b\u0448\u0435\u0441\u0442\u043e\u044f\u0449\u0438\u0445 \u043e\u0440\u0433\u0430\u043d\u043e\u0432 \u0438 \u0430\u0431\u0437\u0430\u0446 \u0434\u043b\u044f \u043f\u0440\u0435\u0441\u0441-\u0440\u0435\u043b\u0438\u0437\u0430", None))
        self.loadingLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0421\u043f\u0438\u0441\u043a\u0438 \u0437\u0430\u0433\u0440\u0443\u0436\u0430\u044e\u0442\u0441\u044f\u2026", None))
        self.emptyTitle.setText(QCoreApplication.translate("ReportsPage", u"\u0412 \u0431\u0430\u0437\u0435 \u043f\u043e\u043a\u0430 \u043d\u0435\u0442 \u0434\u0430\u043d\u043d\u044b\u0445 \u0434\u043b\u044f \u043e\u0442\u0447\u0451\u0442\u0430", None))
        self.emptyText.setText(QCoreApplication.translate("ReportsPage", u"\u041e\u0442\u0447\u0451\u0442 \u0441\u043e\u0431\u0438\u0440\u0430\u0435\u0442\u0441\u044f \u0438\u0437 \u0432\u044b\u0435\u0437\u0434\u043e\u0432, \u043f\u0440\u043e\u0432\u0435\u0434\u0451\u043d\u043d\u044b\u0445 \u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043e\u043a \u0438 \u043f\u0440\u0438\u043d\u044f\u0442\u044b\u0445 \u0433\u0440\u0430\u0436\u0434\u0430\u043d. \u0421\u043e\u0437\u0434\u0430\u0439\u0442\u0435 \u0432\u044b\u0435\u0437\u0434 \u0432 \u0440\u0430\u0437\u0434\u0435\u043b\u0435 \u00ab\u0412\u044b\u0435\u0437\u0434\u044b\u00bb \u0438\u043b\u0438 \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u0435 \u0436\u0443\u0440\u043d\u0430\u043b \u043f\u0440\u0438\u0451\u043c\u0430 \u0438\u0437 Excel (\u043c\u0435\u043d\u044e \u00ab\u0424\u0430\u0439\u043b\u00bb). \u0427\u0442\u043e\u0431\u044b \u043f\u043e\u0441\u043c\u043e\u0442\u0440\u0435\u0442\u044c, \u043a\u0430\u043a \u0432\u044b\u0433\u043b\u044f\u0434\u044f\u0442 \u043e\u0442\u0447\u0451\u0442\u044b, \u043e\u0442\u043a\u0440\u043e\u0439\u0442\u0435"
                        " \u0434\u0435\u043c\u043e-\u0431\u0430\u0437\u0443.", None))
        self.demoButton.setText(QCoreApplication.translate("ReportsPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u0435\u043c\u043e", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ReportsPage", u"\u0427\u0442\u043e \u0432\u043e\u0439\u0434\u0451\u0442 \u0432 \u043e\u0442\u0447\u0451\u0442", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0412\u0438\u0434 \u043e\u0442\u0447\u0451\u0442\u0430:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u0412\u0438\u0434 \u043e\u0442\u0447\u0451\u0442\u0430", None))
#endif // QT_CONFIG(accessibility)
        self.campaignLabel.setText(QCoreApplication.translate("ReportsPage", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
#if QT_CONFIG(accessibility)
        self.campaignCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f", None))
#endif // QT_CONFIG(accessibility)
        self.tourLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0412\u044b\u0435\u0437\u0434:", None))
#if QT_CONFIG(accessibility)
        self.tourCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u0412\u044b\u0435\u0437\u0434", None))
#endif // QT_CONFIG(accessibility)
        self.stopLabel.setText(QCoreApplication.translate("ReportsPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430:", None))
#if QT_CONFIG(accessibility)
        self.stopCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u041e\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430", None))
#endif // QT_CONFIG(accessibility)
        self.controlLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0412\u043e\u043f\u0440\u043e\u0441 \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435:", None))
#if QT_CONFIG(accessibility)
        self.controlCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u0412\u043e\u043f\u0440\u043e\u0441 \u043d\u0430 \u043a\u043e\u043d\u0442\u0440\u043e\u043b\u0435", None))
#endif // QT_CONFIG(accessibility)
        self.districtLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0420\u0430\u0439\u043e\u043d:", None))
#if QT_CONFIG(accessibility)
        self.districtCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u0420\u0430\u0439\u043e\u043d", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"\u041f\u0435\u0440\u0438\u043e\u0434:", None))
        self.fromCheck.setText(QCoreApplication.translate("ReportsPage", u"\u0441", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u041d\u0430\u0447\u0430\u043b\u043e \u043f\u0435\u0440\u0438\u043e\u0434\u0430", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("ReportsPage", u"\u043f\u043e", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u041a\u043e\u043d\u0435\u0446 \u043f\u0435\u0440\u0438\u043e\u0434\u0430", None))
#endif // QT_CONFIG(accessibility)
        self.outputBox.setTitle(QCoreApplication.translate("ReportsPage", u"\u041a\u0430\u043a \u043e\u0444\u043e\u0440\u043c\u0438\u0442\u044c", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportsPage", u"\u042f\u0437\u044b\u043a \u043e\u0442\u0447\u0451\u0442\u0430:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u042f\u0437\u044b\u043a \u043e\u0442\u0447\u0451\u0442\u0430", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0424\u043e\u0440\u043c\u0430\u0442:", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"\u0424\u043e\u0440\u043c\u0430\u0442", None))
#endif // QT_CONFIG(accessibility)
        self.redactCheck.setText(QCoreApplication.translate("ReportsPage", u"\u0411\u0435\u0437 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.redactHint.setText(QCoreApplication.translate("ReportsPage", u"\u0412 \u043e\u0442\u0447\u0451\u0442 \u043d\u0435 \u043f\u043e\u043f\u0430\u0434\u0443\u0442 \u0424\u0418\u041e, \u0418\u0418\u041d, \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u044b \u0438 \u0430\u0434\u0440\u0435\u0441\u0430 \u0437\u0430\u044f\u0432\u0438\u0442\u0435\u043b\u0435\u0439, \u0438\u043c\u0435\u043d\u0430 \u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0445 \u0438 \u0437\u0430\u043c\u0435\u0442\u043a\u0438; \u0432\u0441\u0435 \u0446\u0438\u0444\u0440\u044b \u043e\u0441\u0442\u0430\u043d\u0443\u0442\u0441\u044f \u043f\u0440\u0435\u0436\u043d\u0438\u043c\u0438. \u0422\u0430\u043a \u043e\u0442\u0447\u0451\u0442 \u043c\u043e\u0436\u043d\u043e \u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u044c \u043f\u043e \u043f\u043e\u0447\u0442\u0435 \u0438\u043b\u0438 \u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u0442\u044c.", None))
#if QT_CONFIG(tooltip)
        self.buildButton.setToolTip(QCoreApplication.translate("ReportsPage", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c, \u043a\u0443\u0434\u0430 \u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0444\u0430\u0439\u043b, \u0438 \u0441\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043e\u0442\u0447\u0451\u0442 (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.buildButton.setText(QCoreApplication.translate("ReportsPage", u"\u0421\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u043e\u0442\u0447\u0451\u0442\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ReportsPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043e\u0442\u0447\u0451\u0442 \u0432 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0435 \u043f\u0440\u043e\u0441\u043c\u043e\u0442\u0440\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("ReportsPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.folderButton.setToolTip(QCoreApplication.translate("ReportsPage", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u043f\u0430\u043f\u043a\u0443, \u0432 \u043a\u043e\u0442\u043e\u0440\u043e\u0439 \u0441\u043e\u0445\u0440\u0430\u043d\u0451\u043d \u043e\u0442\u0447\u0451\u0442", None))
#endif // QT_CONFIG(tooltip)
        self.folderButton.setText(QCoreApplication.translate("ReportsPage", u"\u041f\u043e\u043a\u0430\u0437\u0430\u0442\u044c \u0432 \u043f\u0430\u043f\u043a\u0435", None))
        pass
    # retranslateUi

