from __future__ import annotations

import pytest

from hamsession.domain.programs import BreathPace, Exercise, Program, Side, Step, StepKind
from hamsession.domain.timeline import PhaseKind, compile_program, phase_marks

EX = Exercise(id="wall-sit", name="Wall sit", how=("Sit against a wall",))
K = PhaseKind


def program(*steps: Step, get_ready_s: float = 5.0) -> Program:
    return Program(id="t", title="T", steps=steps, get_ready_s=get_ready_s)


def kinds(timeline) -> list[str]:
    return [p.kind.value for p in timeline.phases]


def test_hold_rep_is_inhale_hold_release_and_sets_are_split_by_rest():
    step = Step(EX, StepKind.HOLD, sets=2, reps=2, hold_s=5, release_s=2, rest_s=45)
    t = compile_program(program(step))
    assert kinds(t) == [
        "get_ready",
        "inhale",
        "hold",
        "release",
        "inhale",
        "hold",
        "release",
        "rest",
        "inhale",
        "hold",
        "release",
        "inhale",
        "hold",
        "release",
    ]
    holds = [p for p in t.phases if p.kind is K.HOLD]
    assert [(p.set, p.rep) for p in holds] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert t.total_s == 5 + 4 * (4 + 5 + 2) + 45


def test_sides_each_runs_left_then_right_with_a_switch():
    step = Step(EX, StepKind.HOLD, reps=1, hold_s=30, sides=(Side.LEFT, Side.RIGHT), switch_s=5)
    t = compile_program(program(step))
    assert kinds(t) == [
        "get_ready",
        "inhale",
        "hold",
        "release",
        "switch_side",
        "inhale",
        "hold",
        "release",
    ]
    assert [p.side for p in t.phases if p.kind is K.HOLD] == [Side.LEFT, Side.RIGHT]
    assert t.phases[4].cue == "Switch to the right side"
    assert t.phases[2].cue == "Breathe through the hold"


def test_five_second_hold_cues_exhale_into_the_effort():
    t = compile_program(program(Step(EX, StepKind.HOLD, hold_s=5)))
    hold = next(p for p in t.phases if p.kind is K.HOLD)
    assert hold.cue == "Exhale into the effort, keep breathing"
    assert "hold your breath" not in " ".join(p.cue.lower() for p in t.phases)


def test_breathing_step_is_paced_pairs():
    pace = BreathPace(3, 7)
    t = compile_program(program(Step(EX, StepKind.BREATHING, breaths=3, breath=pace)))
    assert kinds(t) == ["get_ready"] + ["inhale", "exhale"] * 3
    assert [p.planned_s for p in t.phases[1:3]] == [3, 7]
    assert t.total_s == 5 + 30


def test_move_is_one_phase_per_set_with_a_count_every_rep():
    step = Step(EX, StepKind.MOVE, sets=2, reps=12, rep_s=2, rest_s=30)
    t = compile_program(program(step))
    assert kinds(t) == ["get_ready", "move", "rest", "move"]
    move = t.phases[1]
    assert move.planned_s == 24 and move.count_s == 2
    counts = [m for m in phase_marks(move) if m.kind == "count"]
    assert [(m.at_s, m.value) for m in counts] == [(2.0 * (n - 1), n) for n in range(2, 13)]


def test_offsets_are_the_sum_of_the_phases_before():
    step = Step(
        EX,
        StepKind.HOLD,
        sets=3,
        reps=4,
        hold_s=5.5,
        release_s=1.5,
        rest_s=20,
        sides=(Side.LEFT, Side.RIGHT),
    )
    t = compile_program(program(step, step))
    running = 0.0
    for i, phase in enumerate(t.phases):
        assert phase.index == i
        assert phase.offset_s == pytest.approx(running, abs=1e-9)
        running += phase.planned_s
    assert t.total_s == pytest.approx(running)


def test_countdown_seconds_and_breath_marks_of_a_long_hold():
    t = compile_program(program(Step(EX, StepKind.HOLD, hold_s=30)))
    hold = next(p for p in t.phases if p.kind is K.HOLD)
    marks = phase_marks(hold)
    seconds = [m for m in marks if m.kind == "second"]
    assert [m.value for m in seconds] == list(range(29, 0, -1))
    assert seconds[-1].at_s == 29
    breaths = [(m.at_s, m.value) for m in marks if m.kind == "breath"]
    assert breaths == [
        (6, "inhale"),
        (10, "exhale"),
        (16, "inhale"),
        (20, "exhale"),
        (26, "inhale"),
    ]


def test_step_start_and_index_at():
    a = Step(EX, StepKind.HOLD, hold_s=5)
    b = Step(EX, StepKind.BREATHING, breaths=2)
    t = compile_program(program(a, b))
    assert t.step_start(1) == 0
    assert t.step_start(2) == 4
    assert t.index_at(0) == 0
    assert t.index_at(5.0) == 1
    assert t.index_at(10_000) == len(t.phases) - 1
    with pytest.raises(IndexError):
        t.step_start(3)


def test_every_builtin_program_compiles_and_is_playable(builtin_library):
    for program_ in builtin_library.programs.values():
        t = compile_program(program_)
        assert t.phases, program_.id
        assert all(p.planned_s > 0 for p in t.phases)
        assert t.count(K.GET_READY) == len(program_.steps)


def test_a_stretch_is_called_a_stretch_on_screen_and_by_the_voice():
    from hamsession.domain.engine import SessionEngine
    from hamsession.domain.timeline import PhaseKind, compile_program
    from hamsession.storage.library import load_library

    lib = load_library(None)
    stretch = compile_program(lib.programs["self-care-add-on"])
    labels = {p.exercise.id: p.label for p in stretch.phases if p.kind is PhaseKind.HOLD}
    assert labels == {
        "foot-rolling": "Roll",
        "wide-legged-seated-stretch": "Stretch",
        "pigeon-pose-modified": "Stretch",
    }
    lift = compile_program(lib.programs["p1-foundations"])
    assert {p.label for p in lift.phases if p.exercise.id == "ninety-ninety-hip-lift"} >= {"Hold"}
    now = [0.0]
    engine = SessionEngine(stretch, lambda: now[0])
    spoken = []
    engine.cue_issued.connect(lambda cue: spoken.append(cue.speech))
    engine.start()
    while (deadline := engine.next_deadline()) is not None:
        now[0] = deadline
        engine.tick()
    assert "roll" in spoken and "stretch" in spoken and "hold" not in spoken


def test_a_run_is_one_uncounted_move_phase_a_block_with_walks_between():
    run = Exercise(id="run", name="Run", how=("run",), cues=("a", "b", "c"))
    step = Step(run, StepKind.CONTINUOUS, sets=3, for_s=250, rest_s=60, cue_every_s=120)
    t = compile_program(program(step))
    assert kinds(t) == ["get_ready", "move", "rest", "move", "rest", "move"]
    moves = [p for p in t.phases if p.kind is K.MOVE]
    assert [(p.planned_s, p.set, p.rep) for p in moves] == [
        (250, 1, None),
        (250, 2, None),
        (250, 3, None),
    ]
    says = [[(m.at_s, m.value) for m in phase_marks(p) if m.kind == "say"] for p in moves]
    # Two cues fit in 250 s (at 120 and 240); the turn carries on into the next block.
    assert says == [[(120, "a"), (240, "b")], [(120, "c"), (240, "a")], [(120, "b"), (240, "c")]]
    assert not [m for p in moves for m in phase_marks(p) if m.kind == "count"]
    assert t.total_s == 5 + 3 * 250 + 2 * 60


def test_a_walk_without_cues_says_nothing_and_none_falls_on_a_block_end():
    walk = Exercise(id="walk", name="Walk", how=("walk",))
    quiet = compile_program(program(Step(walk, StepKind.CONTINUOUS, for_s=300, cue_every_s=120)))
    assert not [m for p in quiet.phases for m in phase_marks(p) if m.kind == "say"]
    run = Exercise(id="run", name="Run", how=("run",), cues=("a",))
    even = compile_program(program(Step(run, StepKind.CONTINUOUS, for_s=240, cue_every_s=120)))
    assert [m.at_s for p in even.phases for m in phase_marks(p) if m.kind == "say"] == [120]
