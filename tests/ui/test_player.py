"""The player driven by keys, with the engine on a fake clock (contracts §5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hamsession.domain.engine import EngineState
from hamsession.domain.timeline import PhaseKind
from hamsession.storage.assets import resources_dir
from hamsession.ui.session.player import Player
from tests.ui.conftest import advance


@pytest.fixture
def make_player(qtbot, sessions, clock, cues, prefs):
    made = []

    def make(program_id: str = "p1-foundations") -> Player:
        player = Player(sessions.prepare(program_id), clock, cues, prefs)
        qtbot.addWidget(player)
        player.resize(1280, 760)
        player.show()
        made.append(player)
        return player

    yield make
    for player in made:
        player.shutdown()


def key(qtbot, player, k) -> None:
    qtbot.keyClick(player, k)


def shown(player) -> tuple[str, str, str]:
    v = player.view
    return v.phase.text(), v.countdown.text(), v.position.text()


def test_space_starts_and_the_display_follows_the_engine(qtbot, make_player, clock):
    player = make_player()
    assert player.view.state_hint.text() == "Press Space to start"
    assert shown(player) == ("Get ready", "5", "")
    key(qtbot, player, Qt.Key.Key_Space)
    assert player.engine.state is EngineState.RUNNING
    advance(player.engine, clock, 2)
    assert shown(player) == ("Get ready", "3", "")
    advance(player.engine, clock, 3)
    # E01 breathes with the long exhale: 3 s in, 7 s out (content.md section 3).
    assert shown(player) == ("Inhale", "3", "Breath 1 of 6")
    assert player.view.cue.text() == "Inhale: ribs expand"
    assert player.view.step.text() == "Step 1 of 6"
    # A breathing step has no rest: the next exercise is named from its start.
    assert player.view.next.text() == "Up next: Exhale 7 s, then 90/90 hip lift"
    snap = player.engine.snapshot()
    assert (
        player.view.remaining.text() == f"{int(snap.session_remaining_s) // 60}:"
        f"{int(snap.session_remaining_s) % 60:02d} left"
    )


def test_pause_mid_hold_and_resume_with_the_remaining_time(qtbot, make_player, clock):
    player = make_player()
    key(qtbot, player, Qt.Key.Key_Space)
    key(qtbot, player, Qt.Key.Key_Right)  # to step 2, the 90/90 hip lift
    advance(player.engine, clock, 5 + 4 + 2)  # get ready, inhale, 2 s into the 5 s hold
    assert shown(player) == ("Hold", "3", "Set 1 of 2 · Rep 1 of 5")
    assert player.view.cue.text() == "Exhale into the effort, keep breathing"
    key(qtbot, player, Qt.Key.Key_Space)
    assert player.engine.state is EngineState.PAUSED
    assert player.view.state_hint.text() == "Paused · Space to resume"
    assert not player.pacer._frame.isActive()
    advance(player.engine, clock, 60)
    # Paused reads from across the room: PAUSED where the phase word was, the cue dimmed.
    assert shown(player) == ("PAUSED", "3", "Set 1 of 2 · Rep 1 of 5")
    assert "color" in player.view.cue.styleSheet()
    key(qtbot, player, Qt.Key.Key_Space)
    assert shown(player) == ("Hold", "3", "Set 1 of 2 · Rep 1 of 5")
    assert player.view.cue.styleSheet() == ""
    assert player.engine.state is EngineState.RUNNING
    advance(player.engine, clock, 2.5)
    assert shown(player)[:2] == ("Hold", "1")
    advance(player.engine, clock, 0.5)
    assert shown(player)[:2] == ("Release", "2")


def test_right_skips_and_left_restarts_or_goes_back(qtbot, make_player, clock):
    player = make_player()
    key(qtbot, player, Qt.Key.Key_Space)
    key(qtbot, player, Qt.Key.Key_Right)
    assert player.view.step.text() == "Step 2 of 6"
    assert player.view.exercise.text() == "90/90 hip lift"
    advance(player.engine, clock, 20)
    key(qtbot, player, Qt.Key.Key_Left)  # well into step 2: its start
    assert player.view.step.text() == "Step 2 of 6"
    assert player.engine.phase.kind is PhaseKind.GET_READY
    key(qtbot, player, Qt.Key.Key_Left)  # at its very start: the step before
    assert player.view.step.text() == "Step 1 of 6"


def test_escape_asks_enter_ends_and_escape_keeps_going(qtbot, make_player, clock):
    player = make_player()
    key(qtbot, player, Qt.Key.Key_Space)
    advance(player.engine, clock, 3)
    key(qtbot, player, Qt.Key.Key_Escape)
    assert player.confirming
    key(qtbot, player, Qt.Key.Key_Escape)
    assert not player.confirming and player.engine.state is EngineState.RUNNING
    key(qtbot, player, Qt.Key.Key_Escape)
    with qtbot.waitSignal(player.session_over) as over:
        key(qtbot, player, Qt.Key.Key_Return)
    assert over.args == ["ended_early"]
    assert player.engine.state is EngineState.ENDED_EARLY


def test_keys_are_ignored_while_confirming(qtbot, make_player, clock):
    player = make_player()
    key(qtbot, player, Qt.Key.Key_Space)
    key(qtbot, player, Qt.Key.Key_Escape)
    key(qtbot, player, Qt.Key.Key_Right)
    key(qtbot, player, Qt.Key.Key_Space)
    assert player.engine.phase.step == 1 and player.engine.state is EngineState.RUNNING


def test_sounds_and_voice_follow_the_cues_in_order(qtbot, make_player, clock, cues):
    sounds, phrases = [], []
    cues.sounds.played.connect(sounds.append)
    cues.voice.spoken.connect(phrases.append)
    qtbot.waitUntil(lambda: cues.voice.available)
    assert cues.voice.engine_name == "mock"
    player = make_player()
    key(qtbot, player, Qt.Key.Key_Space)
    key(qtbot, player, Qt.Key.Key_Right)  # step 2: holds of 5 s
    qtbot.waitUntil(lambda: not cues.voice.busy, timeout=10_000)  # the names are said
    sounds.clear()
    advance(player.engine, clock, 5 + 11)  # get ready and the first hold rep
    assert sounds == [
        "inhale",
        "hold_start",
        "countdown",
        "countdown",
        "countdown",
        "hold_end",
        "inhale",
    ]
    qtbot.waitUntil(lambda: "release, breathe in" in phrases, timeout=10_000)
    assert phrases[0] == "Foundational breathing and alignment"
    assert phrases.index("hold") < phrases.index("release, breathe in")


def test_m_mutes_and_the_choice_is_remembered(qtbot, make_player, prefs, tmp_path):
    player = make_player()
    assert not prefs.muted
    key(qtbot, player, Qt.Key.Key_M)
    assert player.view.mute.isChecked() and prefs.muted
    assert "muted = true" in (tmp_path / "settings.ini").read_text()
    key(qtbot, player, Qt.Key.Key_M)
    assert not prefs.muted


def test_muted_cues_are_still_counted_but_not_spoken(qtbot, make_player, clock, cues):
    phrases = []
    cues.voice.spoken.connect(phrases.append)
    player = make_player()
    key(qtbot, player, Qt.Key.Key_M)
    key(qtbot, player, Qt.Key.Key_Space)
    advance(player.engine, clock, 10)
    assert phrases == []


def test_the_pacer_follows_the_engine_not_a_free_clock(qtbot, make_player, clock):
    player = make_player()
    key(qtbot, player, Qt.Key.Key_Space)
    advance(player.engine, clock, 5 + 1.5)  # half way through the first 3 s inhale
    player.pacer.refresh()
    assert player.pacer.state.direction == "inhale"
    assert player.pacer.state.level == pytest.approx(0.5)
    advance(player.engine, clock, 1.5 + 3.5)  # half way through the 7 s exhale
    player.pacer.refresh()
    assert player.pacer.state.direction == "exhale"
    assert player.pacer.state.level == pytest.approx(0.5)


def test_one_frame_clock_moves_the_pacer_in_every_frame_and_the_figure_in_every_second(
    qtbot, make_player
):
    player = make_player("p1-foundations")
    key(qtbot, player, Qt.Key.Key_Space)
    assert player.pacer.frame_clock.isActive()
    seen = {"pacer": 0, "figure": 0}
    player.pacer._source = lambda: seen.__setitem__("pacer", seen["pacer"] + 1)
    player.figure._source = lambda: seen.__setitem__("figure", seen["figure"] + 1)
    for _ in range(6):
        player.pacer.frame_clock.timeout.emit()
    assert seen == {"pacer": 6, "figure": 3}
    key(qtbot, player, Qt.Key.Key_Space)  # paused: the one clock stops for both
    assert not player.pacer.frame_clock.isActive()


def test_the_pacer_repaints_when_its_edge_moves_a_whole_pixel_and_only_around_the_circle(
    qtbot, make_player
):
    from PySide6.QtCore import QRect

    from hamsession.domain.breath import BreathState

    player = make_player()
    pacer = player.pacer
    pacer.resize(600, 500)
    level = [0.5]
    pacer._source = lambda: BreathState(level[0], "inhale", "Inhale")
    pacer.refresh()
    area = pacer._shape_area()
    pixel = 1 / (area.width() * 0.35 * pacer.devicePixelRatioF())  # the radius's span
    level[0] = round(0.5 / pixel) * pixel  # on a whole pixel
    asked: list[QRect | None] = []
    pacer.update = lambda *area: asked.append(area[0] if area else None)
    pacer.refresh()
    asked.clear()
    level[0] += 0.4 * pixel  # under a pixel: nothing to draw
    pacer.refresh()
    assert asked == []
    level[0] += 0.7 * pixel
    pacer.refresh()
    assert len(asked) == 1 and isinstance(asked[0], QRect)
    around = asked[0]
    assert around.contains(area.center().toPoint())
    assert around.width() < area.width() * 0.9  # the circle at half breath, not the pacer
    assert abs(around.width() / 2 - (area.width() / 2 * (0.3 + 0.7 * level[0]) + 2)) <= 2
    resized = pacer._shape_area()
    pacer.resize(300, 300)  # the measured area follows the size
    assert pacer._shape_area() != resized


def test_a_whole_session_completes_and_reports(qtbot, make_player, clock):
    player = make_player("d1-desk-break")
    key(qtbot, player, Qt.Key.Key_Space)
    with qtbot.waitSignal(player.session_over) as over:
        advance(player.engine, clock, player.run.timeline.total_s + 1)
    assert over.args == ["completed"]
    assert player.view.state_hint.text() == "Session complete"
    assert not player.timer.active


def test_move_phase_shows_the_rep_of_the_count(qtbot, make_player, clock):
    player = make_player("p2-integrated")
    key(qtbot, player, Qt.Key.Key_Space)
    key(qtbot, player, Qt.Key.Key_Right)  # step 2: the heel bridge
    key(qtbot, player, Qt.Key.Key_Right)  # step 3: hip swings, once warm: 12 reps every 2 s
    advance(player.engine, clock, 5)
    assert shown(player) == ("Move", "24", "Rep 1 of 12 · Left side")
    advance(player.engine, clock, 2)
    assert player.view.position.text() == "Rep 2 of 12 · Left side"
    advance(player.engine, clock, 21)
    assert player.view.position.text() == "Rep 12 of 12 · Left side"


def test_a_phrase_said_while_the_voice_starts_is_spoken_once_it_answers(qtbot):
    from hamsession.ui.session.cue_output import CueOutput

    output = CueOutput(resources_dir() / "sounds", voice_engine="mock")
    phrases: list[str] = []
    output.voice.spoken.connect(phrases.append)
    try:
        assert not output.voice.available  # its process is still starting
        output.voice.say("Foundational breathing and alignment")
        qtbot.waitUntil(lambda: phrases == ["Foundational breathing and alignment"], timeout=10_000)
    finally:
        output.close()


def test_a_step_shows_its_own_position_and_cues_over_the_exercise_s(qtbot, make_player):
    player = make_player("d1-desk-break")
    key(qtbot, player, Qt.Key.Key_Space)
    for _ in range(3):
        key(qtbot, player, Qt.Key.Key_Right)  # step 4: the hip-flexor stretch, standing
    assert player.view.exercise.text() == "Hip-flexor stretch"
    assert player.view.setup.text() == "Standing in a split stance, one hand on the desk."
    assert "stride back" in player.view.how.text()
    assert "kneel" not in player.view.how.text().lower()


def test_the_figure_follows_the_phase_clock(qtbot, make_player, clock, prefs):
    player = make_player("p1-foundations")
    key(qtbot, player, Qt.Key.Key_Space)
    for _ in range(3):
        key(qtbot, player, Qt.Key.Key_Right)  # step 4: the heel bridge, which has a figure
    figure = player.run.timeline.program.steps[3].exercise.figure
    assert figure is not None
    player.figure.refresh()
    assert player.figure.isVisible() and player.figure.shown[1] == figure.start
    while player.engine.phase.kind is not PhaseKind.HOLD:
        advance(player.engine, clock, 0.5)
    advance(player.engine, clock, 1.2)  # past the lift, into the still hold
    player.figure.refresh()
    assert player.figure.shown[1] == figure.end
    assert player.figure.shown[2] is False  # both legs: not mirrored
    prefs.update(reduced_motion=True)
    advance(player.engine, clock, 3.0)  # the release: still the end pose, without motion
    player.figure.refresh()
    assert player.figure.shown[1] == figure.end


def test_a_step_done_elsewhere_shows_no_figure_of_the_lying_exercise(qtbot, make_player):
    player = make_player("d1-desk-break")  # standing versions of lying exercises
    player.figure.refresh()
    assert player.figure.shown is None and not player.figure.isVisible()


def test_a_run_shows_and_says_its_form_cue_large_every_two_minutes(qtbot, make_player, clock, cues):
    phrases = []
    cues.voice.spoken.connect(phrases.append)
    player = make_player("run-with-form-cues")
    key(qtbot, player, Qt.Key.Key_Space)
    key(qtbot, player, Qt.Key.Key_Right)  # step 2: four 5-minute blocks of running
    advance(player.engine, clock, 5)
    assert shown(player) == ("Move", "5:00", "Set 1 of 4")  # no rep count in a run
    assert not player.view.form_cue_shown
    advance(player.engine, clock, 120)
    assert player.view.form_cue_shown
    assert player.view.form_cue.text() == "Lean from the ankles, body in one line"
    qtbot.waitUntil(lambda: "Lean from the ankles, body in one line" in phrases, timeout=10_000)
    advance(player.engine, clock, 120)
    assert player.view.form_cue.text() == "Let the pelvis tip forward with the lean"
    advance(player.engine, clock, 60 + 30)  # the block ends; walking between blocks
    assert shown(player)[0] == "Rest" and player.view.form_cue_shown
    key(qtbot, player, Qt.Key.Key_Right)  # the cool-down walk: its own card again
    assert not player.view.form_cue_shown and player.view.exercise.text() == "Easy walk"


def test_a_long_form_cue_in_large_text_fits_its_card(qtbot, make_player):
    from PySide6.QtGui import QFontMetrics

    player = make_player("run-with-form-cues")
    player.resize(1366, 708)
    player.apply_scale(1.6)
    text = "Vorlage aus den Sprunggelenken, Körper in einer Linie"
    player.view.show_form_cue(text)
    label = player.view.form_cue
    metrics = QFontMetrics(label.font())
    room = label.contentsRect()
    assert max(metrics.horizontalAdvance(w) for w in text.split()) <= room.width()
    wrapped = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
    assert wrapped.height() <= room.height()
    assert label.font().pixelSize() >= 16
