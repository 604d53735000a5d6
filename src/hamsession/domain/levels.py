"""Levels of a program: the dose one step up (progress) or down (step back).

Content.md §4: progress adds 1-2 reps or a set, within each exercise's stated
range and never past its upper limit; stepping back halves the volume but never
goes below the exercise's lower limit. Only steps whose exercise states a range
change: breathing steps, comfort work and exercises without a range stay as
written. The title names the level once ("… · level 3"), never piling up words.
The title is kept in English (it is stored, and read back by :func:`base_title`);
:func:`shown_title` gives it in the language in use.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from hamsession.domain.programs import Program, Step, StepKind
from hamsession.domain.words import translate

_SUFFIX = re.compile(r"(\s+·\s+(level\s+\d+|eased)|\s+\((progressed|eased)\))+\s*$")
_LEVEL = re.compile(r"^(?P<base>.*?) · (?:level (?P<level>\d+)|eased)$", re.DOTALL)


def base_title(title: str) -> str:
    """A title without the level words earlier versions added."""
    return _SUFFIX.sub("", title)


def level_title(title: str, level: int, eased: bool = False) -> str:
    base = base_title(title)
    if level <= 1:
        return f"{base} · eased" if eased else base
    return f"{base} · level {level}"


def shown_title(title: str) -> str:
    """A program's title as a person reads it: the level words ``level_title`` keeps in
    English, in the language in use (any other title as it is)."""
    found = _LEVEL.match(title)
    if found is None:
        return title
    if found["level"] is None:
        return translate("Levels", "{title} · eased").format(title=found["base"])
    return translate("Levels", "{title} · level {level}").format(
        title=found["base"], level=found["level"]
    )


def _limits(step: Step) -> tuple[int, int, int, int] | None:
    """(fewest sets, most sets, fewest reps, most reps) a step may have, or None."""
    dose = step.exercise.dose
    if step.kind is StepKind.BREATHING or dose.reps_range is None:
        return None
    sets_lo, sets_hi = dose.sets_range or (step.sets, step.sets)
    reps_lo, reps_hi = dose.reps_range
    return sets_lo, sets_hi, reps_lo, reps_hi


def step_up(step: Step) -> Step:
    """One step more: a rep or two (two from 8 reps up), else a set at about the same
    reps per set; unchanged at the top of its range."""
    limits = _limits(step)
    if limits is None:
        return step
    _sets_lo, sets_hi, reps_lo, reps_hi = limits
    if step.reps < reps_hi:
        return replace(step, reps=min(reps_hi, step.reps + (2 if step.reps >= 8 else 1)))
    if step.sets < sets_hi:
        volume, sets = step.sets * step.reps, step.sets + 1
        reps = max(reps_lo, math.ceil(volume / sets))
        if sets * reps <= volume:
            reps += 1
        return replace(step, sets=sets, reps=min(reps, reps_hi))
    return step


def step_down(step: Step) -> Step:
    """Half the volume: half the sets, else half the reps; never below the range."""
    limits = _limits(step)
    if limits is None:
        return step
    sets_lo, _sets_hi, reps_lo, _reps_hi = limits
    if step.sets > sets_lo:
        return replace(step, sets=max(sets_lo, math.ceil(step.sets / 2)))
    return replace(step, reps=max(reps_lo, min(step.reps, math.ceil(step.reps / 2))))


def progressed(program: Program, new_id: str) -> Program | None:
    """The next level of ``program``, or None when every step is at the top of its range."""
    steps = tuple(step_up(s) for s in program.steps)
    if steps == program.steps:
        return None
    level = program.level + 1
    return replace(
        program,
        id=new_id,
        title=level_title(program.title, level),
        steps=steps,
        level=level,
        source="",
    )


def eased(program: Program, new_id: str) -> Program | None:
    """``program`` with half the volume, or None when nothing can come down further."""
    steps = tuple(step_down(s) for s in program.steps)
    if steps == program.steps:
        return None
    level = max(1, program.level - 1)
    return replace(
        program,
        id=new_id,
        title=level_title(program.title, level, eased=True),
        steps=steps,
        level=level,
        source="",
    )
