"""The history charts: pain with its real-change band, effort, and weekly adherence.

pyqtgraph is imported here only, so it costs nothing until the view first opens.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hamsession.services.charts import (
    CHANGE_BAND,
    RANGES,
    ChartData,
    breaks_per_day,
    range_label,
    rolling_mean,
    weekly,
)
from hamsession.ui.history.chart_parts import (
    DAY_S,
    MEAN_POINTS,
    WEEK_S,
    count_axis,
    level_lines,
    marks_for,
    minutes_axis,
    spots,
)
from hamsession.ui.history.checkin_chart import CheckinChart
from hamsession.ui.history.history_table import HistoryTable, describe, program_box
from hamsession.ui.widgets.text_scale import ScaledFonts

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "HistoryView",
    "No sessions here yet. Each session you finish appears here, with the pain and "
    "effort you log after it.",
)


class HistoryView(QWidget):
    """Emits ``session_clicked(id)``, ``rendered(sessions, ms)`` and ``back``."""

    session_clicked = Signal(str)
    rendered = Signal(int, float)
    back = Signal()
    report_requested = Signal(str)  # the range shown

    def __init__(
        self,
        load: Callable[[str, str | None], ChartData] | None = None,
        programs: list[str] = (),
        parent: QWidget | None = None,
        target_min: int | None = None,
    ) -> None:
        """Built empty when ``load`` is None (ahead of need, holding nobody's data);
        :meth:`use` then says whose history it shows."""
        super().__init__(parent)
        self._load: Callable[[str, str | None], ChartData] = lambda _r, _p: ChartData()
        self._target_min: int | None = None
        self.data = ChartData()
        self._drawn = False  # whether the charts show self.data
        self.fonts = f = ScaledFonts()
        palette = self.palette()
        self._ink = palette.color(QPalette.ColorRole.WindowText)
        self.marks = marks_for(palette.color(QPalette.ColorRole.Base).name())
        pg.setConfigOptions(
            antialias=True, background=palette.color(QPalette.ColorRole.Base), foreground=self._ink
        )

        self.range_group = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.addWidget(f.add(QLabel(self.tr("History")), 22, bold=True))
        bar.addStretch(1)
        for i, name in enumerate(RANGES):
            button = f.add(QPushButton(range_label(name)), 12)
            button.setCheckable(True)
            self.range_group.addButton(button, i)
            bar.addWidget(button)
        self.range_group.button(len(RANGES) - 1).setChecked(True)
        self.program = f.add(program_box(), 12)
        self.program.addItem(self.tr("All programs"), None)
        bar.addWidget(self.program)
        report = f.add(QPushButton(self.tr("Report (PDF)…")), 12)
        report.clicked.connect(lambda: self.report_requested.emit(self.current_range()))
        bar.addWidget(report)
        self.as_table = f.add(QPushButton(self.tr("Table (T)")), 12)
        self.as_table.setCheckable(True)
        self.as_table.setToolTip(self.tr("The same figures as a table; Enter opens a session"))
        self.as_table.toggled.connect(self._show_pages)
        bar.addWidget(self.as_table)
        back = f.add(QPushButton(self.tr("Back (Esc)")), 12)
        back.clicked.connect(self.back.emit)
        bar.addWidget(back)

        self.readout = f.add(QLabel(" "), 13)
        self.empty = f.add(QLabel(QCoreApplication.translate("HistoryView", EMPTY_TEXT)), 18)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.charts = pg.GraphicsLayoutWidget()
        self._build_plots()
        self.charts.ci.layout.setColumnStretchFactor(0, 5)
        self.charts.ci.layout.setColumnStretchFactor(1, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.charts)
        self.pages.addWidget(self.empty)
        self.table = f.add(HistoryTable(), 13)
        self.table.session_chosen.connect(self.session_clicked)
        self.pages.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.readout)
        layout.addWidget(self.pages, 1)

        self.range_group.idClicked.connect(lambda _i: self.refresh())
        self.program.currentIndexChanged.connect(lambda _i: self.refresh())
        self._mouse = pg.SignalProxy(
            self.charts.scene().sigMouseMoved, rateLimit=30, slot=self._on_charts_mouse_moved
        )
        if load is not None:
            self.use(load, programs, target_min)

    def use(
        self,
        load: Callable[[str, str | None], ChartData],
        programs: list[str],
        target_min: int | None = None,
    ) -> None:
        """Show the history ``load`` reads: its programs to choose from and its weekly
        target (none drawn when None)."""
        self._load, self._target_min = load, target_min
        self._drawn = False
        self.program.blockSignals(True)
        while self.program.count() > 1:
            self.program.removeItem(1)
        for program_id in programs:
            self.program.addItem(self.table.program_name(program_id), program_id)
        self.program.blockSignals(False)
        self.target_line.setVisible(bool(target_min))
        if target_min:
            self.target_line.setValue(target_min)
            target = self.tr("weekly target {minutes} min").format(minutes=target_min)
            self.target_line.label.setFormat(target)

    # ----- building ---------------------------------------------------------------------------
    def _build_plots(self) -> None:
        self.legends: list[pg.LegendItem] = []
        axis_px = self.fontMetrics().horizontalAdvance("000") + 20  # room for "100" and ticks

        def plot(row: int, title: str, y_range: tuple[float, float] | None = None):
            # Each chart with its legend beside it (never over the data). The range buttons
            # choose what is shown: no zoom or pan by wheel or drag, no chart-library menu.
            item = self.charts.addPlot(
                row=row, col=0, title=title, axisItems={"bottom": pg.DateAxisItem()}
            )
            legend = pg.LegendItem(frame=False, labelTextColor=self._ink)
            self.charts.addItem(legend, row=row, col=1)
            # As tall as its rows and level with the chart's top, not stretched to the
            # chart's height (which would pull the labels away from their symbols).
            legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.charts.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop)
            self.legends.append(legend)
            item.levels = []  # its own faint level lines (see level_lines)
            item.getAxis("left").setWidth(axis_px)  # the same dates one above the other
            item.setMouseEnabled(x=False, y=False)
            item.setMenuEnabled(False)
            item.hideButtons()
            item.legend = legend
            if y_range:
                item.setYRange(*y_range, padding=0.02)
            return item

        self.pain_plot = plot(
            0, self.tr("Pain (0-10) with the ±2-point band of real change"), (0, 11)
        )
        # The band's edges are not drawn themselves; they only bound the fill.
        self.band_low = pg.PlotCurveItem()
        self.band_high = pg.PlotCurveItem()
        band = QColor(self.marks.orange)
        band.setAlpha(60)
        self.band = pg.FillBetweenItem(self.band_low, self.band_high, brush=band)
        self.pain_plot.addItem(self.band)
        self.mean_curve = self.pain_plot.plot(
            pen=pg.mkPen(self.marks.orange, width=3), name=self.tr("Rolling mean, worst pain")
        )
        worst, morning = self.tr("Worst pain during"), self.tr("Pain the next morning")
        self.worst = pg.ScatterPlotItem(
            size=9, brush=self.marks.vermillion, pen=None, symbol="o", name=worst
        )
        self.now = pg.ScatterPlotItem(
            size=7, brush=self.marks.blue, pen=None, symbol="s", name=self.tr("Pain afterwards")
        )
        self.morning = pg.ScatterPlotItem(
            size=9, brush=self.marks.purple, pen=None, symbol="d", name=morning
        )
        signs = self.tr("Sign: form ▲, pelvic ◆, leg ✕, safety ★, stiffer morning ▼")
        self.markers = pg.ScatterPlotItem(size=11, pen=None, name=signs)
        for item in (self.worst, self.now, self.morning, self.markers):
            self.pain_plot.addItem(item)
        self.worst.sigClicked.connect(self._on_points_clicked)
        self.now.sigClicked.connect(self._on_points_clicked)

        level_lines(self._ink, self.pain_plot, range(0, 11, 2))
        self.effort_plot = plot(1, self.tr("Effort (0-10)"), (0, 10.5))
        level_lines(self._ink, self.effort_plot, range(0, 11, 2))
        self.effort = pg.ScatterPlotItem(
            size=8, brush=self.marks.green, pen=None, symbol="t", name=self.tr("Effort")
        )
        self.effort_plot.addItem(self.effort)
        self.effort.sigClicked.connect(self._on_points_clicked)
        self.effort_plot.setXLink(self.pain_plot)

        self.week_plot = plot(2, self.tr("Each week: minutes exercised and minutes under tension"))
        self.minutes_bars = pg.BarGraphItem(
            x=[],
            height=[],
            width=WEEK_S * 0.8,
            brush=self.marks.sky,
            pen=pg.mkPen(None),
            name=self.tr("Minutes"),
        )
        self.tension_bars = pg.BarGraphItem(
            x=[],
            height=[],
            width=WEEK_S * 0.4,
            brush=self.marks.purple,
            pen=pg.mkPen(None),
            name=self.tr("Under tension"),
        )
        self.week_plot.addItem(self.minutes_bars)
        self.week_plot.addItem(self.tension_bars)
        self.target_line = pg.InfiniteLine(
            pos=0,
            angle=0,
            pen=pg.mkPen(self._ink, width=2, style=Qt.PenStyle.DashLine),
            label=self.tr("weekly target"),
            labelOpts={"position": 0.97, "color": self._ink, "anchors": [(1, 1), (1, 1)]},
        )
        self.target_line.setVisible(False)
        self.week_plot.addItem(self.target_line)
        self.week_plot.setXLink(self.pain_plot)

        self.count_plot = plot(3, self.tr("Sessions each week and desk breaks each day"))
        self.count_bars = pg.BarGraphItem(
            x=[],
            height=[],
            width=WEEK_S * 0.8,
            brush=self.marks.green,
            pen=pg.mkPen(None),
            name=self.tr("Sessions in the week"),
        )
        self.break_bars = pg.BarGraphItem(
            x=[],
            height=[],
            width=DAY_S * 0.8,
            brush=self.marks.orange,
            pen=pg.mkPen(None),
            name=self.tr("Desk breaks in the day"),
        )
        self.count_plot.addItem(self.count_bars)
        self.count_plot.addItem(self.break_bars)
        self.count_plot.setXLink(self.pain_plot)
        for plot_item in (self.week_plot, self.count_plot):
            plot_item.setYRange(0, 1, padding=0)
        self.checkins = CheckinChart(self.charts, self._ink, axis_px, self.pain_plot)

    def apply_scale(self, scale: float) -> None:
        self.fonts.apply(scale)

    # ----- data ---------------------------------------------------------------------------
    def current_range(self) -> str:
        return list(RANGES)[self.range_group.checkedId()]

    def refresh(self, began: float | None = None, ahead: bool = False, load: bool = True) -> None:
        """Load and draw; ``rendered`` follows once the charts have been painted (``began``
        is when the user asked, by default now). ``ahead``: out of sight, painted once
        and reported to no one. ``load=False``: the history has not changed since."""
        began = time.perf_counter() if began is None else began
        d = self._load(self.current_range(), self.program.currentData()) if load else self.data
        unchanged = self._drawn and d == self.data  # shown again with nothing new
        self.data = d
        self._show_pages()
        if not len(d):
            narrowed = self.current_range() != "All" or self.program.currentData()
            self.empty.setText(
                self.tr("No sessions in this range or program. Choose All to see every session.")
                if narrowed
                else QCoreApplication.translate("HistoryView", EMPTY_TEXT)
            )
        if len(d) and not unchanged:
            self._draw(d)
            self._drawn = True
        if ahead:
            self.grab()
            return
        QTimer.singleShot(0, lambda: self._painted(len(d), began))

    def _show_pages(self, _checked: bool = False) -> None:
        """The charts, or the same figures as a table (T), or why there is nothing."""
        if not len(self.data):
            self.pages.setCurrentWidget(self.empty)
        elif self.as_table.isChecked():
            self.table.show_data(self.data)
            self.pages.setCurrentWidget(self.table)
            self.table.setFocus()
        else:
            self.pages.setCurrentWidget(self.charts)

    def _painted(self, sessions: int, began: float) -> None:
        """Finish drawing now (not at the next idle moment) and report how long it took."""
        if self.pages.currentWidget() is self.charts:
            self.charts.viewport().repaint()
        self.rendered.emit(sessions, (time.perf_counter() - began) * 1000.0)

    def _draw(self, d: ChartData) -> None:
        # The rolling mean is smooth: at most one point in MEAN_POINTS is drawn (years of
        # daily sessions would otherwise cost tens of milliseconds in every paint).
        step = max(1, len(d.t) // MEAN_POINTS)
        full = rolling_mean(d.pain_worst)
        t, mean = d.t[::step], full[::step]
        if t[-1] != d.t[-1]:  # the newest session always ends the line
            t, mean = [*t, d.t[-1]], [*mean, full[-1]]
        self.mean_curve.setData(t, mean, connect="finite")
        self.band_low.setData(t, [m - CHANGE_BAND if m == m else 0 for m in mean])
        self.band_high.setData(t, [m + CHANGE_BAND if m == m else 0 for m in mean])
        self.worst.setData(**spots(d.t, d.pain_worst, d.ids))
        self.now.setData(**spots(d.t, d.pain_now, d.ids))
        self.effort.setData(**spots(d.t, d.effort, d.ids))
        self.morning.setData(**spots(d.t, d.morning_pain, d.ids))
        marks = []
        for t, form, legs, pelvic, safety, stiffer in zip(
            d.t, d.form_signs, d.leg_symptoms, d.pelvic_floor, d.safety_events, d.stiffer,
            strict=True,
        ):  # fmt: skip
            for present, symbol, colour in (
                (safety, "star", self.marks.vermillion),
                (legs, "x", self.marks.blue),
                (pelvic, "d", self.marks.purple),
                (form, "t1", self.marks.orange),
                (stiffer, "t", self.marks.green),
            ):
                if present:
                    marks.append((t, 10.6, {"symbol": symbol, "brush": colour}))
                    break
        self.markers.setData([dict(pos=(t, y), **style) for t, y, style in marks])
        starts, sessions, minutes, tension = weekly(d)
        centres = [s + WEEK_S / 2 for s in starts]
        self.minutes_bars.setOpts(x=centres, height=minutes)
        self.tension_bars.setOpts(x=centres, height=tension)
        self.count_bars.setOpts(x=centres, height=sessions)
        days, breaks = breaks_per_day(d)
        self.break_bars.setOpts(x=[day + DAY_S / 2 for day in days], height=breaks)
        count_axis(self._ink, self.count_plot, max([*sessions, *breaks, 1]))
        minutes_axis(self._ink, self.week_plot, max([*minutes, self._target_min or 0, 1]))
        self.checkins.draw(d)
        span = (d.t[0] - 2 * 86400, d.t[-1] + 2 * 86400)
        self.pain_plot.setXRange(*span, padding=0)

    # ----- interaction ---------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_T and not event.modifiers():
            self.as_table.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_points_clicked(self, _item, points, _event=None) -> None:
        if len(points):
            self.session_clicked.emit(points[0].data())

    def _on_charts_mouse_moved(self, event) -> None:
        if not self.data.t:
            return
        position = event[0]
        if not self.pain_plot.sceneBoundingRect().contains(
            position
        ) and not self.effort_plot.sceneBoundingRect().contains(position):
            return
        x = self.pain_plot.vb.mapSceneToView(position).x()
        i = min(range(len(self.data.t)), key=lambda k: abs(self.data.t[k] - x))
        self.readout.setText(describe(self.data, i, self.table.program_name))
