"""Runs the real app (``hamsession.cli.main``) as a person at the keyboard would: Enter on
the safety questions of a fresh folder, Space in the player, and, once the session is over
and its log is on screen, Ctrl+Q when ``HAMSESSION_TEST_QUIT=key`` (otherwise the test ends
the app with a signal)."""

import os
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
started = False


def act() -> None:
    global started
    for widget in app.topLevelWidgets():
        if not widget.isVisible() or not hasattr(widget, "page"):
            continue
        page = type(widget.page).__name__
        if page == "Screening":
            QTest.keyClick(widget.page, Qt.Key.Key_Return)
        elif getattr(widget, "player", None) is not None and not started:
            started = True
            QTest.keyClick(widget.player, Qt.Key.Key_Space)
        elif page == "SymptomLog" and os.environ.get("HAMSESSION_TEST_QUIT") == "key":
            # Through the active window, as a real key arrives, so shortcuts see it.
            widget.activateWindow()
            handle = widget.windowHandle()
            QTest.keyClick(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            return
    QTimer.singleShot(50, act)


QTimer.singleShot(100, act)

from hamsession.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
