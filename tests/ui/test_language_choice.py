"""Settings > Language: the languages there are catalogues for, at the window's text size."""

from __future__ import annotations

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


def test_the_dialog_follows_large_text(qtbot):
    plain, large = language_dialog(None, ""), language_dialog(None, "", scale=1.5)
    qtbot.addWidget(plain)
    qtbot.addWidget(large)
    large.show()
    qtbot.waitExposed(large)
    sizes = {w.font().pointSizeF() for w in large.findChildren(QWidget) if w.isVisible()}
    assert sizes == {19.5}  # 13 pt at 1.5 times, the buttons too
    plain.show()
    assert {w.font().pointSizeF() for w in plain.findChildren(QWidget) if w.isVisible()} == {13}


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
