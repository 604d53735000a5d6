"""The periodic check-ins (domain/outcomes.py) of a profile: when each is due, and
keeping the answers."""

from __future__ import annotations

from datetime import UTC, datetime

from hamsession.domain.outcomes import (
    PSFS,
    SBI,
    SBI_WINDOW,
    Outcome,
    psfs_due,
    sbi_due,
    score_problem,
)
from hamsession.domain.profiles import ProfileInfo
from hamsession.services.errors import BadInput
from hamsession.services.history import HistoryService


class OutcomeService:
    def __init__(self, history: HistoryService) -> None:
        self.history = history
        self.repo = history.repos.outcomes

    def due(self, profile: ProfileInfo, now: datetime | None = None) -> list[str]:
        """The check-ins to ask at this start, in order (leg symptoms first)."""
        now = now or datetime.now(UTC)
        found = []
        last = self.repo.latest(profile.id, SBI)
        legs = self.repo.leg_symptoms_since(profile.id, now - SBI_WINDOW)
        if sbi_due(last.answered_at if last else None, legs, now):
            found.append(SBI)
        last = self.repo.latest(profile.id, PSFS)
        first = self.history.repos.charts.first_session_at(profile.id)
        if psfs_due(last.answered_at if last else None, first, now):
            found.append(PSFS)
        return found

    def activities(self, profile: ProfileInfo) -> list[str]:
        """The activities named last time: the scale asks about the same ones again."""
        last = self.repo.latest(profile.id, PSFS)
        return [item for item, _score in last.scores] if last else []

    def save(
        self,
        profile: ProfileInfo,
        kind: str,
        scores: list[tuple[str, int]],
        now: datetime | None = None,
    ) -> Outcome:
        """Keep one check-in (BadInput for answers out of range; NotSaved when the
        history cannot be written)."""
        cleaned = [(item.strip(), score) for item, score in scores]
        problem = score_problem(kind, cleaned)
        if problem is not None:
            raise BadInput(problem)
        outcome = Outcome(kind, now or datetime.now(UTC), tuple(cleaned))
        with self.history.writing():
            self.repo.add(profile.id, [outcome])
        return outcome

    def all(self, profile: ProfileInfo) -> list[Outcome]:
        return self.repo.all(profile.id)
