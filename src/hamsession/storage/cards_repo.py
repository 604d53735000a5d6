"""The "why" cards (resources/cards.toml) and which ones each profile has seen."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from sqlalchemy import select

from hamsession.storage.assets import resources_dir
from hamsession.storage.database import Database
from hamsession.storage.models import SeenCard, utc_now
from hamsession.storage.upserts import insert_new


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    text: str
    sources: tuple[str, ...]
    programs: tuple[str, ...]  # shown once before the first session of these


def load_cards() -> list[Card]:
    with (resources_dir() / "cards.toml").open("rb") as f:
        raw = tomllib.load(f)
    return [
        Card(c["id"], c["title"], c["text"], tuple(c["sources"]), tuple(c["programs"]))
        for c in raw["card"]
    ]


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
