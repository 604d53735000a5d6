"""The program library on disk: built-in and user exercises and programs."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from hamsession.domain.content_overlay import overlaid_exercise, overlaid_program
from hamsession.domain.file_problems import FileProblems, Problem
from hamsession.domain.languages import SOURCE_LANGUAGE
from hamsession.domain.programs import Exercise, Program
from hamsession.domain.words import translate
from hamsession.storage.assets import resources_dir
from hamsession.storage.datadir import DataDir
from hamsession.storage.reading import PROGRAM_LIMIT, Unreadable, read_regular


@dataclass
class Library:
    """Every exercise and program that could be read, and what could not."""

    exercises: dict[str, Exercise] = field(default_factory=dict)
    programs: dict[str, Program] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)  # program id -> its file
    builtin_ids: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)


def display_name(path: Path, base: Path | None) -> str:
    """A file's name as messages show it: relative to its folder's parent when possible."""
    if base is not None:
        try:
            return str(path.relative_to(base))
        except ValueError:
            pass
    return os.path.relpath(path) if not path.is_absolute() else str(path)


def toml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def read_bytes(path: Path, shown: str) -> bytes:
    """A program or exercise file: a regular file of at most a megabyte."""
    try:
        return read_regular(path, PROGRAM_LIMIT)
    except Unreadable as err:
        raise FileProblems([Problem(shown, 1, str(err))]) from None


def overlay(language: str, name: str) -> dict:
    """A built-in file's texts in ``language`` (resources/translations/content_<language>/),
    or nothing: English stays."""
    if language == SOURCE_LANGUAGE:
        return {}
    import tomllib  # read when a library is read, not when the app starts

    path = resources_dir() / "translations" / f"content_{language}" / name
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def content_languages() -> list[str]:
    """The languages the built-in library has texts in (English first)."""
    folder = resources_dir() / "translations"
    found = [p.name.removeprefix("content_") for p in folder.glob("content_*") if p.is_dir()]
    return [SOURCE_LANGUAGE, *sorted(found)]


def _load_exercises(
    files: Iterable[tuple[Path, str]], lib: Library, language: str = SOURCE_LANGUAGE
) -> None:
    for path, shown in files:
        from hamsession.domain import exercise_file  # pydantic loads with the first file read

        try:
            exercise = exercise_file.parse_exercise(read_bytes(path, shown), shown)
        except FileProblems as err:
            lib.problems += err.problems
            continue
        exercise = overlaid_exercise(exercise, overlay(language, path.name))
        if exercise.id in lib.exercises:
            said = translate("Library", "duplicate exercise id '{exercise}'")
            lib.problems.append(Problem(shown, 1, said.format(exercise=exercise.id)))
            continue
        lib.exercises[exercise.id] = exercise


def load_program(path: Path, shown: str, lib: Library) -> Program:
    """Read one program file against the library's exercises."""
    from hamsession.domain import program_file

    return program_file.parse_program(read_bytes(path, shown), shown, lib.exercises)


def _add_program(program: Program, path: Path, shown: str, lib: Library) -> None:
    if program.id in lib.programs:
        other = lib.programs[program.id].source
        said = translate("Library", "duplicate program id '{program}' (also in {file})")
        lib.problems.append(Problem(shown, 1, said.format(program=program.id, file=other)))
        return
    lib.programs[program.id] = program
    lib.paths[program.id] = path.resolve()


def builtin_files(language: str) -> list[Path]:
    """The files the built-in library is read from, its texts in ``language`` included."""
    root = resources_dir()
    files = toml_files(root / "exercises") + toml_files(root / "programs")
    if language != SOURCE_LANGUAGE:
        files += toml_files(root / "translations" / f"content_{language}")
    return files


def _read_builtin(language: str) -> Library:
    lib = Library()
    builtin = resources_dir()
    base = builtin.parent
    files = ((p, display_name(p, base)) for p in toml_files(builtin / "exercises"))
    _load_exercises(files, lib, language)
    for path in toml_files(builtin / "programs"):
        shown = display_name(path, base)
        try:
            program = load_program(path, shown, lib)
        except FileProblems as err:
            lib.problems += err.problems
            continue
        _add_program(overlaid_program(program, overlay(language, path.name)), path, shown, lib)
        lib.builtin_ids.add(program.id)
    return lib


def load_library(
    data: DataDir | None, language: str = SOURCE_LANGUAGE, keep: bool = False
) -> Library:
    """Built-in content first (its texts in ``language`` where it has them; read from the
    data folder's cache when it is there, and with ``keep`` written there, see
    storage.library_cache), then the user's files from the data folder (as written)."""
    from hamsession.storage.library_cache import kept_library

    def read() -> Library:
        return _read_builtin(language)

    lib = kept_library(data, language, builtin_files(language), read, keep)
    if data is None:
        return lib
    _load_exercises(((p, display_name(p, data.root)) for p in toml_files(data.exercises)), lib)
    for path in toml_files(data.programs):
        shown = display_name(path, data.root)
        try:
            program = load_program(path, shown, lib)
        except FileProblems as err:
            lib.problems += err.problems
            continue
        _add_program(program, path, shown, lib)
    return lib
