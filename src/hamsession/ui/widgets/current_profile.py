"""The profile whose programs and history are on screen, as one object that says when it
changes (so nothing keeps its own copy in step by hand)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from hamsession.domain.profiles import ProfileInfo


class CurrentProfile(QObject):
    changed = Signal(object)  # the ProfileInfo now current

    def __init__(self, profile: ProfileInfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile = profile

    @property
    def profile(self) -> ProfileInfo | None:
        return self._profile

    def set(self, profile: ProfileInfo) -> None:
        """Make ``profile`` current (or take its newer state); listeners hear of it."""
        self._profile = profile
        self.changed.emit(profile)
