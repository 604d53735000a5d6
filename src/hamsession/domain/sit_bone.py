"""Flag F1, sit-bone pain (content.md §1): positions that load the top of the hamstrings.

Hip flexion combined with a stretch compresses the hamstring tendon where it meets the
sit bone (R22), so with F1 set the exercises that carry F1 (E17, E21-E23) are left out
of every program, and programs hidden under F1 (the self-care add-on) are not offered.
The symptom log sets F1 when the sit-bone region is ticked; a clinician can set or
clear it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from hamsession.domain.programs import Program
from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

F1 = "F1"
SIT_BONE_REGION = "sit_bone"
# Cue card C2 ([003]), shown once when F1 is set: in English; :func:`footstool` gives it
# translated.
FOOTSTOOL = QT_TRANSLATE_NOOP(
    "SitBone",
    "Sitting: if your chair presses on the back of your thighs, rest your feet on a "
    "footstool so the hamstrings are not squeezed.",
)


def footstool() -> str:
    """Cue card C2 in the language in use."""
    return translate("SitBone", FOOTSTOOL)


def why(names: Iterable[str]) -> str:
    """The one line that says what was left out and why."""
    listed = ", ".join(names)
    return translate("SitBone", "Left out while sit-bone pain (F1) is flagged: {names}.").format(
        names=listed
    )


def hidden(program: Program, flags: Iterable[str]) -> bool:
    return bool(set(program.hidden_with_flags) & set(flags))


def regressed(program: Program, flags: Iterable[str]) -> tuple[Program, tuple[str, ...]]:
    """The program without the steps whose exercise carries one of ``flags``, and the
    names of what was left out (the program itself when nothing is)."""
    active = set(flags)
    if not active:
        return program, ()
    keep = tuple(s for s in program.steps if not set(s.exercise.flags) & active)
    gone = tuple(dict.fromkeys(s.exercise.name for s in program.steps if s not in keep))
    if not gone:
        return program, ()
    return replace(program, steps=keep), gone
