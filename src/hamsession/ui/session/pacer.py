"""The breath pacer: a shape that fills on the inhale and softens on the exhale.

It draws whatever :func:`hamsession.domain.breath.breath_at` says for the
engine's current position, so it can never drift from the session's timing.
With reduced motion it shows a filling bar instead of a growing shape.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamsession.domain.breath import BreathState
from hamsession.ui.widgets.frame_timer import FrameTimer

FRAME_MS = 16  # about 60 frames a second
# The shape is drawn again when its edge has moved a whole device pixel: a slow breath
# then repaints a dozen times a second, a quick one in every frame.
STEPS_PER_PIXEL = 1
INHALE_COLOUR = QColor("#56B4E9")  # sky blue (Okabe-Ito)
EXHALE_COLOUR = QColor("#009E73")  # bluish green
EASY_COLOUR = QColor("#8a939c")


def _blend(colour: QColor, background: QColor, amount: float) -> QColor:
    """An opaque colour that looks like ``colour`` laid over ``background``."""
    mix = [
        round(a * amount + b * (1 - amount))
        for a, b in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def _radius(full: float, level: float) -> float:
    """The filled circle's radius at ``level`` in a shape ``full`` pixels across."""
    return full / 2 * (0.3 + 0.7 * level)


def _ring_rect(area: QRectF) -> QRect:
    """Where the ring's picture goes: the shape's area and 4 pixels around it."""
    size = int(min(area.width(), area.height())) + 8
    centre = area.center()
    return QRect(int(centre.x() - size / 2), int(centre.y() - size / 2), size, size)


class BreathPacer(QWidget):
    def __init__(
        self, source: Callable[[], BreathState | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._state: BreathState | None = None
        self._drawn: tuple | None = None
        self._ring_cache: tuple[tuple | None, QPixmap | None] = (None, None)
        self.reduced_motion = False
        self.show_words = True
        self.text_colour = QColor("#f2f2f2")
        self._words_font = QFont(self.font())
        # Measured once per size and words, not in each of the 60 frames a second.
        self._words_fit: tuple[tuple | None, float] = (None, 0.0)
        self._area_fit: tuple[tuple | None, QRectF] = (None, QRectF())
        self._said = ""
        self._drawn_level = 0.0
        self._frame = FrameTimer(FRAME_MS, self._on_frame_timeout, self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(100, 100)
        # The pacer paints its own background, so a frame repaints only this widget,
        # never the styled view behind it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.background = QColor("#15191d")
        self.setAccessibleName(self.tr("Breath pacer"))

    @property
    def state(self) -> BreathState | None:
        return self._state

    def set_words_pixel_size(self, size: int) -> None:
        self._words_font.setPixelSize(size)
        self.update()

    def set_show_words(self, show: bool) -> None:
        """Words under the shape, when the phase's own cue does not already say them."""
        if show != self.show_words:
            self.show_words = show
            self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced
        self.update()

    @property
    def frame_clock(self) -> QTimer:
        """The frame clock, 60 a second while a session runs (the figure follows it)."""
        return self._frame

    def set_animating(self, animating: bool) -> None:
        """Run the frame clock only while a session is running."""
        self._frame.set_running(animating)
        self.refresh()

    def refresh(self) -> None:
        """Take the current breath state; repaint only if that changes what is seen."""
        self._state = state = self._source()
        words = state.words if state is not None else ""
        if words != self._said:  # in or out: what the shape says now
            self._said = words
            self.setAccessibleDescription(words)
        area = self._shape_area()
        key = self._look(state, area)
        if key == self._drawn:
            return
        old, self._drawn = self._drawn, key
        was, self._drawn_level = self._drawn_level, state.level if state is not None else 0.0
        if old is not None and key is not None and old[1:] == key[1:]:
            self.update(self._changed(area, was, self._drawn_level))
        else:
            self.update()

    def _changed(self, area: QRectF, was: float, now: float) -> QRect:
        """The pixels a new size of the same shape can change: for the circle, the square
        around the larger of its two sizes (a small breath repaints a small square)."""
        whole = area.toAlignedRect().adjusted(-3, -3, 3, 3)
        if self.reduced_motion:
            return whole
        outer = _radius(min(area.width(), area.height()), max(was, now)) + 2
        centre = area.center()
        square = QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer)
        return square.toAlignedRect().intersected(whole)

    def _look(self, state: BreathState | None, area: QRectF) -> tuple | None:
        """What a frame shows, with the shape's size in whole device pixels.

        Frames come 60 times a second, but a slow breath moves the shape by less
        than a pixel in many of them; those frames would repaint the same pixels.
        """
        if state is None:
            return None
        span = area.height() if self.reduced_motion else area.width() * 0.35
        pixels = round(state.level * span * self.devicePixelRatioF() * STEPS_PER_PIXEL)
        return (
            pixels,
            state.direction,
            state.words if self.show_words else "",
            self.reduced_motion,
        )

    def _words_height(self) -> float:
        """Room for the words: one line, or two when they are wider than the pacer."""
        if not self.show_words:
            return 0.0
        words = self._state.words if self._state is not None else ""
        key = (words, self.width(), self._words_font.pixelSize(), self._words_font.pointSizeF())
        if key != self._words_fit[0]:
            metrics = QFontMetricsF(self._words_font)
            lines = 2 if metrics.horizontalAdvance(words) > self.width() - 8 else 1
            self._words_fit = (key, metrics.height() * (lines + 0.4))
        return self._words_fit[1]

    def _shape_area(self) -> QRectF:
        """Where the shape is drawn: the only part that changes from frame to frame."""
        size = self.size()
        key = (size.width(), size.height(), self._words_height(), self.reduced_motion)
        if key == self._area_fit[0]:
            return self._area_fit[1]
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8 - key[2])
        if self.reduced_motion:
            width = min(area.width(), max(120.0, area.width() * 0.3))
            shape = QRectF(area.center().x() - width / 2, area.top(), width, area.height())
        else:
            side = min(area.width(), area.height())
            centre = area.center()
            shape = QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side)
        self._area_fit = (key, shape)
        return shape

    def _on_frame_timeout(self) -> None:
        self.refresh()

    # ----- drawing -------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        state = self._state
        painter = QPainter(self)
        words_h = self._words_height()
        area = self._shape_area()
        if state is None or self.reduced_motion or not _ring_rect(area).contains(event.rect()):
            # A frame of the breath repaints only within the ring, which covers its own
            # background: the window's background is filled only for more than that.
            painter.fillRect(self.rect(), self.background)
        if state is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = {"inhale": INHALE_COLOUR, "exhale": EXHALE_COLOUR}.get(
            state.direction, EASY_COLOUR
        )
        if self.reduced_motion:
            self._paint_bar(painter, area, state.level, colour)
        else:
            self._paint_circle(painter, area, state.level, colour)
        text_rect = QRectF(0, self.height() - words_h, self.width(), words_h)
        if self.show_words and event.rect().intersects(text_rect.toAlignedRect()):
            painter.setFont(self._words_font)
            painter.setPen(self.text_colour)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(text_rect, int(flags), state.words)
        painter.end()

    def _paint_circle(self, painter: QPainter, area: QRectF, level: float, colour: QColor) -> None:
        full = min(area.width(), area.height())
        centre = area.center()
        place = _ring_rect(area)
        painter.drawPixmap(place.topLeft(), self._ring(place.width(), colour))
        radius = _radius(full, level)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_blend(colour, self.background, 0.82))
        painter.drawEllipse(centre, radius, radius)

    def _ring(self, size: int, colour: QColor) -> QPixmap:
        """The outline and its background, drawn once per size and colour."""
        key = (size, colour.rgb(), self.background.rgb())
        if self._ring_cache[0] != key:
            pixmap = QPixmap(size, size)
            pixmap.fill(self.background)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(colour.darker(140), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            half = size / 2
            p.drawEllipse(QPointF(half, half), half - 4, half - 4)
            p.end()
            self._ring_cache = (key, pixmap)
        return self._ring_cache[1]

    @staticmethod
    def _paint_bar(painter: QPainter, bar: QRectF, level: float, colour: QColor) -> None:
        painter.setPen(QPen(colour.darker(140), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 10, 10)
        filled = QRectF(
            bar.left(), bar.bottom() - bar.height() * level, bar.width(), bar.height() * level
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 10, 10)
