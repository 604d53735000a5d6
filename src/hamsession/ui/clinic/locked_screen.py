"""The screen a lent laptop shows between clients: no names, no data, one way back in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hamsession.ui.widgets.text_scale import ScaledFonts

# The messages it shows, marked for translation; whoever shows one translates it with
# QCoreApplication.translate("LockedScreen", message).
HAND_BACK = QT_TRANSLATE_NOOP(
    "LockedScreen", "Thank you. Please hand the laptop back to your physiotherapist."
)
PROFILE_LOCKED = QT_TRANSLATE_NOOP("LockedScreen", "This profile is locked.")
IDLE = QT_TRANSLATE_NOOP("LockedScreen", "Locked after a while without use.")
CLINIC = QT_TRANSLATE_NOOP("LockedScreen", "Only the clinician can unlock it.")


class LockedScreen(QWidget):
    """Emits ``unlock_requested`` on its button or Enter; shows nothing about anyone."""

    unlock_requested = Signal()

    def __init__(self, message: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        self.setObjectName("lockedScreen")
        self.setStyleSheet("#lockedScreen { background: #1d2330; } QLabel { color: #f2f2f2; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        layout.addStretch(2)
        title = f.add(QLabel(self.tr("Hamsession is locked")), 40, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.message = f.add(QLabel(message), 22)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(1)
        button_text = self.tr("{action} (Enter)").format(action=button_text)
        self.button = f.add(QPushButton(button_text), 18, bold=True)
        self.button.clicked.connect(self.unlock_requested.emit)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.unlock_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
