"""Start-up time and memory of the real app, measured from its own trace.

Starts ``python -m hamsession --trace FILE`` several times in a fresh data folder,
waits for the ``window_shown`` event, reads the resident memory, then quits it
with SIGTERM (which the app handles as a normal quit) and checks the exit code.

    python benchmarks/startup.py [--runs 5]

Uses the current QT_QPA_PLATFORM (offscreen by default, or a real X display).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from benchmarks.results import compile_as_installed, record


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_run(folder: Path, extra: list[str]) -> Run:
    trace = folder / "trace.jsonl"
    trace.unlink(missing_ok=True)
    spawned = time.monotonic()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hamsession",
            "--data-dir",
            str(folder / "data"),
            "--trace",
            str(trace),
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    events: dict[str, float] = {}
    deadline = spawned + 60

    def wait_for(event: str) -> None:
        while event not in events and time.monotonic() < deadline:
            if trace.exists():
                for line in trace.read_text().splitlines():
                    record = json.loads(line)
                    events[record["event"]] = record["t"]
            time.sleep(0.005)
        if event not in events:
            proc.kill()
            raise SystemExit(f"no {event} in the trace: " + (proc.communicate()[1] or ""))

    wait_for("window_shown")
    wait_for("ready")
    time.sleep(max(0.0, events["window_shown"] + 2.0 - time.monotonic()))
    rss = resident_mb(proc.pid)  # two seconds after the window, as the comparison reads it
    time.sleep(max(0.0, events["ready"] + SETTLED_S - time.monotonic()))
    settled = resident_mb(proc.pid)  # once the idle-time loading is done
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    if err.strip():
        print("stderr:", err.strip(), file=sys.stderr)
    return Run(
        events["window_shown"] - spawned,
        events["window_shown"] - events["process_start"],
        events["ready"] - spawned,
        rss,
        settled,
        proc.returncode,
    )


class Run(NamedTuple):
    window_s: float  # from spawning the process to the window on screen
    code_s: float  # the same from the app's first line
    ready_s: float  # from spawning to the first page shown with the history read
    rss_mb: float  # two seconds after the window
    settled_mb: float  # SETTLED_S after the first page (charts and database layer loaded)
    exit_code: int


#: When the memory is read a second time: after the idle-time loading that begins two
#: seconds after the first page.
SETTLED_S = 8.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--program", help="open the player on this program")
    args = parser.parse_args()
    compile_as_installed()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    extra = ["--program", args.program] if args.program else []
    with tempfile.TemporaryDirectory() as tmp:
        first = one_run(Path(tmp), extra)  # a new data folder: the history is created
        runs = [one_run(Path(tmp), extra) for _ in range(args.runs)]  # a returning person
    spawn = [r.window_s * 1000 for r in runs]
    code = [r.code_s * 1000 for r in runs]
    ready = [r.ready_s * 1000 for r in runs]
    rss = [r.rss_mb for r in runs]
    settled = [r.settled_mb for r in runs]
    exits = sorted({r.exit_code for r in [first, *runs]})
    where = (
        os.environ.get("DISPLAY")
        if os.environ["QT_QPA_PLATFORM"] == "xcb"
        else os.environ["QT_QPA_PLATFORM"]
    )
    print(f"startup: {args.runs} runs, platform {where}, {args.program or 'program picker'}")
    print(
        f"spawn to window_shown ms: median {statistics.median(spawn):.0f}  "
        f"min {min(spawn):.0f}  max {max(spawn):.0f}"
    )
    print(f"process_start to window_shown ms: median {statistics.median(code):.0f}")
    print(f"spawn to the first page (ready) ms: median {statistics.median(ready):.0f}")
    print(
        f"resident memory 2 s after the window MB: median {statistics.median(rss):.1f}; "
        f"{SETTLED_S:.0f} s after the first page: {statistics.median(settled):.1f}"
    )
    print(
        f"first start in a new data folder: window {first.window_s * 1000:.0f} ms, "
        f"first page {first.ready_s * 1000:.0f} ms, memory {first.rss_mb:.1f} MB"
    )
    print(f"exit codes after SIGTERM: {exits}")
    record(
        "startup",
        platform=where,
        window_ms=statistics.median(spawn),
        ready_ms=statistics.median(ready),
        rss_mb=statistics.median(rss),
        settled_mb=statistics.median(settled),
        first_ready_ms=first.ready_s * 1000,
        first_rss_mb=first.rss_mb,
        exits=exits,
    )
    return 0 if exits == [0] else 1


if __name__ == "__main__":
    sys.exit(main())
