"""The timeline compiler: a program becomes a flat list of timed phases.

Each phase knows its planned seconds, where it starts on the plan, its position
(step, set, rep, side) and the short cue shown and spoken for it. The session
engine plays this list; it never re-derives the plan.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import accumulate

from hamsession.domain.programs import BreathPace, Exercise, Program, Side, Step, StepKind
from hamsession.domain.words import QT_TRANSLATE_NOOP, number, translate


class PhaseKind(StrEnum):
    GET_READY = "get_ready"
    INHALE = "inhale"
    EXHALE = "exhale"
    HOLD = "hold"
    RELEASE = "release"
    MOVE = "move"
    REST = "rest"
    SWITCH_SIDE = "switch_side"


# Holds at or below this many seconds are done on one slow exhale.
ONE_BREATH_HOLD_S = 6.0

# Each phase's word on screen, in English; :attr:`Phase.label` gives it translated.
PHASE_LABELS = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("Phase", "Get ready"),
    PhaseKind.INHALE: QT_TRANSLATE_NOOP("Phase", "Inhale"),
    PhaseKind.EXHALE: QT_TRANSLATE_NOOP("Phase", "Exhale"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Phase", "Hold"),
    PhaseKind.RELEASE: QT_TRANSLATE_NOOP("Phase", "Release"),
    PhaseKind.MOVE: QT_TRANSLATE_NOOP("Phase", "Move"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Phase", "Rest"),
    PhaseKind.SWITCH_SIDE: QT_TRANSLATE_NOOP("Phase", "Switch sides"),
}


def kind_word(kind: str) -> str:
    """A stored phase kind ("get_ready") as the player names it, in the language in use."""
    try:
        return translate("Phase", PHASE_LABELS[PhaseKind(kind)])
    except ValueError:  # a kind this version does not know
        return kind.replace("_", " ")


@dataclass(frozen=True)
class Phase:
    """One timed piece of a session."""

    index: int
    kind: PhaseKind
    planned_s: float
    offset_s: float
    step: int
    exercise: Exercise
    breath: BreathPace
    cue: str
    set: int | None = None
    sets: int = 1
    rep: int | None = None
    reps: int = 1
    side: Side | None = None
    count_s: float = 0.0
    cue_every_s: float = 0.0  # a walk or a run says its exercise's next cue this often
    cue_from: int = 0  # how many of those cues earlier sets of the step said

    @property
    def end_s(self) -> float:
        return self.offset_s + self.planned_s

    @property
    def label(self) -> str:
        """The phase's word on screen, translated; a hold says what kind of hold it is (a
        stretch: the library's own word)."""
        if self.kind is PhaseKind.HOLD and self.exercise.hold_word:
            return self.exercise.hold_word
        return translate("Phase", PHASE_LABELS[self.kind])


@dataclass(frozen=True)
class Mark:
    """Something that happens inside a phase, ``at_s`` seconds after it begins.

    ``kind`` is ``"second"`` (``value`` whole seconds are left), ``"count"``
    (rep ``value`` of a move phase begins), ``"breath"`` (``value`` is
    ``"inhale"`` or ``"exhale"`` during a long hold) or ``"say"`` (``value`` is the
    exercise's cue to say, in a walk or a run).
    """

    at_s: float
    kind: str
    value: int | str


@dataclass(frozen=True)
class Timeline:
    """The compiled plan of one program."""

    program: Program
    phases: tuple[Phase, ...]

    @property
    def total_s(self) -> float:
        return self.phases[-1].end_s if self.phases else 0.0

    @property
    def step_count(self) -> int:
        return len(self.program.steps)

    def step_start(self, step: int) -> int:
        """Index of the first phase of ``step`` (1-based)."""
        for phase in self.phases:
            if phase.step == step:
                return phase.index
        raise IndexError(f"no step {step}")

    @cached_property
    def _starts(self) -> list[float]:
        return [p.offset_s for p in self.phases]

    def index_at(self, plan_s: float) -> int:
        """Index of the phase running at ``plan_s`` seconds into the plan."""
        at = bisect.bisect_right(self._starts, plan_s) - 1
        return max(0, min(len(self.phases) - 1, at))

    def count(self, kind: PhaseKind) -> int:
        return sum(1 for p in self.phases if p.kind is kind)


def hold_cue(hold_s: float) -> str:
    if hold_s <= ONE_BREATH_HOLD_S:
        return translate("Breath", "Exhale into the effort, keep breathing")  # as the pacer says
    return translate("PhaseCue", "Breathe through the hold")


class _Builder:
    def __init__(self, program: Program) -> None:
        self.program = program
        self.rows: list[dict] = []

    def add(self, kind: PhaseKind, seconds: float, step_no: int, step: Step, cue: str, **pos):
        self.rows.append(
            dict(
                kind=kind,
                planned_s=float(seconds),
                step=step_no,
                exercise=step.exercise,
                breath=step.breath,
                cue=cue,
                sets=step.sets,
                reps=step.breaths if step.kind is StepKind.BREATHING else step.reps,
                **pos,
            )
        )

    def build(self) -> Timeline:
        offsets = [0.0, *accumulate(r["planned_s"] for r in self.rows)]
        phases = tuple(
            Phase(index=i, offset_s=offsets[i], **row) for i, row in enumerate(self.rows)
        )
        return Timeline(program=self.program, phases=phases)


def _add_step(b: _Builder, step_no: int, step: Step) -> None:
    ex = step.exercise
    first_side = step.sides[0]
    b.add(
        PhaseKind.GET_READY,
        b.program.get_ready_s,
        step_no,
        step,
        translate("PhaseCue", "Get ready: {exercise}").format(exercise=ex.name),
        side=first_side,
    )
    if step.kind is StepKind.CONTINUOUS:
        _add_walk(b, step_no, step)
        return
    if step.kind is StepKind.BREATHING:
        inhale = translate("Breath", "Inhale: ribs expand")  # the pacer's words
        exhale = translate("Breath", "Exhale: soften")
        for n in range(1, step.breaths + 1):
            b.add(PhaseKind.INHALE, step.breath.inhale_s, step_no, step, inhale, rep=n)
            b.add(PhaseKind.EXHALE, step.breath.exhale_s, step_no, step, exhale, rep=n)
        return
    rest = translate("PhaseCue", "Rest and let the breath settle")
    inhale = translate("PhaseCue", "Inhale: ribs expand to the back and sides")
    hold = hold_cue(step.hold_s)
    release = translate("PhaseCue", "Release: lower with control as you breathe in")
    switch_left = translate("PhaseCue", "Switch to the left side")
    switch_right = translate("PhaseCue", "Switch to the right side")
    move = translate("PhaseCue", "Move with the count, one rep every {seconds} s").format(
        seconds=number(step.rep_s)
    )
    for side_no, side in enumerate(step.sides):
        if side_no:
            b.add(
                PhaseKind.SWITCH_SIDE,
                step.switch_s,
                step_no,
                step,
                switch_left if side is Side.LEFT else switch_right,
                side=side,
            )
        for set_no in range(1, step.sets + 1):
            if set_no > 1:
                b.add(
                    PhaseKind.REST,
                    step.rest_s,
                    step_no,
                    step,
                    rest,
                    set=set_no - 1,
                    side=side,
                )
            if step.kind is StepKind.MOVE:
                b.add(
                    PhaseKind.MOVE,
                    step.reps * step.rep_s,
                    step_no,
                    step,
                    move,
                    set=set_no,
                    rep=1,
                    side=side,
                    count_s=step.rep_s,
                )
                continue
            for rep in range(1, step.reps + 1):
                pos = dict(set=set_no, rep=rep, side=side)
                b.add(PhaseKind.INHALE, step.breath.inhale_s, step_no, step, inhale, **pos)
                b.add(PhaseKind.HOLD, step.hold_s, step_no, step, hold, **pos)
                b.add(PhaseKind.RELEASE, step.release_s, step_no, step, release, **pos)


def cues_in(seconds: float, every_s: float) -> int:
    """How many cues fall inside a phase of ``seconds`` when one comes every ``every_s``
    (none at its very start or end)."""
    return max(0, math.ceil(seconds / every_s - 1e-9) - 1) if every_s > 0 else 0


def _add_walk(b: _Builder, step_no: int, step: Step) -> None:
    """A walk or a run: one move phase a set, without a count (``count_s`` is the stride
    the figure keeps), a walking rest between sets and, when the step asks, the
    exercise's cues in turn through the whole step."""
    every = step.cue_every_s if step.exercise.cues else 0.0
    if every:
        cue = translate("PhaseCue", "Keep an easy pace; a cue every {minutes} min").format(
            minutes=number(every / 60)
        )
    else:
        cue = translate("PhaseCue", "Keep an easy pace")
    rest = translate("PhaseCue", "Walk easily and let the breath settle")
    stride = step.exercise.dose.rep_s or 0.0
    for set_no in range(1, step.sets + 1):
        if set_no > 1:
            b.add(PhaseKind.REST, step.rest_s, step_no, step, rest, set=set_no - 1)
        b.add(
            PhaseKind.MOVE,
            step.for_s,
            step_no,
            step,
            cue,
            set=set_no,
            count_s=stride,
            cue_every_s=every,
            cue_from=(set_no - 1) * cues_in(step.for_s, every),
        )


def compile_program(program: Program) -> Timeline:
    """Turn ``program`` into its flat, timed list of phases."""
    builder = _Builder(program)
    for step_no, step in enumerate(program.steps, start=1):
        _add_step(builder, step_no, step)
    return builder.build()


COUNTDOWN_KINDS = (PhaseKind.HOLD, PhaseKind.REST)


def phase_marks(phase: Phase) -> tuple[Mark, ...]:
    """The in-phase moments the engine announces, in time order."""
    marks: list[Mark] = []
    whole = math.ceil(phase.planned_s - 1e-9)
    for left in range(whole - 1, 0, -1):
        marks.append(Mark(phase.planned_s - left, "second", left))
    if phase.cue_every_s > 0:
        cues = phase.exercise.cues
        for n in range(1, cues_in(phase.planned_s, phase.cue_every_s) + 1):
            text = cues[(phase.cue_from + n - 1) % len(cues)]
            marks.append(Mark(n * phase.cue_every_s, "say", text))
    if phase.kind is PhaseKind.MOVE and phase.count_s > 0 and phase.rep is not None:
        for rep in range(2, phase.reps + 1):
            marks.append(Mark((rep - 1) * phase.count_s, "count", rep))
    if phase.kind is PhaseKind.HOLD and phase.planned_s > ONE_BREATH_HOLD_S:
        at, inhaling = phase.breath.exhale_s, True
        while at < phase.planned_s - 1e-9:
            marks.append(Mark(at, "breath", "inhale" if inhaling else "exhale"))
            at += phase.breath.inhale_s if inhaling else phase.breath.exhale_s
            inhaling = not inhaling
    marks.sort(key=lambda m: m.at_s)
    return tuple(marks)
