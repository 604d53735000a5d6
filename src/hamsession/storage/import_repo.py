"""Importing whole sessions and red flags (an export file), in one transaction.

Sessions arrive in batches (:class:`ImportWriter`), so a file of years of history is
written as it is read, never held whole; the rows go to the driver's executemany with
their values already in the form the database stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

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
from hamsession.storage.upserts import one_at_a_time

SESSION_COLUMNS = (
    "id",
    "profile_id",
    "snapshot_id",
    "started_at",
    "ended_at",
    "status",
    "planned_s",
    "paused_s",
    "phases_done",
    "holds_done",
    "active_s",
    "tension_s",
)
PHASE_COLUMNS = (
    "session_id",
    "seq",
    "step",
    "exercise",
    "kind",
    "set",
    "rep",
    "side",
    "planned_s",
    "actual_s",
    "started_at",
    "completed",
)
assert PHASE_COLUMNS[2:] == PHASE_FIELDS, "the phase rows below follow PhaseEntry's fields"


def _stored_time(dialect) -> Callable[[datetime | None], object]:
    """How a UTC time goes to the driver: SQLite keeps SQLAlchemy's text form
    (``2016-01-01 07:30:00.000000``), other engines take the naive UTC datetime."""

    def naive(value: datetime | None) -> datetime | None:
        return None if value is None else value.astimezone(UTC).replace(tzinfo=None)

    if dialect.name != "sqlite":
        return naive

    def text(value: datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is UTC:  # the common case, one call: drop the "+00:00"
            return value.isoformat(" ", "microseconds")[:26]
        return naive(value).isoformat(" ", "microseconds")

    return text


class _Bulk:
    """One table's plain INSERT, run with executemany on rows given as tuples."""

    def __init__(self, s, table, columns: Sequence[str]) -> None:
        self.connection = s.connection()
        dialect = self.connection.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        self.sql = str(compiled)
        self.columns = tuple(columns)
        self.positional = compiled.positional
        if self.positional and tuple(compiled.positiontup) != self.columns:
            order = [self.columns.index(name) for name in compiled.positiontup]
            self.order: list[int] | None = order
        else:
            self.order = None

    def run(self, rows: list[tuple]) -> None:
        if not rows:
            return
        if not self.positional:
            params: list = [dict(zip(self.columns, row, strict=True)) for row in rows]
        elif self.order is not None:
            params = [tuple(row[i] for i in self.order) for row in rows]
        else:
            params = rows
        self.connection.exec_driver_sql(self.sql, params)


class ImportWriter:
    """The open transaction of one import: profiles found or created, sessions added in
    batches (ids already present in any profile skipped), red flags added once."""

    def __init__(self, s) -> None:
        self.s = s
        self.seen: dict[str, int] = {}  # session id -> the profile it went to
        self.snapshots: dict[tuple[str, str], int] = {}  # (program id, title) -> snapshot
        self.elsewhere: list[str] = []  # ids skipped because another profile holds them
        self.time = _stored_time(s.connection().dialect)
        self.sessions = _Bulk(s, SessionRow.__table__, SESSION_COLUMNS)
        self.phases = _Bulk(s, PhaseRow.__table__, PHASE_COLUMNS)
        self.symptoms: _Bulk | None = None

    def profile(self, who: int | str) -> int:
        """The id of a profile given by id, or by name (created when no profile has it)."""
        if not isinstance(who, str):
            return who
        row = self.s.scalar(select(Profile).where(Profile.name == who))
        if row is None:
            row = new_profile(who)
            self.s.add(row)
            self.s.flush()
        return row.id

    def add(self, profile_id: int, entries: Sequence[SessionEntry]) -> int:
        """Add the sessions no profile has yet; returns how many were added."""
        ids = [e.id for e in entries]
        rows = self.s.execute(
            select(SessionRow.id, SessionRow.profile_id).where(SessionRow.id.in_(ids))
        )
        known = {row[0]: row[1] for row in rows}
        fresh = []
        for entry in entries:
            owner = known.get(entry.id, self.seen.get(entry.id))
            if owner is not None:
                if owner != profile_id:
                    self.elsewhere.append(entry.id)
                continue
            self.seen[entry.id] = profile_id
            fresh.append(entry)
        self._insert(profile_id, fresh)
        return len(fresh)

    def _insert(self, profile_id: int, entries: Sequence[SessionEntry]) -> None:
        time = self.time
        sessions, phases, symptoms = [], [], []
        for e in entries:
            key = (e.program_id, e.program_title)
            if key not in self.snapshots:
                body = {"id": e.program_id, "title": e.program_title, "steps": []}
                self.snapshots[key] = snapshot_id(self.s, body)
            done = e.phases
            sessions.append(
                (
                    e.id,
                    profile_id,
                    self.snapshots[key],
                    time(e.started_at),
                    time(e.ended_at),
                    RUNNING if e.status == "interrupted" else e.status,
                    e.planned_s,
                    e.paused_s,
                    len(done),
                    sum(1 for p in done if p.kind == "hold" and p.completed),
                    sum(p.actual_s for p in done),
                    sum(p.actual_s for p in done if p.kind in TENSION_KINDS),
                )
            )
            phases.extend(
                (
                    e.id,
                    seq,
                    p.step,
                    p.exercise,
                    p.kind,
                    p.set,
                    p.rep,
                    p.side,
                    p.planned_s,
                    p.actual_s,
                    time(p.started_at),
                    p.completed,
                )
                for seq, p in enumerate(done)
            )
            if e.symptoms is not None:
                symptoms.append({"session_id": e.id, **symptom_columns(e.symptoms)})
        self.sessions.run(sessions)
        self.phases.run(phases)
        if symptoms:  # few and varied: through SQLAlchemy, which knows their JSON columns
            self.s.execute(insert(SymptomRow.__table__), symptoms)

    def add_flags(self, profile_id: int, flags: Sequence[SafetyEntry]) -> None:
        """Add the flags the profile does not have yet; a flag of a session belongs with
        that session only when the session is this profile's."""
        s = self.s
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


class ImportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def writing(self) -> Iterator[ImportWriter]:
        """An import's writer; everything it writes is committed at the end of the block,
        or nothing on an error."""
        with self.db.session() as s:
            # Two laptops importing one file at once: the second waits, then finds the
            # sessions the first added and skips them (ids are kept), adding nothing twice.
            one_at_a_time(s, "import")
            yield ImportWriter(s)

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
        in one transaction; see :class:`ImportWriter`. Returns how many sessions were
        added per group; on any error nothing at all is written."""
        added: list[int] = []
        done = 0
        with self.writing() as writer:
            for who, entries, flags in groups:
                profile_id = writer.profile(who)
                count = 0
                for start in range(0, len(entries), batch):
                    chunk = entries[start : start + batch]
                    count += writer.add(profile_id, chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done)
                writer.add_flags(profile_id, flags)
                added.append(count)
            if elsewhere is not None:
                elsewhere += writer.elsewhere
        return added
