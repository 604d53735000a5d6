"""The composition root: builds the services and the main window and hands each what it needs."""

from __future__ import annotations

import argparse
import gc
import sys

from hamsession import PROCESS_T0


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; returns its exit code."""
    from hamsession.services.programs import ProgramService
    from hamsession.services.trace import open_trace
    from hamsession.storage.datadir import DataDir, resolve_data_dir

    trace = open_trace(args.trace)
    trace.event("process_start", t=PROCESS_T0)
    data = DataDir(resolve_data_dir(getattr(args, "data_dir", None)))
    programs = ProgramService(data)
    if args.program:
        programs.program(args.program)  # unknown ids and broken files stop here (exit 2)

    from PySide6.QtWidgets import QApplication

    from hamsession.ui import quit_signals
    from hamsession.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Hamsession")
    app.setOrganizationName("Hamsession")
    signals = quit_signals.install(app)
    window = MainWindow(programs.summaries())
    if trace.enabled:
        window.first_exposed.connect(lambda: trace.event("window_shown"))
    if args.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    code = app.exec()
    # Tear down in order so no widget or timer outlives the application at exit.
    window.close()
    window.deleteLater()
    del window
    if signals is not None:
        signals.uninstall()
    gc.collect()
    trace.close()
    return code
