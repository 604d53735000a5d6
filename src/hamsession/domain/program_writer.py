"""Writing a program as a TOML file of format 1 (read back by program_file)."""

from __future__ import annotations

import json
import re

from hamsession.domain.plain_text import hidden_character
from hamsession.domain.programs import (
    DEFAULT_PACE,
    BreathPace,
    Exercise,
    Program,
    Side,
    Step,
    StepKind,
)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        # A valid TOML basic string: JSON escapes the C0 controls; DEL, the C1 controls
        # and direction overrides (which TOML or the reader refuse raw) are escaped too.
        text = json.dumps(value, ensure_ascii=False)
        return "".join(f"\\u{ord(c):04x}" if hidden_character(c) else c for c in text)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _pace(pace: BreathPace) -> str:
    return f"{{ inhale_s = {_value(pace.inhale_s)}, exhale_s = {_value(pace.exhale_s)} }}"


def _sides(step: Step) -> str | None:
    if step.sides == (Side.LEFT, Side.RIGHT):
        return "each"
    return None if step.sides == (None,) else step.sides[0].value


def _step_lines(step: Step, program_pace: BreathPace, builtin_ids: set[str]) -> list[str]:
    ex = step.exercise
    if ex.id in builtin_ids:
        lines = [f"exercise = {_value(ex.id)}"]
    else:
        inline = {
            "id": ex.id,
            "name": ex.name,
            "position": ex.position,
            "how": list(ex.how),
            "feel": list(ex.feel),
            "breath": ex.breath,
            "watch_for": list(ex.watch_for),
            "cues": list(ex.cues),
        }
        parts = [f"{k} = {_value(v)}" for k, v in inline.items() if v not in ("", [])]
        lines = ["exercise = { " + ", ".join(parts) + " }"]
    if step.kind is StepKind.BREATHING:
        lines.append(f"breaths = {step.breaths}")
    elif step.kind is StepKind.CONTINUOUS:
        lines += [f"sets = {step.sets}", f"for_s = {_value(step.for_s)}"]
        lines.append(f"rest_s = {_value(step.rest_s)}")
        if step.cue_every_s:
            lines.append(f"cue_every_s = {_value(step.cue_every_s)}")
    else:
        lines += [f"sets = {step.sets}", f"reps = {step.reps}"]
        if step.kind is StepKind.HOLD:
            lines += [f"hold_s = {_value(step.hold_s)}", f"release_s = {_value(step.release_s)}"]
        else:
            lines.append(f"rep_s = {_value(step.rep_s)}")
        lines.append(f"rest_s = {_value(step.rest_s)}")
        if (sides := _sides(step)) is not None:
            lines += [f"sides = {_value(sides)}", f"switch_s = {_value(step.switch_s)}"]
    if step.breath != program_pace:
        lines.append(f"breath = {_pace(step.breath)}")
    if step.note:
        lines.append(f"note = {_value(step.note)}")
    if step.position:
        lines.append(f"position = {_value(step.position)}")
    if step.how:
        lines.append(f"how = {_value(list(step.how))}")
    if step.basis:
        lines.append(f"basis = {_value(step.basis)}")
    return lines


def to_toml(program: Program, builtin_exercise_ids: set[str]) -> str:
    """The program as format-1 TOML. Exercises not in the library are written inline."""
    lines = ["format = 1", f"id = {_value(program.id)}", f"title = {_value(program.title)}"]
    if program.description:
        lines.append(f"description = {_value(program.description)}")
    if program.stage:
        lines.append(f"stage = {_value(program.stage)}")
    if program.basis:
        lines.append(f"basis = {_value(program.basis)}")
    if program.hidden_with_flags:
        lines.append(f"hidden_with_flags = {_value(list(program.hidden_with_flags))}")
    if program.level != 1:
        lines.append(f"level = {program.level}")
    if program.pain_cap is not None:
        lines.append(f"pain_cap = {program.pain_cap}")
    if program.after:
        lines.append(f"after = {_value(list(program.after))}")
    lines.append(f"get_ready_s = {_value(program.get_ready_s)}")
    if program.breath != DEFAULT_PACE:
        lines += [
            "",
            "[breath]",
            f"inhale_s = {_value(program.breath.inhale_s)}",
            f"exhale_s = {_value(program.breath.exhale_s)}",
        ]
    for step in program.steps:
        lines += ["", "[[step]]", *_step_lines(step, program.breath, builtin_exercise_ids)]
    return "\n".join(lines) + "\n"


def exercise_to_toml(exercise: Exercise) -> str:
    """An exercise as a format-1 exercise file (the clinician's own exercises)."""
    lines = ["format = 1", f"id = {_value(exercise.id)}", f"name = {_value(exercise.name)}"]
    for key in ("hold_word", "position", "how", "feel", "breath", "watch_for", "cues"):
        value = getattr(exercise, key)
        if value not in ("", ()):
            lines.append(f"{key} = {_value(value)}")
    return "\n".join(lines) + "\n"


def slug(text: str) -> str:
    """An id made from a name: lowercase letters, digits and single hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:64].strip("-")
