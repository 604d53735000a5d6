"""Shown when a session ends: what was done, and the way back to the programs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamsession.domain.engine import PhaseRecord
from hamsession.domain.timeline import PhaseKind
from hamsession.ui.session.labels import elapsed_text
from hamsession.ui.widgets.scrolling import quiet_scroll
from hamsession.ui.widgets.text_scale import ScaledFonts


def holds_done(records: Sequence[PhaseRecord]) -> int:
    return sum(1 for r in records if r.completed and r.phase.kind is PhaseKind.HOLD)


def time_under_tension(records: Sequence[PhaseRecord]) -> float:
    return sum(r.actual_s for r in records if r.phase.kind in (PhaseKind.HOLD, PhaseKind.MOVE))


class SessionSummary(QWidget):
    back = Signal()
    accepted = Signal()  # the user takes the suggested program change

    def __init__(
        self,
        program_id: str,
        title: str,
        status: str,
        elapsed_s: float,
        records: Sequence[PhaseRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.program_id = program_id
        self.fonts = f = ScaledFonts()
        heading = (
            self.tr("Session complete") if status == "completed" else self.tr("Session ended early")
        )
        self.heading = f.add(QLabel(heading), 36, bold=True)
        self.program = f.add(QLabel(title), 20)
        self.figures = f.add(
            QLabel(
                self.tr(
                    "Time: {time}    Holds done: {holds}    Time under tension: {tension}"
                ).format(
                    time=elapsed_text(elapsed_s),
                    holds=holds_done(records),
                    tension=elapsed_text(time_under_tension(records)),
                )
            ),
            20,
        )
        self.accept_button = f.add(QPushButton(self.tr("Accept (A)")), 16)
        self.accept_button.clicked.connect(self.accepted.emit)
        self.accept_button.hide()
        self.button = QPushButton(self.tr("Back to programs (Enter)"))
        f.add(self.button, 16)
        self.button.clicked.connect(self.back.emit)
        # Large text and a long card can outgrow a small window: the page then scrolls.
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(quiet_scroll(content))
        layout = QVBoxLayout(content)
        layout.addStretch(1)
        self.advice = f.add(QLabel(), 18)
        self.advice.setWordWrap(True)
        self.advice.setObjectName("advice")
        self.advice.hide()
        # The card a program ends on (the running form before a run), to take along.
        self.card = f.add(QLabel(), 18)
        self.card.setWordWrap(True)
        self.card.setObjectName("card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMargin(16)
        self.card.hide()
        for widget in (self.heading, self.program, self.figures, self.advice):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        card_row = QHBoxLayout()  # a readable measure, centred; it wraps to its height
        card_row.addStretch(1)
        card_row.addWidget(self.card, 6)
        card_row.addStretch(1)
        layout.addLayout(card_row)
        layout.addSpacing(24)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_advice(self, text: str, offer: str | None = None) -> None:
        """The advice for this program in plain words, and what accepting it does (if
        anything can be accepted)."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
        if offer:
            self.accept_button.setText(self.tr("{offer} (A)").format(offer=offer))
        self.accept_button.setVisible(bool(offer))

    def show_card(self, text: str) -> None:
        self.card.setText(text)
        self.card.setAccessibleName(text.split("\n", 1)[0])
        self.card.show()

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_A and self.accept_button.isVisible():
            self.accepted.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.back.emit()
            event.accept()
            return
        super().keyPressEvent(event)
