"""The symptom log and safety stops, driven by keys (contracts §5, content.md §4-5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from hamsession.domain.safety import BY_ID
from hamsession.services.charts import chart_data
from hamsession.services.session import SessionService
from hamsession.ui.checkin.safety_notice import SafetyGate, SafetyNotice
from hamsession.ui.checkin.symptom_log import SymptomLog
from hamsession.ui.session.session_summary import SessionSummary
from hamsession.ui.shell.main_window import MainWindow
from tests.ui.conftest import advance


def finish_a_session(qtbot, window, clock, program="d1-desk-break") -> str:
    window.open_program(program)
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, player.run.timeline.total_s)
    return player.run.recorder.session_id


def type_text(qtbot, widget, text) -> None:
    qtbot.keyClicks(widget, text)


def history_open_flags(history) -> list[str]:
    from hamsession.storage.safety_repo import SafetyRepository

    return [
        e.flag for e in SafetyRepository(history.db).entries(history.profile().id, open_only=True)
    ]


def log_green(qtbot, window, clock, history, program="p1-foundations") -> str:
    """Play and log a green session, with a same-as-usual next morning."""
    session_id = finish_a_session(qtbot, window, clock, program)
    log = window.page
    for field, value in ((log.pain_worst, "1"), (log.pain_now, "0"), (log.effort, "4")):
        type_text(qtbot, field, value)
    log.save()
    history.save_morning(history.profile(), session_id, "same", 0)
    window.show_picker()
    return session_id


def test_after_a_session_the_log_opens_with_focus_on_worst_pain(qtbot, window, clock):
    finish_a_session(qtbot, window, clock)
    log = window.page
    assert isinstance(log, SymptomLog)
    qtbot.waitUntil(lambda: log.pain_worst.hasFocus())


def test_typed_answers_are_saved_exactly_and_blanks_stay_null(qtbot, window, clock, history):
    session_id = finish_a_session(qtbot, window, clock)
    log = window.page
    focused = log.pain_worst
    focused.setFocus()
    type_text(qtbot, focused, "4")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert log.pain_now.hasFocus()
    qtbot.keyClick(log.pain_now, Qt.Key.Key_Tab)  # pain now left unanswered
    assert log.effort.hasFocus()
    type_text(qtbot, log.effort, "6")
    log.regions["back_of_thigh"].setChecked(True)
    log.form_signs["ribs_flared"].setChecked(True)
    type_text(qtbot, log.notes, "tight on the left")
    qtbot.keyClick(log.effort, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.page, SessionSummary)
    (entry,) = history.sessions(history.profile())
    assert entry.id == session_id
    s = entry.symptoms
    assert (s.pain_worst, s.pain_now, s.effort) == (4, None, 6)
    assert s.regions == ("back_of_thigh",) and s.form_signs == ("ribs_flared",)
    assert s.notes == "tight on the left"


def test_a_score_above_ten_is_refused_with_a_clear_message(qtbot, window, clock, history):
    finish_a_session(qtbot, window, clock)
    log = window.page
    type_text(qtbot, log.pain_worst, "11")
    type_text(qtbot, log.pain_now, "x")  # letters never get in
    assert log.pain_now.text() == ""
    log.save()
    assert window.page is log
    assert log.error.text() == "Please check the scales: '11' is not a whole number from 0 to 10."
    assert history.sessions(history.profile())[0].symptoms is None


def test_a_full_disk_keeps_the_answers_on_screen_and_says_the_flag_anyway(
    qtbot, window, clock, history, monkeypatch
):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    finish_a_session(qtbot, window, clock, "p1-foundations")
    log = window.page
    type_text(qtbot, log.pain_worst, "3")
    log.regions["sit_bone"].setChecked(True)  # would set F1 in the same transaction
    log.legs["numbness"].setChecked(True)
    real = history.repos.sessions.save_symptoms

    def full(*args, **kwargs):
        real(*args, **kwargs)  # written, then the disk fills: all of it is undone
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(history.repos.sessions, "save_symptoms", full)
    said = []
    window.statusBar().messageChanged.connect(said.append)
    log.save()
    assert window.page is log and log.pain_worst.text() == "3"
    assert log.error.text().startswith("Not saved (database or disk is full).")
    assert "Stop here. Numbness, tingling" in log.error.text()
    assert "could not be saved" in " ".join(said)
    assert history.sessions(history.profile())[0].symptoms is None
    assert "F1" not in history.profile().flags
    monkeypatch.setattr(history.repos.sessions, "save_symptoms", real)
    log.save()  # the same answers, once there is room again
    assert isinstance(window.page, SafetyNotice)
    assert history.sessions(history.profile())[0].symptoms.pain_worst == 3
    assert "F1" in history.profile().flags


def test_escape_closes_without_answers(qtbot, window, clock, history):
    finish_a_session(qtbot, window, clock)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)
    assert isinstance(window.page, SessionSummary)
    (entry,) = history.sessions(history.profile())
    assert entry.symptoms is None and entry.status == "completed"


def test_a_red_flag_stops_the_advice_and_blocks_the_next_start_until_checked(
    qtbot, window, clock, history
):
    # Two good sessions first: without the flag the next step would be "progress".
    for _ in range(2):
        log_green(qtbot, window, clock, history)
    finish_a_session(qtbot, window, clock, "p1-foundations")
    log = window.page
    type_text(qtbot, log.pain_worst, "1")
    log.flags["saddle_bladder_bowel"].setChecked(True)
    log.save()
    notice = window.page
    assert isinstance(notice, SafetyNotice)
    assert notice.messages[0].text().startswith("Please stop. These symptoms need emergency")
    qtbot.keyClick(notice, Qt.Key.Key_Return)  # I have read this
    summary = window.page
    assert isinstance(summary, SessionSummary)
    assert summary.advice.text().startswith("Stop: Please stop.")
    assert not summary.accept_button.isVisible()  # no progress, repeat or step-back offer
    assert "progress" not in summary.advice.text().lower()
    # The next start (a desk break too) shows the message again and is blocked.
    window.show_picker()
    assert window.open_program("p1-foundations") is False
    gate = window.page
    assert isinstance(gate, SafetyGate) and window.player is None
    assert gate.anyway is None  # an emergency flag cannot be skipped
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        qtbot.keyClick(gate, key)  # nothing happens by accident
    assert window.page is gate and window.player is None
    assert history_open_flags(history) == ["saddle_bladder_bowel"]
    qtbot.keyClick(gate, Qt.Key.Key_Escape)  # back to the programs, still open
    assert window.stack.currentWidget() is window.picker
    assert "Stop:" in window.picker.advice.text()
    window.open_program("p1-foundations")
    gate = window.page
    gate.confirm.setFocus()  # the deliberate act: Tab to the button, then press it
    qtbot.keyClick(gate.confirm, Qt.Key.Key_Space)
    assert window.player is not None
    assert history_open_flags(history) == []


def test_tab_then_enter_on_it_has_been_checked_confirms(qtbot, window, clock, history):
    from hamsession.services.safety import SafetyService

    SafetyService(history).raise_items(history.profile(), ["tear.1"])
    window.open_program("p1-foundations")
    gate = window.page
    assert isinstance(gate, SafetyGate)
    qtbot.keyClick(gate, Qt.Key.Key_Return)
    assert window.page is gate
    while not gate.confirm.hasFocus():
        qtbot.keyClick(window.focusWidget() or gate, Qt.Key.Key_Tab)
    qtbot.keyClick(gate.confirm, Qt.Key.Key_Return)
    assert window.player is not None


def test_a_routine_flag_asks_again_but_lets_the_session_start(qtbot, window, clock, history):
    from hamsession.services.safety import SafetyService

    SafetyService(history).raise_items(history.profile(), ["pelvic.2"])
    window.open_program("p1-foundations")
    gate = window.page
    assert isinstance(gate, SafetyGate) and gate.anyway is not None
    gate.anyway.click()
    assert window.player is not None
    window.show_picker()
    window.open_program("p1-foundations")
    assert isinstance(window.page, SafetyGate)  # until it is confirmed as checked


def test_a_desk_break_is_blocked_by_an_open_flag_too(qtbot, window, history, prefs, clock):
    from hamsession.services.safety import SafetyService
    from hamsession.ui.desk_breaks.desk_break_flow import DeskBreakFlow
    from hamsession.ui.desk_breaks.reminders import DeskBreaks

    breaks = DeskBreaks(prefs, clock, lambda: 0.0, mono=clock, tray=False, parent=window)
    window.attach_desk_breaks(breaks)
    assert isinstance(window.desk_breaks, DeskBreakFlow)
    SafetyService(history).raise_items(history.profile(), ["weakness.1"])
    window.desk_breaks.play()
    assert window.desk_breaks.playing is None and isinstance(window.page, SafetyGate)
    window.page.confirm.click()
    assert window.desk_breaks.playing is not None
    assert window.stack.currentWidget() is window.picker


def test_numbness_in_a_leg_shows_stop_advice_at_once(qtbot, window, clock, history):
    finish_a_session(qtbot, window, clock, "p1-foundations")
    log = window.page
    type_text(qtbot, log.pain_worst, "1")
    log.legs["numbness"].setChecked(True)
    log.save()
    assert isinstance(window.page, SafetyNotice)
    assert window.page.messages[0].text().startswith("Stop here. Numbness, tingling")
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    assert window.page.advice.text().startswith("Stop:")


def test_something_feels_wrong_from_the_picker_raises_the_flag(qtbot, window, history):
    from hamsession.ui.checkin.screening import Screening

    window.show_picker()
    window.picker.worried.click()
    page = window.page
    assert isinstance(page, Screening) and page.mode == "worried"
    page.tick("postpartum.4")
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert isinstance(window.page, SafetyNotice)
    assert "Tell them you gave birth in the last year" in window.page.messages[0].text()
    assert history_open_flags(history) == ["postpartum_warning"]


def test_something_feels_wrong_is_in_the_session_menu(qtbot, window):
    from hamsession.ui.checkin.screening import Screening

    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Something feels &wrong…" in texts
    window.something_wrong()
    assert isinstance(window.page, Screening)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.picker


def test_pelvic_floor_answers_bring_the_routine_message(qtbot, window, clock, history):
    window.pelvic_action.setChecked(True)
    session_id = finish_a_session(qtbot, window, clock)
    log = window.page
    log.leakage.setText("hip thrust")
    log.save()
    assert isinstance(window.page, SafetyNotice)
    assert window.page.messages[0].text() == BY_ID["pelvic_floor"].message
    entry = history.sessions(history.profile())[0]
    assert entry.id == session_id and entry.symptoms.pelvic_floor == {"leakage": "hip thrust"}
    # A sign of the log, not a red flag ticked: red zone, step back, nothing blocked.
    assert history_open_flags(history) == []


def test_pressure_downward_brings_the_pelvic_health_message_without_the_items(
    qtbot, window, clock, history
):
    finish_a_session(qtbot, window, clock, "p1-foundations")
    log = window.page
    type_text(qtbot, log.pain_worst, "1")
    log.form_signs["pressure_down"].setChecked(True)
    log.save()
    assert window.page.messages[0].text() == BY_ID["pelvic_floor"].message
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    assert window.page.advice.text().startswith("Next time, step back: there were pelvic-floor")


def test_morning_question_is_asked_about_yesterdays_session(qtbot, window, clock, history):
    session_id = finish_a_session(qtbot, window, clock)
    window.page.save()  # an empty log still counts as logged
    profile = history.profile()
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).astimezone().date()
    waiting = history.morning_question(profile, today=tomorrow)
    assert waiting is not None and waiting[0] == session_id
    assert history.morning_question(profile) is None  # not on the same day
    window.ask_morning(*waiting)
    question = window.page
    qtbot.keyClick(question, Qt.Key.Key_W)
    type_text(qtbot, question.pain, "5")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    s = history.sessions(profile)[0].symptoms
    assert (s.morning, s.morning_pain) == ("worse", 5)
    assert s.morning_stiffness is None  # it may stay unanswered
    assert history.morning_question(profile, today=tomorrow) is None


def test_the_morning_question_asks_about_stiffness_too(qtbot, window, clock, history):
    session_id = finish_a_session(qtbot, window, clock)
    window.page.save()
    window.ask_morning(session_id, datetime.now(UTC))
    question = window.page
    qtbot.keyClick(question, Qt.Key.Key_S)  # pain as usual; the cursor is in the pain box
    type_text(qtbot, question.pain, "2")
    qtbot.keyClick(question.pain, Qt.Key.Key_M)  # stiffer, typed from the pain box
    assert question.pain.text() == "2"
    qtbot.keyClick(question, Qt.Key.Key_Return)
    s = history.sessions(history.profile())[0].symptoms
    assert (s.morning, s.morning_pain, s.morning_stiffness) == ("same", 2, "worse")
    data = chart_data(history, history.profile())
    assert data.stiffer == [True]


def test_import_from_the_menu_shows_progress_and_reports(
    qtbot, window, history, tmp_path, monkeypatch
):
    import json

    from benchmarks.history_import import synthetic_export

    from hamsession.ui.history import transfer_dialogs

    body = synthetic_export(2)
    body["profiles"][0]["sessions"] = body["profiles"][0]["sessions"][:450]
    path = tmp_path / "in.json"
    path.write_text(json.dumps(body))
    monkeypatch.setattr(
        transfer_dialogs.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "")
    )
    values = []

    class Recording(transfer_dialogs.QProgressDialog):
        def setValue(self, value):  # noqa: N802 (Qt override)
            values.append(value)
            super().setValue(value)

    monkeypatch.setattr(transfer_dialogs, "QProgressDialog", Recording)
    window._on_import_triggered()
    assert values[:5] == [100, 200, 300, 400, 450]
    assert window.statusBar().currentMessage() == f"Imported 450 new sessions of 450 from {path}"
    assert len(history.sessions(history.profile())) == 450


def test_pelvic_floor_questions_are_shown_when_the_profile_turns_them_on(
    qtbot, window, clock, history
):
    finish_a_session(qtbot, window, clock)
    assert not window.page.pelvic["pressure"].parentWidget().isVisibleTo(window.page)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)
    window.pelvic_action.setChecked(True)
    assert history.profile().pelvic_floor_items is True
    window.show_picker()
    finish_a_session(qtbot, window, clock)
    log = window.page
    assert log.pelvic["pressure"].parentWidget().isVisibleTo(log)
    log.pelvic["heaviness"].setCurrentText("somewhat")
    log.save()
    assert isinstance(window.page, SafetyNotice)  # any bother brings the routine message
    latest = history.sessions(history.profile())[-1]
    assert latest.symptoms.pelvic_floor == {"heaviness": "somewhat"}


def test_safety_questions_before_the_first_session_then_weekly(qtbot, window, prefs, history):
    from datetime import date, timedelta

    from PySide6.QtWidgets import QLabel

    from hamsession.services.safety import SafetyService
    from hamsession.ui.checkin.screening import HISTORY_TITLE, INTRO_FIRST, Screening

    fresh = history.repos.profiles.update(history.profile().id, last_screening=None)
    window.current.set(fresh)
    assert window.checkin.screening_due()
    assert window.open_program("p1-foundations") is False  # no session before the questions
    page = window.page
    assert isinstance(page, Screening) and page.mode == "first"
    assert INTRO_FIRST in [label.text() for label in page.findChildren(QLabel)]
    assert HISTORY_TITLE in [box.title() for box in page.findChildren(QGroupBox)]
    assert "illness.h1" in page.items and "illness.l1" not in page.items  # cancer: as history
    qtbot.keyClick(page, Qt.Key.Key_Return)  # nothing ticked
    assert window.player is not None  # then the session it was opened for
    assert not window.checkin.screening_due()
    profile = window.profile
    assert SafetyService.screening_due(profile, date.today() + timedelta(days=7))
    window.show_picker()
    window.checkin.ask_screening()
    weekly = window.page
    assert weekly.mode == "weekly" and "illness.h1" not in weekly.items
    weekly.tick("tear.1")
    qtbot.keyClick(weekly, Qt.Key.Key_Return)
    assert isinstance(window.page, SafetyNotice)
    assert window.page.messages[0].text() == BY_ID["hamstring_tear"].message


def test_the_morning_question_does_not_push_the_screening_out(qtbot, window, clock, history):
    from hamsession.ui.checkin.morning_question import MorningQuestion
    from hamsession.ui.checkin.outcome_pages import ActivityCheck
    from hamsession.ui.checkin.screening import Screening

    session_id = finish_a_session(qtbot, window, clock)
    window.page.save()
    store = history.repos.profiles
    yesterday = datetime.now(UTC) - timedelta(days=2)
    with history.db.session() as s:
        from hamsession.storage.models import SessionRow

        s.get(SessionRow, session_id).started_at = yesterday
    window.current.set(store.update(history.profile().id, last_screening="2026-01-01"))
    shown = []
    window.checkin.startup(lambda: shown.append("picker"))
    assert isinstance(window.page, MorningQuestion)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)  # Not now
    assert isinstance(window.page, Screening)
    qtbot.keyClick(window.page, Qt.Key.Key_Return)
    # the first session was two days ago: the activity scale's first score is due
    assert isinstance(window.page, ActivityCheck)
    qtbot.keyClick(window.page, Qt.Key.Key_Escape)  # Not now
    assert shown == ["picker"]


def test_the_summary_gives_the_progression_suggestion_after_the_log(qtbot, window, clock):
    finish_a_session(qtbot, window, clock)
    log = window.page
    type_text(qtbot, log.pain_worst, "7")
    log.save()
    summary = window.page
    assert isinstance(summary, SessionSummary)
    assert summary.advice.text() == (
        "Next time, step back: pain during the session reached 7 (the limit is 5)."
    )
    assert summary.accept_button.text() == "Use an easier version from next time (A)"


@pytest.fixture
def window_with_variants(qtbot, programs, clock, prefs, cues, history):
    from hamsession.services.variants import VariantService

    variants = VariantService(programs, history)
    sessions = SessionService(
        programs, clock, history=history, profile=history.profile(), variants=variants
    )
    win = MainWindow(programs, sessions, prefs, lambda: cues, history)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def test_accepting_a_progression_makes_the_profiles_own_variant(
    qtbot, window_with_variants, clock, history
):
    window = window_with_variants
    for _ in range(2):  # two green sessions in a row
        finish_a_session(qtbot, window, clock)
        log = window.page
        for field, value in ((log.pain_worst, "1"), (log.pain_now, "0"), (log.effort, "4")):
            type_text(qtbot, field, value)
        log.save()
        history.save_morning(
            history.profile(), history.sessions(history.profile())[-1].id, "same", 0
        )
        window.show_picker()
    window.show_picker()
    finish_a_session(qtbot, window, clock)
    window.page.save()  # a third log, with no scores: the rule looks at the last logged pair
    summary = window.page
    assert isinstance(summary, SessionSummary)
    assert summary.advice.text().startswith("Ready to progress: two green sessions in a row")
    assert summary.accept_button.isVisible()
    qtbot.keyClick(summary, Qt.Key.Key_A)
    assert "Desk break: a few standing minutes · level 2" in summary.advice.text()
    texts = [window.picker.list.item(i).text() for i in range(window.picker.list.count())]
    assert any(
        t.startswith("Desk break: a few standing minutes · level 2") and "yours" in t for t in texts
    )
    window.show_picker()
    window.open_program("d1-desk-break-v1")
    hip_swings = window.player.run.program.steps[1]
    assert hip_swings.reps == 12  # 10 per leg, up by two within 10-20


def test_thresholds_are_kept_per_profile(history):
    from hamsession.domain.progression import Thresholds

    profile = history.profile()
    assert history.thresholds(profile) == Thresholds()
    history.set_thresholds(profile, {"amber_pain_max": 4})
    assert history.thresholds(profile).amber_pain_max == 4
    other = history.create_profile("Other")
    assert history.thresholds(other) == Thresholds()


def test_at_start_a_session_that_never_ended_is_offered_for_logging(qtbot, window, clock, history):
    window.open_program("p1-foundations")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, 20)
    session_id = player.run.recorder.session_id
    window.shutdown()  # the app goes away mid-session
    window.checkin.startup(window.show_picker)
    log = window.page
    assert isinstance(log, SymptomLog)
    from PySide6.QtWidgets import QLabel

    assert any("stopped before the end" in label.text() for label in log.findChildren(QLabel))
    type_text(qtbot, log.pain_worst, "2")
    log.save()
    (entry,) = history.sessions(history.profile())
    assert entry.id == session_id and entry.status == "interrupted"
    assert entry.symptoms.pain_worst == 2


def test_something_feels_wrong_during_a_session_ends_it_and_asks(qtbot, window, clock, history):
    window.open_program("p1-foundations")
    qtbot.keyClick(window.player, Qt.Key.Key_Space)
    advance(window.player.engine, clock, 20)
    window.something_wrong()
    log = window.page
    assert isinstance(log, SymptomLog) and "saddle_bladder_bowel" in log.flags
    (entry,) = history.sessions(history.profile())
    assert entry.status == "ended_early"


def test_a_region_takes_its_own_worst_pain_and_typing_one_ticks_it(qtbot):
    log = SymptomLog("How did it go?")
    qtbot.addWidget(log)
    log.show()
    qtbot.keyClicks(log.region_scores["back_of_thigh"], "3")
    assert log.regions["back_of_thigh"].isChecked()
    log.regions["low_back"].setChecked(True)  # ticked without a score
    entry = log.entry()
    assert entry.regions == ("low_back", "back_of_thigh")
    assert entry.region_pain == {"back_of_thigh": 3}
    qtbot.keyClick(log.region_scores["back_of_thigh"], Qt.Key.Key_Backspace)
    assert not log.regions["back_of_thigh"].isChecked()
    assert log.entry().region_pain == {}


def test_before_a_run_ends_on_the_running_form_card(qtbot, window, clock):
    finish_a_session(qtbot, window, clock, program="before-a-run")
    window.page.save()  # the log, unanswered
    summary = window.page
    assert isinstance(summary, SessionSummary) and summary.card.isVisible()
    assert summary.card.text().startswith("Running: a forward lean, the pelvis free to tip")
    assert "(Sources: [002])" in summary.card.text()
    summary.back.emit()
    finish_a_session(qtbot, window, clock)  # another program ends without a card
    window.page.save()
    assert not window.page.card.isVisible()
