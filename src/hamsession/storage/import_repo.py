"""Importing whole sessions and red flags (an export file), in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import insert, select

from hamsession.domain.history import RUNNING, SafetyEntry, SessionEntry
from hamsession.storage.database import Database
from hamsession.storage.models import PhaseRow, Profile, SafetyEvent, SessionRow, SymptomRow
from hamsession.storage.profiles_repo import new_profile
from hamsession.storage.safety_repo import new_event
from hamsession.storage.sessions_repo import (
    PHASE_FIELDS,
    TENSION_KINDS,
    snapshot_id,
    symptom_columns,
)


class ImportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

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
        elsewhere: list[str] | None = None,
    ) -> list[int]:
        """Insert the sessions and red flags of each (profile id or name, sessions, flags)
        in one transaction.

        A name that no profile has yet creates the profile. Ids already present in any
        profile are skipped, and so are flags the profile already has; the ids skipped
        because another profile holds them are added to ``elsewhere``. Returns how many
        sessions were added per group; on any error nothing at all is written.
        """
        added: list[int] = []
        seen: dict[str, int] = {}  # session id -> the profile it went to
        snapshots: dict[tuple[str, str], int] = {}  # (program id, title) -> snapshot
        done = 0
        with self.db.session() as s:
            for who, entries, flags in groups:
                if isinstance(who, str):
                    row = s.scalar(select(Profile).where(Profile.name == who))
                    if row is None:
                        row = new_profile(who)
                        s.add(row)
                        s.flush()
                    profile_id = row.id
                else:
                    profile_id = who
                count = 0
                for start in range(0, len(entries), batch):
                    chunk = entries[start : start + batch]
                    ids = [e.id for e in chunk]
                    rows = s.execute(
                        select(SessionRow.id, SessionRow.profile_id).where(SessionRow.id.in_(ids))
                    )
                    known = {row[0]: row[1] for row in rows}
                    fresh = []
                    for entry in chunk:
                        owner = known.get(entry.id, seen.get(entry.id))
                        if owner is not None:
                            if owner != profile_id and elsewhere is not None:
                                elsewhere.append(entry.id)
                            continue
                        seen[entry.id] = profile_id
                        fresh.append(entry)
                    self._insert(s, profile_id, fresh, snapshots)
                    count += len(fresh)
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

    def _insert(self, s, profile_id: int, entries: Sequence[SessionEntry], snapshots: dict) -> None:
        """Insert whole sessions with plain executemany statements, one per table."""
        sessions, phases, symptoms = [], [], []
        for e in entries:
            key = (e.program_id, e.program_title)
            if key not in snapshots:
                body = {"id": e.program_id, "title": e.program_title, "steps": []}
                snapshots[key] = snapshot_id(s, body)
            done = e.phases
            sessions.append(
                {
                    "id": e.id,
                    "profile_id": profile_id,
                    "snapshot_id": snapshots[key],
                    "started_at": e.started_at,
                    "ended_at": e.ended_at,
                    "status": RUNNING if e.status == "interrupted" else e.status,
                    "planned_s": e.planned_s,
                    "paused_s": e.paused_s,
                    "phases_done": len(done),
                    "holds_done": sum(1 for p in done if p.kind == "hold" and p.completed),
                    "active_s": sum(p.actual_s for p in done),
                    "tension_s": sum(p.actual_s for p in done if p.kind in TENSION_KINDS),
                }
            )
            for seq, p in enumerate(done):
                row = {name: getattr(p, name) for name in PHASE_FIELDS}
                row["session_id"], row["seq"] = e.id, seq
                phases.append(row)
            if e.symptoms is not None:
                symptoms.append({"session_id": e.id, **symptom_columns(e.symptoms)})
        for table, rows in (
            (SessionRow.__table__, sessions),
            (PhaseRow.__table__, phases),
            (SymptomRow.__table__, symptoms),
        ):
            if rows:
                s.execute(insert(table), rows)
