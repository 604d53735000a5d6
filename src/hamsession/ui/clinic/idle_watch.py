"""Noticing that nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Emits ``idle`` after ``interval_ms`` without any input to the application."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle.emit)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT:
            self._timer.start()
        return False
