"""Recording a session as it happens: the row when it starts, each phase as it ends."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from hamsession.domain.engine import EngineState, PhaseRecord, SessionEngine
from hamsession.domain.events import Signal
from hamsession.domain.history import PhaseEntry
from hamsession.domain.programs import Program
from hamsession.services.trace import NO_TRACE, Trace
from hamsession.storage.sessions_repo import SessionRepository


class SessionRecorder:
    """Listens to one engine and writes what happens, committing each piece at once.

    A write that fails (a full disk, say) never stops the session: it is reported
    once through ``problem`` and the session plays on.
    """

    def __init__(
        self,
        repo: SessionRepository,
        profile_id: int,
        program: Program,
        engine: SessionEngine,
        trace: Trace = NO_TRACE,
        wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.session_id = str(uuid.uuid4())
        self.problem = Signal()  # str
        self.saved = Signal()  # the session's final state is stored
        self._repo = repo
        self._profile_id = profile_id
        self._program = program
        self._engine = engine
        self._trace = trace
        self._wall_clock = wall_clock
        self._wall0: datetime | None = None
        self._mono0 = 0.0
        self._gaps: list[tuple[float, float]] = []  # (since, uncounted seconds)
        self._seq = 0
        self._failed = False
        engine.state_changed.connect(self._on_state_changed)
        engine.phase_finished.connect(self._on_phase_finished)
        engine.finished.connect(self._on_finished)
        engine.interrupted.connect(self._on_interrupted)

    def wall_time(self, t: float) -> datetime:
        """A monotonic engine time as a UTC wall-clock time.

        Immune to clock and time-zone changes; time the monotonic clock did not count
        (the machine asleep) is added back for everything after it.
        """
        asleep = sum(uncounted for since, uncounted in self._gaps if since < t)
        return self._wall0 + timedelta(seconds=t - self._mono0 + asleep)

    def _write(self, action: Callable[[], None]) -> None:
        if self._failed:
            return
        try:
            action()
        except Exception as err:  # storage errors of any kind: keep the session going
            self._failed = True
            first = str(getattr(err, "orig", err)).splitlines()[0]
            self.problem.emit(f"The session can no longer be saved: {first}")

    def _on_state_changed(self, state: EngineState) -> None:
        if state is EngineState.RUNNING and self._wall0 is None:
            self._wall0, self._mono0 = self._wall_clock(), self._engine.started_at
            self._write(
                lambda: self._repo.start_session(
                    self.session_id,
                    self._profile_id,
                    self._program,
                    self._wall0,
                    self._engine.timeline.total_s,
                )
            )

    def _on_interrupted(self, gap) -> None:
        if gap.uncounted_s > 0:
            self._gaps.append((gap.since, gap.uncounted_s))

    def _on_phase_finished(self, record: PhaseRecord) -> None:
        p = record.phase
        entry = PhaseEntry(
            step=p.step,
            exercise=p.exercise.id,
            kind=p.kind.value,
            set=p.set,
            rep=p.rep,
            side=p.side.value if p.side else None,
            planned_s=p.planned_s,
            actual_s=round(record.actual_s, 4),
            started_at=self.wall_time(record.started_t),
            completed=record.completed,
        )
        seq, self._seq = self._seq, self._seq + 1
        self._write(lambda: self._repo.add_phase(self.session_id, seq, entry))

    def _on_finished(self, status: str) -> None:
        ended = self.wall_time(self._engine.ended_at)
        self._write(
            lambda: self._repo.finish_session(
                self.session_id,
                status,
                ended,
                self._engine.paused_total_s + self._engine.uncounted_s,
            )
        )
        if not self._failed:
            self._trace.event("session_saved")
            self.saved.emit()
