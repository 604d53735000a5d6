"""A tiny synchronous publish/subscribe signal for the Qt-free domain."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Signal:
    """A list of callbacks called in order when the signal is emitted.

    The domain publishes plain events through these; the ``ui`` layer adapts
    them to Qt signals. Emission is synchronous and re-entrancy safe: handlers
    connected during an emission are called from the next emission on.
    """

    def __init__(self) -> None:
        self._handlers: list[Callable[..., Any]] = []

    def connect(self, handler: Callable[..., Any]) -> None:
        if handler not in self._handlers:
            self._handlers.append(handler)

    def disconnect(self, handler: Callable[..., Any]) -> None:
        self._handlers.remove(handler)

    def emit(self, *args: Any) -> None:
        for handler in tuple(self._handlers):
            handler(*args)
