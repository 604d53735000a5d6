"""A session playing while another program writes to the same history file (a command-line
import holds its write lock for seconds): nothing waits, nothing is lost."""

from __future__ import annotations

import sqlite3
import time

import pytest

from hamsession.services.history import HistoryService
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.repositories import Repositories


@pytest.fixture
def history(tmp_path):
    service = HistoryService(Repositories.on(open_database(DataDir(tmp_path / "data"))))
    yield service
    service.db.close()


def _hold_write_lock(history) -> sqlite3.Connection:
    """Another process's import: a write transaction on its own connection, left open."""
    other = sqlite3.connect(history.db.path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_session_under_another_writer_never_waits_and_loses_nothing(history, clock):
    profile = history.profile()
    run = SessionService(ProgramService(None), clock, history=history, profile=profile).prepare(
        "d1-desk-break"
    )
    recorder = run.recorder
    told, saved, later = [], [], []
    recorder.waiting.connect(told.append)
    recorder.saved.connect(lambda: saved.append(True))
    recorder.retry_later = later.append
    other = _hold_write_lock(history)
    slowest = 0.0
    run.engine.start()
    while (deadline := run.engine.next_deadline()) is not None:
        clock.set(deadline)
        began = time.perf_counter()
        run.engine.tick()  # each phase's write is tried here, on the "window's" thread
        slowest = max(slowest, time.perf_counter() - began)
    phases = run.engine.timeline.phases
    assert slowest < 0.5  # never the 5 s a write would wait for the lock
    assert recorder.pending == len(phases) + 2  # the start, each phase, the end: all kept
    assert len(told) == 1 and "kept" in told[0] and later and saved == []
    other.execute("ROLLBACK")  # the import is done
    other.close()
    later[-1]()  # the retry the window's timer makes
    assert recorder.pending == 0 and saved == [True]
    (entry,) = history.sessions(profile)
    assert entry.status == "completed" and len(entry.phases) == len(phases)


def test_writes_still_kept_at_quitting_wait_for_the_other_writer(history, clock):
    profile = history.profile()
    run = SessionService(ProgramService(None), clock, history=history, profile=profile).prepare(
        "d1-desk-break"
    )
    other = _hold_write_lock(history)
    run.engine.start()
    while run.recorder.pending < 3:  # the start and two phases
        clock.set(run.engine.next_deadline())
        run.engine.tick()
    other.execute("ROLLBACK")
    other.close()
    assert run.recorder.flush(wait=True)
    (entry,) = history.sessions(profile)
    assert len(entry.phases) == 2  # what was played is there
