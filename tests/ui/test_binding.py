"""Guards against a Qt binding that mismanages Python's None (PySide6 6.12.0 on Python 3.11).

Such a build takes one reference from None on every call that returns nothing;
the pacer makes thousands of those calls a minute, and the interpreter aborts
once None's count reaches zero.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    painter = QPainter(image)
    for _ in range(500):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#56B4E9"))
        painter.drawEllipse(QPointF(32, 32), 10.0, 10.0)
        label.setText("x")
        label.update()
    painter.end()
    assert sys.getrefcount(None) > before - 100
