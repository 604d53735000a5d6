"""Text sizes that scale together (Ctrl+= / Ctrl+-), for reading from across a room."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

SCALE_STEP = 1.15


class ScaledFonts:
    """Remembers each widget's base point size and applies one scale factor to all."""

    def __init__(self) -> None:
        self._entries: list[tuple[QWidget, float, bool]] = []
        self.scale = 1.0

    def add(self, widget: QWidget, base_pt: float, bold: bool = False) -> QWidget:
        self._entries.append((widget, base_pt, bold))
        self._apply_one(widget, base_pt, bold, self._own())
        return widget

    def apply(self, scale: float) -> None:
        self.scale = scale
        own = self._own()
        for widget, base, bold in self._entries:
            self._apply_one(widget, base, bold, own)

    def size(self, base_pt: float) -> float:
        return base_pt * self.scale

    def _own(self) -> set[int]:
        """The widgets with a size of their own (each sized by its own entry)."""
        return {id(w) for w, _, _ in self._entries}

    def _apply_one(self, widget: QWidget, base: float, bold: bool, own: set[int]) -> None:
        font = QFont(widget.font())
        font.setPointSizeF(base * self.scale)
        font.setBold(bold)
        widget.setFont(font)
        # Under a style sheet Qt no longer hands a parent's font down to its children,
        # so the tick boxes and fields inside a group are sized here too (keeping their
        # own weight); a child with a size of its own is sized by its own entry.
        for child in widget.findChildren(QWidget):
            if id(child) not in own:
                inner = QFont(child.font())
                inner.setPointSizeF(base * self.scale)
                child.setFont(inner)
