"""The exercise's figure in the player, moving in step with the phases.

Like the pacer it draws whatever its source says for the engine's current position
(:func:`hamsession.domain.figure.effort_at`), so it never drifts from the timing: up as a
hold begins, still through it, down on the release, one cycle per timed rep. With reduced
motion it shows the end pose, still."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamsession.domain.figure import Figure, Pose
from hamsession.ui.widgets.figure_drawing import DARK, draw_figure
from hamsession.ui.widgets.frame_timer import FrameTimer

FRAME_MS = 33  # about 30 frames a second: a limb moves a few pixels a frame at most

#: What the figure shows now: the figure, its pose, and whether mirrored (left side).
Shown = tuple[Figure, Pose, bool]


class FigureView(QWidget):
    def __init__(self, source: Callable[[], Shown | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._shown: Shown | None = None
        self.background = QColor("#15191d")
        self._frame = FrameTimer(FRAME_MS, self.refresh, self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAccessibleName(self.tr("Figure of the exercise"))

    @property
    def shown(self) -> Shown | None:
        return self._shown

    def set_animating(self, animating: bool) -> None:
        self._frame.set_running(animating)
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
