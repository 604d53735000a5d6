"""Text sized as a share of the window's height, so it reads from a mat three metres away
whatever the screen: the phase word and the count grow with the window; the person's
text size (Ctrl+= / Ctrl+-) enlarges the rest only as far as the layout still fits."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

#: Never smaller than this, in pixels, whatever the window.
MIN_PX = 11
#: Shrink steps tried when the layout would not fit, and the smallest text factor.
FIT_STEP, FIT_FLOOR = 0.92, 0.55


FIXED, SCROLLS = "fixed", "scrolls"


class HeightFonts:
    """Each entry has a share of the window's height and says how the person's text size
    applies: fully for text that scrolls (it never pushes the layout), up to ``cap`` for
    the rest (and only as far as the layout fits), not at all for ``FIXED`` text."""

    def __init__(self) -> None:
        self._entries: list[tuple[QWidget, float, bool, str | float]] = []
        self.user_scale = 1.0
        self.applied = 1.0  # the factor of the person's text size that fits
        self.height = 0

    def add(self, widget: QWidget, share: float, bold: bool = False, grows: str | float = 1.6):
        """``grows``: ``FIXED``, ``SCROLLS``, or the most the person's size may enlarge it."""
        self._entries.append((widget, share, bold, grows))
        return widget

    def pixels(self, share: float, grows: str | float = FIXED) -> int:
        if grows == FIXED:
            factor = 1.0
        elif grows == SCROLLS:
            factor = self.user_scale
        else:
            factor = min(self.applied, grows)
        return max(MIN_PX, math.ceil(self.height * share * factor))

    def fit(self, height: int, fits: Callable[[], bool]) -> None:
        """Size every entry for ``height``; shrink the person's factor until ``fits()``."""
        self.height = height
        factor = self.user_scale
        while True:
            self.applied = factor
            for widget, share, bold, grows in self._entries:
                font = QFont(widget.font())
                font.setPixelSize(self.pixels(share, grows))
                font.setBold(bold)
                widget.setFont(font)
            if fits() or factor <= FIT_FLOOR:
                return
            factor = max(FIT_FLOOR, factor * FIT_STEP)
