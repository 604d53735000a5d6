"""Sessions played on a laptop while the clinic's server is away: kept in the laptop's
journal, sent in order and exactly once when the server is back."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime

import pytest
from benchmarks.private_postgres import PrivateServer, bin_dir

from hamsession.domain.history import PhaseEntry
from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.forwarding import BACK, OFFLINE, ForwardedRecording
from hamsession.storage.journal import JOURNAL_NAME, Journal
from hamsession.storage.repositories import Repositories


@pytest.fixture
def own_server():
    """A server of this test's own, to stop and start again without upsetting others."""
    if bin_dir() is None:
        pytest.skip("PostgreSQL is not installed here (make test installs it where it may)")
    server = PrivateServer()
    server.start()
    yield server
    server.close()


def laptop(tmp_path, url, told):
    data = DataDir(tmp_path / "laptop", server=url)
    db = open_database(data)
    return HistoryService(Repositories.on(db, Journal(data.root / JOURNAL_NAME), told))


def wait_for(condition, seconds=30.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_a_session_across_a_server_stop_arrives_complete(tmp_path, own_server, clock):
    url = own_server.new_database()
    said: list[str] = []
    history = laptop(tmp_path, url, said.append)
    profile = history.profile()
    sessions = SessionService(ProgramService(None), clock, history=history, profile=profile)
    run = sessions.prepare("d1-desk-break")
    forwarded = history.repos.recording
    assert isinstance(forwarded, ForwardedRecording)
    run.engine.start()
    total = run.engine.timeline.total_s

    def play_until(t: float) -> None:
        limit = run.engine.started_at + t
        while (deadline := run.engine.next_deadline()) is not None and deadline <= limit:
            clock.set(deadline)
            run.engine.tick()

    play_until(30)
    wait_for(lambda: len(forwarded.journal) == 0)  # sent as it happens
    own_server.stop()
    play_until(30 + 60)  # a minute of the session while the server is away
    wait_for(lambda: OFFLINE in said)
    assert len(forwarded.journal) > 3  # kept on the laptop meanwhile
    own_server.restart()
    play_until(total + 1)
    wait_for(lambda: len(forwarded.journal) == 0)
    assert said[-1] == BACK
    (entry,) = history.sessions(profile)
    planned = [p for p in run.engine.timeline.phases]
    assert entry.status == "completed"
    assert len(entry.phases) == len(planned)
    assert [p.kind for p in entry.phases] == [p.kind.value for p in planned]
    assert entry.holds_done == sum(1 for p in entry.phases if p.kind == "hold")
    history.close()


def test_sending_twice_stores_once(tmp_path, pg_server):
    url = pg_server.new_database()
    history = laptop(tmp_path, url, lambda _line: None)
    forwarded = history.repos.recording
    profile = history.profile()
    program = ProgramService(None).program("d1-desk-break")
    when = datetime(2026, 12, 1, 9, tzinfo=UTC)
    phase = PhaseEntry(1, "hip-swings", "move", 1, None, "left", 20.0, 20.0, when)
    for _ in range(2):  # as after a crash between the server's commit and the journal's
        forwarded.server.start_with_body("s1", profile.id, {"id": "x", "title": "X"}, when, 60)
        forwarded.server.add_phase("s1", 0, phase)
    forwarded.server.start_session("s1", profile.id, program, when, 60)
    (entry,) = history.sessions(profile)
    assert len(entry.phases) == 1 and entry.phases[0].actual_s == 20.0
    history.close()


def test_killed_during_an_outage_loses_nothing_that_was_kept(tmp_path, own_server):
    url = own_server.new_database()
    data = DataDir(tmp_path / "laptop", server=url)
    first = HistoryService(Repositories.on(open_database(data)))
    first.profile()  # the schema and the default profile are on the server
    first_id = first.profile().id
    first.close()
    own_server.stop()
    script = textwrap.dedent(
        f"""
        import os, signal
        from datetime import datetime, UTC
        from pathlib import Path
        from hamsession.domain.history import PhaseEntry
        from hamsession.services.programs import ProgramService
        from hamsession.storage.forwarding import ForwardedRecording
        from hamsession.storage.journal import Journal
        when = datetime(2026, 12, 1, 9, tzinfo=UTC)
        class Away:  # the server, unreachable
            def __getattr__(self, name):
                raise ConnectionError("the server is away")
        rec = ForwardedRecording(Journal(Path({str(data.root / JOURNAL_NAME)!r})), Away(),
                                 lambda line: None)
        rec.start_session("s9", {first_id}, ProgramService(None).program("d1-desk-break"), when, 60)
        for seq in range(5):
            rec.add_phase("s9", seq, PhaseEntry(1, "x", "hold", 1, seq + 1, None, 5.0, 5.0, when))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode == -9
    own_server.restart()
    said: list[str] = []
    history = laptop(tmp_path, url, said.append)  # the next start sends what was kept
    wait_for(lambda: len(history.repos.recording.journal) == 0)
    (entry,) = history.sessions(history.profile())
    assert entry.id == "s9" and [p.rep for p in entry.phases] == [1, 2, 3, 4, 5]
    history.close()


def test_a_write_the_server_refuses_is_set_aside_and_the_rest_go_on(tmp_path, pg_server):
    url = pg_server.new_database()
    said: list[str] = []
    history = laptop(tmp_path, url, said.append)
    forwarded = history.repos.recording
    profile = history.profile()
    program = ProgramService(None).program("d1-desk-break")
    when = datetime(2026, 12, 1, 9, tzinfo=UTC)
    forwarded.start_session("gone", 9999, program, when, 60)  # a profile deleted meanwhile
    forwarded.start_session("kept", profile.id, program, when, 60)
    wait_for(lambda: len(forwarded.journal) == 0)
    assert [e.id for e in history.sessions(profile)] == ["kept"]
    ((op, body, why),) = forwarded.journal.refused()
    assert op == "start" and body["session"] == "gone" and why
    assert any(line.startswith("A session's record was refused") for line in said)
    history.close()
