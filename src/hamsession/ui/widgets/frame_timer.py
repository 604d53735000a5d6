"""The frame clock of a drawing that follows the session (the pacer, the figure): precise,
and running only while a session runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer


class FrameTimer(QTimer):
    def __init__(self, interval_ms: int, slot, parent: QObject) -> None:
        super().__init__(parent)
        self.setTimerType(Qt.TimerType.PreciseTimer)
        self.setInterval(interval_ms)
        self.timeout.connect(slot)

    def set_running(self, running: bool) -> None:
        if running and not self.isActive():
            self.start()
        elif not running:
            self.stop()
