"""Recording a session on a laptop whose history is on the clinic's server.

Every write goes to the laptop's :class:`Journal` first and is then sent, in order, by a
thread of its own, so the window never waits on the network. When the server cannot be
reached the session simply goes on: the writes wait in the journal and are sent when the
server answers again (tried every few seconds, and at the next start). Sending is safe to
repeat (a write the server already has is skipped), so a write sent just before the app
was killed, but not yet taken out of the journal, is not stored twice: each arrives once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import nullcontext
from datetime import datetime

from hamsession.domain.history import PhaseEntry
from hamsession.domain.programs import Program
from hamsession.storage.journal import Journal
from hamsession.storage.sessions_repo import SessionRepository, program_body

#: Seconds between tries while the server does not answer.
RETRY_S = 3.0
OFFLINE = (
    "Saving on this laptop: the clinic's server cannot be reached. "
    "It will be sent when the server is back"
)
BACK = "The clinic's server is back: everything saved on this laptop has been sent"


REFUSED = (
    "A session's record was refused by the clinic's server; it is kept on this laptop, "
    "in the journal"
)


def _unreachable(err: BaseException) -> bool:
    """Whether ``err`` says the server could not be reached or the link dropped (worth
    trying again), rather than that it refused the write."""
    from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError

    return isinstance(err, OperationalError | InterfaceError | DisconnectionError | OSError)


def _first_line(err: BaseException) -> str:
    cause = getattr(err, "orig", None) or err
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


def _phase_body(session_id: str, seq: int, phase: PhaseEntry) -> dict:
    values = phase._asdict()
    values["started_at"] = phase.started_at.isoformat()
    return {"session": session_id, "seq": seq, "phase": values}


class ForwardedRecording:
    """The recorder's repository on a server: the same three writes as
    :class:`SessionRepository`, journaled here and forwarded by a thread."""

    def __init__(
        self, journal: Journal, server: SessionRepository, told: Callable[[str], None]
    ) -> None:
        self.journal = journal
        self.server = server
        self.told = told  # called from the sending thread: the window queues it
        self.offline = False
        self._wake = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="hamsession-sender", daemon=True)
        self._thread.start()  # what an earlier run left waiting goes first

    # ----- what the recorder calls ----------------------------------------------------------
    def quick_writes(self):
        return nullcontext()  # a journal write never waits for anyone

    def start_session(
        self,
        session_id: str,
        profile_id: int,
        program: Program,
        started_at: datetime,
        planned_s: float,
    ) -> None:
        body = {
            "session": session_id,
            "profile": profile_id,
            "program": program_body(program),
            "started_at": started_at.isoformat(),
            "planned_s": planned_s,
        }
        self._keep("start", body)

    def add_phase(self, session_id: str, seq: int, phase: PhaseEntry) -> None:
        self._keep("phase", _phase_body(session_id, seq, phase))

    def finish_session(
        self, session_id: str, status: str, ended_at: datetime, paused_s: float
    ) -> None:
        body = {
            "session": session_id,
            "status": status,
            "ended_at": ended_at.isoformat(),
            "paused_s": paused_s,
        }
        self._keep("finish", body)

    def _keep(self, op: str, body: dict) -> None:
        self.journal.put(op, body)
        self._wake.set()

    # ----- sending --------------------------------------------------------------------------
    def _apply(self, op: str, body: dict) -> None:
        s = self.server
        if op == "start":
            s.start_with_body(
                body["session"],
                body["profile"],
                body["program"],
                datetime.fromisoformat(body["started_at"]),
                body["planned_s"],
            )
        elif op == "phase":
            values = dict(body["phase"])
            values["started_at"] = datetime.fromisoformat(values["started_at"])
            s.add_phase(body["session"], body["seq"], PhaseEntry(**values))
        elif op == "finish":
            ended = datetime.fromisoformat(body["ended_at"])
            s.finish_session(body["session"], body["status"], ended, body["paused_s"])
        else:
            raise ValueError(f"unknown journal entry {op!r}")

    def send_waiting(self) -> bool:
        """Send what waits, oldest first; True when nothing is left."""
        while (item := self.journal.first()) is not None:
            seq, op, body = item
            try:
                self._apply(op, body)
            except Exception as err:
                if _unreachable(err):  # keep it and the rest, try again later
                    if not self.offline:
                        self.offline = True
                        self.told(OFFLINE)
                    return False
                why = _first_line(err)
                self.journal.set_aside(seq, why)
                self.told(f"{REFUSED} ({why})")
                continue
            self.journal.sent(seq)
        if self.offline:
            self.offline = False
            self.told(BACK)
        return True

    def _run(self) -> None:
        while not self._closing:
            done = self.send_waiting()
            self._wake.wait(None if done else RETRY_S)
            self._wake.clear()

    def close(self) -> None:
        """The app is ending: one last try to send what waits; what the server does not
        take stays in the journal for the next start."""
        self._closing = True
        self._wake.set()
        self._thread.join(timeout=10)
        if len(self.journal):
            self.send_waiting()
        self.journal.close()
