"""The reminder itself: a small window on top with Start, Snooze 10 min and Skip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

REMINDER_TEXT = QT_TRANSLATE_NOOP(
    "BreakReminder",
    "You have been at the computer for {minutes} minutes. Time for a three-minute "
    "standing break: breathing, hip swings, a hinge and a stretch, all at the desk.",
)


class BreakReminder(QWidget):
    """Emits exactly one of ``start``, ``snooze`` or ``skip``; closing it is a snooze."""

    start = Signal()
    snooze = Signal()
    skip = Signal()

    def __init__(self, minutes: int, scale: float = 1.0) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(None, flags)
        self.setWindowTitle(self.tr("Hamsession — time for a desk break"))
        self._answered = False
        title = QLabel(self.tr("Time for a desk break"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5 * scale)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            QCoreApplication.translate("BreakReminder", REMINDER_TEXT).format(minutes=minutes)
        )
        body.setWordWrap(True)
        body_font = body.font()
        body_font.setPointSizeF(body_font.pointSizeF() * scale)
        body.setFont(body_font)
        self.start_button = QPushButton(self.tr("Start (Enter)"))
        self.snooze_button = QPushButton(self.tr("Snooze 10 min (S)"))
        self.skip_button = QPushButton(self.tr("Skip (Esc)"))
        self.start_button.setDefault(True)
        row = QHBoxLayout()
        for button, signal in (
            (self.start_button, self.start),
            (self.snooze_button, self.snooze),
            (self.skip_button, self.skip),
        ):
            button.setFont(body_font)
            button.clicked.connect(lambda _=False, s=signal: self._answer(s))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(row)
        self.resize(int(460 * scale), int(170 * scale))

    def _answer(self, signal) -> None:
        if self._answered:
            return
        self._answered = True
        self.close()
        signal.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._answer(self.start)
        elif key == Qt.Key.Key_S:
            self._answer(self.snooze)
        elif key == Qt.Key.Key_Escape:
            self._answer(self.skip)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        super().closeEvent(event)
        if not self._answered:
            self._answered = True
            self.snooze.emit()
