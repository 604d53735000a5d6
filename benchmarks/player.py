"""The player under load: pacer frame rate and CPU at full screen, and phase lateness.

Builds the app's main window (the same composition as ``hamsession``), opens the
player full screen on a program, starts it and lets it run on the real
monotonic clock. It reports the pacer's frames per second, the process's CPU use
as a share of one core, and phase lateness taken from the trace file the run
writes (contracts §7).

    python benchmarks/player.py [--program p1-foundations] [--seconds 60]

With QT_QPA_PLATFORM=xcb and a DISPLAY (e.g. Xvfb) it measures real X11 painting.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.results import record
from hamsession.services.preferences import Preferences
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.services.trace import open_trace
from hamsession.storage.assets import resources_dir
from hamsession.ui.desktop import qt_messages
from hamsession.ui.session.cue_output import CueOutput
from hamsession.ui.shell.main_window import MainWindow


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", default="p1-foundations")
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    qt_messages.install()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        trace_path = Path(tmp) / "trace.jsonl"
        trace = open_trace(trace_path)
        programs = ProgramService(None)
        sessions = SessionService(programs, time.monotonic, trace)
        prefs = Preferences(None)
        window = MainWindow(
            programs, sessions, prefs, lambda: CueOutput(resources_dir() / "sounds")
        )
        window.showFullScreen()
        window.open_program(args.program)
        counter = PaintCounter()
        window.player.pacer.installEventFilter(counter)
        ticks = [0]
        window.player.pacer._frame.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
        marks: dict[str, float] = {}

        def begin() -> None:
            window.player.toggle()
            marks["cpu"], marks["wall"] = cpu_seconds(), time.monotonic()
            counter.paints = 0
            ticks[0] = 0

        def finish() -> None:
            marks["cpu"] = cpu_seconds() - marks["cpu"]
            marks["wall"] = time.monotonic() - marks["wall"]
            marks["paints"] = counter.paints
            marks["ticks"] = ticks[0]
            window.shutdown()
            app.exit(0)

        QTimer.singleShot(500, begin)
        QTimer.singleShot(int(500 + args.seconds * 1000), finish)
        app.exec()
        size = window.size()
        window.close()
        trace.close()
        events = [json.loads(line) for line in trace_path.read_text().splitlines()]
    late = [(e["t"] - e["due"]) * 1000 for e in events if e["event"] == "phase"]
    print(
        f"player: {args.program}, {marks['wall']:.1f} s running, full screen "
        f"{size.width()}x{size.height()}, platform {os.environ['QT_QPA_PLATFORM']}"
    )
    print(
        f"pacer frame clock: {marks['ticks'] / marks['wall']:.1f} frames/s (goal 60); "
        f"repaints {marks['paints'] / marks['wall']:.1f}/s (only when the shape moves "
        f"a whole pixel or more)"
    )
    print(
        f"process CPU: {100 * marks['cpu'] / marks['wall']:.1f} % of one core "
        f"(goal <= 5 % for the pacer)"
    )
    print(
        f"phase lateness ms ({len(late)} phases): p50 {statistics.median(late):.2f}  "
        f"p99 {percentile(late, 99):.2f}  max {max(late):.2f} (goal p99 <= 5, max <= 20)"
    )
    record(
        "player",
        platform=os.environ["QT_QPA_PLATFORM"],
        seconds=marks["wall"],
        fps=marks["ticks"] / marks["wall"],
        cpu_pct=100 * marks["cpu"] / marks["wall"],
        screen=f"{size.width()}x{size.height()}",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
