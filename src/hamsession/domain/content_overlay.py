"""The library's texts in another language, laid over the English ones.

A language's overlay of an exercise or program file holds only its texts (the keys an
overlay may hold are listed below); anything it lacks, or holds in the wrong shape, stays
in English. Numbers, ids, figures and sources are never taken from an overlay.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hamsession.domain.programs import Exercise, Program, Step

#: The text fields of an exercise an overlay may give, and whether each is a list.
EXERCISE_TEXTS = {
    "name": False,
    "position": False,
    "how": True,
    "feel": True,
    "breath": False,
    "watch_for": True,
    "why": False,
    "hold_word": False,
    "cues": True,
}
PROGRAM_TEXTS = {"title": False, "description": False, "basis": False}
STEP_TEXTS = {"position": False, "how": True, "note": False, "basis": False}


def _texts(current: object, table: dict[str, Any], fields: dict[str, bool]) -> dict[str, Any]:
    """The overlay's values for ``fields`` that fit the English ones (same kind, lists of
    the same length)."""
    found: dict[str, Any] = {}
    for name, is_list in fields.items():
        value, english = table.get(name), getattr(current, name)
        if is_list:
            ok = isinstance(value, list) and len(value) == len(english) and english
            if ok and all(isinstance(v, str) and v.strip() for v in value):
                found[name] = tuple(value)
        elif isinstance(value, str) and value.strip() and english:
            found[name] = value
    return found


def overlaid_exercise(exercise: Exercise, table: dict[str, Any]) -> Exercise:
    texts = _texts(exercise, table, EXERCISE_TEXTS)
    basis = (table.get("dose") or {}).get("basis") if isinstance(table.get("dose"), dict) else None
    if isinstance(basis, str) and basis.strip() and exercise.dose.basis:
        texts["dose"] = replace(exercise.dose, basis=basis)
    return replace(exercise, **texts) if texts else exercise


def overlaid_program(program: Program, table: dict[str, Any]) -> Program:
    texts = _texts(program, table, PROGRAM_TEXTS)
    steps = table.get("step")
    if isinstance(steps, list) and len(steps) == len(program.steps):
        texts["steps"] = tuple(
            _overlaid_step(step, own if isinstance(own, dict) else {})
            for step, own in zip(program.steps, steps, strict=True)
        )
    return replace(program, **texts) if texts else program


def _overlaid_step(step: Step, table: dict[str, Any]) -> Step:
    texts = _texts(step, table, STEP_TEXTS)
    return replace(step, **texts) if texts else step
