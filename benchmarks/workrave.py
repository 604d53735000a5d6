"""Hamsession's start-up against Workrave's and a bare PySide6 window's, measured the same
way on the same display, one after the other in one run.

For each app: spawn it, poll the X server (``xdotool``) until a visible top-level
window with its name appears, read the resident memory two seconds later, then stop
it. Needs an X display (``DISPLAY``, e.g. Xvfb) and ``xdotool``; Workrave is left out
(and said so) when it is not installed.

    DISPLAY=:99 python -m benchmarks.workrave [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import compile_as_installed, record


def _visible(name: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (dbus-run-session wraps workrave)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo += [int(c) for c in children]
    return total / 1024


def one_run(command: list[str], name: str, rss_of: str) -> tuple[float, float]:
    settle = time.monotonic() + 10
    while _visible(name) and time.monotonic() < settle:  # the previous run's window
        time.sleep(0.05)
    began = time.monotonic()
    proc = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        while not _visible(name):
            if time.monotonic() - began > 30 or proc.poll() is not None:
                proc.kill()
                raise SystemExit(f"{command[-1]}: no window appeared; {proc.communicate()[1]}")
            time.sleep(0.005)
        shown = time.monotonic() - began
        time.sleep(2.0)
        pids = subprocess.run(
            ["pgrep", "-s", str(proc.pid), "-x", rss_of], capture_output=True, text=True
        ).stdout.split()
        rss = sum(_tree_rss_mb(int(p)) for p in pids)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
    return shown * 1000, rss


def _with_retry(command: list[str], name: str, process: str) -> tuple[float, float]:
    """One run; once more if the X server turned the connection away (Xvfb sometimes
    does while the previous app's clients are still closing)."""
    try:
        return one_run(command, name, process)
    except SystemExit as err:
        if "could not connect to display" not in str(err):
            raise
        print("(the X server refused a connection; trying that run again)", flush=True)
        time.sleep(1.0)
        return one_run(command, name, process)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_as_installed()
    missing = [t for t in ("xdotool", "pgrep") if shutil.which(t) is None]
    if not os.environ.get("DISPLAY"):
        missing.append("an X display (DISPLAY)")
    if missing:
        print("start-up comparison skipped: needs " + ", ".join(missing))
        return 0
    wrap = ["dbus-run-session", "--"] if shutil.which("dbus-run-session") else []
    python = Path(sys.executable).name
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        env_app = [sys.executable, "-m", "hamsession", "--data-dir", str(Path(tmp) / "data")]
        bare = [sys.executable, "-m", "benchmarks.bare_window"]
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        apps = [
            ("Workrave", [*wrap, "workrave"], "^Workrave$", "workrave"),
            ("Bare PySide6", bare, "^Bare PySide6 window$", python),
            ("Hamsession", env_app, "^Hamsession", python),
        ]
        if shutil.which("workrave") is None:
            print("Workrave is not installed: compared with the bare PySide6 window only")
            apps = apps[1:]
        for _round in range(args.runs):  # interleaved, so a slow spell hits all alike
            for label, command, name, process in apps:
                results.setdefault(label, []).append(_with_retry(command, name, process))
    medians = {
        label: (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
        for label, runs in results.items()
    }
    for label, (shown, rss) in medians.items():
        print(f"{label:<13} window {shown:6.0f} ms   resident memory {rss:6.1f} MB")
    h_ms, h_mb = medians["Hamsession"]
    b_ms, b_mb = medians["Bare PySide6"]
    w_ms, w_mb = medians.get("Workrave", (None, None))
    if w_ms:
        print(f"Hamsession / Workrave: window {h_ms / w_ms:.2f}x (goal <= 1.5x)")
    print(
        f"Hamsession / bare PySide6 window: window {h_ms / b_ms:.2f}x, "
        f"memory {h_mb / b_mb:.2f}x (goal <= 1.5x)"
    )
    record(
        "workrave",
        display=os.environ["DISPLAY"],
        workrave_ms=w_ms,
        workrave_mb=w_mb,
        bare_ms=b_ms,
        bare_mb=b_mb,
        hamsession_ms=h_ms,
        hamsession_mb=h_mb,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
