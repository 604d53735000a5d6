"""An exercise's figure as PNG bytes, drawn without a screen (``exercises figure``)."""

from __future__ import annotations

import sys

from hamsession.domain.figure import Figure


def _flipped(image):
    from PySide6.QtCore import Qt

    if hasattr(image, "flipped"):  # Qt 6.9 on
        return image.flipped(Qt.Orientation.Horizontal)
    return image.mirrored(True, False)


def figure_png(figure: Figure, pose: str, mirrored: bool, size: int) -> bytes:
    """The figure in its ``start`` or ``end`` pose, the longer side ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from hamsession.ui.widgets.figure_drawing import LIGHT, bounds, draw_figure

    _app = QApplication.instance() or QApplication([sys.argv[0]])  # kept alive meanwhile
    extent = bounds(figure)
    ratio = extent.height() / extent.width()
    width, height = (size, max(16, round(size * ratio))) if ratio <= 1 else (
        max(16, round(size / ratio)), size)  # fmt: skip
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    shown = figure.start if pose == "start" else figure.end
    draw_figure(painter, QRectF(0, 0, width, height), figure, shown, False, LIGHT)
    painter.end()
    if mirrored:  # the left side: the right's picture turned over, pixel for pixel
        image = _flipped(image)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
