"""The ideas behind the programs ("why" cards): each shown once to a profile, before the
first session of a program it belongs to, and all of them from Help."""

from __future__ import annotations

from hamsession.domain.languages import SOURCE_LANGUAGE
from hamsession.domain.profiles import ProfileInfo
from hamsession.domain.words import translate
from hamsession.storage.cards_file import Card, load_cards


class CardService:
    def __init__(self, history, language: str = SOURCE_LANGUAGE) -> None:
        self._repo = history.repos.cards
        self._language = language
        self._cards: list[Card] | None = None

    def all(self) -> list[Card]:
        if self._cards is None:
            self._cards = load_cards(self._language)
        return self._cards

    def due(self, profile: ProfileInfo, program_id: str) -> list[Card]:
        """The cards of this program the profile has not seen yet."""
        seen = self._repo.seen(profile.id)
        return [c for c in self.all() if program_id in c.programs and c.id not in seen]

    def ending(self, program_id: str) -> list[Card]:
        """The cards a session of this program ends on (every time)."""
        return [c for c in self.all() if program_id in c.ends]

    def seen(self, profile: ProfileInfo, card: Card) -> None:
        """Remember the card was shown. When the history cannot be written just now (busy
        with an import, a full disk) it is simply shown again next time."""
        from hamsession.storage.errors import write_problem

        try:
            self._repo.mark_seen(profile.id, card.id)
        except Exception as err:
            if write_problem(err) is None:
                raise


def every_card(language: str = SOURCE_LANGUAGE) -> list[Card]:
    return load_cards(language)


def card_text(card: Card) -> str:
    sources = translate("Cards", "(Sources: {sources})").format(sources=", ".join(card.sources))
    return f"{card.title}\n\n{card.text}\n\n{sources}"


def all_cards_text(cards: list[Card]) -> str:
    return "\n\n\n".join(card_text(c) for c in cards)
