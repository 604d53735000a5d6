"""The language of a command's texts: the library's language, and the domain's and the
services' words in it through Qt's translator (no application is needed for it)."""

from __future__ import annotations

from hamsession.domain import words
from hamsession.domain.languages import SOURCE_LANGUAGE

_kept: list[object] = []  # the translator in use lives as long as the command


def speak(language: str) -> None:
    """Write the domain's and the services' texts in ``language`` (English as written)."""
    words.use(None)  # a command starts in English, whatever ran before it in this process
    if language == SOURCE_LANGUAGE:
        return
    from PySide6.QtCore import QLocale, QTranslator

    from hamsession.storage.assets import resources_dir

    translator = QTranslator()
    if not translator.load(f"hamsession_{language}", str(resources_dir() / "translations")):
        return

    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            return words.english_plural(text, n) if n >= 0 else text
        return found.replace("%n", str(n)) if n >= 0 else found

    _kept[:] = [translator]
    words.use(translated, QLocale(language).decimalPoint())
