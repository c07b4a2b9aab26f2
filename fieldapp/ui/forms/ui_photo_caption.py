# GENERATED from forms/photo_caption.ui by `python -m fieldapp.ui.build_forms` — do not edit: edit the .ui file.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'photo_caption.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_PhotoCaptionDialog(object):
    def setupUi(self, PhotoCaptionDialog):
        if not PhotoCaptionDialog.objectName():
            PhotoCaptionDialog.setObjectName(u"PhotoCaptionDialog")
        PhotoCaptionDialog.resize(460, 190)
        self.dialogLayout = QVBoxLayout(PhotoCaptionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PhotoCaptionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.captionLabel = QLabel(PhotoCaptionDialog)
        self.captionLabel.setObjectName(u"captionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.captionLabel)

        self.captionEdit = QLineEdit(PhotoCaptionDialog)
        self.captionEdit.setObjectName(u"captionEdit")
        self.captionEdit.setMinimumSize(QSize(300, 0))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.captionEdit)

        self.creditLabel = QLabel(PhotoCaptionDialog)
        self.creditLabel.setObjectName(u"creditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.creditLabel)

        self.creditEdit = QLineEdit(PhotoCaptionDialog)
        self.creditEdit.setObjectName(u"creditEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.creditEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PhotoCaptionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PhotoCaptionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.captionLabel.setBuddy(self.captionEdit)
        self.creditLabel.setBuddy(self.creditEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.captionEdit, self.creditEdit)

        self.retranslateUi(PhotoCaptionDialog)
    # setupUi

    def retranslateUi(self, PhotoCaptionDialog):
        PhotoCaptionDialog.setWindowTitle(QCoreApplication.translate("PhotoCaptionDialog", u"\u041f\u043e\u0434\u043f\u0438\u0441\u044c \u043a \u0444\u043e\u0442\u043e", None))
        self.captionLabel.setText(QCoreApplication.translate("PhotoCaptionDialog", u"&\u041f\u043e\u0434\u043f\u0438\u0441\u044c:", None))
        self.captionEdit.setPlaceholderText(QCoreApplication.translate("PhotoCaptionDialog", u"\u0427\u0442\u043e \u043d\u0430 \u0441\u043d\u0438\u043c\u043a\u0435: \u043d\u0430\u0434\u043f\u0438\u0441\u044c, \u043c\u0435\u0441\u0442\u043e", None))
        self.creditLabel.setText(QCoreApplication.translate("PhotoCaptionDialog", u"&\u0410\u0432\u0442\u043e\u0440:", None))
        self.creditEdit.setPlaceholderText(QCoreApplication.translate("PhotoCaptionDialog", u"\u041a\u0442\u043e \u0441\u043d\u0438\u043c\u0430\u043b, \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440 \u00ab\u0424\u043e\u0442\u043e: \u0443\u0447\u0430\u0441\u0442\u043a\u043e\u0432\u044b\u0439 \u0421\u0435\u0439\u0442\u043a\u0430\u043b\u0438 \u041d.\u00bb", None))
    # retranslateUi

