"""Shared test set-up: headless Qt, an isolated data folder and a fake clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HAMSESSION_DATA_DIR", None)
os.environ.pop("HAMSESSION_DATABASE_URL", None)

import pytest

from hamsession.storage.datadir import DataDir
from hamsession.storage.library import Library, load_library


class FakeClock:
    """A monotonic clock that only moves when a test moves it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def set(self, value: float) -> None:
        self.now = value


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def builtin_library() -> Library:
    return load_library(None)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> DataDir:
    root = tmp_path / "data"
    monkeypatch.setenv("HAMSESSION_DATA_DIR", str(root))
    return DataDir(root)


@pytest.fixture(scope="session")
def pg_server():
    """A private PostgreSQL server for the whole run, started on first use. Skipped only
    where PostgreSQL is not installed; installed but failing to start is a failure."""
    from benchmarks.private_postgres import PrivateServer, bin_dir

    if bin_dir() is None:
        pytest.skip("PostgreSQL is not installed here (make test installs it where it may)")
    server = PrivateServer()
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def place(request, tmp_path):
    """Makes a DataDir for a test on each engine: the SQLite file in the folder, or a new
    database on the private server (the folder still holds settings and the lock)."""
    if request.param == "sqlite":
        return DataDir
    server = request.getfixturevalue("pg_server")
    return lambda root: DataDir(root, server=server.new_database())


@pytest.fixture(scope="module")
def display():
    """A private X display with openbox managing its windows (for tests of the app under
    a real X server; they skip where Xvfb and openbox are missing)."""
    import subprocess
    import time

    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    name = ":" + server.stdout.readline().strip()
    env = {**os.environ, "DISPLAY": name}
    manager = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)
    yield name
    for proc in (manager, server):
        proc.terminate()
        proc.wait(timeout=10)
    server.stdout.close()


from hypothesis import HealthCheck, settings  # noqa: E402

# Bounded fuzzing in `make test`; `make fuzz` selects the long profile.
settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
