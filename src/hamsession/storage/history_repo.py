"""Reading and writing profiles, sessions, phases and symptom logs.

Every write is its own committed transaction, so a crash loses at most the
phase in progress. Every query names one profile.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import selectinload

from hamsession.domain.history import (
    RUNNING,
    PhaseEntry,
    SafetyEntry,
    SessionEntry,
    SymptomEntry,
    read_status,
)
from hamsession.domain.programs import Program
from hamsession.storage.database import Database
from hamsession.storage.models import (
    PhaseRow,
    PinGuard,
    Profile,
    ProgramSnapshot,
    ProgramVariant,
    SafetyEvent,
    SessionRow,
    SymptomRow,
    utc_now,
)
from hamsession.storage.safety_repo import new_event


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    pelvic_floor_items: bool
    flags: tuple[str, ...]
    has_pin: bool = False
    weekly_target_min: int | None = None
    last_screening: str = ""


def _info(row: Profile) -> ProfileInfo:
    return ProfileInfo(
        row.id,
        row.name,
        row.pelvic_floor_items,
        tuple(row.flags or ()),
        row.pin_hash is not None,
        row.weekly_target_min,
        row.last_screening or "",
    )


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
                "rest_s": s.rest_s,
                "sides": [side.value if side else None for side in s.sides],
            }
            for s in program.steps
        ],
    }


def _phase_entry(row: PhaseRow) -> PhaseEntry:
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


def _symptom_entry(row: SymptomRow | None) -> SymptomEntry | None:
    if row is None:
        return None
    return SymptomEntry(
        pain_worst=row.pain_worst,
        pain_now=row.pain_now,
        effort=row.effort,
        regions=tuple(row.regions or ()),
        form_signs=tuple(row.form_signs or ()),
        leg_symptoms=tuple(row.leg_symptoms or ()),
        pelvic_floor=dict(row.pelvic_floor or {}),
        notes=row.notes or "",
        logged_at=row.logged_at,
        morning=row.morning,
        morning_pain=row.morning_pain,
        morning_at=row.morning_at,
        feel=row.feel,
    )


def _session_entry(row: SessionRow, with_phases: bool = True) -> SessionEntry:
    return SessionEntry(
        id=row.id,
        program_id=row.snapshot.program_id,
        program_title=row.snapshot.title,
        started_at=row.started_at,
        ended_at=row.ended_at,
        status=read_status(row.status),
        planned_s=row.planned_s,
        paused_s=row.paused_s,
        phases=tuple(_phase_entry(p) for p in row.phases) if with_phases else (),
        symptoms=_symptom_entry(row.symptoms),
    )


def _symptom_columns(entry: SymptomEntry) -> dict:
    values = asdict(entry)
    values["logged_at"] = entry.logged_at or utc_now()
    for key in ("regions", "form_signs", "leg_symptoms"):
        values[key] = list(values[key])
    return values


TENSION_KINDS = ("hold", "move")


class HistoryRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ----- profiles ---------------------------------------------------------------------------
    def profiles(self) -> list[ProfileInfo]:
        with self.db.session() as s:
            return [_info(p) for p in s.scalars(select(Profile).order_by(Profile.name))]

    def find_profile(self, name: str) -> ProfileInfo | None:
        with self.db.session() as s:
            row = s.scalar(select(Profile).where(Profile.name == name))
            return _info(row) if row else None

    def create_profile(self, name: str) -> ProfileInfo:
        with self.db.session() as s:
            row = Profile(name=name, created_at=utc_now(), pelvic_floor_items=False, flags=[])
            s.add(row)
            s.flush()
            return _info(row)

    def rename_profile(self, profile_id: int, name: str) -> ProfileInfo:
        with self.db.session() as s:
            row = s.get(Profile, profile_id)
            row.name = name
            return _info(row)

    def update_profile(self, profile_id: int, **values) -> ProfileInfo:
        """Set plain columns of a profile (pin_hash, weekly_target_min, last_screening)."""
        allowed = {"pin_hash", "weekly_target_min", "last_screening", "flags"}
        if not set(values) <= allowed:
            raise ValueError(f"not a profile setting: {sorted(set(values) - allowed)}")
        with self.db.session() as s:
            row = s.get(Profile, profile_id)
            for key, value in values.items():
                setattr(row, key, value)
            return _info(row)

    def pin_hash(self, profile_id: int) -> str | None:
        with self.db.session() as s:
            return s.scalar(select(Profile.pin_hash).where(Profile.id == profile_id))

    def thresholds(self, profile_id: int) -> dict:
        with self.db.session() as s:
            return dict(s.get(Profile, profile_id).progression or {})

    def set_thresholds(self, profile_id: int, values: dict) -> None:
        with self.db.session() as s:
            s.get(Profile, profile_id).progression = dict(values)

    def variants(self, profile_id: int) -> list[tuple[str, str, str]]:
        """(program id, base program id, TOML) of one profile's variants, oldest first."""
        with self.db.session() as s:
            rows = s.execute(
                select(
                    ProgramVariant.program_id, ProgramVariant.base_program_id, ProgramVariant.body
                )
                .where(ProgramVariant.profile_id == profile_id)
                .order_by(ProgramVariant.id)
            )
            return [tuple(r) for r in rows]

    def add_variant(self, profile_id: int, program_id: str, base_id: str, body: str) -> None:
        with self.db.session() as s:
            s.add(
                ProgramVariant(
                    profile_id=profile_id,
                    program_id=program_id,
                    base_program_id=base_id,
                    created_at=utc_now(),
                    body=body,
                )
            )

    def set_pelvic_floor_items(self, profile_id: int, on: bool) -> ProfileInfo:
        with self.db.session() as s:
            row = s.get(Profile, profile_id)
            row.pelvic_floor_items = on
            return _info(row)

    def delete_profile(self, profile_id: int) -> None:
        """Remove the profile and every row of it, then compact the file."""
        with self.db.session() as s:
            s.execute(delete(Profile).where(Profile.id == profile_id))
            s.execute(delete(PinGuard).where(PinGuard.subject == f"profile:{profile_id}"))
            # Programs played by nobody else go too: their titles may name the client.
            used = select(SessionRow.snapshot_id).distinct()
            s.execute(delete(ProgramSnapshot).where(ProgramSnapshot.id.not_in(used)))
        with self.db.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            conn.execute(text("VACUUM"))

    # ----- sessions ---------------------------------------------------------------------------
    def _snapshot(self, s, body: dict) -> int:
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
        found = s.scalar(select(ProgramSnapshot.id).where(ProgramSnapshot.digest == digest))
        if found is not None:
            return found
        row = ProgramSnapshot(program_id=body["id"], title=body["title"], digest=digest, body=body)
        s.add(row)
        s.flush()
        return row.id

    def start_session(
        self,
        session_id: str,
        profile_id: int,
        program: Program,
        started_at: datetime,
        planned_s: float,
    ) -> None:
        with self.db.session() as s:
            snapshot = self._snapshot(s, program_body(program))
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
        with self.db.session() as s:
            s.add(PhaseRow(session_id=session_id, seq=seq, **asdict(phase)))
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
            values = _symptom_columns(entry)
            if row is None:
                s.add(SymptomRow(session_id=session_id, **values))
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            if flags:
                s.add_all(new_event(profile_id, f) for f in flags)

    def save_morning(self, session_id: str, answer: str, pain: int | None) -> None:
        with self.db.session() as s:
            row = s.get(SymptomRow, session_id)
            row.morning, row.morning_pain, row.morning_at = answer, pain, utc_now()

    def latest_logged(self, profile_id: int) -> tuple[str, datetime, str | None] | None:
        """The newest session with a symptom log: id, start, and its morning answer."""
        with self.db.session() as s:
            row = s.execute(
                select(SessionRow.id, SessionRow.started_at, SymptomRow.morning)
                .join(SymptomRow, SymptomRow.session_id == SessionRow.id)
                .where(SessionRow.profile_id == profile_id, SymptomRow.feel.is_(None))
                .order_by(SessionRow.started_at.desc())
                .limit(1)
            ).first()
            return tuple(row) if row else None

    def sessions(self, profile_id: int, with_phases: bool = True) -> list[SessionEntry]:
        """Every session of one profile, oldest first, with symptoms (and phases unless
        ``with_phases`` is false: the rules and reports need no phases)."""
        loads = [selectinload(SessionRow.symptoms), selectinload(SessionRow.snapshot)]
        if with_phases:
            loads.append(selectinload(SessionRow.phases))
        with self.db.session() as s:
            rows = s.scalars(
                select(SessionRow)
                .where(SessionRow.profile_id == profile_id)
                .order_by(SessionRow.started_at)
                .options(*loads)
            )
            return [_session_entry(r, with_phases) for r in rows]

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
            return _session_entry(row) if row else None

    def chart_rows(
        self, profile_id: int, since: datetime | None = None, program_id: str | None = None
    ) -> list[tuple]:
        """One row per session for the charts, from the summary columns (no phase scans):
        (id, started_at, program_id, status, active_s, tension_s, holds_done,
        pain_worst, pain_now, effort, form_signs, leg_symptoms, pelvic_floor, morning,
        morning_pain, safety_events)."""
        query = (
            select(
                SessionRow.id,
                SessionRow.started_at,
                ProgramSnapshot.program_id,
                SessionRow.status,
                SessionRow.active_s,
                SessionRow.tension_s,
                SessionRow.holds_done,
                SymptomRow.pain_worst,
                SymptomRow.pain_now,
                SymptomRow.effort,
                SymptomRow.form_signs,
                SymptomRow.leg_symptoms,
                SymptomRow.pelvic_floor,
                SymptomRow.morning,
                SymptomRow.morning_pain,
                select(func.count(SafetyEvent.id))
                .where(SafetyEvent.session_id == SessionRow.id)
                .scalar_subquery(),
            )
            .join(ProgramSnapshot, ProgramSnapshot.id == SessionRow.snapshot_id)
            .outerjoin(SymptomRow, SymptomRow.session_id == SessionRow.id)
            .where(SessionRow.profile_id == profile_id)
            .order_by(SessionRow.started_at)
        )
        if since is not None:
            query = query.where(SessionRow.started_at >= since)
        if program_id is not None:
            query = query.where(ProgramSnapshot.program_id == program_id)
        with self.db.session() as s:
            return [tuple(r) for r in s.execute(query)]

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

    def add_sessions(
        self,
        profile_id: int,
        entries: Sequence[SessionEntry],
        progress: Callable[[int], None] | None = None,
        batch: int = 200,
    ) -> int:
        """Insert whole sessions (an import); ids already present in any profile are skipped."""
        return self.import_profiles([(profile_id, entries, ())], progress, batch)[0]

    def import_profiles(
        self,
        groups: Sequence[tuple[int | str, Sequence[SessionEntry], Sequence[SafetyEntry]]],
        progress: Callable[[int], None] | None = None,
        batch: int = 200,
    ) -> list[int]:
        """Insert the sessions and red flags of each (profile id or name, sessions, flags)
        in one transaction.

        A name that no profile has yet creates the profile. Ids already present in any
        profile are skipped, and so are flags the profile already has. Returns how many
        sessions were added per group; on any error nothing at all is written.
        """
        added: list[int] = []
        seen: set[str] = set()
        done = 0
        with self.db.session() as s:
            for who, entries, flags in groups:
                if isinstance(who, str):
                    row = s.scalar(select(Profile).where(Profile.name == who))
                    if row is None:
                        row = Profile(
                            name=who, created_at=utc_now(), pelvic_floor_items=False, flags=[]
                        )
                        s.add(row)
                        s.flush()
                    profile_id = row.id
                else:
                    profile_id = who
                count = 0
                for start in range(0, len(entries), batch):
                    chunk = entries[start : start + batch]
                    ids = [e.id for e in chunk]
                    known = set(s.scalars(select(SessionRow.id).where(SessionRow.id.in_(ids))))
                    for entry in chunk:
                        if entry.id in known or entry.id in seen:
                            continue
                        seen.add(entry.id)
                        self._insert(s, profile_id, entry)
                        count += 1
                    s.flush()
                    done += len(chunk)
                    if progress is not None:
                        progress(done)
                self._import_flags(s, profile_id, flags)
                added.append(count)
        return added

    def _import_flags(self, s, profile_id: int, flags: Sequence[SafetyEntry]) -> None:
        """Add the flags the profile does not have yet; a flag of a session belongs with
        that session only when the session is this profile's."""
        have = {
            (r.session_id, r.flag, None if r.session_id else r.created_at)
            for r in s.scalars(select(SafetyEvent).where(SafetyEvent.profile_id == profile_id))
        }
        sessions = {f.session_id for f in flags if f.session_id}
        own = set(
            s.scalars(
                select(SessionRow.id).where(
                    SessionRow.id.in_(list(sessions)), SessionRow.profile_id == profile_id
                )
            )
        )
        for f in flags:
            if f.session_id is not None and f.session_id not in own:
                continue
            key = (f.session_id, f.flag, None if f.session_id else f.raised_at)
            if key not in have:
                have.add(key)
                s.add(new_event(profile_id, f))

    def _insert(self, s, profile_id: int, e: SessionEntry) -> None:
        body = {"id": e.program_id, "title": e.program_title, "steps": []}
        snapshot = self._snapshot(s, body)
        phases = e.phases
        s.add(
            SessionRow(
                id=e.id,
                profile_id=profile_id,
                snapshot_id=snapshot,
                started_at=e.started_at,
                ended_at=e.ended_at,
                status=RUNNING if e.status == "interrupted" else e.status,
                planned_s=e.planned_s,
                paused_s=e.paused_s,
                phases_done=len(phases),
                holds_done=sum(1 for p in phases if p.kind == "hold" and p.completed),
                active_s=sum(p.actual_s for p in phases),
                tension_s=sum(p.actual_s for p in phases if p.kind in TENSION_KINDS),
            )
        )
        if phases:
            s.flush()  # the session row first, then its phases in one bulk insert
            s.execute(
                insert(PhaseRow),
                [{"session_id": e.id, "seq": i, **asdict(p)} for i, p in enumerate(phases)],
            )
        if e.symptoms is not None:
            s.add(SymptomRow(session_id=e.id, **_symptom_columns(e.symptoms)))
