"""Choosing the interface language and installing Qt's and the app's translators.

English is the source language of every string, so English needs only Qt's own translations.
The app's catalogues are ``ltsupport/i18n/ltsupport_<lang>.qm``; a missing catalogue is not an
error (the English source text is shown instead).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "fr")
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"


def choose_language(setting: str, system_locale: str | None = None) -> str:
    """``"en"`` or ``"fr"``: the setting if it names one, else French for a French system locale.

    ``system_locale`` is a locale name such as ``"fr_CA"``; by default Qt's system locale.
    """
    if setting in SUPPORTED:
        return setting
    name = QLocale.system().name() if system_locale is None else system_locale
    return "fr" if name.lower().startswith("fr") else "en"


def app_catalogue(language: str, directory: Path = CATALOGUE_DIR) -> Path:
    """Where the app's compiled translations for ``language`` live (the file may not exist)."""
    return directory / f"ltsupport_{language}.qm"


def install_translators(
    app: QCoreApplication, language: str, directory: Path = CATALOGUE_DIR
) -> list[QTranslator]:
    """Install Qt's base translations and the app's catalogue for ``language``.

    Also makes the language (as spoken in Canada) the default locale for dates and numbers.
    Returns the installed translators; they are parented to ``app`` so they live as long as it.
    """
    QLocale.setDefault(QLocale(f"{language}_CA"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    catalogue = app_catalogue(language, directory)
    if catalogue.is_file():
        candidates.append((catalogue.name, str(catalogue.parent)))
    installed: list[QTranslator] = []
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (used when the language changes, and by tests)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
