"""Listing, checking and opening programs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hamsession.domain.desk_breaks import DESK_BREAK_ID
from hamsession.domain.events import Signal
from hamsession.domain.file_problems import FileProblems, Problem, read_toml
from hamsession.domain.languages import SOURCE_LANGUAGE
from hamsession.domain.levels import shown_title
from hamsession.domain.program_writer import exercise_to_toml, to_toml
from hamsession.domain.programs import Exercise, Program, Side, Step, StepKind
from hamsession.domain.timeline import Timeline, compile_program
from hamsession.domain.toml_lines import key_lines
from hamsession.domain.words import Words, number, translate
from hamsession.services.errors import BadInput
from hamsession.storage.datadir import DataDir
from hamsession.storage.files import write_atomically
from hamsession.storage.library import Library, read_bytes
from hamsession.storage.reading import PROGRAM_LIMIT, read_regular


@dataclass(frozen=True)
class ProgramSummary:
    id: str
    title: str
    stage: str
    minutes: float
    steps: int
    builtin: bool
    file: str
    description: str


#: The built-in programs for runners, listed after the back and hamstring programs.
FOR_RUNNERS = ("before-a-run", "run-with-form-cues")


class DoseWords(Words):
    """The context of a dose in words (plurals: ``DoseWords.tr("%n ...", "", n)``)."""


def _counted(step: Step) -> str:
    """The sets, reps and their timing: ``2 x 5 holds of 5 s``."""
    hold, rep = number(step.hold_s), number(step.rep_s)
    sets = step.sets if step.sets > 1 else None
    if step.kind is StepKind.HOLD:
        if sets:
            text = DoseWords.tr("{sets} x %n hold(s) of {hold} s", "", step.reps)
        else:
            text = DoseWords.tr("%n hold(s) of {hold} s", "", step.reps)
        return text.format(sets=sets, hold=hold)
    if step.exercise.dose.alternating and step.reps % 2 == 0 and step.sides == (None,):
        if sets:
            text = translate("DoseWords", "{sets} x {each} each side, alternating, {rep} s a rep")
        else:
            text = translate("DoseWords", "{each} each side, alternating, {rep} s a rep")
        return text.format(sets=sets, each=step.reps // 2, rep=rep)
    if sets:
        text = DoseWords.tr("{sets} x %n rep(s) of {rep} s", "", step.reps)
    else:
        text = DoseWords.tr("%n rep(s) of {rep} s", "", step.reps)
    return text.format(sets=sets, rep=rep)


def dose_text(step: Step) -> str:
    """A step's dose in words, in the language in use."""
    if step.kind is StepKind.BREATHING:
        return DoseWords.tr("%n paced breath(s)", "", step.breaths)
    if step.kind is StepKind.CONTINUOUS:
        minutes = number(step.for_s / 60)
        if step.sets > 1:
            text = translate("DoseWords", "{sets} x {minutes} min, walk {rest} s between")
            return text.format(sets=step.sets, minutes=minutes, rest=number(step.rest_s))
        return translate("DoseWords", "{minutes} min").format(minutes=minutes)
    text = _counted(step)
    if step.sides == (Side.LEFT, Side.RIGHT):
        text = translate("DoseWords", "{dose} each side").format(dose=text)
    elif step.sides[0] is Side.LEFT:
        text = translate("DoseWords", "{dose} (left side)").format(dose=text)
    elif step.sides[0] is Side.RIGHT:
        text = translate("DoseWords", "{dose} (right side)").format(dose=text)
    if step.sets > 1:
        text = translate("DoseWords", "{dose}, rest {rest} s").format(
            dose=text, rest=number(step.rest_s)
        )
    return text


def _raw_id(path: Path) -> str | None:
    """The ``id`` of a file that failed validation, when it can still be read."""
    try:
        value = read_toml(read_regular(path, PROGRAM_LIMIT), str(path))[0].get("id")
    except (OSError, FileProblems):
        return None
    return value if isinstance(value, str) else None


def _id_line(data: bytes) -> int:
    try:
        return key_lines(data.decode("utf-8")).get(("id",), 1)
    except UnicodeDecodeError:
        return 1


def library_language(chosen: str = "", environ=None) -> str:
    """The language of the built-in library's texts: Settings > Language, else the
    desktop's (see :func:`hamsession.domain.languages.pick_language`)."""
    import os

    from hamsession.domain.languages import pick_language
    from hamsession.storage.library import content_languages

    return pick_language(chosen, content_languages(), os.environ if environ is None else environ)


class ProgramService:
    """Programs from the built-in library and the data folder's ``programs/``."""

    def __init__(
        self, data: DataDir | None, language: str = SOURCE_LANGUAGE, keep: bool = False
    ) -> None:
        self._data = data
        self.language = language  # of the built-in library's texts
        self._keep = keep  # keep the checked built-in library in the data folder's cache
        self._library: Library | None = None
        self.saved = Signal()  # Path: a program or exercise file just written
        self._opened: dict[str, Program] = {}  # files named with --program, by id

    @property
    def library(self) -> Library:
        if self._library is None:
            from hamsession.storage.library import load_library

            self._library = load_library(self._data, self.language, self._keep)
        return self._library

    def summary(self, program: Program, builtin: bool = False) -> ProgramSummary:
        return ProgramSummary(
            id=program.id,
            title=program.title,
            stage=program.stage,
            minutes=round(compile_program(program).total_s / 60, 1),
            steps=len(program.steps),
            builtin=builtin,
            file=program.source,
            description=program.description,
        )

    def summaries(self) -> list[ProgramSummary]:
        """Every playable program, built-ins first, each with its planned length."""
        lib = self.library
        rows = [self.summary(p, builtin=p.id in lib.builtin_ids) for p in lib.programs.values()]
        # Built-ins first (the back and hamstring programs, then the runners'), the desk
        # break (which the tray offers) after the programs.
        rows.sort(key=lambda r: (not r.builtin, r.id == DESK_BREAK_ID, r.id in FOR_RUNNERS, r.id))
        return rows

    def step_lines(self, program_id: str, flags: Iterable[str] = ()) -> list[str]:
        """One plain line per step: ``2. 90/90 hip lift: 2 x 5 holds of 5 s, rest 45 s``;
        a step a profile flag leaves out says so."""
        program = self.library.programs[program_id]
        active = set(flags)
        lines = []
        for n, step in enumerate(program.steps, start=1):
            if active & set(step.exercise.flags):
                line = translate("StepLines", "{number}. {exercise}: {dose} (left out: F1)")
            else:
                line = translate("StepLines", "{number}. {exercise}: {dose}")
            lines.append(line.format(number=n, exercise=step.exercise.name, dose=dose_text(step)))
        return lines

    def title_of(self, program_id: str, stored: str = "") -> str:
        """A program's title as people read it, in the language in use; for one the
        library does not hold (a profile's own variant, a program since deleted) the
        ``stored`` title, else its id."""
        found = self.library.programs.get(program_id)
        return shown_title(found.title if found is not None else stored or program_id)

    def exercise_name(self, exercise_id: str) -> str:
        """An exercise's name in the language in use, or its id when the library has none."""
        found = self.library.exercises.get(exercise_id)
        return found.name if found is not None else exercise_id

    def program(self, program_id: str) -> Program:
        """A program by id: the library's, or the file opened for this run with
        :meth:`open_file`. An id is never taken for a path (ids come from imported files
        too). Raises BadInput."""
        lib = self.library
        if program_id in lib.programs:
            return lib.programs[program_id]
        if program_id in self._opened:
            return self._opened[program_id]
        known = ", ".join(sorted(lib.programs))
        raise BadInput(f"unknown program '{program_id}' (known: {known})")

    def open_file(self, id_or_file: str) -> Program:
        """``--program``: a program id, or a program file the person named, which is
        read and kept for this run under its id. Raises BadInput or FileProblems."""
        lib = self.library
        if id_or_file in lib.programs:
            return lib.programs[id_or_file]
        path = Path(id_or_file)
        if path.suffix == ".toml" or path.exists():
            if not path.is_file():
                raise BadInput(f"{id_or_file}: no such program file")
            from hamsession.storage.library import load_program

            program = load_program(path, id_or_file, lib)
            self._opened[program.id] = program
            return program
        return self.program(id_or_file)

    def as_saved(self, program: Program) -> tuple[str, Program]:
        """The program's TOML text and the program read back from it.

        Raises :class:`FileProblems` with what is wrong (the editor's live check).
        """
        text = to_toml(program, set(self.library.exercises))
        from hamsession.domain.program_file import parse_program

        return text, parse_program(text.encode(), f"{program.id}.toml", self.library.exercises)

    def save_program(self, program: Program) -> Path:
        """Write a program to the data folder's ``programs/`` (a new one, or its own file)."""
        if self._data is None:
            raise BadInput("there is no data folder to save programs in")
        lib = self.library
        if program.id in lib.builtin_ids:
            raise BadInput(f"'{program.id}' is a built-in program; save it under another id")
        text, _checked = self.as_saved(program)
        path = self._data.programs / f"{program.id}.toml"
        other = lib.paths.get(program.id)
        if other is not None and other != path.resolve():
            raise BadInput(f"the id '{program.id}' is already used by {other.name}")
        write_atomically(path, text)
        self._library = None  # read again, with the new file
        self.saved.emit(path)
        return path

    def take_back(self, paths: Iterable[Path]) -> None:
        """Remove program files just saved by something that then failed (an import)."""
        for path in paths:
            path.unlink(missing_ok=True)
        self._library = None

    def save_exercise(self, exercise: Exercise) -> Path:
        """Write a clinician's own exercise to the data folder's ``exercises/``."""
        if self._data is None:
            raise BadInput(
                translate("ProgramService", "there is no data folder to save exercises in")
            )
        if exercise.id in self.library.exercises:
            raise BadInput(
                translate("ProgramService", "an exercise with the id '{id}' already exists").format(
                    id=exercise.id
                )
            )
        text = exercise_to_toml(exercise)
        from hamsession.domain.exercise_file import parse_exercise

        parse_exercise(text.encode(), f"{exercise.id}.toml")  # raises FileProblems
        path = self._data.exercises / f"{exercise.id}.toml"
        write_atomically(path, text)
        self._library = None
        self.saved.emit(path)
        return path

    def reload(self) -> None:
        """Read the library again (files came from elsewhere: a clinic's server)."""
        self._library = None

    def timeline(self, program_id: str) -> Timeline:
        return compile_program(self.program(program_id))

    def check(self, files: list[str]) -> list[Problem]:
        """Validate program files; returns every problem found (none means all are valid)."""
        lib = self.library
        problems: list[Problem] = []
        seen: dict[str, tuple[str, Path]] = {}
        for shown in files:
            path = Path(shown)
            if not path.exists():
                problems.append(Problem(shown, 0, translate("Reading", "no such file")))
                continue
            data = b""
            try:
                from hamsession.storage.library import load_program

                data = read_bytes(path, shown)
                program_id = load_program(path, shown, lib).id
            except FileProblems as err:
                problems += err.problems
                program_id = _raw_id(path)
            if program_id is None:
                continue
            here = path.resolve()
            other = seen.get(program_id)
            if other is None and program_id in lib.paths:
                other = (lib.programs[program_id].source, lib.paths[program_id])
            if other is not None and other[1] != here:
                problems.append(
                    Problem(
                        shown,
                        _id_line(data),
                        translate(
                            "Library", "duplicate program id '{program}' (also in {file})"
                        ).format(program=program_id, file=other[0]),
                    )
                )
            seen.setdefault(program_id, (shown, here))
        return sorted(problems)
