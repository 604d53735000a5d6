from __future__ import annotations

import pytest

from hamsession.domain.breath import (
    EASY_WORDS,
    EFFORT_WORDS,
    INHALE_WORDS,
    LOWER_WORDS,
    breath_at,
)
from hamsession.domain.programs import Exercise, Program, Step, StepKind
from hamsession.domain.timeline import PhaseKind, compile_program

EX = Exercise(id="x", name="X", how=("x",))


def timeline_of(*steps):
    return compile_program(Program(id="t", title="T", steps=steps))


def test_hold_rep_is_continuous_inhale_then_exhale_into_the_effort():
    t = timeline_of(Step(EX, StepKind.HOLD, reps=2, hold_s=5, release_s=2))
    inhale, hold, release = t.phases[1:4]
    assert breath_at(t, 1, 0).level == 0 and breath_at(t, 1, 4).level == 1
    assert breath_at(t, 1, 2).words == INHALE_WORDS
    assert breath_at(t, 2, 0).level == 1
    assert breath_at(t, 2, 2.5).words == EFFORT_WORDS
    end_of_hold = breath_at(t, 2, 5).level
    assert 0 < end_of_hold < 0.2
    assert breath_at(t, 3, 0).level == pytest.approx(end_of_hold)
    assert breath_at(t, 3, 2).direction == "inhale"  # lowering on the next breath in
    assert hold.kind is PhaseKind.HOLD and inhale.kind is PhaseKind.INHALE
    assert release.kind is PhaseKind.RELEASE


def test_long_hold_keeps_cycling():
    t = timeline_of(Step(EX, StepKind.HOLD, hold_s=30))
    directions = [breath_at(t, 2, s).direction for s in (1, 7, 11, 17, 21, 27)]
    assert directions == ["exhale", "inhale", "exhale", "inhale", "exhale", "inhale"]


def test_rest_breathes_whole_cycles_that_end_empty():
    t = timeline_of(Step(EX, StepKind.MOVE, sets=2, reps=2, rep_s=2, rest_s=45))
    rest = next(p for p in t.phases if p.kind is PhaseKind.REST)
    assert breath_at(t, rest.index, 2).words == EASY_WORDS  # 5 s lead-in before 4 cycles
    assert breath_at(t, rest.index, 5).level == 0
    assert breath_at(t, rest.index, 9).level == 1
    assert breath_at(t, rest.index, 45).level == pytest.approx(0)


@pytest.mark.parametrize(
    "steps",
    [
        (Step(EX, StepKind.HOLD, sets=2, reps=3, hold_s=5, rest_s=20),),
        (Step(EX, StepKind.BREATHING, breaths=3),),
        (Step(EX, StepKind.HOLD, reps=2, hold_s=30),),
    ],
)
def test_level_never_jumps_within_a_step(steps):
    t = timeline_of(*steps)
    previous = None
    for phase in t.phases[1:]:
        samples = [phase.planned_s * i / 200 for i in range(201)]
        for s in samples:
            level = breath_at(t, phase.index, s).level
            assert 0 <= level <= 1
            if previous is not None:
                assert abs(level - previous) < 0.1, (phase.kind, s)
            previous = level


def test_release_lowers_on_the_next_inhale_which_sets_up_the_next_rep():
    t = timeline_of(Step(EX, StepKind.HOLD, reps=2, hold_s=5, release_s=2))
    end_of_hold = breath_at(t, 2, 5).level
    lowering = breath_at(t, 3, 1)
    assert lowering.direction == "inhale" and lowering.words == LOWER_WORDS
    assert end_of_hold < lowering.level < breath_at(t, 3, 2).level < 1
    # the next rep's inhale carries on the same breath in, from where the release left it
    assert breath_at(t, 4, 0).level == pytest.approx(breath_at(t, 3, 2).level)
    assert breath_at(t, 4, 4).level == pytest.approx(1)
    assert "breathe in" in t.phases[3].cue


def test_after_the_last_release_the_breath_goes_out_before_the_rest():
    t = timeline_of(Step(EX, StepKind.HOLD, sets=2, reps=1, hold_s=5, release_s=2, rest_s=45))
    release = next(p for p in t.phases if p.kind is PhaseKind.RELEASE)
    rest = t.phases[release.index + 1]
    assert rest.kind is PhaseKind.REST
    assert breath_at(t, release.index, 2).level == pytest.approx(1)
    assert breath_at(t, rest.index, 0).level == pytest.approx(1)
    assert breath_at(t, rest.index, 3).direction == "exhale"
    assert breath_at(t, rest.index, 6).level == pytest.approx(0)


def test_timed_reps_breathe_with_the_movement_never_faster_than_calm():
    from hamsession.domain.breath import WITH_THE_MOVEMENT_WORDS

    quick = timeline_of(Step(EX, StepKind.MOVE, reps=10, rep_s=2))
    move = next(p for p in quick.phases if p.kind is PhaseKind.MOVE)
    for s in (0.5, 1.0, 7.3):  # 30 breaths a minute would be panting: no pacing
        state = breath_at(quick, move.index, s)
        assert state.direction == "easy" and state.words == WITH_THE_MOVEMENT_WORDS
    slow = timeline_of(Step(EX, StepKind.MOVE, reps=4, rep_s=8))
    move = next(p for p in slow.phases if p.kind is PhaseKind.MOVE)
    assert breath_at(slow, move.index, 2).direction == "inhale"  # out to the end pose
    assert breath_at(slow, move.index, 4).level == pytest.approx(1)
    assert breath_at(slow, move.index, 6).direction == "exhale"  # back again
    assert breath_at(slow, move.index, 8).level == pytest.approx(0)  # one breath a rep
