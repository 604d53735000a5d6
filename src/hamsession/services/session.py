"""Playing a session: the engine for one program and what listens to it."""

from __future__ import annotations

from collections.abc import Callable

from hamsession.domain.engine import SessionEngine
from hamsession.domain.timeline import Timeline
from hamsession.services.programs import ProgramService
from hamsession.services.trace import NO_TRACE, Trace


class SessionRun:
    """One session being played. The engine is driven by the caller's timer."""

    def __init__(self, timeline: Timeline, clock: Callable[[], float], trace: Trace) -> None:
        self.timeline = timeline
        self.engine = SessionEngine(timeline, clock)
        if trace.enabled:
            self.engine.phase_started.connect(trace.phase)
            self.engine.cue_issued.connect(trace.cue)
            self.engine.finished.connect(
                lambda status: trace.event("session_end", t=self.engine.ended_at, status=status)
            )

    @property
    def program(self):
        return self.timeline.program


class SessionService:
    """Builds session runs for programs, on the app's clock and trace."""

    def __init__(
        self, programs: ProgramService, clock: Callable[[], float], trace: Trace = NO_TRACE
    ) -> None:
        self._programs = programs
        self.clock = clock
        self._trace = trace

    def prepare(self, id_or_file: str) -> SessionRun:
        """A run for this program, ready to start. Raises BadInput or FileProblems."""
        return SessionRun(self._programs.timeline(id_or_file), self.clock, self._trace)
