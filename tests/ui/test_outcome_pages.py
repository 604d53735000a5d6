"""The periodic check-ins at start: asked after the other start-up questions, one page
each, by keyboard; "Not now" leaves them for the next start; never when the app was
started for one thing (a program, the history)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from hamsession.domain.outcomes import PSFS, SBI
from hamsession.ui.checkin.outcome_pages import ActivityCheck, LegSymptomCheck
from tests.helpers.logged_sessions import logged_session


def add_session(history, days_ago: float, legs=()) -> None:
    started = datetime.now(UTC) - timedelta(days=days_ago)
    entry = logged_session(started, leg_symptoms=tuple(legs), morning="same")
    history.repos.imports.add_sessions(history.profile().id, [entry])


def test_both_check_ins_are_asked_then_the_picker(qtbot, window, history):
    add_session(history, 10)
    add_session(history, 3, legs=("shooting_pain",))
    shown = []
    window.checkin.startup(lambda: shown.append("picker"))
    page = window.page
    assert isinstance(page, LegSymptomCheck)
    qtbot.keyClick(page, Qt.Key.Key_Return)  # nothing chosen yet: says what is missing
    assert "pain in the leg" in page.problem.text() and window.page is page
    for group, score in zip(page.rows.values(), (3, 1, 0, 4), strict=True):
        group.button(score).click()
    qtbot.keyClick(page, Qt.Key.Key_Return)
    page = window.page
    assert isinstance(page, ActivityCheck)
    qtbot.keyClicks(page.rows[0][0], "Sitting through a film")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert "Score activity 1" in page.problem.text()
    qtbot.keyClicks(page.rows[0][1], "4")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert shown == ["picker"]
    kept = {o.kind: o.scores for o in history.repos.outcomes.all(history.profile().id)}
    assert kept == {
        SBI: (("leg_pain", 3), ("numbness", 1), ("weakness", 0), ("sitting", 4)),
        PSFS: (("Sitting through a film", 4),),
    }


def test_not_now_leaves_them_for_the_next_start(qtbot, window, history):
    add_session(history, 10)
    shown = []
    window.checkin.startup(lambda: shown.append("picker"))
    assert isinstance(window.page, ActivityCheck)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)
    assert shown == ["picker"]
    assert history.repos.outcomes.all(history.profile().id) == []
    window.checkin.startup(lambda: shown.append("again"))
    assert isinstance(window.page, ActivityCheck)


def test_the_activities_named_last_time_are_filled_in(qtbot, window, history):
    from hamsession.services.outcomes import OutcomeService

    add_session(history, 40)
    old = datetime.now(UTC) - timedelta(days=30)
    OutcomeService(history).save(history.profile(), PSFS, [("Gardening", 3)], now=old)
    window.checkin.startup(lambda: None)
    page = window.page
    assert isinstance(page, ActivityCheck)
    assert page.rows[0][0].text() == "Gardening" and page.rows[0][1].text() == ""
    page.rows[1][0].setText("Cyc\u202eling")  # pasted with a direction override
    page.rows[1][1].setText("6")
    page.rows[0][1].setText("4")
    assert page.scores() == [("Gardening", 4), ("Cycling", 6)]


def test_nothing_is_asked_when_started_for_one_thing(qtbot, window, history):
    add_session(history, 10)
    shown = []
    window.checkin.startup(lambda: shown.append("program"), checkins=False)
    assert shown == ["program"]
