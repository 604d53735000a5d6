"""Exercises, steps and programs as plain, immutable values.

These are what the rest of the app works with once a file has been read and
validated (see :mod:`hamsession.domain.program_file`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hamsession.domain.figure import Figure
from hamsession.domain.words import number, translate


class StepKind(StrEnum):
    """How a step is timed."""

    BREATHING = "breathing"  # N paced inhale/exhale cycles
    HOLD = "hold"  # inhale, hold, release per rep (isometric holds and stretches)
    MOVE = "move"  # dynamic reps at a tempo, one phase per set
    CONTINUOUS = "continuous"  # walking or running for a time, one phase per set


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class BreathPace:
    """Seconds of inhale and exhale for one paced breath."""

    inhale_s: float = 4.0
    exhale_s: float = 6.0

    @property
    def cycle_s(self) -> float:
        return self.inhale_s + self.exhale_s


DEFAULT_PACE = BreathPace()
# The long exhale content.md §3 gives E01 and E20 (I:E 0.42, R2).
LONG_EXHALE = BreathPace(3.0, 7.0)
# The paces a program may use (content.md §3): 4.5 to 10 breaths a minute, the exhale
# at least as long as the inhale and at most 2.5 times it.
BREATHS_PER_MIN = (4.5, 10.0)
LONGEST_EXHALE = 2.5


def pace_problem(inhale_s: float, exhale_s: float) -> str | None:
    """Why a breath pace is outside the allowed range, or None when it is inside."""
    per_min = 60.0 / (inhale_s + exhale_s)
    low, high = BREATHS_PER_MIN
    pace = {"inhale": number(inhale_s), "exhale": number(exhale_s)}
    if not low - 1e-9 <= per_min <= high + 1e-9:
        return translate(
            "BreathPace",
            "pace of {inhale} s in and {exhale} s out is {per_minute} breaths a minute; "
            "keep it between {low} and {high}",
        ).format(**pace, per_minute=number(per_min, ".1f"), low=number(low), high=number(high))
    if exhale_s < inhale_s - 1e-9 or exhale_s > LONGEST_EXHALE * inhale_s + 1e-9:
        return translate(
            "BreathPace",
            "pace of {inhale} s in and {exhale} s out: "
            "the exhale must be 1 to {longest} times as long as the inhale",
        ).format(**pace, longest=number(LONGEST_EXHALE))
    return None


@dataclass(frozen=True)
class Dose:
    """An exercise's suggested default dose and where its numbers come from."""

    sets: int | None = None
    reps: int | None = None
    hold_s: float | None = None
    rest_s: float | None = None
    per_side: bool = False
    alternating: bool = False  # reps alternate legs and count both (marching)
    basis: str = ""
    kind: StepKind | None = None  # how a step of it is timed, when the numbers do not say
    rep_s: float | None = None  # the tempo of one moving rep
    breaths: int | None = None  # a breathing exercise's paced breaths
    for_s: float | None = None  # how long one set of a walk or a run lasts
    breath: BreathPace | None = None  # its own pace (the long exhale of E01 and E20)
    sets_range: tuple[int, int] | None = None  # how far progression and stepping back may go
    reps_range: tuple[int, int] | None = None


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library, with its instructions."""

    id: str
    name: str
    code: str = ""
    stage: str = ""
    position: str = ""
    how: tuple[str, ...] = ()
    feel: tuple[str, ...] = ()
    breath: str = ""
    watch_for: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    dose: Dose = field(default_factory=Dose)
    placeholder: bool = False
    hold_word: str = ""  # what a hold of it is called when it is not a lift ("Stretch")
    why: str = ""  # why it is in the programs, in plain words
    figure: Figure | None = None  # how it looks, start to end (domain/figure.py)
    cues: tuple[str, ...] = ()  # short lines said in turn during a long step (a run's form)


@dataclass(frozen=True)
class Step:
    """One step of a program: an exercise and how it is timed."""

    exercise: Exercise
    kind: StepKind
    sets: int = 1
    reps: int = 1
    breaths: int = 0
    hold_s: float = 0.0
    release_s: float = 2.0
    rest_s: float = 30.0
    rep_s: float = 0.0
    for_s: float = 0.0  # a walk or a run: seconds of each set
    cue_every_s: float = 0.0  # say the exercise's next cue this often (0: never)
    sides: tuple[Side | None, ...] = (None,)
    switch_s: float = 5.0
    breath: BreathPace = DEFAULT_PACE
    note: str = ""
    position: str = ""  # where this step is done, when it differs from the exercise's own
    how: tuple[str, ...] = ()  # its instructions, when they differ from the exercise's own
    basis: str = ""  # where its numbers come from (S, E or A tags)


@dataclass(frozen=True)
class Program:
    """A whole session plan."""

    id: str
    title: str
    steps: tuple[Step, ...]
    description: str = ""
    stage: str = ""
    get_ready_s: float = 5.0
    breath: BreathPace = DEFAULT_PACE
    hidden_with_flags: tuple[str, ...] = ()
    source: str = ""  # the file it was read from, if any
    level: int = 1  # 1 as written; each accepted progression adds one
    pain_cap: int | None = None  # the amber pain limit of this program (hamstring programs: 4)
    after: tuple[str, ...] = ()  # programs whose stage gate opens this one
    basis: str = ""  # where its structure comes from (sources, S/E/A tags)


#: When an exercise's dose does not say: a moving rep's tempo, and a rest between sets.
DEFAULT_REP_S = 3.0
DEFAULT_REST_S = 30.0
#: A walk or a run when its dose does not say how long, and how often its cues come.
DEFAULT_FOR_S = 300.0
DEFAULT_CUE_EVERY_S = 120.0


def first_step(exercise: Exercise, pace: BreathPace = DEFAULT_PACE) -> Step:
    """A step of ``exercise`` at its own default dose (content.md §1), as the program
    editor adds it: timed as the dose says, each side when it is per side."""
    dose = exercise.dose
    kind = dose.kind or (StepKind.HOLD if dose.hold_s else StepKind.MOVE)
    if kind is StepKind.BREATHING:
        return Step(
            exercise=exercise,
            kind=kind,
            breaths=dose.breaths or dose.reps or 6,
            breath=dose.breath or pace,
        )
    if kind is StepKind.CONTINUOUS:
        return Step(
            exercise=exercise,
            kind=kind,
            sets=dose.sets or 1,
            for_s=dose.for_s or DEFAULT_FOR_S,
            rest_s=dose.rest_s or DEFAULT_REST_S,
            cue_every_s=DEFAULT_CUE_EVERY_S if exercise.cues else 0.0,
            breath=dose.breath or pace,
        )
    return Step(
        exercise=exercise,
        kind=kind,
        sets=dose.sets or 1,
        reps=dose.reps or 1,
        hold_s=(dose.hold_s or 5.0) if kind is StepKind.HOLD else 0.0,
        rep_s=(dose.rep_s or DEFAULT_REP_S) if kind is StepKind.MOVE else 0.0,
        rest_s=dose.rest_s or DEFAULT_REST_S,
        sides=(Side.LEFT, Side.RIGHT) if dose.per_side else (None,),
        breath=dose.breath or pace,
    )
