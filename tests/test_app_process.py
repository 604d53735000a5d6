"""The real app in a subprocess: it opens, traces its start, and quits cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def read_trace(path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


NOISE = "This plugin does not support propagateSizeHints()"


def start_app(tmp_path, trace) -> subprocess.Popen:
    """The app offscreen on a fresh data folder, tracing to ``trace``."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hamsession",
            "--data-dir",
            str(tmp_path / "data"),
            "--trace",
            str(trace),
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_app_starts_shows_its_window_and_quits_with_code_0(tmp_path, sig):
    trace = tmp_path / "trace.jsonl"
    proc = start_app(tmp_path, trace)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(e["event"] == "ready" for e in read_trace(trace)):
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        else:
            pytest.fail("the window was never ready")
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    # The offscreen platform notes once that it cannot resize native windows; nothing else
    # may be printed (no warnings, no aborts at shutdown).
    assert [line for line in err.splitlines() if line.strip() and line != NOISE] == []
    events = [e for e in read_trace(trace) if e["event"] != "view"]
    # The window is on screen before the history is opened behind it.
    assert [e["event"] for e in events] == ["process_start", "window_shown", "ready"]
    assert events[0]["t"] < events[1]["t"] < events[2]["t"]
    # A fresh folder: the program list comes up, then the safety questions before anything.
    views = [e["name"] for e in read_trace(trace) if e["event"] == "view"]
    assert views == ["picker", "screening"]


def test_a_second_launch_brings_the_running_app_forward_and_exits_0(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    trace = tmp_path / "trace.jsonl"
    args = [sys.executable, "-m", "hamsession", "--data-dir", str(tmp_path / "data")]
    first = subprocess.Popen(
        [*args, "--trace", str(trace)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    second = None
    try:
        deadline = time.monotonic() + 30
        while not any(e["event"] == "window_shown" for e in read_trace(trace)):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        second = subprocess.Popen(
            args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert err.startswith("hamsession: already open with the data folder")
        deadline = time.monotonic() + 10
        while not any(e["event"] == "activated" for e in read_trace(trace)):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
    finally:
        for proc in (second, first):
            if proc is not None:
                proc.kill()
                proc.communicate(timeout=30)


def test_quitting_while_the_history_opens_is_clean(tmp_path):
    """SIGTERM as soon as the window is up, whether or not the database is open yet."""
    trace = tmp_path / "trace.jsonl"
    proc = start_app(tmp_path, trace)
    try:
        deadline = time.monotonic() + 30
        while not any(e["event"] == "window_shown" for e in read_trace(trace)):
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.002)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert [line for line in err.splitlines() if line.strip() and line != NOISE] == []


def test_a_fresh_folder_with_program_asks_the_screening_first_and_says_each_view(tmp_path):
    """--program on a fresh data folder: the safety questions, then the player (the trace's
    view events name each page as it comes), then the session starts."""
    from pathlib import Path

    helper = Path(__file__).parent / "helpers" / "press_space.py"
    trace = tmp_path / "trace.jsonl"
    args = ["--data-dir", str(tmp_path / "data"), "--program", "p1-foundations"]
    proc = subprocess.Popen(
        [sys.executable, str(helper), *args, "--trace", str(trace)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(e["event"] == "phase" for e in read_trace(trace)):
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        else:
            pytest.fail("the session never started")
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    views = [e["name"] for e in read_trace(trace) if e["event"] == "view"]
    assert views[-2:] == ["screening", "player"], views
    assert proc.returncode == 0 and "Traceback" not in err


def _offscreen_python(code: str) -> subprocess.CompletedProcess:
    """``code`` run by a Python of its own, without a screen; it must succeed."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_nothing_heavy_loads_before_the_window():
    """The window shows before the database libraries load (product.md start-up): the
    modules the app imports before its window pull in no SQLAlchemy, Alembic, pydantic
    or pyqtgraph."""
    code = (
        "import sys\n"
        "import hamsession.app, hamsession.cli\n"
        "from hamsession.services.preferences import Preferences\n"
        "from hamsession.services.programs import ProgramService\n"
        "from hamsession.services.session import SessionService\n"
        "from hamsession.services.trace import open_trace\n"
        "from hamsession.storage.datadir import DataDir\n"
        "from hamsession.ui.desktop import qt_messages, quit_signals\n"
        "from hamsession.ui.shell.main_window import MainWindow\n"
        "heavy = ('sqlalchemy', 'alembic', 'pydantic', 'pyqtgraph')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    done = _offscreen_python(code)
    assert done.stdout.strip() == ""


def test_the_window_shows_before_the_history_s_libraries_and_qt_s_enums(tmp_path):
    """What the real app has loaded when its window is first on screen: no database
    library (not even sqlite3), no socket, and PySide has not yet built the Python
    enums of the whole ``Qt`` namespace (about 40 ms): each waits until after."""
    code = (
        "import sys\n"
        "from hamsession.services import trace\n"
        "original = trace.Trace.event\n"
        "def event(self, name, t=None, **fields):\n"
        "    if name == 'window_shown':\n"
        "        from PySide6 import QtCore\n"
        "        print(' '.join(sorted(sys.modules)), 'Qt' in vars(QtCore))\n"
        "        QtCore.QCoreApplication.exit(0)\n"
        "    return original(self, name, t, **fields)\n"
        "trace.Trace.event = event\n"
        "from hamsession.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r},"
        f" '--trace', {str(tmp_path / 'trace.jsonl')!r}]))\n"
    )
    done = _offscreen_python(code)
    *loaded, namespace_built = done.stdout.split()
    assert "hamsession.ui.shell.main_window" in loaded
    later = ("sqlite3", "socket", "sqlalchemy", "alembic", "pydantic", "pyqtgraph")
    assert [m for m in later if m in loaded] == []
    assert namespace_built == "False"


def test_a_returning_start_reads_the_library_without_pydantic(tmp_path):
    """Once a data folder in use keeps the checked library (storage/library_cache.py), the
    program list and the advice need no pydantic: it loads only for a file to check."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "hamsession.sqlite3").write_bytes(b"")
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "import hamsession.services.advice, hamsession.services.variants\n"
        "from hamsession.services.programs import ProgramService\n"
        "from hamsession.storage.datadir import DataDir\n"
        f"programs = ProgramService(DataDir(Path({str(data)!r})), keep=True)\n"
        "print(len(programs.library.programs), 'pydantic' in sys.modules)\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0][1] == "True"  # the first start checks the files and keeps them
    assert runs[1] == [runs[0][0], "False"] and int(runs[0][0]) > 0


def test_the_source_lines_pyside_had_kept_are_let_go():
    import linecache

    from hamsession.app import forget_sources

    assert linecache.getline(__file__, 1)
    forget_sources()
    assert __file__ not in linecache.cache
    assert linecache.getline(__file__, 1)  # read back from the file when asked
