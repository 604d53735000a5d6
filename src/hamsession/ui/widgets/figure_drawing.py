"""Drawing an exercise's figure with QPainter: clean, anti-aliased line art with the
working side highlighted, the floor and props drawn, readable from across a room.

One drawing serves the player (moving, on its dark panel), the picker's preview and
``hamsession exercises figure`` (a PNG, without a screen)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from hamsession.domain.figure import HEAD_R, Figure, Pose, points


@dataclass(frozen=True)
class FigureStyle:
    background: str | None  # None: transparent
    body: str
    other: str  # the far side
    working: str  # the side being worked
    prop: str
    prop_fill: str


LIGHT = FigureStyle("#FFFFFF", "#263238", "#7D8C94", "#C2410C", "#6D4C41", "#E7DED7")
DARK = FigureStyle(None, "#ECEFF1", "#8A9BA4", "#FFB74D", "#A1887F", "#3E4A52")

#: Line widths in figure units (the figure is 100 units tall).
WIDTH = {"trunk": 7.0, "thigh": 4.8, "shin": 4.0, "upper_arm": 3.6, "forearm": 3.1}
MARGIN = 6.0
WALL_H = 60.0  # a wall is drawn this high unless its size says otherwise
CHAIR_SEAT = 26.0  # a chair's seat, at knee height


def _prop_reach(figure: Figure) -> list[tuple[float, float]]:
    """Points the props take up, beside the body's (for fitting the drawing)."""
    found = []
    for prop in figure.props:
        if prop.at is None:
            continue
        x, y = prop.at
        size = prop.size or 20
        if prop.kind == "wall":
            found += [(x, 0), (x, prop.size or WALL_H)]
        elif prop.kind == "chair":
            found += [(x - 27, 0), (x, (y or CHAIR_SEAT) + 30)]
        elif prop.kind in ("bench", "step", "desk", "cushion"):
            found += [(x - size / 2, 0), (x + size / 2, y)]
        elif prop.kind == "ball":
            found += [(x - size, y - size), (x + size, y + size)]
        else:
            found.append((x, y))
    return found


def bounds(figure: Figure) -> QRectF:
    """The figure's extent over all its poses and props, in figure units (y up)."""
    xs, ys = [], [0.0]
    for pose in figure.poses():
        for name, (x, y) in points(pose).items():
            r = HEAD_R if name == "head" else 4.0
            xs += [x - r, x + r]
            ys += [y - r, y + r]
    for x, y in _prop_reach(figure):
        xs.append(x)
        ys.append(y)
    left, right, low, high = min(xs), max(xs), min(ys), max(ys)
    return QRectF(left - MARGIN, low - MARGIN, right - left + 2 * MARGIN, high - low + 2 * MARGIN)


class _Canvas:
    """Figure units to pixels: fitted into a rectangle, y up, mirrored for the left side."""

    def __init__(self, area: QRectF, extent: QRectF, mirrored: bool) -> None:
        self.scale = min(area.width() / extent.width(), area.height() / extent.height())
        self.mirrored = mirrored
        self.cx = extent.center().x()
        self.left = extent.left()
        self.top = extent.bottom()
        drawn_w = extent.width() * self.scale
        drawn_h = extent.height() * self.scale
        self.x0 = area.left() + (area.width() - drawn_w) / 2
        self.y0 = area.top() + (area.height() - drawn_h) / 2
        self.width = extent.width()

    def at(self, p: tuple[float, float]) -> QPointF:
        x = p[0]
        if self.mirrored:
            x = 2 * self.cx - x
        return QPointF(
            self.x0 + (x - self.left) * self.scale, self.y0 + (self.top - p[1]) * self.scale
        )

    def size(self, units: float) -> float:
        return units * self.scale


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _limb(painter, c: _Canvas, pts, limb: str, colour: str) -> None:
    """One arm (shoulder, elbow, hand) or leg (hip, knee, ankle and the foot)."""
    prefix = "other_" if limb.startswith("other_") else ""
    root = "shoulder" if limb.endswith("arm") else "hip"
    middle, end = ("elbow", "hand") if root == "shoulder" else ("knee", "ankle")
    upper, lower = ("upper_arm", "forearm") if root == "shoulder" else ("thigh", "shin")
    painter.setPen(_pen(colour, c.size(WIDTH[upper])))
    painter.drawLine(c.at(pts[root]), c.at(pts[prefix + middle]))
    painter.setPen(_pen(colour, c.size(WIDTH[lower])))
    painter.drawLine(c.at(pts[prefix + middle]), c.at(pts[prefix + end]))
    if root == "hip":
        foot = QPolygonF([c.at(pts[prefix + k]) for k in ("ankle", "toe", "heel")])
        painter.setPen(_pen(colour, c.size(2.2)))
        painter.setBrush(QBrush(QColor(colour)))
        painter.drawPolygon(foot)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _anchor(prop, pts, which: str) -> list[tuple[float, float]]:
    """Where a prop that follows the body sits."""
    on = prop.on or which
    if on in ("hands", "feet", "heels"):
        key = {"hands": "hand", "feet": "toe", "heels": "heel"}[on]
        return [pts[key], pts["other_" + key]]
    key = {"hand": "hand", "heel": "heel", "foot": "toe", "knee": "knee"}.get(on, on)
    return [pts[key]]


def _fixed_props(painter, c: _Canvas, figure: Figure, pts, style: FigureStyle) -> None:
    line, fill = QColor(style.prop), QBrush(QColor(style.prop_fill))
    painter.setPen(_pen(style.prop, c.size(1.6)))
    painter.setBrush(fill)
    for prop in figure.props:
        x, y = prop.at or (0.0, 0.0)
        size = prop.size
        if prop.kind == "wall":
            painter.setPen(_pen(style.prop, c.size(3.0)))
            painter.drawLine(c.at((x, 0)), c.at((x, size or WALL_H)))
            painter.setPen(_pen(style.prop, c.size(1.6)))
        elif prop.kind in ("bench", "step", "desk"):
            w = size or {"bench": 40, "step": 30, "desk": 50}[prop.kind]
            top = y or {"bench": 25, "step": 10, "desk": 44}[prop.kind]
            if prop.kind == "desk":
                painter.drawRect(QRectF(c.at((x - w / 2, top + 3)), c.at((x + w / 2, top))))
                for leg in (x - w / 2 + 3, x + w / 2 - 3):
                    painter.drawLine(c.at((leg, top)), c.at((leg, 0)))
            else:
                painter.drawRect(QRectF(c.at((x - w / 2, top)), c.at((x + w / 2, 0))))
        elif prop.kind == "chair":  # a seat at knee height (about 45 cm), a back above it
            top = y or CHAIR_SEAT
            painter.drawRect(QRectF(c.at((x - 24, top)), c.at((x, top - 3))))
            for leg in (x - 22, x - 2):
                painter.drawLine(c.at((leg, top - 3)), c.at((leg, 0)))
            painter.drawLine(c.at((x - 23, top)), c.at((x - 26, top + 30)))
        elif prop.kind == "cushion":
            w = size or 24
            where = _anchor(prop, pts, "knee")[0] if prop.on else (x, 0)
            base = where[1] - 3 if prop.on else 0
            rect = QRectF(c.at((where[0] - w / 2, base + 5)), c.at((where[0] + w / 2, base)))
            painter.drawRoundedRect(rect, c.size(2.5), c.size(2.5))
        elif prop.kind == "ball":
            r = size or 14
            for heel in _anchor(prop, pts, "heels")[:1] if prop.on else [(x, y + r)]:
                centre = (heel[0], heel[1] - r) if prop.on else (x, y)
                painter.drawEllipse(c.at(centre), c.size(r), c.size(r))
        elif prop.kind == "slider":
            for heel in _anchor(prop, pts, "heels"):
                painter.drawRect(
                    QRectF(c.at((heel[0] - 4, heel[1])), c.at((heel[0] + 4, heel[1] - 1.5)))
                )
        elif prop.kind == "band" and prop.at is not None:
            painter.setPen(_pen(style.prop, c.size(1.4)))
            for hand in _anchor(prop, pts, "hands"):
                painter.drawLine(c.at(prop.at), c.at(hand))
            painter.setBrush(QBrush(line))
            painter.drawEllipse(c.at(prop.at), c.size(1.8), c.size(1.8))
            painter.setBrush(fill)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _held_props(painter, c: _Canvas, figure: Figure, pts, style: FigureStyle) -> None:
    for prop in figure.props:
        if prop.kind == "towel":
            painter.setPen(_pen(style.prop, c.size(1.8)))
            foot = pts["toe"]
            path = QPainterPath(c.at(pts["hand"]))
            path.lineTo(c.at(foot))
            painter.drawPath(path)
        elif prop.kind == "dumbbell":
            painter.setPen(_pen(style.prop, c.size(2.2)))
            painter.setBrush(QBrush(QColor(style.prop)))
            for hand in _anchor(prop, pts, "hands"):
                a, b = (hand[0] - 5, hand[1]), (hand[0] + 5, hand[1])
                painter.drawLine(c.at(a), c.at(b))
                for end in (a, b):
                    painter.drawEllipse(c.at(end), c.size(3.0), c.size(3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)


def draw_figure(
    painter: QPainter,
    area: QRectF,
    figure: Figure,
    pose: Pose,
    mirrored: bool = False,
    style: FigureStyle = LIGHT,
) -> None:
    """Draw ``figure`` in ``pose`` fitted into ``area`` (the same fit for all its poses,
    so a moving figure never jumps); ``mirrored`` for the left side."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if style.background is not None:
        painter.fillRect(area, QColor(style.background))
    c = _Canvas(area, bounds(figure), mirrored)
    pts = points(pose)
    floor_y = 0.0
    painter.setPen(_pen(style.prop, c.size(1.8)))
    painter.drawLine(
        c.at((bounds(figure).left(), floor_y)), c.at((bounds(figure).right(), floor_y))
    )
    _fixed_props(painter, c, figure, pts, style)

    def colour(limb: str) -> str:
        if limb in figure.highlight:
            return style.working
        return style.other if limb.startswith("other_") else style.body

    for limb in ("other_arm", "other_leg"):  # the far side, behind the body
        _limb(painter, c, pts, limb, colour(limb))
    painter.setPen(_pen(style.body, c.size(WIDTH["trunk"])))
    painter.drawLine(c.at(pts["hip"]), c.at(pts["shoulder"]))
    painter.setPen(_pen(style.body, c.size(3.4)))  # the neck
    painter.drawLine(c.at(pts["shoulder"]), c.at(pts["head"]))
    painter.setBrush(QBrush(QColor(style.body)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(c.at(pts["head"]), c.size(HEAD_R), c.size(HEAD_R))
    painter.drawEllipse(c.at(pts["hip"]), c.size(4.6), c.size(4.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for limb in ("leg", "arm"):
        _limb(painter, c, pts, limb, colour(limb))
    _held_props(painter, c, figure, pts, style)
    painter.restore()
