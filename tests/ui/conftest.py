"""Fixtures for widget tests: services on a fake clock and the mock speech engine."""

from __future__ import annotations

import pytest

from hamsession.services.preferences import Preferences
from hamsession.services.programs import ProgramService
from hamsession.services.session import SessionService
from hamsession.storage.assets import resources_dir


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The interface in English with its plural forms, as the app shows it on an English
    desktop (whatever language this machine's desktop has)."""
    from hamsession.ui.desktop import language

    language.install(resources_dir() / "translations", "en")


@pytest.fixture
def programs() -> ProgramService:
    return ProgramService(None)


@pytest.fixture
def sessions(programs, clock) -> SessionService:
    return SessionService(programs, clock)


@pytest.fixture
def prefs(tmp_path) -> Preferences:
    return Preferences(tmp_path / "settings.ini")


@pytest.fixture
def history(tmp_path):
    """A history service on a real, empty database file. Its default profile answered the
    safety questions today (tests of the screening itself start from a fresh profile)."""
    from datetime import date

    from hamsession.services.history import HistoryService
    from hamsession.storage.database import open_database
    from hamsession.storage.datadir import DataDir
    from hamsession.storage.repositories import Repositories

    service = HistoryService(Repositories.on(open_database(DataDir(tmp_path / "data"))))
    service.screened(service.profile(), date.today())
    yield service
    service.db.close()


@pytest.fixture
def window(qtbot, programs, clock, prefs, cues, history):
    """The main window with recording to ``history`` on the fake clock."""
    from hamsession.ui.shell.main_window import MainWindow

    sessions = SessionService(programs, clock, history=history, profile=history.profile())
    win = MainWindow(programs, sessions, prefs, lambda: cues, history)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


@pytest.fixture
def cues(qtbot):
    from hamsession.ui.session.cue_output import CueOutput

    output = CueOutput(resources_dir() / "sounds", voice_engine="mock")
    yield output
    output.close()
    output.deleteLater()


def advance(engine, clock, seconds: float) -> None:
    """Move the fake clock forward, ticking the engine at every deadline on the way."""
    target = clock.now + seconds
    while (deadline := engine.next_deadline()) is not None and deadline <= target:
        clock.set(deadline)
        engine.tick()
    clock.set(target)
    engine.tick()


def answer_screening(qtbot, window) -> None:
    """The safety questions are on screen: answer them with nothing ticked (Enter)."""
    from PySide6.QtCore import Qt

    from hamsession.ui.checkin.screening import Screening

    page = window.page
    assert isinstance(page, Screening), page
    qtbot.keyClick(page, Qt.Key.Key_Return)


@pytest.fixture
def data(tmp_path):
    from hamsession.storage.datadir import DataDir

    return DataDir(tmp_path / "data")


@pytest.fixture
def clinic_window(qtbot, data, clock, prefs, cues):
    """A main window on a real history with a clinic service (clinic mode off until a
    clinician PIN is set)."""
    from datetime import date

    from hamsession.services.clinic import ClinicService
    from hamsession.services.history import HistoryService
    from hamsession.storage.database import open_database
    from hamsession.storage.repositories import Repositories
    from hamsession.ui.shell.main_window import MainWindow

    history = HistoryService(Repositories.on(open_database(data)))
    history.screened(history.profile(), date.today())
    programs = ProgramService(data)
    clinic = ClinicService(history, programs)
    sessions = SessionService(programs, clock, history=history, profile=history.profile())
    win = MainWindow(programs, sessions, prefs, lambda: cues, history, clinic)
    qtbot.addWidget(win)
    win.show()
    yield win, clinic, history
    win.shutdown()
    history.db.close()
