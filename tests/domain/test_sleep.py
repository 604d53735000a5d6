"""Sleep and clock changes: the watch notices gaps; the engine pauses where the gap began."""

from __future__ import annotations

import pytest

from hamsession.domain.engine import EngineState, SessionEngine
from hamsession.domain.programs import Exercise, Program, Step, StepKind
from hamsession.domain.sleep_watch import Gap, SleepWatch, sleep_counting_clock
from hamsession.domain.timeline import PhaseKind, compile_program
from tests.conftest import FakeClock

EX = Exercise(id="x", name="X", how=("do it",))


def holds() -> Program:
    step = Step(EX, StepKind.HOLD, sets=1, reps=5, hold_s=5, release_s=3, rest_s=0)
    return Program(id="h", title="Holds", steps=(step,), get_ready_s=5)


class Clocks:
    """A monotonic clock that stops while 'asleep' and a wall clock that does not."""

    def __init__(self) -> None:
        self.mono = FakeClock(1000.0)
        self.wall = FakeClock(1_700_000_000.0)

    def run(self, seconds: float) -> None:
        self.mono.advance(seconds)
        self.wall.advance(seconds)

    def sleep(self, seconds: float) -> None:
        self.wall.advance(seconds)


def test_no_gap_while_both_clocks_move_together():
    c = Clocks()
    watch = SleepWatch(c.mono, c.wall)
    watch.reset()
    for _ in range(10):
        c.run(1.0)
        assert watch.look() is None


def test_a_wall_clock_jump_against_the_monotonic_clock_is_a_gap():
    c = Clocks()
    watch = SleepWatch(c.mono, c.wall)
    watch.reset()
    c.run(0.5)
    c.sleep(600)
    c.run(0.2)
    gap = watch.look()
    assert gap == Gap(since=1000.0, uncounted_s=pytest.approx(600.0), away_s=pytest.approx(600.7))
    c.run(1.0)
    assert watch.look() is None  # noticed once


def test_a_wall_clock_set_back_is_not_a_gap():
    c = Clocks()
    watch = SleepWatch(c.mono, c.wall)
    watch.reset()
    c.wall.advance(-3600)
    c.run(1.0)
    assert watch.look() is None


def test_a_frozen_app_is_a_gap_with_nothing_uncounted():
    c = Clocks()
    watch = SleepWatch(c.mono, c.wall)
    watch.reset()
    c.run(12.0)  # a monotonic clock that counts sleep, or a process stopped for 12 s
    gap = watch.look()
    assert gap is not None and gap.uncounted_s == 0.0 and gap.away_s == 12.0


def test_the_sleep_counting_clock_moves_forward():
    clock = sleep_counting_clock()
    first = clock()
    assert clock() >= first


def _started(c: Clocks):
    engine = SessionEngine(compile_program(holds()), c.mono)
    watch = SleepWatch(c.mono, c.wall)
    engine.start()
    watch.reset()
    return engine, watch


def _play(engine, watch, c: Clocks, seconds: float, step: float = 0.25) -> None:
    """What the app's timer does: look for a gap, then tick, several times a second."""
    end = c.mono.now + seconds
    while c.mono.now < end - 1e-9:
        c.run(min(step, end - c.mono.now))
        gap = watch.look()
        if gap is not None:
            engine.interrupt(gap)
        engine.tick()


def test_sleep_mid_hold_pauses_the_session_at_the_moment_it_slept():
    c = Clocks()
    engine, watch = _started(c)
    starts = []
    engine.phase_started.connect(starts.append)
    hold = next(p for p in engine.timeline.phases if p.kind is PhaseKind.HOLD)
    _play(engine, watch, c, hold.offset_s + 2.0)  # 2 s into the first hold
    begun = len(starts)
    assert engine.phase.kind is PhaseKind.HOLD
    position = engine.plan_position()
    c.sleep(3600)
    _play(engine, watch, c, 0.25)
    assert engine.state is EngineState.PAUSED
    assert abs(engine.plan_position() - position) < 1e-9  # not a moment further
    assert len(starts) == begun and engine.phase is hold  # nothing skipped
    assert engine.uncounted_s == 3600
    c.run(30)  # the user wakes up, reads the message and resumes
    engine.resume()
    assert engine.snapshot().phase_remaining_s == 3.0


def test_a_monotonic_clock_that_counts_sleep_is_not_rushed_through():
    """Where the monotonic clock kept counting, the phases due in the gap are not played."""
    c = Clocks()
    engine, watch = _started(c)
    finished = []
    engine.phase_finished.connect(finished.append)
    _play(engine, watch, c, 6.0)
    done = len(finished)
    c.run(3600)  # both clocks jump: only the stall shows it
    gap = watch.look()
    engine.interrupt(gap)
    engine.tick()
    assert engine.state is EngineState.PAUSED
    assert len(finished) == done
    assert abs(engine.plan_position() - 6.0) < 1e-9


def test_a_sleep_while_paused_only_adds_uncounted_time():
    c = Clocks()
    engine, watch = _started(c)
    _play(engine, watch, c, 2.0)
    engine.pause()
    c.sleep(120)
    engine.interrupt(watch.look())
    assert engine.state is EngineState.PAUSED and engine.uncounted_s == 120


def test_changing_the_wall_clock_has_no_timing_effect_on_a_sleep_counting_clock():
    """With CLOCK_BOOTTIME as the second clock, wall changes are invisible to the watch."""
    c = Clocks()
    boottime = FakeClock(50.0)
    engine = SessionEngine(compile_program(holds()), c.mono)
    watch = SleepWatch(c.mono, boottime)
    starts = []
    engine.phase_started.connect(starts.append)
    engine.start()
    watch.reset()
    for step in range(int(engine.timeline.total_s * 10) + 5):
        c.run(0.1)
        boottime.advance(0.1)
        if step == 100:
            c.wall.advance(-7200)  # the user sets the clock back two hours
        if step == 200:
            c.wall.advance(+5 * 3600)  # a time-zone move that also changed the clock
        assert watch.look() is None
        engine.tick()
    assert engine.state is EngineState.FINISHED
    assert [round(s.due - 1000.0, 6) for s in starts] == [
        p.offset_s for p in engine.timeline.phases
    ]
