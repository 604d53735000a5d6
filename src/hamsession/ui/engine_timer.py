"""Drives a :class:`SessionEngine` with one precise, self re-arming QTimer."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from hamsession.domain.engine import SessionEngine


class EngineTimer(QObject):
    """Wakes the engine at its next deadline, and only then.

    The timer never accumulates anything: after each wake-up it asks the engine
    for its next deadline on the same monotonic clock and arms itself for that
    long, rounded down to whole milliseconds. A wake-up that comes a fraction of
    a millisecond early changes nothing in the engine and re-arms for the rest,
    so boundaries are met within about a millisecond and never early.
    """

    def __init__(
        self, engine: SessionEngine, clock: Callable[[], float], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        engine.state_changed.connect(self._on_engine_changed)
        engine.phase_started.connect(self._on_engine_changed)

    def rearm(self) -> None:
        deadline = self._engine.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.floor((deadline - self._clock()) * 1000.0))
        self._timer.start(wait_ms)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        self._engine.tick(self._clock())
        self.rearm()

    def _on_engine_changed(self, *_: object) -> None:
        self.rearm()
