from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from hamsession.domain.engine import EngineState
from hamsession.ui.shell.main_window import MainWindow
from tests.ui.conftest import advance


@pytest.fixture
def window(qtbot, programs, sessions, prefs, cues):
    made = []

    def make_cues():
        made.append(cues)
        return cues

    win = MainWindow(programs, sessions, prefs, make_cues)
    qtbot.addWidget(win)
    win.show()
    win.cue_factory_calls = made
    yield win
    if win.player is not None:
        win.player.shutdown()


def test_window_title_and_program_picker(window, programs):
    assert window.windowTitle() == "Hamsession"
    summaries = programs.summaries()
    assert window.picker.list.count() == len(summaries) >= 6
    texts = [window.picker.list.item(i).text() for i in range(window.picker.list.count())]
    assert texts[0].startswith("Foundations") and "Stage A" in texts[0] and "min" in texts[0]
    assert "Desk break" in texts[-1]
    assert window.picker.steps.text().startswith(
        "1. Foundational breathing and alignment: 6 paced breaths"
    )


def test_enter_opens_the_player_ready_to_start(qtbot, window):
    window.picker.list.setFocus()
    qtbot.keyClick(window.picker.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.player
    assert window.player.engine.state is EngineState.IDLE
    assert window.windowTitle() == "Hamsession — Foundations: supported positions and breath"


def test_missing_audio_is_said_once(qtbot, window, cues):
    window.open_program("p1-foundations")
    expected = "  ".join(cues.notices())
    if not expected:
        pytest.skip("this machine has audio output and a speech engine")
    assert window.statusBar().currentMessage() == expected
    window.statusBar().clearMessage()
    window.show_picker()
    window.open_program("p2-integrated")
    assert window.statusBar().currentMessage() == ""
    assert len(window.cue_factory_calls) == 1


def test_unknown_program_is_a_status_message_not_a_crash(window):
    assert window.open_program("no-such-program") is False
    assert window.statusBar().currentMessage().startswith("unknown program 'no-such-program'")
    assert window.stack.currentWidget() is window.picker


def test_esc_before_starting_goes_back_to_the_programs(qtbot, window):
    window.open_program("p1-foundations")
    qtbot.keyClick(window.player, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.picker
    assert window.player is None


def test_session_end_shows_the_summary_and_enter_goes_back(qtbot, window, clock):
    window.open_program("d1-desk-break")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    advance(player.engine, clock, player.run.timeline.total_s)
    assert window.stack.currentWidget() is window.summary
    assert window.summary.heading.text() == "Session complete"
    assert "Holds done: 4" in window.summary.figures.text()
    qtbot.keyClick(window.summary, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.picker


def test_ctrl_q_during_a_session_asks_first(qtbot, window, clock, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    window.open_program("p1-foundations")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    window.request_quit()
    assert player.confirming and quits == []
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert not player.confirming and player.engine.state is EngineState.RUNNING
    window.request_quit()
    qtbot.keyClick(player, Qt.Key.Key_Return)
    assert player.engine.state is EngineState.ENDED_EARLY
    assert quits == [True]


def test_quit_without_a_session_needs_no_confirmation(window, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    window.request_quit()
    assert quits == [True]


def test_text_size_keys_scale_every_view_and_are_remembered(qtbot, window, prefs):
    window.resize(1920, 1080)
    window.open_program("p1-foundations")
    view = window.player.view
    before, count = view.how.font().pixelSize(), view.countdown.font().pixelSize()
    window.scale_text(1.15)
    window.scale_text(1.15)
    after = view.how.font().pixelSize()
    assert after == pytest.approx(before * 1.15 * 1.15, abs=2)
    assert view.countdown.font().pixelSize() == count  # the count is sized by the window
    assert prefs.text_scale == pytest.approx(1.3225, rel=0.01)
    window.scale_text(1 / 1.15)
    assert view.how.font().pixelSize() < after
    picker_font = window.picker.title.font().pointSizeF()
    window.show_picker()
    window.scale_text(1.15)
    assert window.picker.title.font().pointSizeF() > picker_font


def test_the_menus_follow_the_text_size_and_keep_it_when_rebuilt(qtbot, window):
    from PySide6.QtWidgets import QMenu

    desktop = QApplication.font().pointSizeF()
    window.scale_text(1.5)
    sizes = [m.font().pointSizeF() for m in window.menuBar().findChildren(QMenu)]
    assert sizes and sizes == pytest.approx([desktop * window.text_scale] * len(sizes))
    assert window.menuBar().font().pointSizeF() == pytest.approx(desktop * window.text_scale)
    window.rebuild_menus()  # a profile switch or clinic mode builds them again
    sizes = [m.font().pointSizeF() for m in window.menuBar().findChildren(QMenu)]
    assert sizes and sizes == pytest.approx([desktop * window.text_scale] * len(sizes))


def test_first_exposure_is_signalled_once(qtbot, programs, sessions, prefs, cues):
    win = MainWindow(programs, sessions, prefs, lambda: cues)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_exposed, timeout=5000):
        win.show()


def test_reduced_motion_and_voice_are_settings_in_the_menus(window, prefs):
    window.open_program("p1-foundations")
    window.reduced_motion_action.setChecked(True)
    assert prefs.reduced_motion and window.player.pacer.reduced_motion
    window.voice_action.setChecked(False)
    assert prefs.voice is False
    window.show_picker()
    window.open_program("p1-foundations")
    assert window.player.pacer.reduced_motion


def test_about_the_exercises_from_the_picker_and_the_references_from_help(qtbot, window):
    picker = window.programs_list.picker
    picker.select("p1-foundations")
    assert picker.strip.isVisible() or not picker.isVisible()
    assert len(picker.strip._figures) >= 4  # the lying steps of P1 show their figures
    picker.about.click()
    dialog = window.programs_list.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == 7 and dialog.list.isVisible()
    assert dialog.text.text().startswith("Foundations: supported positions and breath")
    assert "Where it comes from:" in dialog.text.text()
    dialog.list.setCurrentRow(1)
    assert dialog.text.text().startswith("E01 Foundational breathing")
    dialog.list.setCurrentRow(4)
    assert "Dose: 2 x 8 holds of 3 s" in dialog.text.text()
    dialog.close()
    window.menu_actions["references"].trigger()
    text = window.references_dialog.findChild(QPlainTextEdit).toPlainText()
    assert text.startswith("[000] (Article)") and "R30 (Reference)" in text
    window.references_dialog.close()


def test_i_in_the_player_pauses_and_tells_about_the_exercise(qtbot, window, clock):
    from hamsession.domain.engine import EngineState

    window.open_program("p1-foundations")
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert player.engine.state is EngineState.RUNNING
    qtbot.keyClick(player, Qt.Key.Key_I)
    assert player.engine.state is EngineState.PAUSED
    dialog = player.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.list.isVisible()
    assert dialog.text.text().startswith("E01 Foundational breathing and alignment")
    assert "Paused to read about the exercise" in player.view.state_hint.text()
    dialog.close()


def test_high_contrast_turns_everything_white_on_black_and_back(qtbot, window, prefs):
    from PySide6.QtGui import QPalette

    from hamsession.ui.widgets.theme_colours import dark_theme

    usual = QApplication.palette().color(QPalette.ColorRole.Window).name()
    window.open_program("p1-foundations")
    window.menu_actions["high_contrast"].trigger()
    try:
        assert prefs.high_contrast
        assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert dark_theme(window) and "#8AB4F8" in window.styleSheet()  # the light ring
        assert "#15191d" not in window.player.view.styleSheet()
        assert window.player.pacer.background.name() == "#000000"
    finally:
        window.menu_actions["high_contrast"].trigger()
    assert not prefs.high_contrast
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == usual
    assert "#0072B2" in window.styleSheet()


def test_the_opening_window_says_so_in_the_middle(qtbot, prefs):
    opening = MainWindow(None, None, prefs, lambda: None, opening=True)
    qtbot.addWidget(opening)
    page = opening.stack.currentWidget()
    assert page.text() == "Opening your history…"
    assert page.alignment() == Qt.AlignmentFlag.AlignCenter
