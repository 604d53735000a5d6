"""What a screen reader hears of the player: each phase said once as it begins (a polite
announcement, never more than one a phase), and the phase, its count and the set and
rep as the accessible name of the phase word."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announce(QObject):
    """The translation context of what is announced; never made (pyside6-lupdate reads a
    plural only from ``tr()``, so the plural is looked up as ``Announce.tr(text, "", n)``)."""


def phase_words(label: str, seconds: int, where: str, cue: str) -> str:
    """ "Hold, 5 seconds. Set 1 of 2 · Rep 3 of 5. Exhale into the effort"."""
    said = Announce.tr("{label}, %n second(s)", "", seconds)
    parts = [said.format(label=label)]
    if where:
        parts.append(where)
    if cue and cue.lower() != label.lower():
        parts.append(cue)
    return ". ".join(parts)


def announce(widget: QWidget, text: str) -> None:
    """Say ``text`` through the screen reader, without taking the focus."""
    if not QAccessible.isActive():
        return  # no assistive technology listening: nothing to build
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
