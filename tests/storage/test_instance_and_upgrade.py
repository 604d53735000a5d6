"""One app per data folder, and upgrades from committed databases of earlier revisions."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hamsession.services.history import HistoryService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.errors import AlreadyRunning
from hamsession.storage.history_file import HEAD_REVISION
from hamsession.storage.instance_lock import InstanceLock
from hamsession.storage.repositories import Repositories

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def test_a_second_instance_on_the_same_folder_is_refused(tmp_path):
    first = InstanceLock(tmp_path / "hamsession.lock")
    first.acquire()
    second = InstanceLock(tmp_path / "hamsession.lock")
    with pytest.raises(AlreadyRunning, match=f"already open with the data folder {tmp_path}"):
        second.acquire()
    first.release()
    second.acquire()  # free again once the first lets go
    second.release()


@pytest.mark.parametrize(
    "fixture", sorted(RESOURCES.glob("hamsession-*.sqlite3")), ids=lambda p: p.name
)
def test_committed_databases_of_earlier_revisions_open_and_keep_their_history(tmp_path, fixture):
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    shutil.copy(fixture, data.database)
    history = HistoryService(Repositories.on(open_database(data)))
    try:
        (session,) = history.sessions(history.profile())
        assert session.status == "completed" and session.symptoms.pain_worst == 2
        assert len(session.phases) == 29
    finally:
        history.db.close()
    with sqlite3.connect(data.database) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        )
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_the_lock_can_be_seen_taken_without_taking_it(tmp_path):
    lock = InstanceLock(tmp_path / "hamsession.lock")
    assert not InstanceLock(tmp_path / "hamsession.lock").taken()  # no file yet
    lock.acquire()
    try:
        assert InstanceLock(tmp_path / "hamsession.lock").taken()
    finally:
        lock.release()
    assert not InstanceLock(tmp_path / "hamsession.lock").taken()
