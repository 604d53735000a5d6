"""Program files: every kind of malformed input gives FILE:LINE: message, never a traceback."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest

from hamsession.domain.exercise_file import parse_exercise
from hamsession.domain.file_problems import FileProblems
from hamsession.domain.program_file import parse_program
from hamsession.domain.programs import BreathPace, Exercise, Side, StepKind

GOOD = """\
format = 1
id = "my-prog"
title = "Mine"

[[step]]
exercise = "ninety-ninety-hip-lift"
sets = 2
reps = 5
hold_s = 5
rest_s = 45
"""


def problems_of(text: str | bytes, library) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(FileProblems) as caught:
        parse_program(data, "programs/my.toml", library.exercises)
    return [str(p) for p in caught.value.problems]


def test_a_good_file_reads_into_a_program(builtin_library):
    program = parse_program(GOOD.encode(), "my.toml", builtin_library.exercises)
    assert program.id == "my-prog" and program.get_ready_s == 5 and program.breath == BreathPace()
    (step,) = program.steps
    assert step.kind is StepKind.HOLD and (step.sets, step.reps, step.hold_s) == (2, 5, 5)
    assert step.release_s == 2 and step.sides == (None,)


def test_the_contract_example_reads(builtin_library):
    text = textwrap.dedent("""\
        format = 1
        id = "p1-example"
        title = "Foundations: supported positions and breath"
        description = "Optional text."
        get_ready_s = 5

        [breath]
        inhale_s = 4
        exhale_s = 6

        [[step]]
        exercise = "breathing-rib-stack"
        breaths = 6

        [[step]]
        exercise = "ninety-ninety-hip-lift"
        sets = 2
        reps = 5
        hold_s = 5
        release_s = 2
        rest_s = 45
        sides = "each"
        breath = { inhale_s = 4, exhale_s = 6 }

        [[step]]
        exercise = "supine-hamstring-stretch"
        reps = 2
        hold_s = 30
        sides = "each"

        [[step]]
        exercise = "hip-swings"
        reps = 12
        rep_s = 2
        sides = "each"

        [[step]]
        exercise = { id = "wall-sit", name = "Wall sit", how = ["Back flat on the wall", "Knees over ankles"], watch_for = ["Knee pain"] }
        reps = 3
        hold_s = 20
        """)
    program = parse_program(text.encode(), "x.toml", builtin_library.exercises)
    kinds = [s.kind for s in program.steps]
    assert kinds == [StepKind.BREATHING, StepKind.HOLD, StepKind.HOLD, StepKind.MOVE, StepKind.HOLD]
    assert program.steps[1].sides == (Side.LEFT, Side.RIGHT)
    assert program.steps[4].exercise.name == "Wall sit"
    assert program.steps[4].exercise.watch_for == ("Knee pain",)


def test_decimal_durations_are_allowed(builtin_library):
    text = GOOD.replace("hold_s = 5", "hold_s = 5.5")
    text += "breath = { inhale_s = 3.5, exhale_s = 6.5 }\n"
    program = parse_program(text.encode(), "x.toml", builtin_library.exercises)
    assert program.steps[0].hold_s == 5.5 and program.steps[0].breath.inhale_s == 3.5


CASES = [
    ("bad TOML", 'format = 1\nid = "x"\ntitle = "T\n', ["programs/my.toml:3: not valid TOML"]),
    (
        "misspelt key",
        GOOD.replace("rest_s", "rest"),
        ["programs/my.toml:10: step 1: unknown key 'rest' (did you mean 'rest_s'?)"],
    ),
    (
        "unknown top key",
        GOOD.replace('title = "Mine"', 'title = "Mine"\ncolour = "red"'),
        ["programs/my.toml:4: unknown key 'colour'"],
    ),
    (
        "wrong type",
        GOOD.replace("reps = 5", 'reps = "five"'),
        ['programs/my.toml:8: step 1: reps must be a whole number, got "five"'],
    ),
    (
        "boolean is not a number",
        GOOD.replace("hold_s = 5", "hold_s = true"),
        ["programs/my.toml:9: step 1: hold_s must be a number, got true"],
    ),
    (
        "negative duration",
        GOOD.replace("hold_s = 5", "hold_s = -5"),
        ["programs/my.toml:9: step 1: hold_s must be a positive number, got -5"],
    ),
    (
        "zero duration",
        GOOD.replace("rest_s = 45", "rest_s = 0"),
        ["programs/my.toml:10: step 1: rest_s must be a positive number, got 0"],
    ),
    (
        "absurd hold",
        GOOD.replace("hold_s = 5", "hold_s = 601"),
        ["programs/my.toml:9: step 1: hold_s must be at most 600 s (10 minutes), got 601"],
    ),
    (
        "absurd reps",
        GOOD.replace("reps = 5", "reps = 51"),
        ["programs/my.toml:8: step 1: reps must be at most 50, got 51"],
    ),
    (
        "not a finite number",
        GOOD.replace("hold_s = 5", "hold_s = nan"),
        ["programs/my.toml:9: step 1: hold_s must be a finite number, got nan"],
    ),
    (
        "unknown exercise",
        GOOD.replace("ninety-ninety-hip-lift", "ninety-ninety-hiplift"),
        [
            'programs/my.toml:6: step 1: unknown exercise "ninety-ninety-hiplift" '
            "(did you mean 'ninety-ninety-hip-lift'?)"
        ],
    ),
    (
        "missing steps",
        'format = 1\nid = "x"\ntitle = "T"\n',
        ["programs/my.toml:1: the program has no steps: add at least one [[step]]"],
    ),
    (
        "empty steps",
        'format = 1\nid = "x"\ntitle = "T"\nstep = []\n',
        ["programs/my.toml:4: the program has no steps: add at least one [[step]]"],
    ),
    (
        "unknown format",
        GOOD.replace("format = 1", "format = 2"),
        ["programs/my.toml:1: unknown format version 2: this version of Hamsession reads format 1"],
    ),
    (
        "missing format",
        GOOD.replace("format = 1\n", ""),
        ["programs/my.toml:1: missing required key 'format' (add format = 1)"],
    ),
    (
        "non-UTF-8",
        GOOD.encode().replace(b'"Mine"', b'"Min\xe9"'),
        ["programs/my.toml:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"],
    ),
    (
        "missing exercise",
        GOOD.replace('exercise = "ninety-ninety-hip-lift"\n', ""),
        ["programs/my.toml:5: step 1: missing required key 'exercise'"],
    ),
    (
        "no timing",
        GOOD.replace("hold_s = 5\n", ""),
        [
            "programs/my.toml:5: step 1: say how it is timed with breaths (breathing), hold_s "
            "(holds and stretches), rep_s (timed reps) or for_s (a walk or a run)"
        ],
    ),
    (
        "two timings",
        GOOD + "rep_s = 2\n",
        [
            "programs/my.toml:11: step 1: use only one of breaths, hold_s, rep_s and for_s "
            "(found hold_s and rep_s)"
        ],
    ),
    (
        "a walk with reps and sides",
        'format = 1\nid = "x"\ntitle = "T"\n[[step]]\nexercise = "easy-walk"\n'
        'for_s = 60\nreps = 2\nsides = "each"\n',
        [
            "programs/my.toml:7: step 1: a walk or a run (for_s) takes no 'reps'",
            "programs/my.toml:8: step 1: a walk or a run (for_s) takes no 'sides'",
        ],
    ),
    (
        "cues asked of a hold",
        GOOD + "cue_every_s = 120\n",
        ["programs/my.toml:11: step 1: cue_every_s is for a walk or a run timed with for_s"],
    ),
    (
        "cues asked of an exercise without any",
        'format = 1\nid = "x"\ntitle = "T"\n[[step]]\nexercise = "easy-walk"\n'
        "for_s = 60\ncue_every_s = 60\n",
        ["programs/my.toml:7: step 1: cue_every_s: exercise 'easy-walk' has no cues to say"],
    ),
    (
        "a cue more often than every 30 s",
        'format = 1\nid = "x"\ntitle = "T"\n[[step]]\nexercise = "easy-run"\n'
        "for_s = 60\ncue_every_s = 10\n",
        ["programs/my.toml:7: step 1: cue_every_s must be"],
    ),
    (
        "breathing with sets",
        'format = 1\nid = "x"\ntitle = "T"\n[[step]]\nexercise = "breathing-rib-stack"\n'
        "breaths = 6\nsets = 2\n",
        ["programs/my.toml:7: step 1: a breathing step takes no 'sets'"],
    ),
    (
        "bad sides",
        GOOD + 'sides = "both"\n',
        ["programs/my.toml:11: step 1: sides must be 'each', 'left' or 'right', got \"both\""],
    ),
    (
        "bad id",
        GOOD.replace('id = "my-prog"', 'id = "My Prog"'),
        [
            "programs/my.toml:2: id must use lowercase letters, digits and single hyphens, "
            'got "My Prog"'
        ],
    ),
    (
        "bad breath table",
        GOOD.replace('title = "Mine"', 'title = "Mine"\n[breath]\ninhale=4'),
        ["programs/my.toml:5: breath: unknown key 'inhale' (did you mean 'inhale_s'?)"],
    ),
    (
        "exercise of the wrong type",
        GOOD.replace('"ninety-ninety-hip-lift"', "7"),
        [
            "programs/my.toml:6: step 1: exercise must be an exercise id in quotes or an inline "
            "table, got 7"
        ],
    ),
    (
        "inline exercise without a name",
        GOOD.replace('"ninety-ninety-hip-lift"', '{ id = "wall-sit", how = ["x"] }'),
        ["programs/my.toml:6: step 1: missing required key 'exercise.name'"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_files_name_file_line_and_field(text, expected, builtin_library):
    found = problems_of(text, builtin_library)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert got.startswith(want), (got, want)


def test_a_placeholder_exercise_is_refused_in_a_program(builtin_library):
    stub = Exercise(id="stub", name="Stub", placeholder=True)
    library = replace(builtin_library, exercises={**builtin_library.exercises, "stub": stub})
    found = problems_of(GOOD.replace("ninety-ninety-hip-lift", "stub"), library)
    assert found == [
        "programs/my.toml:6: step 1: exercise 'stub' is a placeholder: write its "
        "instructions before using it in a program"
    ]


def test_all_problems_of_a_file_are_reported_in_one_run(builtin_library):
    text = GOOD.replace("hold_s = 5", "hold_s = -5").replace("reps = 5", "reps = 99")
    text += '\n[[step]]\nexercise = "nope"\nhold_s = 5\nsidez = "each"\n'
    found = problems_of(text, builtin_library)
    assert [f.split(":")[1] for f in found] == ["8", "9", "13", "15"]


def test_exercise_files_need_instructions_unless_placeholders():
    text = 'format = 1\nid = "x"\nname = "X"\n'
    with pytest.raises(FileProblems, match=r"x.toml:1: how must list at least one instruction"):
        parse_exercise(text.encode(), "x.toml")
    exercise = parse_exercise((text + "placeholder = true\n").encode(), "x.toml")
    assert exercise.placeholder


def test_exercise_dose_keys_are_checked():
    text = 'format = 1\nid = "x"\nname = "X"\nhow = ["a"]\n[dose]\nhold = 5\n'
    with pytest.raises(
        FileProblems,
        match=r"x.toml:6: dose: unknown key 'hold' \(did you mean "
        r"'hold_s'\?\)",
    ):
        parse_exercise(text.encode(), "x.toml")
