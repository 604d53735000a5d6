"""Sessions as they are played: the session row, each phase, the symptom log, and the
summaries the charts read. Every write is its own committed transaction, so a crash
loses at most the phase in progress. Every query names one profile.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import selectinload

from hamsession.domain.history import (
    RUNNING,
    SYMPTOM_FIELDS,
    PhaseEntry,
    SafetyEntry,
    SessionEntry,
    SymptomEntry,
    read_status,
    symptom_entry,
    symptom_values,
)
from hamsession.domain.programs import Program
from hamsession.storage.database import Database
from hamsession.storage.models import (
    PhaseRow,
    ProgramSnapshot,
    SessionRow,
    SymptomRow,
    utc_now,
)
from hamsession.storage.rows import LatestLog
from hamsession.storage.safety_repo import new_event
from hamsession.storage.stored_values import JSON_FIELDS, decoded
from hamsession.storage.upserts import insert_new

#: Phases that count as time under tension.
TENSION_KINDS = ("hold", "move")


def program_body(program: Program) -> dict:
    """What a snapshot keeps of a program: enough to read its history later."""
    return {
        "id": program.id,
        "title": program.title,
        "steps": [
            {
                "exercise": s.exercise.id,
                "name": s.exercise.name,
                "kind": s.kind.value,
                "sets": s.sets,
                "reps": s.reps,
                "breaths": s.breaths,
                "hold_s": s.hold_s,
                "rep_s": s.rep_s,
                "for_s": s.for_s,
                "rest_s": s.rest_s,
                "sides": [side.value if side else None for side in s.sides],
            }
            for s in program.steps
        ],
    }


#: PhaseEntry's fields, in its order, as PhaseRow names them.
PHASE_FIELDS = PhaseEntry._fields


def phase_of(row: PhaseRow) -> PhaseEntry:
    return PhaseEntry(
        row.step,
        row.exercise,
        row.kind,
        row.set,
        row.rep,
        row.side,
        row.planned_s,
        row.actual_s,
        row.started_at,
        row.completed,
    )


def symptom_of(row: SymptomRow | None) -> SymptomEntry | None:
    if row is None:
        return None
    return symptom_entry({name: getattr(row, name) for name in SYMPTOM_FIELDS})


def symptom_columns(entry: SymptomEntry) -> dict:
    values = symptom_values(entry)
    values["logged_at"] = entry.logged_at or utc_now()
    return values


def session_of(row: SessionRow) -> SessionEntry:
    return SessionEntry(
        id=row.id,
        program_id=row.snapshot.program_id,
        program_title=row.snapshot.title,
        started_at=row.started_at,
        ended_at=row.ended_at,
        status=read_status(row.status),
        planned_s=row.planned_s,
        paused_s=row.paused_s,
        phases=tuple(phase_of(p) for p in row.phases),
        symptoms=symptom_of(row.symptoms),
    )


def snapshot_id(s, body: dict) -> int:
    """The id of the stored snapshot of a program body, stored now if it is new."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    found = s.scalar(select(ProgramSnapshot.id).where(ProgramSnapshot.digest == digest))
    if found is not None:
        return found
    # Another laptop may store the same program this moment: the first one's row stays.
    values = {"program_id": body["id"], "title": body["title"], "digest": digest, "body": body}
    insert_new(s, ProgramSnapshot.__table__, values, ["digest"])
    return s.scalar(select(ProgramSnapshot.id).where(ProgramSnapshot.digest == digest))


class SessionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def quick_writes(self):
        """Writes inside the block do not wait for another writer (see Database)."""
        return self.db.quick_writes()

    def start_session(
        self,
        session_id: str,
        profile_id: int,
        program: Program,
        started_at: datetime,
        planned_s: float,
    ) -> None:
        self.start_with_body(session_id, profile_id, program_body(program), started_at, planned_s)

    def start_with_body(
        self, session_id: str, profile_id: int, body: dict, started_at: datetime, planned_s: float
    ) -> None:
        """The session's row (nothing when it is there already: sent twice, say)."""
        with self.db.session() as s:
            if s.get(SessionRow, session_id) is not None:
                return
            snapshot = snapshot_id(s, body)
            s.add(
                SessionRow(
                    id=session_id,
                    profile_id=profile_id,
                    snapshot_id=snapshot,
                    started_at=started_at,
                    ended_at=None,
                    status=RUNNING,
                    planned_s=planned_s,
                    paused_s=0.0,
                )
            )

    def add_phase(self, session_id: str, seq: int, phase: PhaseEntry) -> None:
        """One finished phase, counted into the session's totals (once: a phase already
        stored, sent twice, is skipped)."""
        with self.db.session() as s:
            there = select(PhaseRow.id).where(
                PhaseRow.session_id == session_id, PhaseRow.seq == seq
            )
            if s.scalar(there) is not None:
                return
            s.add(PhaseRow(session_id=session_id, seq=seq, **phase._asdict()))
            row = s.get(SessionRow, session_id)
            row.phases_done += 1
            row.active_s += phase.actual_s
            if phase.kind == "hold" and phase.completed:
                row.holds_done += 1
            if phase.kind in TENSION_KINDS:
                row.tension_s += phase.actual_s

    def finish_session(
        self, session_id: str, status: str, ended_at: datetime, paused_s: float
    ) -> None:
        with self.db.session() as s:
            row = s.get(SessionRow, session_id)
            row.status, row.ended_at, row.paused_s = status, ended_at, paused_s

    def owner(self, session_id: str) -> int | None:
        """The profile a session belongs to."""
        with self.db.session() as s:
            return s.scalar(select(SessionRow.profile_id).where(SessionRow.id == session_id))

    def save_symptoms(
        self,
        session_id: str,
        entry: SymptomEntry,
        flags: Sequence[SafetyEntry] = (),
        profile_id: int | None = None,
    ) -> None:
        """Save a session's log and the red flags it raised, in one transaction."""
        with self.db.session() as s:
            row = s.get(SymptomRow, session_id)
            values = symptom_columns(entry)
            if row is None:
                s.add(SymptomRow(session_id=session_id, **values))
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            if flags:
                s.add_all(new_event(profile_id, f) for f in flags)

    def save_morning(
        self, session_id: str, answer: str, pain: int | None, stiffness: str | None = None
    ) -> None:
        with self.db.session() as s:
            row = s.get(SymptomRow, session_id)
            row.morning, row.morning_pain, row.morning_at = answer, pain, utc_now()
            row.morning_stiffness = stiffness

    def latest_logged(self, profile_id: int) -> LatestLog | None:
        """The newest session with a symptom log (desk breaks aside), with its morning answer."""
        with self.db.session() as s:
            row = s.execute(
                select(SessionRow.id, SessionRow.started_at, SymptomRow.morning)
                .join(SymptomRow, SymptomRow.session_id == SessionRow.id)
                .where(SessionRow.profile_id == profile_id, SymptomRow.feel.is_(None))
                .order_by(SessionRow.started_at.desc())
                .limit(1)
            ).first()
            return LatestLog(*row) if row else None

    def sessions(self, profile_id: int, with_phases: bool = True) -> list[SessionEntry]:
        """Every session of one profile, oldest first, with symptoms (and phases unless
        ``with_phases`` is false: the rules and reports need no phases)."""
        if not with_phases:
            return self._without_phases(profile_id)
        return [e for batch in self.session_batches(profile_id) for e in batch]

    def session_batches(self, profile_id: int, size: int = 200) -> Iterator[list[SessionEntry]]:
        """Every session of one profile with its phases, oldest first, ``size`` at a time
        (an export of ten years holds one batch of phases at once). Plain queries, no
        ORM objects."""
        found = self._without_phases(profile_id)
        columns = [getattr(PhaseRow, name) for name in PHASE_FIELDS]
        for start in range(0, len(found), size):
            batch = found[start : start + size]
            query = (
                select(PhaseRow.session_id, *columns)
                .where(PhaseRow.session_id.in_([e.id for e in batch]))
                .order_by(PhaseRow.session_id, PhaseRow.seq)
            )
            phases: dict[str, list[PhaseEntry]] = {}
            with self.db.session() as s:  # Core rows: the ORM's result layer costs a third
                for row in s.connection().execute(query):
                    phases.setdefault(row[0], []).append(PhaseEntry(*row[1:]))
            yield [replace(e, phases=tuple(phases.get(e.id, ()))) for e in batch]

    def _without_phases(self, profile_id: int) -> list[SessionEntry]:
        """The sessions and their logs in one plain query (no ORM objects: ten years of
        daily sessions read in a few tens of milliseconds)."""
        symptom_columns = [
            type_coerce(getattr(SymptomRow, name), Text)  # decoded below, when not empty
            if name in JSON_FIELDS
            else getattr(SymptomRow, name)
            for name in SYMPTOM_FIELDS
        ]
        json_at = [9 + i for i, name in enumerate(SYMPTOM_FIELDS) if name in JSON_FIELDS]
        query = (
            select(
                SessionRow.id,
                ProgramSnapshot.program_id,
                ProgramSnapshot.title,
                SessionRow.started_at,
                SessionRow.ended_at,
                SessionRow.status,
                SessionRow.planned_s,
                SessionRow.paused_s,
                SymptomRow.session_id,
                *symptom_columns,
            )
            .join(ProgramSnapshot, ProgramSnapshot.id == SessionRow.snapshot_id)
            .outerjoin(SymptomRow, SymptomRow.session_id == SessionRow.id)
            .where(SessionRow.profile_id == profile_id)
            .order_by(SessionRow.started_at)
        )
        with self.db.session() as s:
            rows = s.connection().execute(query).all()
        found = []
        for stored in rows:
            logged = stored[8] is not None
            row = list(stored)
            for i in json_at:
                row[i] = decoded(row[i])
            symptoms = symptom_entry(dict(zip(SYMPTOM_FIELDS, row[9:], strict=True)))
            found.append(
                SessionEntry(
                    id=row[0],
                    program_id=row[1],
                    program_title=row[2],
                    started_at=row[3],
                    ended_at=row[4],
                    status=read_status(row[5]),
                    planned_s=row[6],
                    paused_s=row[7],
                    symptoms=symptoms if logged else None,
                )
            )
        return found

    def unfinished(self, profile_id: int, other_than: str | None = None) -> list[str]:
        """Sessions that never ended (the app died while they ran), optionally leaving
        one program's sessions aside."""
        query = select(SessionRow.id).where(
            SessionRow.profile_id == profile_id, SessionRow.status == RUNNING
        )
        if other_than is not None:
            query = query.join(ProgramSnapshot, SessionRow.snapshot_id == ProgramSnapshot.id)
            query = query.where(ProgramSnapshot.program_id != other_than)
        with self.db.session() as s:
            return list(s.scalars(query))

    def session(self, profile_id: int, session_id: str) -> SessionEntry | None:
        """One session of one profile (never another profile's)."""
        with self.db.session() as s:
            row = s.scalar(
                select(SessionRow)
                .where(SessionRow.profile_id == profile_id, SessionRow.id == session_id)
                .options(
                    selectinload(SessionRow.phases),
                    selectinload(SessionRow.symptoms),
                    selectinload(SessionRow.snapshot),
                )
            )
            return session_of(row) if row else None

    def last_program(self, profile_id: int, other_than: str) -> str | None:
        """The program of the profile's newest session, leaving one program id aside."""
        with self.db.session() as s:
            return s.scalar(
                select(ProgramSnapshot.program_id)
                .join(SessionRow, SessionRow.snapshot_id == ProgramSnapshot.id)
                .where(
                    SessionRow.profile_id == profile_id, ProgramSnapshot.program_id != other_than
                )
                .order_by(SessionRow.started_at.desc())
                .limit(1)
            )

    def program_ids(self, profile_id: int) -> list[str]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(ProgramSnapshot.program_id)
                    .distinct()
                    .join(SessionRow, SessionRow.snapshot_id == ProgramSnapshot.id)
                    .where(SessionRow.profile_id == profile_id)
                    .order_by(ProgramSnapshot.program_id)
                )
            )
