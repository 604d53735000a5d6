"""The safety questions before the first session and then weekly (content.md §5, §7)."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.safety import RED_FLAGS
from hamsession.ui.text_scale import ScaledFonts

INTRO_FIRST = (
    "Hamsession guides exercise; it does not diagnose. Before your first session, "
    "please check the list below. If any of these is new for you, get medical advice "
    "before you exercise."
)
INTRO_WEEKLY = "A weekly check before you carry on: is any of these new for you?"


class Screening(QWidget):
    """Emits ``answered(flag_ids)``; Enter answers with what is ticked (often nothing)."""

    answered = Signal(list)

    def __init__(self, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fonts = f = ScaledFonts()
        heading = f.add(QLabel("Before you begin" if first else "Weekly check"), 26, True)
        intro = f.add(QLabel(INTRO_FIRST if first else INTRO_WEEKLY), 16)
        intro.setWordWrap(True)
        self.flags: dict[str, QCheckBox] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for flag in RED_FLAGS:
            box = f.add(QCheckBox(textwrap.fill(flag.question, 90)), 14)
            box.setAccessibleName(flag.question)
            self.flags[flag.id] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.go = f.add(QPushButton("Carry on (Enter)"), 16, bold=True)
        self.go.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(f.add(QLabel("Nothing ticked means none of these apply."), 13))
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 20)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def submit(self) -> None:
        self.answered.emit([k for k, box in self.flags.items() if box.isChecked()])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)
