"""The QTimer adapter drives a real engine on the real monotonic clock."""

from __future__ import annotations

import time

from hamsession.domain.engine import EngineState, SessionEngine
from hamsession.domain.programs import BreathPace, Exercise, Program, Step, StepKind
from hamsession.domain.timeline import compile_program
from hamsession.ui.session.engine_timer import EngineTimer

EX = Exercise(id="x", name="X", how=("x",))


def quick_program() -> Program:
    hold = Step(
        EX,
        StepKind.HOLD,
        sets=2,
        reps=2,
        hold_s=0.06,
        release_s=0.03,
        rest_s=0.05,
        breath=BreathPace(0.04, 0.04),
    )
    return Program(id="q", title="Q", steps=(hold,), get_ready_s=0.05)


def test_timer_plays_a_session_to_the_end_and_is_never_early(qtbot):
    timeline = compile_program(quick_program())
    engine = SessionEngine(timeline, time.monotonic)
    timer = EngineTimer(engine, time.monotonic)
    starts = []
    engine.phase_started.connect(starts.append)
    engine.start()
    assert timer.active
    qtbot.waitUntil(lambda: engine.state is EngineState.FINISHED, timeout=10_000)
    assert [s.phase.index for s in starts] == list(range(len(timeline.phases)))
    assert all(s.t >= s.due for s in starts)
    assert engine.ended_at - engine.started_at >= timeline.total_s
    assert not timer.active  # nothing left running once the session is over


def test_pause_stops_the_timer_and_resume_rearms_it(qtbot):
    engine = SessionEngine(compile_program(quick_program()), time.monotonic)
    timer = EngineTimer(engine, time.monotonic)
    engine.start()
    engine.pause()
    assert not timer.active
    engine.resume()
    assert timer.active
    engine.end()
    assert not timer.active
