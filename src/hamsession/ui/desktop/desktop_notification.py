"""The reminder as a desktop notification with buttons, where the desktop offers them.

``notify-send`` (libnotify 0.7.9 or newer) shows a notification with actions and,
once one is chosen, prints its key and exits; it runs here as a QProcess, so nothing
waits on it. This is used only when the program is on the PATH and a notification
server is on the session bus; otherwise the reminder is Hamsession's own window.
"""

from __future__ import annotations

import os
import shutil
import signal

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from hamsession.ui.desktop.session_bus import session_bus

NOTIFICATIONS = "org.freedesktop.Notifications"


def notification_server_running() -> bool:
    bus = session_bus()
    if bus is None:
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
        self._process: QProcess | None = None  # the notification showing, if any
        self._ended: list[QProcess] = []
        self._withdrawn: list[QProcess] = []  # interrupted, perhaps not ended yet

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
        while self._ended:
            self._ended.pop().deleteLater()
        process = self._process = QProcess(self)
        process.finished.connect(self._on_process_finished)
        process.start(self.program, args)

    @property
    def showing(self) -> bool:
        process = self._process
        return process is not None and process.state() != QProcess.ProcessState.NotRunning

    def _on_process_finished(self, *_: object) -> None:
        process = self.sender()
        if not isinstance(process, QProcess):
            return
        out = bytes(process.readAllStandardOutput()).decode("utf-8", "replace").strip()
        answered = process is self._process  # else it was withdrawn: no answer follows
        if answered:
            self._process = None
        # Deleted at the next notification, never while it is still emitting (a listener
        # of ``answered`` may run an event loop).
        self._ended.append(process)
        if answered:
            self.answered.emit(out.splitlines()[-1] if out else "")

    def close(self) -> None:
        """Withdraw a notification still showing: notify-send closes its notice when it is
        interrupted (a kill would leave the notice on screen); no answer follows. Nothing
        waits for it: if it has not ended within two seconds, it is killed then."""
        process, self._process = self._process, None
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return
        pid = process.processId()
        if pid:
            os.kill(pid, signal.SIGINT)
        self._withdrawn.append(process)
        QTimer.singleShot(2000, lambda: _kill_if_running(process))

    def shutdown(self) -> None:
        """The app is ending: withdraw what shows and end every notify-send at once, even
        one stuck on a notification server that never replies (killed after 200 ms)."""
        self.close()
        for process in self._withdrawn:
            try:
                if not process.waitForFinished(200):
                    process.kill()
                    process.waitForFinished(500)
            except RuntimeError:  # already ended and deleted
                pass
        self._withdrawn.clear()


def _kill_if_running(process: QProcess) -> None:
    try:
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
    except RuntimeError:  # it ended and was deleted meanwhile
        pass
