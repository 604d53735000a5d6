"""Drives a :class:`SessionEngine` with one precise, self re-arming QTimer."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from hamsession.domain.engine import EngineState, SessionEngine
from hamsession.domain.sleep_watch import SleepWatch

#: While a session is running the engine is looked at least this often (ms), so a
#: sleep or a freeze is noticed within about a second of waking.
HEARTBEAT_MS = 1000


class EngineTimer(QObject):
    """Wakes the engine at its next deadline, and at least once a second.

    The timer never accumulates anything: after each wake-up it asks the engine
    for its next deadline on the same monotonic clock and arms itself for that
    long, rounded down to whole milliseconds. A wake-up that comes a fraction of
    a millisecond early changes nothing in the engine and re-arms for the rest,
    so boundaries are met within about a millisecond and never early.

    With a :class:`SleepWatch`, every wake-up first asks whether the machine slept
    or the app froze since the last one; if so the engine is interrupted at the
    moment the gap began, before anything that fell due in the gap is played.
    While a session is paused a slower look keeps the wall-clock bookkeeping right.
    """

    def __init__(
        self,
        engine: SessionEngine,
        clock: Callable[[], float],
        parent: QObject | None = None,
        watch: SleepWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._clock = clock
        self._watch = watch
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._paused_look = QTimer(self)
        self._paused_look.setInterval(HEARTBEAT_MS)
        self._paused_look.timeout.connect(self.look)
        engine.state_changed.connect(self._on_engine_state_changed)
        engine.phase_started.connect(self._on_engine_phase_started)

    def rearm(self) -> None:
        deadline = self._engine.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.floor((deadline - self._clock()) * 1000.0))
        if self._watch is not None:
            wait_ms = min(wait_ms, HEARTBEAT_MS)
        self._timer.start(wait_ms)

    def look(self) -> bool:
        """Tell the engine if the machine slept or the app froze since the last look.

        True when that paused a running session.
        """
        if self._watch is None or not self._engine.is_active:
            return False
        gap = self._watch.look()
        if gap is None:
            return False
        was_running = self._engine.state is EngineState.RUNNING
        self._engine.interrupt(gap)
        return was_running

    def stop(self) -> None:
        self._timer.stop()
        self._paused_look.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        if not self.look():
            self._engine.tick(self._clock())
        self.rearm()

    def _on_engine_state_changed(self, state: EngineState) -> None:
        if self._watch is not None:
            if state is EngineState.RUNNING and not self._paused_look.isActive():
                self._watch.reset()
            if state is EngineState.PAUSED:
                self._paused_look.start()
            else:
                self._paused_look.stop()
        self.rearm()

    def _on_engine_phase_started(self, *_: object) -> None:
        self.rearm()
