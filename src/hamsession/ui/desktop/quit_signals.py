"""Quit cleanly on SIGINT and SIGTERM (Ctrl+C in a terminal, a session logging out)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier


class QuitOnSignals(QObject):
    """Routes SIGINT/SIGTERM into the Qt event loop, which then leaves with code 0.

    Python runs signal handlers only between bytecodes, and Qt's loop runs in C;
    a socket pair with ``signal.set_wakeup_fd`` wakes the loop when one arrives.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous = {
            sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)
        }

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)
        # exit(), not quit(): a signal must not wait on a window that asks to confirm.
        self._app.exit(0)

    def uninstall(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def install(app: QCoreApplication) -> QuitOnSignals | None:
    if os.name != "posix":
        return None
    return QuitOnSignals(app)
