"""A tick box whose text wraps to the width it is given (QCheckBox's own text never wraps)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _Text(QLabel):
    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
            self._box.setFocus()


class WrappingCheck(QWidget):
    """A QCheckBox (``box``: focus, keys, the accessible name) beside a wrapping label that
    toggles it when clicked."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _Text(text, self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def isChecked(self) -> bool:  # noqa: N802 (QCheckBox's name)
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:  # noqa: N802 (QCheckBox's name)
        self.box.setChecked(on)
