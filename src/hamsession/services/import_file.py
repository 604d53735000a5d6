"""The export file read back (contracts §6): its schema, checked whole before anything is
written, and the import itself, one transaction with the client part."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from hamsession.domain.file_problems import FileProblems, Problem, first_clause
from hamsession.domain.history import (
    STATUSES,
    SYMPTOM_FIELDS,
    PhaseEntry,
    SafetyEntry,
    SessionEntry,
    symptom_entry,
)
from hamsession.domain.profiles import NAME_RULE, checked_name
from hamsession.domain.safety import (
    BY_ID,
    EMERGENCY,
    ROUTINE,
    SAME_DAY,
    SOON,
    URGENT,
    raised_by_log,
)
from hamsession.domain.sit_bone import F1, SIT_BONE_REGION
from hamsession.services.client_file import ClientIn, apply_client
from hamsession.services.errors import BadInput
from hamsession.services.export_file import FORMAT, VERSION
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.storage.reading import IMPORT_LIMIT, Unreadable, read_regular

# ----- import: the whole file is validated before anything is written -------------------------
Score = Annotated[int, Field(ge=0, le=10)] | None
Seconds = Annotated[float, Field(ge=0, le=86_400)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


FlagId = Annotated[str, Field(pattern=r"^[a-z0-9_]{1,32}$")]
#: Step, set and rep numbers: far above any real program, well inside SQLite's integers.
Count = Annotated[int, Field(ge=0, le=100_000)]


def _moment(value: datetime) -> datetime:
    """A time a session could have happened at: stored in UTC, so it must convert."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        utc = aware.astimezone(UTC)
    except OverflowError:
        raise ValueError("a time outside the years 1970 to 2200") from None
    if not 1970 <= utc.year <= 2200:
        raise ValueError("a time outside the years 1970 to 2200")
    return aware


#: Times in the file: with or without a time zone, within years anyone exercised.
Moment = Annotated[datetime, AfterValidator(_moment)]


class PhaseIn(_Strict):
    step: Annotated[int, Field(ge=1, le=100_000)]
    exercise: Annotated[str, Field(min_length=1, max_length=64)]
    kind: Literal["get_ready", "inhale", "exhale", "hold", "release", "move", "rest", "switch_side"]
    set: Count | None = None
    rep: Count | None = None
    side: Literal["left", "right"] | None = None
    planned_s: Seconds
    actual_s: Seconds
    started_at: Moment
    completed: bool = True


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
    feel: Literal["better", "same", "worse"] | None = None
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


class ProfileIn(_Strict):
    name: Annotated[str, AfterValidator(_profile_name)]
    sessions: list[SessionIn]
    red_flags: list[RedFlagIn] = []
    client: ClientIn | None = None


class ExportIn(_Strict):
    format: Literal["hamsession-export"]
    version: Literal[1]
    exported_at: Moment | None = None
    profiles: list[ProfileIn]


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _entry(s: SessionIn) -> SessionEntry:
    symptoms = None
    if s.symptoms is not None:
        values = {name: getattr(s.symptoms, name) for name in SYMPTOM_FIELDS}
        symptoms = symptom_entry(
            {k: _aware(v) if isinstance(v, datetime) else v for k, v in values.items()}
        )
    return SessionEntry(
        id=s.id,
        program_id=s.program.id,
        program_title=s.program.title,
        started_at=_aware(s.started_at),
        ended_at=_aware(s.ended_at),
        status=s.status,
        planned_s=s.planned_s,
        paused_s=s.paused_s,
        phases=tuple(
            PhaseEntry(
                p.step,
                p.exercise,
                p.kind,
                p.set,
                p.rep,
                p.side,
                p.planned_s,
                p.actual_s,
                _aware(p.started_at),
                p.completed,
            )
            for p in s.phases
        ),
        symptoms=symptoms,
    )


def _where(loc: tuple) -> str:
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


def read_export_file(path: Path, shown: str | None = None) -> ExportIn:
    """Read and check the export file at ``path`` (a regular file of sensible size)."""
    shown = str(path) if shown is None else shown
    try:
        data = read_regular(path, IMPORT_LIMIT)
    except Unreadable as err:
        raise FileProblems([Problem(shown, 0, str(err))]) from None
    return read_export(data, shown)


def read_export(data: bytes, file: str) -> ExportIn:
    """Parse and validate a whole export file; raises FileProblems naming each problem."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise FileProblems([Problem(file, 0, "not UTF-8 text")]) from None
    except json.JSONDecodeError as err:
        raise FileProblems([Problem(file, err.lineno, f"not valid JSON: {err.msg}")]) from None
    except RecursionError:
        raise FileProblems([Problem(file, 0, "not valid here: nested too deeply")]) from None
    except ValueError as err:  # a number of thousands of digits
        raise FileProblems([Problem(file, 0, f"not valid here: {first_clause(err)}")]) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise FileProblems([Problem(file, 0, "not a Hamsession export file")])
    if raw.get("version") != VERSION:
        raise FileProblems(
            [
                Problem(
                    file,
                    0,
                    f"export version {raw.get('version')!r} is not one this Hamsession reads "
                    f"(it reads version {VERSION})",
                )
            ]
        )
    try:
        return ExportIn.model_validate(raw)
    except ValidationError as err:
        problems = [
            Problem(file, 0, f"{_where(tuple(e['loc']))}: {e['msg'].lower()}")
            for e in err.errors()[:20]
        ]
        raise FileProblems(problems) from None


def import_export(
    history: HistoryService,
    parsed: ExportIn,
    into: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    programs: ProgramService | None = None,
    notes: list[str] | None = None,
) -> int:
    """Add the file's sessions; sessions already present are skipped. Returns how many were added.

    With ``into``, every session goes to that profile; otherwise each profile of the
    file goes to the profile of the same name, created if missing.
    """
    total = sum(len(p.sessions) for p in parsed.profiles)
    groups = [
        (into or prof.name, [_entry(s) for s in prof.sessions], _flags(prof))
        for prof in parsed.profiles
    ]

    def tick(done: int) -> None:
        if progress is not None:
            progress(done, total)

    if into is not None:
        kept = checked_name(into)
        if kept is None:
            raise BadInput(NAME_RULE)
        into = kept
    written: list[Path] = []  # program files the client part saved, taken back on failure
    found: list[str] = []
    try:
        with history.db.transaction():  # the sessions and the client part: all or nothing
            elsewhere: list[str] = []
            added = history.repos.imports.import_profiles(groups, tick, elsewhere=elsewhere)
            for prof in parsed.profiles:
                target = history.repos.profiles.find(into or prof.name)
                if programs is not None and prof.client is not None:
                    found += apply_client(history, programs, target, prof.client, written)
                carried = prof.client is not None and prof.client.flags is not None
                sit_bone = any(
                    s.symptoms and SIT_BONE_REGION in s.symptoms.regions for s in prof.sessions
                )
                if not carried and sit_bone and F1 not in target.flags:
                    history.set_flag(target, F1, True)
    except BaseException as err:
        if programs is not None:
            programs.take_back(written)
        if isinstance(err, OverflowError):  # a value past SQLite's integers
            raise BadInput(f"the file holds a number too large to store ({err})") from None
        raise
    if notes is not None:
        notes += found
        if elsewhere:
            many = len(elsewhere)
            notes.append(
                f"{many} session{'s were' if many > 1 else ' was'} not imported: another "
                f"profile already holds {'sessions' if many > 1 else 'a session'} with the "
                f"same id (first: {elsewhere[0]})"
            )
    return sum(added)


def _urgency(flag: str) -> str:
    """Known flags keep their own urgency; one this version does not know is treated as
    needing a check the same day, so it still stops the advice."""
    return BY_ID[flag].urgency if flag in BY_ID else SAME_DAY


def _flags(prof: ProfileIn) -> list[SafetyEntry]:
    """The profile's red flags: its own list (with when each was checked), and any flag a
    session's log names or raises that the list does not hold, as not yet checked."""
    found: dict[tuple, SafetyEntry] = {}
    for f in prof.red_flags:
        entry = SafetyEntry(
            f.flag,
            f.urgency or _urgency(f.flag),
            _aware(f.raised_at),
            f.session,
            _aware(f.checked_at),
        )
        found[(f.session, f.flag) if f.session else (None, f.flag, entry.raised_at)] = entry
    for s in prof.sessions:
        if s.symptoms is None:
            continue
        when = _aware(s.symptoms.logged_at or s.ended_at or s.started_at)
        for flag in dict.fromkeys([*s.symptoms.red_flags, *raised_by_log(s.symptoms.leg_symptoms)]):
            found.setdefault((s.id, flag), SafetyEntry(flag, _urgency(flag), when, s.id))
    return list(found.values())
