"""The periodic check-ins of each profile, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Text, select, type_coerce

from hamsession.domain.outcomes import Outcome
from hamsession.storage.database import Database
from hamsession.storage.models import OutcomeRow, SessionRow, SymptomRow
from hamsession.storage.stored_values import EMPTY


def _outcome(row: OutcomeRow) -> Outcome:
    return Outcome(row.kind, row.answered_at, tuple((str(i), int(s)) for i, s in row.scores))


class OutcomeRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, profile_id: int, outcomes: Sequence[Outcome]) -> int:
        """Keep the check-ins the profile does not have yet (same kind and time); returns
        how many were new."""
        with self.db.session() as s:
            have = {
                (r.kind, r.answered_at)
                for r in s.scalars(select(OutcomeRow).where(OutcomeRow.profile_id == profile_id))
            }
            new: dict[tuple, Outcome] = {}  # one per kind and time: the first given
            for o in outcomes:
                if (o.kind, o.answered_at) not in have:
                    new.setdefault((o.kind, o.answered_at), o)
            s.add_all(
                OutcomeRow(
                    profile_id=profile_id,
                    kind=o.kind,
                    answered_at=o.answered_at,
                    scores=[[item, score] for item, score in o.scores],
                )
                for o in new.values()
            )
            return len(new)

    def all(self, profile_id: int, kind: str | None = None) -> list[Outcome]:
        query = (
            select(OutcomeRow)
            .where(OutcomeRow.profile_id == profile_id)
            .order_by(OutcomeRow.answered_at, OutcomeRow.id)
        )
        if kind is not None:
            query = query.where(OutcomeRow.kind == kind)
        with self.db.session() as s:
            return [_outcome(r) for r in s.scalars(query)]

    def latest(self, profile_id: int, kind: str) -> Outcome | None:
        found = self.all(profile_id, kind)
        return found[-1] if found else None

    def leg_symptoms_since(self, profile_id: int, since: datetime) -> list[datetime]:
        """When the profile's logs since ``since`` named any leg symptom."""
        query = (
            select(SymptomRow.logged_at, type_coerce(SymptomRow.leg_symptoms, Text))
            .join(SessionRow, SessionRow.id == SymptomRow.session_id)
            .where(SessionRow.profile_id == profile_id, SymptomRow.logged_at >= since)
        )
        with self.db.session() as s:
            return [when for when, legs in s.execute(query) if legs not in EMPTY]
