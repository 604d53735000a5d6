"""A row of small figures, one per step of a program (its effort pose), numbered as the
step list is: the picker's preview of what the session looks like."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamsession.domain.figure import Figure
from hamsession.ui.widgets.figure_drawing import FigureStyle, draw_figure
from hamsession.ui.widgets.theme_colours import dark_theme

#: The preview's colours on the picker's own page (no background of its own): for a
#: light window, and for a dark one (a dark theme, high contrast).
STRIP = FigureStyle(None, "#263238", "#7D8C94", "#C2410C", "#6D4C41", "#E7DED7")
STRIP_ON_DARK = FigureStyle(None, "#ECEFF1", "#8A9BA4", "#FFB74D", "#A1887F", "#3E4A52")
CELL_W, CELL_H = 150, 86


class FigureStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: list[tuple[int, Figure]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Figures of the program's steps"))

    def set_figures(self, figures: list[Figure | None]) -> None:
        """One per step, in order; steps without a figure are left out (their number too)."""
        self._figures = [(n, f) for n, f in enumerate(figures, start=1) if f is not None]
        self.setVisible(bool(self._figures))
        self.updateGeometry()
        self.update()

    def _columns(self, width: int) -> int:
        return max(1, width // CELL_W)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        rows = -(-len(self._figures) // self._columns(width)) if self._figures else 0
        return rows * CELL_H

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(CELL_W * 4, self.heightForWidth(CELL_W * 4))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        columns = self._columns(self.width())
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        style = STRIP_ON_DARK if dark_theme(self) else STRIP
        for i, (number, figure) in enumerate(self._figures):
            x, y = (i % columns) * CELL_W, (i // columns) * CELL_H
            cell = QRectF(x + 2, y + 2, CELL_W - 4, CELL_H - 4)
            draw_figure(painter, cell.adjusted(16, 0, 0, 0), figure, figure.end, False, style)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             str(number))  # fmt: skip
        painter.end()
