"""Read over AT-SPI, as a screen reader does: every control on the picker and the
player has a name, and the player's phase and pacer say what they show. Skipped where
the accessibility bus or pyatspi is missing (``make test`` installs them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def _pyatspi() -> bool:
    if not Path("/usr/bin/python3").exists():
        return False
    found = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    return found.returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (
            all(shutil.which(t) for t in ("Xvfb", "openbox", "xdotool", "dbus-run-session"))
            and LAUNCHER.exists()
            and _pyatspi()
        ),
        reason="needs Xvfb, openbox, xdotool, the accessibility bus and pyatspi",
    ),
]

CONTROLS = {"push button", "check box", "slider", "list", "combo box", "text",
            "spin button", "radio button", "toggle button"}  # fmt: skip


def test_a_screen_reader_finds_every_control_named(display, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    helper = Path(__file__).parent / "helpers" / "screen_reader_run.py"
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(helper), str(tmp_path / "data"),
         str(tmp_path / "trace.jsonl"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    for page in ("picker", "player"):
        nodes = [json.loads(line) for line in (tmp_path / f"{page}.jsonl").read_text().splitlines()]
        showing = [n for n in nodes if n["showing"]]
        assert showing, page
        unnamed = [n["role"] for n in showing if n["role"] in CONTROLS and not n["name"].strip()]
        assert unnamed == [], (page, unnamed)
    names = [n["name"] for n in showing]
    assert "Breath pacer" in names and "Figure of the exercise" in names
    assert any(n.startswith(("Inhale, ", "Get ready, ")) for n in names)  # the phase, said
