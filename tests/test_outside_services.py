"""Services outside the process that never answer cost the window nothing: with a speech
daemon that accepts and stays silent, the session plays to its end on time, the trace
says the service was given up, and Ctrl+Q or SIGTERM end the app with 0 within 2 s."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
HERE = Path(__file__).parent
NOISE = "This plugin does not support propagateSizeHints()"
PROGRAM = """format = 1
id = "short-holds"
title = "Short holds"
get_ready_s = 1

[[step]]
exercise = "ninety-ninety-hip-lift"
sets = 1
reps = 1
hold_s = 2
"""


def _speechd_plugin() -> bool:
    code = (
        "from PySide6.QtCore import QCoreApplication; a = QCoreApplication([]);"
        "from PySide6.QtTextToSpeech import QTextToSpeech as T;"
        "print('speechd' in T.availableEngines())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return done.stdout.strip() == "True"


@pytest.fixture
def silent_daemon(tmp_path):
    """A socket that takes every connection and never says a word."""
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield path
    stop.set()
    thread.join(2)
    for conn in held:
        conn.close()
    server.close()


def _trace(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("quit_by", ["key", "sigterm"])
def test_a_silent_speech_daemon_never_holds_the_session_up(tmp_path, silent_daemon, quit_by):
    if not _speechd_plugin():
        pytest.skip("Qt's speechd plug-in cannot load here (libspeechd2 is missing)")
    program = tmp_path / "short.toml"
    program.write_text(PROGRAM)
    trace = tmp_path / "trace.jsonl"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HAMSESSION_TTS_ENGINE": "speechd",
        "SPEECHD_ADDRESS": f"unix_socket:{silent_daemon}",
        "HAMSESSION_TEST_QUIT": quit_by,
    }
    args = ["--data-dir", str(tmp_path / "data"), "--trace", str(trace), "--program"]
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "helpers" / "play_through.py"), *args, str(program)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(e["event"] == "session_end" for e in _trace(trace)):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the session never ended"
            time.sleep(0.05)
        asked = time.monotonic()
        if quit_by == "sigterm":
            proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=10)
        took = time.monotonic() - asked
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert took < 2.0 + (1.0 if quit_by == "key" else 0.0)  # the key waits for the log
    assert [line for line in err.splitlines() if line.strip() and line != NOISE] == []
    events = _trace(trace)
    assert {"event": "service_off", "service": "speech", "reason": "not answering"} in [
        {k: v for k, v in e.items() if k != "t"} for e in events
    ]
    phases = [e for e in events if e["event"] == "phase"]
    assert [p["kind"] for p in phases] == ["get_ready", "inhale", "hold", "release"]
    assert max(abs(p["t"] - p["due"]) for p in phases) < 0.05  # on time, voice or not
    end = next(e for e in events if e["event"] == "session_end")
    assert end.get("status", "completed") == "completed"


def test_the_status_bar_says_once_that_spoken_cues_are_off(qtbot, silent_daemon, monkeypatch):
    if not _speechd_plugin():
        pytest.skip("Qt's speechd plug-in cannot load here (libspeechd2 is missing)")
    from hamsession.storage.assets import resources_dir
    from hamsession.ui.session.cue_output import CueOutput

    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{silent_daemon}")
    began = time.monotonic()
    output = CueOutput(resources_dir() / "sounds", voice_engine="speechd")
    assert time.monotonic() - began < 1.0  # nothing waited on the daemon
    said: list[str] = []
    output.said.connect(said.append)
    phrases: list[str] = []
    output.voice.spoken.connect(phrases.append)
    try:
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert said == ["The speech service is not answering: spoken cues are off."]
        output.voice.say("hold")
        assert phrases == [] and not output.voice.available
    finally:
        began = time.monotonic()
        output.close()
        assert time.monotonic() - began < 1.0
