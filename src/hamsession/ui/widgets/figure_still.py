"""One still drawing of an exercise's figure (its end pose unless told otherwise), for the
picker's preview and "About this exercise"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamsession.domain.figure import Figure
from hamsession.ui.widgets.figure_drawing import LIGHT, FigureStyle, draw_figure


class FigureStill(QWidget):
    def __init__(self, parent: QWidget | None = None, style: FigureStyle = LIGHT) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        self.style_ = style
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Figure of the exercise"))

    def set_figure(self, figure: Figure | None, description: str = "") -> None:
        self.figure = figure
        self.setVisible(figure is not None)
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 160)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if self.figure is None:
            return
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        draw_figure(painter, area, self.figure, self.figure.end, False, self.style_)
        painter.end()
