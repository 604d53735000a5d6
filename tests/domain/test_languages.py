"""Which language Hamsession speaks, and the library's texts laid over in it."""

from __future__ import annotations

import pytest

from hamsession.domain.content_overlay import overlaid_exercise, overlaid_program
from hamsession.domain.languages import desktop_languages, pick_language
from hamsession.domain.programs import Exercise, Program, Step, StepKind

HAVE = ["en", "de"]


@pytest.mark.parametrize(
    ("chosen", "environ", "expected"),
    [
        ("de", {"LANG": "en_GB.UTF-8"}, "de"),  # Settings first
        ("", {"LANG": "de_DE.UTF-8"}, "de"),
        ("", {"LANG": "de_AT.UTF-8@euro"}, "de"),
        ("", {"LANG": "fr_FR.UTF-8"}, "en"),  # no texts in French: English
        ("", {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, "de"),
        ("", {"LANG": "de_DE.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL wins
        ("", {"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        ("", {"LANG": "C.UTF-8", "LANGUAGE": "de"}, "en"),  # the C locale ignores LANGUAGE
        ("", {}, "en"),
        ("xx", {"LANG": "de_DE.UTF-8"}, "de"),  # a choice without texts is passed over
    ],
)
def test_the_language_follows_settings_then_the_desktop(chosen, environ, expected):
    assert pick_language(chosen, HAVE, environ) == expected


def test_the_desktop_lists_language_before_its_locale():
    assert desktop_languages({"LANG": "pt_BR.UTF-8", "LANGUAGE": "es:fr"}) == ["es", "fr", "pt"]


def _exercise() -> Exercise:
    return Exercise(
        "e", "Heel bridge", position="On your back", how=("Lift", "Lower"), why="Strength"
    )


def test_an_overlay_gives_the_texts_and_nothing_else():
    table = {"name": "Fersenbrücke", "how": ["Heben", "Senken"], "id": "other", "stage": "C"}
    german = overlaid_exercise(_exercise(), table)
    assert (german.name, german.how, german.position) == (
        "Fersenbrücke",
        ("Heben", "Senken"),
        "On your back",  # not in the overlay: English stays
    )
    assert (german.id, german.stage) == ("e", "")


@pytest.mark.parametrize(
    "table",
    [
        {"how": ["Nur eins"]},  # a list of another length
        {"how": "Heben"},  # not a list
        {"name": ""},  # empty
        {"name": 3},
    ],
)
def test_an_overlay_of_the_wrong_shape_leaves_english(table):
    assert overlaid_exercise(_exercise(), table) == _exercise()


def test_a_program_overlay_reaches_its_steps_by_order():
    step = Step(_exercise(), StepKind.HOLD, note="Hold the desk")
    program = Program("p", "Desk break", (step, step), description="Standing")
    german = overlaid_program(
        program, {"title": "Schreibtischpause", "step": [{"note": "Am Tisch halten"}, {}]}
    )
    assert german.title == "Schreibtischpause" and german.description == "Standing"
    assert [s.note for s in german.steps] == ["Am Tisch halten", "Hold the desk"]
    assert overlaid_program(program, {"step": [{}]}).steps == program.steps  # wrong count
