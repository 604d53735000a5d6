"""A page that only says one thing, centred and large ("Opening your history…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hamsession.ui.widgets.text_scale import ScaledFonts


class MessagePage(QLabel):
    def __init__(self, text: str, scale: float = 1.0) -> None:
        super().__init__(text)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.fonts = ScaledFonts()
        self.fonts.add(self, 1.5 * self.font().pointSizeF())
        self.apply_scale(scale)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)
