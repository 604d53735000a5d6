"""The session engine: plays a timeline against an injected monotonic clock.

Timing model: the engine keeps one anchor, "plan second ``seg_plan`` is at
clock time ``seg_time``". While running, the plan position is
``seg_plan + (now - seg_time)``; each phase is due at
``seg_time + (phase.offset_s - seg_plan)``. Pausing freezes the position,
resuming moves the anchor, skipping re-anchors at the target phase. Nothing is
counted in ticks, so late or missed ticks never add drift: the next tick simply
catches up with every boundary that is due.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from hamsession.domain.events import Signal
from hamsession.domain.sleep_watch import Gap
from hamsession.domain.timeline import (
    COUNTDOWN_KINDS,
    Mark,
    Phase,
    PhaseKind,
    Timeline,
    phase_marks,
)
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

#: Pressing "restart step" within this many seconds of a step's start goes to the previous step.
RESTART_GRACE_S = 2.0
_EPS = 1e-9


class EngineState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"


class Action(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT_STEP = "next_step"
    RESTART_STEP = "restart_step"
    END = "end"
    COMPLETE = "complete"


S, A = EngineState, Action
# Every allowed (state, action) pair and the state it leads to. Anything else is refused.
TRANSITIONS: dict[tuple[EngineState, Action], EngineState] = {
    (S.IDLE, A.START): S.RUNNING,
    (S.RUNNING, A.PAUSE): S.PAUSED,
    (S.PAUSED, A.RESUME): S.RUNNING,
    (S.RUNNING, A.NEXT_STEP): S.RUNNING,
    (S.PAUSED, A.NEXT_STEP): S.PAUSED,
    (S.RUNNING, A.RESTART_STEP): S.RUNNING,
    (S.PAUSED, A.RESTART_STEP): S.PAUSED,
    (S.RUNNING, A.END): S.ENDED_EARLY,
    (S.PAUSED, A.END): S.ENDED_EARLY,
    (S.RUNNING, A.COMPLETE): S.FINISHED,
    (S.PAUSED, A.COMPLETE): S.FINISHED,
}
del S, A


class InvalidTransition(RuntimeError):
    """An action that the current state does not allow."""


@dataclass(frozen=True)
class PhaseStart:
    phase: Phase
    due: float  # when the plan scheduled it (clock seconds)
    t: float  # when the engine actually began it


@dataclass(frozen=True)
class PhaseRecord:
    """A phase that has ended, with what actually happened."""

    phase: Phase
    due: float
    started_t: float
    ended_t: float
    actual_s: float  # running time, paused time excluded
    completed: bool  # False when cut short by skip, restart or end


@dataclass(frozen=True)
class Cue:
    """A moment to sound or speak. ``speech`` is the phrase for the voice, if any."""

    name: str
    speech: str | None
    t: float


@dataclass(frozen=True)
class Snapshot:
    state: EngineState
    phase: Phase | None
    phase_elapsed_s: float
    phase_remaining_s: float
    plan_elapsed_s: float
    plan_total_s: float

    @property
    def seconds_left(self) -> int:
        """Whole seconds left in the phase, as a countdown shows them."""
        return max(0, math.ceil(self.phase_remaining_s - _EPS))

    @property
    def session_remaining_s(self) -> float:
        return max(0.0, self.plan_total_s - self.plan_elapsed_s)


_START_CUES: dict[PhaseKind, tuple[str, str | None]] = {
    PhaseKind.INHALE: ("inhale", None),
    PhaseKind.EXHALE: ("exhale", None),
    PhaseKind.HOLD: ("hold_start", QT_TRANSLATE_NOOP("Speech", "hold")),
    PhaseKind.RELEASE: ("hold_end", QT_TRANSLATE_NOOP("Speech", "release, breathe in")),
    PhaseKind.REST: ("rest", QT_TRANSLATE_NOOP("Speech", "rest")),
    PhaseKind.SWITCH_SIDE: ("switch_side", QT_TRANSLATE_NOOP("Speech", "switch sides")),
    PhaseKind.MOVE: ("move", QT_TRANSLATE_NOOP("Speech", "begin")),
}


class SessionEngine:
    """Plays one timeline. Drive it with :meth:`tick` at :meth:`next_deadline`."""

    def __init__(self, timeline: Timeline, clock: Callable[[], float]) -> None:
        if not timeline.phases:
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self._clock = clock
        self.state = EngineState.IDLE
        self.phase_started = Signal()  # PhaseStart
        self.phase_finished = Signal()  # PhaseRecord
        self.cue_issued = Signal()  # Cue
        self.second_passed = Signal()  # int: whole seconds left in the phase
        self.state_changed = Signal()  # EngineState
        self.finished = Signal()  # str: "completed" or "ended_early"
        self.interrupted = Signal()  # Gap: the machine slept or the app froze
        self._index = 0
        self._seg_time = 0.0
        self._seg_plan = 0.0
        self._pause_plan = 0.0
        self._paused_at: float | None = None
        self.paused_total_s = 0.0
        # Real time the monotonic clock did not count (the machine asleep mid-session).
        self.uncounted_s = 0.0
        self._last_t = 0.0
        self.started_at: float | None = None
        self.ended_at: float | None = None
        self._phase_due = 0.0
        self._phase_t = 0.0
        self._phase_paused = 0.0
        self._marks: tuple[Mark, ...] = ()
        self._mark_i = 0

    # ----- queries -------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self.timeline.phases[self._index]

    @property
    def is_active(self) -> bool:
        return self.state in (EngineState.RUNNING, EngineState.PAUSED)

    def can(self, action: Action) -> bool:
        return (self.state, action) in TRANSITIONS

    def plan_position(self, now: float | None = None) -> float:
        """Seconds into the plan (paused time and skips excluded)."""
        if self.state is EngineState.IDLE:
            return 0.0
        if self.state is EngineState.RUNNING:
            now = self._clock() if now is None else now
            return self._seg_plan + (now - self._seg_time)
        if self.state is EngineState.PAUSED:
            return self._pause_plan
        return self.timeline.total_s if self.state is EngineState.FINISHED else self._pause_plan

    def snapshot(self, now: float | None = None) -> Snapshot:
        plan = min(self.plan_position(now), self.timeline.total_s)
        phase = self.phase
        elapsed = min(max(0.0, plan - phase.offset_s), phase.planned_s)
        if self.state is EngineState.FINISHED:
            elapsed = phase.planned_s
        return Snapshot(
            state=self.state,
            phase=phase,
            phase_elapsed_s=elapsed,
            phase_remaining_s=phase.planned_s - elapsed,
            plan_elapsed_s=plan,
            plan_total_s=self.timeline.total_s,
        )

    def next_deadline(self) -> float | None:
        """Clock time of the next boundary or in-phase mark, or None when not running."""
        if self.state is not EngineState.RUNNING:
            return None
        phase = self.phase
        target = phase.end_s
        if self._mark_i < len(self._marks):
            target = min(target, phase.offset_s + self._marks[self._mark_i].at_s)
        return self._seg_time + (target - self._seg_plan)

    # ----- actions -------------------------------------------------------------------------
    def start(self) -> None:
        now = self._clock()
        self._check(Action.START)
        self.started_at = now
        self._seg_time, self._seg_plan = now, 0.0
        self._last_t = now
        self._transition(Action.START)
        self._enter(0, due=now, t=now)

    def pause(self, at: float | None = None) -> None:
        """Pause now, or at the earlier clock time ``at`` if nothing has happened since."""
        now = self._clock()
        at = now if at is None else min(now, max(at, self._last_t))
        self.tick(at)
        self._check(Action.PAUSE)
        self._pause_plan = self._seg_plan + (at - self._seg_time)
        self._paused_at = at
        self._transition(Action.PAUSE)

    def interrupt(self, gap: Gap) -> None:
        """Nobody was there since ``gap.since``: pause a running session at that moment.

        Nothing that fell due during the gap is played or skipped; the session waits
        at the position it had reached, to be resumed by the user.
        """
        if not self.is_active:
            return
        if self.state is EngineState.RUNNING:
            self.pause(at=gap.since)
        self.uncounted_s += gap.uncounted_s
        self.interrupted.emit(gap)

    def resume(self) -> None:
        now = self._clock()
        self._check(Action.RESUME)
        self._account_pause(now)
        self._paused_at = None
        self._seg_time, self._seg_plan = now, self._pause_plan
        self._last_t = now
        self._transition(Action.RESUME)

    def toggle(self) -> None:
        """Space: start, pause or resume, whichever applies."""
        if self.state is EngineState.IDLE:
            self.start()
        elif self.state is EngineState.RUNNING:
            self.pause()
        elif self.state is EngineState.PAUSED:
            self.resume()

    def next_step(self) -> None:
        now = self._clock()
        self.tick(now)
        self._check(Action.NEXT_STEP)
        following = self.phase.step + 1
        if following > self.timeline.step_count:
            self._cut(now)
            self._complete(now)
            return
        self._jump(self.timeline.step_start(following), now)
        self._transition(Action.NEXT_STEP)

    def restart_step(self) -> None:
        now = self._clock()
        self.tick(now)
        self._check(Action.RESTART_STEP)
        step = self.phase.step
        start = self.timeline.step_start(step)
        into_step = self.plan_position(now) - self.timeline.phases[start].offset_s
        if into_step < RESTART_GRACE_S and step > 1:
            start = self.timeline.step_start(step - 1)
        self._jump(start, now)
        self._transition(Action.RESTART_STEP)

    def end(self) -> None:
        """End the session early (the user chose to stop)."""
        now = self._clock()
        self.tick(now)
        if self.state is EngineState.FINISHED:
            return
        self._check(Action.END)
        self._cut(now)
        if self.state is EngineState.RUNNING:
            self._pause_plan = self._seg_plan + (now - self._seg_time)
        self.ended_at = now
        self._transition(Action.END)
        self.finished.emit("ended_early")

    def tick(self, now: float | None = None) -> None:
        """Process every boundary and mark that is due at ``now``."""
        if self.state is not EngineState.RUNNING:
            return
        now = self._clock() if now is None else now
        self._last_t = max(self._last_t, now)
        plan = self._seg_plan + (now - self._seg_time)
        while True:
            phase = self.phase
            into = plan - phase.offset_s
            while self._mark_i < len(self._marks) and self._marks[self._mark_i].at_s <= into + _EPS:
                self._fire_mark(self._marks[self._mark_i], now)
                self._mark_i += 1
            if plan + _EPS < phase.end_s:
                return
            self._record(now, completed=True)
            if self._index == len(self.timeline.phases) - 1:
                self._complete(now)
                return
            nxt = self.timeline.phases[self._index + 1]
            self._enter(nxt.index, due=self._seg_time + (nxt.offset_s - self._seg_plan), t=now)

    # ----- internals -----------------------------------------------------------------------
    def _check(self, action: Action) -> None:
        if (self.state, action) not in TRANSITIONS:
            raise InvalidTransition(f"cannot {action} while {self.state}")

    def _transition(self, action: Action) -> None:
        """Move to the next state; called once the engine's bookkeeping is complete."""
        self._check(action)
        new = TRANSITIONS[(self.state, action)]
        changed = new is not self.state
        self.state = new
        if changed:
            self.state_changed.emit(new)

    def _account_pause(self, now: float) -> None:
        if self._paused_at is not None:
            paused = now - self._paused_at
            self.paused_total_s += paused
            self._phase_paused += paused
            self._paused_at = now

    def _enter(self, index: int, due: float, t: float) -> None:
        self._index = index
        phase = self.phase
        self._phase_due, self._phase_t, self._phase_paused = due, t, 0.0
        self._marks, self._mark_i = phase_marks(phase), 0
        self.phase_started.emit(PhaseStart(phase, due, t))
        if phase.kind is PhaseKind.GET_READY:
            self.cue_issued.emit(Cue("get_ready", phase.exercise.name, t))
        else:
            name, speech = _START_CUES[phase.kind]
            speech = speech and translate("Speech", speech)
            if phase.kind is PhaseKind.HOLD and phase.exercise.hold_word:
                speech = phase.exercise.hold_word.lower()  # "stretch", not "hold"
            self.cue_issued.emit(Cue(name, speech, t))

    def _fire_mark(self, mark: Mark, now: float) -> None:
        if mark.kind == "second":
            self.second_passed.emit(mark.value)
            if self.phase.kind in COUNTDOWN_KINDS and int(mark.value) <= 3:
                self.cue_issued.emit(Cue("countdown", None, now))
        elif mark.kind in ("count", "say"):  # a rep's number; a run's form cue
            self.cue_issued.emit(Cue(mark.kind, str(mark.value), now))
        else:
            self.cue_issued.emit(Cue(str(mark.value), None, now))

    def _record(self, now: float, completed: bool) -> None:
        if self.state is EngineState.PAUSED:
            self._account_pause(now)
        actual = now - self._phase_t - self._phase_paused
        self.phase_finished.emit(
            PhaseRecord(self.phase, self._phase_due, self._phase_t, now, actual, completed)
        )

    def _cut(self, now: float) -> None:
        self._record(now, completed=False)

    def _jump(self, index: int, now: float) -> None:
        self._cut(now)
        self._account_pause(now)
        target = self.timeline.phases[index]
        self._seg_time, self._seg_plan = now, target.offset_s
        self._last_t = now
        self._pause_plan = target.offset_s
        self._enter(index, due=now, t=now)
        if self.state is EngineState.PAUSED:
            self._paused_at = now

    def _complete(self, now: float) -> None:
        self._check(Action.COMPLETE)
        self.ended_at = now
        self._account_pause(now)
        self._transition(Action.COMPLETE)
        self.cue_issued.emit(Cue("session_end", translate("Speech", "session complete"), now))
        self.finished.emit("completed")
