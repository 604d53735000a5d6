"""A page that only says one thing, centred and large ("Opening your history…")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from hamsession.ui.widgets.text_scale import ScaledFonts

#: Qt::AlignCenter (AlignHCenter | AlignVCenter). The opening page is shown before the
#: window: set as a number, it spares PySide building the Python enums of the whole
#: ``Qt`` namespace (about 40 ms) before the window is on screen.
CENTRED = 0x0084


class MessagePage(QLabel):
    def __init__(self, text: str, scale: float = 1.0) -> None:
        super().__init__(text)
        self.setProperty("alignment", CENTRED)
        self.setWordWrap(True)
        self.fonts = ScaledFonts()
        self.fonts.add(self, 1.5 * self.font().pointSizeF())
        self.apply_scale(scale)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)
