"""The history charts hold exactly what the database holds (issue: history charts)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt

from hamsession.domain.history import PhaseEntry, SessionEntry, SymptomEntry
from hamsession.services.charts import chart_data
from hamsession.services.history import HistoryService
from hamsession.services.session import SessionService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.repositories import Repositories
from hamsession.ui.shell.main_window import MainWindow

NOW = datetime.now(UTC).replace(microsecond=0)


def entry(days_ago: int, program: str, worst, now, effort) -> SessionEntry:
    start = NOW - timedelta(days=days_ago)
    hold = PhaseEntry(1, "x", "hold", 1, 1, None, 5.0, 5.0, start)
    return SessionEntry(
        id=f"s-{days_ago}",
        program_id=program,
        program_title=program,
        started_at=start,
        ended_at=start + timedelta(minutes=10),
        status="completed",
        planned_s=600,
        phases=(hold,),
        symptoms=SymptomEntry(pain_worst=worst, pain_now=now, effort=effort, logged_at=start),
    )


KNOWN = [
    entry(200, "p1-foundations", 4, 2, 5),
    entry(60, "p2-integrated", 3, None, 6),
    entry(20, "p1-foundations", 2, 1, None),
    entry(3, "p1-foundations", 1, 0, 4),
]


@pytest.fixture(autouse=True)
def known_sessions(history):
    history.repos.imports.add_sessions(history.profile().id, KNOWN)


def xy(item):
    x, y = item.getData()
    return list(x), list(y)


def test_curves_hold_exactly_the_stored_values(qtbot, window):
    with qtbot.waitSignal(window.history_rendered) as done:
        window.show_history()
    assert done.args[0] == 4
    view = window.page
    x, y = xy(view.worst)
    assert y == [4, 3, 2, 1]
    assert x == [e.started_at.timestamp() for e in KNOWN]
    assert xy(view.now)[1] == [2, 1, 0]  # the unanswered one is not drawn as 0
    assert xy(view.effort)[1] == [5, 6, 4]
    mean = xy(view.mean_curve)[1]
    assert mean[-1] == pytest.approx((4 + 3 + 2 + 1) / 4)
    low, high = xy(view.band_low)[1], xy(view.band_high)[1]
    assert high[-1] - low[-1] == pytest.approx(4.0)
    assert view.band.path().boundingRect().height() > 0  # the band is actually filled
    weeks = view.count_bars.opts["height"]
    assert sum(weeks) == 4 and max(weeks) == 1


def test_range_and_program_filter_change_what_is_drawn(qtbot, window):
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    view = window.page
    with qtbot.waitSignal(view.rendered) as done:
        view.range_group.button(0).click()  # 4 weeks
    assert done.args[0] == 2 and xy(view.worst)[1] == [2, 1]
    with qtbot.waitSignal(view.rendered):
        view.range_group.button(3).click()
    with qtbot.waitSignal(view.rendered) as done:
        view.program.setCurrentIndex(view.program.findData("p2-integrated"))
    assert done.args[0] == 1 and xy(view.worst)[1] == [3]


def test_hovering_reads_out_the_nearest_session(qtbot, window):
    window.show_history()
    view = window.page
    x, _y = xy(view.worst)
    scene = view.pain_plot.vb.mapViewToScene(QPointF(x[1], 3))
    view._on_charts_mouse_moved((scene,))
    assert "worst pain 3 · pain after – · effort 6" in view.readout.text()
    assert "Integrated: breath and single-leg control" in view.readout.text()  # its title


def test_the_weekly_target_is_drawn_when_set(qtbot, window, history):
    assert window.page is None or not hasattr(window.page, "target_line")
    window.show_history()
    assert not window.page.target_line.isVisible()
    profile = history.set_weekly_target(history.profile(), 75)
    window.profiles.switch(profile)
    window.show_history()
    assert window.page.target_line.isVisible()
    assert window.page.target_line.value() == 75
    assert "75 min" in window.page.target_line.label.toPlainText()


def test_clicking_a_point_opens_that_session(qtbot, window):
    window.show_history()
    view = window.page
    points = view.worst.points()
    view._on_points_clicked(view.worst, [points[1]])
    assert window.history_flow.detail.windowTitle().startswith("Session of ")
    assert "Worst pain 3 · pain after – · effort 6" in window.history_flow.detail.symptoms.text()
    assert window.history_flow.detail.table.rowCount() == 1


def test_an_empty_history_shows_a_friendly_start(qtbot, tmp_path, programs, clock, prefs, cues):
    empty = HistoryService(Repositories.on(open_database(DataDir(tmp_path / "empty"))))
    try:
        win = MainWindow(
            programs,
            SessionService(programs, clock, history=empty, profile=empty.profile()),
            prefs,
            lambda: cues,
            empty,
        )
        qtbot.addWidget(win)
        win.show_history()
        assert win.page.pages.currentWidget() is win.page.empty
        win.shutdown()
    finally:
        empty.db.close()


def test_chart_data_reads_summary_columns_not_phases(history):
    from sqlalchemy import delete, update

    from hamsession.storage.models import PhaseRow, SessionRow

    data = chart_data(history, history.profile())
    assert data.minutes == [5.0 / 60] * 4 and data.tension_s == [5.0] * 4
    assert math.isnan(data.pain_now[1])
    # Summaries that no longer match the phases (and no phases at all): only code that
    # reads the summary columns still sees 7 minutes and 90 s under tension.
    with history.db.session() as s:
        s.execute(update(SessionRow).values(active_s=420.0, tension_s=90.0))
        s.execute(delete(PhaseRow))
    data = chart_data(history, history.profile())
    assert data.minutes == [7.0] * 4 and data.tension_s == [90.0] * 4


def test_the_report_button_saves_a_pdf(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    window.page.report_requested.emit("All")
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Report saved to {target}"


def test_charts_are_for_reading_no_zoom_no_library_menu_whole_counts(qtbot, window):
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    view = window.page
    for plot in (view.pain_plot, view.effort_plot, view.week_plot, view.count_plot):
        assert plot.vb.state["mouseEnabled"] == [False, False]  # no wheel zoom, no drag pan
        assert not plot.vb.menuEnabled()
        # The legend stands beside the chart, not over its data.
        assert not plot.legend.sceneBoundingRect().intersects(plot.vb.sceneBoundingRect())
    ticks = view.count_plot.getAxis("left")._tickLevels[0]
    assert ticks and all(float(v).is_integer() for v, _label in ticks)


def test_the_reports_trends_start_a_page_with_their_charts():
    from hamsession.services.report import ReportFacts, report_html

    facts = ReportFacts("A", "All", None, None, 0, {}, 0, 0, [], None, None, [], [], [], [])
    text = report_html(facts, "charts.png")
    assert "<h2 style='page-break-before: always'>Trends</h2><img src='charts.png'" in text


# ----- opening again: the view is kept for its profile, redrawn only when the data changed ---
def test_opening_again_keeps_the_view_and_redraws_only_new_data(qtbot, window, history):
    window.show_history()
    view = window.page
    draws = []
    real_draw = view._draw
    view._draw = lambda d: (draws.append(len(d)), real_draw(d))
    window.show_picker()
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    assert window.page is view and draws == []  # nothing new: shown as it was
    history.repos.imports.add_sessions(history.profile().id, [entry(1, "p1-foundations", 5, 3, 7)])
    window.show_picker()
    with qtbot.waitSignal(window.history_rendered) as done:
        window.show_history()
    assert window.page is view and draws == [5] and done.args[0] == 5
    assert xy(view.worst)[1] == [4, 3, 2, 1, 5]


def test_another_profile_never_finds_the_last_ones_charts(qtbot, window, history):
    window.show_history()
    view = window.page
    gone = []
    view.destroyed.connect(lambda *_: gone.append(True))
    window.show_picker()
    window.profiles.switch(history.create_profile("Second"))
    qtbot.waitUntil(lambda: gone == [True])  # deleted, not only hidden
    with qtbot.waitSignal(window.history_rendered) as done:
        window.show_history()
    assert window.page is not view and done.args[0] == 0


def test_two_loads_of_the_same_history_compare_equal(history):
    profile = history.profile()
    first, second = chart_data(history, profile), chart_data(history, profile)
    assert math.isnan(first.pain_now[1])  # an unanswered score is NaN in both...
    assert first == second  # ...and still the loads are equal


def test_t_shows_the_same_figures_as_a_table_and_enter_opens_a_session(qtbot, window):
    window.show_history()
    view = window.page
    qtbot.keyClick(view, Qt.Key.Key_T)
    table = view.table
    assert view.pages.currentWidget() is table and table.hasFocus()
    assert table.rowCount() == 4
    first = [table.item(0, c).text() for c in range(table.columnCount())]
    title = window.programs.library.programs["p1-foundations"].title
    assert first[1:7] == [title, "completed", "0", "1", "0", "4"]  # newest
    assert [table.item(r, 4).text() for r in range(4)] == ["1", "2", "3", "4"]
    assert table.item(1, 6).text() == "–"  # no effort logged: never a made-up 0
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    detail = window.history_flow.detail
    assert "Worst pain 3 · pain after – · effort 6" in detail.symptoms.text()
    assert view.program.itemText(1) == title  # the program filter names it too
    detail.close()
    qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.pages.currentWidget() is view.charts


def test_a_sessions_detail_names_its_program_and_exercises_in_the_language_in_use(qtbot, history):
    from PySide6.QtWidgets import QLabel

    from hamsession.ui.history.session_detail import SessionDetail

    class Names:
        def title_of(self, program_id: str, stored: str = "") -> str:
            return f"title of {program_id}"

        def exercise_name(self, exercise_id: str) -> str:
            return f"name of {exercise_id}"

    profile = history.profile()
    entry = history.session(profile, history.sessions(profile)[0].id)
    detail = SessionDetail(entry, None, Names())
    qtbot.addWidget(detail)
    heading = detail.findChildren(QLabel)[0].text()
    assert heading.startswith(f"title of {entry.program_id} · ")
    cells = {detail.table.item(r, 1).text() for r in range(detail.table.rowCount())}
    assert cells == {f"name of {p.exercise}" for p in entry.phases}


def shown_once_counting_reads(window) -> tuple:
    """The history shown once, then the picker again; the view and the list its later
    reads of the history are counted in."""
    window.show_history()
    view = window.page
    loads = []
    real_load = view._load
    view._load = lambda *args: (loads.append(args), real_load(*args))[1]
    window.show_picker()
    return view, loads


def test_opening_again_reads_the_history_only_when_something_was_written(qtbot, window, history):
    import sqlite3

    assert history.db.path is not None  # a history file: its data_version is watched
    view, loads = shown_once_counting_reads(window)
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    assert loads == []  # nothing was written: shown as it was, without reading
    # Another program writes to the file (the command line's import, say).
    with sqlite3.connect(history.db.path) as other:
        other.execute("UPDATE symptom_logs SET pain_worst = 9 WHERE pain_worst = 1")
    window.show_picker()
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    assert len(loads) == 1 and 9 in xy(view.worst)[1]


def test_a_new_day_reads_the_history_again(qtbot, window, monkeypatch):
    from datetime import date

    from hamsession.ui.history import history_flow

    view, loads = shown_once_counting_reads(window)

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return date.fromordinal(date.today().toordinal() + 1)

    monkeypatch.setattr(history_flow, "date", Tomorrow)
    with qtbot.waitSignal(window.history_rendered):
        window.show_history()
    assert window.page is view and len(loads) == 1  # "4 weeks" and "3 months" move with the day
