"""The installed app under a real X server and window manager (Xvfb and openbox), driven
by keys as a person would: the first minutes, a second launch, and closing every window.

The tests read the trace's ``view`` events to know what is on screen, and act on it.
Skipped where Xvfb, openbox or xdotool are missing (``make test`` installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("Xvfb", "openbox", "xdotool")),
        reason="needs Xvfb, openbox and xdotool",
    ),
]


def app_env(display: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    return {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


def start(display: str, data: Path, trace: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "hamsession", "--data-dir", str(data), "--trace", str(trace), *args],
        env=app_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def events(trace: Path) -> list[dict]:
    if not trace.exists():
        return []
    found = []
    for line in trace.read_text().splitlines():
        try:
            found.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return found


def wait_for(proc, trace: Path, test, what: str, seconds: float = 30) -> list[dict]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = events(trace)
        if test(got):
            return got
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    pytest.fail(f"never saw {what}: {[e.get('name', e['event']) for e in events(trace)]}")


def last_view(got: list[dict]) -> str | None:
    views = [e["name"] for e in got if e["event"] == "view"]
    return views[-1] if views else None


def key(display: str, *keys: str) -> None:
    subprocess.run(["xdotool", "key", *keys], env=app_env(display), check=True)


def close_window(display: str, title: str) -> None:
    """Close a window as a person would: give it the focus, then Alt+F4 (openbox)."""
    env = app_env(display)
    found = subprocess.run(
        ["xdotool", "search", "--name", title], env=env, capture_output=True, text=True
    ).stdout.split()
    assert found, f"no window called {title!r}"
    subprocess.run(["xdotool", "windowactivate", "--sync", found[-1]], env=env, check=False)
    key(display, "alt+F4")


def press_in(display: str, title: str, *keys: str, seconds: float = 10) -> None:
    """Press ``keys`` in the window called ``title`` once it is on screen and has the
    focus (the trace names a dialog as it opens, a moment before the window manager
    maps and focuses it)."""
    env = app_env(display)
    deadline = time.monotonic() + seconds
    while True:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert found, f"no window called {title!r}"
    subprocess.run(["xdotool", "windowactivate", "--sync", found[-1]], env=env, check=False)
    key(display, *keys)


def end(proc) -> tuple[int, str]:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    return proc.returncode, err


def test_fresh_folder_program_screening_enter_player_space(display, tmp_path):
    trace = tmp_path / "trace.jsonl"
    proc = start(display, tmp_path / "data", trace, "--program", "p1-foundations")
    try:
        wait_for(proc, trace, lambda g: last_view(g) == "screening", "the screening")
        key(display, "Return")  # nothing ticked
        wait_for(proc, trace, lambda g: last_view(g) == "player", "the player")
        key(display, "space")
        wait_for(proc, trace, lambda g: any(e["event"] == "phase" for e in g), "a phase")
    finally:
        code, err = end(proc)
    assert code == 0, err


def test_a_second_launch_brings_the_first_forward_and_exits_0(display, tmp_path):
    trace, data = tmp_path / "trace.jsonl", tmp_path / "data"
    first = start(display, data, trace)
    try:
        wait_for(first, trace, lambda g: any(e["event"] == "ready" for e in g), "ready")
        second = start(display, data, tmp_path / "second.jsonl")
        code, err = second.wait(timeout=30), second.communicate()[1]
        assert code == 0 and "brought its window to the front" in err
        wait_for(first, trace, lambda g: any(e["event"] == "activated" for e in g), "activated")
    finally:
        code, err = end(first)
    assert code == 0, err


def test_closing_every_window_with_reminders_on_never_leaves_an_unseen_app(display, tmp_path):
    data, trace = tmp_path / "data", tmp_path / "trace.jsonl"
    data.mkdir()
    (data / "settings.ini").write_text(
        "[hamsession]\nbreak_reminders=true\nbreak_asked=true\n", encoding="utf-8"
    )
    proc = start(display, data, trace)
    try:
        wait_for(proc, trace, lambda g: last_view(g) == "screening", "the screening")
        key(display, "Return")
        wait_for(proc, trace, lambda g: last_view(g) == "picker", "the program list")
        close_window(display, "Hamsession desk breaks")  # the small window first
        time.sleep(0.5)
        assert proc.poll() is None  # the main window is still there
        close_window(display, "^Hamsession$")  # then the main window: it asks
        wait_for(proc, trace, lambda g: last_view(g) == "question", "the question")
        press_in(display, "Keep reminding you", "Escape")  # "Quit Hamsession"
        proc.wait(timeout=30)
    finally:
        code, err = end(proc)
    assert code == 0, err


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
@pytest.mark.parametrize("quit_by", ["ctrl+q", "sigterm"])
def test_a_desktop_whose_services_never_answer_holds_nothing_up(display, tmp_path, quit_by):
    """Every service outside is wedged: the speech socket accepts and stays silent, the
    notification server and the idle monitor own their names on the session bus but
    never answer, and there is no logind. The session plays on time and quits in 2 s."""
    import socket

    from tests.helpers.private_bus import CONFIG
    from tests.test_outside_services import PROGRAM

    speech = socket.socket(socket.AF_UNIX)
    speech.bind(str(tmp_path / "speechd.sock"))
    speech.listen(8)  # the kernel accepts connections; nobody ever answers
    (tmp_path / "bus").mkdir()
    config = tmp_path / "bus.conf"
    config.write_text(CONFIG.format(folder=tmp_path / "bus"))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    names = ["org.freedesktop.Notifications", "org.gnome.Mutter.IdleMonitor"]
    helper = Path(__file__).parent / "helpers" / "silent_services.py"
    silent = subprocess.Popen(
        [sys.executable, str(helper), address, *names],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert silent.stdout.readline().strip() == "owned"
    data, trace = tmp_path / "data", tmp_path / "trace.jsonl"
    data.mkdir()
    (data / "settings.ini").write_text(
        "[hamsession]\nbreak_reminders=true\nbreak_asked=true\n", encoding="utf-8"
    )
    program = tmp_path / "short.toml"
    program.write_text(PROGRAM)
    env = {
        **app_env(display),
        "DBUS_SESSION_BUS_ADDRESS": address,
        "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={tmp_path / 'no-system-bus'}",
        "XDG_SESSION_TYPE": "wayland",  # idle time from the (silent) bus, not from X
        "HAMSESSION_TTS_ENGINE": "speechd",
        "SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'speechd.sock'}",
    }
    args = ["--data-dir", str(data), "--trace", str(trace), "--program", str(program)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "hamsession", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(proc, trace, lambda g: last_view(g) == "screening", "the screening")
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        wait_for(proc, trace, lambda g: last_view(g) == "player", "the player")
        subprocess.run(["xdotool", "key", "space"], env=env, check=True)
        got = wait_for(
            proc, trace, lambda g: any(e["event"] == "session_end" for e in g), "the end"
        )
        asked = time.monotonic()
        if quit_by == "sigterm":
            proc.send_signal(signal.SIGTERM)
        else:
            subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        proc.wait(timeout=10)
        took = time.monotonic() - asked
    finally:
        code, err = end(proc)
        for helper in (silent, daemon):
            helper.kill()
            helper.wait()
            helper.stdout.close()
        speech.close()
    assert code == 0 and took < 2.0, err
    phases = [e for e in got if e["event"] == "phase"]
    assert [p["kind"] for p in phases] == ["get_ready", "inhale", "hold", "release"]
    assert max(abs(p["t"] - p["due"]) for p in phases) < 0.05
    assert any(e["event"] == "service_off" and e["service"] == "speech" for e in events(trace))
