"""Draw every exercise's figure (start, middle if any, end) on one contact sheet, with
each pose's problems listed, for looking at them all at once (docs/figures.png).

    python scripts/figure_sheet.py [--only ID,ID] [--out docs/figures.png]
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from hamsession.domain.figure import figure_problems
from hamsession.services.programs import ProgramService
from hamsession.ui.widgets.figure_drawing import LIGHT, draw_figure

CELL_W, CELL_H, LABEL_H = 300, 190, 44


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated exercise ids (default: all with a figure)")
    parser.add_argument("--out", default="docs/figures.png")
    args = parser.parse_args()
    _app = QGuiApplication([sys.argv[0]])
    exercises = ProgramService(None).library.exercises.values()
    wanted = set(args.only.split(",")) if args.only else None
    rows = [
        e
        for e in sorted(exercises, key=lambda e: e.code or e.id)
        if e.figure is not None and (wanted is None or e.id in wanted)
    ]
    if not rows:
        print("no figures to draw", file=sys.stderr)
        return 1
    image = QImage(CELL_W * 3, (CELL_H + LABEL_H) * len(rows), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(15)
    painter.setFont(font)
    for row, e in enumerate(rows):
        top = row * (CELL_H + LABEL_H)
        problems = figure_problems(e.figure)
        label = f"{e.code} {e.name}" + (f"  PROBLEMS: {'; '.join(problems)}" if problems else "")
        painter.setPen(QColor("#B00020" if problems else "#111111"))
        painter.drawText(
            QRectF(6, top + 2, CELL_W * 3 - 12, LABEL_H - 4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            label,
        )
        poses = [("start", e.figure.start), ("mid", e.figure.mid), ("end", e.figure.end)]
        for col, (_name, pose) in enumerate(poses):
            if pose is not None:
                area = QRectF(col * CELL_W + 4, top + LABEL_H, CELL_W - 8, CELL_H - 6)
                draw_figure(painter, area, e.figure, pose, False, LIGHT)
        for problem in problems:
            print(f"{e.id}: {problem}")
    painter.end()
    image.save(args.out)
    print(f"{len(rows)} figure(s) drawn to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
