"""The "why" cards, as resources/cards.toml writes them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from hamsession.domain.languages import SOURCE_LANGUAGE
from hamsession.storage.assets import resources_dir


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    text: str
    sources: tuple[str, ...]
    programs: tuple[str, ...]  # shown once before the first session of these
    ends: tuple[str, ...] = ()  # shown at the end of every session of these


def load_cards(language: str = SOURCE_LANGUAGE) -> list[Card]:
    """The cards, their titles and texts in ``language`` where it has them."""
    from hamsession.storage.library import overlay

    with (resources_dir() / "cards.toml").open("rb") as f:
        raw = tomllib.load(f)
    own = {c.get("id"): c for c in overlay(language, "cards.toml").get("card", [])}
    cards = []
    for c in raw["card"]:
        words = own.get(c["id"], {})
        title, text = (
            words.get(k) if isinstance(words.get(k), str) else c[k] for k in ("title", "text")
        )
        ends = tuple(c.get("ends", ()))
        cards.append(Card(c["id"], title, text, tuple(c["sources"]), tuple(c["programs"]), ends))
    return cards
