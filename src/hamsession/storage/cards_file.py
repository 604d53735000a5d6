"""The "why" cards, as resources/cards.toml writes them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from hamsession.storage.assets import resources_dir


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
