"""The reminder as a desktop notification with buttons, where the desktop offers them.

``notify-send`` (libnotify 0.7.9 or newer) shows a notification with actions and,
once one is chosen, prints its key and exits; it runs here as a QProcess, so nothing
waits on it. This is used only when the program is on the PATH and a notification
server is on the session bus; otherwise the reminder is Hamsession's own window.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, QProcess, Signal

NOTIFICATIONS = "org.freedesktop.Notifications"


def notification_server_running() -> bool:
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(NOTIFICATIONS)
    return bool(reply.value()) if hasattr(reply, "value") else bool(reply)


class DesktopNotification(QObject):
    """Shows one notification at a time; ``answered(key)`` with the action chosen, or
    ``""`` when it was dismissed or expired."""

    answered = Signal(str)

    def __init__(self, program: str = "notify-send", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = shutil.which(program)
        self._process = QProcess(self)
        self._process.finished.connect(self._on_process_finished)
        self._withdrawn = False

    @classmethod
    def if_available(cls, parent: QObject | None = None) -> DesktopNotification | None:
        made = cls(parent=parent)
        if made.program is None or not notification_server_running():
            made.deleteLater()
            return None
        return made

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> None:
        self.close()
        args = ["--app-name=Hamsession", "--urgency=normal", "--expire-time=0"]
        args += [f"--action={key}={label}" for key, label in actions]
        args += [title, body]
        self._withdrawn = False
        self._process.start(self.program, args)

    @property
    def showing(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def _on_process_finished(self, *_: object) -> None:
        out = bytes(self._process.readAllStandardOutput()).decode("utf-8", "replace").strip()
        if self._withdrawn:
            return
        self.answered.emit(out.splitlines()[-1] if out else "")

    def close(self) -> None:
        """Withdraw a notification still showing (its process ends; no answer follows)."""
        if self.showing:
            self._withdrawn = True
            self._process.kill()
            self._process.waitForFinished(1000)
