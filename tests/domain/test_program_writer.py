from __future__ import annotations

from dataclasses import replace

import pytest

from hamsession.domain.file_problems import FileProblems
from hamsession.domain.program_file import parse_program
from hamsession.domain.program_writer import to_toml
from hamsession.domain.programs import Exercise
from hamsession.storage.library import load_library

LIB = load_library(None)


@pytest.mark.parametrize("program_id", sorted(LIB.programs))
def test_every_builtin_program_round_trips_through_toml(program_id):
    program = LIB.programs[program_id]
    text = to_toml(program, set(LIB.exercises))
    again = parse_program(text.encode(), "x.toml", LIB.exercises)
    assert replace(again, source="") == replace(program, source="")


def test_an_exercise_outside_the_library_is_written_inline():
    program = LIB.programs["d1-desk-break"]
    own = Exercise(
        id="wall-sit",
        name='Wall "sit"',
        how=("Back flat", "Knees over ankles"),
        watch_for=("Knee pain",),
    )
    changed = replace(program, steps=(replace(program.steps[0], exercise=own),))
    text = to_toml(changed, set(LIB.exercises))
    again = parse_program(text.encode(), "x.toml", LIB.exercises)
    assert again.steps[0].exercise == own


def test_an_own_run_with_its_cues_is_written_inline_and_read_back():
    program = LIB.programs["run-with-form-cues"]
    own = Exercise(id="hill-run", name="Hill run", how=("Run up the hill",), cues=("Tall", "Lean"))
    run = replace(program.steps[1], exercise=own, sets=2, for_s=150.5, cue_every_s=45)
    changed = replace(program, steps=(run,))
    text = to_toml(changed, set(LIB.exercises))
    assert "for_s = 150.5" in text and "cue_every_s = 45" in text and "reps" not in text
    again = parse_program(text.encode(), "x.toml", LIB.exercises)
    assert replace(again, source="") == replace(changed, source="")


def test_every_control_character_is_written_as_an_escape():
    lib = load_library(None)
    base = lib.programs["d1-desk-break"]
    for char in ["\x7f", "\x85", "\x1b", "\u202e"]:
        odd = replace(base, id="odd", title=f"Desk{char}break")
        text = to_toml(odd, set(lib.exercises))
        assert char not in text and f"\\u{ord(char):04x}" in text
        # Valid TOML: the reader names the character on the title's own line.
        with pytest.raises(FileProblems, match=r"odd.toml:\d+: title holds the control"):
            parse_program(text.encode(), "odd.toml", lib.exercises)
