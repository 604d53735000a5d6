"""Export of a profile's history (contracts §6): JSON version 1, and CSV. Reading it back
is :mod:`hamsession.services.import_file`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime

from hamsession.domain.history import (
    SafetyEntry,
    SessionEntry,
    SymptomEntry,
    read_status,
    symptom_values,
)
from hamsession.domain.outcomes import Outcome
from hamsession.domain.profiles import ProfileInfo
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService

FORMAT, VERSION = "hamsession-export", 1


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _symptoms_json(s: SymptomEntry | None, red_flags: list[str]) -> dict | None:
    if s is None:
        return None
    values = {
        name: _iso(value) if isinstance(value, datetime) else value
        for name, value in symptom_values(s).items()
    }
    return {**values, "red_flags": red_flags}


def _flag_json(e: SafetyEntry) -> dict:
    return {
        "flag": e.flag,
        "urgency": e.urgency,
        "session": e.session_id,
        "raised_at": _iso(e.raised_at),
        "checked_at": _iso(e.checked_at),
    }


def _outcome_json(o: Outcome) -> dict:
    return {
        "kind": o.kind,
        "answered_at": _iso(o.answered_at),
        "scores": [{"item": item, "score": score} for item, score in o.scores],
    }


def session_json(e: SessionEntry, red_flags: list[str] | None = None) -> dict:
    return {
        "id": e.id,
        "program": {"id": e.program_id, "title": e.program_title},
        "started_at": _iso(e.started_at),
        "ended_at": _iso(e.ended_at),
        "status": e.status,
        "planned_s": e.planned_s,
        "paused_s": e.paused_s,
        "phases": [
            {
                "step": p.step,
                "exercise": p.exercise,
                "kind": p.kind,
                "set": p.set,
                "rep": p.rep,
                "side": p.side,
                "planned_s": p.planned_s,
                "actual_s": p.actual_s,
                "started_at": _iso(p.started_at),
                "completed": p.completed,
            }
            for p in e.phases
        ],
        "symptoms": _symptoms_json(e.symptoms, red_flags or []),
    }


def export_json(
    history: HistoryService, profiles: list[ProfileInfo], programs: ProgramService | None = None
) -> dict:
    """The export document as values (see :func:`export_text`, which it reads back)."""
    return json.loads("".join(export_text(history, profiles, programs)))


def export_text(
    history: HistoryService, profiles: list[ProfileInfo], programs: ProgramService | None = None
) -> Iterator[str]:
    """The export document as compact JSON text, in pieces of one batch of sessions, so
    ten years are never held whole. With ``programs``, each profile also carries its
    settings and programs (the ``client`` object), so the file can move a client to
    another computer."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    head = {"format": FORMAT, "version": VERSION, "exported_at": datetime.now(UTC).isoformat()}
    yield dumps(head)[:-1] + ',"profiles":['
    for n, p in enumerate(profiles):
        flags = history.repos.safety.entries(p.id)
        by_session: dict[str, list[str]] = {}
        for f in flags:
            if f.session_id is not None:
                by_session.setdefault(f.session_id, []).append(f.flag)
        yield f'{"," if n else ""}{{"name":{dumps(p.name)},"sessions":['
        sep = ""
        for batch in history.session_batches(p):
            if batch:
                yield sep + ",".join(dumps(session_json(e, by_session.get(e.id))) for e in batch)
                sep = ","
        yield f'],"red_flags":{dumps([_flag_json(f) for f in flags])}'
        checkins = [_outcome_json(o) for o in history.repos.outcomes.all(p.id)]
        yield f',"outcomes":{dumps(checkins)}'
        if programs is not None:
            from hamsession.services.client_file import client_json  # pydantic: JSON only

            yield f',"client":{dumps(client_json(history, programs, p))}'
        yield "}"
    yield "]}\n"


CSV_COLUMNS = [
    "session_id",
    "date",
    "program",
    "status",
    "minutes",
    "holds_completed",
    "pain_worst",
    "pain_now",
    "effort",
]


def export_csv(history: HistoryService, profile: ProfileInfo) -> str:
    """One row per session, from the summary columns each session keeps (no phase is
    read: ten years export in well under a second)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in history.repos.charts.chart_rows(profile.id):
        writer.writerow(
            [
                row.id,
                _iso(row.started_at),
                row.program_id,
                read_status(row.status),
                f"{row.active_s / 60.0:.1f}",
                row.holds_done,
                row.pain_worst,
                row.pain_now,
                row.effort,
            ]
        )
    return out.getvalue()
