"""Load the app's translations (built from resources/translations/*.ts) and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_DIR = Path(__file__).with_name("i18n")
LANGUAGES = ("id", "en")
LOCALES = {"id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def choose_language(preference: str, system: QLocale) -> str:
    """The user's choice if any; else Indonesian in an Indonesian locale, English elsewhere."""
    if preference in LANGUAGES:
        return preference
    return "id" if system.language() == QLocale.Language.Indonesian else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; the caller keeps the list alive."""
    QLocale.setDefault(LOCALES[language])
    installed = []
    # Qt's own dialogs: qtbase where Qt ships it (English), else our qt_extra (Indonesian).
    sources = [(f"tokocrm_{language}", str(QM_DIR)),
               (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               (f"qt_extra_{language}", str(QM_DIR))]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
