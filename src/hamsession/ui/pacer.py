"""The breath pacer: a shape that fills on the inhale and softens on the exhale.

It draws whatever :func:`hamsession.domain.breath.breath_at` says for the
engine's current position, so it can never drift from the session's timing.
With reduced motion it shows a filling bar instead of a growing shape.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamsession.domain.breath import BreathState

FRAME_MS = 16  # about 60 frames a second
INHALE_COLOUR = QColor("#56B4E9")  # sky blue (Okabe-Ito)
EXHALE_COLOUR = QColor("#009E73")  # bluish green
EASY_COLOUR = QColor("#8a939c")


class BreathPacer(QWidget):
    def __init__(
        self, source: Callable[[], BreathState | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._state: BreathState | None = None
        self.reduced_motion = False
        self.show_words = True
        self.text_colour = QColor("#f2f2f2")
        self._words_font = QFont(self.font())
        self._frame = QTimer(self)
        self._frame.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._on_frame_timeout)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    @property
    def state(self) -> BreathState | None:
        return self._state

    def set_words_point_size(self, size: float) -> None:
        self._words_font.setPointSizeF(size)
        self.update()

    def set_show_words(self, show: bool) -> None:
        """Words under the shape, when the phase's own cue does not already say them."""
        if show != self.show_words:
            self.show_words = show
            self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    def set_animating(self, animating: bool) -> None:
        """Run the frame clock only while a session is running."""
        if animating and not self._frame.isActive():
            self._frame.start()
        elif not animating:
            self._frame.stop()
        self.refresh()

    def refresh(self) -> None:
        state = self._source()
        if state != self._state:
            self._state = state
            self.update()

    def _on_frame_timeout(self) -> None:
        self.refresh()

    # ----- drawing -------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        state = self._state
        if state is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = {"inhale": INHALE_COLOUR, "exhale": EXHALE_COLOUR}.get(
            state.direction, EASY_COLOUR
        )
        painter.setFont(self._words_font)
        words_h = painter.fontMetrics().height() * 1.4 if self.show_words else 0.0
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8 - words_h)
        if self.reduced_motion:
            self._paint_bar(painter, area, state.level, colour)
        else:
            self._paint_circle(painter, area, state.level, colour)
        if self.show_words:
            painter.setPen(self.text_colour)
            text_rect = QRectF(0, self.height() - words_h, self.width(), words_h)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, state.words)
        painter.end()

    @staticmethod
    def _paint_circle(painter: QPainter, area: QRectF, level: float, colour: QColor) -> None:
        full = min(area.width(), area.height())
        centre = area.center()
        outline = QPen(colour.darker(140), 3)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full / 2, full / 2)
        radius = full / 2 * (0.3 + 0.7 * level)
        fill = QColor(colour)
        fill.setAlpha(210)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)

    @staticmethod
    def _paint_bar(painter: QPainter, area: QRectF, level: float, colour: QColor) -> None:
        width = min(area.width(), max(120.0, area.width() * 0.3))
        bar = QRectF(area.center().x() - width / 2, area.top(), width, area.height())
        painter.setPen(QPen(colour.darker(140), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 10, 10)
        filled = QRectF(
            bar.left(), bar.bottom() - bar.height() * level, bar.width(), bar.height() * level
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 10, 10)
