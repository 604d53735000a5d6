"""Playing a session: the engine for one program and what listens to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hamsession.domain.engine import SessionEngine
from hamsession.domain.sit_bone import hidden, regressed, why
from hamsession.domain.sleep_watch import SleepWatch
from hamsession.domain.timeline import Timeline, compile_program
from hamsession.domain.words import translate
from hamsession.services.errors import BadInput
from hamsession.services.programs import ProgramService
from hamsession.services.recording import SessionRecorder
from hamsession.services.trace import NO_TRACE, Trace

if TYPE_CHECKING:
    from hamsession.domain.profiles import ProfileInfo
    from hamsession.services.history import HistoryService
    from hamsession.services.variants import VariantService


class SessionRun:
    """One session being played. The engine is driven by the caller's timer."""

    def __init__(self, timeline: Timeline, clock: Callable[[], float], trace: Trace) -> None:
        self.timeline = timeline
        self.engine = SessionEngine(timeline, clock)
        self.recorder = None  # a SessionRecorder when the session is being saved
        self.left_out = ""  # the one line saying which steps a profile flag left out, and why
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
    """Builds session runs for programs, on the app's clock and trace.

    With a history and a profile, every run is saved to that profile as it plays.
    """

    def __init__(
        self,
        programs: ProgramService,
        clock: Callable[[], float],
        trace: Trace = NO_TRACE,
        history: HistoryService | None = None,
        profile: ProfileInfo | None = None,
        variants: VariantService | None = None,
        sleep_clock: Callable[[], float] | None = None,
    ) -> None:
        self._programs = programs
        self.clock = clock
        self._trace = trace
        self._history = history
        self.profile = profile
        self.variants = variants
        self._sleep_clock = sleep_clock

    def sleep_watch(self) -> SleepWatch | None:
        """A watch for sleep and freezes on this service's clocks (None without a sleep clock)."""
        if self._sleep_clock is None:
            return None
        return SleepWatch(self.clock, self._sleep_clock)

    def prepare(self, id_or_file: str) -> SessionRun:
        """A run for this program, ready to start, without the steps the profile's flags
        leave out (F1). Raises BadInput or FileProblems."""
        own = None
        if self.variants is not None and self.profile is not None:
            own = self.variants.program(self.profile, id_or_file)
        program = own or self._programs.program(id_or_file)
        flags = self.profile.flags if self.profile is not None else ()
        if hidden(program, flags):
            raise BadInput(
                translate(
                    "Session",
                    "\u201c{title}\u201d is not offered while sit-bone pain (F1) is flagged",
                ).format(title=program.title)
            )
        program, gone = regressed(program, flags)
        if not program.steps:
            raise BadInput(
                translate(
                    "Session", "every step of \u201c{title}\u201d is left out while F1 is flagged"
                ).format(title=program.title)
            )
        run = SessionRun(compile_program(program), self.clock, self._trace)
        run.left_out = why(gone) if gone else ""
        if self._history is not None and self.profile is not None:
            run.recorder = SessionRecorder(
                self._history.repos.recording,
                self.profile.id,
                run.program,
                run.engine,
                self._trace,
            )
        return run
