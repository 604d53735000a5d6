"""The composition root: builds the services and the main window and hands each what it needs."""

from __future__ import annotations

import argparse
import gc
import sys
import time

from hamsession import PROCESS_T0


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; returns its exit code."""
    from hamsession.services.preferences import Preferences
    from hamsession.services.programs import ProgramService
    from hamsession.services.session import SessionService
    from hamsession.services.trace import open_trace
    from hamsession.storage.assets import resources_dir
    from hamsession.storage.datadir import DataDir, resolve_data_dir

    trace = open_trace(args.trace)
    trace.event("process_start", t=PROCESS_T0)
    data = DataDir(resolve_data_dir(getattr(args, "data_dir", None)))
    programs = ProgramService(data)
    if args.program:
        programs.program(args.program)  # unknown ids and broken files stop here (exit 2)
    sessions = SessionService(programs, time.monotonic, trace)
    prefs = Preferences(data.settings)
    sound_dir = resources_dir() / "sounds"

    from PySide6.QtWidgets import QApplication

    from hamsession.ui import qt_messages, quit_signals
    from hamsession.ui.main_window import MainWindow

    qt_messages.install()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Hamsession")
    app.setOrganizationName("Hamsession")
    signals = quit_signals.install(app)

    def make_cues():
        from hamsession.ui.cue_output import CueOutput

        return CueOutput(sound_dir)

    window = MainWindow(programs, sessions, prefs, make_cues)
    if trace.enabled:
        window.first_exposed.connect(lambda: trace.event("window_shown"))
    if args.program:
        window.open_program(args.program)
    elif args.view == "history":
        window.statusBar().showMessage("The history view is not part of this version yet.")
    if args.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    code = app.exec()
    # Tear down in order so no widget, timer or sound outlives the application at exit.
    window.shutdown()
    window.close()
    del window
    if signals is not None:
        signals.uninstall()
    gc.collect()
    trace.close()
    return code
