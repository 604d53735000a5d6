"""The history charts' colours, sizes and small drawing helpers."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QColor

# Okabe-Ito colours: distinguishable with the common kinds of colour blindness.
VERMILLION, BLUE, SKY, GREEN, ORANGE, PURPLE = (
    "#D55E00",
    "#0072B2",
    "#56B4E9",
    "#009E73",
    "#E69F00",
    "#CC79A7",
)
DAY_S = 24 * 3600
#: Steps between the labelled levels of the weekly minutes (at most six levels shown).
MINUTE_STEPS = (5, 10, 15, 20, 30, 60, 120, 240, 480, 960)
#: Most points of the rolling-mean curve and its band (about one per two pixels).
MEAN_POINTS = 600
WEEK_S = 7 * DAY_S


def level_lines(ink: QColor, plot, values) -> None:
    """Labels on the left axis at ``values`` with a faint line across the chart at
    each: a handful of lines, where the chart library's own grid repainted its every
    tick and took most of each paint."""
    values = list(values)
    plot.getAxis("left").setTicks([[(float(v), f"{v:g}") for v in values], []])
    faint = QColor(ink)
    faint.setAlphaF(0.2)
    while len(plot.levels) < len(values):
        line = pg.InfiniteLine(angle=0, pen=pg.mkPen(faint, width=1), movable=False)
        line.setZValue(-10)  # under the data
        plot.addItem(line, ignoreBounds=True)
        plot.levels.append(line)
    for i, line in enumerate(plot.levels):
        line.setVisible(i < len(values))
        if i < len(values):
            line.setValue(values[i])


def spots(t: list[float], values: list[float], ids: list[str]) -> dict:
    """The points of one score for a scatter plot: unanswered ones (NaN) left out, each
    point carrying its session's id (a click opens that session)."""
    keep = [i for i, v in enumerate(values) if not math.isnan(v)]
    return {
        "x": [t[i] for i in keep],
        "y": [values[i] for i in keep],
        "data": [ids[i] for i in keep],
    }
