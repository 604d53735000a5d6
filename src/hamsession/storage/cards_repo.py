"""Which "why" cards each profile has seen."""

from __future__ import annotations

from sqlalchemy import select

from hamsession.storage.database import Database
from hamsession.storage.models import SeenCard, utc_now
from hamsession.storage.upserts import insert_new


class CardRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def seen(self, profile_id: int) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(SeenCard.card).where(SeenCard.profile_id == profile_id)))

    def mark_seen(self, profile_id: int, card: str) -> None:
        with self.db.session() as s:
            row = {"profile_id": profile_id, "card": card, "seen_at": utc_now()}
            insert_new(s, SeenCard.__table__, row, ["profile_id", "card"])
