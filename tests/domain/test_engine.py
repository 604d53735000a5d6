from __future__ import annotations

import itertools
import time

import pytest

from hamsession.domain.engine import (
    RESTART_GRACE_S,
    TRANSITIONS,
    Action,
    EngineState,
    InvalidTransition,
    SessionEngine,
)
from hamsession.domain.programs import Exercise, Program, Step, StepKind
from hamsession.domain.timeline import PhaseKind, compile_program

EX = Exercise(id="x", name="X", how=("do it",))


class Recorder:
    """Subscribes to every engine event and keeps them in order."""

    def __init__(self, engine: SessionEngine) -> None:
        self.started, self.finished_phases, self.cues, self.seconds = [], [], [], []
        self.states, self.ends = [], []
        engine.phase_started.connect(self.started.append)
        engine.phase_finished.connect(self.finished_phases.append)
        engine.cue_issued.connect(self.cues.append)
        engine.second_passed.connect(self.seconds.append)
        engine.state_changed.connect(self.states.append)
        engine.finished.connect(self.ends.append)


def run_to_end(engine: SessionEngine, clock) -> None:
    while (deadline := engine.next_deadline()) is not None:
        clock.set(deadline)
        engine.tick()


@pytest.fixture
def p1(builtin_library):
    return compile_program(builtin_library.programs["p1-foundations"])


def small_program() -> Program:
    hold = Step(EX, StepKind.HOLD, sets=2, reps=2, hold_s=5, release_s=2, rest_s=10)
    breathe = Step(EX, StepKind.BREATHING, breaths=2)
    move = Step(EX, StepKind.MOVE, reps=4, rep_s=2)
    return Program(id="small", title="Small", steps=(hold, breathe, move))


def test_whole_p1_session_runs_in_milliseconds_with_zero_drift(p1, clock):
    engine = SessionEngine(p1, clock)
    rec = Recorder(engine)
    began = time.perf_counter()
    engine.start()
    run_to_end(engine, clock)
    assert time.perf_counter() - began < 2.0  # a 13-minute session, played instantly
    assert engine.state is EngineState.FINISHED
    assert rec.ends == ["completed"]
    assert engine.ended_at - engine.started_at == p1.total_s + engine.paused_total_s
    assert [s.phase.index for s in rec.started] == list(range(len(p1.phases)))
    for start in rec.started:
        assert start.due == engine.started_at + start.phase.offset_s
        assert start.t == start.due
    assert all(
        r.completed and r.actual_s == pytest.approx(r.phase.planned_s) for r in rec.finished_phases
    )


def test_pauses_shift_every_later_due_time_by_the_paused_time(p1, clock):
    engine = SessionEngine(p1, clock)
    rec = Recorder(engine)
    engine.start()
    start = clock.now
    pauses = {7: 12.5, 40: 3.25, 90: 60.0}  # pause just after these phases begin
    paused_so_far = 0.0
    while engine.state is EngineState.RUNNING:
        index = engine.phase.index
        if index in pauses:
            clock.advance(0.5)
            engine.pause()
            clock.advance(pauses.pop(index))
            engine.resume()
        deadline = engine.next_deadline()
        if deadline is None:
            break
        clock.set(deadline)
        engine.tick()
    assert not pauses
    for s in rec.started:
        earlier = sum(p for i, p in {7: 12.5, 40: 3.25, 90: 60.0}.items() if i < s.phase.index)
        assert s.due == start + s.phase.offset_s + earlier
        paused_so_far = earlier
    assert engine.paused_total_s == 75.75 == paused_so_far
    assert engine.ended_at - engine.started_at == p1.total_s + 75.75


def test_late_ticks_catch_up_without_drift(p1, clock):
    engine = SessionEngine(p1, clock)
    rec = Recorder(engine)
    engine.start()
    start = clock.now
    while engine.state is EngineState.RUNNING:
        clock.advance(7.25)  # a very late timer
        engine.tick()
    assert engine.state is EngineState.FINISHED
    assert len(rec.started) == len(p1.phases)
    assert all(s.due == start + s.phase.offset_s for s in rec.started)
    assert all(s.t >= s.due for s in rec.started)


def test_pause_mid_hold_resumes_with_the_remaining_time(clock):
    timeline = compile_program(small_program())
    engine = SessionEngine(timeline, clock)
    engine.start()
    while engine.phase.kind is not PhaseKind.HOLD:
        clock.set(engine.next_deadline())
        engine.tick()
    clock.advance(2)  # 2 s into the 5 s hold
    engine.pause()
    snap = engine.snapshot()
    assert snap.phase_remaining_s == 3 and snap.seconds_left == 3
    clock.advance(100)
    assert engine.snapshot().phase_remaining_s == 3
    engine.tick()
    assert engine.phase.kind is PhaseKind.HOLD
    engine.resume()
    assert engine.next_deadline() == clock.now + 1  # the next countdown second
    clock.advance(2.999)
    engine.tick()
    assert engine.phase.kind is PhaseKind.HOLD
    clock.advance(0.001)
    rec = Recorder(engine)
    engine.tick()
    assert engine.phase.kind is PhaseKind.RELEASE
    hold_record = rec.finished_phases[0]
    assert hold_record.phase.kind is PhaseKind.HOLD
    assert hold_record.actual_s == pytest.approx(5.0)


def test_next_step_goes_to_the_next_steps_get_ready(clock):
    timeline = compile_program(small_program())
    engine = SessionEngine(timeline, clock)
    rec = Recorder(engine)
    engine.start()
    clock.advance(12)
    engine.next_step()
    assert engine.phase.step == 2 and engine.phase.kind is PhaseKind.GET_READY
    assert rec.finished_phases[-1].completed is False
    assert rec.started[-1].due == clock.now
    engine.next_step()
    assert engine.phase.step == 3
    engine.next_step()  # past the last step: the session is complete
    assert engine.state is EngineState.FINISHED and rec.ends == ["completed"]


def test_restart_step_goes_to_its_start_or_to_the_previous_step(clock):
    timeline = compile_program(small_program())
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(20)
    engine.tick()
    engine.restart_step()
    assert engine.phase.index == timeline.step_start(1)
    assert engine.snapshot().plan_elapsed_s == 0
    engine.next_step()
    clock.advance(RESTART_GRACE_S + 0.5)
    engine.restart_step()  # well into step 2: back to the start of step 2
    assert engine.phase.index == timeline.step_start(2)
    clock.advance(RESTART_GRACE_S / 2)
    engine.restart_step()  # at the very start of step 2: back to step 1
    assert engine.phase.index == timeline.step_start(1)
    engine.restart_step()  # at the very start of step 1: stays on step 1
    assert engine.phase.index == 0


def test_skip_while_paused_stays_paused_and_keeps_counting_pause(clock):
    timeline = compile_program(small_program())
    engine = SessionEngine(timeline, clock)
    engine.start()
    clock.advance(3)
    engine.pause()
    clock.advance(10)
    engine.next_step()
    assert engine.state is EngineState.PAUSED and engine.phase.step == 2
    clock.advance(5)
    engine.resume()
    assert engine.paused_total_s == 15
    assert engine.snapshot().phase_elapsed_s == 0


def test_end_early_records_the_cut_phase_and_reports_ended_early(clock):
    timeline = compile_program(small_program())
    engine = SessionEngine(timeline, clock)
    rec = Recorder(engine)
    engine.start()
    clock.advance(6)
    engine.end()
    assert engine.state is EngineState.ENDED_EARLY
    assert rec.ends == ["ended_early"]
    assert rec.finished_phases[-1].phase.kind is PhaseKind.INHALE
    assert rec.finished_phases[-1].completed is False
    assert engine.next_deadline() is None


def test_cues_in_order_for_one_hold_rep(clock):
    step = Step(EX, StepKind.HOLD, hold_s=5, release_s=2)
    engine = SessionEngine(compile_program(Program(id="a", title="A", steps=(step,))), clock)
    rec = Recorder(engine)
    engine.start()
    run_to_end(engine, clock)
    assert [c.name for c in rec.cues] == [
        "get_ready",
        "inhale",
        "hold_start",
        "countdown",
        "countdown",
        "countdown",
        "hold_end",
        "session_end",
    ]
    assert rec.cues[0].speech == "X"
    assert [c.speech for c in rec.cues if c.name in ("hold_start", "hold_end")] == [
        "hold",
        "release, breathe in",
    ]
    assert rec.seconds == [4, 3, 2, 1, 3, 2, 1, 4, 3, 2, 1, 1]


def test_move_phase_counts_each_rep(clock):
    step = Step(EX, StepKind.MOVE, reps=3, rep_s=2)
    engine = SessionEngine(compile_program(Program(id="a", title="A", steps=(step,))), clock)
    rec = Recorder(engine)
    engine.start()
    run_to_end(engine, clock)
    counts = [
        (c.name, c.speech, c.t - engine.started_at) for c in rec.cues if c.name in ("move", "count")
    ]
    assert counts == [("move", "begin", 5), ("count", "2", 7), ("count", "3", 9)]


def test_toggle_starts_pauses_and_resumes(clock):
    engine = SessionEngine(compile_program(small_program()), clock)
    engine.toggle()
    assert engine.state is EngineState.RUNNING
    engine.toggle()
    assert engine.state is EngineState.PAUSED
    engine.toggle()
    assert engine.state is EngineState.RUNNING


ACTIONS = {
    Action.START: SessionEngine.start,
    Action.PAUSE: SessionEngine.pause,
    Action.RESUME: SessionEngine.resume,
    Action.NEXT_STEP: SessionEngine.next_step,
    Action.RESTART_STEP: SessionEngine.restart_step,
    Action.END: SessionEngine.end,
}


def engine_in(state: EngineState, clock) -> SessionEngine:
    engine = SessionEngine(compile_program(small_program()), clock)
    if state is EngineState.IDLE:
        return engine
    engine.start()
    clock.advance(1)
    if state is EngineState.PAUSED:
        engine.pause()
    elif state is EngineState.FINISHED:
        run_to_end(engine, clock)
    elif state is EngineState.ENDED_EARLY:
        engine.end()
    assert engine.state is state
    return engine


@pytest.mark.parametrize(("state", "action"), list(itertools.product(EngineState, ACTIONS)))
def test_transition_table_is_exhaustive(state, action, clock):
    engine = engine_in(state, clock)
    allowed = (state, action) in TRANSITIONS
    assert engine.can(action) is allowed
    if not allowed:
        if state is EngineState.FINISHED and action is Action.END:
            ACTIONS[action](engine)  # ending a finished session is a harmless no-op
            assert engine.state is EngineState.FINISHED
            return
        with pytest.raises(InvalidTransition):
            ACTIONS[action](engine)
        assert engine.state is state
        return
    ACTIONS[action](engine)
    assert engine.state is TRANSITIONS[(state, action)]


def test_complete_is_reachable_only_from_running_or_paused():
    sources = {s for (s, a) in TRANSITIONS if a is Action.COMPLETE}
    assert sources == {EngineState.RUNNING, EngineState.PAUSED}
    terminal = {EngineState.FINISHED, EngineState.ENDED_EARLY}
    assert not any(s in terminal for (s, _a) in TRANSITIONS)


def test_state_changes_are_announced_after_the_engine_is_consistent(clock):
    engine = SessionEngine(compile_program(small_program()), clock)
    seen = []
    engine.state_changed.connect(lambda state: seen.append((state, engine.snapshot())))
    engine.start()
    clock.advance(6.5)
    engine.pause()
    clock.advance(30)
    engine.resume()
    engine.end()
    states = [s for s, _ in seen]
    assert states == [
        EngineState.RUNNING,
        EngineState.PAUSED,
        EngineState.RUNNING,
        EngineState.ENDED_EARLY,
    ]
    for _state, snap in seen[1:]:
        assert snap.plan_elapsed_s == 6.5


def test_a_run_says_its_form_cues_on_time_and_in_turn_across_blocks(clock):
    run = Exercise(id="run", name="Run", how=("run",), cues=("Lean", "No tuck", "Tall"))
    step = Step(run, StepKind.CONTINUOUS, sets=2, for_s=300, rest_s=60, cue_every_s=120)
    engine = SessionEngine(compile_program(Program("r", "R", (step,), get_ready_s=5)), clock)
    rec = Recorder(engine)
    clock.set(1000.0)
    engine.start()
    run_to_end(engine, clock)
    said = [(c.t - 1000.0, c.speech) for c in rec.cues if c.name == "say"]
    # Blocks start at 5 s and 365 s (after the first block and a 60 s walk).
    assert said == [(125, "Lean"), (245, "No tuck"), (485, "Tall"), (605, "Lean")]
    assert not [c for c in rec.cues if c.name == "count"]
