"""Clinic-wide settings, PIN attempt counters and programs assigned to profiles."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select

from hamsession.storage.database import Database
from hamsession.storage.models import Assignment, ClinicSetting, PinGuard, utc_now
from hamsession.storage.upserts import add_one, insert_new


class ClinicRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ----- settings ---------------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        with self.db.session() as s:
            row = s.get(ClinicSetting, key)
            return None if row is None else row.value

    def set_setting(self, key: str, value: str | None) -> None:
        with self.db.session() as s:
            row = s.get(ClinicSetting, key)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(ClinicSetting(key=key, value=value))
            else:
                row.value = value

    # ----- wrong PIN tries --------------------------------------------------------------------
    def failures(self, subject: str) -> tuple[int, datetime | None]:
        with self.db.session() as s:
            row = s.get(PinGuard, subject)
            return (0, None) if row is None else (row.failures, row.last_failed_at)

    def record_failure(self, subject: str, when: datetime) -> int:
        """One more wrong try, counted by the database: two at once count two."""
        with self.db.session() as s:
            table = PinGuard.__table__
            return add_one(s, table, {"subject": subject}, "failures", {"last_failed_at": when})

    def clear_failures(self, subject: str) -> None:
        with self.db.session() as s:
            s.execute(delete(PinGuard).where(PinGuard.subject == subject))

    # ----- assigned programs ------------------------------------------------------------------
    def assigned(self, profile_id: int) -> list[str]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(Assignment.program_id)
                    .where(Assignment.profile_id == profile_id)
                    .order_by(Assignment.id)
                )
            )

    def assign(self, profile_id: int, program_id: str) -> None:
        with self.db.session() as s:
            row = {"profile_id": profile_id, "program_id": program_id, "assigned_at": utc_now()}
            insert_new(s, Assignment.__table__, row, ["profile_id", "program_id"])

    def unassign(self, profile_id: int, program_id: str) -> None:
        with self.db.session() as s:
            s.execute(
                delete(Assignment).where(
                    Assignment.profile_id == profile_id, Assignment.program_id == program_id
                )
            )
