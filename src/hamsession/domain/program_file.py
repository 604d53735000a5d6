"""Program and exercise files (TOML, format 1): schema, validation and reading.

Validation uses pydantic models with unknown keys forbidden and strict types,
then checks what a schema cannot say (how a step is timed, which exercise it
names). Every problem of a file is collected and reported at once as
``FILE:LINE: message``; nothing else ever escapes :func:`parse_program`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from hamsession.domain.file_problems import (
    FileProblems,
    Locator,
    Problem,
    describe,
    did_you_mean,
    read_toml,
    show,
    validation_problems,
)
from hamsession.domain.plain_text import plain_texts
from hamsession.domain.programs import (
    BreathPace,
    Exercise,
    Program,
    Side,
    Step,
    StepKind,
    pace_problem,
)
from hamsession.domain.toml_lines import Path
from hamsession.domain.words import translate

FORMAT = 1


Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=200)]


def seconds(most: float) -> Any:
    return Annotated[float, Field(gt=0, le=most)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _shown_as_written(cls, value: Any) -> Any:
        return plain_texts(value)  # texts reach screens and terminals


class BreathModel(Strict):
    inhale_s: seconds(30) = 4.0
    exhale_s: seconds(30) = 6.0

    @model_validator(mode="after")
    def _a_calm_pace(self) -> BreathModel:
        problem = pace_problem(self.inhale_s, self.exhale_s)
        if problem is not None:
            raise ValueError(problem)
        return self


class InlineExerciseModel(Strict):
    id: Id
    name: Text
    position: str = ""
    how: list[str] = []
    feel: list[str] = []
    breath: str = ""
    watch_for: list[str] = []
    cues: Annotated[
        list[Annotated[str, StringConstraints(min_length=1, max_length=120)]], Field(max_length=20)
    ] = []


class StepModel(Strict):
    exercise: str | dict[str, Any]
    breaths: Annotated[int, Field(ge=1, le=50)] | None = None
    sets: Annotated[int, Field(ge=1, le=10)] = 1
    reps: Annotated[int, Field(ge=1, le=50)] = 1
    hold_s: seconds(600) | None = None
    release_s: seconds(60) = 2.0
    rest_s: seconds(600) = 30.0
    rep_s: seconds(60) | None = None
    for_s: seconds(3600) | None = None
    cue_every_s: Annotated[float, Field(ge=30, le=1800)] | None = None
    sides: Literal["each", "left", "right"] | None = None
    switch_s: seconds(120) = 5.0
    breath: BreathModel | None = None
    note: str = ""
    position: Annotated[str, StringConstraints(max_length=200)] = ""
    how: Annotated[
        list[Annotated[str, StringConstraints(min_length=1, max_length=300)]], Field(max_length=12)
    ] = []
    basis: str = ""


class ProgramModel(Strict):
    format: int
    id: Id
    title: Text
    description: str = ""
    stage: str = ""
    basis: str = ""
    get_ready_s: seconds(120) = 5.0
    breath: BreathModel = BreathModel()
    hidden_with_flags: list[str] = []
    level: Annotated[int, Field(ge=1, le=50)] = 1
    pain_cap: Annotated[int, Field(ge=0, le=10)] | None = None
    after: list[Id] = []
    step: Annotated[list[StepModel], Field(min_length=1)]


TIMING_KEYS = ("breaths", "hold_s", "rep_s", "for_s")
_NOT_FOR_BREATHING = ("sets", "reps", "release_s", "rest_s", "sides", "switch_s")
_NOT_FOR_WALKS = ("reps", "release_s", "sides", "switch_s")
_SIDES = {
    None: (None,),
    "each": (Side.LEFT, Side.RIGHT),
    "left": (Side.LEFT,),
    "right": (Side.RIGHT,),
}


def step_prefix(i: int) -> str:
    """``step 2: ``, the start of a message about the step at index ``i``."""
    return translate("ProgramFile", "step {number}").format(number=i + 1) + ": "


def _program_prefix(loc: Path) -> tuple[str, Path]:
    if len(loc) >= 2 and loc[0] == "step" and isinstance(loc[1], int):
        return step_prefix(loc[1]), loc[2:]
    return "", loc


def _program_model_at(loc: Path) -> type[BaseModel]:
    _, local = _program_prefix(loc)
    inner = local[:-1]
    if inner and inner[0] == "breath":
        return BreathModel
    if inner and inner[0] == "exercise":
        return InlineExerciseModel
    return StepModel if loc and loc[0] == "step" and len(loc) > 2 else ProgramModel


def check_format(raw: dict[str, Any], where: Locator) -> None:
    if "format" not in raw:
        message = translate("ProgramFile", "missing required key '{key}' (add {line})")
        line = f"format = {FORMAT}"
        raise FileProblems([where.at((), message.format(key="format", line=line))])
    if raw["format"] != FORMAT or isinstance(raw["format"], bool):
        message = translate(
            "ProgramFile",
            "unknown format version {version}: this version of Hamsession reads format {format}",
        ).format(version=show(raw["format"]), format=FORMAT)
        raise FileProblems([where.at(("format",), message)])


def schema_problems(model: type[BaseModel], raw: dict, where: Locator, prefix_for, model_at):
    try:
        return model.model_validate(raw), []
    except ValidationError as err:
        problems = []
        seen_unions: set[Path] = set()
        for problem, e in zip(
            validation_problems(err, where, prefix_for, model_at), err.errors(), strict=True
        ):
            loc = tuple(e["loc"])
            if len(loc) == 4 and loc[0] == "step" and loc[2] == "exercise":
                if loc[:3] in seen_unions:
                    continue
                seen_unions.add(loc[:3])
                message = translate(
                    "ProgramFile",
                    "{key} must be an exercise id in quotes or an inline table, got {value}",
                ).format(key="exercise", value=show(e["input"]))
                problem = where.at(loc[:3], step_prefix(loc[1]) + message)
            elif loc == ("step",) and e["type"] in ("missing", "too_short"):
                message = translate(
                    "ProgramFile", "the program has no steps: add at least one {table}"
                ).format(table="[[step]]")
                problem = where.at(loc, message)
            problems.append(problem)
        return None, problems


def _step_shape(i: int, raw: Any, where: Locator) -> list[Problem]:
    """Checks of how a step is timed, done on the raw table so all problems show at once."""
    if not isinstance(raw, dict):
        return []
    at, name = ("step", i), step_prefix(i)
    keys = {key: key for key in TIMING_KEYS}  # key names, as written in the file
    timing = [k for k in TIMING_KEYS if k in raw]
    if not timing:
        message = translate(
            "ProgramFile",
            "say how it is timed with {breaths} (breathing), {hold_s} (holds and stretches), "
            "{rep_s} (timed reps) or {for_s} (a walk or a run)",
        )
        return [where.at(at, name + message.format(**keys))]
    if len(timing) > 1:
        message = translate(
            "ProgramFile",
            "use only one of {breaths}, {hold_s}, {rep_s} and {for_s} (found {found})",
        )
        found = translate("ProgramFile", " and ").join(timing)
        return [where.at((*at, timing[1]), name + message.format(**keys, found=found))]
    problems = []
    unwanted = {"breaths": _NOT_FOR_BREATHING, "for_s": _NOT_FOR_WALKS}.get(timing[0], ())
    for key in unwanted:
        if key in raw:
            if timing == ["breaths"]:
                message = translate("ProgramFile", "a breathing step takes no '{key}'")
            else:
                message = translate("ProgramFile", "a walk or a run ({for_s}) takes no '{key}'")
            problems.append(where.at((*at, key), name + message.format(key=key, for_s="for_s")))
    if "cue_every_s" in raw and timing != ["for_s"]:
        message = translate("ProgramFile", "{key} is for a walk or a run timed with {for_s}")
        problems.append(
            where.at((*at, "cue_every_s"), name + message.format(key="cue_every_s", for_s="for_s"))
        )
    if timing == ["rep_s"] and "release_s" in raw:
        message = translate(
            "ProgramFile", "{key} is for hold steps; timed reps have no release"
        ).format(key="release_s")
        problems.append(where.at((*at, "release_s"), name + message))
    return problems


def _exercise_for(
    i: int, value: Any, library: Mapping[str, Exercise], where: Locator
) -> tuple[Exercise | None, list[Problem]]:
    at, name = ("step", i, "exercise"), step_prefix(i)
    if isinstance(value, str):
        found = library.get(value)
        if found is None:
            close = did_you_mean(value, library)
            if close is None:
                message = translate("ProgramFile", "unknown exercise {exercise}")
            else:
                message = translate(
                    "ProgramFile", "unknown exercise {exercise} (did you mean '{suggestion}'?)"
                )
            message = message.format(exercise=show(value), suggestion=close)
            return None, [where.at(at, name + message)]
        if found.placeholder:
            message = translate(
                "ProgramFile",
                "exercise '{exercise}' is a placeholder: "
                "write its instructions before using it in a program",
            ).format(exercise=value)
            return None, [where.at(at, name + message)]
        return found, []
    if isinstance(value, dict):
        try:
            model = InlineExerciseModel.model_validate(value)
        except ValidationError as err:
            problems = [where.at((*at, *e["loc"]), _inline_message(name, e)) for e in err.errors()]
            return None, problems
        return Exercise(
            id=model.id,
            name=model.name,
            position=model.position,
            how=tuple(model.how),
            feel=tuple(model.feel),
            breath=model.breath,
            watch_for=tuple(model.watch_for),
            cues=tuple(model.cues),
        ), []
    return None, []  # the schema already reported the wrong type


def _inline_message(prefix: str, err: dict) -> str:
    return describe(prefix, ("exercise", *err["loc"]), err, InlineExerciseModel)


def _pace(model: BreathModel | None, default: BreathPace) -> BreathPace:
    return default if model is None else BreathPace(model.inhale_s, model.exhale_s)


def _build_step(model: StepModel, exercise: Exercise, default_pace: BreathPace) -> Step:
    kind = (
        StepKind.BREATHING
        if model.breaths is not None
        else StepKind.HOLD
        if model.hold_s is not None
        else StepKind.CONTINUOUS
        if model.for_s is not None
        else StepKind.MOVE
    )
    return Step(
        exercise=exercise,
        kind=kind,
        sets=model.sets,
        reps=model.reps,
        breaths=model.breaths or 0,
        hold_s=model.hold_s or 0.0,
        release_s=model.release_s,
        rest_s=model.rest_s,
        rep_s=model.rep_s or 0.0,
        for_s=model.for_s or 0.0,
        cue_every_s=model.cue_every_s or 0.0,
        sides=_SIDES[model.sides],
        switch_s=model.switch_s,
        breath=_pace(model.breath, default_pace),
        note=model.note,
        position=model.position,
        how=tuple(model.how),
        basis=model.basis,
    )


def parse_program(data: bytes, file: str, library: Mapping[str, Exercise]) -> Program:
    """Read a program file's bytes. Raises :class:`FileProblems` listing every problem."""
    raw, text = read_toml(data, file)
    where = Locator(file, text)
    check_format(raw, where)
    model, problems = schema_problems(ProgramModel, raw, where, _program_prefix, _program_model_at)
    steps_raw = raw.get("step") if isinstance(raw.get("step"), list) else []
    exercises: list[Exercise | None] = []
    for i, step in enumerate(steps_raw):
        problems += _step_shape(i, step, where)
        exercise, found = _exercise_for(
            i, step.get("exercise") if isinstance(step, dict) else None, library, where
        )
        exercises.append(exercise)
        problems += found
        asks_cues = isinstance(step, dict) and "cue_every_s" in step and "for_s" in step
        if exercise is not None and asks_cues and not exercise.cues:
            message = translate(
                "ProgramFile", "{key}: exercise '{exercise}' has no cues to say"
            ).format(key="cue_every_s", exercise=exercise.id)
            problems.append(where.at(("step", i, "cue_every_s"), step_prefix(i) + message))
    if problems or model is None:
        raise FileProblems(set(problems))
    pace = _pace(model.breath, BreathPace())
    steps = tuple(_build_step(s, ex, pace) for s, ex in zip(model.step, exercises, strict=True))
    return Program(
        id=model.id,
        title=model.title,
        steps=steps,
        description=model.description,
        stage=model.stage,
        get_ready_s=model.get_ready_s,
        breath=pace,
        hidden_with_flags=tuple(model.hidden_with_flags),
        source=file,
        level=model.level,
        pain_cap=model.pain_cap,
        after=tuple(model.after),
        basis=model.basis,
    )
