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
    from hamsession.services.trace import open_trace
    from hamsession.storage.assets import resources_dir
    from hamsession.storage.datadir import DataDir

    trace = open_trace(args.trace)
    trace.event("process_start", t=PROCESS_T0)
    data = DataDir.chosen(args)
    opened: dict[str, object] = {}
    if args.program:  # unknown ids and broken files stop here (exit 2); from here on, the id
        args.program = _programs(data, opened).open_file(args.program).id
    prefs = Preferences(data.settings)
    sound_dir = resources_dir() / "sounds"

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hamsession.ui.desktop import qt_messages, quit_signals, source_check

    source_check.install()
    qt_messages.install()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Hamsession")
    app.setOrganizationName("Hamsession")
    app.setDesktopFileName("hamsession")  # ties the window to hamsession.desktop (docks)
    from hamsession.ui.desktop import language

    language.install(resources_dir() / "translations", prefs.language)
    if prefs.high_contrast:
        from hamsession.ui.widgets import high_contrast

        high_contrast.apply(True)

    claimed, handed_over = _claim(data)
    if handed_over:
        return 0

    from hamsession.ui.shell.main_window import MainWindow

    signals = quit_signals.install(app)

    def make_cues():
        from hamsession.ui.session.cue_output import CueOutput

        return CueOutput(sound_dir, trace=trace)

    # The window goes up first, saying it is opening; its parts, the database and the
    # libraries behind them load once the window is on screen.
    window = MainWindow(None, None, prefs, make_cues, opening=True)
    if trace.enabled:
        window.first_exposed.connect(lambda: trace.event("window_shown"))
        window.pages.shown.connect(lambda name: trace.event("view", name=name))
        window.history_rendered.connect(
            lambda n, ms: trace.event("history_rendered", sessions=n, ms=round(ms, 1))
        )
    if claimed is not None:
        opened["lock"] = claimed

    def open_data(win=window) -> None:
        from hamsession.ui.desktop.window_icon import shipped_icon

        # Set once the window is up: the title bar and the dock take it a moment later.
        app.setWindowIcon(shipped_icon(resources_dir() / "desktop"))
        try:
            _assemble(win, data, trace, opened, make_cues)
            _open_data(win, data, opened["programs"], trace, args, opened)
        except BaseException as err:  # reported by the command line after a clean exit
            opened["error"] = err
            app.exit(1)
            return
        if "exit" in opened:
            app.exit(opened["exit"])
            return
        forget_sources()
        trace.event("ready")

    window.first_exposed.connect(lambda: QTimer.singleShot(0, open_data))
    if args.view == "history":  # the charts load while the history opens
        from hamsession.ui.history import chart_preload

        window.first_exposed.connect(chart_preload.begin)
    if args.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    code = app.exec()
    # Tear down in order so no widget, timer or sound outlives the application at exit.
    window.shutdown()
    window.close()
    del window
    preload = sys.modules.get("hamsession.ui.history.chart_preload")
    if preload is not None:
        preload.wait()  # an import still running at exit could crash the interpreter
    if signals is not None:
        signals.uninstall()
    gc.collect()
    if "server" in opened:
        opened["server"].close()
    if "idle" in opened:
        opened["idle"].close()
    if "history" in opened:
        opened["history"].close()
    if "lock" in opened:
        opened["lock"].release()
    trace.close()
    if "error" in opened:
        raise opened["error"]
    return opened.get("exit", code)


def _programs(data, opened: dict):
    """The program library's service, made once (before the window only for --program),
    its texts in the interface's language."""
    if "programs" not in opened:
        from hamsession.services.preferences import Preferences
        from hamsession.services.programs import ProgramService, library_language

        language = library_language(Preferences(data.settings).language)
        opened["programs"] = ProgramService(data, language, keep=True)
    return opened["programs"]


def _assemble(window, data, trace, opened: dict, make_cues) -> None:
    """The window's parts, built behind its "opening" line: the program list and the
    session flow, with a session service that records nothing until the history opens."""
    from hamsession.services.session import SessionService

    programs = _programs(data, opened)
    window.assemble(programs, SessionService(programs, time.monotonic, trace), make_cues)


def _share_library(window, history, programs, data) -> None:
    """On a clinic's server: the clinician's own programs and exercises are brought level
    with the server now and sent to it as they are saved."""
    from hamsession.services.shared_library import SharedLibrary

    shared = SharedLibrary(history.repos.library, data)

    def tell(err: Exception) -> None:
        first = str(getattr(err, "orig", err)).splitlines()[0]
        window.say(f"Programs were not shared with the clinic's server ({first})")

    def send(path) -> None:
        try:
            shared.send(path)
        except Exception as err:  # the server away: the file stays here, sent next start
            tell(err)

    programs.saved.connect(send)
    try:
        if shared.level():
            programs.reload()
            window.refresh_programs()
    except Exception as err:
        tell(err)


def settle_memory() -> None:
    """Once the app has started (the charts loaded too): what is alive now lives as long
    as the app, so it is set aside from the cycle collector, whose full passes over it
    took about 100 ms, often in the middle of drawing the history."""
    if not gc.get_freeze_count():
        gc.collect()
        gc.freeze()


def _open_data(window, data, programs, trace, args, opened: dict) -> None:
    """Open the history behind a window already on screen and start where asked."""
    got = _open_history(data, trace, args, opened.get("lock"))
    if isinstance(got, int):
        opened["exit"] = got
        return
    history, lock = got
    opened.update(history=history, lock=lock)
    if args.view == "history":  # the charts read through the database layer at once
        history.open_storage()
    if data.server is not None:  # a clinic's server: sessions go through the journal
        history.repos.recording.told = window.session.saving.said.emit  # queued across threads
    from hamsession.ui.desktop.single_instance import ActivationServer, server_name

    server = opened["server"] = ActivationServer(server_name(data.root), window)
    server.activated.connect(lambda: (window.bring_forward(), trace.event("activated")))
    profile = history.profile(getattr(args, "profile", None))
    from hamsession.domain.sleep_watch import sleep_counting_clock
    from hamsession.services.clinic import ClinicService
    from hamsession.services.session import SessionService
    from hamsession.services.variants import VariantService

    variants = VariantService(programs, history)
    sessions = SessionService(
        programs, time.monotonic, trace, history, profile, variants, sleep_counting_clock()
    )
    clinic = ClinicService(history, programs)
    window.attach(history, sessions, clinic, build_advice(history, programs, variants))
    if data.server is not None:
        _share_library(window, history, programs, data)
    window.history_flow.prepared.connect(settle_memory)
    for warning in history.repos.warnings:
        window.say(f"Note: {warning}.")

    def begin(win=window) -> None:
        if args.program:  # started for one thing: no periodic check-ins first
            win.checkin.startup(lambda: win.open_program(args.program), checkins=False)
        elif args.view == "history":
            win.checkin.startup(win.show_history, checkins=False)
        else:
            win.checkin.startup(win.show_picker)
        if win.desk_breaks is not None and not win.preferences.break_asked:
            win.desk_breaks.ask_first()

    if not clinic.clinic_mode:  # a lent laptop offers no desk breaks
        from hamsession.ui.desk_breaks.reminders import DeskBreaks

        def idle_s() -> float:  # the desktop is watched once reminders are on
            if "idle" not in opened:
                from hamsession.ui.desktop.system_idle import SystemIdle

                opened["idle"] = SystemIdle(window)
            return opened["idle"].idle_s()

        window.attach_desk_breaks(
            DeskBreaks(window.preferences, sleep_counting_clock(), idle_s, parent=window)
        )
    if clinic.clinic_mode:
        window.clinic.lock()  # a lent laptop opens on no one's data
    elif profile.has_pin:
        window.clinic.lock_profile(profile, begin)  # its PIN first
    else:
        begin()


def forget_sources() -> None:
    """Drop the source lines PySide had Python keep: on every import it reads the new
    module's source to see whether the module uses its ``__feature__`` switches, and
    linecache holds those lines (about 2.5 MB at start) though nothing reads them again;
    a traceback reads what it needs back from the files."""
    import linecache

    linecache.clearcache()


def _claim(data):
    """Take the data folder's lock before the window shows, so two quick launches never
    both open it. Returns ``(lock, handed_over)``: the lock when this app is the first;
    no lock when another app holds it (``handed_over`` when that one came to the front)
    or when the folder cannot be used yet (the window then says why)."""
    from hamsession.storage.errors import AlreadyRunning, DataError
    from hamsession.storage.instance_lock import InstanceLock
    from hamsession.storage.private_files import private_folder

    lock = InstanceLock(data.root / "hamsession.lock")
    try:
        private_folder(data.root)
        lock.acquire()
        return lock, False
    except AlreadyRunning:
        pass
    except (DataError, OSError):
        return None, False
    from hamsession.ui.desktop.single_instance import hand_over, server_name

    for _attempt in range(10):  # the running app may still be opening its history
        if hand_over(server_name(data.root)):
            print(
                f"hamsession: already open with the data folder {data.root}; "
                "brought its window to the front",
                file=sys.stderr,
            )
            return None, True
        time.sleep(0.2)
    return None, False


def _open_history(data, trace, args, claimed=None):
    """The history service and the data folder's lock (``claimed`` before the window, or
    taken now), or an exit code after telling why."""
    from hamsession.services.history import HistoryService
    from hamsession.storage.errors import DataError
    from hamsession.storage.instance_lock import InstanceLock
    from hamsession.storage.private_files import private_folder
    from hamsession.ui.shell.data_problem import explain_data_problem

    lock = claimed or InstanceLock(data.root / "hamsession.lock")
    while True:
        try:
            private_folder(data.root)
            lock.acquire()
            return HistoryService(open_repositories(data)), lock
        except (DataError, OSError) as err:
            lock.release()
            # Said on the terminal at once, then in a dialog for whoever is at the screen.
            print(f"hamsession: {str(err).splitlines()[0]}", file=sys.stderr, flush=True)
            if not explain_data_problem(data, err):
                return 1


def open_repositories(data):
    """The repositories over the data folder's history, or over the clinic's server with
    the laptop's journal in between for the sessions played here. A history file that
    needs no upgrade is read at first with the standard library's sqlite3 alone: the
    database layer opens on first need."""
    from hamsession.storage.history_file import prepare, use_folder

    use_folder(data)
    ready = None
    if data.server is None:
        ready = prepare(data)
        if not ready.needs_upgrade:
            from hamsession.storage.deferred import DeferredRepositories

            return DeferredRepositories.over(data, ready)
    from hamsession.storage.database import open_database
    from hamsession.storage.journal import JOURNAL_NAME, Journal
    from hamsession.storage.repositories import Repositories

    db = open_database(data, ready)
    if data.server is None:
        return Repositories.on(db)
    try:
        return Repositories.on(db, Journal(data.root / JOURNAL_NAME))
    except BaseException:
        db.close()
        raise


def build_advice(history, programs, variants=None):
    """The safety and advice services over one history (the window and the command line)."""
    from hamsession.services.advice import AdviceService
    from hamsession.services.safety import SafetyService

    return AdviceService(history, programs, SafetyService(history), variants)


REPORT_RANGES = {"4w": "4 weeks", "3m": "3 months", "1y": "1 year", "all": "All"}


def write_report_cli(args: argparse.Namespace) -> int:
    """``hamsession report``: the PDF for one profile, drawn without a screen if need be."""
    import os
    from pathlib import Path

    from hamsession.services.history import HistoryService
    from hamsession.services.programs import ProgramService
    from hamsession.storage.database import open_database
    from hamsession.storage.datadir import DataDir
    from hamsession.storage.repositories import Repositories

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hamsession.services.preferences import Preferences
    from hamsession.storage.assets import resources_dir
    from hamsession.ui.desktop import language, qt_messages
    from hamsession.ui.history.report_pdf import write_report

    qt_messages.install()
    _app = QApplication.instance() or QApplication([sys.argv[0]])  # kept until exit
    data = DataDir.chosen(args)
    language.install(resources_dir() / "translations", Preferences(data.settings).language)
    history = HistoryService(Repositories.on(open_database(data)))
    try:
        profile = history.profile(args.profile)
        from hamsession.services.programs import library_language

        language = library_language(Preferences(data.settings).language)
        advice = build_advice(history, ProgramService(data, language))
        write_report(Path(args.out), history, profile, advice, REPORT_RANGES[args.range])
    finally:
        history.close()
    if args.out == "-":  # the PDF went to standard output: the note goes beside it
        print("report written to standard output", file=sys.stderr)
    else:
        print(f"report written to {args.out}")
    return 0
