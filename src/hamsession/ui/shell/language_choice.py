"""Settings > Language: the language of the interface, kept for the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from hamsession.ui.desktop.language import FOLLOW_DESKTOP, languages


def choose_language(parent: QWidget, current: str) -> str | None:
    """Ask which language to use; returns its code ("" for the desktop's), or None when
    the person cancelled."""
    known = languages()
    codes = [FOLLOW_DESKTOP, *known]
    names = [
        QCoreApplication.translate("LanguageChoice", "The desktop's language"),
        *known.values(),
    ]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("LanguageChoice", "Language"),
        QCoreApplication.translate(
            "LanguageChoice", "The language of Hamsession's words, used from its next start:"
        ),
        names,
        codes.index(current) if current in codes else 0,
        False,
    )
    return codes[names.index(chosen)] if ok else None
