"""The export file's schema as an import reads it (contracts §6): every value checked,
with limits far above any real history and inside what the database can store."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Literal, NotRequired

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from typing_extensions import TypedDict

from hamsession.domain.history import STATUSES
from hamsession.domain.outcomes import score_problem
from hamsession.domain.profiles import NAME_RULE, checked_name
from hamsession.domain.safety import EMERGENCY, ROUTINE, SAME_DAY, SOON, URGENT
from hamsession.services.client_file import ClientIn

Score = Annotated[int, Field(ge=0, le=10)] | None
Seconds = Annotated[float, Field(ge=0, le=86_400)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


FlagId = Annotated[str, Field(pattern=r"^[a-z0-9_]{1,32}$")]
#: Step, set and rep numbers: far above any real program, well inside SQLite's integers.
Count = Annotated[int, Field(ge=0, le=100_000)]


OUT_OF_YEARS = "a time outside the years 1970 to 2200"


def utc_moment(value: datetime) -> datetime:
    """A time a session could have happened at, in UTC (a time without a zone is UTC);
    raises ValueError for any other."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        utc = aware.astimezone(UTC)
    except OverflowError:
        raise ValueError(OUT_OF_YEARS) from None
    if not 1970 <= utc.year <= 2200:
        raise ValueError(OUT_OF_YEARS)
    return utc


def _moment(value: datetime) -> datetime:
    """A time a session could have happened at: stored in UTC, so it must convert."""
    utc_moment(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


#: Times in the file: with or without a time zone, within years anyone exercised.
Moment = Annotated[datetime, AfterValidator(_moment)]


class PhaseIn(TypedDict):
    """A phase as a plain dict (years of them are read): its time is checked, and made
    UTC, as the session is turned into an entry (see :func:`utc_moment`)."""

    __pydantic_config__ = ConfigDict(extra="forbid", allow_inf_nan=False)  # type: ignore[misc]
    step: Annotated[int, Field(ge=1, le=100_000)]
    exercise: Annotated[str, Field(min_length=1, max_length=64)]
    kind: Literal["get_ready", "inhale", "exhale", "hold", "release", "move", "rest", "switch_side"]
    set: NotRequired[Count | None]
    rep: NotRequired[Count | None]
    side: NotRequired[Literal["left", "right"] | None]
    planned_s: Seconds
    actual_s: Seconds
    started_at: datetime
    completed: NotRequired[bool]


class SymptomsIn(_Strict):
    pain_worst: Score = None
    pain_now: Score = None
    effort: Score = None
    regions: list[str] = []
    form_signs: list[str] = []
    leg_symptoms: list[str] = []
    #: The optional pelvic-floor answers: short words per question (never numbers or lists).
    pelvic_floor: dict[
        Annotated[str, Field(max_length=32)], Annotated[str, Field(max_length=500)]
    ] = {}
    notes: Annotated[str, Field(max_length=20_000)] = ""
    logged_at: Moment | None = None
    morning: Literal["better", "same", "worse"] | None = None
    morning_pain: Score = None
    morning_at: Moment | None = None
    morning_stiffness: Literal["better", "same", "worse"] | None = None
    feel: Literal["better", "same", "worse"] | None = None
    #: The worst pain of each region that hurt: {"low_back": 4}.
    region_pain: dict[Annotated[str, Field(max_length=32)], Annotated[int, Field(ge=0, le=10)]] = {}
    red_flags: Annotated[list[FlagId], Field(max_length=50)] = []


class RedFlagIn(_Strict):
    """A red flag of a profile, with the session it was raised in and when it was checked."""

    flag: FlagId
    urgency: Literal[EMERGENCY, URGENT, SAME_DAY, SOON, ROUTINE] | None = None
    session: Annotated[str, Field(min_length=1, max_length=36)] | None = None
    raised_at: Moment
    checked_at: Moment | None = None


class ProgramIn(_Strict):
    id: Annotated[str, Field(min_length=1, max_length=64)]
    title: Annotated[str, Field(min_length=1, max_length=200)]


class SessionIn(_Strict):
    id: Annotated[str, Field(min_length=1, max_length=36)]
    program: ProgramIn
    started_at: Moment
    ended_at: Moment | None = None
    status: Literal[STATUSES]
    planned_s: Seconds = 0.0
    paused_s: Seconds = 0.0
    phases: list[PhaseIn] = []
    symptoms: SymptomsIn | None = None


def _profile_name(value: str) -> str:
    kept = checked_name(value)
    if kept is None:
        raise ValueError(NAME_RULE)
    return kept


class ScoreIn(_Strict):
    item: Annotated[str, Field(min_length=1, max_length=120)]
    score: Annotated[int, Field(ge=0, le=10)]


class OutcomeIn(_Strict):
    """A periodic check-in (the leg-symptom index or the activity scale)."""

    kind: Literal["sbi", "psfs"]
    answered_at: Moment
    scores: Annotated[list[ScoreIn], Field(max_length=10)]

    @model_validator(mode="after")
    def _whole(self) -> OutcomeIn:
        problem = score_problem(self.kind, [(s.item, s.score) for s in self.scores])
        if problem is not None:
            raise ValueError(problem)
        return self


class ProfileIn(_Strict):
    name: Annotated[str, AfterValidator(_profile_name)]
    sessions: list[SessionIn]
    red_flags: list[RedFlagIn] = []
    outcomes: list[OutcomeIn] = []
    client: ClientIn | None = None


class ExportIn(_Strict):
    format: Literal["hamsession-export"]
    version: Literal[1]
    exported_at: Moment | None = None
    profiles: list[ProfileIn]


def where(loc: tuple) -> str:
    """``profiles[1].sessions[2].phases[1].step``; a key that is not a plain name is
    quoted, so an odd key in a file (a line break, say) cannot break the message."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            index = f"[{item + 1}]"
            parts[-1:] = [parts[-1] + index] if parts else [index]
        else:
            name = str(item)
            parts.append(name if name.isidentifier() else json.dumps(name))
    return ".".join(parts)
