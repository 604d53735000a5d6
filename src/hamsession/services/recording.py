"""Recording a session as it happens: the row when it starts, each phase as it ends."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from hamsession.domain.engine import EngineState, PhaseRecord, SessionEngine
from hamsession.domain.events import Signal
from hamsession.domain.history import PhaseEntry
from hamsession.domain.programs import Program
from hamsession.domain.words import translate
from hamsession.services.trace import NO_TRACE, Trace

if TYPE_CHECKING:  # the window opens before SQLAlchemy loads (start-up)
    from hamsession.storage.sessions_repo import SessionRepository


class SessionRecorder:
    """Listens to one engine and writes what happens, committing each piece at once.

    Writes never wait for another process that is writing to the same file (a command-line
    import, say): they are kept, in order, and written as soon as it is done (at the next
    phase, or when ``retry_later`` calls back), so nothing is lost and the window is never
    held up. A write that fails for another reason (a full disk, say) never stops the
    session: it is reported once through ``problem`` and the session plays on.
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
        import uuid  # loaded with the first session, not at start

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
        self._pending: deque[Callable[[], None]] = deque()  # writes kept until they can go
        self._finished = False  # the session's end is among the writes
        self._told_waiting = False
        #: Set by the window: call the given function again a little later.
        self.retry_later: Callable[[Callable[[], None]], None] | None = None
        self.waiting = Signal()  # str: writes wait for another program to finish
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

    @property
    def pending(self) -> int:
        """Writes kept because another program was writing to the history."""
        return len(self._pending)

    def _write(self, action: Callable[[], None]) -> None:
        if self._failed:
            return
        self._pending.append(action)
        self.flush()

    def flush(self, wait: bool = False) -> bool:
        """Write what is kept, in order; True when nothing is left. With ``wait`` (quitting)
        each write waits the usual time for another program instead of giving up at once."""
        while self._pending and not self._failed:
            try:
                if wait:
                    self._pending[0]()
                else:
                    with self._repo.quick_writes():
                        self._pending[0]()
            except Exception as err:  # storage errors of any kind: keep the session going
                from hamsession.storage.errors import is_busy

                if is_busy(err):
                    self._wait_for_other_writer()
                    return False
                self._failed = True
                self._pending.clear()
                first = str(getattr(err, "orig", err)).splitlines()[0]
                self.problem.emit(
                    translate("Recording", "The session can no longer be saved: {error}").format(
                        error=first
                    )
                )
                return False
            self._pending.popleft()
        if self._finished and not self._failed and not self._pending:
            self._finished = False
            self._trace.event("session_saved")
            self.saved.emit()
        return not self._pending

    def _wait_for_other_writer(self) -> None:
        if not self._told_waiting:
            self._told_waiting = True
            self.waiting.emit(
                translate(
                    "Recording",
                    "Another program is writing to your history: this session is kept "
                    "and saved as soon as it is done",
                )
            )
        if self.retry_later is not None:
            self.retry_later(self.flush)

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
        paused = self._engine.paused_total_s + self._engine.uncounted_s
        self._finished = True
        self._write(lambda: self._repo.finish_session(self.session_id, status, ended, paused))
