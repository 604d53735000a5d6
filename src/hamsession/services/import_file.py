"""The export file read back (contracts §6) and imported, in one transaction with the
client part.

The file is read twice from its bytes, never held whole as Python values: the first
reading builds and checks everything but the sessions' phases; the import then streams
the sessions one at a time, checks each with its phases and writes them in batches. A
problem anywhere leaves the database as it was.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from hamsession.domain.file_problems import FileProblems, Problem, first_clause
from hamsession.domain.history import (
    SYMPTOM_FIELDS,
    PhaseEntry,
    SafetyEntry,
    SessionEntry,
    symptom_entry,
)
from hamsession.domain.outcomes import Outcome
from hamsession.domain.profiles import NAME_RULE, checked_name
from hamsession.domain.safety import (
    BY_ID,
    SAME_DAY,
    raised_by_log,
)
from hamsession.domain.sit_bone import F1, SIT_BONE_REGION
from hamsession.domain.words import Words, translate
from hamsession.services.client_file import apply_client
from hamsession.services.errors import BadInput
from hamsession.services.export_file import FORMAT, VERSION
from hamsession.services.export_schema import (
    OUT_OF_YEARS,
    ExportIn,
    OutcomeIn,
    PhaseIn,
    ProfileIn,
    SessionIn,
    utc_moment,
    where,
)
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.storage.reading import IMPORT_LIMIT, Unreadable, read_regular

if TYPE_CHECKING:
    from hamsession.storage.import_repo import ImportWriter


class ImportFile(Words):
    """The context of an import's messages (its plurals: ``ImportFile.tr(...)``)."""


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
        phases=_phases(s.phases),
        symptoms=symptoms,
    )


def _phases(phases: list[PhaseIn]) -> tuple[PhaseEntry, ...]:
    """The checked phases as entries, their times in UTC; raises _BadTime for a time
    no session could have had."""
    done = []
    for k, p in enumerate(phases):
        try:
            started = utc_moment(p["started_at"])
        except ValueError:
            raise _BadTime(("phases", k, "started_at")) from None
        get = p.get
        done.append(
            PhaseEntry(
                p["step"],
                p["exercise"],
                p["kind"],
                get("set"),
                get("rep"),
                get("side"),
                p["planned_s"],
                p["actual_s"],
                started,
                get("completed", True),
            )
        )
    return tuple(done)


_SKIPPED = "(phases read later)"
#: Sessions written per batch while the file is read.
BATCH = 100
#: At most this many problems are listed for one file.
MOST_PROBLEMS = 20


def _without_phases(obj: dict) -> dict:
    """The first reading's hook: a session's phases are noted, not kept."""
    if "phases" in obj:
        obj["phases"] = _SKIPPED
    return obj


@dataclass
class ExportFile:
    """A checked export file: ``profiles`` holds every value but the sessions' phases
    (``sessions`` of each profile counts them); :meth:`read_sessions` reads the file
    again and hands over whole sessions one at a time, each checked with its phases."""

    name: str
    text: str
    profiles: list[ProfileIn]

    def read_sessions(self, take: Callable[[int, SessionEntry], None]) -> None:
        """Call ``take(profile index, session)`` for each session in file order; raises
        FileProblems (after the whole file, or the most problems listed) when any
        session's phases fail their check, or when the file reads differently twice."""
        places = [
            (i, prof.sessions[j].id)
            for i, prof in enumerate(self.profiles)
            for j in range(len(prof.sessions))
        ]
        places.reverse()
        problems: list[Problem] = []
        firsts = [0]  # index of each profile's first session among all of them
        for prof in self.profiles:
            firsts.append(firsts[-1] + len(prof.sessions))
        count = len(places)

        def hook(obj: dict) -> dict | None:
            if not places or places[-1][1] != obj.get("id") or "program" not in obj:
                return obj
            i = places.pop()[0]
            at = ("profiles", i, "sessions", count - len(places) - 1 - firsts[i])
            try:
                entry = _entry(SessionIn.model_validate(obj))
            except ValidationError as err:
                problems.extend(_problems(self.name, err, at))
            except _BadTime as err:
                problems.append(
                    Problem(
                        self.name,
                        0,
                        f"{where((*at, *err.loc))}: value error, {OUT_OF_YEARS}",
                    )
                )
            if len(problems) >= MOST_PROBLEMS:
                raise FileProblems(problems)
            if not problems:
                take(i, entry)
            return None

        with _no_collection():
            json.loads(self.text, object_hook=hook)
        if problems:
            raise FileProblems(problems)
        if places:  # a key given twice in one object: the two readings disagree
            said = translate("ImportFile", "a key appears twice in one object")
            raise FileProblems([Problem(self.name, 0, said)])


class _BadTime(ValueError):
    def __init__(self, loc: tuple) -> None:
        super().__init__(OUT_OF_YEARS)
        self.loc = loc


@contextmanager
def _no_collection() -> Iterator[None]:
    """Python's cycle collector paused while years of short-lived values are made (it
    would scan them thousands of times for nothing; nothing made here forms cycles)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _problems(file: str, err: ValidationError, within: tuple = ()) -> list[Problem]:
    return [
        Problem(file, 0, f"{where((*within, *e['loc']))}: {e['msg'].lower()}")
        for e in err.errors()[:MOST_PROBLEMS]
    ]


def read_export_file(path: Path, shown: str | None = None) -> ExportFile:
    """Read and check the export file at ``path`` (a regular file of sensible size)."""
    shown = str(path) if shown is None else shown
    try:
        data = read_regular(path, IMPORT_LIMIT)
    except Unreadable as err:
        raise FileProblems([Problem(shown, 0, str(err))]) from None
    return read_export(data, shown)


def read_export(data: bytes, file: str) -> ExportFile:
    """Parse and check an export file, all but its phases (those are checked as the
    import reads them); raises FileProblems naming each problem."""
    try:
        text = data.decode("utf-8")
        raw = json.loads(text, object_hook=_without_phases)
    except UnicodeDecodeError:
        problem = Problem(file, 0, translate("ImportFile", "not UTF-8 text"))
        raise FileProblems([problem]) from None
    except json.JSONDecodeError as err:
        said = translate("ImportFile", "not valid JSON: {reason}").format(reason=err.msg)
        raise FileProblems([Problem(file, err.lineno, said)]) from None
    except RecursionError:
        said = translate("ImportFile", "not valid here: nested too deeply")
        raise FileProblems([Problem(file, 0, said)]) from None
    except ValueError as err:  # a number of thousands of digits
        said = translate("ImportFile", "not valid here: {reason}").format(reason=first_clause(err))
        raise FileProblems([Problem(file, 0, said)]) from None
    _check_head(raw, file)
    for prof in raw.get("profiles") if isinstance(raw.get("profiles"), list) else []:
        sessions = prof.get("sessions") if isinstance(prof, dict) else None
        for session in sessions if isinstance(sessions, list) else []:
            if isinstance(session, dict) and session.get("phases") is _SKIPPED:
                session["phases"] = []
    try:
        return ExportFile(file, text, ExportIn.model_validate(raw).profiles)
    except ValidationError as err:
        raise FileProblems(_problems(file, err)) from None


def _check_head(raw: object, file: str) -> None:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        said = translate("ImportFile", "not a Hamsession export file")
        raise FileProblems([Problem(file, 0, said)])
    if raw.get("version") != VERSION:
        said = translate(
            "ImportFile",
            "export version {version} is not one this Hamsession reads (it reads version {ours})",
        ).format(version=repr(raw.get("version")), ours=VERSION)
        raise FileProblems([Problem(file, 0, said)])


def import_export(
    history: HistoryService,
    parsed: ExportFile,
    into: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    programs: ProgramService | None = None,
    notes: list[str] | None = None,
) -> int:
    """Add the file's sessions; sessions already present are skipped. Returns how many were added.

    With ``into``, every session goes to that profile; otherwise each profile of the
    file goes to the profile of the same name, created if missing. A session whose
    phases fail their check stops the import with FileProblems, nothing written.
    """
    total = sum(len(p.sessions) for p in parsed.profiles)
    if into is not None:
        kept = checked_name(into)
        if kept is None:
            raise BadInput(NAME_RULE)
        into = kept
    written: list[Path] = []  # program files the client part saved, taken back on failure
    found: list[str] = []
    try:
        with history.db.transaction(), history.repos.imports.writing() as writer:
            # the sessions and the client part: all or nothing
            ids = [writer.profile(into or prof.name) for prof in parsed.profiles]
            added = _write_sessions(parsed, writer, ids, lambda done: _tick(progress, done, total))
            elsewhere = writer.elsewhere
            for prof, profile_id in zip(parsed.profiles, ids, strict=True):
                writer.add_flags(profile_id, _flags(prof))
                history.repos.outcomes.add(profile_id, [_outcome(o) for o in prof.outcomes])
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
            said = translate("ImportFile", "the file holds a number too large to store ({reason})")
            raise BadInput(said.format(reason=err)) from None
        raise
    if notes is not None:
        notes += found
        if elsewhere:
            said = ImportFile.tr(
                "%n session(s) not imported: another profile already holds the same id(s) "
                "(first: {first})",
                "",
                len(elsewhere),
            )
            notes.append(said.format(first=elsewhere[0]))
    return added


def _tick(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _write_sessions(
    parsed: ExportFile, writer: ImportWriter, ids: list[int], tick: Callable[[int], None]
) -> int:
    """Read the sessions into the writer in batches of one profile each."""
    batch: list[SessionEntry] = []
    owner = -1
    added = done = 0

    def take(i: int, entry: SessionEntry) -> None:
        nonlocal batch, owner, added, done
        if batch and (i != owner or len(batch) >= BATCH):
            added += writer.add(ids[owner], batch)
            done += len(batch)
            tick(done)
            batch = []
        owner = i
        batch.append(entry)

    parsed.read_sessions(take)
    if batch:
        added += writer.add(ids[owner], batch)
        tick(done + len(batch))
    return added


def _outcome(o: OutcomeIn) -> Outcome:
    return Outcome(o.kind, _aware(o.answered_at), tuple((s.item, s.score) for s in o.scores))


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
