"""A full disk, for real: the data folder on a 3 MB tmpfs (where this machine lets a test
mount one). Every write that cannot be made is one sentence and exit 1, nothing already
kept changes, and the history can still be exported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from benchmarks.history_import import synthetic_export

from tests.helpers.small_disk import fill, small_tmpfs

FULL = (
    "hamsession: the history could not be written (database or disk is full); nothing was changed"
)


def _export(sessions: int, first_id: int) -> str:
    return json.dumps(synthetic_export(0, days=sessions, first_id=first_id, name="Sam"))


def _hamsession(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hamsession", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def small_disk(tmp_path) -> Path:
    place = tmp_path / "small"
    with small_tmpfs(place) as mounted:
        if not mounted:
            pytest.skip("mounting a small tmpfs needs root and a machine that allows it")
        yield place


def _profiles(path: Path) -> list:
    return json.loads(path.read_text())["profiles"]


def test_a_full_disk_is_one_sentence_and_keeps_the_history_readable(tmp_path, small_disk):
    data = small_disk / "data"
    first = tmp_path / "first.json"
    first.write_text(_export(30, 1))
    done = _hamsession(data, "import", str(first))
    assert done.returncode == 0, done.stderr
    kept = tmp_path / "kept.json"
    assert _hamsession(data, "export", "--profile", "Sam", "--out", str(kept)).returncode == 0
    fill(small_disk)

    more = tmp_path / "more.json"
    more.write_text(_export(30, 1000))
    for args in (("import", str(more)), ("profiles", "create", "Alex")):
        done = _hamsession(data, *args)
        assert (done.returncode, done.stderr.strip()) == (1, FULL), args

    for old in (data / "backups").glob("*.sqlite3"):  # the daily backup falls due
        stamp = time.time() - 2 * 86_400
        os.utime(old, (stamp, stamp))
    again = tmp_path / "again.json"
    done = _hamsession(data, "export", "--profile", "Sam", "--out", str(again))
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("hamsession: warning: today's backup could not be made")
    assert len(done.stderr.strip().splitlines()) == 1
    assert not list((data / "backups").glob("*.partial"))
    assert _profiles(again) == _profiles(kept)  # nothing lost, nothing added
    csv = tmp_path / "sessions.csv"
    done = _hamsession(data, "export", "--profile", "Sam", "--format", "csv", "--out", str(csv))
    assert done.returncode == 0 and len(csv.read_text().splitlines()) == 31
    assert sorted(p.name for p in data.iterdir()) == ["backups", "hamsession.sqlite3"]
