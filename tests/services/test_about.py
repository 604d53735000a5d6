"""What "About this exercise" and Help > References say."""

from __future__ import annotations

from hamsession.services.about import about_exercise, references_text, tags_in_words
from hamsession.services.programs import ProgramService

LIB = ProgramService(None).library


def test_tags_are_said_in_words_and_an_app_number_reads_as_a_default():
    said = tags_in_words("Hold 5 s: S. 2 x 5 holds with 45 s rest: A. 2 x 8 reps: E (R9).")
    assert said == (
        "Hold 5 s: stated in a source article. 2 x 5 holds with 45 s rest: a default, which "
        "a clinician may change. 2 x 8 reps: from published research (R9)."
    )
    assert (
        tags_in_words("Long exhale (A)") == "Long exhale (a default, which a clinician may change)"
    )
    assert tags_in_words("SEA level: ASAP") == "SEA level: ASAP"  # only tags, never words


def test_about_an_exercise_gives_its_breath_dose_basis_and_named_sources():
    text = about_exercise(LIB.exercises["heel-bridge"])
    assert text.startswith("E04 Hamstring-biased bridge (heel emphasis)")
    assert "Breathing: Inhale to expand the ribs" in text
    assert "Dose: 2 x 8 holds of 3 s, rest 60 s." in text
    assert "Top hold 3 s and 60 s rest: a default, which a clinician may change" in text
    assert "R9: Ratamess NA et al." in text
    assert "[000]: Hamstrings and Pelvic Floor" in text


def test_references_list_every_source_with_the_exercises_it_supports():
    text = references_text(LIB.exercises.values())
    entries = text.split("\n\n")
    assert len(entries) == 35  # five articles and R1-R30
    r9 = next(e for e in entries if e.startswith("R9 "))
    assert "Supports:" in r9 and "E04" in r9


def test_the_projects_own_content_notes_are_not_named_on_screen():
    assert tags_in_words("Long exhale: E (R2, content.md section 3).") == (
        "Long exhale: from published research (R2)."
    )
    assert tags_in_words("15 s a foot: A (content.md D1).") == (
        "15 s a foot: a default, which a clinician may change."
    )
    for e in LIB.exercises.values():
        assert "content.md" not in about_exercise(e), e.id
