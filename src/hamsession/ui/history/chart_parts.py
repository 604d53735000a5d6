"""The history charts' colours, sizes and small drawing helpers."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor

from hamsession.domain.contrast import luminance
from hamsession.domain.words import number

# Okabe-Ito colours: distinguishable with the common kinds of colour blindness. The
# pale ones are darkened on a light background so every mark has at least 3:1 against
# it (WCAG 2 for the parts of a chart), and kept as they are on a dark one.
VERMILLION, BLUE, SKY, GREEN, ORANGE, PURPLE = (
    "#D55E00",
    "#0072B2",
    "#56B4E9",
    "#009E73",
    "#E69F00",
    "#CC79A7",
)


@dataclass(frozen=True)
class Marks:
    vermillion: str
    blue: str
    sky: str
    green: str
    orange: str
    purple: str


ON_DARK = Marks(VERMILLION, "#3D9BE0", SKY, GREEN, ORANGE, PURPLE)  # the blue, lighter
ON_LIGHT = Marks(VERMILLION, BLUE, "#2F87C0", "#008A64", "#A86A00", "#B4638F")


def marks_for(background: str) -> Marks:
    """The chart colours for a background (``#RRGGBB``): light or dark."""
    return ON_LIGHT if luminance(background) > 0.18 else ON_DARK


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
    plot.getAxis("left").setTicks([[(float(v), number(v)) for v in values], []])
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


def count_axis(ink: QColor, plot, most: int) -> None:
    """Whole numbers only on a counts' axis (no half sessions)."""
    step = max(1, math.ceil(most / 6))
    top = step * math.ceil(most / step)
    plot.setYRange(0, top + step * 0.15, padding=0)
    level_lines(ink, plot, range(0, top + 1, step))


def minutes_axis(ink: QColor, plot, most: float) -> None:
    """A handful of round levels of minutes, one at or above the tallest bar."""
    step = next((n for n in MINUTE_STEPS if most / n <= 5), MINUTE_STEPS[-1])
    top = step * math.ceil(most / step)
    plot.setYRange(0, top * 1.05, padding=0)
    level_lines(ink, plot, range(0, top + 1, step))
