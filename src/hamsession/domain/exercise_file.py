"""Exercise files (TOML, format 1): the schema of an exercise and its ``[dose]``, and
reading one. Program files, which share the conventions, are in program_file.py."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from hamsession.domain.figure_file import FigureModel, build_figure
from hamsession.domain.file_problems import FileProblems, Locator, read_toml
from hamsession.domain.program_file import (
    BreathModel,
    InlineExerciseModel,
    Strict,
    check_format,
    schema_problems,
    seconds,
)
from hamsession.domain.programs import BreathPace, Dose, Exercise, StepKind
from hamsession.domain.toml_lines import Path
from hamsession.domain.words import translate

Range = Annotated[list[Annotated[int, Field(ge=1, le=50)]], Field(min_length=2, max_length=2)]


class DoseModel(Strict):
    kind: Literal["hold", "move", "breathing", "continuous"] | None = None
    sets: Annotated[int, Field(ge=1, le=10)] | None = None
    reps: Annotated[int, Field(ge=1, le=50)] | None = None
    hold_s: seconds(600) | None = None
    rep_s: seconds(60) | None = None
    for_s: seconds(3600) | None = None
    breaths: Annotated[int, Field(ge=1, le=50)] | None = None
    breath: BreathModel | None = None
    rest_s: seconds(600) | None = None
    per_side: bool = False
    alternating: bool = False
    basis: str = ""
    sets_range: Range | None = None
    reps_range: Range | None = None


class ExerciseModel(InlineExerciseModel):
    """An exercise file: what a program may write inline, and the library's own keys."""

    format: int
    code: str = ""
    stage: str = ""
    hold_word: Annotated[str, Field(max_length=20)] = ""
    flags: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    placeholder: bool = False
    why: Annotated[str, Field(max_length=600)] = ""
    dose: DoseModel = DoseModel()
    figure: FigureModel | None = None


def parse_exercise(data: bytes, file: str) -> Exercise:
    """Read an exercise file's bytes. Raises :class:`FileProblems` listing every problem."""
    raw, text = read_toml(data, file)
    where = Locator(file, text)
    check_format(raw, where)

    def model_at(loc: Path) -> type[BaseModel]:
        if loc[:2] == ("dose", "breath") and len(loc) > 2:
            return BreathModel
        return DoseModel if loc and loc[0] == "dose" and len(loc) > 1 else ExerciseModel

    model, problems = schema_problems(ExerciseModel, raw, where, lambda loc: ("", loc), model_at)
    if model is not None and not model.placeholder and not model.how:
        problems.append(
            where.at(
                ("how",),
                translate(
                    "ExerciseFile",
                    "{key} must list at least one instruction (or mark the exercise {line})",
                ).format(key="how", line="placeholder = true"),
            )
        )
    if model is not None:
        for key in ("sets_range", "reps_range"):
            pair = getattr(model.dose, key)
            if pair is not None and pair[0] > pair[1]:
                message = translate(
                    "ExerciseFile", "{key} goes from low to high, got {low} to {high}"
                ).format(key=f"dose.{key}", low=pair[0], high=pair[1])
                problems.append(where.at(("dose", key), message))
    if problems or model is None:
        raise FileProblems(problems)
    d = model.dose
    return Exercise(
        id=model.id,
        name=model.name,
        code=model.code,
        stage=model.stage,
        position=model.position,
        how=tuple(model.how),
        feel=tuple(model.feel),
        breath=model.breath,
        watch_for=tuple(model.watch_for),
        cues=tuple(model.cues),
        flags=tuple(model.flags),
        sources=tuple(model.sources),
        placeholder=model.placeholder,
        hold_word=model.hold_word,
        why=model.why,
        figure=None if model.figure is None else build_figure(model.figure),
        dose=Dose(
            kind=None if d.kind is None else StepKind(d.kind),
            sets=d.sets,
            reps=d.reps,
            hold_s=d.hold_s,
            rep_s=d.rep_s,
            for_s=d.for_s,
            breaths=d.breaths,
            breath=None if d.breath is None else BreathPace(d.breath.inhale_s, d.breath.exhale_s),
            rest_s=d.rest_s,
            per_side=d.per_side,
            alternating=d.alternating,
            basis=d.basis,
            sets_range=None if d.sets_range is None else (d.sets_range[0], d.sets_range[1]),
            reps_range=None if d.reps_range is None else (d.reps_range[0], d.reps_range[1]),
        ),
    )
