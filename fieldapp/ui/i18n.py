"""The interface language: loads fieldapp_<lang>.qm and Qt's own qtbase translations, and switches them at run time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from fieldapp.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
# QLocale for numbers and dates; Kazakh and Russian as written in Kazakhstan.
LOCALES = {"ru": "ru_KZ", "kk": "kk_KZ", "en": "en_GB"}

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def normalize(lang: str | None) -> str:
    """One of LANGUAGES; anything else (None, 'de', 'RU_ru') falls back sensibly."""
    code = (lang or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the interface is shown in: domain labels (enums, indicators) are read in this one."""
    return _current


def _load(translator: QTranslator, name: str, directory: str) -> bool:
    ok = translator.load(name, directory)
    if not ok:
        # Not a Qt warning: a missing file must not fail tests that run with qt_log_level_fail.
        log.warning("translation %s not found in %s", name, directory)
    return ok


def switch_language(lang: str | None) -> str:
    """Install the translators of `lang` (replacing the previous ones); Qt then sends LanguageChange to every
    widget, whose changeEvent retranslates it. Returns the language actually set."""
    global _current
    code = normalize(lang)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("switch_language() needs a QApplication")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    qt = QTranslator(app)
    if _load(qt, f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    own = QTranslator(app)
    if _load(own, f"fieldapp_{code}", str(resource_path("translations"))):
        _installed.append(own)
    QLocale.setDefault(QLocale(LOCALES[code]))
    _current = code
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    if not _installed:
        # Nothing installed means no LanguageChange event; send one so the texts still follow the new language.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return code
