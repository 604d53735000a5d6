"""The reads the app makes while it opens, answered from the history file with the standard
library's sqlite3, so the first page shows without loading SQLAlchemy.

Each class answers a few of the questions its repository answers, with the same method
names and the same results (a test compares the two over one history); anything else,
and every write, goes to the repositories themselves (see
:mod:`hamsession.storage.deferred`). A question these reads leave to the repositories
raises :class:`NotHere`.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from hamsession.domain.history import (
    RUNNING,
    SYMPTOM_FIELDS,
    SafetyEntry,
    SessionEntry,
    read_status,
    symptom_entry,
)
from hamsession.domain.outcomes import Outcome
from hamsession.domain.profiles import ProfileInfo
from hamsession.storage.history_file import reading_connection
from hamsession.storage.rows import ChartRow, LatestLog, VariantRow
from hamsession.storage.stored_values import EMPTY, JSON_FIELDS, decoded, how_many, stored_utc

#: The symptom log's fields kept as times.
_TIME_FIELDS = frozenset({"logged_at", "morning_at"})


class NotHere(Exception):
    """A question these reads leave to the repositories."""


def _time(stored: str | None) -> datetime | None:
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _stored_time(when: datetime) -> str:
    """A time as SQLAlchemy keeps it in SQLite: naive UTC with microseconds."""
    return when.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


class _Reads:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _rows(self, sql: str, *args: object) -> list[tuple]:
        return self._conn.execute(sql, args).fetchall()


class ProfileReads(_Reads):
    _COLUMNS = "id, name, pelvic_floor_items, flags, pin_hash, weekly_target_min, last_screening"

    @staticmethod
    def _info(row: tuple) -> ProfileInfo:
        flags = json.loads(row[3]) if row[3] else ()
        return ProfileInfo(
            row[0],
            row[1],
            bool(row[2]),
            tuple(flags or ()),
            row[4] is not None,
            row[5],
            row[6] or "",
        )

    def all(self) -> list[ProfileInfo]:
        rows = self._rows(f"SELECT {self._COLUMNS} FROM profiles ORDER BY name")
        return [self._info(r) for r in rows]

    def find(self, name: str) -> ProfileInfo | None:
        rows = self._rows(f"SELECT {self._COLUMNS} FROM profiles WHERE name = ?", name)
        return self._info(rows[0]) if rows else None

    def thresholds(self, profile_id: int) -> dict:
        rows = self._rows("SELECT progression FROM profiles WHERE id = ?", profile_id)
        if not rows:
            raise NotHere  # the repository says what a missing profile means
        return dict(decoded(rows[0][0]) or {})


class ClinicReads(_Reads):
    def setting(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM clinic_settings WHERE key = ?", key)
        return rows[0][0] if rows else None

    def assigned(self, profile_id: int) -> list[str]:
        sql = "SELECT program_id FROM assignments WHERE profile_id = ? ORDER BY id"
        return [r[0] for r in self._rows(sql, profile_id)]


class SafetyReads(_Reads):
    def entries(
        self, profile_id: int, since: datetime | None = None, open_only: bool = False
    ) -> list[SafetyEntry]:
        sql = (
            "SELECT flag, urgency, created_at, session_id, acknowledged_at, id "
            "FROM safety_events WHERE profile_id = ?"
        )
        args: list[object] = [profile_id]
        if since is not None:
            sql += " AND created_at >= ?"
            args.append(_stored_time(since))
        if open_only:
            sql += " AND acknowledged_at IS NULL"
        rows = self._rows(sql + " ORDER BY created_at, id", *args)
        return [
            SafetyEntry(
                flag=r[0],
                urgency=r[1],
                raised_at=_time(r[2]),
                session_id=r[3],
                checked_at=_time(r[4]),
                id=r[5],
            )
            for r in rows
        ]


class SessionReads(_Reads):
    def sessions(self, profile_id: int, with_phases: bool = True) -> list[SessionEntry]:
        if with_phases:
            raise NotHere
        logs = ", ".join(f"l.{name}" for name in SYMPTOM_FIELDS)
        rows = self._rows(
            "SELECT s.id, p.program_id, p.title, s.started_at, s.ended_at, s.status, "
            f"s.planned_s, s.paused_s, l.session_id, {logs} "
            "FROM sessions s JOIN program_snapshots p ON p.id = s.snapshot_id "
            "LEFT JOIN symptom_logs l ON l.session_id = s.id "
            "WHERE s.profile_id = ? ORDER BY s.started_at",
            profile_id,
        )
        found = []
        for row in rows:
            symptoms = None
            if row[8] is not None:
                values = dict(zip(SYMPTOM_FIELDS, row[9:], strict=True))
                for name in JSON_FIELDS:
                    values[name] = decoded(values[name])
                for name in _TIME_FIELDS:
                    values[name] = _time(values[name])
                symptoms = symptom_entry(values)
            found.append(
                SessionEntry(
                    id=row[0],
                    program_id=row[1],
                    program_title=row[2],
                    started_at=_time(row[3]),
                    ended_at=_time(row[4]),
                    status=read_status(row[5]),
                    planned_s=row[6],
                    paused_s=row[7],
                    symptoms=symptoms,
                )
            )
        return found

    def latest_logged(self, profile_id: int) -> LatestLog | None:
        rows = self._rows(
            "SELECT s.id, s.started_at, l.morning FROM sessions s "
            "JOIN symptom_logs l ON l.session_id = s.id "
            "WHERE s.profile_id = ? AND l.feel IS NULL ORDER BY s.started_at DESC LIMIT 1",
            profile_id,
        )
        return LatestLog(rows[0][0], _time(rows[0][1]), rows[0][2]) if rows else None

    def unfinished(self, profile_id: int, other_than: str | None = None) -> list[str]:
        if other_than is None:
            sql = "SELECT id FROM sessions WHERE profile_id = ? AND status = ?"
            return [r[0] for r in self._rows(sql, profile_id, RUNNING)]
        sql = (
            "SELECT s.id FROM sessions s JOIN program_snapshots p ON s.snapshot_id = p.id "
            "WHERE s.profile_id = ? AND s.status = ? AND p.program_id != ?"
        )
        return [r[0] for r in self._rows(sql, profile_id, RUNNING, other_than)]


class VariantReads(_Reads):
    def all(self, profile_id: int) -> list[VariantRow]:
        sql = (
            "SELECT program_id, base_program_id, body FROM program_variants "
            "WHERE profile_id = ? ORDER BY id"
        )
        return [VariantRow(*r) for r in self._rows(sql, profile_id)]


class OutcomeReads(_Reads):
    def all(self, profile_id: int, kind: str | None = None) -> list[Outcome]:
        sql = "SELECT kind, answered_at, scores FROM outcomes WHERE profile_id = ?"
        args: list[object] = [profile_id]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        return [
            Outcome(r[0], _time(r[1]), tuple((str(i), int(v)) for i, v in json.loads(r[2])))
            for r in self._rows(sql + " ORDER BY answered_at, id", *args)
        ]

    def latest(self, profile_id: int, kind: str) -> Outcome | None:
        found = self.all(profile_id, kind)
        return found[-1] if found else None

    def leg_symptoms_since(self, profile_id: int, since: datetime) -> list[datetime]:
        rows = self._rows(
            "SELECT l.logged_at, l.leg_symptoms FROM symptom_logs l "
            "JOIN sessions s ON s.id = l.session_id "
            "WHERE s.profile_id = ? AND l.logged_at >= ?",
            profile_id,
            _stored_time(since),
        )
        return [_time(when) for when, legs in rows if legs not in EMPTY]


class ChartReads(_Reads):
    def first_session_at(self, profile_id: int) -> datetime | None:
        rows = self._rows("SELECT min(started_at) FROM sessions WHERE profile_id = ?", profile_id)
        return _time(rows[0][0])

    def chart_rows(
        self, profile_id: int, since: datetime | None = None, program_id: str | None = None
    ) -> list[ChartRow]:
        """One row per session from the summary columns, oldest first (the CSV export
        reads these without loading the database layer)."""
        sql = _CHART_ROWS
        args: list[object] = [profile_id]
        if since is not None:
            sql += " AND s.started_at >= ?"
            args.append(_stored_time(since))
        if program_id is not None:
            sql += " AND p.program_id = ?"
            args.append(program_id)
        rows = self._rows(sql + " ORDER BY s.started_at", *args)
        events = dict(self._rows(_SAFETY_EVENTS, profile_id))
        return [
            ChartRow(
                *row[:1],
                stored_utc(row[1]),
                *row[2:10],
                how_many(row[10]),
                how_many(row[11]),
                how_many(row[12]) > 0,
                *row[13:],
                events.get(row[0], 0),
            )
            for row in rows
        ]


#: The columns of a :class:`ChartRow`, as chart_repo's query reads them.
_CHART_ROWS = (
    "SELECT s.id, s.started_at, p.program_id, s.status, s.active_s, s.tension_s,"
    " s.holds_done, l.pain_worst, l.pain_now, l.effort, l.form_signs, l.leg_symptoms,"
    " l.pelvic_floor, l.morning, l.morning_pain, l.morning_stiffness"
    " FROM sessions AS s JOIN program_snapshots AS p ON p.id = s.snapshot_id"
    " LEFT OUTER JOIN symptom_logs AS l ON l.session_id = s.id WHERE s.profile_id = ?"
)
_SAFETY_EVENTS = (
    "SELECT session_id, count(*) FROM safety_events"
    " WHERE profile_id = ? AND session_id IS NOT NULL GROUP BY session_id"
)


class CardReads(_Reads):
    def seen(self, profile_id: int) -> set[str]:
        return {
            r[0] for r in self._rows("SELECT card FROM seen_cards WHERE profile_id = ?", profile_id)
        }


class FileReads:
    """The start-up reads over one history file (read-only: nothing here writes)."""

    def __init__(self, path: Path) -> None:
        self._conn = reading_connection(path)
        self.profiles = ProfileReads(self._conn)
        self.clinic = ClinicReads(self._conn)
        self.safety = SafetyReads(self._conn)
        self.sessions = SessionReads(self._conn)
        self.variants = VariantReads(self._conn)
        self.outcomes = OutcomeReads(self._conn)
        self.charts = ChartReads(self._conn)
        self.cards = CardReads(self._conn)

    def close(self) -> None:
        self._conn.close()
