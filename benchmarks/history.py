"""Time from opening the history view to its charts being drawn, for 1, 5 and 10 years.

Imports years of daily P1 sessions (every phase recorded) into a fresh data folder,
then opens the real main window's history view and waits for its
``history_rendered`` signal (the same figure the trace records). Each size is
measured three times; the median is printed.

    python -m benchmarks.history [--years 1 5 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.history_import import synthetic_export
from benchmarks.results import record
from hamsession.services.history import HistoryService
from hamsession.services.import_file import ExportIn, import_export
from hamsession.services.preferences import Preferences
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.storage.database import open_database
from hamsession.storage.datadir import DataDir
from hamsession.storage.repositories import Repositories
from hamsession.ui.desktop import qt_messages
from hamsession.ui.shell.main_window import MainWindow


def measure(app: QApplication, history: HistoryService) -> float:
    programs = ProgramService(None)
    sessions = SessionService(programs, time.monotonic, history=history, profile=history.profile())
    window = MainWindow(programs, sessions, Preferences(None), lambda: None, history)
    window.resize(1280, 800)
    window.show()
    got: list[float] = []
    window.history_rendered.connect(lambda _n, ms: got.append(ms))
    window.show_history()
    while not got:
        app.processEvents()
    window.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    return got[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[1, 5, 10])
    args = parser.parse_args()
    qt_messages.install()
    app = QApplication(sys.argv[:1])
    print(f"history view: platform {os.environ['QT_QPA_PLATFORM']}, 3 openings each")
    for years in args.years:
        with tempfile.TemporaryDirectory() as tmp:
            history = HistoryService(Repositories.on(open_database(DataDir(Path(tmp)))))
            import_export(history, ExportIn.model_validate(synthetic_export(years)))
            figures = [measure(app, history) for _ in range(3)]
            history.db.close()
        first = " (the first opening also loads pyqtgraph)" if years == args.years[0] else ""
        print(
            f"{years:>2} years ({365 * years} sessions): {statistics.median(figures):.1f} ms "
            f"median, {figures[0]:.1f} ms first{first} (goal under 250 ms at 10 years)"
        )
        record("history", years=years, median_ms=statistics.median(figures), first_ms=figures[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
