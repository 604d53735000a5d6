"""Settings > Language: the language of the interface, kept for the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from hamsession.ui.desktop.language import FOLLOW_DESKTOP, languages

#: The dialog's text size before large text (the Help dialogs' size).
BASE_PT = 13


def language_dialog(parent: QWidget | None, current: str, scale: float = 1.0) -> QInputDialog:
    """The question, at the window's text size, with the languages there are catalogues
    for (each named in its own words) and the desktop's as the first choice."""
    known = languages()
    names = [
        QCoreApplication.translate("LanguageChoice", "The desktop's language"),
        *known.values(),
    ]
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("LanguageChoice", "Language"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "LanguageChoice", "The language of Hamsession's words, used from its next start:"
        )
    )
    dialog.setComboBoxItems(names)
    dialog.setComboBoxEditable(False)
    codes = [FOLLOW_DESKTOP, *known]
    dialog.setTextValue(names[codes.index(current) if current in codes else 0])
    dialog.setProperty("codes", codes)
    # A style sheet reaches the label, the list and the buttons Qt makes when it shows.
    dialog.setStyleSheet(f"* {{ font-size: {BASE_PT * scale:.1f}pt; }}")
    return dialog


def choose_language(parent: QWidget, current: str, scale: float = 1.0) -> str | None:
    """Ask which language to use; returns its code ("" for the desktop's), or None when
    the person cancelled."""
    dialog = language_dialog(parent, current, scale)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return chosen_code(dialog)
    finally:
        dialog.deleteLater()


def chosen_code(dialog: QInputDialog) -> str:
    """The code of the language the dialog shows as chosen."""
    codes = dialog.property("codes")
    return codes[dialog.comboBoxItems().index(dialog.textValue())]
