"""Quit cleanly on SIGINT and SIGTERM (Ctrl+C in a terminal, a session logging out)."""

from __future__ import annotations

import contextlib
import os
import signal

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier


class QuitOnSignals(QObject):
    """Routes SIGINT/SIGTERM into the Qt event loop, which then leaves with code 0.

    Python runs signal handlers only between bytecodes, and Qt's loop runs in C;
    a pipe with ``signal.set_wakeup_fd`` wakes the loop when one arrives.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous = {
            sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)
        }

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._reader, 64)
        # exit(), not quit(): a signal must not wait on a window that asks to confirm.
        self._app.exit(0)

    def uninstall(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        os.close(self._reader)
        os.close(self._writer)


def install(app: QCoreApplication) -> QuitOnSignals | None:
    if os.name != "posix":
        return None
    return QuitOnSignals(app)
