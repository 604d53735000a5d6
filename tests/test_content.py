"""The built-in library matches content.md: every exercise and program is there and tagged."""

from __future__ import annotations

import re

import pytest

from hamsession.domain.timeline import compile_program
from hamsession.storage.assets import resources_dir

EXPECTED_PROGRAMS = {
    "p1-foundations": (11, 15),
    "p2-integrated": (14, 19),
    "p3-loaded-hinge": (15, 20),
    "p4-strength-first-back": (10, 14),
    "self-care-add-on": (3, 6),
    "d1-desk-break": (2.5, 4),
    "before-a-run": (5, 7),  # about 6 minutes
    "run-with-form-cues": (32, 35),  # 5 min walk, 4 x 5 min running with 1 min walks, 5 min walk
}


def test_builtin_library_reads_without_problems(builtin_library):
    assert builtin_library.problems == []


def test_all_exercises_e01_to_e25_and_the_runners_are_present(builtin_library):
    codes = sorted(e.code for e in builtin_library.exercises.values())
    assert codes == [f"E{n:02d}" for n in range(1, 29)]  # E26-E28: the runners' article
    placeholders = [e.code for e in builtin_library.exercises.values() if e.placeholder]
    assert placeholders == []


def test_every_dose_carries_its_basis_tag(builtin_library):
    for exercise in builtin_library.exercises.values():
        # No source only for the app's own additions, whose every number is an A.
        tags = re.findall(r"\b[SEA]\b", exercise.dose.basis)
        assert exercise.sources or set(tags) == {"A"}, exercise.id
        if not exercise.placeholder:
            assert re.search(r"\b[SEA]\b", exercise.dose.basis), exercise.id
            assert exercise.how and exercise.watch_for, exercise.id


def test_builtin_programs_and_their_planned_minutes(builtin_library):
    assert set(builtin_library.programs) == set(EXPECTED_PROGRAMS)
    assert builtin_library.builtin_ids == set(EXPECTED_PROGRAMS)
    for program_id, (low, high) in EXPECTED_PROGRAMS.items():
        minutes = compile_program(builtin_library.programs[program_id]).total_s / 60
        assert low <= minutes <= high, (program_id, minutes)


def test_each_source_article_has_a_program(builtin_library):
    used = {
        src
        for p in builtin_library.programs.values()
        for step in p.steps
        for src in step.exercise.sources
    }
    for article in ("[000]", "[001]", "[002]", "[003]", "[004]"):
        assert article in used


def test_no_excluded_stretches_and_no_breath_holding_cues():
    content = [*resources_dir().glob("exercises/*.toml"), *resources_dir().glob("programs/*.toml")]
    text = "\n".join(p.read_text() for p in content).lower()
    assert "toe touch" not in text and "child's pose" not in text
    everything = "\n".join(p.read_text() for p in resources_dir().rglob("*.toml")).lower()
    assert "hold your breath" not in everything
    # The one place toe touches are named is the card that says why they are left out.
    cards = (resources_dir() / "cards.toml").read_text().lower()
    assert "why there are no toe touches" in cards


def test_self_care_add_on_is_hidden_with_sit_bone_flag(builtin_library):
    assert builtin_library.programs["self-care-add-on"].hidden_with_flags == ("F1",)


def test_every_program_file_key_is_documented():
    from pathlib import Path

    from hamsession.domain.exercise_file import DoseModel, ExerciseModel
    from hamsession.domain.program_file import (
        BreathModel,
        InlineExerciseModel,
        ProgramModel,
        StepModel,
    )

    doc = (Path(__file__).resolve().parents[1] / "docs" / "program-format.md").read_text()
    models = (ProgramModel, StepModel, BreathModel, InlineExerciseModel, ExerciseModel, DoseModel)
    for model in models:
        for key in model.model_fields:
            assert f"`{key}`" in doc or f"`[{key}]`" in doc or f"`[[{key}]]`" in doc, key


def test_the_marching_bridge_reads_per_side_as_content_md_gives_it():
    from hamsession.services.programs import ProgramService

    lines = ProgramService(None).step_lines("p2-integrated")
    assert "4. Marching bridge: 2 x 6 each side, alternating, 2.5 s a rep, rest 45 s" in lines


def test_breath_paces_outside_content_md_section_3_are_refused():
    from hamsession.domain.file_problems import FileProblems
    from hamsession.domain.program_file import parse_program
    from hamsession.storage.library import load_library

    exercises = load_library(None).exercises
    base = 'format = 1\nid = "x"\ntitle = "X"\n[[step]]\nexercise = "breathing-rib-stack"\n'
    for inhale, exhale, why in [
        (1, 0.5, "40.0 breaths a minute"),  # far too fast
        (8, 8, "3.8 breaths a minute"),  # too slow
        (5, 4, "the exhale must be 1 to 2.5 times as long as the inhale"),
        (2, 6, "the exhale must be 1 to 2.5 times as long as the inhale"),
    ]:
        text = base + f"breaths = 4\nbreath = {{ inhale_s = {inhale}, exhale_s = {exhale} }}\n"
        with pytest.raises(FileProblems, match=why):
            parse_program(text.encode(), "x.toml", exercises)
    for inhale, exhale in [(4, 6), (3, 7), (3, 4.5), (3, 3), (2, 5)]:
        text = base + f"breaths = 4\nbreath = {{ inhale_s = {inhale}, exhale_s = {exhale} }}\n"
        parse_program(text.encode(), "x.toml", exercises)


def test_every_step_of_the_desk_break_is_done_standing():
    from hamsession.services.programs import ProgramService

    program = ProgramService(None).program("d1-desk-break")
    for step in program.steps:
        shown = step.position or step.exercise.position
        assert shown.startswith("Standing"), (step.exercise.id, shown)
        cues = " ".join(step.how or step.exercise.how).lower()
        assert not any(word in cues for word in ("kneel", "lie ", "lying", "floor")), cues
    stretch = next(s for s in program.steps if s.exercise.id == "hip-flexor-stretch")
    assert "stride back" in stretch.how[0]  # the step's own cues, not the kneeling stretch's


def test_hip_swings_come_once_warm():
    """E16 is for when already warm ([001]): in P2 and P3 a strengthening step comes first."""
    from hamsession.domain.programs import StepKind
    from hamsession.services.programs import ProgramService

    programs = ProgramService(None)
    for program_id in ("p2-integrated", "p3-loaded-hinge"):
        steps = programs.program(program_id).steps
        at = next(i for i, s in enumerate(steps) if s.exercise.id == "hip-swings")
        assert any(s.kind is not StepKind.BREATHING for s in steps[:at]), program_id


def test_every_built_in_exercise_has_a_figure_a_body_could_take():
    from hamsession.domain.figure import figure_problems
    from hamsession.services.programs import ProgramService

    lib = ProgramService(None).library
    for exercise in lib.exercises.values():
        if exercise.placeholder:
            continue
        assert exercise.figure is not None, exercise.id
        assert figure_problems(exercise.figure) == [], exercise.id


def test_every_built_in_exercise_says_why_it_is_there():
    from hamsession.services.programs import ProgramService

    for exercise in ProgramService(None).library.exercises.values():
        if not exercise.placeholder:
            assert 40 <= len(exercise.why) <= 300, exercise.id
