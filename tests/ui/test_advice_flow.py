"""The advice in the window: after a pending green session, sit-bone pain (F1), stages
that open in order, and the pain cap of hamstring programs."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hamsession.ui.checkin.safety_notice import SafetyNotice
from hamsession.ui.session.session_summary import SessionSummary
from tests.ui.conftest import advance


def play(qtbot, window, clock, program: str) -> str:
    assert window.open_program(program), window.statusBar().currentMessage()
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, player.run.timeline.total_s)
    return player.run.recorder.session_id


def log(qtbot, window, pain: str = "1", morning: bool = True, history=None, **ticks) -> None:
    page = window.page
    for field, value in ((page.pain_worst, pain), (page.pain_now, "0"), (page.effort, "4")):
        qtbot.keyClicks(field, value)
    for group, keys in ticks.items():
        for key in keys:
            getattr(page, group)[key].setChecked(True)
    page.save()


def green(qtbot, window, clock, history, program="p1-foundations") -> None:
    session_id = play(qtbot, window, clock, program)
    log(qtbot, window)
    history.save_morning(history.profile(), session_id, "same", 0)  # the next morning
    window.refresh_programs()
    window.show_picker()


def test_progress_right_after_a_pending_green_session(qtbot, window, clock, history):
    green(qtbot, window, clock, history)
    green(qtbot, window, clock, history)
    play(qtbot, window, clock, "p1-foundations")
    log(qtbot, window)  # the next morning is not known yet
    summary = window.page
    assert isinstance(summary, SessionSummary)
    assert summary.advice.text().startswith("Ready to progress: two green sessions in a row")
    assert summary.accept_button.text() == "Use the next level from next time (A)"
    qtbot.keyClick(summary, Qt.Key.Key_A)
    assert "· level 2" in summary.advice.text()
    window.show_picker()
    assert window.picker.current_id() == "p1-foundations-v1"


def test_the_next_morning_turns_the_advice_around_at_the_next_start(qtbot, window, clock, history):
    green(qtbot, window, clock, history)
    green(qtbot, window, clock, history)
    session_id = play(qtbot, window, clock, "p1-foundations")
    log(qtbot, window)
    window.show_picker()
    history.save_morning(history.profile(), session_id, "worse", 4)
    window.refresh_programs()
    window.picker.select("p1-foundations")
    assert window.picker.advice.text().startswith("Next time, step back: the next morning")


def test_sit_bone_pain_sets_f1_leaves_stretches_out_and_says_why(qtbot, window, clock, history):
    play(qtbot, window, clock, "p1-foundations")
    log(qtbot, window, regions=["sit_bone"])
    notice = window.page
    assert isinstance(notice, SafetyNotice)
    assert any("footstool" in m.text() for m in notice.messages)  # C2, shown once
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    assert "F1" in history.profile().flags
    window.show_picker()
    picker = window.picker
    listed = [
        picker.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.list.count())
    ]
    assert "self-care-add-on" not in listed
    assert picker.banner.text() == ("Hidden while sit-bone pain (F1) is flagged: Self-care add-on.")
    picker.select("p1-foundations")
    assert picker.left_out.text() == (
        "Left out while sit-bone pain (F1) is flagged: Supine hamstring stretch (with a strap)."
    )
    assert window.open_program("p1-foundations")
    run = window.player.run
    assert "supine-hamstring-stretch" not in [s.exercise.id for s in run.program.steps]
    assert window.player.view.notice.text() == picker.left_out.text()
    # A second sit-bone tick does not repeat the footstool advice.
    qtbot.keyClick(window.player, Qt.Key.Key_Space)
    advance(window.player.engine, clock, run.timeline.total_s)
    log(qtbot, window, regions=["sit_bone"])
    assert isinstance(window.page, SessionSummary)


def test_a_clinician_can_clear_f1(qtbot, window, history):
    from hamsession.services.clinic import ClinicService

    profile = history.set_flag(history.profile(), "F1", True)
    clinic = ClinicService(history, window.programs)
    window.current.set(clinic.set_sit_bone_flag(profile, False))
    assert "F1" not in history.profile().flags
    listed = [
        window.picker.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.picker.list.count())
    ]
    assert "self-care-add-on" in listed and not window.picker.banner.isVisible()


def test_later_stages_open_after_two_greens_or_when_a_clinician_opens_them(
    qtbot, window, clock, history
):
    from hamsession.services.clinic import ClinicService

    picker = window.picker
    picker.select("p3-loaded-hinge")
    assert not picker.start.isEnabled()
    assert picker.lock.text().startswith("Opens after two green sessions in a row of")
    assert window.open_program("p2-integrated") is False
    assert window.player is None and "Opens after" in window.statusBar().currentMessage()
    green(qtbot, window, clock, history)
    green(qtbot, window, clock, history)
    picker.select("p2-integrated")
    assert picker.start.isEnabled() and not picker.lock.isVisible()
    picker.select("p3-loaded-hinge")
    assert not picker.start.isEnabled()  # P3 waits for two greens of P2
    ClinicService(history, window.programs).assign(history.profile(), ["p3-loaded-hinge"])
    window.refresh_programs()
    picker.select("p3-loaded-hinge")
    assert picker.start.isEnabled()
    assert window.open_program("p3-loaded-hinge")


def test_pain_of_five_in_a_hamstring_program_is_red(qtbot, window, clock, history):
    from hamsession.services.clinic import ClinicService

    ClinicService(history, window.programs).assign(history.profile(), ["p2-integrated"])
    window.refresh_programs()
    play(qtbot, window, clock, "p2-integrated")
    log(qtbot, window, pain="5")
    summary = window.page
    assert summary.advice.text().startswith("Next time, go back to Foundations")
    assert "(the limit is 4)" in summary.advice.text()
    qtbot.keyClick(summary, Qt.Key.Key_A)
    window.show_picker()
    assert window.picker.current_id() == "p1-foundations"
