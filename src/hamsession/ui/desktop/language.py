"""The language of the interface.

It follows the desktop (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as Qt reads
them) unless Settings > Language chose one. Hamsession's catalogues are Qt Linguist files
compiled to ``hamsession_<language>.qm`` in the folder the app hands over; English, the
language of the source, has one too, for its plurals ("1 session", "2 sessions"). Qt's own
catalogue (the standard buttons of its dialogs) comes with PySide6.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hamsession.domain import words
from hamsession.domain.languages import SOURCE_LANGUAGE, pick_language

CATALOGUE = "hamsession"
#: What Settings > Language keeps when the desktop decides.
FOLLOW_DESKTOP = ""

_installed: list[QTranslator] = []
_folder: list[Path] = []  # where install() found the catalogues


def languages(folder: Path | None = None) -> dict[str, str]:
    """The languages there are catalogues for (in ``folder``, else where the installed
    ones came from), by code, each named in its own words."""
    found = {SOURCE_LANGUAGE: "English"}
    folder = folder or (_folder[0] if _folder else None)
    for qm in sorted(folder.glob(f"{CATALOGUE}_*.qm")) if folder else ():
        code = qm.stem.removeprefix(f"{CATALOGUE}_")
        if code != SOURCE_LANGUAGE:
            name = QLocale(code).nativeLanguageName()
            found[code] = name[:1].upper() + name[1:] if name else code
    return found


def chosen_locale(folder: Path, chosen: str) -> QLocale:
    """The locale for the interface: the language chosen in Settings when there is a
    catalogue for it, else the desktop's first such language (as the library's texts
    choose theirs), else English; the desktop's own locale when it speaks that language."""
    code = pick_language(chosen, languages(folder), os.environ)
    system = QLocale.system()
    return system if QLocale.languageToCode(system.language()) == code else QLocale(code)


def install(folder: Path, chosen: str = FOLLOW_DESKTOP) -> QLocale:
    """Install the catalogues for the chosen (or the desktop's) language on the running
    application, and make its locale the default for dates and numbers. Returns it."""
    app = QCoreApplication.instance()
    _folder[:] = [folder]
    locale = chosen_locale(folder, chosen)
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(folder)) or ours.load(
        f"{CATALOGUE}_{SOURCE_LANGUAGE}", str(folder)
    ):  # no catalogue for this language: English, with its plurals
        app.installTranslator(ours)
        _installed.append(ours)
    # the domain's and the services' texts too, and their numbers
    words.use(QCoreApplication.translate, locale.decimalPoint())
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale


def language_of(locale: QLocale) -> str:
    """The two-letter code of a locale's language ("de" for de_AT)."""
    return QLocale.languageToCode(locale.language())
