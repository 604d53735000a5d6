"""What a flow needs of the place where pages are shown, and of the current profile.

Flows (in the feature packages) are handed objects with these shapes by the shell; they
never import the shell or the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hamsession.domain.profiles import ProfileInfo


class Pages(Protocol):
    """Shows one page at a time in the main window."""

    @property
    def page(self) -> QWidget | None: ...

    def show_page(self, page: QWidget, name: str, kept: bool = False) -> None:
        """Show ``page`` in place of the current one. It is owned by the pages from then
        on, unless ``kept``: then it is only hidden when replaced, and its owner deletes it."""

    def discard_page(self) -> None:
        """Take the one-off page out of sight (deleted unless it was kept)."""

    def home(self) -> None:
        """Back to the program list (or, while a client has the laptop, the locked screen)."""

    def announce(self, window: QWidget, name: str, closed=None) -> None:
        """A dialog or window on top is what the person sees until it closes."""


class Current(Protocol):
    """The profile on screen."""

    @property
    def profile(self) -> ProfileInfo | None: ...

    def set(self, profile: ProfileInfo) -> None: ...
