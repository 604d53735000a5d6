"""Exercises, steps and programs as plain, immutable values.

These are what the rest of the app works with once a file has been read and
validated (see :mod:`hamsession.domain.program_file`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class StepKind(StrEnum):
    """How a step is timed."""

    BREATHING = "breathing"  # N paced inhale/exhale cycles
    HOLD = "hold"  # inhale, hold, release per rep (isometric holds and stretches)
    MOVE = "move"  # dynamic reps at a tempo, one phase per set


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


@dataclass(frozen=True)
class Dose:
    """An exercise's suggested default dose and where its numbers come from."""

    sets: int | None = None
    reps: int | None = None
    hold_s: float | None = None
    rest_s: float | None = None
    per_side: bool = False
    basis: str = ""
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
    sides: tuple[Side | None, ...] = (None,)
    switch_s: float = 5.0
    breath: BreathPace = DEFAULT_PACE
    note: str = ""
    position: str = ""  # where this step is done, when it differs from the exercise's own


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
