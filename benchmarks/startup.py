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

from benchmarks.results import record


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_run(folder: Path, extra: list[str]) -> tuple[float, float, float, int]:
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
    while "window_shown" not in events and time.monotonic() < deadline:
        if trace.exists():
            for line in trace.read_text().splitlines():
                record = json.loads(line)
                events[record["event"]] = record["t"]
        time.sleep(0.005)
    if "window_shown" not in events:
        proc.kill()
        raise SystemExit("the window was never shown: " + (proc.communicate()[1] or ""))
    time.sleep(1.0)  # let the first frames settle before reading memory
    rss = resident_mb(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    if err.strip():
        print("stderr:", err.strip(), file=sys.stderr)
    from_spawn = events["window_shown"] - spawned
    from_code = events["window_shown"] - events["process_start"]
    return from_spawn, from_code, rss, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--program", help="open the player on this program")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    extra = ["--program", args.program] if args.program else []
    with tempfile.TemporaryDirectory() as tmp:
        runs = [one_run(Path(tmp), extra) for _ in range(args.runs)]
    spawn = [r[0] * 1000 for r in runs]
    code = [r[1] * 1000 for r in runs]
    rss = [r[2] for r in runs]
    exits = sorted({r[3] for r in runs})
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
    print(
        f"resident memory after start MB: median {statistics.median(rss):.1f}  max {max(rss):.1f}"
    )
    print(f"exit codes after SIGTERM: {exits}")
    record(
        "startup",
        platform=where,
        window_ms=statistics.median(spawn),
        rss_mb=statistics.median(rss),
        exits=exits,
    )
    return 0 if exits == [0] else 1


if __name__ == "__main__":
    sys.exit(main())
