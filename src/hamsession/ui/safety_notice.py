"""A short, plain safety message shown before anything else when an answer calls for it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hamsession.domain.safety import EMERGENCY, URGENCY_WORDS, RedFlag
from hamsession.ui.text_scale import ScaledFonts

URGENCY_COLOURS = {
    EMERGENCY: "#D55E00",
    "urgent": "#D55E00",
    "same_day": "#E69F00",
    "routine": "#56B4E9",
}


class SafetyNotice(QWidget):
    """Emits ``accepted`` (Enter) and, when a decline text is given, ``declined`` (Esc)."""

    accepted = Signal()
    declined = Signal()

    def __init__(
        self,
        flags: Sequence[RedFlag],
        accept_text: str = "I have read this",
        decline_text: str | None = None,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        if intro:
            lead = f.add(QLabel(intro), 18)
            lead.setWordWrap(True)
            layout.addWidget(lead)
        self.messages: list[QLabel] = []
        for flag in flags:
            badge = f.add(QLabel(URGENCY_WORDS[flag.urgency]), 16, bold=True)
            badge.setStyleSheet(f"color: {URGENCY_COLOURS[flag.urgency]};")
            text = f.add(QLabel(flag.message), 24, bold=flag.urgency == EMERGENCY)
            text.setWordWrap(True)
            self.messages.append(text)
            layout.addWidget(badge)
            layout.addWidget(text)
            layout.addSpacing(12)
        note = f.add(QLabel("Hamsession guides exercise; it does not diagnose."), 13)
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._decline = decline_text is not None
        if decline_text is not None:
            back = f.add(QPushButton(f"{decline_text} (Esc)"), 15)
            back.clicked.connect(self.declined.emit)
            buttons.addWidget(back)
        ok = f.add(QPushButton(f"{accept_text} (Enter)"), 15, bold=True)
        ok.clicked.connect(self.accepted.emit)
        buttons.addWidget(ok)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape and self._decline:
            self.declined.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
