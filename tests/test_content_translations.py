"""The built-in library in German: every text of every file, and the commands use it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hamsession.domain.content_overlay import EXERCISE_TEXTS, PROGRAM_TEXTS, STEP_TEXTS
from hamsession.services.programs import ProgramService
from hamsession.storage.assets import resources_dir
from hamsession.storage.cards_file import load_cards

RESOURCES = resources_dir()
LANGUAGES = ["de"]


def _toml(path: Path) -> dict:
    with path.open("rb") as f:
        return tomllib.load(f)


def _missing(english: dict, overlay: dict, fields: dict[str, bool], where: str) -> list[str]:
    """What ``overlay`` lacks (or holds in another shape, or holds beyond ``fields``)."""
    problems = [
        f"{where}: {k} is not a text an overlay may give" for k in overlay if k not in fields
    ]
    for name in fields:
        if not english.get(name):
            continue
        value = overlay.get(name)
        if isinstance(english[name], list):
            if not isinstance(value, list) or len(value) != len(english[name]):
                problems.append(f"{where}: {name} needs {len(english[name])} lines")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: {name} is missing")
    return problems


def _overlay(language: str, name: str) -> dict:
    path = RESOURCES / "translations" / f"content_{language}" / name
    assert path.is_file(), f"no {language} texts for {name}"
    return _toml(path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_exercise_has_every_text(language):
    problems = []
    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        english, overlay = _toml(path), _overlay(language, path.name)
        dose = overlay.pop("dose", {})
        problems += _missing(english, overlay, EXERCISE_TEXTS, path.name)
        problems += _missing(english.get("dose", {}), dose, {"basis": False}, path.name + " dose")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_program_and_step_has_every_text(language):
    problems = []
    for path in sorted((RESOURCES / "programs").glob("*.toml")):
        english, overlay = _toml(path), _overlay(language, path.name)
        steps, own = english.get("step", []), overlay.pop("step", [])
        problems += _missing(english, overlay, PROGRAM_TEXTS, path.name)
        if len(own) != len(steps):
            problems.append(f"{path.name}: {len(steps)} steps, {len(own)} translated")
            continue
        for i, (step, words) in enumerate(zip(steps, own, strict=True), 1):
            problems += _missing(step, words, STEP_TEXTS, f"{path.name} step {i}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_card_has_its_title_and_text(language):
    english = {c.id: c for c in load_cards()}
    translated = {c.id: c for c in load_cards(language)}
    same = [i for i in english if translated[i].text == english[i].text]
    assert not same, f"cards still in English: {same}"


def test_the_library_in_german_keeps_every_number_and_id():
    english, german = ProgramService(None).library, ProgramService(None, "de").library
    assert german.exercises.keys() == english.exercises.keys()
    for pid, program in english.programs.items():
        other = german.programs[pid]
        assert [s.exercise.id for s in other.steps] == [s.exercise.id for s in program.steps]
        assert [(s.sets, s.reps, s.hold_s, s.rest_s) for s in other.steps] == [
            (s.sets, s.reps, s.hold_s, s.rest_s) for s in program.steps
        ]
    assert german.exercises["heel-bridge"].name != english.exercises["heel-bridge"].name


@pytest.mark.parametrize(
    ("environ", "settings", "name", "dose"),
    [
        ({"LANG": "de_DE.UTF-8"}, "", "Brücke mit Betonung der Fersen", "2 x 8 Haltephasen"),
        ({"LANG": "C.UTF-8"}, "language = de\n", "Brücke mit Betonung der Fersen", "Pause 60 s"),
        ({"LANG": "de_DE.UTF-8"}, "language = en\n", "Hamstring-biased bridge", "holds of 3 s"),
    ],
)
def test_the_commands_speak_the_language_the_app_would(tmp_path, environ, settings, name, dose):
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    data.mkdir()
    if settings:
        (data / "settings.ini").write_text("[hamsession]\n" + settings)
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run(
        [sys.executable, "-m", "hamsession", "--data-dir", str(data), "exercises", "show",
         "heel-bridge"],
        env={**env, **environ}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert name in done.stdout and dose in done.stdout


def test_numbers_in_german_texts_have_a_decimal_comma():
    from hamsession.cli_language import speak
    from hamsession.domain.programs import pace_problem

    try:
        speak("de")
        problem = pace_problem(3, 12)
        assert problem is not None and "Atemzüge" in problem
        assert "4,0" in problem and "4,5" in problem
    finally:
        speak("en")
    assert "4.0" in pace_problem(3, 12)
