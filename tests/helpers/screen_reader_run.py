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
    end = time.time() + seconds
    while time.time() < end:
        if trace.exists():
            for line in trace.read_text().splitlines():
                event = json.loads(line)
                if event.get("event") == "view" and event.get("name") == name:
                    return True
        time.sleep(0.2)
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
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        if not shown(trace, "picker"):
            return 2
        time.sleep(1.0)
        read_tree(out / "picker.jsonl")
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)
        if not shown(trace, "player"):
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
