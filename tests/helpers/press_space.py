"""Runs the real app (``hamsession.cli.main``) and presses Space once its player is open,
answering the safety screening of a fresh data folder with Enter (nothing ticked) first.

Used by tests that need a running session in a separate process, where no one
is at the keyboard.
"""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])


def press_space_in_player() -> None:
    for widget in app.topLevelWidgets():
        player = getattr(widget, "player", None)
        if player is not None and widget.isVisible():
            QTest.keyClick(player, Qt.Key.Key_Space)
            return
        page = getattr(widget, "page", None)
        if type(page).__name__ == "Screening" and widget.isVisible():
            QTest.keyClick(page, Qt.Key.Key_Return)
    QTimer.singleShot(50, press_space_in_player)


QTimer.singleShot(100, press_space_in_player)

from hamsession.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
