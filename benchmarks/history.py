"""Time from asking for the history view to its charts being drawn, for 1, 5 and 10 years.

For each size, years of daily P1 sessions (every phase recorded, the morning question
answered, the safety questions done) are imported into a fresh data folder. Then, each
in a fresh process, so the first opening is really the first:

* the real app started with ``--view history`` (the trace's ``history_rendered``);
* the main window shown and left idle (the charts load in the background), then the
  history opened as a click would (the first opening), back to the programs, and
  opened three more times (warm openings; the median is printed).

    python -m benchmarks.history [--years 1 5 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.history_import import synthetic_export
from benchmarks.results import record

IDLE_WAIT_S = 15.0


def make_data(folder: Path, years: int) -> None:
    from hamsession.services.history import HistoryService
    from hamsession.services.import_file import import_export, read_export
    from hamsession.storage.database import open_database
    from hamsession.storage.datadir import DataDir
    from hamsession.storage.repositories import Repositories

    history = HistoryService(Repositories.on(open_database(DataDir(folder))))
    body = synthetic_export(years, morning=True)
    import_export(history, read_export(json.dumps(body).encode(), "bench.json"))
    history.screened(history.profile(), date.today())
    history.db.close()


def in_window(folder: Path) -> dict:
    """The main window shown and idle, then the history opened four times (child)."""
    from PySide6.QtWidgets import QApplication

    from hamsession.app import open_repositories, settle_memory
    from hamsession.services.history import HistoryService
    from hamsession.services.preferences import Preferences
    from hamsession.services.programs import ProgramService
    from hamsession.services.session import SessionService
    from hamsession.storage.datadir import DataDir
    from hamsession.ui.desktop import qt_messages
    from hamsession.ui.shell.main_window import MainWindow

    qt_messages.install()
    app = QApplication(sys.argv[:1])
    history = HistoryService(open_repositories(DataDir(folder)))  # as the app opens it
    programs = ProgramService(None)
    sessions = SessionService(programs, time.monotonic, history=history, profile=history.profile())
    window = MainWindow(programs, sessions, Preferences(None), lambda: None, history)
    window.resize(1280, 800)
    window.show()
    got: list[float] = []
    window.history_rendered.connect(lambda _n, ms: got.append(ms))
    window.history_flow.prepared.connect(settle_memory)  # as the app does
    deadline = time.monotonic() + IDLE_WAIT_S
    while window.history_flow._spare is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    idle = window.history_flow._spare is not None
    figures = []
    for _ in range(4):
        got.clear()
        window.show_history()
        while not got:
            app.processEvents()
        figures.append(got[0])
        window.show_picker()
        end = time.monotonic() + 2.0  # time for the next empty view to be built
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
    window.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    history.db.close()
    return {"first_ms": figures[0], "warm_ms": statistics.median(figures[1:]), "idle": idle}


def with_view_history(folder: Path, env: dict) -> float | None:
    """The real app started on the history: its trace's figure (None if none came)."""
    trace = folder.parent / "trace.jsonl"
    trace.unlink(missing_ok=True)
    app = subprocess.Popen(
        [sys.executable, "-m", "hamsession", "--data-dir", str(folder), "--view", "history",
         "--trace", str(trace)],
        env=env,
    )  # fmt: skip
    figure = None
    deadline = time.monotonic() + 60
    while figure is None and time.monotonic() < deadline and app.poll() is None:
        time.sleep(0.1)
        for line in trace.read_text().splitlines() if trace.exists() else []:
            event = json.loads(line)
            if event["event"] == "history_rendered":
                figure = event["ms"]
    app.terminate()
    app.wait(10)
    return figure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[1, 5, 10])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(in_window(args.child)))
        return 0
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"history view: platform {env['QT_QPA_PLATFORM']}, each size in fresh processes")
    for years in args.years:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "data"
            make_data(folder, years)
            started = with_view_history(folder, env)
            child = subprocess.run(
                [sys.executable, "-m", "benchmarks.history", "--child", str(folder)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            got = json.loads(child.stdout.strip().splitlines()[-1])
        note = "" if got["idle"] else " (the charts had not loaded in the background)"
        shown = "none" if started is None else f"{started:.0f} ms"
        print(
            f"{years:>2} years ({365 * years} sessions): first opening {got['first_ms']:.0f} ms"
            f"{note}, warm {got['warm_ms']:.0f} ms median; started with --view history: "
            f"{shown} (goals at 10 years: first under 250 ms, warm under 100 ms)"
        )
        record(
            "history",
            years=years,
            first_ms=got["first_ms"],
            median_ms=got["warm_ms"],
            view_history_ms=started,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
