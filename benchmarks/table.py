"""Runs every benchmark and prints one table of figures (``make bench``).

Each benchmark runs in its own process and hands its figures back through a
results file (see :mod:`benchmarks.results`); this prints them as a Markdown
table with the date and the machine, ready for the README.

    python -m benchmarks.table            # the full set: two 10-minute sessions, ~25 min
    python -m benchmarks.table --quick    # the same figures from shorter runs, ~5 min

With ``DISPLAY`` set (a desktop, or Xvfb) windows are real X windows and the
Workrave comparison runs; otherwise Qt draws offscreen and it is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.results import RESULTS_ENV, compile_as_installed


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {mem_kb / 1024 / 1024:.0f} GB RAM"
    except OSError:
        memory = ""
    from PySide6 import __version__ as pyside

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {pyside}"
    )


def run(module: str, *args: str, results: Path, env: dict[str, str]) -> None:
    print(f"$ python -m {module} {' '.join(args)}".rstrip(), flush=True)
    subprocess.run(
        [sys.executable, "-m", module, *args],
        env={**env, RESULTS_ENV: str(results)},
        check=True,
    )


def table(rows: list[dict], where: str) -> list[str]:
    by: dict[str, list[dict]] = {}
    for row in rows:
        by.setdefault(row["bench"], []).append(row)
    lines = ["| Figure | Measured | Goal |", "|---|---|---|"]

    def add(figure: str, measured: str, goal: str) -> None:
        lines.append(f"| {figure} | {measured} | {goal} |")

    for s in by.get("startup", []):
        add(
            f"Start-up to visible window / to the first page ({where})",
            f"{s['window_ms']:.0f} / {s['ready_ms']:.0f} ms",
            "",
        )
        add(
            "Resident memory 2 s after the window / once the idle-time loading is done",
            f"{s['rss_mb']:.0f} / {s['settled_mb']:.0f} MB",
            "",
        )
        add(
            "First start in a new data folder (the history created): first page / memory",
            f"{s['first_ready_ms']:.0f} ms / {s['first_rss_mb']:.0f} MB",
            "",
        )
    for w in by.get("workrave", []):
        h_ms, h_mb, b_ms, b_mb = w["hamsession_ms"], w["hamsession_mb"], w["bare_ms"], w["bare_mb"]
        if w.get("workrave_ms"):
            add(
                "Workrave on the same display: window / memory",
                f"{w['workrave_ms']:.0f} ms / {w['workrave_mb']:.0f} MB",
                "",
            )
        add(
            "Bare PySide6 window, same display: window / memory",
            f"{b_ms:.0f} ms / {b_mb:.0f} MB",
            "",
        )
        against = f" ({h_ms / w['workrave_ms']:.2f}x Workrave)" if w.get("workrave_ms") else ""
        add(
            "Hamsession, same display: window / memory",
            f"{h_ms:.0f} ms{against} / {h_mb:.0f} MB ({h_mb / b_mb:.2f}x the bare window)",
            "window <= 1.5x Workrave, memory <= 1.5x the bare window",
        )
    for t in by.get("timer", []):
        load = f", {t['load']} busy processes" if t["load"] else ", idle"
        add(
            f"Phase lateness, {t['minutes']:.1f}-min session{load} ({t['phases']} phases)",
            f"p50 {t['p50_ms']:.2f} / p99 {t['p99_ms']:.2f} / max {t['max_ms']:.2f} ms",
            "p99 <= 20 ms" if t["load"] else "p99 <= 5 ms, max <= 20 ms",
        )
        add("Drift over that session", f"{t['drift_ms']:+.2f} ms", "within 10 ms")
    for p in by.get("player", []):
        add(
            f"Pacer at full screen {p['screen']} ({p['platform']})",
            f"{p['fps']:.1f} frames/s, {p['cpu_pct']:.1f} % of one core",
            "60 frames/s, <= 5 % CPU",
        )
    for h in by.get("history", []):
        started = h.get("view_history_ms")
        add(
            f"History view, {h['years']} year{'s' if h['years'] != 1 else ''} of daily sessions:"
            " first opening / warm / started with --view history",
            f"{h['first_ms']:.0f} / {h['median_ms']:.0f} / "
            f"{'-' if started is None else f'{started:.0f}'} ms",
            "10 years: first < 250 ms, warm < 100 ms",
        )
    for x in by.get("transfer", []):
        add(
            f"Import of {x['years']} years ({x['sessions']} sessions, {x['phases']} phases, "
            f"{x['file_mb']:.0f} MB file): time / peak memory",
            f"{x['import_s']:.1f} s ({x['import_s'] / x['import_floor_s']:.1f}x the floor of "
            f"{x['import_floor_s']:.1f} s) / {x['import_peak_mb']:.0f} MB",
            "<= 3x the floor, < 300 MB",
        )
        add(
            f"Export of {x['years']} years, JSON: time / peak memory",
            f"{x['export_s']:.1f} s ({x['export_s'] / x['export_floor_s']:.1f}x the floor of "
            f"{x['export_floor_s']:.1f} s) / {x['export_peak_mb']:.0f} MB",
            "<= 3x the floor",
        )
        add(
            f"Export of {x['years']} years, CSV",
            f"{x['csv_s']:.2f} s (reading the summary columns alone: {x['csv_floor_s']:.2f} s)",
            "<= 1 s",
        )
        add("Database size per year of daily sessions", f"{x['db_mb_per_year']:.1f} MB", "")
    for v in by.get("server", []):
        add(
            f"Import / JSON export of {v['years']} years: SQLite file vs PostgreSQL on 127.0.0.1",
            f"{v['sqlite_import_s']:.1f} s vs {v['postgresql_import_s']:.1f} s / "
            f"{v['sqlite_export_s']:.1f} s vs {v['postgresql_export_s']:.1f} s",
            "",
        )
        for name, what in (
            ("sqlite", "SQLite file"),
            ("postgresql", "PostgreSQL"),
            ("journal", "PostgreSQL via the laptop's journal"),
        ):
            add(
                f"A 10-minute session's {v[name + '_writes']} writes, {what}: p50 / p99",
                f"{v[name + '_p50_ms']:.1f} / {v[name + '_p99_ms']:.1f} ms",
                "",
            )
    return [
        f"Measured {date.today():%Y-%m-%d} on {machine()}; windows: {where}.",
        "",
        *lines,
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs, same figures")
    args = parser.parse_args()
    compile_as_installed()
    env = dict(os.environ)
    display = env.get("DISPLAY")
    env["QT_QPA_PLATFORM"] = "xcb" if display else "offscreen"
    where = f"X display {display}" if display else "Qt offscreen"
    minutes = "1" if args.quick else "10"
    with tempfile.TemporaryDirectory() as tmp:
        results = Path(tmp) / "results.jsonl"
        results.touch()
        run("benchmarks.timer", "--minutes", minutes, results=results, env=env)
        run("benchmarks.timer", "--minutes", minutes, "--load", results=results, env=env)
        run("benchmarks.startup", "--runs", "3" if args.quick else "7", results=results, env=env)
        run("benchmarks.workrave", "--runs", "3" if args.quick else "5", results=results, env=env)
        seconds = "20" if args.quick else "60"
        run("benchmarks.player", "--seconds", seconds, results=results, env=env)
        run("benchmarks.history", results=results, env=env)
        run("benchmarks.history_import", results=results, env=env)
        years = "1" if args.quick else "10"
        run("benchmarks.server", "--years", years, results=results, env=env)
        rows = [json.loads(line) for line in results.read_text().splitlines()]
    print()
    print("\n".join(table(rows, where)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
