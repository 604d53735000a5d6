"""Red flags answered yes, per profile, and when each was confirmed as checked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from hamsession.domain.history import SafetyEntry
from hamsession.storage.database import Database
from hamsession.storage.models import SafetyEvent, utc_now


def _entry(row: SafetyEvent) -> SafetyEntry:
    return SafetyEntry(
        flag=row.flag,
        urgency=row.urgency,
        raised_at=row.created_at,
        session_id=row.session_id,
        checked_at=row.acknowledged_at,
        id=row.id,
    )


def new_event(profile_id: int, entry: SafetyEntry) -> SafetyEvent:
    return SafetyEvent(
        profile_id=profile_id,
        session_id=entry.session_id,
        flag=entry.flag,
        urgency=entry.urgency,
        created_at=entry.raised_at,
        acknowledged_at=entry.checked_at,
    )


class SafetyRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, profile_id: int, entries: Sequence[SafetyEntry]) -> None:
        with self.db.session() as s:
            s.add_all(new_event(profile_id, e) for e in entries)

    def entries(
        self, profile_id: int, since: datetime | None = None, open_only: bool = False
    ) -> list[SafetyEntry]:
        """One profile's flags, oldest first (only the unchecked ones with ``open_only``)."""
        query = (
            select(SafetyEvent)
            .where(SafetyEvent.profile_id == profile_id)
            .order_by(SafetyEvent.created_at, SafetyEvent.id)
        )
        if since is not None:
            query = query.where(SafetyEvent.created_at >= since)
        if open_only:
            query = query.where(SafetyEvent.acknowledged_at.is_(None))
        with self.db.session() as s:
            return [_entry(r) for r in s.scalars(query)]

    def check(self, profile_id: int, ids: Sequence[int] | None = None) -> int:
        """Mark open flags as checked (all of them without ``ids``); returns how many."""
        query = select(SafetyEvent).where(
            SafetyEvent.profile_id == profile_id, SafetyEvent.acknowledged_at.is_(None)
        )
        if ids is not None:
            query = query.where(SafetyEvent.id.in_(list(ids)))
        with self.db.session() as s:
            now = utc_now()
            rows = list(s.scalars(query))
            for row in rows:
                row.acknowledged_at = now
            return len(rows)
