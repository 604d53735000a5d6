"""A page's words in an area that scrolls when large text makes them taller than the
room there is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def quiet_scroll(widget: QWidget, transparent: bool = False) -> QScrollArea:
    """``widget`` in a frameless area that scrolls up and down, never across, and never
    takes the keyboard focus (the page's keys stay the page's). ``transparent`` leaves
    the page's own background showing through (the player's dark cards)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if transparent:
        area.viewport().setAutoFillBackground(False)
    return area
