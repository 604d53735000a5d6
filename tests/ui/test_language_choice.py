"""Settings > Language: the languages there are catalogues for, at the window's text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hamsession.ui.shell.language_choice import choose_language, chosen_code, language_dialog


def test_the_dialog_offers_the_desktop_and_each_catalogue_and_shows_the_current(qtbot):
    dialog = language_dialog(None, "de")
    qtbot.addWidget(dialog)
    assert dialog.comboBoxItems() == ["The desktop's language", "English", "Deutsch"]
    assert dialog.textValue() == "Deutsch" and chosen_code(dialog) == "de"
    dialog.setTextValue("The desktop's language")
    assert chosen_code(dialog) == ""
    unknown = language_dialog(None, "xx")
    qtbot.addWidget(unknown)
    assert chosen_code(unknown) == ""


@pytest.mark.parametrize(("scale", "size"), [(1.0, 13.0), (1.5, 19.5)])
def test_the_dialog_follows_large_text(qtbot, scale, size):
    dialog = language_dialog(None, "", scale=scale)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = [w for w in dialog.findChildren(QWidget) if w.isVisible()]
    assert {w.font().pointSizeF() for w in shown} == {size}  # the buttons too


def test_choosing_returns_the_code_and_cancelling_none(qtbot):
    def answer(accept: bool, text: str = "") -> None:
        dialog = QApplication.activeModalWidget()
        if text:
            dialog.setTextValue(text)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(50, lambda: answer(True, "English"))
    assert choose_language(None, "de") == "en"
    QTimer.singleShot(50, lambda: answer(False))
    assert choose_language(None, "de") is None
