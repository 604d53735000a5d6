"""The exercise's figure in the player, moving in step with the phases.

Like the pacer it draws whatever its source says for the engine's current position
(:func:`hamsession.domain.figure.effort_at`), so it never drifts from the timing: up as a
hold begins, still through it, down on the release, one cycle per timed rep. With reduced
motion it shows the end pose, still."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamsession.domain.figure import Figure, Pose
from hamsession.ui.widgets.figure_drawing import DARK, draw_figure

# The figure takes every second frame of the clock it follows (the pacer's 60 a second):
# about 30 frames a second, as a limb moves a few pixels a frame at most.
FRAME_EVERY = 2

#: What the figure shows now: the figure, its pose, and whether mirrored (left side).
Shown = tuple[Figure, Pose, bool]


class FigureView(QWidget):
    def __init__(self, source: Callable[[], Shown | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._shown: Shown | None = None
        self.background = QColor("#15191d")
        self._frames = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAccessibleName(self.tr("Figure of the exercise"))

    @property
    def shown(self) -> Shown | None:
        return self._shown

    def follow(self, clock: QTimer) -> None:
        """Move with ``clock``, a frame clock that runs while the session runs (one timer
        for the pacer and the figure: each wake-up of the app costs as much as a frame)."""
        clock.timeout.connect(self._on_clock_timeout)

    def _on_clock_timeout(self) -> None:
        self._frames += 1
        if self._frames % FRAME_EVERY == 0:
            self.refresh()

    def refresh(self) -> None:
        shown = self._source()
        if shown != self._shown:
            self._shown = shown
            self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background)
        if self._shown is not None:
            figure, pose, mirrored = self._shown
            area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
            draw_figure(painter, area, figure, pose, mirrored, DARK)
        painter.end()
