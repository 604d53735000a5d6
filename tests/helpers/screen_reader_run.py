"""Inside a private D-Bus session: start the accessibility bus and the app, and read its
accessibility tree on the picker and on the player as a screen reader would.

    dbus-run-session -- python screen_reader_run.py DATA_DIR TRACE OUT_DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def shown(trace: Path, name: str, seconds: float = 30.0) -> bool:
    """Whether ``name`` is the view on screen now (the last one the trace names)."""
    end = time.time() + seconds
    while time.time() < end:
        if trace.exists():
            views = [
                e.get("name")
                for e in map(json.loads, trace.read_text().splitlines())
                if e.get("event") == "view"
            ]
            if views and views[-1] == name:
                return True
        time.sleep(0.2)
    return False


def press_until(key: str, trace: Path, view: str, env: dict) -> bool:
    """Press ``key`` until ``view`` is on screen (a key sent while the window manager is
    still giving the window the focus can go nowhere): three tries."""
    for _ in range(3):
        subprocess.run(  # the window to the front with the focus, as a click would
            ["xdotool", "search", "--onlyvisible", "--name", "^Hamsession", "windowactivate"],
            env=env, capture_output=True, timeout=10,
        )  # fmt: skip
        time.sleep(0.3)
        subprocess.run(["xdotool", "key", key], env=env, check=True)
        if shown(trace, view, seconds=10.0):
            return True
    return False


def read_tree(out: Path) -> None:
    done = subprocess.run(
        ["/usr/bin/python3", str(HERE / "atspi_names.py")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    out.write_text(done.stdout)


def main() -> int:
    data, trace, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
    bus = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env)
    time.sleep(1.0)
    app = subprocess.Popen(
        [sys.executable, "-m", "hamsession", "--data-dir", str(data), "--trace", str(trace)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        if not shown(trace, "screening"):
            return 1
        if not press_until("Return", trace, "picker", env):
            return 2
        time.sleep(1.0)
        read_tree(out / "picker.jsonl")
        if not press_until("Return", trace, "player", env):
            print(trace.read_text()[-3000:], file=sys.stderr)  # what was on screen instead
            return 3
        subprocess.run(["xdotool", "key", "space"], env=env, check=True)
        time.sleep(2.0)
        read_tree(out / "player.jsonl")
        return 0
    finally:
        for proc in (app, bus):  # the app's own clean exit is tested elsewhere
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    sys.exit(main())
