# GENERATED from forms/setup_section.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_SetupSection(object):
    def setupUi(self, SetupSection):
        if not SetupSection.objectName():
            SetupSection.setObjectName(u"SetupSection")
        SetupSection.resize(900, 480)
        self.sectionLayout = QHBoxLayout(SetupSection)
        self.sectionLayout.setSpacing(12)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(0, 0, 0, 0)
        self.listPanel = QWidget(SetupSection)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeLabel = QLabel(self.listPanel)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.scopeLayout.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(self.listPanel)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.scopeLayout.addWidget(self.scopeCombo)


        self.listLayout.addLayout(self.scopeLayout)

        self.filterEdit = QLineEdit(self.listPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.filterEdit)

        self.listStack = QStackedWidget(self.listPanel)
        self.listStack.setObjectName(u"listStack")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.itemList = QListWidget(self.listPage)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setAlternatingRowColors(True)

        self.listPageLayout.addWidget(self.itemList)

        self.listStack.addWidget(self.listPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyText = QLabel(self.emptyPage)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setProperty("alignment", 132)  # Qt.AlignmentFlag.AlignCenter
        self.emptyText.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyText)

        self.emptyBottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.listStack.addWidget(self.emptyPage)

        self.listLayout.addWidget(self.listStack)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPanel)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.listButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.sectionLayout.addWidget(self.listPanel)

        self.formBox = QGroupBox(SetupSection)
        self.formBox.setObjectName(u"formBox")
        self.formBoxLayout = QVBoxLayout(self.formBox)
        self.formBoxLayout.setObjectName(u"formBoxLayout")
        self.formHolder = QVBoxLayout()
        self.formHolder.setObjectName(u"formHolder")
        self.formHolder.setContentsMargins(0, 0, 0, 0)

        self.formBoxLayout.addLayout(self.formHolder)

        self.statusLabel = QLabel(self.formBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.formBoxLayout.addWidget(self.statusLabel)

        self.formSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formBoxLayout.addItem(self.formSpacer)

        self.formButtons = QHBoxLayout()
        self.formButtons.setObjectName(u"formButtons")
        self.saveButton = QPushButton(self.formBox)
        self.saveButton.setObjectName(u"saveButton")

        self.formButtons.addWidget(self.saveButton)

        self.historyButton = QPushButton(self.formBox)
        self.historyButton.setObjectName(u"historyButton")

        self.formButtons.addWidget(self.historyButton)

        self.formButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formButtons.addItem(self.formButtonsSpacer)

        self.deleteButton = QPushButton(self.formBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.formButtons.addWidget(self.deleteButton)


        self.formBoxLayout.addLayout(self.formButtons)


        self.sectionLayout.addWidget(self.formBox)

        QWidget.setTabOrder(self.scopeCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.itemList)
        QWidget.setTabOrder(self.itemList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.historyButton)
        QWidget.setTabOrder(self.historyButton, self.deleteButton)

        self.retranslateUi(SetupSection)
    # setupUi

    def retranslateUi(self, SetupSection):
        self.scopeLabel.setText(QCoreApplication.translate("SetupSection", u"\u041a\u0430\u043c\u043f\u0430\u043d\u0438\u044f:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("SetupSection", u"\u041d\u0430\u0439\u0442\u0438 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
        self.emptyTitle.setText(QCoreApplication.translate("SetupSection", u"\u041f\u043e\u043a\u0430 \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435\u0442", None))
        self.emptyText.setText("")
        self.newButton.setText(QCoreApplication.translate("SetupSection", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SetupSection", u"\u041e\u0447\u0438\u0441\u0442\u0438\u0442\u044c \u0444\u043e\u0440\u043c\u0443 \u0434\u043b\u044f \u043d\u043e\u0432\u043e\u0433\u043e (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.formBox.setTitle(QCoreApplication.translate("SetupSection", u"\u041d\u043e\u0432\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c", None))
        self.statusLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("SetupSection", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SetupSection", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c (Enter \u0438\u043b\u0438 Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.historyButton.setText(QCoreApplication.translate("SetupSection", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("SetupSection", u"\u0412\u0441\u0435 \u0438\u0437\u043c\u0435\u043d\u0435\u043d\u0438\u044f \u044d\u0442\u043e\u0439 \u0437\u0430\u043f\u0438\u0441\u0438: \u043a\u043e\u0433\u0434\u0430, \u043a\u0442\u043e, \u0447\u0442\u043e \u0431\u044b\u043b\u043e \u0438 \u0447\u0442\u043e \u0441\u0442\u0430\u043b\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("SetupSection", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("SetupSection", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043f\u043e\u0441\u043b\u0435 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u0438\u044f (Delete \u0432 \u0441\u043f\u0438\u0441\u043a\u0435)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

