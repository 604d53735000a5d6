"""The periodic check-ins on the history charts, below the others, shown only when
there are any: the leg-symptom index (0-24, lower is better) and the activity scale's
average (0-10, higher is better)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy

from hamsession.services.charts import ChartData
from hamsession.ui.history.chart_parts import BLUE, VERMILLION, level_lines

ROW = 4
TITLE = QT_TRANSLATE_NOOP(
    "CheckinChart",
    "Check-ins: leg symptoms (0-24, lower is better), activities (0-10, higher is better)",
)


class CheckinChart:
    def __init__(self, charts: pg.GraphicsLayoutWidget, ink: QColor, axis_px: int, x_link) -> None:
        self.charts, self.ink = charts, ink
        self.plot = pg.PlotItem(
            title=QCoreApplication.translate("CheckinChart", TITLE),
            axisItems={"bottom": pg.DateAxisItem()},
        )
        self.plot.levels = []
        self.plot.getAxis("left").setWidth(axis_px)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 25, padding=0)
        level_lines(ink, self.plot, range(0, 25, 6))
        self.legend = pg.LegendItem(frame=False, labelTextColor=ink)
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.sbi = pg.PlotDataItem(
            pen=pg.mkPen(BLUE, width=2), symbol="s", symbolBrush=BLUE, symbolPen=None
        )
        self.psfs = pg.PlotDataItem(
            pen=pg.mkPen(VERMILLION, width=2), symbol="o", symbolBrush=VERMILLION, symbolPen=None
        )
        for item, name in (
            (self.sbi, QCoreApplication.translate("CheckinChart", "Leg symptoms (SBI)")),
            (self.psfs, QCoreApplication.translate("CheckinChart", "Activities (PSFS)")),
        ):
            self.plot.addItem(item)
            self.legend.addItem(item, name)
        self.plot.setXLink(x_link)
        self.shown = False

    def draw(self, d: ChartData) -> None:
        """Data from ``d``; the chart joins the layout when there is any, leaves it when not."""
        self.sbi.setData(d.sbi_t, d.sbi)
        self.psfs.setData(d.psfs_t, d.psfs)
        wanted = bool(d.sbi_t or d.psfs_t)
        if wanted and not self.shown:
            self.charts.addItem(self.plot, row=ROW, col=0)
            self.charts.addItem(self.legend, row=ROW, col=1)
            self.charts.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        elif self.shown and not wanted:
            self.charts.removeItem(self.plot)
            self.charts.removeItem(self.legend)
        self.shown = wanted
